// numpy's scalars: what `a.sum()`, `a[0]`, `a.mean()` and np.exp(2.0) return (np.float64,
// np.float32, np.int64, np.bool_). They print as Python's numbers do (np.float32 with float32's
// shortest digits: 0.1, not 0.10000000149011612), `type(a.sum())` names them, arithmetic between
// two scalars promotes without value-based casting (np.float32(1) + 1 is np.float64), and `.item()`
// or float() gives the Python number. Beside an array a scalar leaves the operation to the array.
import { glibcPow } from '../../../libm/glibc-pow';
import {
  HostObject, NotImplemented, PyList, PyTuple, hostFunction, notSupportedYet, pyError, toIndex,
  type BinaryOp, type CompareOp, type PyValue, type UnaryOp,
} from '../../objects/host';
import { float32Repr, floatRepr, formatFloat, formatInt, roundHalfEven } from '../../objects/format';
import { upstreamAttribute } from '../../objects/upstream';
import { DtypeObject, castValue, isFloat, parseDtype, promote, type NumpyDtype } from './dtype';
import { arithmeticValues, compareValues, type Values } from './elementwise';

/** Python's name of each scalar type: `<class 'numpy.bool_'>`. */
export const SCALAR_TYPE_NAMES: Record<NumpyDtype, string> = { float64: 'float64', float32: 'float32', int64: 'int64', bool: 'bool_' };

export class NumpyScalar extends HostObject {
  readonly typeName: string;
  override readonly moduleName = 'numpy';
  /** The value as the dtype stores it (float32 already rounded, int64 an integer, bool 0 or 1). */
  readonly value: number;
  constructor(
    value: number,
    readonly dtype: NumpyDtype,
  ) {
    super();
    this.value = castValue(value, dtype);
    this.typeName = SCALAR_TYPE_NAMES[dtype];
  }
  /** The Python number of `.item()`, `float()` of a float, `int()` of an int. */
  item(): PyValue {
    if (this.dtype === 'bool') return this.value !== 0;
    if (this.dtype === 'int64') return BigInt(this.value);
    return this.value;
  }
  /** Hashes as its Python number: `{a.sum(): 1}[8.0]` finds it. */
  override dictKeyValue(): PyValue {
    return this.item();
  }
  override repr(): string {
    if (this.dtype === 'float64') return floatRepr(this.value);
    if (this.dtype === 'float32') return float32Repr(this.value);
    if (this.dtype === 'int64') return String(this.value);
    return this.value ? 'True' : 'False';
  }
  /** numpy's __format__: the Python number's format, so f"{np.float32(0.1)}" shows the double 0.10000000149011612. */
  override format(spec: string): string {
    if (isFloat(this.dtype)) return formatFloat(this.value, spec);
    if (this.dtype === 'int64') return formatInt(BigInt(this.value), spec);
    return spec === '' ? this.repr() : formatInt(BigInt(this.value), spec, 'bool');
  }
  override truthy(): boolean {
    return this.value !== 0;
  }
  override toFloat(): number {
    return this.value;
  }
  override toInt(): bigint {
    const v = this.value;
    if (Number.isNaN(v)) throw pyError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(v)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(v));
  }
  override toIndex(): bigint {
    if (this.dtype !== 'int64') throw pyError('TypeError', `'numpy.${this.typeName}' object cannot be interpreted as an integer`);
    return BigInt(this.value);
  }
  override toArray() {
    const data = this.dtype === 'float32' ? Float32Array.of(this.value) : this.dtype === 'bool' ? Uint8Array.of(this.value) : Float64Array.of(this.value);
    return { data, shape: [] as number[], dtype: this.dtype, scalar: true };
  }
  override binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | typeof NotImplemented {
    if (other instanceof PyList || other instanceof PyTuple) throw notSupportedYet('numpy 스칼라와 리스트의 연산');
    const o = scalarValues(other);
    if (!o) return NotImplemented; // an array, a tensor: its own (reflected) operator decides
    const [a, b] = reflected ? [o, this.values()] : [this.values(), o];
    const dtype = promote(a.dtype, b.dtype);
    // numpy's scalar maths computes float64 ** with the C library's pow (glibc's), not the ufunc's SVML kernel.
    if (op === 'pow' && dtype === 'float64') return new NumpyScalar(glibcPow(Number(a.data[0]), Number(b.data[0])), 'float64');
    return scalarOf(arithmeticValues(op, a, b, dtype));
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    const o = scalarValues(other);
    if (!o) return NotImplemented;
    return scalarOf(compareValues(op, this.values(), o, promote(this.dtype, o.dtype)));
  }
  override unaryOp(op: UnaryOp): PyValue {
    const v = this.value;
    if (op === 'pos') return this;
    if (op === 'neg') {
      if (this.dtype === 'bool') throw pyError('TypeError', 'The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.');
      return new NumpyScalar(-v, this.dtype);
    }
    if (this.dtype === 'bool') return new NumpyScalar(v ? 0 : 1, 'bool');
    if (this.dtype === 'int64') return new NumpyScalar(-v - 1, 'int64');
    throw pyError('TypeError', "ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
  }
  override getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'dtype':
        return new DtypeObject(this.dtype);
      case 'shape':
        return new PyTuple([]);
      case 'ndim':
        return 0n;
      case 'size':
        return 1n;
      case 'item':
      case 'tolist':
        return hostFunction(name, () => this.item());
      case 'astype':
        return hostFunction(name, (args) => new NumpyScalar(this.value, parseDtype(args[0])));
      case 'round':
        return hostFunction(name, (args) => new NumpyScalar(around(this.value, args.length > 0 ? toIndex(args[0]) : 0, this.dtype), this.dtype));
      case '__round__':
        return hostFunction(name, (args) => {
          if (args.length === 0 || args[0] === null) return roundToInt(this.value);
          return new NumpyScalar(around(this.value, toIndex(args[0]), this.dtype), this.dtype);
        });
      case '__abs__':
        return hostFunction(name, () => (this.dtype === 'bool' ? this : new NumpyScalar(Math.abs(this.value), this.dtype)));
    }
    const upstream = upstreamAttribute('ndarray', name);
    if (upstream) throw notSupportedYet(`numpy.${this.typeName}.${name}`);
    return undefined;
  }
  private values(): Values {
    return { data: [this.value], shape: [], dtype: this.dtype };
  }
}

