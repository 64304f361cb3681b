/**
 * What "training diverged" means, shared by the float64 reference and the tfjs trainer so both
 * stop at the same epoch for the same reason.
 *
 * Stable BCE and MSE both have bounded gradients, so with a huge learning rate the parameters
 * run away without ever becoming NaN in float64. We therefore also call it divergence when a
 * parameter leaves ±maxAbsParam: beyond |w| ≈ 1e4 the sigmoid is saturated to exactly 0 or 1 in
 * float32 for every x in [-1, 1], so nothing meaningful is being learnt any more.
 */

export const DEFAULT_MAX_ABS_PARAM = 1e4;

export interface Params {
  w0: number;
  w1: number;
}

/** True when a step produced parameters (or a loss) we must not continue from. */
export function isDivergent(w0: number, w1: number, loss: number, maxAbsParam = DEFAULT_MAX_ABS_PARAM): boolean {
  return (
    !Number.isFinite(w0) ||
    !Number.isFinite(w1) ||
    !Number.isFinite(loss) ||
    Math.abs(w0) > maxAbsParam ||
    Math.abs(w1) > maxAbsParam
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
        `/ Training diverged at epoch ${epoch} (NaN, Infinity or |w| > ${DEFAULT_MAX_ABS_PARAM}): lower the learning rate (${lr}).`,
    );
    this.name = 'TrainingDivergedError';
    this.epoch = epoch;
    this.lastFinite = { ...lastFinite };
    this.lr = lr;
  }
}
