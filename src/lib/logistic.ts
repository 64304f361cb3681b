/**
 * The lecture's data and the initial weights of its network, drawn exactly as PyTorch draws
 * them after torch.manual_seed(seed) (with the torch core's generator). The maths around them
 * lives in sibling files, one job each: losses.ts, reference.ts, mle.ts, landscape.ts.
 */
import type { Params } from './divergence';
import { bernoulli } from './torch/core/distributions';
import { manualSeed, type TorchGenerator } from './torch/core/generator';
import { linearInit } from './torch/core/init';
import { linspace as torchLinspace } from './torch/core/linspace';
import { exp } from './torch/core/sleef';

export interface LogisticData {
  /** Inputs, torch.linspace(-1, 1, n): float32 values, bit for bit PyTorch's. */
  x: Float64Array;
  /** True success probabilities v = exp(u) / (1 + exp(u)), u = w0 + x·w1, in float32 as the lecture's cell. */
  v: Float64Array;
  /** Labels y = torch.bernoulli(v), as 0 or 1. */
  y: Float64Array;
}

export interface SimulationOptions {
  /** Number of points (the lecture uses 2000). */
  n: number;
  /** True intercept (the lecture uses -1). */
  w0: number;
  /** True slope (the lecture uses 5). */
  w1: number;
  /** torch.manual_seed before the lecture's data cell. */
  seed: number;
}

/** torch.linspace(a, b, n) as float64 numbers (each one a float32 value). */
export function linspace(a: number, b: number, n: number): Float64Array {
  return Float64Array.from(torchLinspace(a, b, n));
}

/**
 * The lecture's data cell, drawing from `generator` (float32, as PyTorch computes it):
 *   X = torch.linspace(-1, 1, n).reshape(n, 1); u = w0 + X*w1
 *   v = torch.exp(u) / (1 + torch.exp(u)); y = torch.bernoulli(v)
 */
function drawLectureData(generator: TorchGenerator, { n, w0, w1 }: Omit<SimulationOptions, 'seed'>): LogisticData {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  const f32 = Math.fround;
  const x = torchLinspace(-1, 1, n);
  const [a, b] = [f32(w0), f32(w1)];
  const u = new Float32Array(n);
  for (let i = 0; i < n; i++) u[i] = f32(a + f32(x[i] * b)); // X*w1 first, then + w0: two float32 ops
  const e = exp(u); // the lecture's formula, not torch.sigmoid, with torch.exp's own rounding
  const v = new Float32Array(n);
  for (let i = 0; i < n; i++) v[i] = f32(e[i] / f32(1 + e[i]));
  const y = bernoulli(generator, v);
  return { x: new Float64Array(x), v: new Float64Array(v), y: new Float64Array(y) };
}

/** The weights of the torch.nn.Linear(1, 1) that `generator` creates next (weight, then bias). */
function drawLinearInit(generator: TorchGenerator): Params {
  const { weight, bias } = linearInit(generator, 1, 1);
  return { w0: bias[0], w1: weight[0] };
}

/**
 * What the lecture's notebook holds after torch.manual_seed(seed): its data, and the initial
 * weights of the nn.Linear(1, 1) built right after (they depend on n: the data drew n numbers).
 */
export function simulateLecture(options: SimulationOptions): { data: LogisticData; init: Params } {
  const generator = manualSeed(options.seed);
  const data = drawLectureData(generator, options);
  return { data, init: drawLinearInit(generator) };
}
