// Traced `for … in range(…)` loops. The interpreter runs the first two iterations itself while
// a LoopAccelerator (the torch binding's) records what the body's straight-line prefix did to
// tensors (loop-plan.ts); when both iterations did the same thing, the prefix of every later
// iteration runs as the accelerator's compiled kernel and the suffix (periodic prints, appends
// of .item() values, a break) is still interpreted. Any doubt — a body the plan rejects,
// iterations that differ, an op without a kernel, a suffix that rebinds what the prefix reads —
// and the loop (or its rest) runs interpreted: tracing never changes an answer, only its time.
import type { Stmt } from '../syntax/ast';
import { PyList, type PyValue } from '../objects/values';
import { loopPlan, type LoopPlan } from './loop-plan';

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
  /** Interrupt check, progress, and the loop variable bound to iteration i's value. */
  startIteration(i: number): void;
  /** Runs statements; true when a `break` ended the loop. */
  exec(statements: readonly Stmt[]): boolean;
  /** Values of `names` as the loop body sees them (undefined where unbound). */
  values(names: readonly string[]): (PyValue | undefined)[];
  /** Whether `name` resolves to the builtin of that name. */
  isBuiltin(name: string): boolean;
}

/** Loop tracing as an interpreter option: who compiles, and who wants to know how loops ran. */
export interface LoopTracing {
  readonly accelerator: LoopAccelerator;
  /** Told, after each loop that was traced, how it ran (tests, the bench). */
  onLoop?(stats: LoopTraceStats): void;
}

/** How one traced loop ran. */
export interface LoopTraceStats {
  /** Line of the `for` in its cell. */
  readonly line: number;
  readonly iterations: number;
  /** Whether the rest of the loop ran as a compiled kernel. */
  compiled: boolean;
  compiledIterations: number;
  /** Why it was not compiled, or stopped being: '' when it ran compiled to the end. */
  reason: string;
}

const MIN_ITERATIONS = 4;

export type TracedOutcome = 'declined' | 'completed' | 'broke';

/**
 * Runs `length` iterations, traced and compiled when it can be. 'declined' means nothing ran
 * and the caller should run the loop the ordinary way; otherwise tracing.onLoop hears how it
 * ran (also when an error or Stop ended it).
 */
export function runTracedRange(
  tracing: LoopTracing,
  loop: Extract<Stmt, { type: 'For' }>,
  length: number,
  hooks: TracedLoopHooks,
  recording: { active: boolean },
): TracedOutcome {
  // Not inside another loop's recorded iteration (a loop in a called function): one recording at a time.
  const plan = length >= MIN_ITERATIONS && !recording.active ? loopPlan(loop) : null;
  if (!plan) return 'declined';
  const stats: LoopTraceStats = { line: loop.lineno, iterations: length, compiled: false, compiledIterations: 0, reason: '' };
  try {
    return runPlanned(tracing.accelerator, loop, plan, length, hooks, recording, stats);
  } finally {
    tracing.onLoop?.(stats);
  }
}

function runPlanned(
  accelerator: LoopAccelerator,
  loop: Extract<Stmt, { type: 'For' }>,
  plan: LoopPlan,
  length: number,
  hooks: TracedLoopHooks,
  recording: { active: boolean },
  stats: LoopTraceStats,
): TracedOutcome {
  const { prefix, suffix, assigned } = plan;
  const interpretFrom = (start: number): TracedOutcome => {
    for (let i = start; i < length; i++) {
      hooks.startIteration(i);
      if (hooks.exec(loop.body)) return 'broke';
    }
    return 'completed';
  };
  const handles: unknown[] = [];
  const bound: (PyValue | undefined)[][] = [];
  for (let i = 0; i < 2; i++) {
    hooks.startIteration(i);
    accelerator.begin();
    recording.active = true;
    try {
      if (hooks.exec(prefix)) throw new Error('a straight-line prefix cannot break');
    } finally {
      recording.active = false;
      handles.push(accelerator.end());
    }
    bound.push(hooks.values(assigned));
    if (hooks.exec(suffix)) {
      stats.reason = 'a break during the two recorded iterations';
      return 'broke';
    }
  }
  const suffixSafe = plan.builtinCalls.every((name) => hooks.isBuiltin(name)) && hooks.values(plan.appendTargets).every((v) => v instanceof PyList);
  const compiled = suffixSafe
    ? accelerator.compile(handles[0], handles[1], assigned.map((_, k) => [bound[0][k] ?? null, bound[1][k] ?? null]))
    : { reason: 'the rest of the body calls a rebound builtin or appends to a non-list' };
  if ('reason' in compiled) {
    stats.reason = compiled.reason;
    return interpretFrom(2);
  }
  stats.compiled = true;
  const watched = suffix.length > 0 ? hooks.values(plan.reads) : [];
  for (let i = 2; i < length; i++) {
    hooks.startIteration(i);
    accelerator.guard(compiled.run);
    stats.compiledIterations++;
    if (suffix.length === 0) continue;
    if (hooks.exec(suffix)) return 'broke';
    const now = hooks.values(plan.reads);
    if (now.some((v, k) => v !== watched[k])) {
      stats.reason = 'the rest of the body rebound a name the trace reads';
      return interpretFrom(i + 1);
    }
  }
  return 'completed';
}
