// Element-wise arithmetic and comparisons of pandas columns (pandas 1.5.3 on numpy 1.24): numeric
// columns go through the page's numpy kernels with numpy's result types (a scalar counts by its
// value beside a column: a float32 column plus 0.5 stays float32), integer division by zero gives
// pandas' inf/NaN, object columns apply Python's own operator to each value.
import { binaryOp as pyBinaryOp, unaryOp as pyUnaryOp } from '../../objects/arithmetic';
import { notSupportedYet, pyError, type BinaryOp, type CompareOp, type PyValue, type Storage, type UnaryOp } from '../../objects/host';
import { compare as pyCompare, truthy } from '../../objects/protocol';
import { resultType, type TypedOperand } from '../numpy/dtype';
import { arithmeticValues, compareValues, type Values } from '../numpy/elementwise';
import { NumpyScalar } from '../numpy/scalar';
import { columnLength, isMissing, numericColumn, objectColumn, valueAt, type Column, type NumericDtype } from './column';

/** The right operand of a column operation: another column of the same length, or one Python scalar. */
export type Operand = { column: Column } | { scalar: PyValue };

type NumericOperand = Values & TypedOperand;

/** A numeric column, or a Python or numpy scalar, as numpy's kernels take it; null for objects (str, None, ...). */
function numericOperand(operand: Operand | { column: Column }): NumericOperand | null {
  if ('column' in operand) {
    const c = operand.column;
    return c.dtype === 'object' ? null : { data: c.data, shape: [c.data.length], dtype: c.dtype, scalar: false };
  }
  const v = operand.scalar;
  const scalar = (value: number, dtype: NumericDtype): NumericOperand => ({ data: [value], shape: [], dtype, scalar: true, value });
  if (typeof v === 'number') return scalar(v, 'float64');
  if (typeof v === 'bigint') return scalar(Number(v), 'int64');
  if (typeof v === 'boolean') return scalar(v ? 1 : 0, 'bool');
  if (v instanceof NumpyScalar) return scalar(v.value, v.dtype);
  return null;
}

const asColumn = (dtype: NumericDtype, data: Storage): Column => numericColumn(dtype, data instanceof Float64Array ? data : Float64Array.from(data));

const ZERO_DIVISION_OPS = new Set<BinaryOp>(['floordiv', 'mod']);

/** `left op right` element by element (`reflected`: `right op left`). */
export function arithmeticColumns(op: BinaryOp, left: Column, right: Operand, reflected: boolean): Column {
  const a = numericOperand({ column: left });
  const b = numericOperand(right);
  if (!a || !b) return objectOp(left, right, (x, y) => (reflected ? pyBinaryOp(op, y, x) : pyBinaryOp(op, x, y)));
  const [x, y] = reflected ? [b, a] : [a, b];
  const result = arithmeticValues(op, x, y, resultType(x, y));
  if ((result.dtype === 'int64' || result.dtype === 'bool') && ZERO_DIVISION_OPS.has(op) && Array.from(y.data).some((v) => v === 0)) {
    // pandas fills integer division by zero as float: x // 0 is ±inf (NaN for 0), x % 0 is NaN
    const at = (v: Values, i: number) => v.data[v.shape.length === 0 ? 0 : i];
    const data = Float64Array.from(result.data, (v, i) => {
      if (at(y, i) !== 0) return v;
      const dividend = at(x, i);
      return op === 'mod' || dividend === 0 ? NaN : dividend > 0 ? Infinity : -Infinity;
    });
    return numericColumn('float64', data);
  }
  return asColumn(result.dtype, result.data);
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

/** `left op right` as a bool column; NaN compares unequal to everything, as in numpy. */
export function compareColumns(op: CompareOp, left: Column, right: Operand): Column {
  const a = numericOperand({ column: left });
  const b = numericOperand(right);
  if (a && b) return asColumn('bool', compareValues(op, a, b, resultType(a, b)).data);
  const n = columnLength(left);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = valueAt(left, i);
    const y = 'column' in right ? valueAt(right.column, i) : right.scalar;
    if (isMissing(x) || isMissing(y)) out[i] = op === 'ne' ? 1 : 0;
    else out[i] = truthy(pyCompare(op, x, y)) ? 1 : 0;
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
