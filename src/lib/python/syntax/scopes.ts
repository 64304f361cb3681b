// Static facts CPython's compiler works out before running: which names a function assigns
// (its locals), its global/nonlocal declarations, and misplaced break/continue/return.
import type { Arguments, Comprehension, Expr, Module, Stmt } from './ast';
import { PySyntaxError } from './errors';

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

/**
 * The statement blocks nested in a compound statement (not a def: its body is another scope),
 * and whether each is a loop body, where break and continue belong. Both walks below use it, so
 * a statement kind added to the parser is nested the same way for scopes and for syntax checks.
 */
function nestedBlocks(stmt: Stmt): { body: Stmt[]; loopBody: boolean }[] {
  switch (stmt.type) {
    case 'For':
    case 'While':
      return [{ body: stmt.body, loopBody: true }, { body: stmt.orelse, loopBody: false }];
    case 'If':
      return [{ body: stmt.body, loopBody: false }, { body: stmt.orelse, loopBody: false }];
    case 'With':
      return [{ body: stmt.body, loopBody: false }];
    case 'Try':
      return [stmt.body, ...stmt.handlers.map((handler) => handler.body), stmt.orelse, stmt.finalbody].map((body) => ({ body, loopBody: false }));
    default:
      return [];
  }
}

function collectStatements(body: Stmt[], locals: Set<string>, globals: Set<string>, nonlocals: Set<string>): void {
  for (const stmt of body) {
    switch (stmt.type) {
      case 'Assign':
      case 'Delete':
        stmt.targets.forEach((t) => collectTarget(t, locals));
        break;
      case 'AugAssign':
      case 'For':
        collectTarget(stmt.target, locals);
        break;
      case 'With':
        for (const item of stmt.items) if (item.optional_vars) collectTarget(item.optional_vars, locals);
        break;
      case 'Try':
        for (const handler of stmt.handlers) if (handler.name) locals.add(handler.name);
        break;
      case 'FunctionDef':
      case 'ClassDef':
        locals.add(stmt.name);
        break;
      case 'Import':
        for (const alias of stmt.names) locals.add(alias.asname ?? alias.name.split('.')[0]);
        break;
      case 'ImportFrom':
        for (const alias of stmt.names) locals.add(alias.asname ?? alias.name);
        break;
      case 'Global':
        stmt.names.forEach((n) => globals.add(n));
        break;
      case 'Nonlocal':
        stmt.names.forEach((n) => nonlocals.add(n));
        break;
    }
    for (const block of nestedBlocks(stmt)) collectStatements(block.body, locals, globals, nonlocals);
  }
}

function collectTarget(target: Expr, names: Set<string>): void {
  if (target.type === 'Name') names.add(target.id);
  else if (target.type === 'Tuple' || target.type === 'List') target.elts.forEach((t) => collectTarget(t, names));
  else if (target.type === 'Starred') collectTarget(target.value, names);
}

const classCache = new WeakMap<Stmt[], ReadonlySet<string>>();

/**
 * The names a class body assigns: they become the class's attributes. Unlike a function's
 * locals, a name the body reads before assigning falls through to the enclosing scopes, as in
 * CPython (`x = x + 1` in a class body reads the global x).
 */
export function classBodyNames(body: Stmt[]): ReadonlySet<string> {
  const cached = classCache.get(body);
  if (cached) return cached;
  const names = new Set<string>();
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  collectStatements(body, names, globals, nonlocals);
  for (const name of globals) names.delete(name);
  for (const name of nonlocals) names.delete(name);
  classCache.set(body, names);
  return names;
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
      case 'FunctionDef':
        checkBlock(stmt.body, true, false, false);
        break;
      case 'ClassDef':
        checkBlock(stmt.body, false, false, false);
        break;
    }
    for (const block of nestedBlocks(stmt)) checkBlock(block.body, inFunction, block.loopBody || inLoop, atModule);
  }
}
