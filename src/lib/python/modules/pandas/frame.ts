// pandas.DataFrame (1.5.3): columns of one length under column labels, with row labels. Built
// from a dict, a list of rows, a 2-D array or tensor; columns read as `df.x` and `df['x']`, rows
// picked with a mask, a slice, iloc and loc; shown as Jupyter shows it (the HTML table as a
// 'table' display item, the text for print and repr).
import { keyError } from '../../objects/errors';
import {
  HostObject, NotImplemented, PyDict, PyList, PySlice, PyTuple, hostFunction, notSupportedYet, pyError,
  type BinaryOp, type DisplayItem, type KwArgs, type ParamSpec, type PyValue,
} from '../../objects/host';
import { call, isCallable } from '../../objects/protocol';
import { repr } from '../../objects/repr';
import { upstreamAttribute } from '../../objects/upstream';
import {
  castColumn, columnFromData, columnFromValues, columnLength, commonDtype, isNumberDtype, isScalar, numericColumn, objectColumn, repeatValue, scalarAt,
  take, valueAt, type Column,
} from './column';
import { dtypeObject } from './dtype';
import { tableHtml } from './html';
import { PandasIndex, labelsOf } from './labels';
import { arithmeticColumns } from './ops';
import { labelListPositions, labelPick, positionalPick, type Pick } from './positions';
import { queryMask } from './query';
import { DESCRIBE_LABELS, REDUCTIONS, describeColumn, reduceColumn, type Reduction } from './reductions';
import { EVERYTHING, frameTable, frameToString } from './render';
import { Indexer, Series, boundMethod, checkReductionArgs, headTail, readMask, reductionParams, toNumpy } from './series';

export class DataFrame extends HostObject {
  readonly typeName = 'DataFrame';
  override readonly moduleName = 'pandas.core.frame';
  constructor(
    public columns: PandasIndex,
    public data: Column[],
    public index: PandasIndex,
    /**
     * Whether pandas holds the values as a column-major block, as it does for a frame made from a
     * 2-D array or tensor (and what masks, slices and arithmetic make of one) until something
     * consolidates it (copy, assign, a new column): numpy then adds a column's values one after
     * another in df.sum()/df.mean(), not pairwise.
     */
    public columnMajor = false,
  ) {
    super();
  }

  get rows(): number {
    return this.index.size;
  }

  /** The column at a position as a Series named by its label. */
  column(position: number): Series {
    return new Series(this.data[position], this.index, this.columns.labels[position]);
  }

  /** The rows a pick keeps, every column. */
  pickRows(pick: Pick): DataFrame {
    return new DataFrame(this.columns, this.data.map((c) => take(c, pick.positions)), this.index.take(pick.positions, pick.fromSlice), this.columnMajor);
  }

  pickColumns(positions: readonly number[]): DataFrame {
    return new DataFrame(this.columns.take(positions, false), positions.map((p) => this.data[p]), this.index, this.columnMajor);
  }

  /** One row as a Series over the given columns, in their common dtype (`df.iloc[0]`). */
  row(position: number, columns: readonly number[]): Series {
    const dtype = commonDtype(columns.map((c) => this.data[c].dtype));
    const values = columns.map((c) => valueAt(castColumn(take(this.data[c], [position]), dtype), 0));
    const column = dtype === 'object' ? objectColumn(values) : numericColumn(dtype, Float64Array.from(values, Number));
    return new Series(column, this.columns.take(columns, false), this.index.labels[position]);
  }

  override repr(): string {
    return frameToString(this);
  }
  override richDisplay(): DisplayItem {
    return { kind: 'table', table: frameTable(this) };
  }
  override length(): number {
    return this.rows;
  }
  override iterate(): Iterable<PyValue> {
    return this.columns.labels;
  }
  override contains(item: PyValue): boolean {
    return this.columns.positionsOf(item).length > 0;
  }
  override truthy(): boolean {
    throw pyError('ValueError', 'The truth value of a DataFrame is ambiguous. Use a.empty, a.bool(), a.item(), a.any() or a.all().');
  }

  override binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | typeof NotImplemented {
    if (isScalar(other)) {
      return new DataFrame(this.columns, this.data.map((c) => arithmeticColumns(op, c, { scalar: other }, reflected)), this.index, this.columnMajor);
    }
    if (other instanceof DataFrame && other.columns.sameLabels(this.columns) && other.index.sameLabels(this.index)) {
      return new DataFrame(this.columns, this.data.map((c, j) => arithmeticColumns(op, c, { column: other.data[j] }, reflected)), this.index, this.columnMajor);
    }
    throw notSupportedYet('DataFrame과 이 값의 산술 연산 (열·행 정렬)');
  }

