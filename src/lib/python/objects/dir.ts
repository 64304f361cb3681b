// dir(x): the sorted names CPython 3.11 and the real libraries (PyTorch 1.13, numpy 1.24) list,
// since that is what a student sees in Colab, even where the page's kernel has only part of a
// module or type. The lists are src/lib/python-dir-names.json (scripts/library-names.py, from the
// real libraries), ~100 KB, loaded only when a cell names dir (`loadDirNames`: the worker awaits it
// before such a cell, tests in beforeAll), so the kernel's first run does not pay for them. What
// the tables do not cover is "not supported yet", never a guessed list.
import { PyClass, PyInstance } from './classes';
import { pyError } from './errors';
import { PyFunction } from './function';
import { HostFunction, HostObject, PyModule, typeNameOf, type DirEntry } from './host';
import * as protocol from './protocol';
import { MODULE_EXCEPTIONS, PyBuiltinType, PyDictView, PyExceptionInstance, PyExceptionType, PyIterator } from './runtime';
import { PySet } from './set';
import { notSupportedYet } from './upstream';
import { PyDict, PyList, PyRange, PyTuple, type PyValue } from './values';

interface DirNames {
  lists: string[][];
  builtins: Record<string, number>;
  instances: Record<string, number>;
  modules: Record<string, number>;
  hostTypes: Record<string, number>;
  nnModule: { classDir: number; instanceDict: string[]; instanceDir: number };
  nnModules: Record<string, string[]>;
}

let tables: DirNames | null = null;

/** Loads the dir() tables (once); a cell that calls dir() needs them loaded before it runs. */
export async function loadDirNames(): Promise<void> {
  tables ??= (await import('../../python-dir-names.json')).default as DirNames;
}

/** Whether a cell's source may call dir() (then its runner loads the tables first). */
export const mentionsDir = (source: string): boolean => /\bdir\b/.test(source);

function names(): DirNames {
  if (tables === null) throw pyError('NotImplementedError', 'dir()의 이름 목록을 아직 불러오지 않았습니다 / dir() tables are not loaded');
  return tables;
}

/** Iterators the kernel names as CPython does (iter(dict) is 'dict_iterator' here, 'dict_keyiterator' there: not listed). */
const ITERATORS_IN_BUILTINS = new Set(['enumerate', 'zip', 'map', 'filter']);
const ITERATORS_IN_INSTANCES = new Set(['generator', 'list_iterator', 'tuple_iterator', 'range_iterator', 'set_iterator']);

/** dir(value) as a sorted list of names. */
export function dirOf(value: PyValue): PyList {
  if (value instanceof PyInstance) return new PyList(instanceDir(value));
  if (value instanceof PyClass) return new PyList([...classNames(value)].sort());
  return new PyList([...tableList(value)]);
}

/** dir() without an argument: the scope's names, sorted. */
export function dirOfScope(scopeNames: Iterable<string>): PyList {
  return new PyList([...scopeNames].sort());
}

function listAt(index: number | undefined, value: PyValue): readonly string[] {
  if (index === undefined) throw notSupportedYet(`dir(${typeNameOf(value)})`);
  return names().lists[index];
}

