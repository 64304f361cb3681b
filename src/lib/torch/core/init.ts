/**
 * torch.nn.init and nn.Linear's default initialisation (PyTorch 1.13), drawing from a
 * TorchGenerator. Bounds are computed in double precision as Python's torch.nn.init does, then
 * cast to float32 by the uniform_ kernel.
 */
import { uniform_ } from './distributions';
import { TorchError } from './errors';
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

/** nn.init._calculate_fan_in_and_fan_out: [fan_in, fan_out] of a weight shaped (out, in, *kernel). */
export function fanInAndFanOut(shape: readonly number[]): [number, number] {
  if (shape.length < 2) throw new TorchError('ValueError', 'Fan in and fan out can not be computed for tensor with fewer than 2 dimensions');
  const receptive = shape.slice(2).reduce((a, b) => a * b, 1);
  return [shape[1] * receptive, shape[0] * receptive];
}

/** nn.init._calculate_correct_fan. */
export function correctFan(shape: readonly number[], mode: string): number {
  if (mode !== 'fan_in' && mode !== 'fan_out') throw new TorchError('ValueError', `Mode ${mode} not supported, please use one of ['fan_in', 'fan_out']`);
  const [fanIn, fanOut] = fanInAndFanOut(shape);
  return mode === 'fan_in' ? fanIn : fanOut;
}

/** nn.init.calculate_gain(nonlinearity, param): `param` is null or a number (leaky_relu's slope). */
export function calculateGain(nonlinearity: string, param: number | null): number {
  const linear = ['linear', 'conv1d', 'conv2d', 'conv3d', 'conv_transpose1d', 'conv_transpose2d', 'conv_transpose3d'];
  if (linear.includes(nonlinearity) || nonlinearity === 'sigmoid') return 1;
  if (nonlinearity === 'tanh') return 5.0 / 3;
  if (nonlinearity === 'relu') return Math.sqrt(2.0);
  if (nonlinearity === 'leaky_relu') return leakyReluGain(param ?? 0.01);
  if (nonlinearity === 'selu') return 3.0 / 4;
  throw new TorchError('ValueError', `Unsupported nonlinearity ${nonlinearity}`);
}

/** xavier_uniform_'s bound: gain·√(2 / (fan_in + fan_out))·√3, in double as Python computes it. */
export function xavierStd(shape: readonly number[], gain: number): number {
  const [fanIn, fanOut] = fanInAndFanOut(shape);
  return gain * Math.sqrt(2.0 / (fanIn + fanOut));
}

/** kaiming's std: gain / √fan. */
export function kaimingStd(shape: readonly number[], a: number, mode: string, nonlinearity: string): number {
  const fan = correctFan(shape, mode);
  return calculateGain(nonlinearity, a) / Math.sqrt(fan);
}