/** A Python number or a numpy scalar as a 0-d operand; null for anything else (arrays, tensors, lists). */
function scalarValues(v: PyValue): Values | null {
  if (v instanceof NumpyScalar) return { data: [v.value], shape: [], dtype: v.dtype };
  if (typeof v === 'number') return { data: [v], shape: [], dtype: 'float64' };
  if (typeof v === 'boolean') return { data: [v ? 1 : 0], shape: [], dtype: 'bool' };
  if (typeof v === 'bigint') {
    if (v >= 2n ** 53n || v <= -(2n ** 53n)) throw notSupportedYet('2^53을 넘는 int64 값');
    return { data: [Number(v)], shape: [], dtype: 'int64' };
  }
  return null;
}

function scalarOf(r: { data: ArrayLike<number>; dtype: NumpyDtype }): NumpyScalar {
  return new NumpyScalar(r.data[0], r.dtype);
}

/** round(x) of a numpy float: Python's round of the float, an int. */
function roundToInt(v: number): bigint {
  if (Number.isNaN(v)) throw pyError('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(v)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(roundHalfEven(v));
}

/**
 * numpy.around (PyArray_Round): x·10^d rounded half to even, then divided back, each step in the
 * dtype (so round(np.float64(2.675), 2) is 2.68 where Python's round gives 2.67); d < 0 divides first.
 */
export function around(x: number, decimals: number, dtype: NumpyDtype): number {
  if (!isFloat(dtype)) return x; // integers: numpy 1.24 returns them unchanged for decimals >= 0
  const r = dtype === 'float32' ? Math.fround : (v: number) => v;
  const f = r(10 ** Math.abs(decimals));
  if (decimals >= 0) return r(roundHalfEven(r(x * f)) / f);
  return r(roundHalfEven(r(x / f)) * f);
}
