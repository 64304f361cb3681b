// Built-in functions and types (print, len, range, list, int, isinstance, ...), with CPython's
// argument checking and error messages. They work through the object protocol
// (objects/protocol.ts) like any other code; what they need from the kernel is where print
// writes and where open() reads (BuiltinsRuntime).
import { binaryOp } from '../objects/arithmetic';
import { findAttribute, getAttribute, setAttribute } from '../objects/attributes';
import { OBJECT_TYPE, PyClass, PyClassMethod, PyInstance, PyProperty, PyStaticMethod, makeSuper } from '../objects/classes';
import { dirOf, dirOfScope } from '../objects/dir';
import { PyException, pyError } from '../objects/errors';
import { openFile } from '../objects/file';
import { roundFloat, roundHalfEven } from '../objects/format';
import { formatValue } from '../objects/format-value';
import { pyHash } from '../objects/hash';
import { HostFunction, HostObject, PyModule, bindArgs, typeNameOf, type KwArgs } from '../objects/host';
import * as protocol from '../objects/protocol';
import { repr, str } from '../objects/repr';
import {
  EXCEPTION_PARENTS,
  isSubclassOf,
  MODULE_EXCEPTIONS,
  moduleExceptionType,
  PyBuiltinType,
  PyExceptionInstance,
  PyExceptionType,
  PyIterator,
  PyOpaqueType,
} from '../objects/runtime';
import { PySet } from '../objects/set';
import { PyDict, PyList, PyRange, PyTuple, type PyValue } from '../objects/values';

/** What the builtins need from the kernel running them. */
export interface BuiltinsRuntime {
  /** print()'s output: the cell's stdout. */
  write(text: string): void;
  /** open()'s input: the bytes of a file the kernel has (HostContext.readFile). */
  readFile(name: string): Uint8Array;
  /** dir()'s names without an argument: the running scope's (module globals, a function's locals). */
  scopeNames(): Iterable<string>;
}

function noKwargs(name: string, kwargs: KwArgs): void {
  if (kwargs.size > 0) throw pyError('TypeError', `${name}() takes no keyword arguments`);
}

function argCount(name: string, args: readonly PyValue[], min: number, max: number): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max) {
    throw pyError('TypeError', `${name}() takes exactly ${min === 1 ? 'one argument' : `${min} arguments`} (${args.length} given)`);
  }
  if (args.length < min) throw pyError('TypeError', `${name} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  throw pyError('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

function asInteger(value: PyValue): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (value instanceof HostObject && value.toIndex) return value.toIndex();
  throw pyError('TypeError', `'${typeNameOf(value)}' object cannot be interpreted as an integer`);
}

/** A native object's `__abs__`/`__round__` (torch tensors have them), for abs() and round(). */
function dunder(value: PyValue, name: string): PyValue | undefined {
  return value instanceof HostObject ? value.getAttr?.(name) : undefined;
}

function toInt(value: PyValue, base: PyValue = null): bigint {
  if (base !== null) {
    if (typeof value !== 'string') throw pyError('TypeError', "int() can't convert non-string with explicit base");
    return parseIntText(value, Number(asInteger(base)));
  }
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) throw pyError('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(value)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(value));
  }
  if (typeof value === 'string') return parseIntText(value, 10);
  if (value instanceof HostObject && value.toInt) return value.toInt();
  throw pyError('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeNameOf(value)}'`);
}

function parseIntText(text: string, base: number): bigint {
  const cleaned = text.trim().replace(/_/g, '');
  const match = /^([+-]?)(0[xob])?([0-9a-z]+)$/i.exec(cleaned);
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, base);
  if (match && [...match[3].toLowerCase()].every((d) => digits.includes(d)) && (!match[2] || base !== 10)) {
    let result = 0n;
    for (const d of match[3].toLowerCase()) result = result * BigInt(base) + BigInt(digits.indexOf(d));
    return match[1] === '-' ? -result : result;
  }
  throw pyError('ValueError', `invalid literal for int() with base ${base}: ${repr(text)}`);
}

