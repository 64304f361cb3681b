// The tree-walking interpreter: one instance is one notebook kernel (shared globals, imported
// modules, figures). runCell parses and executes a cell; errors come out as PyException with a
// Python-shaped traceback (formatTraceback).
import type { Arguments, Comprehension, Expr, Module, Stmt } from '../syntax/ast';
import { SourceError, notSupportedMessage } from '../syntax/errors';
import { parse } from '../syntax/parser';
import { isFoldedConstant } from '../syntax/constant-folding';
import { analyzeFunction, checkModule, classBodyNames, comprehensionLocals } from '../syntax/scopes';
import { binaryOp, inplaceOp, unaryOp } from '../objects/arithmetic';
import { getAttribute, setAttribute } from '../objects/attributes';
import { PySuper, createClass } from '../objects/classes';
import type { DisplayItem } from '../objects/display';
import { PyException, pyError, toPyException, type TraceFrame } from '../objects/errors';
import { formatValue } from '../objects/format-value';
import { PyFunction, Scope, type ClassCell, type FunctionRunner } from '../objects/function';
import { HostObject, ModuleRegistry, NO_KWARGS, PyModule, typeNameOf, type FileSource, type HostContext, type KwArgs } from '../objects/host';
import * as protocol from '../objects/protocol';
import { displayRepr, repr, str } from '../objects/repr';
import { PyExceptionInstance, PyExceptionType, PyIterator, isSubclassOf } from '../objects/runtime';
import { fileNotFound, isUrl, urlNotShipped } from '../objects/file';
import { PySet } from '../objects/set';
import { Ellipsis, PyDict, PyList, PyRange, PySlice, PyTuple, type PyValue } from '../objects/values';
import { isMissingModule, notSupportedYet, upstreamModuleHas } from '../objects/upstream';
import { createBuiltins } from './builtins';
import { runTracedRange, type LoopTracing } from './loop-trace';
import { CPYTHON_BUILTIN_NAMES, suggestName } from '../objects/suggestions';

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;
type Signal = typeof NORMAL | typeof BREAK | typeof CONTINUE | typeof RETURN;

const MAX_DEPTH = 400;

/** The names CPython's interactive __main__ starts with (Jupyter adds IPython's In, Out, _i1, … the page does not have). */
const MAIN_MODULE_DUNDERS = ['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', '__builtins__'];

interface Frame {
  scope: Scope;
  filename: string;
  name: string;
  line: number;
  returnValue: PyValue;
  /** Exceptions being handled (for a bare `raise`). */
  handling: PyException[];
  /** The function running in this frame (zero-argument super() reads its class and first argument). */
  fn?: PyFunction;
  /** In a class body: the class being made (for its methods' super()) and its qualified name. */
  classCell?: ClassCell;
  qualname?: string;
}

export interface CellResult {
  /** Value of the cell's last expression statement (undefined when none or hidden by ';'). */
  value: PyValue | undefined;
  /** That value as Jupyter shows it (also sent to display as kind 'text'); null for None or rich output. */
  shown: string | null;
}

export interface ProgressReport {
  /** 1-based line of the outermost running loop in its cell. */
  line: number;
  /** Iterations of that loop started so far. */
  iteration: number;
  /** Total iterations when known in advance (range, list), else null (while). */
  total: number | null;
}

/**
 * onProgress reports the OUTERMOST loop's iteration count (and total when known: range/list) at
 * most every progressIntervalMs; shouldInterrupt is polled on every loop iteration and function
 * call and raises KeyboardInterrupt when it returns true. In the browser the worker is simply
 * terminated for Stop; shouldInterrupt serves tests and step budgets.
 */
export interface RunHooks {
  onProgress?(progress: ProgressReport): void;
  /** Minimum milliseconds between onProgress calls (default 100). */
  progressIntervalMs?: number;
  shouldInterrupt?(): boolean;
}

export interface InterpreterOptions {
  /** The modules cells can import. */
  modules?: ModuleRegistry;
  hooks?: RunHooks;
  write?(text: string): void;
  display?(item: DisplayItem): void;
  /** A warning's text for stderr (`UserWarning: …\n`), already filtered to once per call site per cell run. */
  warn?(text: string): void;
  /** Compile `for … in range(…)` loops whose iterations repeat (off when absent). */
  loopTracing?: LoopTracing;
  /** The files cells can read (none when absent). */
  files?: FileSource;
}

export class Interpreter implements FunctionRunner {
  readonly globals = new Scope(null, null);
  private readonly builtins: Map<string, PyValue>;
  private readonly modules = new Map<string, PyModule>();
  private readonly registry: ModuleRegistry;
  private readonly sources = new Map<string, string[]>();
  private readonly cellEndHooks: (() => void)[] = [];
  readonly context: HostContext;
  private depth = 0;
  /** Set while a traced loop's iteration is being recorded (loop-trace.ts). */
  private readonly tracing = { active: false };
  private loopDepth = 0;
  private lastProgress = 0;
  private cellCount = 0;
  /** Frames running now, innermost last: where a warning without a site of its own comes from. */
  private readonly frameStack: Frame[] = [];
  /** The (category, message, site) of each warning shown in this cell run: Python's default filter. */
  private readonly warned = new Set<string>();
  private ignoreWarnings = false;

  constructor(private readonly options: InterpreterOptions = {}) {
    this.registry = options.modules ?? new ModuleRegistry();
    this.context = {
      write: (text) => this.write(text),
      display: (item) => this.options.display?.(item),
      call: (fn, args, kwargs) => this.call(fn, args, kwargs ?? NO_KWARGS),
      repr: (value) => repr(value),
      str: (value) => str(value),
      importModule: (name) => this.importModule(name),
      onCellEnd: (hook) => this.cellEndHooks.push(hook),
      warn: (category, message, site) => this.warn(category, message, site),
      warningFilter: (action) => {
        this.ignoreWarnings = action === 'ignore';
      },
      readFile: (name) => {
        const bytes = this.options.files?.read(name);
        if (bytes) return bytes;
        throw isUrl(name) ? urlNotShipped(name) : fileNotFound(name);
      },
    };
    this.builtins = createBuiltins({
      write: (text) => this.write(text),
      readFile: (name) => this.context.readFile(name),
      scopeNames: () => this.scopeNames(),
    });
    this.globals.vars.set('__name__', '__main__');
  }

