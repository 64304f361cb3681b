// Objects of the runtime that are not plain values: built-in types (int, list...), lazy
// iterators (enumerate, zip, generator expressions), exception types/instances, dict views.
import { pyError } from './errors';
import { PyObject, type PyDict, type PyValue } from './values';

/** A built-in type usable as a function and with isinstance: int, float, str, list, ... */
export class PyBuiltinType extends PyObject {
  readonly typeName = 'type';
  constructor(
    readonly name: string,
    readonly construct: (args: readonly PyValue[], kwargs: ReadonlyMap<string, PyValue>) => PyValue, // kwargs: host.ts's KwArgs
    readonly isInstance: (value: PyValue) => boolean,
  ) {
    super();
  }
}

/** The type of a value that has no built-in type object here (shown as `<class 'torch.Tensor'>`). */
export class PyOpaqueType extends PyObject {
  readonly typeName = 'type';
  constructor(readonly qualifiedName: string) {
    super();
  }
}

/** A one-shot iterator (enumerate, zip, map, generator expressions, iter(), net.parameters()). */
export class PyIterator extends PyObject {
  constructor(
    readonly typeName: string,
    readonly source: Iterator<PyValue>,
    /** A generator's function name, for its repr: `<generator object Module.parameters at 0x…>`. */
    readonly qualname?: string,
  ) {
    super();
  }
  /** next(it) and it.__next__(): the next value, or `fallback` (StopIteration without one) at the end. */
  next(fallback?: PyValue): PyValue {
    const step = this.source.next();
    if (!step.done) return step.value;
    if (fallback !== undefined) return fallback;
    throw pyError('StopIteration', '');
  }
}

/** Parents in Python's exception hierarchy, for `except` matching. */
export const EXCEPTION_PARENTS: Record<string, string> = {
  BaseException: '',
  Exception: 'BaseException',
  KeyboardInterrupt: 'BaseException',
  SystemExit: 'BaseException',
  ArithmeticError: 'Exception',
  ZeroDivisionError: 'ArithmeticError',
  OverflowError: 'ArithmeticError',
  AssertionError: 'Exception',
  AttributeError: 'Exception',
  ImportError: 'Exception',
  ModuleNotFoundError: 'ImportError',
  LookupError: 'Exception',
  MemoryError: 'Exception',
  IndexError: 'LookupError',
  KeyError: 'LookupError',
  NameError: 'Exception',
  OSError: 'Exception',
  FileNotFoundError: 'OSError',
  // urllib.error.URLError: a page with no network says so as Python does for an unreachable address.
  URLError: 'OSError',
  HTTPError: 'URLError',
  // io.UnsupportedOperation (f.write on a file opened for reading) is also a ValueError: SECOND_PARENTS.
  UnsupportedOperation: 'OSError',
  UnboundLocalError: 'NameError',
  RuntimeError: 'Exception',
  NotImplementedError: 'RuntimeError',
  RecursionError: 'RuntimeError',
  StopIteration: 'Exception',
  SyntaxError: 'Exception',
  IndentationError: 'SyntaxError',
  TypeError: 'Exception',
  // numpy's UFuncTypeError (an in-place `a += 1.5` on an int array)
  UFuncTypeError: 'TypeError',
  ValueError: 'Exception',
  UnicodeError: 'ValueError',
  UnicodeDecodeError: 'UnicodeError',
  Warning: 'Exception',
  UserWarning: 'Warning',
  DeprecationWarning: 'Warning',
  FutureWarning: 'Warning',
  RuntimeWarning: 'Warning',
};

/** The second base of an exception with two (CPython's `class UnsupportedOperation(OSError, ValueError)`). */
const SECOND_PARENTS: Record<string, string> = { UnsupportedOperation: 'ValueError' };

/**
 * Exceptions that are not builtins: a module has them (`urllib.error.URLError`), and `type(e)`
 * prints them with it. The kernel's messages name them bare, as Jupyter's traceback does.
 */
export const MODULE_EXCEPTIONS: Record<string, string> = { URLError: 'urllib.error', HTTPError: 'urllib.error', UnsupportedOperation: 'io' };

export function isSubclassOf(type: string, parent: string): boolean {
  let current: string | undefined = type;
  while (current) {
    if (current === parent) return true;
    if (SECOND_PARENTS[current] && isSubclassOf(SECOND_PARENTS[current], parent)) return true;
    current = EXCEPTION_PARENTS[current];
  }
  // Types raised by hosts that are not in the table behave like Exception subclasses.
  return !(Object.hasOwn(EXCEPTION_PARENTS, type)) && (parent === 'Exception' || parent === 'BaseException');
}

/** An exception class: ValueError, ... Calling it makes a PyExceptionInstance. */
export class PyExceptionType extends PyObject {
  readonly typeName = 'type';
  constructor(readonly name: string) {
    super();
  }
  /** `urllib.error.URLError` for a module's exception, the bare name for a builtin. */
  get qualifiedName(): string {
    const module = MODULE_EXCEPTIONS[this.name];
    return module ? `${module}.${this.name}` : this.name;
  }
}

const moduleExceptionTypes = new Map<string, PyExceptionType>();
/** The one type object of a module's exception (`urllib.error.URLError`), so `type(e) is URLError` holds. */
export function moduleExceptionType(name: string): PyExceptionType {
  let type = moduleExceptionTypes.get(name);
  if (!type) moduleExceptionTypes.set(name, (type = new PyExceptionType(name)));
  return type;
}

/** A raised or constructed exception value (`except ValueError as e`). */
export class PyExceptionInstance extends PyObject {
  constructor(
    readonly typeName: string,
    readonly args: readonly PyValue[],
    readonly message: string,
  ) {
    super();
  }
}

/** `d.keys()`, `d.values()`, `d.items()`: live views of a dict, printed like CPython's. */
export class PyDictView extends PyObject {
  readonly typeName: string;
  constructor(
    readonly kind: 'keys' | 'values' | 'items',
    readonly dict: PyDict,
  ) {
    super();
    this.typeName = `dict_${kind}`;
  }
}
