// numpy's reductions: sum (pairwise along the contiguous last axis, as pairwise_sum_DOUBLE and
// pairwise_sum_FLOAT, the latter adding in float32; other axes add row after row), mean, std/var
// (numpy's _mean/_var steps, each in the array's float type), max/min, argmax/argmin. A reduction
// to one value is a numpy scalar (np.float32 for a float32 array).
import { notSupportedYet, pyError, toIndex, type PyValue } from '../../objects/host';
import { NdArray, sizeOf } from './array';
import type { NumpyDtype } from './dtype';
import { NumpyScalar } from './scalar';

type Round = (v: number) => number;
const exact: Round = (v) => v;
const roundingOf = (dtype: NumpyDtype): Round => (dtype === 'float32' ? Math.fround : exact);

/** numpy's pairwise sum over data[start .. start+n), each addition rounded by `r` (float32: pairwise_sum_FLOAT). */
export function pairwiseSum(data: ArrayLike<number>, start: number, n: number, r: Round = exact): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res = r(res + data[start + i]);
    return res;
  }
  if (n <= 128) {
    const acc = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => data[start + j]);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) acc[j] = r(acc[j] + data[start + i + j]);
    let res = r(r(r(acc[0] + acc[1]) + r(acc[2] + acc[3])) + r(r(acc[4] + acc[5]) + r(acc[6] + acc[7])));
    for (; i < n; i++) res = r(res + data[start + i]);
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return r(pairwiseSum(data, start, n2, r) + pairwiseSum(data, start + n2, n - n2, r));
}

export function normalizeAxis(axis: PyValue, ndim: number): number | null {
  if (axis === null) return null;
  if (typeof axis === 'object' && axis !== null && axis.typeName === 'tuple') throw notSupportedYet('axis=튜플 (여러 축 리듀스)');
  const a = toIndex(axis, 'axis');
  if (a < -ndim || a >= ndim) throw pyError('AxisError', `axis ${a} is out of bounds for array of dimension ${ndim}`);
  return a < 0 ? a + ndim : a;
}

/** Splits a reduction over `axis` into (outer, n, inner) loops. */
function layout(shape: readonly number[], axis: number) {
  return { outer: sizeOf(shape.slice(0, axis)), n: shape[axis], inner: sizeOf(shape.slice(axis + 1)) };
}

function resultShape(shape: readonly number[], axis: number, keepdims: boolean): number[] {
  return keepdims ? shape.map((d, i) => (i === axis ? 1 : d)) : shape.filter((_, i) => i !== axis);
}

function wrap(values: Float64Array, shape: number[], dtype: NumpyDtype): PyValue {
  if (shape.length === 0) return new NumpyScalar(values[0], dtype);
  return new NdArray(values, shape, dtype);
}

/** Sum along an axis in numpy's order, each addition rounded by `r` (float32 sums add in float32). */
function sumValues(data: ArrayLike<number>, shape: readonly number[], axis: number | null, r: Round): { values: Float64Array; shape: number[] } {
  if (axis === null) return { values: Float64Array.of(pairwiseSum(data, 0, data.length, r)), shape: [] };
  const { outer, n, inner } = layout(shape, axis);
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    if (inner === 1) out[o] = pairwiseSum(data, o * n, n, r);
    else
      for (let k = 0; k < n; k++) for (let j = 0; j < inner; j++) out[o * inner + j] = r(out[o * inner + j] + data[(o * n + k) * inner + j]);
  }
  return { values: out, shape: shape.filter((_, i) => i !== axis) };
}

export function sum(a: NdArray, axis: number | null, keepdims: boolean): PyValue {
  const dtype: NumpyDtype = a.dtype === 'float64' || a.dtype === 'float32' ? a.dtype : 'int64';
  const { values, shape } = sumValues(a.data, a.shape, axis, roundingOf(dtype));
  if (dtype === 'int64' && values.some((v) => Math.abs(v) >= 2 ** 53)) throw notSupportedYet('2^53을 넘는 int64 합');
  return wrap(values, keepShape(a.shape, axis, keepdims, shape), dtype);
}

/** The float type numpy's mean and var compute in: float32 stays float32, everything else float64. */
const floatTypeOf = (dtype: NumpyDtype): NumpyDtype => (dtype === 'float32' ? 'float32' : 'float64');