  private write(text: string): void {
    if (this.tracing.active) this.options.loopTracing?.accelerator.noteOutput();
    this.options.write?.(text);
  }

  private warn(category: string, message: string, site?: string): void {
    if (this.ignoreWarnings) return;
    const frame = this.frameStack.at(-1);
    const key = `${category}\0${message}\0${site ?? `${frame?.filename}:${frame?.line}`}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    // Jupyter prints `/path/to/file.py:3254: UserWarning: …` and then that source line; the page
    // has no library files to point into, so it shows the category and the message only.
    this.options.warn?.(`${category}: ${message}\n`);
  }

  /** Runs one cell in the shared globals. Throws PyException (with traceback frames) on error. */
  runCell(source: string, filename = `<cell ${++this.cellCount}>`): CellResult {
    this.sources.set(filename, source.replace(/\r\n?/g, '\n').split('\n'));
    const frame: Frame = { scope: this.globals, filename, name: '<module>', line: 1, returnValue: null, handling: [] };
    this.frameStack.length = 0;
    this.frameStack.push(frame);
    this.warned.clear();
    try {
      let module: Module;
      try {
        module = parse(source, (category, message, line) => this.warn(category, message, `${filename}:${line}`));
        checkModule(module);
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        const exception = pyError(error.pyType, error.pyMessage);
        exception.frames.push({ filename, line: error.lineno, column: error.col, name: '<module>' });
        throw exception;
      }
      const body = module.body;
      const last = body[body.length - 1];
      const showLast = last?.type === 'Expr' && !last.semicolon;
      this.depth = 0;
      this.loopDepth = 0;
      try {
        this.execBlock(showLast ? body.slice(0, -1) : body, frame);
        if (showLast && last.type === 'Expr') {
          frame.line = last.lineno;
          const value = this.evaluate(last.value, frame);
          // Shown before the end-of-cell hooks, so a result comes before the figures, as in Jupyter.
          const shown = this.displayValue(value);
          if (shown !== null) this.options.display?.({ kind: 'text', text: shown });
          return { value, shown };
        }
      } catch (error) {
        throw this.addFrame(error, frame);
      }
      return { value: undefined, shown: null };
    } finally {
      for (const hook of this.cellEndHooks) {
        try {
          hook();
        } catch {
          // A failing end-of-cell hook must not hide the cell's own result.
        }
      }
    }
  }

  /** Text for a cell's last value, as Jupyter shows it; rich values go to display instead. */
  private displayValue(value: PyValue): string | null {
    if (value === null) return null;
    if (value instanceof HostObject && value.richDisplay) {
      const item = value.richDisplay();
      if (item) {
        this.options.display?.(item);
        return null;
      }
    }
    return displayRepr(value);
  }

  /** Python-shaped traceback text for an error thrown by runCell. */
  formatTraceback(error: PyException): string {
    const lines: string[] = [];
    const isSyntax = error.pyType === 'SyntaxError' || error.pyType === 'IndentationError';
    if (!isSyntax && error.frames.length > 0) {
      lines.push('Traceback (most recent call last):');
      for (const frame of error.frames) {
        lines.push(`  File "${frame.filename}", line ${frame.line}, in ${frame.name}`);
        const code = this.sources.get(frame.filename)?.[frame.line - 1]?.trim();
        if (code) lines.push(`    ${code}`);
      }
    } else if (isSyntax) {
      const frame = error.frames[0];
      if (frame) {
        lines.push(`  File "${frame.filename}", line ${frame.line}`);
        const raw = this.sources.get(frame.filename)?.[frame.line - 1];
        if (raw !== undefined && raw.trim()) {
          const indent = raw.length - raw.trimStart().length;
          lines.push(`    ${raw.trim()}`);
          lines.push(`    ${' '.repeat(Math.max(0, frame.column - indent))}^`);
        }
      }
    }
    lines.push(error.pyMessage ? `${error.pyType}: ${error.pyMessage}` : error.pyType);
    return lines.join('\n');
  }

  private addFrame(error: unknown, frame: Frame): PyException {
    const exception = toPyException(error);
    const entry: TraceFrame = { filename: frame.filename, line: frame.line, column: 0, name: frame.name };
    exception.frames.unshift(entry);
    return exception;
  }

  // ── statements ──

  private execBlock(body: readonly Stmt[], frame: Frame): Signal {
    for (let i = 0; i < body.length; i++) {
      const signal = this.exec(body[i], frame);
      if (signal !== NORMAL) return signal;
    }
    return NORMAL;
  }

  private exec(node: Stmt, frame: Frame): Signal {
    frame.line = node.lineno;
    switch (node.type) {
      case 'Expr':
        this.evaluate(node.value, frame);
        return NORMAL;
      case 'Assign': {
        const value = this.evaluate(node.value, frame);
        for (const target of node.targets) this.assign(target, value, frame);
        return NORMAL;
      }
      case 'AugAssign':
        this.augAssign(node.target, node.op, node.value, frame);
        return NORMAL;
      case 'If':
        return protocol.truthy(this.evaluate(node.test, frame)) ? this.execBlock(node.body, frame) : this.execBlock(node.orelse, frame);
      case 'For':
        return this.execFor(node, frame);
      case 'While':
        return this.execWhile(node, frame);
      case 'FunctionDef': {
        const decorators = node.decorator_list.map((d) => this.evaluate(d, frame));
        let value: PyValue = this.makeFunction(node.name, node.args, node.body, frame);
        frame.line = node.lineno;
        for (let i = decorators.length - 1; i >= 0; i--) value = this.call(decorators[i], [value], NO_KWARGS);
        this.store(node.name, value, frame);
        return NORMAL;
      }
      case 'ClassDef':
        this.store(node.name, this.makeClass(node, frame), frame);
        return NORMAL;
      case 'Return':
        frame.returnValue = node.value ? this.evaluate(node.value, frame) : null;
        return RETURN;
      case 'Pass':
        return NORMAL;
      case 'Break':
        return BREAK;
      case 'Continue':
        return CONTINUE;
      case 'Import':
        for (const alias of node.names) {
          const module = this.importModule(alias.name);
          if (alias.asname) this.store(alias.asname, module, frame);
          else this.store(alias.name.split('.')[0], this.importModule(alias.name.split('.')[0]), frame);
        }
        return NORMAL;
      case 'ImportFrom': {
        const module = this.importModule(node.module);
        for (const alias of node.names) {
          let value = module.attrs.get(alias.name);
          if (value === undefined && this.registry.knows(`${node.module}.${alias.name}`)) {
            value = this.importModule(`${node.module}.${alias.name}`);
          }
          if (value === undefined && isMissingModule(`${node.module}.${alias.name}`)) throw notSupportedYet(`${node.module}.${alias.name}`);
          if (value === undefined && upstreamModuleHas(node.module, alias.name)) throw notSupportedYet(`${node.module}.${alias.name}`);
          if (value === undefined) {
            throw pyError('ImportError', `cannot import name '${alias.name}' from '${node.module}'`);
          }
          this.store(alias.asname ?? alias.name, value, frame);
        }
        return NORMAL;
      }
      case 'Global':
      case 'Nonlocal':
        return NORMAL;
      case 'Delete':
        for (const target of node.targets) this.deleteTarget(target, frame);
        return NORMAL;
      case 'Assert':
        if (!protocol.truthy(this.evaluate(node.test, frame))) {
          throw pyError('AssertionError', node.msg ? str(this.evaluate(node.msg, frame)) : '');
        }
        return NORMAL;
      case 'With':
        return this.execWith(node.items, 0, node.body, frame);
      case 'Raise':
        throw this.raise(node.exc, frame);
      case 'Try':
        return this.execTry(node, frame);
    }
  }

  private checkInterrupt(): void {
    if (this.options.hooks?.shouldInterrupt?.()) throw pyError('KeyboardInterrupt', '');
  }

  private reportProgress(line: number, iteration: number, total: number | null, force = false): void {
    const hooks = this.options.hooks;
    if (!hooks?.onProgress) return;
    const now = Date.now();
    if (!force && now - this.lastProgress < (hooks.progressIntervalMs ?? 100)) return;
    this.lastProgress = now;
    hooks.onProgress({ line, iteration, total });
  }

  private execFor(node: Extract<Stmt, { type: 'For' }>, frame: Frame): Signal {
    const iterable = this.evaluateIterable(node.iter, frame);
    const outermost = this.loopDepth === 0;
    const total = iterable instanceof PyRange ? iterable.length : iterable instanceof PyList || iterable instanceof PyTuple ? iterable.items.length : null;
    let iteration = 0;
    this.loopDepth++;
    try {
      const simpleName = node.target.type === 'Name' ? node.target.id : null;
      const run = (item: PyValue): Signal => {
        this.checkInterrupt();
        if (outermost) this.reportProgress(node.lineno, iteration, total);
        iteration++;
        if (simpleName !== null) this.store(simpleName, item, frame);
        else this.assign(node.target, item, frame);
        const signal = this.execBlock(node.body, frame);
        frame.line = node.lineno; // taking the next item is the `for` line's work (and its errors)
        return signal;
      };
      let broke = false;
      const loopTracing = this.options.loopTracing;
      if (loopTracing && iterable instanceof PyRange && simpleName !== null) {
        const outcome = runTracedRange(loopTracing, node, iterable.length, {
          startIteration: (i) => {
            this.checkInterrupt();
            if (outermost) this.reportProgress(node.lineno, i, total);
            iteration = i + 1;
            this.store(simpleName, BigInt(iterable.at(i)), frame);
          },
          exec: (statements) => {
            const signal = this.execBlock(statements as Stmt[], frame);
            if (signal === RETURN) throw new Error('return inside a traced loop');
            return signal === BREAK;
          },
          values: (names) => names.map((name) => {
            try {
              return this.lookup(name, frame);
            } catch {
              return undefined;
            }
          }),
          isBuiltin: (name) => {
            try {
              return this.lookup(name, frame) === this.builtins.get(name);
            } catch {
              return false;
            }
          },
        }, this.tracing);
        if (outcome !== 'declined') {
          if (outermost) this.reportProgress(node.lineno, iteration, total, true);
          return outcome === 'broke' ? NORMAL : this.execBlock(node.orelse, frame);
        }
      }
      if (iterable instanceof PyRange) {
        const n = iterable.length;
        for (let i = 0; i < n; i++) {
          const signal = run(BigInt(iterable.at(i)));
          if (signal === BREAK) {
            broke = true;
            break;
          }
          if (signal === RETURN) return RETURN;
        }
      } else {
        for (const item of protocol.iterate(iterable)) {
          const signal = run(item);
          if (signal === BREAK) {
            broke = true;
            break;
          }
          if (signal === RETURN) return RETURN;
        }
      }
      if (outermost) this.reportProgress(node.lineno, iteration, total, true);
      return broke ? NORMAL : this.execBlock(node.orelse, frame);
    } finally {
      this.loopDepth--;
    }
  }

  private execWhile(node: Extract<Stmt, { type: 'While' }>, frame: Frame): Signal {
    const outermost = this.loopDepth === 0;
    let iteration = 0;
    this.loopDepth++;
    try {
      while (protocol.truthy(this.evaluate(node.test, frame))) {
        this.checkInterrupt();
        if (outermost) this.reportProgress(node.lineno, iteration, null);
        iteration++;
        const signal = this.execBlock(node.body, frame);
        if (signal === BREAK) return NORMAL;
        if (signal === RETURN) return RETURN;
        frame.line = node.lineno;
      }
      return this.execBlock(node.orelse, frame);
    } finally {
      this.loopDepth--;
    }
  }

  private execWith(items: Extract<Stmt, { type: 'With' }>['items'], index: number, body: Stmt[], frame: Frame): Signal {
    if (index >= items.length) return this.execBlock(body, frame);
    const item = items[index];
    const manager = this.evaluate(item.context_expr, frame);
    if (!(manager instanceof HostObject) || !manager.enter || !manager.exit) {
      throw pyError('TypeError', `'${typeNameOf(manager)}' object does not support the context manager protocol`);
    }
    const entered = manager.enter();
    if (item.optional_vars) this.assign(item.optional_vars, entered, frame);
    let signal: Signal;
    try {
      signal = this.execWith(items, index + 1, body, frame);
    } catch (error) {
      if (manager.exit(true) === true && !(error instanceof PyException && error.pyType === 'KeyboardInterrupt')) return NORMAL;
      throw error;
    }
    manager.exit(false);
    return signal;
  }

  private raise(exc: Expr | null, frame: Frame): PyException {
    if (exc === null) {
      const current = frame.handling[frame.handling.length - 1];
      if (!current) return pyError('RuntimeError', 'No active exception to reraise');
      return current;
    }
    let value = this.evaluate(exc, frame);
    if (value instanceof PyExceptionType) value = this.call(value, [], NO_KWARGS);
    if (!(value instanceof PyExceptionInstance)) return pyError('TypeError', 'exceptions must derive from BaseException');
    const error = pyError(value.typeName, value.message);
    exceptionInstances.set(error, value);
    return error;
  }

  private execTry(node: Extract<Stmt, { type: 'Try' }>, frame: Frame): Signal {
    let signal: Signal = NORMAL;
    try {
      try {
        signal = this.execBlock(node.body, frame);
      } catch (raw) {
        const error = toPyException(raw);
        const handler = node.handlers.find((h) => h.names.length === 0 || h.names.some((name) => this.exceptionMatches(error, name, frame)));
        if (!handler) throw error;
        if (handler.name) this.store(handler.name, exceptionValue(error), frame);
        frame.handling.push(error);
        try {
          return this.execBlock(handler.body, frame);
        } finally {
          frame.handling.pop();
          // CPython ends an `except … as e:` block with `e = None; del e`: the name is gone after it
          if (handler.name) {
            this.store(handler.name, null, frame);
            this.deleteName(handler.name, frame);
          }
        }
      }
      if (signal !== NORMAL) return signal;
      return this.execBlock(node.orelse, frame);
    } finally {
      if (node.finalbody.length > 0) {
        const finalSignal = this.execBlock(node.finalbody, frame);
        if (finalSignal !== NORMAL) {
          // eslint-disable-next-line no-unsafe-finally
          return finalSignal;
        }
      }
    }
  }

  private exceptionMatches(error: PyException, name: string, frame: Frame): boolean {
    const type = this.lookup(name.split('.')[0], frame);
    if (type instanceof PyExceptionType) return isSubclassOf(error.pyType, type.name);
    if (type instanceof PyModule) return error.pyType === name.split('.').at(-1);
    throw pyError('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
  }

  // ── names and targets ──

  /** The names dir() lists in the running frame: a module's globals (with the dunders CPython's __main__ has), or a function's or class body's bound locals. */
  private scopeNames(): string[] {
    const scope = this.frameStack.at(-1)!.scope;
    // A notebook's globals also hold IPython's names (In, Out, _i1, … per executed cell), which the page
    // does not keep: listing only the cell's own names would print a different list than Jupyter's.
    if (scope.locals === null) {
      throw pyError('NotImplementedError', '셀의 맨 위에서 인자 없는 dir()은 아직 지원하지 않습니다: Jupyter는 IPython의 이름(In, Out, _i1, …)도 함께 보여 줍니다. dir(객체)나 함수 안의 dir()은 됩니다 / dir() without an argument at a cell\'s top level is not supported yet (Jupyter also lists IPython\'s names: In, Out, _i1, …); dir(object) and dir() inside a function work');
    }
    const bound = [...scope.vars].filter(([, value]) => value !== undefined).map(([name]) => name);
    // a class body's namespace starts with __module__ and __qualname__ (they leave the class's __dict__ later)
    if (scope.classBody) return ['__module__', '__qualname__', ...bound];
    // CPython's locals() adds the free variables a nested function reads; the page does not track those
    if (scope.parent !== null && scope.parent.locals !== null) throw pyError('NotImplementedError', '중첩된 함수 안의 dir()은 아직 지원하지 않습니다 / dir() in a nested function is not supported yet');
    return bound;
  }

  /** NameError with CPython's "Did you mean" suffix (locals, then globals, then builtins). */
  private nameError(type: string, message: string, name: string, frame: Frame): PyException {
    const locals = frame.scope.locals ? [...frame.scope.locals] : [];
    const globals = [...MAIN_MODULE_DUNDERS, ...[...this.globals.vars.keys()].filter((k) => k !== '__name__')];
    const suggestion = suggestName(name, locals, globals, CPYTHON_BUILTIN_NAMES);
    return pyError(type, suggestion === null ? message : `${message}. Did you mean: '${suggestion}'?`);
  }

  private lookup(name: string, frame: Frame): PyValue {
    const scope = frame.scope;
    if (scope.locals !== null && !scope.globalNames.has(name)) {
      if (scope.locals.has(name)) {
        const value = scope.vars.get(name);
        if (value === undefined && !scope.classBody) {
          throw this.nameError('UnboundLocalError', `cannot access local variable '${name}' where it is not associated with a value`, name, frame);
        }
        if (value !== undefined) return value;
      }
      for (let s = scope.parent; s !== null && s.locals !== null; s = s.parent) {
        if (s.locals.has(name) && !s.globalNames.has(name)) {
          const value = s.vars.get(name);
          if (value === undefined) {
            throw this.nameError('NameError', `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`, name, frame);
          }
          return value;
        }
      }
    }
    const global = this.globals.vars.get(name);
    if (global !== undefined) return global;
    const builtin = this.builtins.get(name);
    if (builtin !== undefined) return builtin;
    throw this.nameError('NameError', `name '${name}' is not defined`, name, frame);
  }

  private store(name: string, value: PyValue, frame: Frame): void {
    const scope = frame.scope;
    if (scope.locals === null || scope.globalNames.has(name)) {
      this.globals.vars.set(name, value);
      return;
    }
    if (scope.nonlocalNames.has(name)) {
      for (let s = scope.parent; s !== null && s.locals !== null; s = s.parent) {
        if (s.locals.has(name)) {
          s.vars.set(name, value);
          return;
        }
      }
    }
    scope.vars.set(name, value);
  }

  private assign(target: Expr, value: PyValue, frame: Frame): void {
    switch (target.type) {
      case 'Name':
        this.store(target.id, value, frame);
        return;
      case 'Attribute': {
        const object = this.evaluate(target.value, frame);
        frame.line = target.lineno;
        setAttribute(object, target.attr, value, target.lineno);
        return;
      }
      case 'Subscript': {
        const object = this.evaluate(target.value, frame);
        const key = this.evaluate(target.slice, frame);
        frame.line = target.lineno;
        protocol.setItem(object, key, value);
        return;
      }
      case 'Tuple':
      case 'List':
        this.unpack(target.elts, value, frame);
        return;
      default:
        throw pyError('SyntaxError', 'cannot assign to expression');
    }
  }

  private unpack(targets: Expr[], value: PyValue, frame: Frame): void {
    if (!protocol.isIterable(value)) throw pyError('TypeError', `cannot unpack non-iterable ${typeNameOf(value)} object`);
    const items = value instanceof PyList || value instanceof PyTuple ? value.items : [...protocol.iterate(value)];
    const starIndex = targets.findIndex((t) => t.type === 'Starred');
    if (starIndex < 0) {
      if (items.length > targets.length) throw pyError('ValueError', `too many values to unpack (expected ${targets.length})`);
      if (items.length < targets.length) {
        throw pyError('ValueError', `not enough values to unpack (expected ${targets.length}, got ${items.length})`);
      }
      for (let i = 0; i < targets.length; i++) this.assign(targets[i], items[i], frame);
      return;
    }
    const after = targets.length - starIndex - 1;
    if (items.length < targets.length - 1) {
      throw pyError('ValueError', `not enough values to unpack (expected at least ${targets.length - 1}, got ${items.length})`);
    }
    for (let i = 0; i < starIndex; i++) this.assign(targets[i], items[i], frame);
    const star = targets[starIndex];
    if (star.type === 'Starred') this.assign(star.value, new PyList(items.slice(starIndex, items.length - after)), frame);
    for (let i = 0; i < after; i++) this.assign(targets[starIndex + 1 + i], items[items.length - after + i], frame);
  }

  private augAssign(target: Expr, op: Parameters<typeof binaryOp>[0], valueNode: Expr, frame: Frame): void {
    switch (target.type) {
      case 'Name': {
        const current = this.lookup(target.id, frame);
        const value = this.evaluate(valueNode, frame);
        this.store(target.id, inplaceOp(op, current, value), frame);
        return;
      }
      case 'Attribute': {
        const object = this.evaluate(target.value, frame);
        const current = getAttribute(object, target.attr);
        const value = this.evaluate(valueNode, frame);
        frame.line = target.lineno;
        setAttribute(object, target.attr, inplaceOp(op, current, value), target.lineno);
        return;
      }
      case 'Subscript': {
        const object = this.evaluate(target.value, frame);
        const key = this.evaluate(target.slice, frame);
        const current = protocol.getItem(object, key);
        const value = this.evaluate(valueNode, frame);
        frame.line = target.lineno;
        protocol.setItem(object, key, inplaceOp(op, current, value));
        return;
      }
      default:
        throw pyError('SyntaxError', "'expression' is an illegal expression for augmented assignment");
    }
  }

  private deleteName(name: string, frame: Frame): void {
    const scope = frame.scope.locals === null || frame.scope.globalNames.has(name) ? this.globals : frame.scope;
    if (!scope.vars.delete(name)) throw pyError('NameError', `name '${name}' is not defined`);
  }

  private deleteTarget(target: Expr, frame: Frame): void {
    if (target.type === 'Name') {
      this.deleteName(target.id, frame);
      return;
    }
    if (target.type === 'Subscript') {
      const object = this.evaluate(target.value, frame);
      protocol.deleteItem(object, this.evaluate(target.slice, frame));
      return;
    }
    if (target.type === 'Tuple' || target.type === 'List') {
      for (const element of target.elts) this.deleteTarget(element, frame);
      return;
    }
    throw pyError('NotImplementedError', notSupportedMessage(`'del' of ${target.type}`, target.lineno));
  }

  // ── functions ──

  private makeFunction(name: string, args: Arguments, body: Stmt[] | Expr, frame: Frame): PyFunction {
    const defaults = args.defaults.map((d) => this.evaluate(d, frame));
    const kwDefaults = args.kw_defaults.map((d) => (d ? this.evaluate(d, frame) : undefined));
    const analysis = analyzeFunction(args, body);
    // A function defined in a class body closes over the scope around the class, not the class's names.
    let closure = frame.scope;
    while (closure.classBody && closure.parent) closure = closure.parent;
    const fn = new PyFunction(name, args, body, closure, defaults, kwDefaults, analysis.locals, analysis.globals, analysis.nonlocals, frame.filename, this);
    if (frame.classCell) {
      fn.classCell = frame.classCell;
      fn.qualname = `${frame.qualname}.${name}`;
    } else if (frame.fn?.classCell) {
      // A function nested in a method can still call super() with arguments, and shares its class cell.
      fn.classCell = frame.fn.classCell;
    }
    return fn;
  }

  /** `class Name(bases): body`: the body runs in its own namespace, which becomes the class's. */
  private makeClass(node: Extract<Stmt, { type: 'ClassDef' }>, frame: Frame): PyValue {
    const decorators = node.decorator_list.map((d) => this.evaluate(d, frame));
    const bases = node.bases.map((b) => this.evaluate(b, frame));
    frame.line = node.lineno;
    if (node.keywords.length > 0) {
      throw pyError('NotImplementedError', notSupportedMessage('keywords in a class statement (metaclass=...)', node.lineno));
    }
    const scope = new Scope(frame.scope, classBodyNames(node.body), undefined, undefined, true);
    const cell: ClassCell = { cls: null };
    const qualname = frame.qualname ? `${frame.qualname}.${node.name}` : node.name;
    const body: Frame = { scope, filename: frame.filename, name: node.name, line: node.lineno, returnValue: null, handling: [], classCell: cell, qualname };
    // the docstring is the body's first name, as CPython's compiler stores it (dir() in the body sees it)
    const first = node.body[0];
    if (first?.type === 'Expr' && first.value.type === 'Constant' && typeof first.value.value === 'string') scope.vars.set('__doc__', first.value.value);
    this.frameStack.push(body);
    try {
      this.execBlock(node.body, body);
    } catch (error) {
      throw this.addFrame(error, body);
    } finally {
      this.frameStack.pop();
    }
    const dict = new Map(scope.vars);
    const cls = createClass(node.name, bases, dict, node.lineno);
    cell.cls = cls;
    let value: PyValue = cls;
    for (let i = decorators.length - 1; i >= 0; i--) value = this.call(decorators[i], [value], NO_KWARGS);
    return value;
  }

  /** Zero-argument super(): the class the running method was defined in, and its first argument. */
  private zeroArgumentSuper(frame: Frame): PySuper {
    const fn = frame.fn;
    const cls = fn?.classCell?.cls;
    if (!fn || !cls) throw pyError('RuntimeError', fn ? 'super(): __class__ cell not found' : 'super(): no arguments');
    const first = fn.args.args[0]?.arg ?? fn.args.vararg?.arg;
    const self = first === undefined ? undefined : frame.scope.vars.get(first);
    if (self === undefined) throw pyError('RuntimeError', 'super(): no arguments');
    return this.call(this.builtins.get('super')!, [cls, self], NO_KWARGS) as PySuper;
  }

  /** Calls any callable; a call made while a loop iteration is being recorded is noted first. */
  call(fn: PyValue, args: readonly PyValue[], kwargs: KwArgs): PyValue {
    if (this.tracing.active) this.options.loopTracing?.accelerator.noteCall(fn);
    return protocol.call(fn, args, kwargs);
  }

  /** Runs a `def` or `lambda` (the function objects this interpreter made name it as their runner). */
  runFunction(fn: PyFunction, args: readonly PyValue[], kwargs: KwArgs): PyValue {
    this.checkInterrupt();
    if (this.depth >= MAX_DEPTH) throw pyError('RecursionError', 'maximum recursion depth exceeded');
    // Python code run while a loop iteration is recorded, however it was reached (a call, a
    // property, a dunder method behind `+`), makes the iteration opaque: the replay would skip it.
    if (this.tracing.active) this.options.loopTracing?.accelerator.noteCall(fn);
    const scope = new Scope(fn.closure, fn.locals, fn.globalNames, fn.nonlocalNames);
    bindParameters(fn, args, kwargs, scope.vars);
    const frame: Frame = { scope, filename: fn.filename, name: fn.name, line: 0, returnValue: null, handling: [], fn };
    this.depth++;
    this.frameStack.push(frame);
    try {
      if (!Array.isArray(fn.body)) {
        frame.line = (fn.body as Expr).lineno;
        return this.evaluate(fn.body as Expr, frame);
      }
      return this.execBlock(fn.body, frame) === RETURN ? frame.returnValue : null;
    } catch (error) {
      throw this.addFrame(error, frame);
    } finally {
      this.depth--;
      this.frameStack.pop();
    }
  }

  // ── modules ──

  importModule(name: string): PyModule {
    const cached = this.modules.get(name);
    if (cached) return cached;
    const dot = name.lastIndexOf('.');
    const parent = dot > 0 ? this.importModule(name.slice(0, dot)) : null;
    const factory = this.registry.get(name);
    let module: PyModule;
    if (factory) module = factory(this.context);
    else if (this.registry.knows(name)) module = new PyModule(name);
    else if (isMissingModule(name)) throw notSupportedYet(name);
    else {
      const message = parent ? `No module named '${name}'; this page provides: ${this.registry.names().join(', ')}` : `No module named '${name}'`;
      throw pyError('ModuleNotFoundError', message);
    }
    this.modules.set(name, module);
    if (parent && !parent.attrs.has(name.slice(dot + 1))) parent.attrs.set(name.slice(dot + 1), module);
    for (const child of this.registry.children(name)) module.lazySubmodules.set(child, () => this.importModule(`${name}.${child}`));
    return module;
  }

  // ── expressions ──

  evaluate(node: Expr, frame: Frame): PyValue {
    switch (node.type) {
      case 'Constant':
        return node.kind === 'Ellipsis' ? Ellipsis : (node.value as PyValue);
      case 'Name':
        frame.line = node.lineno;
        return this.lookup(node.id, frame);
      case 'BinOp': {
        const left = this.evaluate(node.left, frame);
        const right = this.evaluate(node.right, frame);
        frame.line = node.lineno;
        return binaryOp(node.op, left, right);
      }
      case 'UnaryOp': {
        const operand = this.evaluate(node.operand, frame);
        if (node.op === 'not') return !protocol.truthy(operand);
        frame.line = node.lineno;
        return unaryOp(node.op, operand);
      }
      case 'BoolOp': {
        let value: PyValue = null;
        for (const part of node.values) {
          value = this.evaluate(part, frame);
          if (node.op === 'and' ? !protocol.truthy(value) : protocol.truthy(value)) return value;
        }
        return value;
      }
      case 'Compare':
        return this.evaluateCompare(node, frame);
      case 'Call':
        return this.evaluateCall(node, frame);
      case 'Attribute': {
        const object = this.evaluate(node.value, frame);
        frame.line = node.lineno;
        return getAttribute(object, node.attr);
      }
      case 'Subscript': {
        const object = this.evaluate(node.value, frame);
        const key = this.evaluate(node.slice, frame);
        frame.line = node.lineno;
        return protocol.getItem(object, key);
      }
      case 'Slice':
        return new PySlice(
          node.lower ? this.evaluate(node.lower, frame) : null,
          node.upper ? this.evaluate(node.upper, frame) : null,
          node.step ? this.evaluate(node.step, frame) : null,
        );
      case 'List':
        return new PyList(this.evaluateElements(node.elts, frame));
      case 'Tuple':
        return new PyTuple(this.evaluateElements(node.elts, frame));
      case 'Dict': {
        const dict = new PyDict();
        for (let i = 0; i < node.keys.length; i++) {
          const keyNode = node.keys[i];
          const key = keyNode ? this.evaluate(keyNode, frame) : null;
          dict.set(key, this.evaluate(node.values[i], frame));
        }
        return dict;
      }
      case 'Set':
        return this.evaluateSetDisplay(node.elts, frame);
      case 'IfExp':
        return protocol.truthy(this.evaluate(node.test, frame)) ? this.evaluate(node.body, frame) : this.evaluate(node.orelse, frame);
      case 'Lambda':
        return this.makeFunction('<lambda>', node.args, node.body, frame);
      case 'JoinedStr': {
        let text = '';
        for (const part of node.values) {
          const value = this.evaluate(part, frame);
          text += typeof value === 'string' ? value : str(value);
        }
        return text;
      }
      case 'FormattedValue': {
        let value = this.evaluate(node.value, frame);
        if (node.conversion === 'r' || node.conversion === 'a') value = repr(value);
        else if (node.conversion === 's') value = str(value);
        const spec = node.format_spec ? (this.evaluate(node.format_spec, frame) as string) : '';
        frame.line = node.lineno;
        return formatValue(value, spec);
      }
      case 'ListComp':
        return new PyList([...this.comprehend(node.generators, frame, (scopeFrame) => this.evaluate(node.elt, scopeFrame))]);
      case 'GeneratorExp':
        return new PyIterator('generator', this.comprehend(node.generators, frame, (scopeFrame) => this.evaluate(node.elt, scopeFrame)));
      case 'DictComp': {
        const dict = new PyDict();
        for (const [key, value] of this.comprehend(node.generators, frame, (f) => [this.evaluate(node.key, f), this.evaluate(node.value, f)] as const)) {
          dict.set(key, value);
        }
        return dict;
      }
      case 'SetComp': {
        const set = new PySet(false);
        for (const item of this.comprehend(node.generators, frame, (f) => this.evaluate(node.elt, f))) set.add(item);
        return set;
      }
      case 'Starred':
        throw pyError('SyntaxError', "can't use starred expression here");
    }
  }

  /**
   * A frozenset constant as CPython 3.11's compiler leaves it: built from the elements, then
   * rebuilt from its own table order when the compiler merges constants (merge_consts_recursive).
   */
  private constantFrozenset(elements: Expr[], frame: Frame): PySet {
    const folded = new PySet(true, new PyTuple(this.evaluateElements(elements, frame)));
    return new PySet(true, new PyTuple(folded.items()));
  }

  /**
   * `{a, b, c}` as CPython 3.11 compiles it: more than two constants become a frozenset constant
   * merged into the new set (its table order, not the order of adding); otherwise each element is
   * added and each `*iterable` merged in turn.
   */
  private evaluateSetDisplay(elements: Expr[], frame: Frame): PySet {
    const set = new PySet(false);
    if (elements.length > 2 && elements.every(isFoldedConstant)) {
      set.update(this.constantFrozenset(elements, frame));
      return set;
    }
    if (!elements.some((e) => e.type === 'Starred')) {
      for (const value of this.evaluateElements(elements, frame)) set.add(value);
      return set;
    }
    for (const element of elements) {
      if (element.type === 'Starred') set.update(this.evaluate(element.value, frame));
      else set.add(this.evaluate(element, frame));
    }
    return set;
  }

  /** A loop's iterable: `for x in {1, 2, 3}` of constants iterates the frozenset CPython folds it into. */
  private evaluateIterable(node: Expr, frame: Frame): PyValue {
    if (node.type === 'Set' && node.elts.every(isFoldedConstant)) return this.constantFrozenset(node.elts, frame);
    return this.evaluate(node, frame);
  }

  private evaluateElements(elements: Expr[], frame: Frame): PyValue[] {
    const out: PyValue[] = [];
    for (const element of elements) {
      if (element.type === 'Starred') out.push(...protocol.iterate(this.evaluate(element.value, frame)));
      else out.push(this.evaluate(element, frame));
    }
    return out;
  }

  private *comprehend<T>(generators: Comprehension[], frame: Frame, produce: (frame: Frame) => T): Generator<T> {
    // The first iterable is evaluated in the enclosing scope, the rest in the comprehension's own.
    const first = this.evaluateIterable(generators[0].iter, frame);
    const scope = new Scope(frame.scope, comprehensionLocals(generators));
    const inner: Frame = { ...frame, scope };
    const loop = function* (this: Interpreter, level: number, iterable: PyValue): Generator<T> {
      const generator = generators[level];
      for (const item of protocol.iterate(iterable)) {
        this.checkInterrupt();
        this.assign(generator.target, item, inner);
        if (!generator.ifs.every((test) => protocol.truthy(this.evaluate(test, inner)))) continue;
        if (level + 1 < generators.length) yield* loop.call(this, level + 1, this.evaluateIterable(generators[level + 1].iter, inner));
        else yield produce(inner);
      }
    };
    yield* loop.call(this, 0, first);
  }

  private evaluateCompare(node: Extract<Expr, { type: 'Compare' }>, frame: Frame): PyValue {
    let left = this.evaluate(node.left, frame);
    let result: PyValue = true;
    for (let i = 0; i < node.ops.length; i++) {
      const right = this.evaluate(node.comparators[i], frame);
      const op = node.ops[i];
      frame.line = node.lineno;
      switch (op) {
        case 'in':
          result = protocol.contains(right, left);
          break;
        case 'not in':
          result = !protocol.contains(right, left);
          break;
        case 'is':
          result = protocol.isSame(left, right);
          break;
        case 'is not':
          result = !protocol.isSame(left, right);
          break;
        default:
          result = protocol.compare(op, left, right);
      }
      if (i < node.ops.length - 1 && !protocol.truthy(result)) return result;
      left = right;
    }
    return result;
  }

  private evaluateCall(node: Extract<Expr, { type: 'Call' }>, frame: Frame): PyValue {
    const fn = this.evaluate(node.func, frame);
    if (node.args.length === 0 && node.keywords.length === 0 && fn === this.builtins.get('super')) {
      frame.line = node.lineno;
      return this.zeroArgumentSuper(frame);
    }
    const args: PyValue[] = [];
    for (const arg of node.args) {
      if (arg.type === 'Starred') args.push(...protocol.iterate(this.evaluate(arg.value, frame)));
      else args.push(this.evaluate(arg, frame));
    }
    let kwargs: KwArgs = NO_KWARGS;
    if (node.keywords.length > 0) {
      const map = new Map<string, PyValue>();
      for (const keyword of node.keywords) {
        const value = this.evaluate(keyword.value, frame);
        if (keyword.arg !== null) {
          map.set(keyword.arg, value);
          continue;
        }
        if (!(value instanceof PyDict)) throw pyError('TypeError', `argument after ** must be a mapping, not ${typeNameOf(value)}`);
        for (const [key, item] of value.entries.values()) {
          if (typeof key !== 'string') throw pyError('TypeError', 'keywords must be strings');
          if (map.has(key)) throw pyError('TypeError', `got multiple values for keyword argument '${key}'`);
          map.set(key, item);
        }
      }
      kwargs = map;
    }
    frame.line = node.lineno;
    return this.call(fn, args, kwargs);
  }
}

const exceptionInstances = new WeakMap<PyException, PyExceptionInstance>();
function exceptionValue(error: PyException): PyExceptionInstance {
  return exceptionInstances.get(error) ?? new PyExceptionInstance(error.pyType, error.args ?? (error.pyMessage ? [error.pyMessage] : []), error.pyMessage);
}

function bindParameters(fn: PyFunction, args: readonly PyValue[], kwargs: KwArgs, vars: Map<string, PyValue>): void {
  const params = fn.args.args;
  const name = fn.qualname;
  const count = Math.min(args.length, params.length);
  for (let i = 0; i < count; i++) vars.set(params[i].arg, args[i]);
  if (args.length > params.length) {
    if (fn.args.vararg) vars.set(fn.args.vararg.arg, new PyTuple(args.slice(params.length)));
    else {
      const required = params.length - fn.defaults.length;
      const takes = fn.defaults.length === 0 ? `${params.length}` : `from ${required} to ${params.length}`;
      throw pyError(
        'TypeError',
        `${name}() takes ${takes} positional argument${params.length === 1 && fn.defaults.length === 0 ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`,
      );
    }
  } else if (fn.args.vararg) {
    vars.set(fn.args.vararg.arg, new PyTuple([]));
  }
  let extra: PyDict | null = null;
  if (fn.args.kwarg) {
    extra = new PyDict();
    vars.set(fn.args.kwarg.arg, extra);
  }
  for (const [key, value] of kwargs) {
    const isParam = params.some((p) => p.arg === key) || fn.args.kwonlyargs.some((p) => p.arg === key);
    if (!isParam) {
      if (extra) {
        extra.set(key, value);
        continue;
      }
      throw pyError('TypeError', `${name}() got an unexpected keyword argument '${key}'`);
    }
    if (vars.has(key)) throw pyError('TypeError', `${name}() got multiple values for argument '${key}'`);
    vars.set(key, value);
  }
  const firstDefault = params.length - fn.defaults.length;
  const missing: string[] = [];
  for (let i = 0; i < params.length; i++) {
    const param = params[i].arg;
    if (vars.has(param)) continue;
    if (i >= firstDefault) vars.set(param, fn.defaults[i - firstDefault]);
    else missing.push(param);
  }
  if (missing.length > 0) throw missingError(name, missing, 'positional');
  const missingKw: string[] = [];
  fn.args.kwonlyargs.forEach((param, i) => {
    if (vars.has(param.arg)) return;
    const fallback = fn.kwDefaults[i];
    if (fallback === undefined) missingKw.push(param.arg);
    else vars.set(param.arg, fallback);
  });
  if (missingKw.length > 0) throw missingError(name, missingKw, 'keyword-only');
}

function missingError(name: string, missing: string[], kind: string): PyException {
  const quoted = missing.map((m) => `'${m}'`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
  return pyError('TypeError', `${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`);
}
