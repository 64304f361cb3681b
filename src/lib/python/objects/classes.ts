// Classes defined in a cell (`class Net(Base): ...`): class objects with their C3 method
// resolution order, instances (attributes, bound methods, dunder methods answering the host
// hooks), super(), and the descriptors staticmethod, classmethod and property. A class may derive
// from one native type that offers `initSubclassInstance` (torch.nn.Module): its instances are
// then SubclassInstances whose native part answers what the Python class does not define.
import type { BinaryOp, CompareOp, UnaryOp } from '../syntax/ast';
import { notSupportedMessage } from '../syntax/errors';
import { PyException, pyError } from './errors';
import { PyFunction } from './function';
import { HostFunction, HostObject, NO_KWARGS, NotImplemented, SubclassInstance, typeNameOf, type DirEntry, type KwArgs } from './host';
import * as protocol from './protocol';
import { repr } from './repr';
import { PyBuiltinType, PyExceptionType } from './runtime';
import { PyDict, PyTuple, type PyValue } from './values';

/** `object`, the root of every class (the builtin of that name). */
export const OBJECT_TYPE = new PyBuiltinType(
  'object',
  () => {
    throw pyError('NotImplementedError', 'object() instances are not supported');
  },
  () => true,
);

/** An entry of a class's MRO: a cell's class or the native type it derives from. */
export type ClassLike = PyClass | HostObject;

/** A class made by a `class` statement. Calling it makes an instance and runs `__init__`. */
export class PyClass extends HostObject {
  readonly typeName = 'type';
  readonly mro: readonly ClassLike[];
  constructor(
    readonly name: string,
    readonly bases: readonly ClassLike[],
    readonly dict: Map<string, PyValue>,
  ) {
    super();
    this.mro = [this, ...linearize(name, bases)];
  }
  repr(): string {
    return `<class '__main__.${this.name}'>`;
  }
  /** `name` in the dicts of the Python classes of the MRO, from `start`. */
  lookup(name: string, start = 0): PyValue | undefined {
    for (let i = start; i < this.mro.length; i++) {
      const c = this.mro[i];
      if (c instanceof PyClass) {
        const value = c.dict.get(name);
        if (value !== undefined) return value;
      }
    }
    return undefined;
  }
  /** The native base in the MRO, if any. */
  get nativeBase(): HostObject | undefined {
    return this.mro.find((c) => !(c instanceof PyClass));
  }
  isSubclassOf(other: PyValue): boolean {
    return this.mro.includes(other as ClassLike) || (other instanceof PyBuiltinType && other.name === 'object');
  }
  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case '__name__':
      case '__qualname__':
        return this.name;
      case '__module__':
        return '__main__';
      case '__bases__':
        return new PyTuple(this.bases.length > 0 ? this.bases : [OBJECT_TYPE]);
      case '__mro__':
        return new PyTuple([...this.mro, OBJECT_TYPE]);
      case '__doc__':
        return this.dict.get('__doc__') ?? null;
    }
    const value = this.resolve(name, 0);
    if (value === undefined) return undefined;
    if (value instanceof PyStaticMethod) return value.fn;
    if (value instanceof PyClassMethod) return new PyBoundMethod(value.fn, this);
    return value;
  }
  /** `name` through the MRO from `start`; a native base answers `__init__` (as a function of self). */
  resolve(name: string, start: number): PyValue | undefined {
    for (let i = start; i < this.mro.length; i++) {
      const c = this.mro[i];
      if (c instanceof PyClass) {
        const value = c.dict.get(name);
        if (value !== undefined) return value;
      } else if (name === '__init__') {
        return nativeInit(c);
      }
    }
    return undefined;
  }
  setAttr(name: string, value: PyValue): boolean {
    this.dict.set(name, value);
    return true;
  }
  call(args: readonly PyValue[], kwargs: KwArgs): PyValue {
    const instance = new PyInstance(this);
    const init = this.resolve('__init__', 0);
    if (init === undefined) {
      if (args.length > 0 || kwargs.size > 0) throw pyError('TypeError', `${this.name}() takes no arguments`);
      return instance;
    }
    const result = protocol.call(init, [instance, ...args], kwargs);
    if (result !== null) throw pyError('TypeError', `__init__() should return None, not '${typeNameOf(result)}'`);
    return instance;
  }
  instanceCheck(value: PyValue): boolean {
    return value instanceof PyInstance && value.cls.isSubclassOf(this);
  }
}

