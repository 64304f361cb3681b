/**
 * What "training diverged" means, shared by the float64 reference and the tfjs trainer so both
 * stop at the same epoch for the same reason.
 *
 * Stable BCE and MSE both have bounded gradients, so with a huge learning rate the parameters
 * run away without ever becoming NaN in float64. We therefore also call it divergence when a
 * parameter leaves ±MAX_ABS_PARAM = 88: past it, the lecture's own formula
 * v = exp(u) / (1 + exp(u)) overflows float32 (exp(88.7) = Infinity) and PyTorch would print
 * nan. Legitimate fits stay far inside: the demos' true w0, w1 are limited to ±20, and x ∈ [-1, 1].
 * With the lecture's data, BCE at lr = 1000 jumps past |ŵ1| = 600; at lr = 0.05 it stays below 6.
 */

/** The one divergence bound on |w|; every engine (reference, CPU, WebGL, WebGPU) reads it here. */
export const MAX_ABS_PARAM = 88;

export interface Params {
  w0: number;
  w1: number;
}

/** True when a step produced parameters (or a loss) we must not continue from. */
export function isDivergent(w0: number, w1: number, loss: number): boolean {
  return (
    !Number.isFinite(w0) ||
    !Number.isFinite(w1) ||
    !Number.isFinite(loss) ||
    Math.abs(w0) > MAX_ABS_PARAM ||
    Math.abs(w1) > MAX_ABS_PARAM
  );
}

/** Raised (or returned) when training stops because it diverged. Korean first: students read it. */
export class TrainingDivergedError extends Error {
  /** 1-based epoch whose update produced a non-finite or runaway value. */
  readonly epoch: number;
  /** Parameters after the last good epoch (epoch - 1), safe to draw and to resume from. */
  readonly lastFinite: Params;
  /** Learning rate in use, so the message can suggest a smaller one. */
  readonly lr: number;

  constructor(epoch: number, lastFinite: Params, lr: number) {
    super(
      `발산했습니다 (epoch ${epoch}): 학습률(${lr})을 낮추세요. ` +
        `/ Training diverged at epoch ${epoch} (NaN, Infinity or |w| > ${MAX_ABS_PARAM}): lower the learning rate (${lr}).`,
    );
    this.name = 'TrainingDivergedError';
    this.epoch = epoch;
    this.lastFinite = { ...lastFinite };
    this.lr = lr;
  }
}
