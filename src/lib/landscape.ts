/**
 * The loss as a function of (w0, w1) on a grid: what the BCE-vs-MSE demo draws as a landscape.
 * BCE is convex in (w0, w1); MSE through a sigmoid is not and has flat plateaus, which is the
 * point of the lecture's homework.
 */
import { lossAndGradient } from './reference';
import type { LossName } from './losses';

export interface LossSurfaceOptions {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  loss: LossName;
  /** [min, max] of the intercept axis. */
  w0Range: [number, number];
  /** [min, max] of the slope axis. */
  w1Range: [number, number];
  /** Grid points per axis (≥ 2). */
  resolution: number;
}

export interface LossSurface {
  /** Intercepts of the columns. */
  w0: Float64Array;
  /** Slopes of the rows. */
  w1: Float64Array;
  /** Mean loss, row-major: values[row * resolution + column] is at (w0[column], w1[row]). */
  values: Float64Array;
  min: number;
  max: number;
}

/** Mean loss of the whole data set at one parameter point. */
export function meanLoss(x: ArrayLike<number>, y: ArrayLike<number>, loss: LossName, w0: number, w1: number): number {
  return lossAndGradient(x, y, loss, w0, w1)[0];
}

export function lossSurface({ x, y, loss, w0Range, w1Range, resolution }: LossSurfaceOptions): LossSurface {
  if (!Number.isInteger(resolution) || resolution < 2) throw new RangeError(`resolution must be an integer ≥ 2, got ${resolution}`);
  const axis = ([a, b]: [number, number]) => Float64Array.from({ length: resolution }, (_, i) => a + ((b - a) * i) / (resolution - 1));
  const w0 = axis(w0Range);
  const w1 = axis(w1Range);
  const values = new Float64Array(resolution * resolution);
  let min = Infinity;
  let max = -Infinity;
  for (let row = 0; row < resolution; row++) {
    for (let column = 0; column < resolution; column++) {
      const value = meanLoss(x, y, loss, w0[column], w1[row]);
      values[row * resolution + column] = value;
      if (value < min) min = value;
      if (value > max) max = value;
    }
  }
  return { w0, w1, values, min, max };
}
