// A column's reductions as pandas 1.5.3 computes them (pandas/core/nanops.py) with bottleneck
// installed, as on the course's machines: sum and mean fill NaN with 0 and add in numpy's pairwise
// order; std, var and median are bottleneck's (a plain running sum for the mean, then for the
// squared deviations); max/min skip NaN. Quantiles are numpy's linear interpolation (`describe`).
import { notSupportedYet, pyError, type PyValue } from '../../objects/host';
import { pairwiseSum } from '../numpy/reduce';
import { NumpyScalar } from '../numpy/scalar';
import { isMissing, valueAt, type Column } from './column';

export type Reduction = 'sum' | 'mean' | 'max' | 'min' | 'std' | 'var' | 'median' | 'count';

export const REDUCTIONS: readonly Reduction[] = ['sum', 'mean', 'max', 'min', 'std', 'var', 'median', 'count'];

/** The number of values that are not missing. */
export function countValid(column: Column): number {
  if (column.dtype === 'object') return column.items.filter((v) => !isMissing(v)).length;
  let n = 0;
  for (const v of column.data) if (!Number.isNaN(v)) n++;
  return n;
}

/** The values that are not NaN, in order (a numeric column). */
function validValues(data: Float64Array): number[] {
  const out: number[] = [];
  for (const v of data) if (!Number.isNaN(v)) out.push(v);
  return out;
}

/**
 * nansum: NaN as 0, in numpy's pairwise order (exact for int64 within ±2^53) — or one after
 * another, as numpy adds along the rows of a column-major block (a frame made from a 2-D array).
 */
function nanSum(data: Float64Array, sequential: boolean): number {
  const filled = data.map((v) => (Number.isNaN(v) ? 0 : v));
  if (!sequential) return pairwiseSum(filled, 0, filled.length);
  let total = 0;
  for (const v of filled) total += v;
  return total;
}

/** bottleneck's nanvar: the mean from a running sum, then a running sum of squared deviations. */
function bottleneckVariance(values: readonly number[], ddof: number): number {
  const n = values.length;
  if (n <= ddof) return NaN;
  let total = 0;
  for (const v of values) total += v;
  const mean = total / n;
  let squares = 0;
  for (const v of values) {
    const d = v - mean;
    squares += d * d;
  }
  return squares / (n - ddof);
}

/** bottleneck's nanmedian: the middle value, or the mean of the two middle ones. */
function median(values: readonly number[]): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const k = n >> 1;
  return n % 2 === 1 ? sorted[k] : 0.5 * (sorted[k - 1] + sorted[k]);
}

/** numpy.percentile(values, q * 100) with the default linear method, on values without NaN. */
export function quantile(values: readonly number[], q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const virtual = (n - 1) * q;
  let previous = Math.floor(virtual);
  let next = previous + 1;
  if (virtual >= n - 1) previous = next = n - 1;
  if (virtual < 0) previous = next = 0;
  // numpy takes gamma against the index it clipped to -1 above the bounds: a - a then
  const gamma = virtual - (virtual >= n - 1 ? -1 : previous);
  const a = sorted[previous];
  const b = sorted[next];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

/**
 * Series.<kind>() of one column (skipna=True), as pandas 1.5.3 with bottleneck returns it: sum,
 * mean and count as numpy scalars (np.float64, np.int64), max/min of numbers as Python numbers
 * (bottleneck's), of bools as np.bool_, std/var/median as Python floats. `sequential`: see nanSum.
 */
export function reduceColumn(kind: Reduction, column: Column, ddof = 1, sequential = false): PyValue {
  if (kind === 'count') return new NumpyScalar(countValid(column), 'int64');
  if (column.dtype === 'object') throw notSupportedYet(`object(문자열) 열의 ${kind}()`);
  const data = column.data;
  if (column.dtype === 'float32' && kind !== 'max' && kind !== 'min') throw notSupportedYet(`float32 열의 ${kind}() (float32 누적)`);
  switch (kind) {
    case 'sum': {
      const total = nanSum(data, sequential);
      if (column.dtype === 'float64') return new NumpyScalar(total, 'float64');
      if (Math.abs(total) >= 2 ** 53) throw notSupportedYet('2^53을 넘는 int64 값');
      return new NumpyScalar(total, 'int64');
    }
    case 'mean': {
      const n = countValid(column);
      return new NumpyScalar(n > 0 ? nanSum(data, sequential) / n : NaN, 'float64');
    }
    case 'max':
    case 'min': {
      const values = validValues(data);
      if (values.length === 0) {
        if (column.dtype === 'float64' || column.dtype === 'float32') return NaN;
        throw pyError('ValueError', `zero-size array to reduction operation ${kind === 'max' ? 'maximum' : 'minimum'} which has no identity`);
      }
      let best = values[0];
      for (const v of values) if (kind === 'max' ? v > best : v < best) best = v;
      return column.dtype === 'bool' ? new NumpyScalar(best, 'bool') : valueAt({ dtype: column.dtype, data: Float64Array.of(best) }, 0);
    }
    case 'std':
    case 'var': {
      if (column.dtype === 'bool') throw notSupportedYet(`bool 열의 ${kind}()`);
      const variance = bottleneckVariance(validValues(data), ddof);
      return kind === 'std' ? Math.sqrt(variance) : variance;
    }
    case 'median':
      if (column.dtype === 'bool') throw notSupportedYet('bool 열의 median()');
      return median(validValues(data));
  }
}

const DESCRIBE_PERCENTILES: readonly [string, number][] = [['25%', 0.25], ['50%', 0.5], ['75%', 0.75]];

/** describe()'s rows: count, mean, std, min, 25%, 50%, 75%, max. */
export const DESCRIBE_LABELS = ['count', 'mean', 'std', 'min', ...DESCRIBE_PERCENTILES.map(([label]) => label), 'max'];

/** describe() of a numeric column: its statistics as float64, in DESCRIBE_LABELS' order. */
export function describeColumn(column: Column): number[] {
  if (column.dtype === 'object' || column.dtype === 'bool') throw notSupportedYet('숫자가 아닌 열의 describe()');
  const values = validValues(column.data);
  const asFloat = (v: PyValue) => (v instanceof NumpyScalar ? v.value : Number(v));
  return [
    values.length,
    asFloat(reduceColumn('mean', column)),
    asFloat(reduceColumn('std', column)),
    values.length ? asFloat(reduceColumn('min', column)) : NaN,
    ...DESCRIBE_PERCENTILES.map(([, q]) => quantile(values, q)),
    values.length ? asFloat(reduceColumn('max', column)) : NaN,
  ];
}
