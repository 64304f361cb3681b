// numpy.ndarray for float64, float32, int64 and bool: contiguous row-major data in the storage
// torch keeps for the same dtype (Float64Array, Float32Array, Float64Array for int64 within ±2^53,
// Uint8Array), so `t.numpy()` and `torch.from_numpy(a)` share one buffer as they do in PyTorch.
// numpy 1.24's dtype inference, indexing (ints, slices, None, ..., boolean masks, one integer
// list), broadcasting arithmetic with its type rules (value-based casting), in-place operators,
// comparisons. What numpy returns as a view (basic slices, .T, a reshape that needs no copy) keeps
// its own contiguous copy plus where its elements live in its root storage (shared-storage.ts):
// reads take in the root's changes and writes reach the root, as numpy's views do.
import {
  Ellipsis, HostObject, NotImplemented, PyList, PyRange, PySlice, PyTuple, asStorage, notSupportedYet,
  pyError, toIndex, type ArrayData, type BinaryOp, type CompareOp, type PyValue, type Storage, type UnaryOp,
  type ViewSource,
  type DirEntry,
} from '../../objects/host';
import { sliceIndices, slicePositions } from '../../objects/sequence';
import { computeStride, contiguousStrides, gatherStrided, isRowMajor, noteWrite, syncView, viewSourceOf } from '../../objects/shared-storage';
import { castValue, isFloat, promote, resultType, type NumpyDtype, type TypedOperand } from './dtype';
import { arithmeticValues, broadcastShapes, broadcastTo, compareValues, shapeText, sizeOf, zipWith, type Result } from './elementwise';
import { arrayRepr, arrayStr } from './format';
import { NumpyScalar } from './scalar';
import { matmul } from './matmul';

export { broadcastShapes, shapeText, sizeOf, zipWith };

/** A view's strides and offset from those of the array it is taken from (all in elements). */
type StridedRule = (strides: readonly number[], offset: number) => { strides: number[]; offset: number };

