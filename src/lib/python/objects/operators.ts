// Python's arithmetic and comparison semantics on interpreter values: int/float promotion,
// floor division and modulo signs, ** with negative exponents, sequence + and *, and the
// dispatch to host objects (left operand first, then the reflected operand).
import {
  BINARY_OP_SYMBOL,
  COMPARE_OP_SYMBOL,
  HostObject,
  NotImplemented,
  PyDict,
  PyList,
  PyRange,
  PyTuple,
  SWAPPED_COMPARE,
  pyError,
  typeNameOf,
  type BinaryOp,
  type CompareOp,
  type NotImplementedType,
  type PyValue,
  type UnaryOp,
} from './host';
import { PyDictView } from './runtime';

type Num = bigint | number;

function asNumber(value: PyValue): Num | undefined {
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  return undefined;
}

function floatDivmod(x: number, y: number): [number, number] {
  // CPython's float_divmod, so signs and rounding match exactly.
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
          return Number(a) ** Number(b);
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
      if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
        throw pyError('NotImplementedError', 'complex results (negative number ** fractional power) are not supported');
      }
      const result = x ** y;
      if (!Number.isFinite(result) && Number.isFinite(x) && Number.isFinite(y)) {
        throw pyError('OverflowError', '(34, \'Numerical result out of range\')');
      }
      return result;
    }
    default:
      return NotImplemented;
  }
}

function repeat<T>(items: readonly T[], count: PyValue): T[] {
  const n = typeof count === 'boolean' ? Number(count) : Number(count as bigint);
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
    if (typeof a === 'string' && isIntegral(b)) return a.repeat(Math.max(0, Number(b)));
    if (typeof b === 'string' && isIntegral(a)) return b.repeat(Math.max(0, Number(a)));
    if (a instanceof PyList && isIntegral(b)) return new PyList(repeat(a.items, b));
    if (b instanceof PyList && isIntegral(a)) return new PyList(repeat(b.items, a));
    if (a instanceof PyTuple && isIntegral(b)) return new PyTuple(repeat(a.items, b));
    if (b instanceof PyTuple && isIntegral(a)) return new PyTuple(repeat(b.items, a));
  }
  return NotImplemented;
}

/** `a op b` with Python's dispatch: a's method, then b's reflected method, else TypeError. */
export function binaryOp(op: BinaryOp, a: PyValue, b: PyValue, formatPercent?: (a: string, b: PyValue) => string): PyValue {
  if (a instanceof HostObject && a.binaryOp) {
    const result = a.binaryOp(op, b, false);
    if (result !== NotImplemented) return result;
  } else if (op === 'mod' && typeof a === 'string' && formatPercent) {
    return formatPercent(a, b);
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
export function inplaceOp(op: BinaryOp, a: PyValue, b: PyValue, iterate: (v: PyValue) => Iterable<PyValue>, formatPercent?: (a: string, b: PyValue) => string): PyValue {
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
  return binaryOp(op, a, b, formatPercent);
}

export function unaryOp(op: UnaryOp, value: PyValue): PyValue {
  if (typeof value === 'boolean') value = value ? 1n : 0n;
  if (typeof value === 'bigint') return op === 'neg' ? -value : op === 'pos' ? value : ~value;
  if (typeof value === 'number' && op !== 'invert') return op === 'neg' ? -value : value;
  if (value instanceof HostObject && value.unaryOp) return value.unaryOp(op);
  const symbol = op === 'neg' ? '-' : op === 'pos' ? '+' : '~';
  throw pyError('TypeError', `bad operand type for unary ${symbol}: '${typeNameOf(value)}'`);
}

/** Python ==, deep for containers, numeric across int/float/bool. */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if (a === b) return true;
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) {
    if (typeof x === typeof y) return x === y;
    // int == float compares exactly, as CPython does (2**60 + 1 != float(2**60)).
    const f = (typeof x === 'number' ? x : y) as number;
    const i = (typeof x === 'bigint' ? x : y) as bigint;
    return Number.isInteger(f) && BigInt(f) === i;
  }
  if (a instanceof PyList && b instanceof PyList) return sequenceEquals(a.items, b.items);
  if (a instanceof PyTuple && b instanceof PyTuple) return sequenceEquals(a.items, b.items);
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.size !== b.size) return false;
    for (const [key, value] of a.entries.values()) {
      const other = b.get(key);
      if (other === undefined || !pyEquals(value, other)) return false;
    }
    return true;
  }
  if (a instanceof PyRange && b instanceof PyRange) {
    return a.length === b.length && (a.length === 0 || (a.start === b.start && (a.length === 1 || a.step === b.step)));
  }
  return false;
}

