// Element-wise arithmetic and comparisons of pandas columns (pandas 1.5.3 on numpy 1.24): numeric
// columns go through the page's numpy (its dtype rules, a Python scalar not raising an array's
// kind), float32 columns round each result to float32 as numpy does, integer division by zero
// gives pandas' inf/NaN, object columns apply Python's own operator to each value.
import { binaryOp as pyBinaryOp, unaryOp as pyUnaryOp } from '../../objects/arithmetic';
import { notSupportedYet, pyError, type BinaryOp, type CompareOp, type PyValue, type UnaryOp } from '../../objects/host';
import { compare as pyCompare, truthy } from '../../objects/protocol';
import { NdArray, arithmetic } from '../numpy/array';
import { isMissing, numericColumn, objectColumn, valueAt, columnLength, type Column } from './column';

/** The right operand of a column operation: another column of the same length, or one Python scalar. */
export type Operand = { column: Column } | { scalar: PyValue };

function asArray(column: Column & { dtype: 'float64' | 'float32' | 'int64' | 'bool' }): NdArray {
  return new NdArray(column.data, [column.data.length], column.dtype === 'float32' ? 'float64' : column.dtype);
}

function scalarArray(value: PyValue): NdArray | null {
  if (typeof value === 'number') return new NdArray(Float64Array.of(value), [], 'float64');
  if (typeof value === 'bigint') return new NdArray(Float64Array.of(Number(value)), [], 'int64');
  if (typeof value === 'boolean') return new NdArray(Float64Array.of(value ? 1 : 0), [], 'bool');
  return null;
}

const ZERO_DIVISION_OPS = new Set<BinaryOp>(['floordiv', 'mod']);

/** float32 stays float32 beside float32, bool, int scalars and Python floats; beside float64 or int64 columns it becomes float64. */
function keepsFloat32(left: Column, right: Operand): boolean {
  const dtypes = [left.dtype, 'column' in right ? right.column.dtype : 'scalar'];
  if (!dtypes.includes('float32')) return false;
  return dtypes.every((d) => d === 'float32' || d === 'bool' || d === 'scalar');
}

/** `left op right` element by element (`reflected`: `right op left`). */
export function arithmeticColumns(op: BinaryOp, left: Column, right: Operand, reflected: boolean): Column {
  const other = 'column' in right ? right.column : null;
  if (left.dtype === 'object' || other?.dtype === 'object' || ('scalar' in right && scalarArray(right.scalar) === null)) {
    return objectOp(left, right, (a, b) => (reflected ? pyBinaryOp(op, b, a) : pyBinaryOp(op, a, b)));
  }
  const a = asArray(left as Column & { dtype: 'float64' });
  const b = other ? asArray(other as Column & { dtype: 'float64' }) : scalarArray((right as { scalar: PyValue }).scalar)!;
  const [x, y] = reflected ? [b, a] : [a, b];
  const result = arithmetic(op, x, y, other === null);
  if (keepsFloat32(left, right) && result.dtype === 'float64') return numericColumn('float32', result.data.map(Math.fround));
  if (result.dtype !== 'float64' && ZERO_DIVISION_OPS.has(op) && y.data.some((v) => v === 0)) {
    // pandas fills integer division by zero as float: x // 0 is ±inf (NaN for 0), x % 0 is NaN
    const data = Float64Array.from(result.data, (v, i) => {
      const divisor = y.data[y.shape.length === 0 ? 0 : i];
      if (divisor !== 0) return v;
      const dividend = x.data[x.shape.length === 0 ? 0 : i];
      return op === 'mod' || dividend === 0 ? NaN : dividend > 0 ? Infinity : -Infinity;
    });
    return numericColumn('float64', data);
  }
  return numericColumn(result.dtype, result.data);
}

function objectOp(left: Column, right: Operand, f: (a: PyValue, b: PyValue) => PyValue): Column {
  const n = columnLength(left);
  const items: PyValue[] = [];
  for (let i = 0; i < n; i++) {
    const a = valueAt(left, i);
    const b = 'column' in right ? valueAt(right.column, i) : right.scalar;
    items.push(isMissing(a) || isMissing(b) ? NaN : f(a, b));
  }
  return objectColumn(items);
}

const COMPARE: Record<CompareOp, (x: number, y: number) => boolean> = {
  lt: (x, y) => x < y, le: (x, y) => x <= y, eq: (x, y) => x === y, ne: (x, y) => x !== y, gt: (x, y) => x > y, ge: (x, y) => x >= y,
};

/** `left op right` as a bool column; NaN compares unequal to everything, as in numpy. */
export function compareColumns(op: CompareOp, left: Column, right: Operand): Column {
  const n = columnLength(left);
  const out = new Float64Array(n);
  const other = 'column' in right ? right.column : null;
  if (left.dtype !== 'object' && (other ? other.dtype !== 'object' : scalarArray((right as { scalar: PyValue }).scalar) !== null)) {
    const f = COMPARE[op];
    let rightValue = other ? null : (scalarArray((right as { scalar: PyValue }).scalar) as NdArray).data[0];
    // numpy casts a Python float to float32 beside a float32 array (value-based casting)
    if (rightValue !== null && left.dtype === 'float32') rightValue = Math.fround(rightValue);
    for (let i = 0; i < n; i++) out[i] = f(left.data[i], other ? (other as { data: Float64Array }).data[i] : rightValue!) ? 1 : 0;
    return numericColumn('bool', out);
  }
  for (let i = 0; i < n; i++) {
    const a = valueAt(left, i);
    const b = other ? valueAt(other, i) : (right as { scalar: PyValue }).scalar;
    if (isMissing(a) || isMissing(b)) out[i] = op === 'ne' ? 1 : 0;
    else out[i] = truthy(pyCompare(op, a, b)) ? 1 : 0;
  }
  return numericColumn('bool', out);
}

/** -s, +s, ~s (~ of a bool column is logical not). */
export function unaryColumn(op: UnaryOp, column: Column): Column {
  if (column.dtype === 'object') return objectColumn(column.items.map((v) => (isMissing(v) ? v : pyUnaryOp(op, v))));
  if (op === 'pos') return numericColumn(column.dtype, column.data.slice());
  if (column.dtype === 'bool') {
    if (op === 'neg') throw pyError('TypeError', 'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.');
    return numericColumn('bool', column.data.map((v) => (v ? 0 : 1)));
  }
  if (op === 'neg') return numericColumn(column.dtype, column.data.map((v) => -v));
  if (column.dtype === 'int64') return numericColumn('int64', column.data.map((v) => -v - 1));
  throw pyError('TypeError', "bad operand type for unary ~: 'float'");
}

/** abs(s): the magnitude, dtype kept. */
export function absColumn(column: Column): Column {
  if (column.dtype === 'object') throw notSupportedYet('object 열의 abs');
  return numericColumn(column.dtype, column.dtype === 'bool' ? column.data.slice() : column.data.map(Math.abs));
}
