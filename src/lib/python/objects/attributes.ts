// Attribute lookup (`x.name`, getattr, hasattr) and assignment for every value: native objects
// answer through their getAttr/setAttr hooks, modules through their namespace (importing a
// registered submodule on first use), built-in values through their type's static table.
import { notSupportedMessage } from '../syntax/errors';
import { PyClass } from './classes';
import { pyError } from './errors';
import { PyFunction } from './function';
import { hostFunction, HostObject, PyModule, typeNameOf } from './host';
import { DICT_METHODS } from './methods/dict';
import { LIST_METHODS } from './methods/list';
import { FROZENSET_METHODS, SET_METHODS } from './methods/set';
import { FLOAT_METHODS, INT_METHODS } from './methods/numbers';
import { STR_METHODS } from './methods/str';
import { lookup } from './methods/table';
import { TUPLE_METHODS } from './methods/tuple';
import { MODULE_EXCEPTIONS, PyBuiltinType, PyExceptionInstance, PyExceptionType, PyIterator, PyOpaqueType, isSubclassOf } from './runtime';
import { PySet } from './set';
import { suggestName } from './suggestions';
import { notSupportedYet, upstreamAttribute, upstreamModuleHas, upstreamModuleNames } from './upstream';
import { PyDict, PyList, PyTuple, type PyValue } from './values';

/** `object.name`; AttributeError as CPython words it when there is no such attribute. */
export function getAttribute(object: PyValue, name: string): PyValue {
  const value = findAttribute(object, name);
  if (value !== undefined) return value;
  if (object instanceof PyModule) {
    if (upstreamModuleHas(object.name, name)) throw notSupportedYet(`${object.name}.${name}`);
    // CPython 3.11 suggests from dir(module), none past 750 names: the public names decide that
    // as the real dir() does for these libraries (torch: 954 public, 1251 in all; torch.nn: 171, 181).
    const suggestion = suggestName(name, upstreamModuleNames(object.name));
    throw pyError('AttributeError', `module '${object.name}' has no attribute '${name}'${suggestion ? `. Did you mean: '${suggestion}'?` : ''}`);
  }
  if (object instanceof PyClass) throw pyError('AttributeError', `type object '${object.name}' has no attribute '${name}'`);
  if (object instanceof PyBuiltinType) throw pyError('AttributeError', `type object '${object.name}' has no attribute '${name}'`);
  const upstream = object instanceof HostObject ? upstreamAttribute(object.typeName, name) : null;
  if (upstream) throw notSupportedYet(upstream);
  throw pyError('AttributeError', `'${typeNameOf(object)}' object has no attribute '${name}'`);
}

/** `object.name`, or undefined when it has none. */
export function findAttribute(object: PyValue, name: string): PyValue | undefined {
  if (object instanceof PySet) return lookup(object.frozen ? FROZENSET_METHODS : SET_METHODS, object, name);
  if (object instanceof HostObject) return object.getAttr?.(name);
  if (object instanceof PyModule) return object.attrs.get(name) ?? object.lazySubmodules.get(name)?.();
  if (typeof object === 'string') return lookup(STR_METHODS, object, name);
  if (object instanceof PyList) return lookup(LIST_METHODS, object, name);
  if (object instanceof PyDict) return lookup(DICT_METHODS, object, name);
  if (object instanceof PyTuple) return lookup(TUPLE_METHODS, object, name);
  if (typeof object === 'number') return lookup(FLOAT_METHODS, object, name);
  if (typeof object === 'bigint' || typeof object === 'boolean') return lookup(INT_METHODS, BigInt(object), name);
  if (object instanceof PyFunction) return name === '__name__' ? object.name : name === '__qualname__' ? object.qualname : undefined;
  if (object instanceof PyBuiltinType) return name === '__name__' || name === '__qualname__' ? object.name : undefined;
  if (object instanceof PyOpaqueType) return name === '__name__' || name === '__qualname__' ? object.qualifiedName.split('.').at(-1) : name === '__module__' ? object.qualifiedName.split('.').slice(0, -1).join('.') || 'builtins' : undefined;
  if (object instanceof PyExceptionType) return name === '__name__' || name === '__qualname__' ? object.name : name === '__module__' ? (MODULE_EXCEPTIONS[object.name] ?? 'builtins') : undefined;
  if (object instanceof PyExceptionInstance) return exceptionAttribute(object, name);
  if (object instanceof PyIterator) return iteratorAttribute(object, name);
  return undefined;
}

/** `e.args`, and what OSError (`e.errno`, `e.strerror`) and URLError (`e.reason`) make of their args. */
function exceptionAttribute(error: PyExceptionInstance, name: string): PyValue | undefined {
  if (name === 'args') return new PyTuple(error.args);
  if (name === 'reason' && isSubclassOf(error.typeName, 'URLError')) return error.args[0] ?? null;
  if ((name === 'errno' || name === 'strerror') && isSubclassOf(error.typeName, 'OSError')) {
    return error.args.length >= 2 ? error.args[name === 'errno' ? 0 : 1] : null;
  }
  return undefined;
}

/** `object.name = value`. */
export function setAttribute(object: PyValue, name: string, value: PyValue, line: number): void {
  if (object instanceof HostObject) {
    if (object.setAttr?.(name, value)) return;
    throw pyError('AttributeError', `'${object.typeName}' object has no attribute '${name}' or it is read-only`);
  }
  if (object instanceof PyModule) {
    object.attrs.set(name, value);
    return;
  }
  if (object instanceof PyFunction) throw pyError('NotImplementedError', notSupportedMessage('setting attributes on functions', line));
  throw pyError('AttributeError', `'${typeNameOf(object)}' object has no attribute '${name}'`);
}

/** An iterator's own protocol methods: `it.__next__()` (StopIteration at the end) and `it.__iter__()`. */
function iteratorAttribute(iterator: PyIterator, name: string): PyValue | undefined {
  if (name === '__next__') return hostFunction('__next__', () => iterator.next());
  if (name === '__iter__') return hostFunction('__iter__', () => iterator);
  return undefined;
}
