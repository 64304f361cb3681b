// Python's arithmetic on interpreter values: int/float promotion, floor division and modulo
// signs, ** with negative exponents, sequence + and *, `str % args`, and the dispatch to host
// objects (left operand first, then the reflected operand).
import { BINARY_OP_SYMBOL, UNARY_OP_SYMBOL, type BinaryOp, type UnaryOp } from '../syntax/ast';
import { glibcPow } from '../../libm/glibc-pow';
import { pyError } from './errors';
import { percentFormat } from './format-value';
import { HostObject, NotImplemented, typeNameOf, type NotImplementedType } from './host';
import { asNumber, iterate } from './protocol';
import { PyList, PyTuple, type PyValue } from './values';

type Num = bigint | number;

/** CPython's float_divmod: the floor quotient and a remainder with the divisor's sign, signs and rounding exactly. */
export function floatDivmod(x: number, y: number): [number, number] {
  let mod = x % y;
  let div = (x - mod) / y;
  if (mod) {
    if (y < 0 !== mod < 0) {
      mod += y;
      div -= 1;
    }
  } else {
    mod = y < 0 ? -0 : 0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1;
  } else {
    floordiv = x / y < 0 ? -0 : 0;
  }
  return [floordiv, mod];
}

function intFloorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function intMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

function numericOp(op: BinaryOp, a: Num, b: Num, bothBool: boolean): PyValue | NotImplementedType {
  if (typeof a === 'bigint' && typeof b === 'bigint') {
    switch (op) {
      case 'add':
        return a + b;
      case 'sub':
        return a - b;
      case 'mul':
        return a * b;
      case 'truediv':
        if (b === 0n) throw pyError('ZeroDivisionError', 'division by zero');
        return Number(a) / Number(b);
      case 'floordiv':
        if (b === 0n) throw pyError('ZeroDivisionError', 'integer division or modulo by zero');
        return intFloorDiv(a, b);
      case 'mod':
        if (b === 0n) throw pyError('ZeroDivisionError', 'integer modulo by zero');
        return intMod(a, b);
      case 'pow':
        if (b < 0n) {
          if (a === 0n) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
          return glibcPow(Number(a), Number(b)); // CPython: float(a) ** float(b)
        }
        if (b > 100000n && a !== 0n && a !== 1n && a !== -1n) throw pyError('OverflowError', 'exponent too large for this interpreter');
        return a ** b;
      case 'lshift':
        if (b < 0n) throw pyError('ValueError', 'negative shift count');
        return a << b;
      case 'rshift':
        if (b < 0n) throw pyError('ValueError', 'negative shift count');
        return a >> b;
      case 'and':
        return bothBool ? (a & b) !== 0n : a & b;
      case 'or':
        return bothBool ? (a | b) !== 0n : a | b;
      case 'xor':
        return bothBool ? (a ^ b) !== 0n : a ^ b;
      case 'matmul':
        return NotImplemented;
    }
  }
  const x = Number(a);
  const y = Number(b);
  switch (op) {
    case 'add':
      return x + y;
    case 'sub':
      return x - y;
    case 'mul':
      return x * y;
    case 'truediv':
      if (y === 0) throw pyError('ZeroDivisionError', 'float division by zero');
      return x / y;
    case 'floordiv':
      if (y === 0) throw pyError('ZeroDivisionError', 'float floor division by zero');
      return floatDivmod(x, y)[0];
    case 'mod':
      if (y === 0) throw pyError('ZeroDivisionError', 'float modulo');
      return floatDivmod(x, y)[1];
    case 'pow': {
      if (x === 0 && y < 0) throw pyError('ZeroDivisionError', '0.0 cannot be raised to a negative power');
      if (x < 0 && x !== -Infinity && !Number.isInteger(y) && Number.isFinite(y)) {
        throw pyError('NotImplementedError', 'complex results (negative number ** fractional power) are not supported');
      }
      // CPython's float_pow calls the C library's pow, whose last bits V8's ** does not always share.
      const result = glibcPow(x, y);
      if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) {
        throw pyError('OverflowError', '(34, \'Numerical result out of range\')');
      }
      return result;
    }
    default:
      return NotImplemented;
  }
}

/**
 * A page can hold far less than CPython's address space: past this many items (characters or
 * elements) a repetition is CPython's MemoryError, not the engine's "Invalid string length".
 */
const MAX_REPEATED_ITEMS = 2 ** 28;

