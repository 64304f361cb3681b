// Static facts CPython's compiler works out before running: which names a function assigns
// (its locals), its global/nonlocal declarations, and misplaced break/continue/return.
import type { Arguments, Comprehension, Expr, Module, Stmt } from './ast';
import { PySyntaxError } from './tokenizer';

export interface FunctionScope {
  locals: ReadonlySet<string>;
  globals: ReadonlySet<string>;
  nonlocals: ReadonlySet<string>;
}

const cache = new WeakMap<Arguments, FunctionScope>();

export function analyzeFunction(args: Arguments, body: Stmt[] | Expr): FunctionScope {
  const cached = cache.get(args);
  if (cached) return cached;
  const locals = new Set<string>();
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  for (const arg of [...args.args, ...args.kwonlyargs]) locals.add(arg.arg);
  if (args.vararg) locals.add(args.vararg.arg);
  if (args.kwarg) locals.add(args.kwarg.arg);
  if (Array.isArray(body)) collectStatements(body, locals, globals, nonlocals);
  for (const name of globals) locals.delete(name);
  for (const name of nonlocals) locals.delete(name);
  const scope = { locals, globals, nonlocals };
  cache.set(args, scope);
  return scope;
}

function collectStatements(body: Stmt[], locals: Set<string>, globals: Set<string>, nonlocals: Set<string>): void {
  for (const stmt of body) {
    switch (stmt.type) {
      case 'Assign':
        stmt.targets.forEach((t) => collectTarget(t, locals));
        break;
      case 'AugAssign':
        collectTarget(stmt.target, locals);
        break;
      case 'For':
        collectTarget(stmt.target, locals);
        collectStatements(stmt.body, locals, globals, nonlocals);
        collectStatements(stmt.orelse, locals, globals, nonlocals);
        break;
      case 'While':
      case 'If':
        collectStatements(stmt.body, locals, globals, nonlocals);
        collectStatements(stmt.orelse, locals, globals, nonlocals);
        break;
      case 'With':
        for (const item of stmt.items) if (item.optional_vars) collectTarget(item.optional_vars, locals);
        collectStatements(stmt.body, locals, globals, nonlocals);
        break;
      case 'Try':
        collectStatements(stmt.body, locals, globals, nonlocals);
        for (const handler of stmt.handlers) {
          if (handler.name) locals.add(handler.name);
          collectStatements(handler.body, locals, globals, nonlocals);
        }
        collectStatements(stmt.orelse, locals, globals, nonlocals);
        collectStatements(stmt.finalbody, locals, globals, nonlocals);
        break;
      case 'FunctionDef':
        locals.add(stmt.name);
        break;
      case 'Import':
        for (const alias of stmt.names) locals.add(alias.asname ?? alias.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const alias of stmt.names) locals.add(alias.asname ?? alias.name);
        break;
      case 'Delete':
        stmt.targets.forEach((t) => collectTarget(t, locals));
        break;
      case 'Global':
        stmt.names.forEach((n) => globals.add(n));
        break;
      case 'Nonlocal':
        stmt.names.forEach((n) => nonlocals.add(n));
        break;
    }
  }
}

function collectTarget(target: Expr, names: Set<string>): void {
  if (target.type === 'Name') names.add(target.id);
  else if (target.type === 'Tuple' || target.type === 'List') target.elts.forEach((t) => collectTarget(t, names));
  else if (target.type === 'Starred') collectTarget(target.value, names);
}

export function comprehensionLocals(generators: Comprehension[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const generator of generators) collectTarget(generator.target, names);
  return names;
}

/** SyntaxErrors CPython raises at compile time, before any line of the cell runs. */
export function checkModule(module: Module): void {
  checkBlock(module.body, false, false, true);
}

function checkBlock(body: Stmt[], inFunction: boolean, inLoop: boolean, atModule: boolean): void {
  for (const stmt of body) {
    switch (stmt.type) {
      case 'Break':
        if (!inLoop) throw new PySyntaxError("'break' outside loop", stmt.lineno, stmt.col_offset);
        break;
      case 'Continue':
        if (!inLoop) throw new PySyntaxError("'continue' not properly in loop", stmt.lineno, stmt.col_offset);
        break;
      case 'Return':
        if (!inFunction) throw new PySyntaxError("'return' outside function", stmt.lineno, stmt.col_offset);
        break;
      case 'Nonlocal':
        if (atModule) throw new PySyntaxError('nonlocal declaration not allowed at module level', stmt.lineno, stmt.col_offset);
        break;
      case 'For':
      case 'While':
        checkBlock(stmt.body, inFunction, true, atModule);
        checkBlock(stmt.orelse, inFunction, inLoop, atModule);
        break;
      case 'If':
        checkBlock(stmt.body, inFunction, inLoop, atModule);
        checkBlock(stmt.orelse, inFunction, inLoop, atModule);
        break;
      case 'With':
        checkBlock(stmt.body, inFunction, inLoop, atModule);
        break;
      case 'Try':
        checkBlock(stmt.body, inFunction, inLoop, atModule);
        for (const handler of stmt.handlers) checkBlock(handler.body, inFunction, inLoop, atModule);
        checkBlock(stmt.orelse, inFunction, inLoop, atModule);
        checkBlock(stmt.finalbody, inFunction, inLoop, atModule);
        break;
      case 'FunctionDef':
        checkBlock(stmt.body, true, false, false);
        break;
    }
  }
}
