// One column of a pandas object: its dtype and values. Numeric columns (float64, float32, int64,
// bool) keep their values in a Float64Array (NaN is pandas' missing value; int64 within ±2^53,
// float32 values already rounded to float32); object columns keep Python values (str, None, NaN,
// ...). This file knows pandas' type inference for Python values and array data, and how a
// column becomes Python values again.
import { HostObject, PyList, PyRange, PyTuple, notSupportedYet, pyError, typeNameOf, type ArrayData, type PyValue, type StorageDtype } from '../../objects/host';
import { NumpyScalar } from '../numpy/scalar';

/** A column's dtype: the element types numpy and torch share, or object (Python values). */
export type NumericDtype = StorageDtype;
export type Dtype = NumericDtype | 'object';

export type Column =
  | { readonly dtype: NumericDtype; readonly data: Float64Array }
  | { readonly dtype: 'object'; readonly items: readonly PyValue[] };

const SAFE = 2 ** 53;

export const numericColumn = (dtype: NumericDtype, data: Float64Array): Column => ({ dtype, data });
export const objectColumn = (items: readonly PyValue[]): Column => ({ dtype: 'object', items });

export function columnLength(column: Column): number {
  return column.dtype === 'object' ? column.items.length : column.data.length;
}

/** numpy's is_numeric_dtype: bool counts (a column header gets its leading space), object does not. */
export const isNumericDtype = (dtype: Dtype): boolean => dtype !== 'object';

/** Whether `describe()` and the frame reductions take this column (np.number: not bool, not object). */
export const isNumberDtype = (dtype: Dtype): boolean => dtype === 'float64' || dtype === 'float32' || dtype === 'int64';

export const isFloatDtype = (dtype: Dtype): boolean => dtype === 'float64' || dtype === 'float32';

/**
 * The value pandas hands out for one position (`s[0]`, `df.iloc[0, 1]`): a numpy scalar of the
 * column's dtype (np.float64, np.int64, np.bool_, np.float32), or the object itself.
 */
export function scalarAt(column: Column, i: number): PyValue {
  return column.dtype === 'object' ? column.items[i] : new NumpyScalar(column.data[i], column.dtype);
}

/** The Python value at a position (iteration, tolist()): float, int, bool, or the object itself. */
export function valueAt(column: Column, i: number): PyValue {
  if (column.dtype === 'object') return column.items[i];
  const v = column.data[i];
  if (column.dtype === 'int64') return BigInt(v);
  if (column.dtype === 'bool') return v !== 0;
  return v;
}

export function columnValues(column: Column): PyValue[] {
  return Array.from({ length: columnLength(column) }, (_, i) => valueAt(column, i));
}

/** The column at the given positions, in their order. */
export function take(column: Column, positions: readonly number[]): Column {
  if (column.dtype === 'object') return objectColumn(positions.map((p) => column.items[p]));
  return numericColumn(column.dtype, Float64Array.from(positions, (p) => column.data[p]));
}

/** A column of `n` copies of one Python value (`df['k'] = 0`). */
export function repeatValue(value: PyValue, n: number): Column {
  const one = columnFromValues([value]);
  if (one.dtype === 'object') return objectColumn(Array<PyValue>(n).fill(value));
  return numericColumn(one.dtype, new Float64Array(n).fill(one.data[0]));
}

export function isMissing(value: PyValue): boolean {
  return value === null || (typeof value === 'number' && Number.isNaN(value));
}

function checkInt(v: bigint): number {
  if (v >= BigInt(SAFE) || v <= -BigInt(SAFE)) throw notSupportedYet('2^53을 넘는 int64 값');
  return Number(v);
}

/**
 * pandas' inference for a list of Python values (lib.maybe_convert_objects): only bools → bool,
 * only ints → int64, numbers with a float or a None among them → float64 (None is NaN), anything
 * else (str, bools among numbers, only None) → object.
 */
