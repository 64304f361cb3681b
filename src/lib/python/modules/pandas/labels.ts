// A pandas Index (pandas 1.5.3): the row labels of a frame or Series, and a frame's column labels.
// RangeIndex (what read_csv and DataFrame(...) give, kept by slicing), Int64Index (a RangeIndex
// filtered or picked from), Float64Index, and the object Index (strings). Labels are Python values;
// a label's positions come from a lookup table built on first use.
import { HostObject, PyList, PySlice, PyTuple, hostFunction, notSupportedYet, pyError, type KwArgs, type PyValue } from '../../objects/host';
import { repr as pyRepr } from '../../objects/repr';
import { slicePositions } from '../../objects/sequence';
import { columnFromData, columnValues } from './column';
import { NumpyScalar } from '../numpy/scalar';
import { dtypeObject } from './dtype';
import { formatFloats, formatInts, makeFixedWidth } from './format-array';
import { formatObjectSummary, pprintThing } from './printing';

export type IndexKind = 'range' | 'int64' | 'float64' | 'object';

const TYPE_NAMES: Record<IndexKind, string> = { range: 'RangeIndex', int64: 'Int64Index', float64: 'Float64Index', object: 'Index' };
const MODULES: Record<IndexKind, string> = { range: 'range', int64: 'numeric', float64: 'numeric', object: 'base' };

/** A label as a lookup key: 1, 1.0 and True are one key (Python's hash equality), strings their own. */
function labelKey(label: PyValue): string {
  if (typeof label === 'bigint') return `n${label}`;
  if (typeof label === 'boolean') return `n${label ? 1 : 0}`;
  if (typeof label === 'number') return Number.isInteger(label) ? `n${BigInt(label)}` : `f${label}`;
  if (typeof label === 'string') return `s${label}`;
  if (label === null) return 'None';
  return `o${pyRepr(label)}`;
}

export class PandasIndex extends HostObject {
  readonly typeName: string;
  override readonly moduleName: string;
  private lookup: Map<string, number[]> | null = null;

  private constructor(
    readonly labels: readonly PyValue[],
    readonly kind: IndexKind,
    /** start and step of a RangeIndex (its stop is start + length·step). */
    private readonly range: { start: number; step: number } | null = null,
  ) {
    super();
    this.typeName = TYPE_NAMES[kind];
    this.moduleName = `pandas.core.indexes.${MODULES[kind]}`;
  }

  static range(start: number, stop: number, step = 1): PandasIndex {
    const n = Math.max(0, Math.ceil((stop - start) / step));
    return new PandasIndex(Array.from({ length: n }, (_, i) => BigInt(start + i * step)), 'range', { start, step });
  }

  /** An Index of these labels: Int64Index for ints, Float64Index for floats, else object. */
  static of(labels: readonly PyValue[]): PandasIndex {
    if (labels.length > 0 && labels.every((l) => typeof l === 'bigint')) return new PandasIndex(labels, 'int64');
    if (labels.length > 0 && labels.every((l) => typeof l === 'number' || typeof l === 'bigint')) return new PandasIndex(labels.map(Number), 'float64');
    return new PandasIndex(labels, 'object');
  }

  get size(): number {
    return this.labels.length;
  }

  /** The labels at these positions; a RangeIndex stays one when they come from a slice (`df.head()`, `df.iloc[1:3]`). */
  take(positions: readonly number[], fromSlice = false): PandasIndex {
    const labels = positions.map((p) => this.labels[p]);
    if (this.kind === 'range' && this.range) {
      if (fromSlice) {
        const step = positions.length > 1 ? (positions[1] - positions[0]) * this.range.step : this.range.step;
        const start = positions.length > 0 ? this.range.start + positions[0] * this.range.step : this.range.start;
        return new PandasIndex(labels, 'range', { start, step });
      }
      return new PandasIndex(labels, 'int64');
    }
    return new PandasIndex(labels, this.kind);
  }

  /** The positions holding a label (several when labels repeat), or an empty list. */
  positionsOf(label: PyValue): number[] {
    if (!this.lookup) {
      this.lookup = new Map();
      this.labels.forEach((l, i) => {
        const key = labelKey(l);
        const list = this.lookup!.get(key);
        if (list) list.push(i);
        else this.lookup!.set(key, [i]);
      });
    }
    return this.lookup.get(labelKey(label)) ?? [];
  }

  /** The label at a position as indexing returns it: a numpy scalar for an Int64Index or Float64Index, else the Python value. */
  labelAt(i: number): PyValue {
    const label = this.labels[i];
    if (this.kind === 'int64') return new NumpyScalar(Number(label), 'int64');
    if (this.kind === 'float64') return new NumpyScalar(label as number, 'float64');
    return label;
  }

