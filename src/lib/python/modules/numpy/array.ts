// numpy.ndarray for float64, int64 and bool: contiguous row-major data in a Float64Array (int64
// values must stay within ±2^53, past that the page raises NotImplementedError), numpy 1.24's
// dtype inference, indexing (ints, slices, None, ..., boolean masks, one integer list), broadcasting
// arithmetic with its type rules, comparisons, reductions (float sums in numpy's pairwise order).
import {
  Ellipsis, HostObject, NotImplemented, PyList, PySlice, PyTuple, hostFunction, notSupportedYet, pyError,
  toIndex, type BinaryOp, type CompareOp, type KwArgs, type PyValue, type UnaryOp,
} from '../../objects/host';
import { slicePositions } from '../../objects/sequence';
import { DtypeObject, parseDtype, promote, type NumpyDtype } from './dtype';
import { arrayRepr, arrayStr } from './format';

export const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const SAFE = 2 ** 53;

export class NdArray extends HostObject {
  readonly typeName = 'ndarray';
  override readonly moduleName = 'numpy';
  /** A copy made where numpy would return a view: writing into it would not reach the original. */
  viewCopy = false;
  constructor(
    readonly data: Float64Array,
    readonly shape: readonly number[],
    readonly dtype: NumpyDtype,
  ) {
    super();
  }
  get size(): number {
    return this.data.length;
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
    return this.scalarOnly('float').data[0];
  }
  override toInt(): bigint {
    return BigInt(Math.trunc(this.scalarOnly('int').data[0]));
  }
  override toIndex(): bigint {
    if (this.dtype !== 'int64' || this.shape.length !== 0) throw pyError('TypeError', 'only integer scalar arrays can be converted to a scalar index');
    return BigInt(this.data[0]);
  }
  override format(spec: string): string {
    if (spec === '') return this.str();
    throw notSupportedYet('numpy 배열의 format 지정');
  }
  private scalarOnly(kind: string): NdArray {
    if (this.size !== 1) throw pyError('TypeError', `only size-1 arrays can be converted to Python scalars`);
    void kind;
    return this;
  }
  override toArray() {
    return { data: this.data, shape: this.shape };
  }
  override contains(item: PyValue): boolean {
    const other = toArray(item);
    const eq = binary(this, other, 'eq');
    return eq.data.some((v) => v !== 0);
  }
  scalar(i: number): PyValue {
    return toPython(this.data[i], this.dtype);
  }
  override getItem(key: PyValue): PyValue {
    const { shape, indices } = this.select(key);
    if (shape.length === 0) return this.scalar(indices[0]);
    const out = new NdArray(Float64Array.from(indices, (i) => this.data[i]), shape, this.dtype);
    out.viewCopy = !isAdvanced(key);
    return out;
  }
  override setItem(key: PyValue, value: PyValue): void {
    if (this.viewCopy) throw notSupportedYet('numpy 뷰(슬라이스·전치·reshape 결과)에 값 쓰기 — 원본에 반영되지 않습니다: writing into a view');
    const { shape, indices } = this.select(key);
    const source = toArray(value);
    const data = broadcastTo(source, shape);
    const cast = castValues(data, source.dtype, this.dtype);
    indices.forEach((target, i) => (this.data[target] = cast[i]));
  }
  /** The flat positions a key selects and the shape of the result. */
  select(key: PyValue): { shape: number[]; indices: number[] } {
    if (key instanceof NdArray && key.dtype === 'bool') return this.selectMask(key);
    const keys = key instanceof PyTuple ? [...key.items] : [key];
    const real = keys.filter((k) => k !== null && k !== Ellipsis).length;
    if (real > this.shape.length) throw pyError('IndexError', `too many indices for array: array is ${this.shape.length}-dimensional, but ${real} were indexed`);
    const ellipsisAt = keys.indexOf(Ellipsis);
    if (ellipsisAt >= 0) keys.splice(ellipsisAt, 1, ...Array<PyValue>(this.shape.length - real).fill(new PySlice(null, null, null)));
    while (keys.filter((k) => k !== null).length < this.shape.length) keys.push(new PySlice(null, null, null));
    const strides = this.shape.map((_, i) => sizeOf(this.shape.slice(i + 1)));
    type Sel = { positions: number[]; keep: boolean; stride: number };
    const sels: Sel[] = [];
    const shape: number[] = [];
    let axis = 0;
    let advanced = 0;
    for (const k of keys) {
      if (k === null) {
        sels.push({ positions: [0], keep: true, stride: 0 });
        shape.push(1);
        continue;
      }
      const n = this.shape[axis];
      if (k instanceof PySlice) {
        const positions = slicePositions(k, n);
        sels.push({ positions, keep: true, stride: strides[axis] });
        shape.push(positions.length);
      } else if (k instanceof PyList || k instanceof NdArray) {
        const list = k instanceof NdArray ? k : fromPython(k);
        if (list.dtype === 'bool' || list.shape.length !== 1) throw notSupportedYet('이 형태의 numpy 고급 인덱싱(fancy indexing)');
        if (++advanced > 1) throw notSupportedYet('정수 배열 인덱스 여러 개 (numpy advanced indexing)');
        const positions = Array.from(list.data, (raw) => checkIndex(raw, n, axis));
        sels.push({ positions, keep: true, stride: strides[axis] });
        shape.push(positions.length);
      } else {
        let raw: number;
        try {
          raw = toIndex(k);
        } catch {
          throw pyError('IndexError', 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
        }
        sels.push({ positions: [checkIndex(raw, n, axis)], keep: false, stride: strides[axis] });
      }
      axis++;
    }
    let indices = [0];
    for (const sel of sels) {
      const next: number[] = [];
      for (const base of indices) for (const p of sel.positions) next.push(base + p * sel.stride);
      indices = next;
    }
    return { shape, indices };
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
    if (op === 'matmul') throw notSupportedYet('numpy의 @ (행렬곱)');
    if (!isOperand(other)) return NotImplemented;
    const o = toArray(other);
    const scalarKind = isPythonScalar(other);
    return reflected ? arithmetic(op, o, this, scalarKind) : arithmetic(op, this, o, scalarKind);
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    if (!isOperand(other)) return op === 'eq' ? false : op === 'ne' ? true : NotImplemented;
    return binary(this, toArray(other), op);
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
  map(f: (v: number) => number, dtype: NumpyDtype): NdArray {
    return new NdArray(this.data.map(f), [...this.shape], dtype);
  }
  reshape(shape: number[]): NdArray {
    const unknown = shape.indexOf(-1);
    if (unknown >= 0) {
      if (shape.lastIndexOf(-1) !== unknown) throw pyError('ValueError', 'can only specify one unknown dimension');
      const known = sizeOf(shape.filter((_, i) => i !== unknown));
      if (known === 0 || this.size % known !== 0) throw pyError('ValueError', `cannot reshape array of size ${this.size} into shape ${shapeText(shape).replace(/-1/, 'newaxis').replace(/, /g, ',')}`);
      shape = shape.map((d, i) => (i === unknown ? this.size / known : d));
    }
    if (sizeOf(shape) !== this.size) throw pyError('ValueError', `cannot reshape array of size ${this.size} into shape ${shapeText(shape).replace(/, /g, ',')}`);
    const out = new NdArray(this.data.slice(), shape, this.dtype);
    out.viewCopy = true;
    return out;
  }
  transpose(axes?: number[]): NdArray {
    const nd = this.shape.length;
    const perm = axes ?? Array.from({ length: nd }, (_, i) => nd - 1 - i);
    const shape = perm.map((p) => this.shape[p]);
    const strides = this.shape.map((_, i) => sizeOf(this.shape.slice(i + 1)));
    const out = new Float64Array(this.size);
    const index = new Array(nd).fill(0);
    for (let flat = 0; flat < out.length; flat++) {
      let src = 0;
      for (let d = 0; d < nd; d++) src += index[d] * strides[perm[d]];
      out[flat] = this.data[src];
      for (let d = nd - 1; d >= 0; d--) {
        if (++index[d] < shape[d]) break;
        index[d] = 0;
      }
    }
    const result = new NdArray(out, shape, this.dtype);
    result.viewCopy = true;
    return result;
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

/** Filled in by methods.ts: the attribute table of ndarray. */
export let arrayAttribute: (a: NdArray, name: string) => PyValue | undefined = () => undefined;
export function setArrayAttributes(f: typeof arrayAttribute): void {
  arrayAttribute = f;
}

export function shapeText(shape: readonly number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
}

function checkIndex(raw: number, n: number, axis: number): number {
  const i = raw < 0 ? raw + n : raw;
  if (i < 0 || i >= n) throw pyError('IndexError', `index ${raw} is out of bounds for axis ${axis} with size ${n}`);
  return i;
}

function isAdvanced(key: PyValue): boolean {
  const keys = key instanceof PyTuple ? key.items : [key];
  return keys.some((k) => k instanceof NdArray || k instanceof PyList);
}

export function toPython(v: number, dtype: NumpyDtype): PyValue {
  if (dtype === 'bool') return v !== 0;
  if (dtype === 'int64') return BigInt(v);
  return v;
}

function isOperand(v: PyValue): boolean {
  return v instanceof NdArray || typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyList || v instanceof PyTuple;
}

function isPythonScalar(v: PyValue): boolean {
  return typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean';
}

/** Any array-like as an NdArray (a Python scalar becomes a 0-d array). */
export function toArray(value: PyValue, dtype?: NumpyDtype): NdArray {
  const a = value instanceof NdArray ? value : fromPython(value);
  return dtype === undefined || dtype === a.dtype ? a : astype(a, dtype);
}

export function astype(a: NdArray, dtype: NumpyDtype): NdArray {
  return new NdArray(castValues(a.data, a.dtype, dtype), [...a.shape], dtype);
}

function castValues(data: Float64Array, from: NumpyDtype, to: NumpyDtype): Float64Array {
  if (from === to || to === 'float64') return data;
  if (to === 'bool') return data.map((v) => (v !== 0 ? 1 : 0));
  return data.map((v) => {
    if (!Number.isFinite(v)) throw notSupportedYet('nan/inf를 int64로 변환');
    const t = Math.trunc(v);
    if (Math.abs(t) >= SAFE) throw notSupportedYet('2^53을 넘는 int64 값');
    return t;
  });
}

/** np.array's reading of nested lists/tuples with numpy's dtype inference. */
export function fromPython(value: PyValue): NdArray {
  let dtype: NumpyDtype = 'bool';
  const flat: number[] = [];
  let shape: number[] | null = null;
  const walk = (v: PyValue, depth: number, dims: number[]) => {
    if (v instanceof PyList || v instanceof PyTuple) {
      const items = v.items;
      dims.push(items.length);
      if (items.length === 0) {
        record(dims);
        dtype = flat.length === 0 && dtype === 'bool' ? 'float64' : dtype;
        return;
      }
      for (const item of items) walk(item, depth + 1, [...dims]);
      return;
    }
    if (v instanceof NdArray) {
      dtype = promote(dtype, v.dtype);
      record([...dims, ...v.shape]);
      flat.push(...v.data);
      return;
    }
    record(dims);
    if (typeof v === 'boolean') flat.push(v ? 1 : 0);
    else if (typeof v === 'bigint') {
      if (v >= BigInt(SAFE) || v <= -BigInt(SAFE)) throw notSupportedYet('2^53을 넘는 int64 값');
      dtype = promote(dtype, 'int64');
      flat.push(Number(v));
    } else if (typeof v === 'number') {
      dtype = 'float64';
      flat.push(v);
    } else if (v instanceof HostObject && v.toArray && v.typeName === 'Tensor') {
      throw notSupportedYet('np.array(torch.Tensor)');
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
  walk(value, 0, []);
  if (flat.length === 0 && (value instanceof PyList || value instanceof PyTuple)) dtype = 'float64';
  return new NdArray(Float64Array.from(flat), shape ?? [], dtype);
}

export function broadcastShapes(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.max(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = a[a.length - n + i] ?? 1;
    const y = b[b.length - n + i] ?? 1;
    if (x !== y && x !== 1 && y !== 1) {
      throw pyError('ValueError', `operands could not be broadcast together with shapes ${shapeText(a).replace(/ /g, '')} ${shapeText(b).replace(/ /g, '')} `);
    }
    out.push(x === 1 ? y : x);
  }
  return out;
}

/** The source position of each element of `shape` when `from` is broadcast to it. */
function sourceIndices(from: readonly number[], shape: readonly number[]): Int32Array {
  const total = sizeOf(shape);
  const out = new Int32Array(total);
  const nd = shape.length;
  const offset = nd - from.length;
  const strides = shape.map((_, d) => {
    const s = d - offset;
    return s < 0 || from[s] === 1 ? 0 : sizeOf(from.slice(s + 1));
  });
  const index = new Array(nd).fill(0);
  let src = 0;
  for (let flat = 0; flat < total; flat++) {
    out[flat] = src;
    for (let d = nd - 1; d >= 0; d--) {
      index[d]++;
      src += strides[d];
      if (index[d] < shape[d]) break;
      src -= strides[d] * index[d];
      index[d] = 0;
    }
  }
  return out;
}

export function broadcastTo(a: NdArray, shape: readonly number[]): Float64Array {
  const full = broadcastShapes(a.shape, shape);
  if (full.length !== shape.length || full.some((d, i) => d !== shape[i])) {
    throw pyError('ValueError', `could not broadcast input array from shape ${shapeText(a.shape)} into shape ${shapeText(shape)}`);
  }
  const idx = sourceIndices(a.shape, shape);
  return Float64Array.from(idx, (i) => a.data[i]);
}

/** Element-wise f over two broadcast arrays. */
export function zipWith(a: NdArray, b: NdArray, dtype: NumpyDtype, f: (x: number, y: number) => number): NdArray {
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = sourceIndices(a.shape, shape);
  const ib = sourceIndices(b.shape, shape);
  const out = new Float64Array(ia.length);
  for (let i = 0; i < out.length; i++) out[i] = f(a.data[ia[i]], b.data[ib[i]]);
  return new NdArray(out, shape, dtype);
}

function binary(a: NdArray, b: NdArray, op: CompareOp): NdArray {
  const f: Record<CompareOp, (x: number, y: number) => boolean> = {
    lt: (x, y) => x < y, le: (x, y) => x <= y, eq: (x, y) => x === y, ne: (x, y) => x !== y, gt: (x, y) => x > y, ge: (x, y) => x >= y,
  };
  const g = f[op];
  return zipWith(a, b, 'bool', (x, y) => (g(x, y) ? 1 : 0));
}

/** numpy's float floor division and remainder (npy_divmod), as CPython's float // and %. */
export function floorDivMod(a: number, b: number): [number, number] {
  if (b === 0) return [a / b, NaN];
  let mod = a % b;
  let div = (a - mod) / b;
  if (mod) {
    if (b < 0 !== mod < 0) {
      mod += b;
      div -= 1;
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

function checkInts(out: NdArray): NdArray {
  for (const v of out.data) if (Math.abs(v) >= SAFE) throw notSupportedYet('2^53을 넘는 int64 값 (numpy의 정수 넘침)');
  return out;
}

/** a OP b with numpy 1.24's result types (a Python scalar operand does not raise an array's kind within it). */
export function arithmetic(op: BinaryOp, a: NdArray, b: NdArray, scalarOperand: boolean): NdArray {
  let dtype = promote(a.dtype, b.dtype);
  if (scalarOperand) {
    const [arr, sc] = a.shape.length === 0 && b.shape.length > 0 ? [b, a] : [a, b];
    // value-based casting: a Python int does not make a float array int, nor a Python bool an int array bool
    if (sc.shape.length === 0 && arr.shape.length > 0) dtype = sc.dtype === 'float64' || arr.dtype === 'float64' ? 'float64' : promote(arr.dtype, sc.dtype);
  }
  switch (op) {
    case 'add':
      return dtype === 'bool' ? zipWith(a, b, 'bool', (x, y) => (x || y ? 1 : 0)) : checkIntsIf(dtype, zipWith(a, b, dtype, (x, y) => x + y));
    case 'sub':
      if (dtype === 'bool') throw pyError('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
      return checkIntsIf(dtype, zipWith(a, b, dtype, (x, y) => x - y));
    case 'mul':
      return dtype === 'bool' ? zipWith(a, b, 'bool', (x, y) => (x && y ? 1 : 0)) : checkIntsIf(dtype, zipWith(a, b, dtype, (x, y) => x * y));
    case 'truediv':
      return zipWith(a, b, 'float64', (x, y) => x / y);
    case 'floordiv':
      if (dtype === 'float64') return zipWith(a, b, 'float64', (x, y) => floorDivMod(x, y)[0]);
      return zipWith(a, b, dtype === 'bool' ? 'int64' : dtype, (x, y) => (y === 0 ? 0 : Math.floor(x / y)));
    case 'mod':
      if (dtype === 'float64') return zipWith(a, b, 'float64', (x, y) => floorDivMod(x, y)[1]);
      return zipWith(a, b, dtype === 'bool' ? 'int64' : dtype, (x, y) => (y === 0 ? 0 : x - Math.floor(x / y) * y));
    case 'pow':
      if (dtype === 'float64') return zipWith(a, b, 'float64', (x, y) => x ** y);
      if (dtype === 'bool') dtype = 'int64';
      return checkInts(
        zipWith(a, b, dtype, (x, y) => {
          if (y < 0) throw pyError('ValueError', 'Integers to negative integer powers are not allowed.');
          return x ** y;
        }),
      );
    case 'and':
    case 'or':
    case 'xor': {
      if (dtype === 'float64') throw pyError('TypeError', `ufunc 'bitwise_${op}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
      const f = op === 'and' ? (x: number, y: number) => Number(BigInt(x) & BigInt(y)) : op === 'or' ? (x: number, y: number) => Number(BigInt(x) | BigInt(y)) : (x: number, y: number) => Number(BigInt(x) ^ BigInt(y));
      return zipWith(a, b, dtype, f);
    }
    default:
      throw notSupportedYet(`numpy 배열의 ${op} 연산`);
  }
}

function checkIntsIf(dtype: NumpyDtype, out: NdArray): NdArray {
  return dtype === 'int64' ? checkInts(out) : out;
}

export function dtypeObject(a: NdArray): DtypeObject {
  return new DtypeObject(a.dtype);
}

export { parseDtype };
export type { KwArgs };
export const method = hostFunction;
