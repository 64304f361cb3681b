/**
 * The lecture's model in plain TypeScript: simulated data, PyTorch-like initial weights, and
 * re-exports of the maths that lives in sibling files (one job per file, like TensorFlow
 * Playground's nn.ts). Import from here; nothing in this folder touches the DOM.
 */
import { createRandom } from './random';

export { sigmoid } from './sigmoid';
export { Losses, lossByName, softplus, bceFromProbability, type Loss, type LossName } from './losses';
export { trainReference, type ReferenceOptions, type ReferenceResult, type LossPoint } from './reference';
export { fitMaximumLikelihood, type MaximumLikelihoodFit } from './mle';
export { lossSurface, meanLoss, type LossSurface, type LossSurfaceOptions } from './landscape';
export { TrainingDivergedError, isDivergent, DEFAULT_MAX_ABS_PARAM, type Params } from './divergence';

import { sigmoid } from './sigmoid';
import type { Params } from './divergence';

export interface LogisticData {
  /** Inputs, linspace(-1, 1, n), as torch.linspace. */
  x: Float64Array;
  /** True success probabilities σ(w0 + w1·x). */
  v: Float64Array;
  /** Labels drawn y ~ Bernoulli(v), as 0 or 1. */
  y: Float64Array;
}

export interface SimulationOptions {
  /** Number of points (the lecture uses 2000). */
  n: number;
  /** True intercept (the lecture uses -1). */
  w0: number;
  /** True slope (the lecture uses 5). */
  w1: number;
  /** Seed of the Bernoulli draws. */
  seed: number;
}

/** n evenly spaced points from a to b inclusive; the last point is exactly b, as in torch. */
export function linspace(a: number, b: number, n: number): Float64Array {
  const out = new Float64Array(n);
  if (n === 1) out[0] = a;
  for (let i = 0; i < n && n > 1; i++) out[i] = i === n - 1 ? b : a + ((b - a) * i) / (n - 1);
  return out;
}

/** The lecture's example: x = linspace(-1, 1, n), v = σ(w0 + w1 x), y ~ Bernoulli(v). */
export function simulateLogisticData({ n, w0, w1, seed }: SimulationOptions): LogisticData {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const random = createRandom(seed);
  const x = linspace(-1, 1, n);
  const v = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    v[i] = sigmoid(w0 + w1 * x[i]);
    y[i] = random.bernoulli(v[i]);
  }
  return { x, v, y };
}

/**
 * Initial parameters like torch.nn.Linear(1, 1): weight and bias ~ U(-1/√fan_in, 1/√fan_in)
 * = U(-1, 1). Drawn from their own stream (seed + 1) so that changing n, which changes how many
 * numbers the data consumes, does not change the initial line.
 */
export function pytorchLikeInit(seed: number): Params {
  const random = createRandom(seed + 1);
  const w1 = random.uniform(-1, 1); // torch draws the weight first, then the bias
  const w0 = random.uniform(-1, 1);
  return { w0, w1 };
}