export function columnFromValues(given: readonly PyValue[]): Column {
  const values = given.map((v) => (v instanceof NumpyScalar ? v.item() : v));
  let bools = 0;
  let ints = 0;
  let floats = 0;
  let nones = 0;
  for (const v of values) {
    if (typeof v === 'boolean') bools++;
    else if (typeof v === 'bigint') ints++;
    else if (typeof v === 'number') floats++;
    else if (v === null) nones++;
    else return objectColumn(given);
  }
  const n = values.length;
  if (n === 0) return numericColumn('float64', new Float64Array(0));
  if (bools === n) return numericColumn('bool', Float64Array.from(values, (v) => (v ? 1 : 0)));
  if (bools > 0 || nones === n) return objectColumn(given);
  if (ints === n) return numericColumn('int64', Float64Array.from(values, (v) => checkInt(v as bigint)));
  return numericColumn('float64', Float64Array.from(values, (v) => (v === null ? NaN : typeof v === 'bigint' ? Number(v) : (v as number))));
}

/** A one-dimensional array-like (a numpy array, a tensor) as a column of its dtype. */
export function columnFromArray(array: ArrayData): Column {
  if (array.shape.length !== 1) throw pyError('ValueError', 'Data must be 1-dimensional');
  return numericColumn(array.dtype ?? 'float64', Float64Array.from(array.data));
}

/** What a column can be made of: a list, tuple, range, or an array-like host object (numpy, torch, a Series). */
export function columnFromData(value: PyValue): Column {
  if (value instanceof PyList || value instanceof PyTuple) return columnFromValues(value.items);
  if (value instanceof PyRange) return numericColumn('int64', Float64Array.from({ length: value.length }, (_, i) => value.at(i)));
  if (value instanceof HostObject && value.toArray) return columnFromArray(value.toArray());
  throw notSupportedYet(`${typeNameOf(value)}에서 pandas 열 만들기`);
}

/** Whether a value is one item (a scalar pandas broadcasts, a numpy scalar too) rather than a sequence of them. */
export function isScalar(value: PyValue): boolean {
  if (value instanceof NumpyScalar) return true;
  return value === null || typeof value !== 'object' || !(value instanceof PyList || value instanceof PyTuple || value instanceof PyRange || value instanceof HostObject);
}

/** numpy's find_common_type as pandas uses it for a row across columns (`df.iloc[0]`). */
export function commonDtype(dtypes: readonly Dtype[]): Dtype {
  if (dtypes.length === 0) return 'object';
  const kinds = new Set(dtypes);
  if (kinds.size === 1) return dtypes[0];
  if (kinds.has('object') || kinds.has('bool')) return 'object';
  if (kinds.has('float64') || kinds.has('int64')) return 'float64';
  return 'float32';
}

/** The column as another dtype (`astype`, or values gathered into a common dtype). */
export function castColumn(column: Column, dtype: Dtype): Column {
  if (column.dtype === dtype) return column;
  if (dtype === 'object') return objectColumn(columnValues(column));
  if (column.dtype === 'object') {
    return numericColumn(dtype, Float64Array.from(column.items, (v) => numberOf(v, dtype)));
  }
  const data = column.data;
  if (dtype === 'float64') return numericColumn(dtype, data.slice());
  if (dtype === 'float32') return numericColumn(dtype, data.map(Math.fround));
  if (dtype === 'bool') return numericColumn(dtype, data.map((v) => (v !== 0 ? 1 : 0)));
  return numericColumn(dtype, data.map((v) => {
    if (!Number.isFinite(v)) throw pyError('ValueError', 'Cannot convert non-finite values (NA or inf) to integer');
    return Math.trunc(v);
  }));
}

function numberOf(v: PyValue, dtype: NumericDtype): number {
  if (typeof v === 'bigint') return checkInt(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') {
    if (dtype === 'int64') {
      if (!Number.isFinite(v)) throw pyError('ValueError', 'Cannot convert non-finite values (NA or inf) to integer');
      return Math.trunc(v);
    }
    return dtype === 'float32' ? Math.fround(v) : v;
  }
  if (v === null && dtype !== 'int64') return NaN;
  if (typeof v === 'string' && dtype !== 'bool') {
    const n = Number(v.trim());
    if (v.trim() !== '' && !Number.isNaN(n) && (dtype !== 'int64' || Number.isInteger(n))) return n;
    throw pyError('ValueError', dtype === 'int64' ? `invalid literal for int() with base 10: '${v}'` : `could not convert string to float: '${v}'`);
  }
  throw pyError('TypeError', `${dtype === 'int64' ? 'int' : 'float'}() argument must be a string or a real number, not '${typeNameOf(v)}'`);
}