function toFloat(value: PyValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase().replace(/_/g, '');
    if (/^[+-]?(inf|infinity)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/.test(text)) return NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(text)) return Number(text);
    throw pyError('ValueError', `could not convert string to float: ${repr(value)}`);
  }
  if (value instanceof HostObject && value.toFloat) return value.toFloat();
  throw pyError('TypeError', `float() argument must be a string or a real number, not '${typeNameOf(value)}'`);
}

export function createBuiltins(runtime: BuiltinsRuntime): Map<string, PyValue> {
  const builtins = new Map<string, PyValue>();
  const fn = (name: string, impl: (args: readonly PyValue[], kwargs: KwArgs) => PyValue) => {
    const builtin = new HostFunction(name, impl);
    builtin.pythonType = 'builtin_function_or_method';
    builtins.set(name, builtin);
  };
  const type = (name: string, construct: PyBuiltinType['construct'], isInstance: PyBuiltinType['isInstance']) =>
    builtins.set(name, new PyBuiltinType(name, construct, isInstance));
  const { iterate, toArray: materialize, lazyIterable } = protocol;

  fn('print', (args, kwargs) => {
    for (const key of kwargs.keys()) {
      if (!['sep', 'end', 'file', 'flush'].includes(key)) throw pyError('TypeError', `'${key}' is an invalid keyword argument for print()`);
    }
    const { sep, end, file } = bindArgs('print', [['sep', ' '], ['end', '\n'], ['file', null], ['flush', false]], [], kwargs);
    if (file !== null) throw pyError('NotImplementedError', 'print(file=...) is not supported; output goes to the cell');
    const separator = sep === null ? ' ' : sep;
    const ending = end === null ? '\n' : end;
    if (typeof separator !== 'string') throw pyError('TypeError', `sep must be None or a string, not ${typeNameOf(separator)}`);
    if (typeof ending !== 'string') throw pyError('TypeError', `end must be None or a string, not ${typeNameOf(ending)}`);
    runtime.write(args.map(str).join(separator) + ending);
    return null;
  });

  fn('len', (args, kwargs) => {
    noKwargs('len', kwargs);
    argCount('len', args, 1, 1);
    return BigInt(protocol.length(args[0]));
  });

  type(
    'range',
    (args, kwargs) => {
      noKwargs('range', kwargs);
      if (args.length === 0) throw pyError('TypeError', 'range expected at least 1 argument, got 0');
      if (args.length > 3) throw pyError('TypeError', `range expected at most 3 arguments, got ${args.length}`);
      const numbers = args.map((a) => Number(asInteger(a)));
      const [start, stop, step] = numbers.length === 1 ? [0, numbers[0], 1] : [numbers[0], numbers[1], numbers[2] ?? 1];
      if (step === 0) throw pyError('ValueError', 'range() arg 3 must not be zero');
      return new PyRange(start, stop, step);
    },
    (v) => v instanceof PyRange,
  );

  type('int', (args, kwargs) => {
    const { x, base } = bindArgs('int', [['x', 0n], ['base', null]], args, kwargs);
    return toInt(x, base);
  }, (v) => typeof v === 'bigint' || typeof v === 'boolean');
  type('float', (args, kwargs) => {
    noKwargs('float', kwargs);
    argCount('float', args, 0, 1);
    return args.length === 0 ? 0 : toFloat(args[0]);
  }, (v) => typeof v === 'number');
  type('str', (args, kwargs) => {
    noKwargs('str', kwargs);
    argCount('str', args, 0, 1);
    return args.length === 0 ? '' : str(args[0]);
  }, (v) => typeof v === 'string');
  type('bool', (args, kwargs) => {
    noKwargs('bool', kwargs);
    argCount('bool', args, 0, 1);
    return args.length === 0 ? false : protocol.truthy(args[0]);
  }, (v) => typeof v === 'boolean');
  type('list', (args, kwargs) => {
    noKwargs('list', kwargs);
    argCount('list', args, 0, 1);
    return new PyList(args.length === 0 ? [] : materialize(args[0]));
  }, (v) => v instanceof PyList);
  type('tuple', (args, kwargs) => {
    noKwargs('tuple', kwargs);
    argCount('tuple', args, 0, 1);
    return new PyTuple(args.length === 0 ? [] : materialize(args[0]));
  }, (v) => v instanceof PyTuple);
  type('dict', (args, kwargs) => {
    argCount('dict', args, 0, 1);
    const dict = new PyDict();
    if (args.length === 1) {
      const source = args[0];
      if (source instanceof PyDict) for (const [k, v] of source.entries.values()) dict.set(k, v);
      else {
        let index = 0;
        for (const pair of iterate(source)) {
          const items = materialize(pair);
          if (items.length !== 2) {
            throw pyError('ValueError', `dictionary update sequence element #${index} has length ${items.length}; 2 is required`);
          }
          dict.set(items[0], items[1]);
          index++;
        }
      }
    }
    for (const [k, v] of kwargs) dict.set(k, v);
    return dict;
  }, (v) => v instanceof PyDict);
  builtins.set('object', OBJECT_TYPE);
  for (const name of ['set', 'frozenset'] as const) {
    type(name, (args, kwargs) => {
      noKwargs(name, kwargs);
      argCount(name, args, 0, 1);
      // frozenset(f) of a frozenset is f itself, as in CPython.
      if (name === 'frozenset' && args[0] instanceof PySet && args[0].frozen) return args[0];
      return new PySet(name === 'frozenset', args[0]);
    }, (v) => v instanceof PySet && v.frozen === (name === 'frozenset'));
  }
  fn('hash', (args, kwargs) => {
    noKwargs('hash', kwargs);
    argCount('hash', args, 1, 1);
    return pyHash(args[0]);
  });

  fn('enumerate', (args, kwargs) => {
    const { iterable, start } = bindArgs('enumerate', ['iterable', ['start', 0n]], args, kwargs);
    const first = asInteger(start);
    const source = lazyIterable(iterable);
    return new PyIterator('enumerate', (function* () {
      let i = first;
      for (const item of source) yield new PyTuple([i++, item]);
    })());
  });

  fn('zip', (args, kwargs) => {
    const { strict } = bindArgs('zip', [['strict', false]], [], kwargs);
    const sources = args.map((a) => lazyIterable(a)[Symbol.iterator]());
    return new PyIterator('zip', (function* () {
      if (sources.length === 0) return;
      for (;;) {
        const values: PyValue[] = [];
        for (const source of sources) {
          const next = source.next();
          if (next.done) {
            if (protocol.truthy(strict) && values.length > 0) throw pyError('ValueError', `zip() argument ${values.length + 1} is shorter than argument ${values.length}`);
            return;
          }
          values.push(next.value);
        }
        yield new PyTuple(values);
      }
    })());
  });

  fn('map', (args, kwargs) => {
    noKwargs('map', kwargs);
    if (args.length < 2) throw pyError('TypeError', 'map() must have at least two arguments.');
    const [callable, ...iterables] = args;
    const sources = iterables.map((it) => lazyIterable(it)[Symbol.iterator]());
    return new PyIterator('map', (function* () {
      for (;;) {
        const values: PyValue[] = [];
        for (const source of sources) {
          const next = source.next();
          if (next.done) return;
          values.push(next.value);
        }
        yield protocol.call(callable, values);
      }
    })());
  });

  fn('filter', (args, kwargs) => {
    noKwargs('filter', kwargs);
    argCount('filter', args, 2, 2);
    const [predicate, iterable] = args;
    const source = lazyIterable(iterable);
    return new PyIterator('filter', (function* () {
      for (const item of source) {
        if (protocol.truthy(predicate === null ? item : protocol.call(predicate, [item]))) yield item;
      }
    })());
  });

  fn('reversed', (args, kwargs) => {
    noKwargs('reversed', kwargs);
    argCount('reversed', args, 1, 1);
    const value = args[0];
    if (!(value instanceof PyList || value instanceof PyTuple || typeof value === 'string' || value instanceof PyRange || value instanceof HostObject)) {
      throw pyError('TypeError', `'${typeNameOf(value)}' object is not reversible`);
    }
    return new PyIterator('reversed', materialize(value).reverse()[Symbol.iterator]());
  });

  fn('sorted', (args, kwargs) => {
    argCount('sorted', args, 1, 1);
    const { key, reverse } = bindArgs('sorted', [['key', null], ['reverse', false]], [], kwargs);
    return new PyList(protocol.sortValues(materialize(args[0]), key, protocol.truthy(reverse)));
  });

  fn('abs', (args, kwargs) => {
    noKwargs('abs', kwargs);
    argCount('abs', args, 1, 1);
    const value = args[0];
    if (typeof value === 'bigint') return value < 0n ? -value : value;
    if (typeof value === 'boolean') return value ? 1n : 0n;
    if (typeof value === 'number') return Math.abs(value);
    const method = dunder(value, '__abs__');
    if (method !== undefined) return protocol.call(method, []);
    throw pyError('TypeError', `bad operand type for abs(): '${typeNameOf(value)}'`);
  });

  const minMax = (name: 'min' | 'max') => (args: readonly PyValue[], kwargs: KwArgs): PyValue => {
    const { key, default: fallback } = bindArgs(name, [['key', null], ['default', undefined as unknown as PyValue]], [], kwargs);
    if (args.length === 0) throw pyError('TypeError', `${name} expected at least 1 argument, got 0`);
    const items = args.length === 1 ? materialize(args[0]) : [...args];
    if (items.length === 0) {
      if (fallback !== undefined) return fallback;
      throw pyError('ValueError', `${name}() arg is an empty sequence`);
    }
    let best = items[0];
    let bestKey = key === null ? best : protocol.call(key, [best]);
    for (let i = 1; i < items.length; i++) {
      const itemKey = key === null ? items[i] : protocol.call(key, [items[i]]);
      const better = name === 'min' ? protocol.lessThan(itemKey, bestKey) : protocol.lessThan(bestKey, itemKey);
      if (better) {
        best = items[i];
        bestKey = itemKey;
      }
    }
    return best;
  };
  fn('min', minMax('min'));
  fn('max', minMax('max'));

  fn('sum', (args, kwargs) => {
    const { iterable, start } = bindArgs('sum', ['iterable', ['start', 0n]], args, kwargs);
    if (typeof start === 'string') throw pyError('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
    let total: PyValue = start;
    for (const item of materialize(iterable)) total = binaryOp('add', total, item);
    return total;
  });

  fn('round', (args, kwargs) => {
    const { number, ndigits } = bindArgs('round', ['number', ['ndigits', null]], args, kwargs);
    if (typeof number === 'number') {
      if (ndigits === null) {
        if (Number.isNaN(number)) throw pyError('ValueError', 'cannot convert float NaN to integer');
        if (!Number.isFinite(number)) throw pyError('OverflowError', 'cannot convert float infinity to integer');
        return BigInt(roundHalfEven(number));
      }
      return roundFloat(number, Number(asInteger(ndigits)));
    }
    if (typeof number === 'bigint' || typeof number === 'boolean') {
      const value = BigInt(number);
      if (ndigits === null) return value;
      const digits = asInteger(ndigits);
      if (digits >= 0n) return value;
      const scale = 10n ** -digits;
      const floor = value >= 0n ? value / scale : -((-value + scale - 1n) / scale);
      const remainder = value - floor * scale;
      const twice = remainder * 2n;
      const up = twice > scale || (twice === scale && floor % 2n !== 0n);
      return (up ? floor + 1n : floor) * scale;
    }
    const method = dunder(number, '__round__');
    if (method !== undefined) return protocol.call(method, ndigits === null ? [] : [ndigits]);
    throw pyError('TypeError', `type ${typeNameOf(number)} doesn't define __round__ method`);
  });

  fn('divmod', (args, kwargs) => {
    noKwargs('divmod', kwargs);
    argCount('divmod', args, 2, 2);
    return new PyTuple([binaryOp('floordiv', args[0], args[1]), binaryOp('mod', args[0], args[1])]);
  });
  fn('pow', (args, kwargs) => {
    const { base, exp, mod } = bindArgs('pow', ['base', 'exp', ['mod', null]], args, kwargs);
    const result = binaryOp('pow', base, exp);
    return mod === null ? result : binaryOp('mod', result, mod);
  });

  fn('isinstance', (args, kwargs) => {
    noKwargs('isinstance', kwargs);
    argCount('isinstance', args, 2, 2);
    return isInstance(args[0], args[1]);
  });
  fn('issubclass', (args, kwargs) => {
    noKwargs('issubclass', kwargs);
    argCount('issubclass', args, 2, 2);
    return isSubclass(args[0], args[1]);
  });
  fn('super', (args, kwargs) => {
    noKwargs('super', kwargs);
    // super() without arguments is the evaluator's: it knows the running method's class.
    if (args.length !== 2) throw pyError('NotImplementedError', 'super() with one argument is not supported');
    return makeSuper(args[0], args[1]);
  });
  fn('staticmethod', (args) => {
    argCount('staticmethod', args, 1, 1);
    return new PyStaticMethod(args[0]);
  });
  fn('classmethod', (args) => {
    argCount('classmethod', args, 1, 1);
    return new PyClassMethod(args[0]);
  });
  fn('property', (args, kwargs) => {
    const { fget, fset } = bindArgs('property', [['fget', null], ['fset', null], ['fdel', null], ['doc', null]], args, kwargs);
    return new PyProperty(fget, fset);
  });
  fn('setattr', (args) => {
    argCount('setattr', args, 3, 3);
    setAttribute(args[0], attrName(args[1]), args[2], 0);
    return null;
  });
  fn('type', (args, kwargs) => {
    noKwargs('type', kwargs);
    if (args.length !== 1) throw pyError('NotImplementedError', 'type() with 3 arguments (creating classes) is not supported');
    return typeOf(args[0], builtins);
  });
  fn('repr', (args, kwargs) => {
    noKwargs('repr', kwargs);
    argCount('repr', args, 1, 1);
    return repr(args[0]);
  });
  fn('format', (args, kwargs) => {
    noKwargs('format', kwargs);
    argCount('format', args, 1, 2);
    const spec = args[1] ?? '';
    if (typeof spec !== 'string') throw pyError('TypeError', `format() argument 2 must be str, not ${typeNameOf(spec)}`);
    return formatValue(args[0], spec);
  });
  fn('any', (args) => {
    argCount('any', args, 1, 1);
    for (const item of lazyIterable(args[0])) if (protocol.truthy(item)) return true;
    return false;
  });
  fn('all', (args) => {
    argCount('all', args, 1, 1);
    for (const item of lazyIterable(args[0])) if (!protocol.truthy(item)) return false;
    return true;
  });
  fn('iter', (args) => {
    argCount('iter', args, 1, 1);
    if (args[0] instanceof PyIterator) return args[0];
    // An object that is its own iterator (a file: iter(f) is f) returns itself from __iter__.
    if (args[0] instanceof HostObject && args[0].getAttr?.('__next__')) return protocol.call(getAttribute(args[0], '__iter__'), []);
    return new PyIterator(`${typeNameOf(args[0])}_iterator`, lazyIterable(args[0])[Symbol.iterator]());
  });
  fn('next', (args) => {
    argCount('next', args, 1, 2);
    const iterator = args[0];
    const hostNext = iterator instanceof HostObject ? iterator.getAttr?.('__next__') : undefined;
    if (hostNext) {
      try {
        return protocol.call(hostNext, []);
      } catch (error) {
        if (args.length === 2 && error instanceof PyException && error.pyType === 'StopIteration') return args[1];
        throw error;
      }
    }
    if (!(iterator instanceof PyIterator)) throw pyError('TypeError', `'${typeNameOf(iterator)}' object is not an iterator`);
    return iterator.next(args[1]);
  });
  fn('callable', (args) => {
    argCount('callable', args, 1, 1);
    return protocol.isCallable(args[0]);
  });
  fn('hasattr', (args) => {
    argCount('hasattr', args, 2, 2);
    return findAttribute(args[0], attrName(args[1])) !== undefined;
  });
  fn('getattr', (args) => {
    argCount('getattr', args, 2, 3);
    const name = attrName(args[1]);
    if (args.length === 3) return findAttribute(args[0], name) ?? args[2];
    return getAttribute(args[0], name);
  });
  fn('chr', (args) => {
    argCount('chr', args, 1, 1);
    return String.fromCodePoint(Number(asInteger(args[0])));
  });
  fn('ord', (args) => {
    argCount('ord', args, 1, 1);
    const s = args[0];
    if (typeof s !== 'string' || [...s].length !== 1) {
      throw pyError('TypeError', typeof s === 'string' ? `ord() expected a character, but string of length ${[...s].length} found` : `ord() expected string of length 1, but ${typeNameOf(s)} found`);
    }
    return BigInt(s.codePointAt(0)!);
  });
  fn('hex', (args) => {
    argCount('hex', args, 1, 1);
    const n = asInteger(args[0]);
    return (n < 0n ? '-0x' : '0x') + (n < 0n ? -n : n).toString(16);
  });
  fn('bin', (args) => {
    argCount('bin', args, 1, 1);
    const n = asInteger(args[0]);
    return (n < 0n ? '-0b' : '0b') + (n < 0n ? -n : n).toString(2);
  });
  fn('id', (args) => {
    argCount('id', args, 1, 1);
    return BigInt(Math.floor(Math.random() * 2 ** 40));
  });
  fn('open', (args, kwargs) => openFile(args, kwargs, (name) => runtime.readFile(name)));
  fn('dir', (args, kwargs) => {
    noKwargs('dir', kwargs);
    argCount('dir', args, 0, 1);
    return args.length === 0 ? dirOfScope(runtime.scopeNames()) : dirOf(args[0]);
  });
  for (const name of ['bytes', 'bytearray', 'complex', 'input', 'eval', 'exec', 'compile', 'globals', 'locals', 'vars', 'delattr', 'memoryview', 'help', 'breakpoint', '__import__']) {
    fn(name, () => {
      throw pyError('NotImplementedError', `${name}() is not supported in this Python subset`);
    });
  }
  for (const name of Object.keys(EXCEPTION_PARENTS)) if (!MODULE_EXCEPTIONS[name]) builtins.set(name, new PyExceptionType(name));
  return builtins;
}

function attrName(value: PyValue): string {
  if (typeof value !== 'string') throw pyError('TypeError', `attribute name must be string, not '${typeNameOf(value)}'`);
  return value;
}

function isInstance(value: PyValue, type: PyValue): boolean {
  if (type instanceof PyTuple) return type.items.some((t) => isInstance(value, t));
  if (value instanceof PyInstance && value.cls.isSubclassOf(type)) return true;
  if (type instanceof PyBuiltinType) return type.isInstance(value);
  if (type instanceof PyExceptionType) return value instanceof PyExceptionInstance && isSubclassOf(value.typeName, type.name);
  if (type instanceof HostObject && type.instanceCheck) return type.instanceCheck(value);
  throw pyError('TypeError', 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}

function isSubclass(cls: PyValue, type: PyValue): boolean {
  if (type instanceof PyTuple) return type.items.some((t) => isSubclass(cls, t));
  if (!(type instanceof PyClass || type instanceof PyBuiltinType || type instanceof PyExceptionType || (type instanceof HostObject && type.typeName === 'type'))) {
    throw pyError('TypeError', 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  }
  if (cls instanceof PyClass) return cls.isSubclassOf(type);
  if (cls instanceof PyExceptionType) return type instanceof PyExceptionType ? isSubclassOf(cls.name, type.name) : type instanceof PyBuiltinType && type.name === 'object';
  if (cls instanceof PyBuiltinType) return cls === type || (type instanceof PyBuiltinType && (type.name === 'object' || (cls.name === 'bool' && type.name === 'int')));
  if (cls instanceof HostObject && cls.typeName === 'type') return cls === type || (type instanceof PyBuiltinType && type.name === 'object');
  throw pyError('TypeError', 'issubclass() arg 1 must be a class');
}

function typeOf(value: PyValue, builtins: Map<string, PyValue>): PyValue {
  if (value instanceof PyInstance) return value.cls;
  if (value instanceof PyClass) return new PyOpaqueType('type');
  const name = typeNameOf(value);
  const builtin = builtins.get(name);
  if (builtin instanceof PyBuiltinType) return builtin;
  if (value instanceof PyExceptionInstance) return builtins.get(value.typeName) ?? (MODULE_EXCEPTIONS[value.typeName] ? moduleExceptionType(value.typeName) : new PyOpaqueType(value.typeName));
  if (value instanceof HostObject) return new PyOpaqueType(value.moduleName ? `${value.moduleName}.${value.typeName}` : value.typeName);
  if (value instanceof PyModule) return new PyOpaqueType('module');
  if (value === null) return new PyOpaqueType('NoneType');
  return new PyOpaqueType(name);
}