/** `Base.__init__` of a native base: a function of (self, *args) that makes self's native part. */
function nativeInit(base: HostObject): HostFunction {
  return new HostFunction('__init__', (args, kwargs) => {
    const self = args[0];
    if (!(self instanceof PyInstance) || !base.initSubclassInstance) {
      throw pyError('TypeError', `descriptor '__init__' requires a '${base.typeName}' object`);
    }
    self.nativePart = base.initSubclassInstance(self, args.slice(1), kwargs);
    return null;
  });
}

/** C3 linearization of the bases (CPython's MRO); TypeError when there is none. */
function linearize(name: string, bases: readonly ClassLike[]): ClassLike[] {
  const sequences = bases.map((b) => (b instanceof PyClass ? [...b.mro] : [b]));
  sequences.push([...bases]);
  const out: ClassLike[] = [];
  for (;;) {
    const pending = sequences.filter((s) => s.length > 0);
    if (pending.length === 0) return out;
    const head = pending.map((s) => s[0]).find((candidate) => !pending.some((s) => s.indexOf(candidate) > 0));
    if (head === undefined) {
      const names = bases.map((b) => (b instanceof PyClass ? b.name : b.typeName)).join(', ');
      throw pyError('TypeError', `Cannot create a consistent method resolution order (MRO) for bases ${names}`);
    }
    out.push(head);
    for (const s of pending) if (s[0] === head) s.shift();
  }
}

/** The class of a `class` statement from its evaluated bases (at `line`, for what is not supported). */
export function createClass(name: string, bases: readonly PyValue[], dict: Map<string, PyValue>, line: number): PyClass {
  const accepted: ClassLike[] = [];
  for (const base of bases) {
    if (base instanceof PyBuiltinType && base.name === 'object') continue;
    if (base instanceof PyClass || (base instanceof HostObject && base.initSubclassInstance)) {
      if (accepted.includes(base)) throw pyError('TypeError', `duplicate base class ${base instanceof PyClass ? base.name : base.typeName}`);
      accepted.push(base);
      continue;
    }
    if (base instanceof PyExceptionType) throw pyError('NotImplementedError', notSupportedMessage(`subclassing exceptions (class ${name}(${base.name}))`, line));
    if (base instanceof PyBuiltinType) throw pyError('NotImplementedError', notSupportedMessage(`subclassing the built-in type '${base.name}'`, line));
    if (base instanceof HostObject && base.typeName === 'type') throw pyError('NotImplementedError', notSupportedMessage(`subclassing ${repr(base)}`, line));
    throw pyError('TypeError', `class bases must be classes, not '${typeNameOf(base)}'`);
  }
  const cls = new PyClass(name, accepted, dict);
  const natives = cls.mro.filter((c) => !(c instanceof PyClass));
  if (natives.length > 1) throw pyError('NotImplementedError', notSupportedMessage('a class with two native bases', line));
  return cls;
}

/** A function read through an instance or a class: `net.forward`, `Counter.make` (classmethod). */
export class PyBoundMethod extends HostObject {
  readonly typeName = 'method';
  constructor(
    readonly fn: PyValue,
    readonly self: PyValue,
  ) {
    super();
  }
  call(args: readonly PyValue[], kwargs: KwArgs): PyValue {
    return protocol.call(this.fn, [this.self, ...args], kwargs);
  }
  getAttr(name: string): PyValue | undefined {
    if (name === '__self__') return this.self;
    if (name === '__func__') return this.fn;
    if (this.fn instanceof PyFunction) {
      if (name === '__name__') return this.fn.name;
      if (name === '__qualname__') return this.fn.qualname;
    }
    return undefined;
  }
  repr(): string {
    const name = this.fn instanceof PyFunction ? this.fn.qualname : typeNameOf(this.fn);
    return `<bound method ${name} of ${repr(this.self)}>`;
  }
  dirEntry(): DirEntry {
    return { section: 'instances', key: 'method' };
  }
}

/** `@staticmethod`: the function, unbound, from the class and its instances. */
export class PyStaticMethod extends HostObject {
  readonly typeName = 'staticmethod';
  constructor(readonly fn: PyValue) {
    super();
  }
  call(args: readonly PyValue[], kwargs: KwArgs): PyValue {
    return protocol.call(this.fn, args, kwargs);
  }
  getAttr(name: string): PyValue | undefined {
    return name === '__func__' ? this.fn : undefined;
  }
}

