// The host-object protocol: how native TypeScript modules (torch, torch.nn, matplotlib.pyplot,
// graphviz) plug into the Python interpreter. This file is the contract; it is kept stable.
//
// ── Python values in TypeScript ────────────────────────────────────────────────────────────
//   int    -> bigint      (so print(1) and print(1.0) differ; ints are unbounded like Python's)
//   float  -> number
//   bool   -> boolean     (bool is an int subclass: True + 1 == 2)
//   str    -> string
//   None   -> null
//   list   -> PyList  (items: live array)          tuple -> PyTuple (items: readonly array)
//   dict   -> PyDict  (get/set/has/keys; 1, 1.0, True are one key, as in Python)
//   slice  -> PySlice (start/stop/step, each null when omitted)    `...` -> Ellipsis
//   range  -> PyRange    module -> PyModule    native callable -> HostFunction
//   anything native (Tensor, Linear, Figure...) -> a subclass of HostObject
// A host receives and returns PyValue. Use the helpers below (toNumber, toIndex, typeNameOf,
// bindArgs, ...) rather than testing typeof by hand.
//
// ── Host objects ───────────────────────────────────────────────────────────────────────────
// Subclass HostObject and implement only the hooks that the Python type has. A missing hook
// makes the interpreter raise the Python error CPython would raise (TypeError: 'Linear' object
// is not subscriptable, AttributeError: 'Tensor' object has no attribute 'foo', ...).
//   getAttr(name)            x.name       return undefined for "no such attribute"
//   setAttr(name, v)         x.name = v   return false for "no such attribute / read-only"
//   call(args, kwargs)       x(1, k=2)    methods: getAttr returns a HostFunction (bound by closure)
//   binaryOp(op, other, reflected)        x + y; reflected=true means `other OP x` (2 * t, 1 - t)
//   inplaceOp(op, other)     x += y       return the object to bind (usually `this`); absent or
//                                         NotImplemented falls back to binaryOp, like __iadd__
//   unaryOp(op)              -x, +x, ~x
//   compare(op, other)       x < y ...    `y > x` is asked as x.compare('lt', y) when y is not a
//                                         host object or declines; == falls back to identity
//   getItem(key) / setItem(key, v)        key: bigint, PySlice, PyTuple of those, null (None,
//                                         i.e. newaxis), Ellipsis, or a host object (a mask).
//                                         Negative indices arrive as negative bigints, unnormalised.
//   deleteItem(key)          del x[key]
//   iterate()                for v in x, list(x), zip, unpacking `a, b = x`
//   length()                 len(x)
//   truthy()                 if x / while x / and / or / not (default: length() != 0, else true)
//   contains(v)              v in x
//   repr() / str()           repr(x) / str(x), print(x); str defaults to repr
//   format(spec)             f"{x:.4f}" (spec without braces/colon; '' for plain {x})
//   toFloat() / toInt()      float(x) / int(x)   (also round/abs fallbacks use them)
//   toIndex()                x used where Python needs an __index__ (range(x), list[x])
//   toArray()                numeric data (like __array__): {data, shape}, row-major; objects with
//                            an element type add dtype and hand out their own storage (ArrayData)
//   arrayWrap(result)        __array_wrap__: a numpy function given this object (np.exp(tensor))
//                            returns its result as this object's type (a tensor)
//   enter() / exit(failed)   `with x:` (torch.no_grad()); exit may return true to swallow an error
//   instanceCheck(v)         for type objects: isinstance(v, torch.Tensor)
//   richDisplay()            value shown as the last line of a cell: a figure or a DOT graph
//                            instead of text (graphviz.Source); undefined -> text repr
//   initSubclassInstance(self, args, kwargs)  for type objects a cell's class may derive from
//                            (`class Net(torch.nn.Module)`): Base.__init__(self, ...) returns the
//                            native part of `self` (see SubclassInstance); without it the type
//                            cannot be a base class
//   checkSubclassAttr(name, v)  for such a type: an attribute assigned to an instance before its
//                            native part exists; throw when the base's __init__ must run first
//   getAttr('__abs__') / getAttr('__round__')  abs(x) / round(x[, n]) call these when present
// Errors: throw pyError('TypeError', 'message') (or any PyException). A plain JS Error thrown by a
// host becomes a Python RuntimeError with the same message; it never escapes as a JS crash.
//
// ── Modules ────────────────────────────────────────────────────────────────────────────────
// A module is a PyModule (name + attribute map). Register a factory under its dotted name:
//     registry.register('torch', (ctx) => new PyModule('torch', { tensor: hostFunction(...) }));
//     registry.register('torch.nn', (ctx) => ...);
// Factories run once per interpreter (one kernel per page), so module state such as the
// random generator or the current figure lives in the module instance.
//   import torch              -> binds 'torch'
//   import torch.nn           -> imports 'torch' then 'torch.nn', sets torch.nn, binds 'torch'
//   import torch.nn as nn     -> binds 'nn' to the 'torch.nn' module
//   from torch import nn      -> attribute 'nn' of torch, else the submodule 'torch.nn'
//   import matplotlib.pyplot as plt  -> 'matplotlib' need not be registered: missing parents are
//                                       created as empty modules
// A factory may import other modules through ctx.importModule (torch importing torch.nn so that
// `torch.nn.Linear` works after a plain `import torch`).
//
// ── Context ────────────────────────────────────────────────────────────────────────────────
// HostContext (given to factories): write stdout text, display rich output (figures, graphs),
// call back into Python (a lambda passed to a host), repr/str of any value, run code when a
// cell ends (matplotlib's inline backend shows and closes open figures there).

