// The abstract object layer (CPython's Objects/abstract.c, Skulpt's Sk.abstr): what the
// evaluator, the builtins and the built-in types' methods do to ANY value — call it, iterate it,
// test membership, index it, take its length and truth, compare it — in one place, with
// CPython's errors. Native objects take part through their HostObject hooks.
import { COMPARE_OP_SYMBOL, type CompareOp } from '../syntax/ast';
import { keyError, PyException, pyError } from './errors';
import { PyFunction } from './function';
import { HostFunction, HostObject, NO_KWARGS, NotImplemented, typeNameOf, type KwArgs } from './host';
import { repr, str } from './repr';
import { PyBuiltinType, PyDictView, PyExceptionInstance, PyExceptionType, PyIterator } from './runtime';
import { deleteListItem, getSequenceItem, setListItem } from './sequence';
import { PyDict, PyList, PyRange, PyTuple, type PyValue } from './values';

// ── calling ──

/** Calls any callable with Python semantics. */
export function call(fn: PyValue, args: readonly PyValue[], kwargs: KwArgs = NO_KWARGS): PyValue {
  if (fn instanceof PyFunction) return fn.runner.runFunction(fn, args, kwargs);
  if (fn instanceof HostFunction) return fn.impl(args, kwargs);
  if (fn instanceof PyBuiltinType) return fn.construct(args, kwargs);
  if (fn instanceof HostObject && fn.call) return fn.call(args, kwargs);
  if (fn instanceof PyExceptionType) {
    if (kwargs.size > 0) throw pyError('TypeError', `${fn.name}() takes no keyword arguments`);
    const message = args.length === 0 ? '' : args.length === 1 ? str(args[0]) : repr(new PyTuple(args));
    return new PyExceptionInstance(fn.name, args, message);
  }
  throw pyError('TypeError', `'${typeNameOf(fn)}' object is not callable`);
}

export function isCallable(value: PyValue): boolean {
  return (
    value instanceof PyFunction || value instanceof HostFunction || value instanceof PyBuiltinType ||
    value instanceof PyExceptionType || (value instanceof HostObject && !!value.call)
  );
}

// ── iteration ──

export function isIterable(value: PyValue): boolean {
  return (
    value instanceof PyList || value instanceof PyTuple || typeof value === 'string' || value instanceof PyRange ||
    value instanceof PyDict || value instanceof PyIterator || value instanceof PyDictView ||
    (value instanceof HostObject && (!!value.iterate || !!value.getItem))
  );
}

/** `for v in value`: TypeError when it is not iterable. */
export function* iterate(value: PyValue): Generator<PyValue> {
  if (value instanceof PyList) {
    for (let i = 0; i < value.items.length; i++) yield value.items[i];
  } else if (value instanceof PyTuple) {
    yield* value.items;
  } else if (typeof value === 'string') {
    yield* value;
  } else if (value instanceof PyRange) {
    const n = value.length;
    for (let i = 0; i < n; i++) yield BigInt(value.at(i));
  } else if (value instanceof PyDict) {
    const size = value.size;
    for (const [key] of value.entries.values()) {
      yield key;
      if (value.size !== size) throw pyError('RuntimeError', 'dictionary changed size during iteration');
    }
  } else if (value instanceof PyDictView) {
    const size = value.dict.size;
    for (const [key, item] of value.dict.entries.values()) {
      yield value.kind === 'keys' ? key : value.kind === 'values' ? item : new PyTuple([key, item]);
      if (value.dict.size !== size) throw pyError('RuntimeError', 'dictionary changed size during iteration');
    }
  } else if (value instanceof PyIterator) {
    for (;;) {
      const next = value.source.next();
      if (next.done) return;
      yield next.value;
    }
  } else if (value instanceof HostObject && value.iterate) {
    yield* value.iterate();
  } else if (value instanceof HostObject && value.getItem) {
    // The old sequence protocol: index from 0 until IndexError.
    for (let i = 0n; ; i++) {
      try {
        yield value.getItem(i);
      } catch (error) {
        if (error instanceof PyException && error.pyType === 'IndexError') return;
        throw error;
      }
    }
  } else {
    throw notIterable(value);
  }
}

/** The items of an iterable, checked up front (list(x), sorted(x), unpacking). */
export function toArray(value: PyValue): PyValue[] {
  if (value instanceof PyList || value instanceof PyTuple) return [...value.items];
  if (!isIterable(value)) throw notIterable(value);
  return [...iterate(value)];
}

/** An iterable checked now but consumed lazily (enumerate, map, filter, any, all). */
export function lazyIterable(value: PyValue): Iterable<PyValue> {
  if (!isIterable(value)) throw notIterable(value);
  // A native iterable's __iter__ runs now, as iter(x) runs it (a DataLoader draws its seed then).
  if (value instanceof HostObject && value.iterate) return value.iterate();
  return iterate(value);
}

function notIterable(value: PyValue): PyException {
  return pyError('TypeError', `'${typeNameOf(value)}' object is not iterable`);
}