export class NdArray extends HostObject {
  readonly typeName = 'ndarray';
  override readonly moduleName = 'numpy';
  /** A copy of memory that is not numpy's (pandas' values, a transposed array's .flat): writing into it would not reach it, so it refuses. */
  readOnly = false;
  /** For a view: where its elements live in its root storage (its `storage` is their contiguous copy). */
  viewSource: ViewSource | null = null;
  private readonly storage: Storage;
  /** `data` is kept as given when it already is the dtype's storage (that is how arrays share memory). */
  constructor(
    data: ArrayLike<number>,
    readonly shape: readonly number[],
    readonly dtype: NumpyDtype,
  ) {
    super();
    this.storage = asStorage(dtype, data);
    if (this.storage.length !== sizeOf(shape)) throw new RangeError(`storage of ${this.storage.length} elements does not fit shape ${shapeText(shape)}`);
  }
  dirEntry(): DirEntry {
    return { section: 'hostTypes', key: 'ndarray' };
  }
  /** An array over another object's storage (a tensor's for np.asarray(t) and t.numpy()): writes show on both sides. */
  static sharing(source: ArrayData & { dtype: NumpyDtype }): NdArray {
    const out = new NdArray(source.data, [...source.shape], source.dtype);
    out.readOnly = source.readOnly ?? false;
    out.viewSource = source.viewSource ?? null;
    return out;
  }
  /** The elements (row-major); a view first takes in what its root storage got since. */
  get data(): Storage {
    if (this.viewSource !== null) syncView(this.storage, this.shape, this.viewSource);
    return this.storage;
  }
  /** Where each axis's next element lies in the root storage, in elements (numpy's strides / itemsize). */
  get elementStrides(): readonly number[] {
    return this.viewSource?.strides ?? contiguousStrides(this.shape);
  }
  get size(): number {
    return this.storage.length;
  }
  /** The view of this array with a layout in its root storage (from this array's own strides and offset). */
  private viewWith(shape: number[], rule: StridedRule): NdArray {
    const local = rule(contiguousStrides(this.shape), 0);
    const source = this.viewSource;
    const global = source ? rule(source.strides, source.offset) : local;
    const out = new NdArray(new Float64Array(sizeOf(shape)), shape, this.dtype);
    gatherStrided(out.storage, this.data, shape, local.strides, local.offset);
    out.viewSource = viewSourceOf(source?.root ?? this.storage, global.strides, global.offset);
    return out;
  }
  /** Counts an in-place write; a view's is scattered into its root (shared-storage.ts#noteWrite). */
  private written(): void {
    noteWrite(this.storage, this.shape, this.viewSource);
  }
  /** numpy arrays are unhashable: `{a: 1}` is TypeError: unhashable type: 'numpy.ndarray'. */
  override dictKeyValue(): never {
    throw pyError('TypeError', "unhashable type: 'numpy.ndarray'");
  }
  override repr(): string {
    return arrayRepr(this);
  }
  override str(): string {
    return arrayStr(this);
  }
  override length(): number {
    if (this.shape.length === 0) throw pyError('TypeError', 'len() of unsized object');
    return this.shape[0];
  }
  override iterate(): Iterable<PyValue> {
    if (this.shape.length === 0) throw pyError('TypeError', 'iteration over a 0-d array');
    const n = this.shape[0];
    const out: PyValue[] = [];
    for (let i = 0; i < n; i++) out.push(this.getItem(BigInt(i)));
    return out;
  }
  override truthy(): boolean {
    if (this.size !== 1) {
      if (this.size === 0) throw notSupportedYet('bool(빈 numpy 배열)');
      throw pyError('ValueError', 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()');
    }
    return this.data[0] !== 0;
  }
  override toFloat(): number {
    return this.only().data[0];
  }
  override toInt(): bigint {
    return new NumpyScalar(this.only().data[0], this.dtype).toInt();
  }
  override toIndex(): bigint {
    if (this.dtype !== 'int64' || this.shape.length !== 0) throw pyError('TypeError', 'only integer scalar arrays can be converted to a scalar index');
    return BigInt(this.data[0]);
  }
  override format(spec: string): string {
    if (spec === '') return this.str();
    if (this.shape.length === 0) return this.element(0).format(spec);
    throw pyError('TypeError', 'unsupported format string passed to numpy.ndarray.__format__');
  }
  private only(): NdArray {
    if (this.size !== 1) throw pyError('TypeError', 'only size-1 arrays can be converted to Python scalars');
    return this;
  }
  override toArray(): ArrayData & { dtype: NumpyDtype } {
    return { data: this.data, shape: this.shape, dtype: this.dtype, readOnly: this.readOnly, viewSource: this.viewSource };
  }
  override contains(item: PyValue): boolean {
    const other = toArray(item);
    return compareValues('eq', this, other, resultType(typedOperand(this), typedOperand(other))).data.some((v) => v !== 0);
  }
  /** The Python number at a flat position (`.item()`, `.tolist()`). */
  scalar(i: number): PyValue {
    return this.element(i).item();
  }
  /** The numpy scalar at a flat position (`a[0]`, iterating a 1-D array). */
  element(i: number): NumpyScalar {
    return new NumpyScalar(this.data[i], this.dtype);
  }
  override getItem(key: PyValue): PyValue {
    const { shape, indices, rule } = this.select(key);
    const data = this.data;
    // all-integer keys give a numpy scalar; with `...` the result stays a (0-d) array, a view
    const keys = key instanceof PyTuple ? key.items : [key];
    if (shape.length === 0 && !keys.includes(Ellipsis)) return this.element(indices[0]);
    if (rule) return this.viewWith(shape, rule);
    return new NdArray(Float64Array.from(indices, (i) => data[i]), shape, this.dtype);
  }
  override setItem(key: PyValue, value: PyValue): void {
    this.assertWritable();
    const { shape, indices } = this.select(key);
    const source = toArray(value);
    const values = broadcastTo(source, shape);
    const data = this.data;
    indices.forEach((target, i) => (data[target] = castValue(values[i], this.dtype)));
    this.written();
  }
  private assertWritable(): void {
    if (this.readOnly) throw notSupportedYet('pandas 값(.values)이나 연속이 아닌 배열의 .flat에 값 쓰기');
  }
  /** The flat positions a key selects and the shape of the result. */
  select(key: PyValue): { shape: number[]; indices: number[]; rule?: StridedRule } {
    if (key instanceof NdArray && key.dtype === 'bool') return this.selectMask(key);
    const keys = key instanceof PyTuple ? [...key.items] : [key];
    const real = keys.filter((k) => k !== null && k !== Ellipsis).length;
    if (real > this.shape.length) throw pyError('IndexError', `too many indices for array: array is ${this.shape.length}-dimensional, but ${real} were indexed`);
    const ellipsisAt = keys.indexOf(Ellipsis);
    if (ellipsisAt >= 0) keys.splice(ellipsisAt, 1, ...Array<PyValue>(this.shape.length - real).fill(new PySlice(null, null, null)));
    while (keys.filter((k) => k !== null).length < this.shape.length) keys.push(new PySlice(null, null, null));
    const strides = this.shape.map((_, i) => sizeOf(this.shape.slice(i + 1)));
    type Sel = { positions: number[]; stride: number };
    const sels: Sel[] = [];
    const shape: number[] = [];
    // for a basic key (a view): per result axis, the axis it steps along (null: a new axis), and the offset
    const steps: { axis: number | null; step: number }[] = [];
    const starts: { axis: number; at: number }[] = [];
    let axis = 0;
    let advanced = 0;
    for (const k of keys) {
      if (k === null) {
        sels.push({ positions: [0], stride: 0 });
        shape.push(1);
        steps.push({ axis: null, step: 0 });
        continue;
      }
      const n = this.shape[axis];
      if (k instanceof PySlice) {
        const positions = slicePositions(k, n);
        sels.push({ positions, stride: strides[axis] });
        shape.push(positions.length);
        const { start, step } = sliceIndices(k, n);
        steps.push({ axis, step });
        starts.push({ axis, at: positions.length > 0 ? start : 0 });
      } else if (k instanceof PyList || k instanceof NdArray) {
        const list = k instanceof NdArray ? k : fromPython(k);
        if (list.dtype === 'bool' || list.shape.length !== 1) throw notSupportedYet('이 형태의 numpy 고급 인덱싱(fancy indexing)');
        if (++advanced > 1) throw notSupportedYet('정수 배열 인덱스 여러 개 (numpy advanced indexing)');
        const positions = Array.from(list.data, (raw) => checkIndex(raw, n, axis));
        sels.push({ positions, stride: strides[axis] });
        shape.push(positions.length);
      } else {
        const at = arrayIndex(k, n, axis);
        sels.push({ positions: [at], stride: strides[axis] });
        starts.push({ axis, at });
      }
      axis++;
    }
    const rule: StridedRule | undefined = advanced > 0 ? undefined : (own, offset) => ({
      strides: steps.map((s) => (s.axis === null ? 0 : s.step * own[s.axis])),
      offset: starts.reduce((at, s) => at + s.at * own[s.axis], offset),
    });
    let indices = [0];
    for (const sel of sels) {
      const next: number[] = [];
      for (const base of indices) for (const p of sel.positions) next.push(base + p * sel.stride);
      indices = next;
    }
    return { shape, indices, rule };
  }
  private selectMask(mask: NdArray): { shape: number[]; indices: number[] } {
    const k = mask.shape.length;
    for (let i = 0; i < k; i++) {
      if (mask.shape[i] !== this.shape[i]) {
        throw pyError('IndexError', `boolean index did not match indexed array along dimension ${i}; dimension is ${this.shape[i]} but corresponding boolean dimension is ${mask.shape[i]}`);
      }
    }
    const inner = sizeOf(this.shape.slice(k));
    const indices: number[] = [];
    mask.data.forEach((v, i) => {
      if (v) for (let j = 0; j < inner; j++) indices.push(i * inner + j);
    });
    return { shape: [indices.length / inner, ...this.shape.slice(k)], indices };
  }
  override binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | typeof NotImplemented {
    if (isTensor(other)) return reflected ? NotImplemented : tensorOperand(op, other);
    if (!isOperand(other)) return NotImplemented;
    const o = toArray(other);
    if (op === 'matmul') {
      const r = reflected ? matmul(o, this) : matmul(this, o);
      return r.vectors ? new NumpyScalar(r.data[0], 'float64') : new NdArray(r.data, r.shape, 'float64');
    }
    return wrapResult(reflected ? arithmeticResult(op, o, this, other, this) : arithmeticResult(op, this, o, this, other));
  }
  /** `a += b` writes into a, as numpy does (a tensor sharing a's memory sees it): the result cast back to a's dtype within its kind. */
  override inplaceOp(op: BinaryOp, other: PyValue): PyValue | typeof NotImplemented {
    if (isTensor(other) || op === 'matmul' || !isOperand(other)) return NotImplemented;
    this.assertWritable();
    const o = toArray(other);
    const r = arithmeticResult(op, this, o, this, other);
    if (KIND_ORDER[r.dtype] > KIND_ORDER[this.dtype]) {
      throw pyError('UFuncTypeError', `Cannot cast ufunc '${UFUNC_NAMES[op] ?? op}' output from dtype('${r.dtype}') to dtype('${this.dtype}') with casting rule 'same_kind'`);
    }
    if (r.shape.length !== this.shape.length || r.shape.some((d, i) => d !== this.shape[i])) {
      throw pyError('ValueError', `non-broadcastable output operand with shape ${shapeText(this.shape).replace(/ /g, '')} doesn't match the broadcast shape ${shapeText(r.shape).replace(/ /g, '')}`);
    }
    const data = this.data;
    for (let i = 0; i < data.length; i++) data[i] = r.data[i];
    this.written();
    return this;
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    if (isTensor(other)) return tensorComparison(op, 'numpy.ndarray', 'Tensor');
    if (!isOperand(other)) return op === 'eq' ? false : op === 'ne' ? true : NotImplemented;
    const o = toArray(other);
    return wrapResult(compareValues(op, this, o, resultType(typedOperand(this), typedOperand(o, other))));
  }
  override unaryOp(op: UnaryOp): PyValue {
    if (op === 'pos') return this.copy();
    if (op === 'neg') {
      if (this.dtype === 'bool') throw pyError('TypeError', 'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.');
      return this.map((v) => -v, this.dtype);
    }
    if (this.dtype === 'bool') return this.map((v) => (v ? 0 : 1), 'bool');
    if (this.dtype === 'int64') return this.map((v) => -v - 1, 'int64');
    throw pyError('TypeError', "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
  }
  copy(): NdArray {
    return new NdArray(this.data.slice(), [...this.shape], this.dtype);
  }
  /** f of each element, stored as `dtype` (a float32 result rounded once). */
  map(f: (v: number) => number, dtype: NumpyDtype): NdArray {
    return new NdArray(Float64Array.from(this.data, f), [...this.shape], dtype);
  }
  /** `.ravel()`: a view of a C-contiguous array, else a copy; `.flat` stands in for numpy's flatiter. */
  flatView(flat = false): NdArray {
    if (isRowMajor(this.shape, this.elementStrides)) return this.reshape([this.size]);
    const out = new NdArray(this.data.slice(), [this.size], this.dtype);
    out.readOnly = flat; // a copy: writes through .flat would not reach this array
    return out;
  }
  /** numpy's reshape: a view where the strides allow one (as ATen's computeStride decides), else a copy. */
  reshape(shape: number[]): NdArray {
    const unknown = shape.indexOf(-1);
    if (unknown >= 0) {
      if (shape.lastIndexOf(-1) !== unknown) throw pyError('ValueError', 'can only specify one unknown dimension');
      const known = sizeOf(shape.filter((_, i) => i !== unknown));
      if (known === 0 || this.size % known !== 0) throw pyError('ValueError', `cannot reshape array of size ${this.size} into shape ${shapeText(shape).replace(/-1/, 'newaxis').replace(/, /g, ',')}`);
      shape = shape.map((d, i) => (i === unknown ? this.size / known : d));
    }
    if (sizeOf(shape) !== this.size) throw pyError('ValueError', `cannot reshape array of size ${this.size} into shape ${shapeText(shape).replace(/, /g, ',')}`);
    const source = this.viewSource;
    const strides = computeStride(this.shape, this.elementStrides, shape);
    const out = new NdArray(strides ? this.data : this.data.slice(), shape, this.dtype);
    if (strides && source) out.viewSource = viewSourceOf(source.root, strides, source.offset); // else: this array's own buffer
    return out;
  }
  transpose(axes?: number[]): NdArray {
    const nd = this.shape.length;
    const perm = axes ?? Array.from({ length: nd }, (_, i) => nd - 1 - i);
    return this.viewWith(perm.map((p) => this.shape[p]), (strides, offset) => ({ strides: perm.map((p) => strides[p]), offset }));
  }
  tolist(): PyValue {
    const build = (axis: number, offset: number): PyValue => {
      if (axis === this.shape.length) return this.scalar(offset);
      const stride = sizeOf(this.shape.slice(axis + 1));
      return new PyList(Array.from({ length: this.shape[axis] }, (_, i) => build(axis + 1, offset + i * stride)));
    };
    return build(0, 0);
  }
  override getAttr(name: string): PyValue | undefined {
    return arrayAttribute(this, name);
  }
}

/** Filled in by module.ts: the attribute table of ndarray. */
export let arrayAttribute: (a: NdArray, name: string) => PyValue | undefined = () => undefined;
export function setArrayAttributes(f: typeof arrayAttribute): void {
  arrayAttribute = f;
}

function checkIndex(raw: number, n: number, axis: number): number {
  const i = raw < 0 ? raw + n : raw;
  if (i < 0 || i >= n) throw pyError('IndexError', `index ${raw} is out of bounds for axis ${axis} with size ${n}`);
  return i;
}

/** One integer index into an axis of `size`, with numpy's IndexErrors (negative counts from the end). */
export function arrayIndex(key: PyValue, size: number, axis: number): number {
  let raw: number;
  try {
    raw = toIndex(key);
  } catch {
    throw pyError('IndexError', 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
  }
  return checkIndex(raw, size, axis);
}

/** A torch tensor (PyTorch's operators and numpy's disagree, see tensorOperand). */
function isTensor(v: PyValue): v is HostObject {
  return v instanceof HostObject && v.moduleName === 'torch' && v.toArray !== undefined;
}

const OPERATOR_SYMBOLS: Partial<Record<BinaryOp | CompareOp, string>> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '** or pow()', matmul: '@', and: '&', or: '|', xor: '^',
  lshift: '<<', rshift: '>>', lt: '<', le: '<=', gt: '>', ge: '>=',
};

/**
 * `array OP tensor`: numpy defers to the tensor (its __array_priority__), whose reflected operators
 * decline every ndarray but `/`; Python then raises, and for + numpy's sequence concatenation speaks.
 */
function tensorOperand(op: BinaryOp, tensor: HostObject): typeof NotImplemented {
  if (op === 'truediv') return NotImplemented;
  if (op === 'add') throw pyError('TypeError', 'Concatenation operation is not implemented for NumPy arrays, use np.concatenate() instead. Please do not rely on this error; it may not be given on all Python implementations.');
  throw pyError('TypeError', `unsupported operand type(s) for ${OPERATOR_SYMBOLS[op]}: 'numpy.ndarray' and '${tensor.typeName}'`);
}

/** A comparison between an ndarray and a tensor: both decline, so == is identity and ordering raises. */
export function tensorComparison(op: CompareOp, left: string, right: string): boolean {
  if (op === 'eq') return false;
  if (op === 'ne') return true;
  throw pyError('TypeError', `'${OPERATOR_SYMBOLS[op]}' not supported between instances of '${left}' and '${right}'`);
}

const KIND_ORDER: Record<NumpyDtype, number> = { bool: 0, int64: 1, float32: 2, float64: 2 };
const UFUNC_NAMES: Partial<Record<BinaryOp, string>> = {
  add: 'add', sub: 'subtract', mul: 'multiply', truediv: 'true_divide', floordiv: 'floor_divide', mod: 'remainder', pow: 'power',
  and: 'bitwise_and', or: 'bitwise_or', xor: 'bitwise_xor',
};

function isOperand(v: PyValue): boolean {
  return v instanceof NdArray || v instanceof NumpyScalar || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyList || v instanceof PyTuple;
}

/** A Python number or a numpy scalar: these count by value beside an array. */
function isScalarLike(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof NumpyScalar;
}

/** An operand's part in result-type rules: `a` made from `source`; a Python or numpy scalar and a 0-d array count by value. */
export function typedOperand(a: NdArray, source: PyValue = a): TypedOperand {
  const scalar = a.shape.length === 0 || isScalarLike(source);
  return { dtype: a.dtype, scalar, value: scalar ? a.data[0] : undefined };
}

/** What a ufunc hands back: a numpy scalar for a 0-d result, else an array. */
export function wrapResult(r: Result): NdArray | NumpyScalar {
  return r.shape.length === 0 ? new NumpyScalar(r.data[0], r.dtype) : new NdArray(r.data, r.shape, r.dtype);
}

/** Any array-like as an NdArray (a Python or numpy scalar becomes a 0-d array; a tensor's storage is shared, not copied). */
export function toArray(value: PyValue, dtype?: NumpyDtype): NdArray {
  const a = value instanceof NdArray ? value : fromPython(value, true);
  return dtype === undefined || dtype === a.dtype ? a : astype(a, dtype);
}

export function astype(a: NdArray, dtype: NumpyDtype): NdArray {
  return new NdArray(castValues(a.data, a.dtype, dtype), [...a.shape], dtype);
}

function castValues(data: Storage, from: NumpyDtype, to: NumpyDtype): ArrayLike<number> {
  if (from === to || isFloat(to)) return Float64Array.from(data);
  return Array.from(data, (v) => castValue(v, to));
}

/** An object's own storage, when it has an element type numpy knows (a tensor, a numpy scalar). */
function typedData(v: HostObject): (ArrayData & { dtype: NumpyDtype }) | null {
  const data = v.toArray?.();
  return data?.dtype ? (data as ArrayData & { dtype: NumpyDtype }) : null;
}

/**
 * np.array's reading of nested lists/tuples, numpy scalars and tensors, with numpy's dtype
 * inference. `share`: a lone tensor keeps its storage (np.asarray(t), t.numpy()) instead of a copy.
 */
export function fromPython(value: PyValue, share = false): NdArray {
  if (value instanceof NumpyScalar) return new NdArray([value.value], [], value.dtype);
  if (value instanceof HostObject && !(value instanceof NdArray)) {
    const typed = typedData(value);
    if (typed) return share ? NdArray.sharing(typed) : new NdArray(Array.from(typed.data), [...typed.shape], typed.dtype);
  }
  let dtype: NumpyDtype = 'bool';
  const flat: number[] = [];
  let shape: number[] | null = null;
  const walk = (v: PyValue, dims: number[]) => {
    // a range is a sequence of ints to numpy, as a list is
    if (v instanceof PyRange) {
      const r = v;
      v = new PyList(Array.from({ length: r.length }, (_, i) => BigInt(r.at(i))));
    }
    if (v instanceof PyList || v instanceof PyTuple) {
      const items = v.items;
      dims.push(items.length);
      if (items.length === 0) {
        record(dims);
        dtype = flat.length === 0 && dtype === 'bool' ? 'float64' : dtype;
        return;
      }
      for (const item of items) walk(item, [...dims]);
      return;
    }
    const typed = v instanceof NdArray ? v.toArray() : v instanceof HostObject ? typedData(v) : null;
    if (typed) {
      dtype = promote(dtype, typed.dtype);
      record([...dims, ...typed.shape]);
      for (let i = 0; i < typed.data.length; i++) flat.push(typed.data[i]);
      return;
    }
    record(dims);
    if (typeof v === 'boolean') flat.push(v ? 1 : 0);
    else if (typeof v === 'bigint') {
      if (v >= 2n ** 53n || v <= -(2n ** 53n)) throw notSupportedYet('2^53을 넘는 int64 값');
      dtype = promote(dtype, 'int64');
      flat.push(Number(v));
    } else if (typeof v === 'number') {
      dtype = promote(dtype, 'float64');
      flat.push(v);
    } else {
      throw notSupportedYet(`numpy 배열의 ${v === null ? 'None' : typeof v === 'string' ? 'str' : v.typeName} 원소 (dtype=object/str)`);
    }
  };
  const record = (dims: number[]) => {
    if (shape === null) shape = dims;
    else if (shape.length !== dims.length || shape.some((d, i) => d !== dims[i])) {
      let same = 0;
      while (same < Math.min(shape.length, dims.length) && shape[same] === dims[same]) same++;
      throw pyError(
        'ValueError',
        `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${same} dimensions. The detected shape was ${shapeText(shape.slice(0, same))} + inhomogeneous part.`,
      );
    }
  };
  walk(value, []);
  if (flat.length === 0 && (value instanceof PyList || value instanceof PyTuple)) dtype = 'float64';
  return new NdArray(flat, shape ?? [], dtype);
}

/** a OP b's values with numpy 1.24's result type (`sourceA`/`sourceB`: what the operands were made from, for value-based casting). */
function arithmeticResult(op: BinaryOp, a: NdArray, b: NdArray, sourceA: PyValue, sourceB: PyValue): Result {
  return arithmeticValues(op, a, b, resultType(typedOperand(a, sourceA), typedOperand(b, sourceB)));
}
