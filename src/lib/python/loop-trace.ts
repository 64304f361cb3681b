// Traced `for … in range(…)` loops. The interpreter runs the first two iterations itself while
// a LoopAccelerator (the torch binding's) records what they did to tensors; when both did the
// same thing, the remaining iterations run as the accelerator's compiled kernel and the loop
// variable ends where Python would leave it. Any doubt — a body with control flow or side
// effects the recording cannot see, iterations that differ, an op without a kernel — and the
// loop simply stays interpreted: tracing never changes an answer, only the time it takes.
import type { Expr, Stmt } from './ast';
import type { PyValue } from './host';

export interface LoopAccelerator {
  /** Start recording one iteration. */
  begin(): void;
  /** Stop recording; the handle goes to compile(). */
  end(): unknown;
  /** A call made while recording (anything but a tensor op makes the iteration opaque). */
  noteCall(fn: PyValue): void;
  /** Output written while recording: the iteration is opaque. */
  noteOutput(): void;
  /** A kernel repeating the second iteration, or why there is none. */
  compile(first: unknown, second: unknown, bound: readonly [PyValue, PyValue][]): { run(): void } | { reason: string };
  /** Runs a kernel step, turning library errors into Python exceptions. */
  guard<T>(body: () => T): T;
}

export interface TracedLoopHooks {
  /** Interprets iteration i (binds the loop variable and runs the body). */
  interpret(i: number): void;
  /** Values of `names` in the loop's scope (undefined where unbound). */
  values(names: readonly string[]): PyValue[];
  /** Before each compiled iteration: interrupt check and progress. */
  beforeCompiled(i: number): void;
  /** After the compiled iterations: binds the loop variable to iteration i's value. */
  finish(i: number): void;
}

/** Last reason a loop stayed interpreted (for tests and the bench). */
export const lastTrace = { compiled: false, reason: '', iterations: 0 };

const MIN_ITERATIONS = 4;
const plans = new WeakMap<Stmt, readonly string[] | null>();

const PLAIN_EXPR = new Set(['Name', 'Constant', 'Attribute', 'Call', 'BinOp', 'UnaryOp', 'Subscript']);

function exprOk(e: Expr, loopVar: string): boolean {
  if (!PLAIN_EXPR.has(e.type)) return false;
  switch (e.type) {
    case 'Name':
      return e.id !== loopVar;
    case 'Constant':
      return true;
    case 'Attribute':
      return exprOk(e.value, loopVar);
    case 'Subscript':
      return exprOk(e.value, loopVar) && exprOk(e.slice, loopVar);
    case 'BinOp':
      return exprOk(e.left, loopVar) && exprOk(e.right, loopVar);
    case 'UnaryOp':
      return e.op !== 'not' && exprOk(e.operand, loopVar);
    case 'Call':
      return exprOk(e.func, loopVar) && e.args.every((a) => exprOk(a, loopVar)) && e.keywords.every((k) => k.arg !== null && exprOk(k.value, loopVar));
  }
  return false;
}

/**
 * The names a body assigns, if it is straight-line code the recording can follow:
 * `name = expr` and expression statements only, expressions built from names, constants,
 * attributes, subscripts, calls and arithmetic, and no use of the loop variable.
 */
export function tracePlan(loop: Extract<Stmt, { type: 'For' }>): readonly string[] | null {
  if (plans.has(loop)) return plans.get(loop)!;
  let names: string[] | null = [];
  const loopVar = loop.target.type === 'Name' ? loop.target.id : null;
  if (loopVar === null || loop.orelse.length > 0) names = null;
  for (const s of loop.body) {
    if (names === null) break;
    if (s.type === 'Expr' && exprOk(s.value, loopVar!)) continue;
    if (s.type === 'Assign' && s.targets.length === 1 && s.targets[0].type === 'Name' && exprOk(s.value, loopVar!)) {
      names.push(s.targets[0].id);
      continue;
    }
    names = null;
  }
  if (names && names.includes(loopVar!)) names = null;
  plans.set(loop, names);
  return names;
}

/**
 * Runs `length` iterations: traced and compiled when it can be, else all interpreted.
 * Returns false when the loop should be run by the caller the ordinary way instead
 * (nothing has run then).
 */
export function runTracedRange(accelerator: LoopAccelerator, loop: Extract<Stmt, { type: 'For' }>, length: number, hooks: TracedLoopHooks, recording: { active: boolean }): boolean {
  const names = length >= MIN_ITERATIONS ? tracePlan(loop) : null;
  if (!names) return false;
  const handles: unknown[] = [];
  const bound: PyValue[][] = [];
  for (let i = 0; i < 2; i++) {
    accelerator.begin();
    recording.active = true;
    try {
      hooks.interpret(i);
    } finally {
      recording.active = false;
      handles.push(accelerator.end());
    }
    bound.push(hooks.values(names));
  }
  const compiled = accelerator.compile(handles[0], handles[1], names.map((_, k) => [bound[0][k], bound[1][k]]));
  lastTrace.iterations = length;
  if ('reason' in compiled) {
    lastTrace.compiled = false;
    lastTrace.reason = compiled.reason;
    for (let i = 2; i < length; i++) hooks.interpret(i);
    return true;
  }
  lastTrace.compiled = true;
  lastTrace.reason = '';
  for (let i = 2; i < length; i++) {
    hooks.beforeCompiled(i);
    accelerator.guard(compiled.run);
  }
  hooks.finish(length - 1);
  return true;
}