function sequenceEquals(a: readonly PyValue[], b: readonly PyValue[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !pyEquals(a[i], b[i])) return false;
  return true;
}

function orderBuiltin(a: PyValue, b: PyValue): number | undefined {
  const x = asNumber(a);
  const y = asNumber(b);
  if (x !== undefined && y !== undefined) {
    if (typeof x === 'bigint' && typeof y === 'bigint') return x < y ? -1 : x > y ? 1 : 0;
    const p = Number(x);
    const q = Number(y);
    if (Number.isNaN(p) || Number.isNaN(q)) return NaN;
    return p < q ? -1 : p > q ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const left = a.items;
    const right = (b as PyList | PyTuple).items;
    for (let i = 0; i < Math.min(left.length, right.length); i++) {
      if (!pyEquals(left[i], right[i])) {
        const c = orderBuiltin(left[i], right[i]);
        if (c === undefined) {
          throw pyError('TypeError', `'<' not supported between instances of '${typeNameOf(left[i])}' and '${typeNameOf(right[i])}'`);
        }
        return c;
      }
    }
    return left.length - right.length;
  }
  return undefined;
}

/** `a op b` for one comparison (chains are split by the interpreter). */
export function compareOp(op: CompareOp, a: PyValue, b: PyValue): PyValue {
  if (a instanceof HostObject && a.compare) {
    const result = a.compare(op, b);
    if (result !== NotImplemented) return result;
  }
  if (b instanceof HostObject && b.compare) {
    const result = b.compare(SWAPPED_COMPARE[op], a);
    if (result !== NotImplemented) return result;
  }
  if (op === 'eq') return pyEquals(a, b);
  if (op === 'ne') return !pyEquals(a, b);
  const order = orderBuiltin(a, b);
  if (order === undefined) {
    throw pyError(
      'TypeError',
      `'${COMPARE_OP_SYMBOL[op]}' not supported between instances of '${typeNameOf(a)}' and '${typeNameOf(b)}'`,
    );
  }
  if (Number.isNaN(order)) return false;
  switch (op) {
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    case 'gt':
      return order > 0;
    default:
      return order >= 0;
  }
}

/** sorted()/min()/max() ordering with Python's TypeError for mixed types. */
export function lessThan(a: PyValue, b: PyValue): boolean {
  const result = compareOp('lt', a, b);
  return typeof result === 'boolean' ? result : truthyOf(result);
}

/** Truth value: None/0/''/empty containers are false; host objects decide for themselves. */
export function truthyOf(value: PyValue): boolean {
  switch (typeof value) {
    case 'boolean':
      return value;
    case 'bigint':
      return value !== 0n;
    case 'number':
      return value !== 0;
    case 'string':
      return value.length > 0;
  }
  if (value === null) return false;
  if (value instanceof PyList || value instanceof PyTuple) return value.items.length > 0;
  if (value instanceof PyDict) return value.size > 0;
  if (value instanceof PyRange) return value.length > 0;
  if (value instanceof PyDictView) return value.dict.size > 0;
  if (value instanceof HostObject) {
    if (value.truthy) return value.truthy();
    if (value.length) return value.length() > 0;
  }
  return true;
}
