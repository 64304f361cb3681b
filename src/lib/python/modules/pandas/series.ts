// pandas.Series (1.5.3): one column with its index and name. Arithmetic and comparisons line up
// operands by label (the same labels: element by element; others: the union, NaN where one side
// has none), `s[...]` selects by label or by a mask (and by position for a slice), iloc/loc,
// reductions with pandas' order of operations, and the array-like protocol (numpy's `__array__`)
// through which torch.tensor(s) and plt.plot(s) read it.
import {
  HostFunction, HostObject, NotImplemented, PyList, PySlice, PyTuple, asStorage, bindArgs, hostFunction, notSupportedYet, pyError,
  type ArrayData, type BinaryOp, type CompareOp, type KwArgs, type ParamSpec, type PyValue, type UnaryOp,
} from '../../objects/host';
import { call } from '../../objects/protocol';
import { str } from '../../objects/repr';
import { NdArray } from '../numpy/array';
import { promote } from '../numpy/dtype';
import { NumpyScalar } from '../numpy/scalar';
import {
  castColumn, columnFromData, columnFromValues, columnLength, columnValues, isMissing, isScalar, numericColumn, objectColumn,
  scalarAt, take, valueAt, type Column, type NumericDtype,
} from './column';
import { dtypeObject, parseColumnDtype } from './dtype';
import { PandasIndex } from './labels';
import { absColumn, arithmeticColumns, compareColumns, unaryColumn, type Operand } from './ops';
import { labelPick, positionalPick, type Pick } from './positions';
import { DESCRIBE_LABELS, REDUCTIONS, describeColumn, reduceColumn, type Reduction } from './reductions';
import { seriesToString } from './render';

export class Series extends HostObject {
  readonly typeName = 'Series';
  override readonly moduleName = 'pandas.core.series';
  constructor(
    readonly column: Column,
    readonly index: PandasIndex,
    readonly name: PyValue = null,
  ) {
    super();
  }

  get size(): number {
    return columnLength(this.column);
  }

  /** The same labels, other values (the result of an element-wise operation). */
  withColumn(column: Column, name: PyValue = this.name): Series {
    return new Series(column, this.index, name);
  }

  /** The rows at these positions. */
  pick(pick: Pick): Series {
    return new Series(take(this.column, pick.positions), this.index.take(pick.positions, pick.fromSlice), this.name);
  }

  override repr(): string {
    return seriesToString(this);
  }
  override length(): number {
    return this.size;
  }
  override iterate(): Iterable<PyValue> {
    return columnValues(this.column);
  }
  override contains(item: PyValue): boolean {
    return this.index.positionsOf(item).length > 0;
  }
  override truthy(): boolean {
    throw pyError('ValueError', `The truth value of a ${this.typeName} is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().`);
  }
  override toArray(): ArrayData {
    return arrayData(this.column);
  }
  override toFloat(): number {
    return Number(this.only('float'));
  }
  override toInt(): bigint {
    const v = this.only('int');
    return typeof v === 'bigint' ? v : BigInt(Math.trunc(Number(v)));
  }
  private only(kind: string): PyValue {
    if (this.size !== 1) throw pyError('TypeError', `cannot convert the series to <class '${kind}'>`);
    return valueAt(this.column, 0);
  }

  override binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | typeof NotImplemented {
    if (op === 'matmul') throw notSupportedYet('Series의 @ (행렬곱)');
    if (other instanceof Series && !other.index.sameLabels(this.index)) {
      const [left, right] = align(this, other);
      return left.binaryOp(op, right, reflected);
    }
    const operand = this.operand(other);
    if (!operand) return NotImplemented;
    return this.withColumn(arithmeticColumns(op, this.column, operand, reflected), resultName(this, other));
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    if (other instanceof Series && !other.index.sameLabels(this.index)) throw pyError('ValueError', 'Can only compare identically-labeled Series objects');
    const operand = this.operand(other);
    if (!operand) return NotImplemented;
    return this.withColumn(compareColumns(op, this.column, operand), resultName(this, other));
  }
  override unaryOp(op: UnaryOp): PyValue {
    return this.withColumn(unaryColumn(op, this.column));
  }

