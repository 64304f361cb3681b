// softmax and log_softmax along a dim, as PyTorch 1.13's CPU kernels (SoftMaxKernel.cpp) compute
// them in float32: max, then exp(x - max) with SLEEF's expf, a float32 sum, then
// log_softmax = (x - max) - log(sum) (SLEEF's logf) and softmax = exp(x - max) * (1 / sum). Along the last dim
// the sums are vec::reduce_all's: eight AVX2 lanes, then the lanes folded as the shuffles fold
// them (a row shorter than eight is summed left to right); along another dim each position's
// sum runs down the dim in order.
import { gradBuffer, needsGrad, record } from './autograd';
import { isRecording, recordOp } from './recording';
import { stridesOf, wrapDim } from './shape';
import { glibcExpf } from './glibc-expf';
import { simdExpf, simdSleefLogf } from './simd/engine';
import { FLT_MIN, sleefLogf } from './sleef-df';
import { sleefExpf } from './sleef';
import { float32Buffer } from './storage';
import { Tensor, type Storage } from './tensor';

const f = Math.fround;
const LANES = 8;
const lanes = new Float32Array(LANES);

/** vec::map_reduce_all's float32 sum of x[start .. start + n) over 8-lane vectors. */
export function laneSum(x: ArrayLike<number>, start: number, n: number): number {
  if (n < LANES) {
    let acc = f(x[start]);
    for (let k = 1; k < n; k++) acc = f(acc + x[start + k]);
    return acc;
  }
  for (let l = 0; l < LANES; l++) lanes[l] = x[start + l];
  let d = LANES;
  for (; d < n - (n % LANES); d += LANES) for (let l = 0; l < LANES; l++) lanes[l] = lanes[l] + x[start + d + l];
  for (let l = 0; l < n - d; l++) lanes[l] = lanes[l] + x[start + d + l];
  // _mm256_permute2f128_ps, then _mm256_shuffle_ps 0x4E and 0xB1: lane 0 ends as below.
  const w0 = f(lanes[0] + lanes[4]), w1 = f(lanes[1] + lanes[5]), w2 = f(lanes[2] + lanes[6]), w3 = f(lanes[3] + lanes[7]);
  return f(f(w0 + w2) + f(w1 + w3));
}

interface Layout {
  outer: number;
  size: number;
  inner: number;
}

function layoutOf(t: Tensor, dim: number): Layout {
  const d = wrapDim(dim, Math.max(t.ndim, 1));
  const size = t.shape[d] ?? 1;
  const inner = stridesOf(t.shape)[d] ?? 1;
  return { outer: size * inner === 0 ? 0 : t.size / (size * inner), size, inner };
}

/** The float32 sum of x[0 .. n), one row along the dim (lane order on the last dim). */
function rowSum(inner: number, x: Float32Array, n: number): number {
  if (inner === 1) return laneSum(x, 0, n);
  let acc = 0;
  for (let k = 0; k < n; k++) acc = f(acc + x[k]);
  return acc;
}

/** A row's worth of float32 scratch (exp values, products), grown on demand. */
let scratch = new Float32Array(16);
function scratchRow(n: number): Float32Array {
  if (scratch.length < n) scratch = new Float32Array(n);
  return scratch;
}

function rowMax(x: ArrayLike<number>, base: number, inner: number, n: number): number {
  let m = x[base];
  for (let k = 1; k < n; k++) {
    const v = x[base + k * inner];
    if (Number.isNaN(v) || v > m) m = v;
    if (Number.isNaN(m)) break;
  }
  return m;
}

function floatInput(t: Tensor, name: string): void {
  if (t.dtype !== 'float32') throw new Error(`"${name}_lastdim_kernel_impl" not implemented for '${t.dtype === 'int64' ? 'Long' : 'Bool'}'`);
}

/** Each row's max and the log of its sum, for log_softmax: the logs of all rows in one batch. */
let rowStats = { max: new Float32Array(16), sum: new Float32Array(16), log: new Float32Array(16) };

/** Whole-tensor float32 scratch for batched exps (shifted inputs and their exps), grown on demand. */
let batch = { input: new Float32Array(16), exps: new Float32Array(16) };
function batchScratch(n: number): { input: Float32Array; exps: Float32Array } {
  if (batch.input.length < n) batch = { input: new Float32Array(n), exps: new Float32Array(n) };
  return batch;
}

/** exps[i] = SLEEF's expf(input[i]) for i < n: the engine's batch, or one at a time here. */
function expsOf(input: Float32Array, exps: Float32Array, n: number): void {
  if (!simdExpf(exps, input, n)) for (let i = 0; i < n; i++) exps[i] = sleefExpf(input[i]);
}