import type { BinaryOp, CompareOp, UnaryOp } from '../syntax/ast';
import type { DisplayItem } from './display';
import { PyException, pyError } from './errors';
import { Ellipsis, PyDict, PyList, PyObject, PyRange, PySlice, PyTuple, identityOf, type PyValue } from './values';
import type { StorageDtype, ViewSource } from './shared-storage';

// The contract in one import for native modules: the values, errors and operator names they meet too.
export { Ellipsis, PyDict, PyList, PyRange, PySlice, PyTuple, type PyValue };
export { PyException, pyError };
/** A one-shot iterator: what a native generator (net.parameters()) is, so next() and for loops take it. */
export { PyIterator } from './runtime';
/** NotImplementedError for a real library API the page lacks: "X는 아직 지원하지 않습니다 / X is not supported yet". */
export { notSupportedYet } from './upstream';
/** Whether matplotlib's rcParams has a key (plt.rcParams validates keys as matplotlib does). */
export { isRcParam } from './upstream';
export type { BinaryOp, CompareOp, DisplayItem, UnaryOp };
/** Storages that numpy arrays and tensors share, and their write counts (see ArrayData). */
export * from './shared-storage';

/** Keyword arguments of a call, in the order written. */
export type KwArgs = ReadonlyMap<string, PyValue>;
export const NO_KWARGS: KwArgs = new Map();

/** Returned by binaryOp/inplaceOp/compare to let the other operand (or Python's default) try. */
export const NotImplemented: unique symbol = Symbol('NotImplemented');
export type NotImplementedType = typeof NotImplemented;

/** Numeric data of a host object (a tensor, a numpy array) for plotting: row-major values and the shape. */
export interface ArrayData {
  data: ArrayLike<number>;
  shape: readonly number[];
  /**
   * The element type, for objects that have one (tensors, numpy arrays and scalars). Then `data`
   * is the object's own storage (shared-storage.ts): a borrower that keeps it shares the memory
   * (`t.numpy()`, `torch.from_numpy(a)`), and writes into it count with bumpStorageVersion.
   */
  dtype?: StorageDtype;
  /** A copy standing in for another library's memory (pandas' values): writes would not reach it, so a borrower refuses them. */
  readOnly?: boolean;
  /** For a view (a tensor's `x[0]`, a numpy slice): where `data`'s elements live in its root storage (shared-storage.ts). */
  viewSource?: ViewSource | null;
  /** A numpy scalar (np.float32(0.5)): PyTorch reads it as a Python number, not as a 0-dim array. */
  scalar?: boolean;
}

/** Base class of native objects. Implement only the hooks the Python type supports. */
export abstract class HostObject extends PyObject {
  /** `type(x).__name__`, used in error messages: 'Tensor', 'Linear'. */
  abstract readonly typeName: string;
  /** Module of the type, for the default repr `<torch.nn.Linear object at 0x...>`. */
  readonly moduleName: string = '';