  /** The other side of an operation as a column of this length or a scalar; null when pandas would not take it. */
  private operand(other: PyValue): Operand | null {
    if (other instanceof Series) return { column: other.column };
    if (isScalar(other)) return { scalar: other };
    if (other instanceof PyList || other instanceof PyTuple || other instanceof NdArray) {
      const column = columnFromData(other);
      if (columnLength(column) !== this.size) {
        throw pyError('ValueError', `operands could not be broadcast together with shapes (${this.size},) (${columnLength(column)},) `);
      }
      return { column };
    }
    return null;
  }

  override getItem(key: PyValue): PyValue {
    if (key instanceof PySlice) return this.pick(positionalPick(key, this.size, this.maskReader()));
    const mask = this.maskReader()(key, this.size);
    if (mask) return this.pick({ positions: mask, scalar: false, fromSlice: false });
    if (isScalar(key) && this.index.positionsOf(key).length === 0 && this.index.kind === 'object' && typeof key === 'bigint') {
      return this.at(positionalPick(key, this.size, () => null)); // an int on labels that are not ints is a position
    }
    return this.at(labelPick(this.index, key, () => null, 'index'));
  }

  /** A pick as what it gives: one value (a numpy scalar for numbers), or a Series. */
  at(pick: Pick): PyValue {
    return pick.scalar ? scalarAt(this.column, pick.positions[0]) : this.pick(pick);
  }

  /** `__array_wrap__`: a numpy function given this Series (np.exp(s)) returns a Series on the same labels. */
  override arrayWrap(result: ArrayData): PyValue {
    if (result.shape.length === 0) return new NumpyScalar(result.data[0], result.dtype ?? 'float64');
    return this.withColumn(numericColumn(result.dtype ?? 'float64', Float64Array.from(result.data)));
  }

  /** Reads a boolean mask (a bool Series on the same labels, a bool array or list) as the positions it keeps. */
  maskReader(): (key: PyValue, n: number) => number[] | null {
    return (key, n) => readMask(key, n, this.index);
  }

  override getAttr(name: string): PyValue | undefined {
    return seriesAttribute(this, name);
  }
}

/**
 * The positions a boolean mask keeps, or null when the key is not one; a mask Series must have the
 * same labels. A mask of the wrong length is IndexError, or as `df[mask]` words it, ValueError.
 */
export function readMask(key: PyValue, n: number, index: PandasIndex, frameItem = false): number[] | null {
  let flags: ArrayLike<number>;
  if (key instanceof Series) {
    if (key.column.dtype !== 'bool') return null;
    if (!key.index.sameLabels(index)) throw notSupportedYet('인덱스가 다른 bool Series로 거르기 (reindex)');
    flags = key.column.data;
  } else if (key instanceof NdArray) {
    if (key.dtype !== 'bool') return null;
    flags = key.data;
  } else if (key instanceof PyList && key.items.length > 0 && key.items.every((v) => typeof v === 'boolean')) {
    flags = key.items.map((v) => (v ? 1 : 0));
  } else {
    return null;
  }
  if (flags.length !== n) {
    if (frameItem) throw pyError('ValueError', `Item wrong length ${flags.length} instead of ${n}.`);
    throw pyError('IndexError', `Boolean index has wrong length: ${flags.length} instead of ${n}`);
  }
  const positions: number[] = [];
  for (let i = 0; i < flags.length; i++) if (flags[i]) positions.push(i);
  return positions;
}

/**
 * The array-like view of a column (numpy's __array__), in the storage of its dtype. pandas would
 * hand out its own memory; a column here may be shared by several frames, so it goes out as a
 * read-only copy: a borrower (np.asarray(s), torch.from_numpy) reads it and refuses writes into it.
 */
export function arrayData(column: Column): ArrayData {
  if (column.dtype === 'object') throw notSupportedYet('object(문자열) dtype의 pandas 값을 배열로');
  return { data: asStorage(column.dtype, column.data), shape: [column.data.length], dtype: column.dtype, readOnly: true };
}