/** The count of `seq * count`, as CPython checks it: an index-sized int, and a result that fits in memory. */
function repeatCount(length: number, count: bigint | boolean): number {
  const n = typeof count === 'boolean' ? Number(count) : count;
  if (typeof n === 'bigint' && (n > 2n ** 63n - 1n || n < -(2n ** 63n))) throw pyError('OverflowError', "cannot fit 'int' into an index-sized integer");
  const times = Math.max(0, Number(n));
  if (length > 0 && length * times > MAX_REPEATED_ITEMS) throw pyError('MemoryError', '');
  return times;
}

function repeat<T>(items: readonly T[], count: bigint | boolean): T[] {
  const n = repeatCount(items.length, count);
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return out;
}

function isIntegral(value: PyValue): value is bigint | boolean {
  return typeof value === 'bigint' || typeof value === 'boolean';
}

/** The built-in types' own operator (Python's int.__add__ etc.); NotImplemented when not theirs. */
function builtinBinary(op: BinaryOp, a: PyValue, b: PyValue): PyValue | NotImplementedType {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) {
    return numericOp(op, x, y, typeof a === 'boolean' && typeof b === 'boolean');
  }
  if (op === 'add') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof PyList && b instanceof PyList) return new PyList([...a.items, ...b.items]);
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
  }
  if (op === 'mul') {
    if (typeof a === 'string' && isIntegral(b)) return a.repeat(repeatCount(a.length, b));
    if (typeof b === 'string' && isIntegral(a)) return b.repeat(repeatCount(b.length, a));
    if (a instanceof PyList && isIntegral(b)) return new PyList(repeat(a.items, b));
    if (b instanceof PyList && isIntegral(a)) return new PyList(repeat(b.items, a));
    if (a instanceof PyTuple && isIntegral(b)) return new PyTuple(repeat(a.items, b));
    if (b instanceof PyTuple && isIntegral(a)) return new PyTuple(repeat(b.items, a));
  }
  return NotImplemented;
}

/** `a op b` with Python's dispatch: a's method, then b's reflected method, else TypeError. */
export function binaryOp(op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  if (a instanceof HostObject && a.binaryOp) {
    const result = a.binaryOp(op, b, false);
    if (result !== NotImplemented) return result;
  } else if (op === 'mod' && typeof a === 'string') {
    return percentFormat(a, b);
  } else {
    const result = builtinBinary(op, a, b);
    if (result !== NotImplemented) return result;
  }
  if (b instanceof HostObject && b.binaryOp) {
    const result = b.binaryOp(op, a, true);
    if (result !== NotImplemented) return result;
  }
  throw pyError(
    'TypeError',
    op === 'add' && typeof a === 'string'
      ? `can only concatenate str (not "${typeNameOf(b)}") to str`
      : op === 'add' && a instanceof PyList
        ? `can only concatenate list (not "${typeNameOf(b)}") to list`
        : op === 'add' && a instanceof PyTuple
          ? `can only concatenate tuple (not "${typeNameOf(b)}") to tuple`
          : op === 'mul' && (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple || typeof b === 'string' || b instanceof PyList || b instanceof PyTuple)
            ? `can't multiply sequence by non-int of type '${typeNameOf(typeof a === 'string' || a instanceof PyList || a instanceof PyTuple ? b : a)}'`
            : `unsupported operand type(s) for ${BINARY_OP_SYMBOL[op]}: '${typeNameOf(a)}' and '${typeNameOf(b)}'`,
  );
}

/** `a op= b`: host inplaceOp, list += (extends in place), else the plain operator. */
export function inplaceOp(op: BinaryOp, a: PyValue, b: PyValue): PyValue {
  if (a instanceof HostObject && a.inplaceOp) {
    const result = a.inplaceOp(op, b);
    if (result !== NotImplemented) return result;
  }
  if (a instanceof PyList) {
    if (op === 'add') {
      a.items.push(...iterate(b));
      return a;
    }
    if (op === 'mul' && isIntegral(b)) {
      a.items = repeat(a.items, b);
      return a;
    }
  }
  return binaryOp(op, a, b);
}

export function unaryOp(op: UnaryOp, value: PyValue): PyValue {
  if (typeof value === 'boolean') value = value ? 1n : 0n;
  if (typeof value === 'bigint') return op === 'neg' ? -value : op === 'pos' ? value : ~value;
  if (typeof value === 'number' && op !== 'invert') return op === 'neg' ? -value : value;
  if (value instanceof HostObject && value.unaryOp) return value.unaryOp(op);
  throw pyError('TypeError', `bad operand type for unary ${UNARY_OP_SYMBOL[op]}: '${typeNameOf(value)}'`);
}