/** `item in container`. */
export function contains(container: PyValue, item: PyValue): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw pyError('TypeError', `'in <string>' requires string as left operand, not ${typeNameOf(item)}`);
    return container.includes(item);
  }
  if (container instanceof PyDict) return container.has(item);
  if (container instanceof PyDictView && container.kind === 'keys') return container.dict.has(item);
  if (container instanceof HostObject && container.contains) return container.contains(item);
  if (container instanceof PyRange && (typeof item === 'bigint' || typeof item === 'boolean')) {
    const n = Number(item);
    const { start, stop, step } = container;
    return (step > 0 ? n >= start && n < stop : n <= start && n > stop) && (n - start) % step === 0;
  }
  if (!isIterable(container)) throw pyError('TypeError', `argument of type '${typeNameOf(container)}' is not iterable`);
  for (const element of iterate(container)) if (element === item || pyEquals(element, item)) return true;
  return false;
}

// ── items and length ──

/** `object[key]`. */
export function getItem(object: PyValue, key: PyValue): PyValue {
  if (object instanceof PyList || object instanceof PyTuple || typeof object === 'string' || object instanceof PyRange) {
    return getSequenceItem(object, key);
  }
  if (object instanceof PyDict) {
    const value = object.get(key);
    if (value === undefined) throw keyError(key, repr);
    return value;
  }
  if (object instanceof HostObject && object.getItem) return object.getItem(key);
  if (object instanceof PyBuiltinType && (object.name === 'list' || object.name === 'tuple' || object.name === 'dict')) {
    return object; // list[int] annotations evaluate to the type itself here
  }
  throw pyError('TypeError', `'${typeNameOf(object)}' object is not subscriptable`);
}

/** `object[key] = value`. */
export function setItem(object: PyValue, key: PyValue, value: PyValue): void {
  if (object instanceof PyList) setListItem(object, key, value, iterate);
  else if (object instanceof PyDict) object.set(key, value);
  else if (object instanceof HostObject && object.setItem) object.setItem(key, value);
  else throw pyError('TypeError', `'${typeNameOf(object)}' object does not support item assignment`);
}

/** `del object[key]`. */
export function deleteItem(object: PyValue, key: PyValue): void {
  if (object instanceof PyList) deleteListItem(object, key);
  else if (object instanceof PyDict) {
    if (!object.delete(key)) throw keyError(key, repr);
  } else if (object instanceof HostObject && object.deleteItem) object.deleteItem(key);
  else throw pyError('TypeError', `'${typeNameOf(object)}' object doesn't support item deletion`);
}

/** `len(value)`. */
export function length(value: PyValue): number {
  if (typeof value === 'string') return [...value].length;
  if (value instanceof PyList || value instanceof PyTuple) return value.items.length;
  if (value instanceof PyDict) return value.size;
  if (value instanceof PyDictView) return value.dict.size;
  if (value instanceof PyRange) return value.length;
  if (value instanceof HostObject && value.length) return value.length();
  throw pyError('TypeError', `object of type '${typeNameOf(value)}' has no len()`);
}

/** Truth value: None/0/''/empty containers are false; host objects decide for themselves. */
export function truthy(value: PyValue): boolean {
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

// ── comparison ──

type Num = bigint | number;

/** An int/float/bool as a number, bools as ints; undefined for anything else. */
export function asNumber(value: PyValue): Num | undefined {
  if (typeof value === 'bigint' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  return undefined;
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
  if (a instanceof HostObject && a.valueEquals) return a.valueEquals(b);
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

/** `a is b`: identity, with floats compared by value and sign (there is one object per float here). */
export function isSame(a: PyValue, b: PyValue): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  return a === b;
}

/** `a < b` is the same question as `b > a`: used for the reflected try. */
const SWAPPED_COMPARE: Record<CompareOp, CompareOp> = {
  lt: 'gt', le: 'ge', eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le',
};

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

/** `a op b` for one comparison (chains are split by the evaluator): a's hook, b's reflected hook, then the built-in order. */
export function compare(op: CompareOp, a: PyValue, b: PyValue): PyValue {
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
    throw pyError('TypeError', `'${COMPARE_OP_SYMBOL[op]}' not supported between instances of '${typeNameOf(a)}' and '${typeNameOf(b)}'`);
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
  const result = compare('lt', a, b);
  return typeof result === 'boolean' ? result : truthy(result);
}

/** sorted(items, key=, reverse=) and list.sort: stable, keys computed once each. */
export function sortValues(items: readonly PyValue[], key: PyValue, reverse: boolean): PyValue[] {
  const keyed = items.map((item, index) => ({ item, index, key: key === null ? item : call(key, [item]) }));
  keyed.sort((a, b) => {
    if (lessThan(a.key, b.key)) return reverse ? 1 : -1;
    if (lessThan(b.key, a.key)) return reverse ? -1 : 1;
    return a.index - b.index;
  });
  return keyed.map((k) => k.item);
}