/** `.values` / `.to_numpy()`: a numpy array of the values (a copy standing in for pandas' view: writing into it is refused). */
export function toNumpy(columns: readonly Column[], rows: number, asMatrix: boolean): NdArray {
  const dtypes = columns.map((c) => c.dtype);
  if (dtypes.includes('object') || (dtypes.includes('bool') && dtypes.some((d) => d !== 'bool'))) {
    throw notSupportedYet('object dtype의 .values / to_numpy() (문자열 열, 또는 bool과 숫자가 섞인 표)');
  }
  const dtype = (dtypes as NumericDtype[]).reduce(promote, dtypes.length ? (dtypes[0] as NumericDtype) : 'float64');
  const out = new Float64Array(rows * columns.length);
  columns.forEach((c, j) => {
    const data = (c as { data: Float64Array }).data;
    for (let i = 0; i < rows; i++) out[i * columns.length + j] = data[i];
  });
  const array = new NdArray(out, asMatrix ? [rows, columns.length] : [rows], dtype);
  array.readOnly = true;
  return array;
}

/** pandas names the result of `a op b` after a when b is unnamed or has the same name. */
function resultName(a: Series, b: PyValue): PyValue {
  return b instanceof Series && b.name !== a.name ? null : a.name;
}

/** Two Series on the union of their labels (sorted), NaN where one has no value. */
function align(a: Series, b: Series): [Series, Series] {
  const unique = (s: Series) => s.index.labels.every((l) => s.index.positionsOf(l).length === 1);
  if (!unique(a) || !unique(b)) throw notSupportedYet('레이블이 겹치는 Series끼리의 정렬(align)');
  const labels = [...a.index.labels, ...b.index.labels.filter((l) => a.index.positionsOf(l).length === 0)];
  if (!labels.every((l) => typeof l === 'bigint') && !labels.every((l) => typeof l === 'string')) {
    throw notSupportedYet('정렬할 수 없는 레이블의 Series 정렬(align)');
  }
  labels.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const consecutive = labels.every((l, i) => l === BigInt(i));
  const index = consecutive && a.index.kind === 'range' && b.index.kind === 'range' ? PandasIndex.range(0, labels.length) : PandasIndex.of(labels);
  const reindex = (s: Series) => {
    const positions = labels.map((l) => s.index.positionsOf(l)[0] ?? -1);
    if (positions.every((p) => p >= 0)) return new Series(take(s.column, positions), index, s.name);
    const values = positions.map((p) => (p >= 0 ? valueAt(s.column, p) : NaN));
    const numeric = s.column.dtype === 'int64' || s.column.dtype === 'float64';
    return new Series(numeric ? columnFromValues(values.map((v) => (typeof v === 'bigint' ? Number(v) : v))) : objectColumn(values), index, s.name);
  };
  return [reindex(a), reindex(b)];
}

/** A positional or label indexer object (`s.iloc`, `df.loc`): subscripting it selects. */
export class Indexer extends HostObject {
  constructor(
    readonly typeName: string,
    private readonly select: (key: PyValue) => PyValue,
  ) {
    super();
  }
  override getItem(key: PyValue): PyValue {
    return this.select(key);
  }
}

type Method = (args: readonly PyValue[], kwargs: KwArgs) => PyValue;

/** A method or function whose arguments bind to named parameters with CPython's errors (`varkw` collects other keywords). */
export function boundMethod(name: string, params: readonly ParamSpec[], impl: (a: Record<string, PyValue>) => PyValue, varkw?: string): HostFunction {
  return hostFunction(name, (args, kwargs) => impl(bindArgs(name, params, args, kwargs, varkw ? { varkw } : {})));
}

/** head(n) / tail(n) positions. */
export function headTail(which: 'head' | 'tail', size: number, n: PyValue): Pick {
  const k = Number(n);
  const count = k >= 0 ? Math.min(k, size) : Math.max(0, size + k);
  const start = which === 'head' ? 0 : size - count;
  return { positions: Array.from({ length: count }, (_, i) => start + i), scalar: false, fromSlice: true };
}

/** The column a reduction returns for each kind, with its keyword arguments (ddof for std/var). */
export function reductionParams(kind: Reduction): ParamSpec[] {
  const params: ParamSpec[] = [['axis', null], ['skipna', true]];
  if (kind === 'std' || kind === 'var') params.push(['ddof', 1n]);
  params.push(['numeric_only', null]);
  return params;
}

export function checkReductionArgs(kind: Reduction, bound: Record<string, PyValue>): number {
  if (bound.axis !== null && bound.axis !== 0n && bound.axis !== 'index') throw notSupportedYet(`${kind}(axis=1)`);
  if (bound.skipna !== true) throw notSupportedYet(`${kind}(skipna=False)`);
  return bound.ddof === undefined ? 1 : Number(bound.ddof);
}