  getAttr?(name: string): PyValue | undefined;
  setAttr?(name: string, value: PyValue): boolean;
  call?(args: readonly PyValue[], kwargs: KwArgs): PyValue;
  binaryOp?(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | NotImplementedType;
  inplaceOp?(op: BinaryOp, other: PyValue): PyValue | NotImplementedType;
  unaryOp?(op: UnaryOp): PyValue;
  compare?(op: CompareOp, other: PyValue): PyValue | NotImplementedType;
  getItem?(key: PyValue): PyValue;
  setItem?(key: PyValue, value: PyValue): void;
  deleteItem?(key: PyValue): void;
  iterate?(): Iterable<PyValue>;
  length?(): number;
  truthy?(): boolean;
  contains?(item: PyValue): boolean;
  str?(): string;
  format?(spec: string): string;
  toFloat?(): number;
  toInt?(): bigint;
  toIndex?(): bigint;
  toArray?(): ArrayData;
  arrayWrap?(result: ArrayData): PyValue;
  enter?(): PyValue;
  exit?(failed: boolean): boolean | void;
  instanceCheck?(value: PyValue): boolean;
  richDisplay?(): DisplayItem | undefined;
  /** Python == for a built-in value type that is a host object (set): list and tuple equality ask it. */
  valueEquals?(other: PyValue): boolean;
  /** IPython's display of a container that is a host object (a set: its items sorted); null for its repr. */
  prettyGroup?(): { open: string; close: string; items: readonly PyValue[] } | null;
  initSubclassInstance?(self: SubclassInstance, args: readonly PyValue[], kwargs: KwArgs): HostObject;
  checkSubclassAttr?(name: string, value: PyValue): void;
  /** dir(x): which list of python-dir-names.json is this object's (objects/dir.ts). */
  dirEntry?(): DirEntry;

  /** Python's default object repr; override for anything a student prints. */
  repr(): string {
    const qualified = this.moduleName ? `${this.moduleName}.${this.typeName}` : this.typeName;
    return `<${qualified} object at ${fakeAddress(this)}>`;
  }
}

/**
 * Where dir() finds a library object's attribute names: a section and key of
 * src/lib/python-dir-names.json ('hostTypes' 'Tensor', 'nnModules' 'Linear'), written from the
 * real library. `nnModule` is a cell's nn.Module subclass instance: Module.__dir__ adds the
 * `parameters` and `submodules` it has to its class's names.
 */
export type DirEntry =
  | { readonly section: 'hostTypes' | 'nnModules' | 'instances'; readonly key: string }
  | { readonly section: 'nnModule'; readonly key: 'class' | 'instance'; readonly parameters?: readonly string[]; readonly submodules?: readonly string[] };

/**
 * An instance of a class defined in a cell whose bases include a native type
 * (`class Net(torch.nn.Module)`), as that native base sees it. When the base's __init__ runs
 * (`super().__init__()`), its type's `initSubclassInstance` hook makes the instance's native
 * part; from then on the instance answers from its Python class first and from the native part
 * for what the class does not define (attributes such as submodules, hooks such as call, repr).
 */
export abstract class SubclassInstance extends HostObject {
  /** Made by the native base's __init__; null before it ran. */
  nativePart: HostObject | null = null;
  /** The Python class's name (`Net`). */
  abstract readonly className: string;
  /** Calls `self.name(*args)` when the Python class (not the native base) defines it; undefined otherwise. */
  abstract callPythonMethod(name: string, args: readonly PyValue[], kwargs?: KwArgs): PyValue | undefined;
}

/** A stable, Python-looking address for default reprs (`0x7f...`); the same object, the same text. */
export function fakeAddress(object: object): string {
  return '0x' + fakeAddressNumber(object).toString(16);
}

/** That address as a number (object.__hash__ is derived from it, as CPython's is from id()). */
export function fakeAddressNumber(object: object): number {
  return 0x7f82c0000000 + identityOf(object) * 0x30;
}

/** A native function or bound method. `name` appears in reprs and error messages. */
export class HostFunction extends PyObject {
  /** A library's Python-level method (nn.Module's) says 'method', as CPython's bound methods. */
  readonly typeName: string = 'builtin_function_or_method';
  /**
   * The real callable's type where it is known, for dir(): 'builtin_function_or_method' (print,
   * len) or 'method' (net.parameters, a Python method in PyTorch). Unset, dir() says it does not
   * know this function yet rather than guess (torch.nn.Linear is a class, F.relu a function).
   */
  pythonType?: 'builtin_function_or_method' | 'method';
  constructor(
    readonly name: string,
    readonly impl: (args: readonly PyValue[], kwargs: KwArgs) => PyValue,
  ) {
    super();
  }
}
export function hostFunction(
  name: string,
  impl: (args: readonly PyValue[], kwargs: KwArgs) => PyValue,
): HostFunction {
  return new HostFunction(name, impl);
}

/** A module: a name and its attributes. Attributes may be added later (submodules). */
export class PyModule extends PyObject {
  readonly typeName = 'module';
  readonly attrs: Map<string, PyValue>;
  /** Registered submodules not imported yet: the first `torch.nn` imports it (the importer fills this). */
  readonly lazySubmodules = new Map<string, () => PyModule>();
  constructor(
    readonly name: string,
    attrs: Record<string, PyValue> | Map<string, PyValue> = {},
  ) {
    super();
    this.attrs = attrs instanceof Map ? attrs : new Map(Object.entries(attrs));
  }
}

export interface HostContext {
  /** Appends to the cell's stdout (print writes through this). */
  write(text: string): void;
  /** Shows a figure or a graph in the cell's output, after the text written so far. */
  display(item: DisplayItem): void;
  /**
   * Issues a Python warning (`warn('UserWarning', 'Using a target size …')`), shown under the
   * cell as stderr. As Python's default filter, a warning is shown once per call site per cell
   * run: `site` names a library's own call site (torch's functional.py line in PyTorch, so a
   * loop warns once); without it the site is the Python line running now.
   */
  warn(category: string, message: string, site?: string): void;
  /** `warnings.simplefilter('ignore')` hides every warning from now on; 'default' shows them again. */
  warningFilter(action: 'ignore' | 'default'): void;
  /** Calls any Python callable (a def, a lambda, a host function) with Python semantics. */
  call(fn: PyValue, args: readonly PyValue[], kwargs?: KwArgs): PyValue;
  repr(value: PyValue): string;
  str(value: PyValue): string;
  importModule(name: string): PyModule;
  /** Runs after every cell (also a failed one), in registration order. */
  onCellEnd(hook: () => void): void;
  /**
   * The bytes of a file a cell names (`open('x.csv')`, `pd.read_csv(url)`): a file the lecture
   * ships, or a URL the lecture maps to one. Raises Python's error when there is none
   * (FileNotFoundError for a name, urllib.error.URLError for another URL).
   */
  readFile(name: string): Uint8Array;
}

/** Where a kernel's files come from (the page: the lecture's shipped data). */
export interface FileSource {
  /** The file's bytes, or null when the source has no such file. */
  read(name: string): Uint8Array | null;
}

export type ModuleFactory = (ctx: HostContext) => PyModule;

/** The modules a kernel can import, by dotted name. */
export class ModuleRegistry {
  private readonly factories = new Map<string, ModuleFactory>();
  register(name: string, factory: ModuleFactory): this {
    this.factories.set(name, factory);
    return this;
  }
  get(name: string): ModuleFactory | undefined {
    return this.factories.get(name);
  }
  /** True when `name` or any registered module below it exists ('matplotlib' for 'matplotlib.pyplot'). */
  knows(name: string): boolean {
    if (this.factories.has(name)) return true;
    for (const key of this.factories.keys()) if (key.startsWith(name + '.')) return true;
    return false;
  }
  /** Names of the modules directly below `name` that `knows` ('pyplot' for 'matplotlib'). */
  children(name: string): string[] {
    const prefix = name + '.';
    const children = new Set<string>();
    for (const key of this.factories.keys()) if (key.startsWith(prefix)) children.add(key.slice(prefix.length).split('.')[0]);
    return [...children];
  }
  /** Every importable name, for the "this page provides" hint of ModuleNotFoundError. */
  names(): string[] {
    return [...this.factories.keys()];
  }
}

// ── Conversions a host needs ──────────────────────────────────────────────────────────────

export function isNumberLike(value: PyValue): value is bigint | boolean | number {
  return typeof value === 'bigint' || typeof value === 'boolean' || typeof value === 'number';
}

/** Python type name of any value, as in error messages. */
export function typeNameOf(value: PyValue): string {
  switch (typeof value) {
    case 'bigint':
      return 'int';
    case 'number':
      return 'float';
    case 'boolean':
      return 'bool';
    case 'string':
      return 'str';
  }
  return value === null ? 'NoneType' : value.typeName;
}

/** int/float/bool (or a host object with toFloat) as a JS number; TypeError otherwise. */
export function toNumber(value: PyValue, what = 'argument'): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof HostObject && value.toFloat) return value.toFloat();
  throw pyError('TypeError', `${what} must be a real number, not ${typeNameOf(value)}`);
}