/** ndarray.prod / np.prod: numpy multiplies in order, one element after another (no pairwise tree). */
export function prod(a: NdArray, axis: number | null, keepdims: boolean): PyValue {
  const dtype: NumpyDtype = a.dtype === 'float64' || a.dtype === 'float32' ? a.dtype : 'int64';
  const r = roundingOf(dtype);
  const { outer, n, inner } = axis === null ? { outer: 1, n: a.size, inner: 1 } : layout(a.shape, axis);
  const values = new Float64Array(outer * inner).fill(1);
  for (let o = 0; o < outer; o++) for (let k = 0; k < n; k++) for (let j = 0; j < inner; j++) values[o * inner + j] = r(values[o * inner + j] * a.data[(o * n + k) * inner + j]);
  if (dtype === 'int64' && values.some((v) => Math.abs(v) >= 2 ** 53)) throw notSupportedYet('2^53을 넘는 int64 곱');
  return wrap(values, keepShape(a.shape, axis, keepdims, axis === null ? [] : resultShape(a.shape, axis, false)), dtype);
}

function keepShape(full: readonly number[], axis: number | null, keepdims: boolean, reduced: number[]): number[] {
  if (!keepdims) return reduced;
  return axis === null ? full.map(() => 1) : resultShape(full, axis, true);
}

export function mean(a: NdArray, axis: number | null, keepdims: boolean): PyValue {
  const dtype = floatTypeOf(a.dtype);
  const r = roundingOf(dtype);
  const count = axis === null ? a.size : a.shape[axis];
  const { values, shape } = sumValues(a.data, a.shape, axis, r);
  return wrap(values.map((v) => r(v / count)), keepShape(a.shape, axis, keepdims, shape), dtype);
}

export function variance(a: NdArray, axis: number | null, keepdims: boolean, ddof: number, sqrt: boolean): PyValue {
  const dtype = floatTypeOf(a.dtype);
  const r = roundingOf(dtype);
  const data = a.data;
  const count = axis === null ? a.size : a.shape[axis];
  const means = sumValues(data, a.shape, axis, r).values.map((v) => r(v / count));
  const sq = new Float64Array(a.size);
  const square = (v: number, m: number) => {
    const d = r(v - m);
    return r(d * d);
  };
  if (axis === null) data.forEach((v, i) => (sq[i] = square(v, means[0])));
  else {
    const { outer, n, inner } = layout(a.shape, axis);
    for (let o = 0; o < outer; o++)
      for (let k = 0; k < n; k++)
        for (let j = 0; j < inner; j++) {
          const i = (o * n + k) * inner + j;
          sq[i] = square(data[i], means[o * inner + j]);
        }
  }
  const { values, shape } = sumValues(sq, a.shape, axis, r);
  const divisor = Math.max(count - ddof, 0);
  const out = values.map((v) => (sqrt ? r(Math.sqrt(r(v / divisor))) : r(v / divisor)));
  return wrap(out, keepShape(a.shape, axis, keepdims, shape), dtype);
}

export function extreme(a: NdArray, axis: number | null, keepdims: boolean, which: 'max' | 'min' | 'argmax' | 'argmin'): PyValue {
  const name = which === 'max' ? 'maximum' : 'minimum';
  if ((axis === null ? a.size : a.shape[axis]) === 0) {
    if (which.startsWith('arg')) throw pyError('ValueError', `attempt to get ${which} of an empty sequence`);
    throw pyError('ValueError', `zero-size array to reduction operation ${name} which has no identity`);
  }
  const better = which.endsWith('max') ? (x: number, y: number) => x > y : (x: number, y: number) => x < y;
  const pick = (get: (k: number) => number, n: number): [number, number] => {
    let best = get(0);
    let at = 0;
    for (let k = 1; k < n && !Number.isNaN(best); k++) {
      const v = get(k);
      if (Number.isNaN(v) || better(v, best)) {
        best = v;
        at = k;
      }
    }
    return [best, at];
  };
  const arg = which.startsWith('arg');
  if (axis === null) {
    const [best, at] = pick((k) => a.data[k], a.size);
    if (keepdims) return new NdArray(Float64Array.of(arg ? at : best), a.shape.map(() => 1), arg ? 'int64' : a.dtype);
    return new NumpyScalar(arg ? at : best, arg ? 'int64' : a.dtype);
  }
  const { outer, n, inner } = layout(a.shape, axis);
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++)
    for (let j = 0; j < inner; j++) {
      const [best, at] = pick((k) => a.data[(o * n + k) * inner + j], n);
      out[o * inner + j] = arg ? at : best;
    }
  return wrap(out, resultShape(a.shape, axis, keepdims), arg ? 'int64' : a.dtype);
}