function seriesAttribute(s: Series, name: string): PyValue | undefined {
  const method = (f: Method) => hostFunction(name, f);
  if ((REDUCTIONS as readonly string[]).includes(name)) {
    const kind = name as Reduction;
    return boundMethod(name, reductionParams(kind), (bound) => reduceColumn(kind, s.column, checkReductionArgs(kind, bound)));
  }
  switch (name) {
    case 'name':
      return s.name;
    case 'dtype':
    case 'dtypes':
      return dtypeObject(s.column.dtype);
    case 'index':
      return s.index;
    case 'shape':
      return new PyTuple([BigInt(s.size)]);
    case 'size':
      return BigInt(s.size);
    case 'ndim':
      return 1n;
    case 'empty':
      return s.size === 0;
    case 'values':
      return toNumpy([s.column], s.size, false);
    case 'to_numpy':
      return method(() => toNumpy([s.column], s.size, false));
    case 'tolist':
    case 'to_list':
      return method(() => new PyList(columnValues(s.column)));
    case 'iloc':
      return new Indexer('_iLocIndexer', (key) => s.at(positionalPick(key, s.size, s.maskReader())));
    case 'loc':
      return new Indexer('_LocIndexer', (key) => s.at(labelPick(s.index, key, s.maskReader(), 'index')));
    case 'head':
    case 'tail':
      return boundMethod(name, [['n', 5n]], ({ n }) => s.pick(headTail(name, s.size, n)));
    case 'copy':
      return method(() => s.withColumn(take(s.column, Array.from({ length: s.size }, (_, i) => i))));
    case 'abs':
      return method(() => s.withColumn(absColumn(s.column)));
    case '__abs__':
      return method(() => s.withColumn(absColumn(s.column)));
    case 'astype':
      return boundMethod(name, ['dtype'], ({ dtype }) => {
        const target = parseColumnDtype(dtype);
        if (target === 'object' && dtype !== null && typeof dtype === 'object' && (dtype as { name?: string }).name === 'str') {
          return s.withColumn(objectColumn(columnValues(s.column).map((v) => (isMissing(v) && v !== null ? 'nan' : str(v)))));
        }
        return s.withColumn(castColumn(s.column, target));
      });
    case 'apply':
      return boundMethod(name, ['func'], ({ func }) => s.withColumn(columnFromValues(columnValues(s.column).map((v) => call(func, [v])))));
    case 'map':
      return boundMethod(name, ['arg'], ({ arg }) => s.withColumn(columnFromValues(columnValues(s.column).map((v) => (isMissing(v) ? v : call(arg, [v]))))));
    case 'isna':
    case 'isnull':
    case 'notna':
    case 'notnull': {
      const keep = name.startsWith('not');
      return method(() => s.withColumn(numericColumn('bool', Float64Array.from(columnValues(s.column), (v) => (isMissing(v) !== keep ? 1 : 0)))));
    }
    case 'dropna':
      return method(() => s.pick({ positions: columnValues(s.column).flatMap((v, i) => (isMissing(v) ? [] : [i])), scalar: false, fromSlice: false }));
    case 'fillna':
      return boundMethod(name, ['value'], ({ value }) => s.withColumn(columnFromValues(columnValues(s.column).map((v) => (isMissing(v) ? value : v)))));
    case 'describe':
      return method(() => new Series(numericColumn('float64', Float64Array.from(describeColumn(s.column))), PandasIndex.of(DESCRIBE_LABELS), s.name));
    case 'idxmax':
    case 'idxmin':
    case 'argmax':
    case 'argmin':
      return method(() => {
        const best = reduceColumn(name.endsWith('max') ? 'max' : 'min', s.column);
        if (s.column.dtype === 'object' || Number.isNaN(best as number)) throw notSupportedYet(`${name}() (값이 없거나 숫자가 아닌 열)`);
        const at = s.column.data.indexOf(Number(best));
        return name.startsWith('arg') ? new NumpyScalar(at, 'int64') : s.index.labelAt(at);
      });
    case 'item':
      return method(() => {
        if (s.size !== 1) throw pyError('ValueError', 'can only convert an array of size 1 to a Python scalar');
        return valueAt(s.column, 0);
      });
  }
  return undefined;
}