/** An integer index (int, bool, or host toIndex) as a JS number; TypeError for floats etc. */
export function toIndex(value: PyValue, what = 'indices'): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof HostObject && value.toIndex) return Number(value.toIndex());
  throw pyError('TypeError', `${what} must be integers, not ${typeNameOf(value)}`);
}

/** Converts a nested JS structure of numbers into Python lists of floats (for .tolist()). */
export function fromJsNumbers(value: unknown, asInt = false): PyValue {
  if (Array.isArray(value)) return new PyList(value.map((v) => fromJsNumbers(v, asInt)));
  if (typeof value === 'number') return asInt ? BigInt(Math.trunc(value)) : value;
  if (typeof value === 'boolean') return value;
  throw pyError('TypeError', `cannot convert ${typeof value} to a Python value`);
}

// ── Argument binding, with CPython's error messages ───────────────────────────────────────

/** A parameter: a name (required) or [name, default]. */
export type ParamSpec = string | readonly [string, PyValue];

export interface BindOptions {
  /** Name of a *args parameter that collects extra positionals (torch.zeros(2, 3)). */
  varargs?: string;
  /** Accept unknown keywords into the `**kwargs` entry instead of raising TypeError. */
  varkw?: string;
  /** A method (`Linear.__init__`): CPython's "takes N positional arguments" counts `self` too. */
  method?: boolean;
}