/** The table's list for a value that is neither a cell's class nor its instance. */
function tableList(value: PyValue): readonly string[] {
  const t = names();
  const builtin = (name: string) => listAt(Object.hasOwn(t.builtins, name) ? t.builtins[name] : undefined, value);
  if (value === null) return listAt(t.instances.NoneType, value);
  if (typeof value !== 'object') return builtin(typeNameOf(value));
  if (value instanceof PyList) return builtin('list');
  if (value instanceof PyTuple) return builtin('tuple');
  if (value instanceof PyDict) return builtin('dict');
  if (value instanceof PySet) return builtin(value.frozen ? 'frozenset' : 'set');
  if (value instanceof PyRange) return builtin('range');
  if (value instanceof PyFunction) return listAt(t.instances.function, value);
  if (value instanceof PyBuiltinType) return builtin(value.name);
  if (value instanceof PyExceptionType && !MODULE_EXCEPTIONS[value.name]) return builtin(value.name);
  if (value instanceof PyExceptionInstance && !MODULE_EXCEPTIONS[value.typeName]) return builtin(value.typeName);
  if (value instanceof PyDictView) return listAt(t.instances[value.typeName], value);
  if (value instanceof PyIterator) {
    if (ITERATORS_IN_BUILTINS.has(value.typeName)) return builtin(value.typeName);
    if (ITERATORS_IN_INSTANCES.has(value.typeName)) return listAt(t.instances[value.typeName], value);
  }
  if (value instanceof PyModule) {
    if (Object.hasOwn(t.modules, value.name)) return t.lists[t.modules[value.name]];
    throw notSupportedYet(`dir(${value.name})`);
  }
  if (value instanceof HostFunction && value.pythonType) return listAt(t.instances[value.pythonType], value);
  if (value instanceof HostObject && value.dirEntry) return entryList(value.dirEntry(), value);
  throw notSupportedYet(`dir(${typeNameOf(value)})`);
}

function entryList(entry: DirEntry, value: PyValue): readonly string[] {
  const t = names();
  switch (entry.section) {
    case 'nnModule':
      return t.lists[entry.key === 'class' ? t.nnModule.classDir : t.nnModule.instanceDir];
    case 'nnModules': {
      // a fresh instance of that class: dir(nn.Module()) and what the class adds, with no name twice
      const extra = Object.hasOwn(t.nnModules, entry.key) ? t.nnModules[entry.key] : undefined;
      if (extra === undefined) throw notSupportedYet(`dir(${typeNameOf(value)})`);
      return [...t.lists[t.nnModule.instanceDir], ...extra].sort();
    }
    default: {
      const section = t[entry.section];
      return listAt(Object.hasOwn(section, entry.key) ? section[entry.key] : undefined, value);
    }
  }
}

/** dir(SomeClass): the names of every class in its MRO, object's included. */
function classNames(cls: PyClass): Set<string> {
  const t = names();
  const result = new Set(t.lists[t.builtins.object]);
  const native = cls.nativeBase;
  // A class's __dict__ has __module__ and __doc__; the first one below object also __dict__ and __weakref__.
  result.add('__module__');
  if (native === undefined) ['__dict__', '__weakref__'].forEach((name) => result.add(name));
  for (const entry of cls.mro) {
    if (entry instanceof PyClass) {
      for (const name of entry.dict.keys()) if (name !== '__qualname__') result.add(name);
    } else {
      const own = entry.dirEntry?.();
      if (own === undefined) throw notSupportedYet(`dir(${cls.name})`);
      for (const name of entryList(own, entry)) result.add(name);
    }
  }
  return result;
}

/** dir(instance): the class's __dir__ when it defines one, else its names and the instance's own. */
function instanceDir(instance: PyInstance): string[] {
  const custom = instance.cls.lookup('__dir__') === undefined ? undefined : instance.callPythonMethod('__dir__', []);
  if (custom !== undefined) return protocol.sortValues([...protocol.iterate(custom)], null, false) as string[];
  // a native base whose __init__ has not run (Module.__dir__ would raise) or that has no list: not guessed
  const native = instance.nativePart?.dirEntry?.();
  if (native === undefined && instance.cls.nativeBase !== undefined) throw notSupportedYet(`dir(${instance.cls.name})`);
  if (native?.section === 'nnModule') {
    // torch.nn.Module.__dir__: dir(class) + __dict__ keys + parameters + submodules + buffers, names
    // starting with a digit (Sequential's '0') left out, sorted without removing repeats
    const all = [
      ...classNames(instance.cls),
      ...names().nnModule.instanceDict,
      ...instance.dict.keys(),
      ...(native.parameters ?? []),
      ...(native.submodules ?? []),
    ];
    return all.filter((name) => !/^\d/.test(name)).sort();
  }
  const result = classNames(instance.cls);
  for (const name of instance.dict.keys()) result.add(name);
  return [...result].sort();
}