  /** Whether both hold the same labels in the same order (operands line up without reindexing). */
  sameLabels(other: PandasIndex): boolean {
    if (other === this) return true;
    if (other.size !== this.size) return false;
    return this.labels.every((l, i) => labelKey(l) === labelKey(other.labels[i]));
  }

  /**
   * Index.format() of the labels at these positions: a whole RangeIndex pads its labels to the
   * wider of its first and last; numbers (also a RangeIndex cut by truncation, which pandas
   * concatenates into an Int64Index) go through format_array left-justified; objects as str().
   */
  formatLabels(positions: readonly number[], truncated: boolean): string[] {
    const labels = positions.map((p) => this.labels[p]);
    if (this.kind === 'range' && !truncated) {
      const width = this.size === 0 ? 0 : Math.max(String(this.labels[0]).length, String(this.labels[this.size - 1]).length);
      return labels.map((l) => String(l).padEnd(width));
    }
    if (this.kind === 'range' || this.kind === 'int64') return trimFront(makeFixedWidth(formatInts(labels.map(Number)), 'left'));
    if (this.kind === 'float64') return trimFront(makeFixedWidth(formatFloats(labels.map(Number)), 'left'));
    return labels.map((l) => (typeof l === 'number' && Number.isNaN(l) ? 'NaN' : pprintThing(l)));
  }

  override repr(): string {
    const name = this.typeName;
    if (this.kind === 'range' && this.range) {
      return `RangeIndex(start=${this.range.start}, stop=${this.range.start + this.size * this.range.step}, step=${this.range.step})`;
    }
    const formatted = this.labels.map((l) => pprintThing(l, true));
    const allStrings = this.labels.length > 0 && this.labels.every((l) => typeof l === 'string');
    const data = formatObjectSummary(formatted, name, !allStrings);
    const attrs = [`dtype='${this.dtypeName}'`];
    if (this.size > 100) attrs.push(`length=${this.size}`);
    return `${name}(${data}${attrs.join(', ')})`;
  }

  get dtypeName(): string {
    return this.kind === 'range' ? 'int64' : this.kind;
  }

  override length(): number {
    return this.labels.length;
  }

  override iterate(): Iterable<PyValue> {
    return this.labels;
  }

  override contains(item: PyValue): boolean {
    return this.positionsOf(item).length > 0;
  }

  override getItem(key: PyValue): PyValue {
    if (key instanceof PySlice) return this.take(slicePositions(key, this.size), true);
    if (typeof key === 'bigint' || typeof key === 'boolean') {
      const i = Number(key);
      const at = i < 0 ? i + this.size : i;
      if (at < 0 || at >= this.size) throw pyError('IndexError', `index ${i} is out of bounds for axis 0 with size ${this.size}`);
      return this.labelAt(at);
    }
    throw notSupportedYet('이 형태의 pandas Index 인덱싱');
  }

  override getAttr(name: string): PyValue | undefined {
    const method = (f: (args: readonly PyValue[], kwargs: KwArgs) => PyValue) => hostFunction(name, f);
    switch (name) {
      case 'tolist':
      case 'to_list':
        return method(() => new PyList([...this.labels]));
      case 'size':
        return BigInt(this.size);
      case 'dtype':
        return dtypeObject(this.kind === 'range' ? 'int64' : this.kind);
      case 'name':
        return null;
      case 'start':
      case 'stop':
      case 'step':
        if (!this.range) return undefined;
        return BigInt(name === 'start' ? this.range.start : name === 'step' ? this.range.step : this.range.start + this.size * this.range.step);
    }
    return undefined;
  }

  override setAttr(name: string): boolean {
    if (name === 'name' || name === 'names') throw notSupportedYet('pandas Index의 이름(name)');
    return false;
  }

  /** Other labels in place of these (`df.columns = [...]`): one label a position. */
  replacedBy(labels: readonly PyValue[]): PandasIndex {
    if (this.size !== labels.length) {
      throw pyError('ValueError', `Length mismatch: Expected axis has ${this.size} elements, new values have ${labels.length} elements`);
    }
    return PandasIndex.of(labels);
  }
}

/** Labels given as a list, tuple, range, Index, array or Series (`index=…`, `columns=…`, `names=…`). */
export function labelsOf(value: PyValue): PyValue[] {
  if (value instanceof PandasIndex) return [...value.labels];
  if (value instanceof PyList || value instanceof PyTuple) return [...value.items];
  return columnValues(columnFromData(value));
}

/** trim_front: drops leading spaces all the strings share. */
function trimFront(strings: string[]): string[] {
  let out = strings;
  while (out.length > 0 && out.every((x) => x.startsWith(' '))) out = out.map((x) => x.slice(1));
  return out;
}