/** `@classmethod`: the function bound to the class. */
export class PyClassMethod extends HostObject {
  readonly typeName = 'classmethod';
  constructor(readonly fn: PyValue) {
    super();
  }
  getAttr(name: string): PyValue | undefined {
    return name === '__func__' ? this.fn : undefined;
  }
}

/** `@property` (and `@x.setter`): a computed attribute. */
export class PyProperty extends HostObject {
  readonly typeName = 'property';
  constructor(
    readonly fget: PyValue,
    readonly fset: PyValue,
  ) {
    super();
  }
  get(instance: PyValue): PyValue {
    if (this.fget === null) throw pyError('AttributeError', 'unreadable attribute');
    return protocol.call(this.fget, [instance]);
  }
  set(instance: PyValue, value: PyValue, name: string): void {
    if (this.fset === null) throw pyError('AttributeError', `property '${name}' of '${typeNameOf(instance)}' object has no setter`);
    protocol.call(this.fset, [instance, value]);
  }
  getAttr(name: string): PyValue | undefined {
    switch (name) {
      case 'fget':
        return this.fget;
      case 'fset':
        return this.fset;
      case 'setter':
        return new HostFunction('setter', (args) => new PyProperty(this.fget, args[0] ?? null));
      case 'getter':
        return new HostFunction('getter', (args) => new PyProperty(args[0] ?? null, this.fset));
    }
    return undefined;
  }
}

/** A class attribute read through an instance (CPython's descriptor protocol, for the kinds above). */
function bindAttribute(value: PyValue, self: PyValue, cls: PyClass): PyValue {
  if (value instanceof PyFunction) return new PyBoundMethod(value, self);
  if (value instanceof PyStaticMethod) return value.fn;
  if (value instanceof PyClassMethod) return new PyBoundMethod(value.fn, cls);
  if (value instanceof PyProperty) return value.get(self);
  return value;
}

/** An instance of a cell's class: its own attributes, then its class's, then a native part's. */
export class PyInstance extends SubclassInstance {
  readonly moduleName = '__main__';
  readonly dict = new Map<string, PyValue>();
  constructor(readonly cls: PyClass) {
    super();
  }
  get typeName(): string {
    return this.cls.name;
  }
  get className(): string {
    return this.cls.name;
  }
  getAttr(name: string): PyValue | undefined {
    if (name === '__class__') return this.cls;
    if (name === '__dict__') {
      const dict = new PyDict();
      for (const [key, value] of this.dict) dict.set(key, value);
      return dict;
    }
    const found = this.cls.lookup(name);
    if (found instanceof PyProperty) return found.get(this);
    const own = this.dict.get(name);
    if (own !== undefined) return own;
    if (found !== undefined) return bindAttribute(found, this, this.cls);
    const native = this.nativePart?.getAttr?.(name);
    if (native !== undefined) return native;
    const fallback = this.cls.lookup('__getattr__');
    if (fallback !== undefined) return protocol.call(bindAttribute(fallback, this, this.cls), [name]);
    return undefined;
  }
  setAttr(name: string, value: PyValue): boolean {
    const found = this.cls.lookup(name);
    if (found instanceof PyProperty) {
      found.set(this, value, name);
      return true;
    }
    if (this.nativePart === null) this.cls.nativeBase?.checkSubclassAttr?.(name, value);
    else if (this.nativePart.setAttr?.(name, value)) {
      this.dict.delete(name);
      return true;
    }
    this.dict.set(name, value);
    return true;
  }
  callPythonMethod(name: string, args: readonly PyValue[], kwargs: KwArgs = NO_KWARGS): PyValue | undefined {
    const found = this.cls.lookup(name);
    if (found === undefined) return undefined;
    return protocol.call(bindAttribute(found, this, this.cls), args, kwargs);
  }
  /** Calls a dunder the class defines (the caller checked that it does). */
  dunder(name: string, args: readonly PyValue[]): PyValue {
    return this.callPythonMethod(name, args) as PyValue;
  }
}

function stringResult(value: PyValue, method: string): string {
  if (typeof value !== 'string') throw pyError('TypeError', `${method} returned non-string (type ${typeNameOf(value)})`);
  return value;
}