  override getItem(key: PyValue): PyValue {
    if (key instanceof PySlice) return this.pickRows(positionalPick(key, this.rows, (k, n) => readMask(k, n, this.index)));
    const mask = readMask(key, this.rows, this.index, true);
    if (mask) return this.pickRows({ positions: mask, scalar: false, fromSlice: false });
    if (key instanceof PyList) return this.pickColumns(labelListPositions(this.columns, key.items, 'columns'));
    const positions = this.columns.positionsOf(key);
    if (positions.length === 0) throw keyError(key, repr);
    if (positions.length > 1) throw notSupportedYet('이름이 겹치는 열 고르기');
    return this.column(positions[0]);
  }

  override setItem(key: PyValue, value: PyValue): void {
    if (!isScalar(key) || key === null) throw notSupportedYet('여러 열에 한꺼번에 대입하기');
    const column = this.columnFor(value);
    const at = this.columns.positionsOf(key);
    if (at.length > 1) throw notSupportedYet('이름이 겹치는 열에 대입하기');
    this.columnMajor = false;
    if (at.length === 1) {
      this.data[at[0]] = column;
      return;
    }
    this.columns = PandasIndex.of([...this.columns.labels, key]);
    this.data.push(column);
  }

  /** `del df['x']`: the column goes. */
  override deleteItem(key: PyValue): void {
    const at = this.columns.positionsOf(key);
    if (at.length === 0) throw keyError(key, repr);
    const keep = this.data.map((_, j) => j).filter((j) => !at.includes(j));
    this.columns = this.columns.take(keep);
    this.data = keep.map((j) => this.data[j]);
    this.columnMajor = false;
  }

  /** A value assigned to a column, as a column of this frame's length. */
  private columnFor(value: PyValue): Column {
    if (value instanceof Series) {
      if (!value.index.sameLabels(this.index)) throw notSupportedYet('인덱스가 다른 Series를 열로 넣기 (reindex)');
      return value.column;
    }
    if (value instanceof DataFrame) throw notSupportedYet('DataFrame을 한 열에 넣기');
    if (isScalar(value)) return repeatValue(value, this.rows);
    const column = columnFromData(value);
    if (columnLength(column) !== this.rows) throw pyError('ValueError', `Length of values (${columnLength(column)}) does not match length of index (${this.rows})`);
    return column;
  }

  override setAttr(name: string, value: PyValue): boolean {
    if (name === 'columns') {
      this.columns = this.columns.replacedBy(labelsOf(value));
      return true;
    }
    if (name === 'index') {
      this.index = this.index.replacedBy(labelsOf(value));
      return true;
    }
    if (this.columns.positionsOf(name).length === 1) {
      this.setItem(name, value);
      return true;
    }
    throw notSupportedYet(`DataFrame에 새 속성(${name}) 붙이기 — 열은 df['${name}'] = …로 만드세요`);
  }

  override getAttr(name: string): PyValue | undefined {
    const own = frameAttribute(this, name);
    if (own !== undefined) return own;
    // a real DataFrame attribute the page lacks comes before a column of that name, as in pandas
    if (upstreamAttribute('DataFrame', name)) return undefined;
    const at = this.columns.positionsOf(name);
    return at.length === 1 ? this.column(at[0]) : undefined;
  }
}

/** An index=… argument: the labels, or the RangeIndex of n rows. */
function indexFor(value: PyValue, n: number): PandasIndex {
  if (value === null) return PandasIndex.range(0, n);
  const labels = labelsOf(value);
  if (labels.length !== n) throw pyError('ValueError', `Length of values (${n}) does not match length of index (${labels.length})`);
  return value instanceof PandasIndex ? value : PandasIndex.of(labels);
}