/**
 * Binds positional and keyword arguments to named parameters like CPython does, raising
 * its TypeErrors ("Linear() missing 1 required positional argument: 'out_features'").
 * Result: name -> value; varargs gives a PyTuple, varkw a PyDict.
 */
export function bindArgs(
  fnName: string,
  params: readonly ParamSpec[],
  args: readonly PyValue[],
  kwargs: KwArgs,
  options: BindOptions = {},
): Record<string, PyValue> {
  const names = params.map((p) => (typeof p === 'string' ? p : p[0]));
  const bound: Record<string, PyValue> = Object.create(null);
  const assigned = new Set<string>();
  const positional = Math.min(args.length, names.length);
  for (let i = 0; i < positional; i++) {
    bound[names[i]] = args[i];
    assigned.add(names[i]);
  }
  if (args.length > names.length) {
    if (options.varargs) {
      bound[options.varargs] = new PyTuple(args.slice(names.length));
    } else {
      const self = options.method ? 1 : 0;
      const [required, most, given] = [params.filter((p) => typeof p === 'string').length + self, names.length + self, args.length + self];
      const takes = required === most ? `${most}` : `from ${required} to ${most}`;
      const plural = most === 1 && required === most ? 'argument' : 'arguments';
      throw pyError('TypeError', `${fnName}() takes ${takes} positional ${plural} but ${given} ${given === 1 ? 'was' : 'were'} given`);
    }
  } else if (options.varargs) {
    bound[options.varargs] = new PyTuple([]);
  }
  const extra = new PyDict();
  for (const [key, value] of kwargs) {
    if (!names.includes(key)) {
      if (options.varkw) {
        extra.set(key, value);
        continue;
      }
      throw pyError('TypeError', `${fnName}() got an unexpected keyword argument '${key}'`);
    }
    if (assigned.has(key)) throw pyError('TypeError', `${fnName}() got multiple values for argument '${key}'`);
    bound[key] = value;
    assigned.add(key);
  }
  if (options.varkw) bound[options.varkw] = extra;
  const missing: string[] = [];
  for (const param of params) {
    if (typeof param === 'string') {
      if (!assigned.has(param)) missing.push(param);
    } else if (!assigned.has(param[0])) {
      bound[param[0]] = param[1];
    }
  }
  if (missing.length > 0) {
    const quoted = missing.map((m) => `'${m}'`);
    const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
    throw pyError(
      'TypeError',
      `${fnName}() missing ${missing.length} required positional argument${missing.length === 1 ? '' : 's'}: ${list}`,
    );
  }
  return bound;
}