function integerResult(value: PyValue): number {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw pyError('TypeError', `'${typeNameOf(value)}' object cannot be interpreted as an integer`);
}

const COMPARE_DUNDERS: Record<CompareOp, string> = { lt: '__lt__', le: '__le__', eq: '__eq__', ne: '__ne__', gt: '__gt__', ge: '__ge__' };
const UNARY_DUNDERS: Record<UnaryOp, string> = { neg: '__neg__', pos: '__pos__', invert: '__invert__' };
const UNARY_SYMBOLS: Record<UnaryOp, string> = { neg: '-', pos: '+', invert: '~' };
const BINARY_OPS: readonly BinaryOp[] = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'matmul', 'lshift', 'rshift', 'and', 'or', 'xor'];

/**
 * The host hooks an instance answers with its class's dunder methods: each hook is present when
 * the class defines one of its dunders (else the native part's hook, else none, so the protocol
 * raises CPython's error: "object of type 'Net' has no len()").
 */
const HOOKS: Record<string, { dunders: readonly string[]; impl: (self: PyInstance) => unknown }> = {
  call: { dunders: ['__call__'], impl: (self) => (args: readonly PyValue[], kwargs: KwArgs) => self.callPythonMethod('__call__', args, kwargs) },
  length: {
    dunders: ['__len__'],
    impl: (self) => () => {
      const n = integerResult(self.dunder('__len__', []));
      if (n < 0) throw pyError('ValueError', '__len__() should return >= 0');
      return n;
    },
  },
  getItem: { dunders: ['__getitem__'], impl: (self) => (key: PyValue) => self.dunder('__getitem__', [key]) },
  setItem: { dunders: ['__setitem__'], impl: (self) => (key: PyValue, value: PyValue) => void self.dunder('__setitem__', [key, value]) },
  iterate: { dunders: ['__iter__'], impl: (self) => () => iterateResult(self.dunder('__iter__', [])) },
  contains: { dunders: ['__contains__'], impl: (self) => (item: PyValue) => protocol.truthy(self.dunder('__contains__', [item])) },
  truthy: {
    dunders: ['__bool__'],
    impl: (self) => () => {
      const result = self.dunder('__bool__', []);
      if (typeof result !== 'boolean') throw pyError('TypeError', `__bool__ should return bool, returned ${typeNameOf(result)}`);
      return result;
    },
  },
  str: { dunders: ['__str__'], impl: (self) => () => stringResult(self.dunder('__str__', []), '__str__') },
  repr: { dunders: ['__repr__'], impl: (self) => () => stringResult(self.dunder('__repr__', []), '__repr__') },
  compare: {
    dunders: Object.values(COMPARE_DUNDERS),
    impl: (self) => (op: CompareOp, other: PyValue) => {
      if (self.cls.lookup(COMPARE_DUNDERS[op]) !== undefined) return self.dunder(COMPARE_DUNDERS[op], [other]);
      if (op === 'ne' && self.cls.lookup('__eq__') !== undefined) return !protocol.truthy(self.dunder('__eq__', [other]));
      return NotImplemented;
    },
  },
  binaryOp: {
    dunders: BINARY_OPS.flatMap((op) => [`__${op}__`, `__r${op}__`]),
    impl: (self) => (op: BinaryOp, other: PyValue, reflected: boolean) => {
      const name = reflected ? `__r${op}__` : `__${op}__`;
      return self.cls.lookup(name) === undefined ? NotImplemented : self.dunder(name, [other]);
    },
  },
  inplaceOp: {
    dunders: BINARY_OPS.map((op) => `__i${op}__`),
    impl: (self) => (op: BinaryOp, other: PyValue) => (self.cls.lookup(`__i${op}__`) === undefined ? NotImplemented : self.dunder(`__i${op}__`, [other])),
  },
  unaryOp: {
    dunders: Object.values(UNARY_DUNDERS),
    impl: (self) => (op: UnaryOp) => {
      if (self.cls.lookup(UNARY_DUNDERS[op]) === undefined) throw pyError('TypeError', `bad operand type for unary ${UNARY_SYMBOLS[op]}: '${self.typeName}'`);
      return self.dunder(UNARY_DUNDERS[op], []);
    },
  },
  toFloat: {
    dunders: ['__float__'],
    impl: (self) => () => {
      const result = self.dunder('__float__', []);
      if (typeof result !== 'number') throw pyError('TypeError', `${self.typeName}.__float__ returned non-float (type ${typeNameOf(result)})`);
      return result;
    },
  },
  toInt: { dunders: ['__int__'], impl: (self) => () => BigInt(integerResult(self.dunder('__int__', []))) },
  toIndex: { dunders: ['__index__'], impl: (self) => () => BigInt(integerResult(self.dunder('__index__', []))) },
  enter: { dunders: ['__enter__'], impl: (self) => () => self.dunder('__enter__', []) },
  exit: { dunders: ['__exit__'], impl: (self) => () => protocol.truthy(self.dunder('__exit__', [null, null, null])) },
};