/** pd.DataFrame(data, index, columns): a dict of columns, a list of rows, a 2-D array or tensor, a Series, a frame. */
export function buildFrame(data: PyValue, indexArg: PyValue, columnsArg: PyValue): DataFrame {
  if (data === null) {
    const labels = columnsArg === null ? [] : labelsOf(columnsArg);
    const index = indexArg === null ? PandasIndex.range(0, 0) : PandasIndex.of(labelsOf(indexArg));
    return new DataFrame(PandasIndex.of(labels), labels.map(() => objectColumn(Array<PyValue>(index.size).fill(NaN))), index);
  }
  if (data instanceof DataFrame) {
    if (indexArg !== null || columnsArg !== null) throw notSupportedYet('pd.DataFrame(DataFrame, index=…, columns=…)');
    return new DataFrame(data.columns, [...data.data], data.index, data.columnMajor);
  }
  if (data instanceof PyDict) {
    if (columnsArg !== null) throw notSupportedYet('pd.DataFrame(dict, columns=…)');
    return fromDict(data, indexArg);
  }
  if (data instanceof Series) {
    const frame = new DataFrame(PandasIndex.of([data.name ?? 0n]), [data.column], data.index);
    if (columnsArg !== null) frame.columns = frame.columns.replacedBy(labelsOf(columnsArg));
    return frame;
  }
  let columns: Column[];
  let columnMajor = false;
  if (data instanceof PyList || data instanceof PyTuple) columns = fromRows(data.items);
  else if (data instanceof HostObject && data.toArray) {
    const array = data.toArray();
    if (array.shape.length === 1) columns = [columnFromData(data)];
    else if (array.shape.length === 2) {
      const [n, m] = array.shape;
      columnMajor = true;
      columns = Array.from({ length: m }, (_, j) => numericColumn(array.dtype ?? 'float64', Float64Array.from({ length: n }, (_, i) => array.data[i * m + j])));
    } else throw pyError('ValueError', `Must pass 2-d input. shape=(${array.shape.join(', ')})`);
  } else throw notSupportedYet(`pd.DataFrame(${data instanceof HostObject ? data.typeName : repr(data)})`);
  const rows = columns.length ? columnLength(columns[0]) : 0;
  let labels = PandasIndex.range(0, columns.length);
  if (columnsArg !== null) {
    const given = labelsOf(columnsArg);
    if (given.length !== columns.length) throw pyError('ValueError', `${given.length} columns passed, passed data had ${columns.length} columns`);
    labels = PandasIndex.of(given);
  }
  return new DataFrame(labels, columns, indexFor(indexArg, rows), columnMajor);
}

/** A list of rows (lists or tuples of one length), or of scalars (one column). */
function fromRows(rows: readonly PyValue[]): Column[] {
  if (rows.length === 0) return [];
  if (rows.every((r) => isScalar(r))) return [columnFromValues(rows)];
  const width = rows.map((r) => (r instanceof PyList || r instanceof PyTuple ? r.items.length : -1));
  if (width.some((w) => w < 0)) throw notSupportedYet('pd.DataFrame(이 형태의 행 목록: dict·배열 행)');
  const m = Math.max(...width);
  return Array.from({ length: m }, (_, j) => columnFromValues(rows.map((r) => (r as PyList).items[j] ?? null)));
}

function fromDict(dict: PyDict, indexArg: PyValue): DataFrame {
  const keys: PyValue[] = [];
  const values: PyValue[] = [];
  for (const [k, v] of dict.entries.values()) {
    keys.push(k);
    values.push(v);
  }
  const series = values.filter((v): v is Series => v instanceof Series);
  if (series.length > 0 && !series.every((s) => s.index.sameLabels(series[0].index))) throw notSupportedYet('인덱스가 다른 Series들로 DataFrame 만들기 (align)');
  const lengths = values.filter((v) => !isScalar(v)).map((v) => columnLength(v instanceof Series ? v.column : columnFromData(v)));
  if (lengths.some((n) => n !== lengths[0])) throw pyError('ValueError', 'All arrays must be of the same length');
  if (lengths.length === 0 && indexArg === null) throw pyError('ValueError', 'If using all scalar values, you must pass an index');
  const n = lengths.length ? lengths[0] : labelsOf(indexArg).length;
  const columns = values.map((v) => (v instanceof Series ? v.column : isScalar(v) ? repeatValue(v, n) : columnFromData(v)));
  const index = indexArg === null && series.length > 0 ? series[0].index : indexFor(indexArg, n);
  return new DataFrame(PandasIndex.of(keys), columns, index);
}

type Method = (args: readonly PyValue[], kwargs: KwArgs) => PyValue;

/** Column positions a reduction or describe takes: numbers (describe), or every column when all are numeric. */
function reducedColumns(frame: DataFrame, kind: string, numericOnly: PyValue): number[] {
  const all = frame.data.map((_, j) => j);
  const numeric = all.filter((j) => frame.data[j].dtype !== 'object');
  if (numericOnly === true) return numeric;
  if (numeric.length !== all.length && kind !== 'count') throw notSupportedYet(`문자열 열이 있는 DataFrame의 ${kind}() — numeric_only=True를 쓰거나 숫자 열만 고르세요`);
  return all;
}

