// numpy's reductions: sum (pairwise for float64 along the contiguous last axis, as
// pairwise_sum_DOUBLE; other axes add row after row), mean, std/var, max/min, argmax/argmin.
import { notSupportedYet, pyError, toIndex, type PyValue } from '../../objects/host';
import { NdArray, sizeOf, toPython } from './array';
import type { NumpyDtype } from './dtype';

/** numpy's pairwise_sum_DOUBLE over data[start .. start+n). */
export function pairwiseSum(data: ArrayLike<number>, start: number, n: number): number {
  if (n < 8) {
    let res = 0;
    for (let i = 0; i < n; i++) res += data[start + i];
    return res;
  }
  if (n <= 128) {
    const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => data[start + j]);
    let i = 8;
    for (; i < n - (n % 8); i += 8) for (let j = 0; j < 8; j++) r[j] += data[start + i + j];
    let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) res += data[start + i];
    return res;
  }
  let n2 = Math.floor(n / 2);
  n2 -= n2 % 8;
  return pairwiseSum(data, start, n2) + pairwiseSum(data, start + n2, n - n2);
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
  if (shape.length === 0) return toPython(values[0], dtype);
  return new NdArray(values, shape, dtype);
}

/** Sum of float64 (or int64 as exact doubles) along an axis, in numpy's order. */
function sumValues(data: ArrayLike<number>, shape: readonly number[], axis: number | null): { values: Float64Array; shape: number[] } {
  if (axis === null) return { values: Float64Array.of(pairwiseSum(data, 0, data.length)), shape: [] };
  const { outer, n, inner } = layout(shape, axis);
  const out = new Float64Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    if (inner === 1) out[o] = pairwiseSum(data, o * n, n);
    else
      for (let k = 0; k < n; k++) for (let j = 0; j < inner; j++) out[o * inner + j] += data[(o * n + k) * inner + j];
  }
  return { values: out, shape: shape.filter((_, i) => i !== axis) };
}

export function sum(a: NdArray, axis: number | null, keepdims: boolean): PyValue {
  const dtype: NumpyDtype = a.dtype === 'float64' ? 'float64' : 'int64';
  const { values, shape } = sumValues(a.data, a.shape, axis);
  if (dtype === 'int64' && values.some((v) => Math.abs(v) >= 2 ** 53)) throw notSupportedYet('2^53을 넘는 int64 합');
  return wrap(values, keepShape(a.shape, axis, keepdims, shape), dtype);
}

/** ndarray.prod / np.prod: numpy multiplies in order, one element after another (no pairwise tree). */
export function prod(a: NdArray, axis: number | null, keepdims: boolean): PyValue {
  const dtype: NumpyDtype = a.dtype === 'float64' ? 'float64' : 'int64';
  const { outer, n, inner } = axis === null ? { outer: 1, n: a.size, inner: 1 } : layout(a.shape, axis);
  const values = new Float64Array(outer * inner).fill(1);
  for (let o = 0; o < outer; o++) for (let k = 0; k < n; k++) for (let j = 0; j < inner; j++) values[o * inner + j] *= a.data[(o * n + k) * inner + j];
  if (dtype === 'int64' && values.some((v) => Math.abs(v) >= 2 ** 53)) throw notSupportedYet('2^53을 넘는 int64 곱');
  return wrap(values, keepShape(a.shape, axis, keepdims, axis === null ? [] : resultShape(a.shape, axis, false)), dtype);
}

function keepShape(full: readonly number[], axis: number | null, keepdims: boolean, reduced: number[]): number[] {
  if (!keepdims) return reduced;
  return axis === null ? full.map(() => 1) : resultShape(full, axis, true);
}

export function mean(a: NdArray, axis: number | null, keepdims: boolean): PyValue {
  const count = axis === null ? a.size : a.shape[axis];
  const { values, shape } = sumValues(a.data, a.shape, axis);
  return wrap(values.map((v) => v / count), keepShape(a.shape, axis, keepdims, shape), 'float64');
}

export function variance(a: NdArray, axis: number | null, keepdims: boolean, ddof: number, sqrt: boolean): PyValue {
  const count = axis === null ? a.size : a.shape[axis];
  const means = sumValues(a.data, a.shape, axis).values.map((v) => v / count);
  const sq = new Float64Array(a.size);
  if (axis === null) a.data.forEach((v, i) => (sq[i] = (v - means[0]) * (v - means[0])));
  else {
    const { outer, n, inner } = layout(a.shape, axis);
    for (let o = 0; o < outer; o++)
      for (let k = 0; k < n; k++)
        for (let j = 0; j < inner; j++) {
          const i = (o * n + k) * inner + j;
          const d = a.data[i] - means[o * inner + j];
          sq[i] = d * d;
        }
  }
  const { values, shape } = sumValues(sq, a.shape, axis);
  const divisor = Math.max(count - ddof, 0);
  const out = values.map((v) => (sqrt ? Math.sqrt(v / divisor) : v / divisor));
  return wrap(out, keepShape(a.shape, axis, keepdims, shape), 'float64');
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
    return arg ? BigInt(at) : toPython(best, a.dtype);
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
