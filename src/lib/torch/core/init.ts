/**
 * torch.nn.init and nn.Linear's default initialisation (PyTorch 1.13), drawing from a
 * TorchGenerator. Bounds are computed in double precision as Python's torch.nn.init does, then
 * cast to float32 by the uniform_ kernel.
 */
import { uniform_ } from './distributions';
import type { TorchGenerator } from './generator';

/** nn.init.calculate_gain('leaky_relu', slope): √(2 / (1 + slope²)). */
function leakyReluGain(negativeSlope: number): number {
  return Math.sqrt(2.0 / (1 + negativeSlope * negativeSlope));
}

/** nn.init.kaiming_uniform_(tensor, a, mode='fan_in', nonlinearity='leaky_relu') in place. */
export function kaimingUniform_(generator: TorchGenerator, tensor: Float32Array, fanIn: number, a = 0): Float32Array {
  const std = leakyReluGain(a) / Math.sqrt(fanIn);
  const bound = Math.sqrt(3.0) * std;
  return uniform_(generator, tensor, -bound, bound);
}

/** The parameters of a freshly constructed torch.nn.Linear. */
export interface LinearParameters {
  /** weight, out_features × in_features, row-major (as `l.weight.flatten()`). */
  weight: Float32Array;
  /** bias, out_features values. */
  bias: Float32Array;
}

/**
 * `torch.nn.Linear(inFeatures, outFeatures)`'s reset_parameters: the weight first, by
 * kaiming_uniform_(a=√5) (= U(±1/√in)), then the bias by U(±1/√in).
 */
export function linearInit(generator: TorchGenerator, inFeatures: number, outFeatures: number): LinearParameters {
  const weight = kaimingUniform_(generator, new Float32Array(outFeatures * inFeatures), inFeatures, Math.sqrt(5));
  const bound = inFeatures > 0 ? 1 / Math.sqrt(inFeatures) : 0;
  const bias = uniform_(generator, new Float32Array(outFeatures), -bound, bound);
  return { weight, bias };
}
