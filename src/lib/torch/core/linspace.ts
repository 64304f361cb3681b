/**
 * `torch.linspace(start, end, steps)` in float32, bit for bit as PyTorch 1.13's CPU kernel
 * (RangeFactoriesKernel.cpp, AVX2 build) computes it. Naive start + i·step differs in the last
 * bit for many points, and a label drawn near a flipped bit could differ, so the kernel's exact
 * arithmetic is reproduced:
 *  - step = f32(f32(end − start) / (steps − 1));
 *  - points below steps/2 count up from start, the others count down from end (symmetry);
 *  - while at least 16 points remain, they are written as two 8-lane vectors; each vector's
 *    base is start + step·idx (or end − step·(steps−1−idx)) rounded once (an FMA), and lane j
 *    is base + f32(j·step);
 *  - the remaining tail uses the scalar formula, also rounded once.
 * Builds that dispatch AVX-512 may differ in the last bit; beyond 32768 points PyTorch splits the
 * range across threads, so this matches a 1-thread run (or any run up to 32768 points).
 */
import { fmaFloat32 } from '../../libm/fma';

const f32 = Math.fround;
const LANES = 8; // Vectorized<float>::size() with AVX2

/** The float32 points of torch.linspace(start, end, steps) on PyTorch's CPU. */
export function linspace(start: number, end: number, steps: number): Float32Array {
  if (!Number.isInteger(steps) || steps < 0) throw new RangeError(`steps must be a non-negative integer, got ${steps}`);
  const out = new Float32Array(steps);
  const a = f32(start);
  const b = f32(end);
  if (steps === 1) out[0] = a;
  if (steps <= 1) return out;
  const step = f32(f32(b - a) / (steps - 1));
  const halfway = Math.floor(steps / 2);
  // value at index i: start + step·i before halfway, end − step·(steps−1−i) after; one rounding.
  const point = (i: number): number => (i < halfway ? fmaFloat32(step, i, a) : fmaFloat32(-step, steps - 1 - i, b));
  let idx = 0;
  for (; idx + 2 * LANES <= steps; idx += LANES) {
    const base = point(idx);
    for (let j = 0; j < LANES; j++) out[idx + j] = f32(base + f32(j * step));
    idx += LANES;
    const base2 = point(idx);
    for (let j = 0; j < LANES; j++) out[idx + j] = f32(base2 + f32(j * step));
  }
  for (; idx < steps; idx++) out[idx] = point(idx);
  return out;
}
