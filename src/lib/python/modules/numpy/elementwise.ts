// numpy's element-wise kernels on plain values (arrays and scalars alike): broadcasting, the
// arithmetic operators with numpy 1.24's integer and bool rules, and comparisons. Float32 results
// are each rounded once to float32 (the storage does it): for + - * / that is IEEE float32
// arithmetic exactly, since a double holds the exact result to more than twice float32's bits.
import { notSupportedYet, pyError, allocateStorage, type BinaryOp, type CompareOp, type Storage } from '../../objects/host';
import { isFloat, type NumpyDtype } from './dtype';
import { glibcPow } from '../../../libm/glibc-pow';
import { svmlPow } from './libm/svml-pow';

/** Values of an array or a scalar (shape []), row-major. */
export interface Values {
  readonly data: ArrayLike<number>;
  readonly shape: readonly number[];
  readonly dtype: NumpyDtype;
}

/** A result: a new storage of its dtype. */
export interface Result {
  data: Storage;
  shape: number[];
  dtype: NumpyDtype;
}

export const sizeOf = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);
const SAFE = 2 ** 53;

export function shapeText(shape: readonly number[]): string {
  return `(${shape.join(', ')}${shape.length === 1 ? ',' : ''})`;
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

/** a's values repeated out to `shape` (numpy's broadcast_to), as doubles. */
export function broadcastTo(a: Values, shape: readonly number[]): Float64Array {
  const full = broadcastShapes(a.shape, shape);
  if (full.length !== shape.length || full.some((d, i) => d !== shape[i])) {
    throw pyError('ValueError', `could not broadcast input array from shape ${shapeText(a.shape)} into shape ${shapeText(shape)}`);
  }
  const idx = sourceIndices(a.shape, shape);
  return Float64Array.from(idx, (i) => a.data[i]);
}

/** Element-wise f over two broadcast operands, stored as `dtype`. */
export function zipWith(a: Values, b: Values, dtype: NumpyDtype, f: (x: number, y: number) => number): Result {
  const shape = broadcastShapes(a.shape, b.shape);
  const ia = sourceIndices(a.shape, shape);
  const ib = sourceIndices(b.shape, shape);
  const out = allocateStorage(dtype, ia.length);
  const x = a.data;
  const y = b.data;
  for (let i = 0; i < out.length; i++) out[i] = f(x[ia[i]], y[ib[i]]);
  return { data: out, shape, dtype };
}

const COMPARE: Record<CompareOp, (x: number, y: number) => boolean> = {
  lt: (x, y) => x < y, le: (x, y) => x <= y, eq: (x, y) => x === y, ne: (x, y) => x !== y, gt: (x, y) => x > y, ge: (x, y) => x >= y,
};

/** a OP b as a bool result, both sides first cast to their common dtype (a float32 array against 0.1 compares with float32(0.1)). */
export function compareValues(op: CompareOp, a: Values, b: Values, common: NumpyDtype): Result {
  const g = COMPARE[op];
  const cast = common === 'float32' ? Math.fround : (v: number) => v;
  return zipWith(a, b, 'bool', (x, y) => (g(cast(x), cast(y)) ? 1 : 0));
}

/** numpy's float floor division and remainder (npy_divmod, as CPython's float // and %); `r` rounds each step to the dtype. */
export function floorDivMod(a: number, b: number, r: (v: number) => number = (v) => v): [number, number] {
  if (b === 0) return [a / b, NaN];
  let mod = a % b;
  let div = r(r(a - mod) / b);
  if (mod) {
    if (b < 0 !== mod < 0) {
      mod = r(mod + b);
      div = r(div - 1);
    }
  } else {
    mod = b < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (r(div - floordiv) > 0.5) floordiv += 1;
  } else {
    floordiv = a / b < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

function checkInts(out: Result): Result {
  for (const v of out.data) if (Math.abs(v) >= SAFE) throw notSupportedYet('2^53을 넘는 int64 값 (numpy의 정수 넘침)');
  return out;
}

function checkIntsIf(dtype: NumpyDtype, out: Result): Result {
  return dtype === 'int64' ? checkInts(out) : out;
}

/** An operand cast to a float32 result's dtype first, as numpy casts inputs to the loop's type (float32 array + 0.1 adds float32(0.1)). */
function inFloat32(v: Values): Values {
  return v.dtype === 'float32' ? v : { data: Float32Array.from(v.data), shape: v.shape, dtype: 'float32' };
}

/** Exponents numpy's `**` answers without pow when the exponent is a scalar (fast_scalar_power: ones, copy, reciprocal, sqrt, square), where JS's ** is exact too. */
const FAST_EXPONENTS = new Set([0, 1, -1, 0.5, 2]);

/**
 * base ** exponent for float64: numpy's power loop calls SVML's pow (svml-pow.ts). The lanes SVML
 * hands to its scalar routine (negative or subnormal bases, specials, results near overflow or
 * underflow) are glibc's pow here, equal for the IEEE special values; for negative bases their
 * last bit differs from numpy's now and then (scripts/libm-check.py: numpy-pow-float64-fallback).
 */
function float64Power(base: Values, exponent: Values): Result {
  const scalarExponent = exponent.shape.length === 0;
  return zipWith(base, exponent, 'float64', (x, y) => (scalarExponent && FAST_EXPONENTS.has(y) ? x ** y : svmlPow(x, y) ?? glibcPow(x, y)));
}

/** a OP b in the result dtype the caller chose (dtype.ts's resultType). */
export function arithmeticValues(op: BinaryOp, a: Values, b: Values, dtype: NumpyDtype): Result {
  if (dtype === 'float32') {
    a = inFloat32(a);
    b = inFloat32(b);
  }
  const round = dtype === 'float32' ? Math.fround : (v: number) => v;
  switch (op) {
    case 'add':
      return dtype === 'bool' ? zipWith(a, b, 'bool', (x, y) => (x || y ? 1 : 0)) : checkIntsIf(dtype, zipWith(a, b, dtype, (x, y) => x + y));
    case 'sub':
      if (dtype === 'bool') throw pyError('TypeError', 'numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.');
      return checkIntsIf(dtype, zipWith(a, b, dtype, (x, y) => x - y));
    case 'mul':
      return dtype === 'bool' ? zipWith(a, b, 'bool', (x, y) => (x && y ? 1 : 0)) : checkIntsIf(dtype, zipWith(a, b, dtype, (x, y) => x * y));
    case 'truediv':
      return zipWith(a, b, isFloat(dtype) ? dtype : 'float64', (x, y) => x / y);
    case 'floordiv':
      if (isFloat(dtype)) return zipWith(a, b, dtype, (x, y) => floorDivMod(x, y, round)[0]);
      return zipWith(a, b, dtype === 'bool' ? 'int64' : dtype, (x, y) => (y === 0 ? 0 : Math.floor(x / y)));
    case 'mod':
      if (isFloat(dtype)) return zipWith(a, b, dtype, (x, y) => floorDivMod(x, y, round)[1]);
      return zipWith(a, b, dtype === 'bool' ? 'int64' : dtype, (x, y) => (y === 0 ? 0 : x - Math.floor(x / y) * y));
    case 'pow':
      if (dtype === 'float64') return float64Power(a, b);
      if (isFloat(dtype)) return zipWith(a, b, dtype, (x, y) => x ** y);
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
      if (isFloat(dtype)) throw pyError('TypeError', `ufunc 'bitwise_${op}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
      const f = op === 'and' ? (x: number, y: number) => Number(BigInt(x) & BigInt(y)) : op === 'or' ? (x: number, y: number) => Number(BigInt(x) | BigInt(y)) : (x: number, y: number) => Number(BigInt(x) ^ BigInt(y));
      return zipWith(a, b, dtype, f);
    }
    default:
      throw notSupportedYet(`numpy 배열의 ${op} 연산`);
  }
}
