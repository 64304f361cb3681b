// PyTorch 1.13's float32 sum on the CPU (aten/src/ATen/native/cpu/SumKernel.cpp), order for
// order: multi_row_sum's cascade of four levels of 16 (or more) rows, row_sum's four
// interleaved accumulators, and along a contiguous row the 8-float AVX2 vectors summed lane by
// lane, then the tail, then the eight lanes. Reductions and losses sum with it, so a printed
// sum is PyTorch's float32 and not the correctly rounded one (they differ about half the time).
// The lanes of one call are independent sums with the same cascade, so a reduction along a dim
// that is not the last sums all its columns in one call, one lane per column (columnTotals);
// large calls run as the SIMD engine's multiRowSum (simd/engine.ts), which adds the same floats
// in the same order.
import { simdMultiRowSum } from './simd/engine';

const LEVELS = 4;
/** Accumulators (LEVELS × nrows × width) and row_sum's partial sums (4 × width); grown on demand. */
let acc = new Float32Array(LEVELS * 4 * 8);
let partial = new Float32Array(4 * 8);
const lanes = new Float32Array(8);

function ceilLog2(x: number): number {
  return x <= 2 ? 1 : Math.ceil(Math.log2(x));
}

/** multi_row_sum: `nrows` accumulators of `width` lanes over `size` rows, into out[0 .. nrows·width). */
function multiRowSum(x: ArrayLike<number>, start: number, rowStride: number, colStride: number, nrows: number, width: number, size: number, out: Float32Array): void {
  const levelPower = Math.max(4, Math.floor(ceilLog2(size) / LEVELS));
  if (simdMultiRowSum(x, start, rowStride, colStride, nrows, width, size, levelPower, out)) return;
  const levelStep = 1 << levelPower;
  const levelMask = levelStep - 1;
  const span = nrows * width;
  if (acc.length < LEVELS * span) acc = new Float32Array(LEVELS * span);
  acc.fill(0, 0, LEVELS * span);
  let i = 0;
  // Rows are added by plain loops, not a per-row callback: every training epoch sums this way.
  while (i + levelStep <= size) {
    for (let j = 0; j < levelStep; ++j, ++i) {
      const base = start + i * rowStride;
      for (let k = 0; k < nrows; k++) {
        const from = base + k * colStride;
        const to = k * width;
        for (let l = 0; l < width; l++) acc[to + l] += x[from + l];
      }
    }
    for (let j = 1; j < LEVELS; ++j) {
      for (let s = 0; s < span; s++) {
        acc[j * span + s] += acc[(j - 1) * span + s];
        acc[(j - 1) * span + s] = 0;
      }
      if ((i & (levelMask << (j * levelPower))) !== 0) break;
    }
  }
  for (; i < size; ++i) {
    const base = start + i * rowStride;
    for (let k = 0; k < nrows; k++) {
      const from = base + k * colStride;
      const to = k * width;
      for (let l = 0; l < width; l++) acc[to + l] += x[from + l];
    }
  }
  for (let j = 1; j < LEVELS; ++j) for (let s = 0; s < span; s++) acc[s] += acc[j * span + s];
  for (let s = 0; s < span; s++) out[s] = acc[s];
}

/** row_sum: elements e(i) at start + i·stride (each `width` lanes), four interleaved accumulators; result in partial[0 .. width). */
function rowSum(x: ArrayLike<number>, start: number, stride: number, width: number, size: number): Float32Array {
  if (partial.length < 4 * width) partial = new Float32Array(4 * width);
  const sizeIlp = Math.floor(size / 4);
  multiRowSum(x, start, 4 * stride, stride, 4, width, sizeIlp, partial);
  for (let i = sizeIlp * 4; i < size; i++) for (let l = 0; l < width; l++) partial[l] += x[start + i * stride + l];
  for (let k = 1; k < 4; k++) for (let l = 0; l < width; l++) partial[l] += partial[k * width + l];
  return partial;
}

/** The float32 sum of x[start .. start + n), a contiguous row (a whole tensor, or a reduction along its last dim). */
export function rowTotal(x: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) return rowSum(x, start, 1, 1, n)[0];
  const vectors = Math.floor(n / 8);
  lanes.set(rowSum(x, start, 8, 8, vectors).subarray(0, 8));
  let total = 0;
  for (let k = vectors * 8; k < n; k++) total = Math.fround(total + x[start + k]);
  for (let l = 0; l < 8; l++) total = Math.fround(total + lanes[l]);
  return total;
}

/**
 * The float32 sums down the `inner` columns of an n-row block at x[start] (rows `inner` apart):
 * a reduction along a dim that is not the last, into out[0 .. inner). The first columns go four
 * (or 32 as AVX2 vectors) at a time through multi_row_sum, the rest one by one through row_sum,
 * as scalar_outer_sum and vectorized_outer_sum split them; each column is one lane here.
 */
export function columnTotals(x: ArrayLike<number>, start: number, inner: number, n: number, out: Float32Array): Float32Array {
  const grouped = inner >= 8 ? 32 * Math.floor(inner / 32) : 4 * Math.floor(inner / 4);
  if (grouped > 0) multiRowSum(x, start, inner, 0, 1, grouped, n, out);
  if (grouped < inner) out.set(rowSum(x, start + grouped, inner, inner - grouped, n).subarray(0, inner - grouped), grouped);
  return out;
}