function frameAttribute(df: DataFrame, name: string): PyValue | undefined {
  const method = (f: Method) => hostFunction(name, f);
  const bound = (params: readonly ParamSpec[], impl: (a: Record<string, PyValue>) => PyValue, varkw?: string) => boundMethod(name, params, impl, varkw);
  if ((REDUCTIONS as readonly string[]).includes(name)) {
    const kind = name as Reduction;
    return bound(reductionParams(kind), (b) => {
      const ddof = checkReductionArgs(kind, b);
      const picked = reducedColumns(df, kind, b.numeric_only);
      return new Series(columnFromValues(picked.map((j) => reduceColumn(kind, df.data[j], ddof, df.columnMajor))), df.columns.take(picked), null);
    });
  }
  switch (name) {
    case 'columns':
      return df.columns;
    case 'index':
      return df.index;
    case 'shape':
      return new PyTuple([BigInt(df.rows), BigInt(df.data.length)]);
    case 'size':
      return BigInt(df.rows * df.data.length);
    case 'ndim':
      return 2n;
    case 'empty':
      return df.rows === 0 || df.data.length === 0;
    case 'dtypes':
      return new Series(objectColumn(df.data.map((c) => dtypeObject(c.dtype))), df.columns, null);
    case 'values':
      return toNumpy(df.data, df.rows, true);
    case 'to_numpy':
      return method(() => toNumpy(df.data, df.rows, true));
    case 'keys':
      return method(() => df.columns);
    case 'head':
    case 'tail':
      return bound([['n', 5n]], ({ n }) => df.pickRows(headTail(name, df.rows, n)));
    case 'copy':
      return method(() => new DataFrame(df.columns, [...df.data], df.index));
    case 'iloc':
      return new Indexer('_iLocIndexer', (key) => select(df, key, (k, axis) => positionalPick(k, axis === 'index' ? df.rows : df.data.length, (m, n) => (axis === 'index' ? readMask(m, n, df.index) : null))));
    case 'loc':
      return new Indexer('_LocIndexer', (key) => select(df, key, (k, axis) => labelPick(axis === 'index' ? df.index : df.columns, k, (m, n) => (axis === 'index' ? readMask(m, n, df.index) : null), axis)));
    case 'describe':
      return method(() => {
        const picked = df.data.flatMap((c, j) => (isNumberDtype(c.dtype) ? [j] : []));
        if (picked.length === 0) throw notSupportedYet('숫자 열이 없는 DataFrame의 describe() (count/unique/top/freq)');
        const columns = picked.map((j) => numericColumn('float64', Float64Array.from(describeColumn(df.data[j]))));
        return new DataFrame(df.columns.take(picked), columns, PandasIndex.of(DESCRIBE_LABELS));
      });
    case 'assign':
      return bound([], ({ kwargs }) => {
        const out = new DataFrame(df.columns, [...df.data], df.index);
        for (const [key, value] of (kwargs as PyDict).entries.values()) out.setItem(key, isCallable(value) ? call(value, [out]) : value);
        return out;
      }, 'kwargs');
    case 'query':
      return bound(['expr'], ({ expr }) => {
        if (typeof expr !== 'string') throw pyError('ValueError', `expr must be a string to be evaluated, ${repr(expr)} given`);
        const mask = queryMask(expr, (label) => {
          const at = df.columns.positionsOf(label);
          return at.length === 1 ? df.data[at[0]] : undefined;
        });
        return df.getItem(new Series(mask, df.index));
      });
    case 'to_string':
      return method(() => frameToString(df, EVERYTHING));
    case '_repr_html_':
      return method(() => tableHtml(frameTable(df)));
  }
  return undefined;
}

/** df.iloc[...] / df.loc[...]: rows, or (rows, columns); a single row or column gives a Series, both a value. */
function select(df: DataFrame, key: PyValue, pickOn: (key: PyValue, axis: 'index' | 'columns') => Pick): PyValue {
  const [rowKey, columnKey] = key instanceof PyTuple ? (key.items.length === 2 ? key.items : tooManyIndexers()) : [key, new PySlice(null, null, null)];
  const rows = pickOn(rowKey, 'index');
  const columns = pickOn(columnKey, 'columns');
  if (rows.scalar && columns.scalar) return scalarAt(df.data[columns.positions[0]], rows.positions[0]);
  if (rows.scalar) return df.row(rows.positions[0], columns.positions);
  if (columns.scalar) return df.column(columns.positions[0]).pick(rows);
  return df.pickColumns(columns.positions).pickRows(rows);
}

function tooManyIndexers(): never {
  throw pyError('IndexingError', 'Too many indexers');
}