for (const [hook, spec] of Object.entries(HOOKS)) {
  // Accessors rather than methods: the protocol tests whether a hook exists (`value.length`).
  Object.defineProperty(PyInstance.prototype, hook, {
    configurable: true,
    get(this: PyInstance) {
      if (spec.dunders.some((name) => this.cls.lookup(name) !== undefined)) return spec.impl(this);
      const native = this.nativePart as unknown as Record<string, unknown> | null;
      const fallback = native?.[hook];
      if (typeof fallback === 'function') return fallback.bind(native);
      return hook === 'repr' ? HostObject.prototype.repr : undefined;
    },
  });
}

/** The values of what `__iter__` returned: an iterable, or an instance with `__next__`. */
function* iterateResult(iterator: PyValue): Generator<PyValue> {
  if (!(iterator instanceof PyInstance) || iterator.cls.lookup('__next__') === undefined) {
    if (!protocol.isIterable(iterator)) throw pyError('TypeError', `iter() returned non-iterator of type '${typeNameOf(iterator)}'`);
    yield* protocol.iterate(iterator);
    return;
  }
  for (;;) {
    let value: PyValue;
    try {
      value = iterator.dunder('__next__', []);
    } catch (error) {
      if (error instanceof PyException && error.pyType === 'StopIteration') return;
      throw error;
    }
    yield value;
  }
}

/** `super()` inside a method of `thisClass` called on `self` (an instance, or a class for a classmethod). */
export class PySuper extends HostObject {
  readonly typeName = 'super';
  constructor(
    readonly thisClass: PyClass,
    readonly self: PyValue,
  ) {
    super();
  }
  private get startClass(): PyClass {
    return this.self instanceof PyInstance ? this.self.cls : (this.self as PyClass);
  }
  getAttr(name: string): PyValue | undefined {
    const cls = this.startClass;
    const start = cls.mro.indexOf(this.thisClass) + 1;
    for (let i = start; i < cls.mro.length; i++) {
      const c = cls.mro[i];
      if (c instanceof PyClass) {
        const value = c.dict.get(name);
        if (value === undefined) continue;
        if (this.self instanceof PyClass) return value instanceof PyClassMethod ? new PyBoundMethod(value.fn, this.self) : value instanceof PyStaticMethod ? value.fn : value;
        return bindAttribute(value, this.self, cls);
      }
      if (name === '__init__') return new PyBoundMethod(nativeInit(c), this.self);
      if (this.self instanceof PyInstance) return this.self.nativePart?.getAttr?.(name);
    }
    // object's own methods.
    if (name === '__init__') {
      return new HostFunction('__init__', (args, kwargs) => {
        if (args.length > 0 || kwargs.size > 0) throw pyError('TypeError', 'object.__init__() takes exactly one argument (the instance to initialize)');
        return null;
      });
    }
    if (name === '__repr__' || name === '__str__') {
      const self = this.self;
      return new HostFunction(name, () => (self instanceof HostObject ? HostObject.prototype.repr.call(self) : repr(self)));
    }
    return undefined;
  }
  repr(): string {
    return `<super: <class '${this.thisClass.name}'>, <${typeNameOf(this.self)} object>>`;
  }
}

/** `super(cls, obj)` checked as CPython does. */
export function makeSuper(thisClass: PyValue, self: PyValue): PySuper {
  if (!(thisClass instanceof PyClass)) throw pyError('TypeError', `super() argument 1 must be a type, not ${typeNameOf(thisClass)}`);
  const ok = (self instanceof PyInstance && self.cls.isSubclassOf(thisClass)) || (self instanceof PyClass && self.isSubclassOf(thisClass));
  if (!ok) throw pyError('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(thisClass, self);
}