function logSoftmaxInto(x: ArrayLike<number>, y: Storage, rows: number, size: number): void {
  if (rowStats.max.length < rows) rowStats = { max: new Float32Array(rows), sum: new Float32Array(rows), log: new Float32Array(rows) };
  const max = rowStats.max.subarray(0, rows), sum = rowStats.sum.subarray(0, rows), logSum = rowStats.log.subarray(0, rows);
  // exp(x − max) of every row in one batch, then each row's lane sum
  const { input: shifted, exps } = batchScratch(rows * size);
  for (let o = 0; o < rows; o++) {
    const base = o * size;
    const m = (max[o] = rowMax(x, base, 1, size));
    for (let k = base; k < base + size; k++) shifted[k] = x[k] - m;
  }
  expsOf(shifted, exps, rows * size);
  for (let o = 0; o < rows; o++) sum[o] = laneSum(exps, o * size, size);
  // the row sums' log is vec::map'd: SLEEF's logf (the engine for the main path, the rest here)
  if (simdSleefLogf(logSum, sum)) {
    for (let o = 0; o < rows; o++) if (!(sum[o] >= FLT_MIN && sum[o] < Infinity)) logSum[o] = sleefLogf(sum[o]);
  } else for (let o = 0; o < rows; o++) logSum[o] = sleefLogf(sum[o]);
  for (let o = 0; o < rows; o++) {
    const base = o * size;
    for (let k = 0; k < size; k++) y[base + k] = f(f(x[base + k] - max[o]) - logSum[o]);
  }
}

/**
 * log_softmax's backward along the last dim (_vec_log_softmax_backward): each row's float32 lane
 * sum of the gradient, then grad − exp(output)·sum, which GCC contracts into one fused
 * multiply-add (a single rounding: the product is exact in double). Every row's exp(output)
 * in one batch.
 */
function logSoftmaxBackwardInto(g: Float32Array, y: Float32Array, r: Float32Array, rows: number, size: number): void {
  const expOfOutput = batchScratch(y.length).exps;
  expsOf(y, expOfOutput, y.length);
  for (let o = 0; o < rows; o++) {
    const base = o * size;
    const sum = laneSum(g, base, size);
    for (let k = base; k < base + size; k++) r[k] = f(g[k] - expOfOutput[k] * sum);
  }
}

function softmaxInto(t: Tensor, out: Tensor, dim: number, log: boolean): void {
  const { outer, size, inner } = layoutOf(t, dim);
  const x = t.data, y = out.data;
  if (log && inner === 1) return logSoftmaxInto(x, y, outer, size);
  const e = scratchRow(size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const base = o * size * inner + i;
      const max = rowMax(x, base, inner, size);
      for (let k = 0; k < size; k++) e[k] = sleefExpf(f(x[base + k * inner] - max));
      const sum = rowSum(inner, e, size);
      if (log) {
        const logSum = sleefLogf(sum); // the row sums' log is vec::map'd: SLEEF's logf
        for (let k = 0; k < size; k++) y[base + k * inner] = f(f(x[base + k * inner] - max) - logSum);
      } else if (inner === 1) {
        const r = f(1 / sum);
        for (let k = 0; k < size; k++) y[base + k] = f(e[k] * r);
      } else {
        for (let k = 0; k < size; k++) y[base + k * inner] = f(e[k] / sum);
      }
    }
  }
}

function softmaxOp(t: Tensor, dim: number, log: boolean): Tensor {
  floatInput(t, log ? 'log_softmax' : 'softmax');
  const out = new Tensor(float32Buffer(t.size), t.shape, 'float32');
  const into = (): void => softmaxInto(t, out, dim, log);
  into();
  if (isRecording()) recordOp(log ? 'log_softmax' : 'softmax', [t], out, into, [dim]);
  if (!needsGrad(t)) return out;
  const { outer, size, inner } = layoutOf(t, dim);
  const y = out.data;
  return record(out, log ? 'LogSoftmaxBackward0' : 'SoftmaxBackward0', [t], (g) => {
    if (log && inner === 1) {
      const r = gradBuffer(g.length, false); // every element written
      logSoftmaxBackwardInto(g, y as Float32Array, r, outer, size);
      return [r];
    }
    const r = gradBuffer(g.length);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const base = o * size * inner + i;
        if (inner === 1) {
          // _vec_(log_)softmax_backward: float32 lane sums; GCC contracts log_softmax's
          // grad - exp(output) * sum into one fused multiply-add (a single rounding).
          const products = scratchRow(size);
          for (let k = 0; k < size; k++) products[k] = g[base + k] * y[base + k];
          const sum = laneSum(products, 0, size);
          for (let k = base; k < base + size; k++) r[k] = f(f(g[k] - sum) * y[k]);
        } else {
          // Another dim: log_softmax sums in double (host_softmax_backward, std::exp in float);
          // softmax's vectorised kernel sums grad * output in float32, fused multiply-adds.
          let sum = 0;
          for (let k = 0; k < size; k++) sum = log ? sum + g[base + k * inner] : f(sum + g[base + k * inner] * y[base + k * inner]);
          for (let k = 0; k < size; k++) {
            const at = base + k * inner;
            r[at] = log ? f(g[at] - glibcExpf(y[at]) * sum) : f(y[at] * (g[at] - sum));
          }
        }
      }
    }
    return [r];
  });
}

export function softmax(t: Tensor, dim: number): Tensor {
  return softmaxOp(t, dim, false);
}

export function logSoftmax(t: Tensor, dim: number): Tensor {
  return softmaxOp(t, dim, true);
}
