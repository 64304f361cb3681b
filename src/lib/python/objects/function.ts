// A function defined in a cell (`def`, `lambda`) and the namespace it runs in. As in CPython,
// the function object belongs to the object layer and knows how to be run: the evaluator that
// created it is its runner, so `call()` in the protocol needs no evaluator of its own.
import type { Arguments, Expr, Stmt } from '../syntax/ast';
import type { KwArgs } from './host';
import { PyObject, type PyValue } from './values';

/** Scope of names: module globals or one function call's locals (with its closure parent). */
export class Scope {
  readonly vars = new Map<string, PyValue>();
  constructor(
    readonly parent: Scope | null,
    /** Names local to this function (assigned anywhere in its body); null for the module scope. */
    readonly locals: ReadonlySet<string> | null,
    readonly globalNames: ReadonlySet<string> = EMPTY,
    readonly nonlocalNames: ReadonlySet<string> = EMPTY,
    /** A class body's namespace: a name not assigned yet falls through to the enclosing scopes, and functions defined in it do not see it. */
    readonly classBody = false,
  ) {}
}

/** The class a method was defined in (CPython's `__class__` cell), filled once the class exists: zero-argument super() reads it. */
export interface ClassCell {
  cls: PyValue | null;
}
const EMPTY: ReadonlySet<string> = new Set();

/** Runs a function's body: the evaluator. */
export interface FunctionRunner {
  runFunction(fn: PyFunction, args: readonly PyValue[], kwargs: KwArgs): PyValue;
}

/** A `def` or `lambda`: code plus the scope it closes over and its evaluated defaults. */
export class PyFunction extends PyObject {
  readonly typeName = 'function';
  /** `Net.forward` for a method (in reprs and argument errors, as CPython's __qualname__). */
  qualname: string;
  /** Set for functions defined in a class body. */
  classCell: ClassCell | null = null;
  constructor(
    readonly name: string,
    readonly args: Arguments,
    readonly body: Stmt[] | Expr,
    readonly closure: Scope,
    readonly defaults: PyValue[],
    readonly kwDefaults: (PyValue | undefined)[],
    readonly locals: ReadonlySet<string>,
    readonly globalNames: ReadonlySet<string>,
    readonly nonlocalNames: ReadonlySet<string>,
    readonly filename: string,
    readonly runner: FunctionRunner,
  ) {
    super();
    this.qualname = name;
  }
}
