// The four dtypes of the page's numpy (float64, float32, int64, bool), numpy 1.24's promotion
// between them, its value-based casting (a Python or numpy scalar beside an array counts by its
// value: float32 array * 0.5 stays float32), and the dtype and scalar-type objects a cell sees
// (`a.dtype` prints dtype('float32'), np.float32(0.1) is a float32 scalar).
import { HostObject, NotImplemented, notSupportedYet, pyError, type CompareOp, type KwArgs, type PyValue, type StorageDtype } from '../../objects/host';

/** The dtypes the page's numpy has: the element types of the storages it shares with torch. */
export type NumpyDtype = StorageDtype;

export const isFloat = (d: NumpyDtype): boolean => d === 'float32' || d === 'float64';

/** Bytes per element (`dtype.itemsize`, the unit of `a.strides`). */
export const itemSize = (d: NumpyDtype): number => (d === 'bool' ? 1 : d === 'float32' ? 4 : 8);

/** numpy.promote_types within the four dtypes (int64 with float32 needs float64). */
export function promote(a: NumpyDtype, b: NumpyDtype): NumpyDtype {
  if (a === b || b === 'bool') return a;
  if (a === 'bool') return b;
  return 'float64'; // int64 + float32, or anything + float64
}

/** An operand's part in choosing a result type: its dtype, whether it is a scalar, and a scalar's value. */
export interface TypedOperand {
  readonly dtype: NumpyDtype;
  /** A Python number, a numpy scalar or a 0-d array: these count by value beside an array. */
  readonly scalar: boolean;
  readonly value?: number;
}

const KIND: Record<NumpyDtype, number> = { bool: 0, int64: 1, float32: 2, float64: 2 };

/**
 * numpy 1.24's result type of `a OP b`. Between an array and a scalar whose kind (bool < int <
 * float) is not above the array's, the scalar counts as np.min_scalar_type of its value: beside a
 * float32 array an int that fits int16/uint16 or a float inside ±3.4e38 (or inf/nan) keeps float32;
 * a larger one gives float64. Otherwise (two arrays, two scalars, a float scalar beside an int
 * array) the dtypes promote as they are; a Python int is int64 there, a Python float float64.
 */
export function resultType(a: TypedOperand, b: TypedOperand): NumpyDtype {
  if (a.scalar !== b.scalar) {
    const [array, scalar] = a.scalar ? [b, a] : [a, b];
    if (KIND[scalar.dtype] <= KIND[array.dtype]) {
      if (array.dtype === 'float32' && scalar.value !== undefined && !fitsFloat32(scalar)) return 'float64';
      return array.dtype;
    }
  }
  return promote(a.dtype, b.dtype);
}

/** Whether np.min_scalar_type of this scalar promotes with float32 to float32 (min_scalar_type_num's bounds). */
function fitsFloat32({ dtype, value = 0 }: TypedOperand): boolean {
  if (dtype === 'int64') return value >= -32768 && value < 65536;
  if (dtype === 'float64') return (value > -3.4e38 && value < 3.4e38) || !Number.isFinite(value);
  return true;
}

/** One value as a dtype stores it: float32 rounded, int64 truncated, bool 0/1. */
export function castValue(v: number, dtype: NumpyDtype): number {
  if (dtype === 'float32') return Math.fround(v);
  if (dtype === 'bool') return v !== 0 ? 1 : 0;
  if (dtype === 'int64') {
    if (!Number.isFinite(v)) throw notSupportedYet('nan/inf를 int64로 변환');
    const t = Math.trunc(v);
    if (Math.abs(t) >= 2 ** 53) throw notSupportedYet('2^53을 넘는 int64 값');
    return t;
  }
  return v;
}

export class DtypeObject extends HostObject {
  readonly typeName = 'dtype';
  override readonly moduleName = 'numpy';
  constructor(readonly name: NumpyDtype) {
    super();
  }
  override repr(): string {
    return `dtype('${this.name}')`;
  }
  override str(): string {
    return this.name;
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'name') return this.name;
    if (name === 'kind') return isFloat(this.name) ? 'f' : this.name === 'int64' ? 'i' : 'b';
    if (name === 'itemsize') return BigInt(itemSize(this.name));
    return undefined;
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    if (op !== 'eq' && op !== 'ne') return NotImplemented;
    let same: boolean;
    try {
      same = parseDtype(other) === this.name;
    } catch {
      same = false;
    }
    return op === 'eq' ? same : !same;
  }
}

/** numpy's scalar types as a cell names them (np.float64, np.float32, np.int64, np.bool_): dtype= values and constructors. */
export class ScalarType extends HostObject {
  readonly typeName = 'type';
  constructor(
    readonly dtype: NumpyDtype,
    readonly pyName: string,
    /** np.float32(x): a scalar of this type from a number, an array of it from an array-like. */
    private readonly construct: (value: PyValue) => PyValue,
    /** isinstance(x, np.float32). */
    private readonly isInstance: (value: PyValue) => boolean,
  ) {
    super();
  }
  override repr(): string {
    return `<class 'numpy.${this.pyName}'>`;
  }
  override call(args: readonly PyValue[], kwargs: KwArgs): PyValue {
    if (kwargs.size > 0 || args.length > 1) throw notSupportedYet(`numpy.${this.pyName}(…)의 인자 여러 개`);
    return this.construct(args.length === 0 ? 0 : args[0]);
  }
  override instanceCheck(value: PyValue): boolean {
    return this.isInstance(value);
  }
}

/** dtype=… as a cell writes it: 'float32', float, np.float64, np.dtype('int64'), int, bool. */
export function parseDtype(value: PyValue): NumpyDtype {
  if (value instanceof DtypeObject) return value.name;
  if (value instanceof ScalarType) return value.dtype;
  if (typeof value === 'string') {
    if (value === 'float64' || value === 'float' || value === 'f8' || value === 'double' || value === 'd') return 'float64';
    if (value === 'float32' || value === 'f4' || value === 'single' || value === 'f') return 'float32';
    if (value === 'int64' || value === 'int' || value === 'i8' || value === 'long') return 'int64';
    if (value === 'bool' || value === '?' || value === 'bool_') return 'bool';
    if (/^(float|int|uint|complex)\d+$|^[fiuc]\d$|^str|^object$|^U/.test(value)) throw notSupportedYet(`numpy dtype '${value}'`);
    throw pyError('TypeError', `data type '${value}' not understood`);
  }
  if (value instanceof HostObject && value.typeName === 'type') {
    const name = value.repr();
    if (name === "<class 'float'>") return 'float64';
    if (name === "<class 'int'>") return 'int64';
    if (name === "<class 'bool'>") return 'bool';
  }
  const name = (value as { name?: string } | null)?.name;
  if (name === 'float') return 'float64';
  if (name === 'int') return 'int64';
  if (name === 'bool') return 'bool';
  throw notSupportedYet(`numpy dtype ${typeof value === 'object' && value !== null ? (value as { typeName?: string }).typeName : typeof value}`);
}
