// From two recorded iterations of a loop body to a replayable kernel. The second iteration
// must repeat the first exactly: the same ops and effects in the same order, the same
// shapes, dtypes and constants, and every input wired the same way — either to an op of the
// same iteration (by position) or to the very same outside tensor (data, parameters). A
// tensor made by anything the recording does not see (a fresh torch.tensor, a random draw, a
// slice) has a new identity each iteration and so fails this check, as does a value carried
// from one iteration to the next. Then the kernel is the second iteration's steps run again:
// each op's own replay (its forward loop, into its own output buffer) and each effect; an
// outside input that is a view first takes in its base's writes (an optimizer step's).
import type { Entry, Recording } from '../core/recording';
import { syncTensor, type Tensor } from '../core/tensor';

/** How a value is reached: the output of entry `op`, or an outside object. */
type Ref = { op: number } | { outside: unknown } | { constant: string };

function refsOf(recording: Recording): Map<Tensor, number> {
  const produced = new Map<Tensor, number>();
  recording.entries.forEach((e, i) => {
    if (e.type === 'op') produced.set(e.out, i);
  });
  return produced;
}

function refOf(value: unknown, produced: Map<Tensor, number>): Ref {
  const op = produced.get(value as Tensor);
  if (op !== undefined) return { op };
  const t = value as Tensor | null;
  // Python numbers become fresh wrapped 0-dim tensors at every call: compared by value.
  if (t && typeof t === 'object' && 'wrappedNumber' in t && t.wrappedNumber) return { constant: `${t.dtype}:${Object.is(t.data[0], -0) ? '-0' : t.data[0]}` };
  return { outside: value };
}

function sameRef(a: Ref, b: Ref): boolean {
  if ('op' in a) return 'op' in b && a.op === b.op;
  if ('constant' in a) return 'constant' in b && a.constant === b.constant;
  return 'outside' in b && a.outside === b.outside;
}

function sameEntry(a: Entry, b: Entry, pa: Map<Tensor, number>, pb: Map<Tensor, number>): boolean {
  if (a.type !== b.type || a.kind !== b.kind) return false;
  if (a.type === 'effect' && b.type === 'effect') return sameRef(refOf(a.target, pa), refOf(b.target, pb));
  if (a.type !== 'op' || b.type !== 'op') return false;
  if (a.out.dtype !== b.out.dtype || a.out.shape.join() !== b.out.shape.join()) return false;
  if (a.params.join() !== b.params.join() || a.inputs.length !== b.inputs.length) return false;
  return a.inputs.every((x, i) => {
    const y = b.inputs[i];
    if (x === null || y === null) return x === y;
    return x.dtype === y.dtype && x.shape.join() === y.shape.join() && sameRef(refOf(x, pa), refOf(y, pb));
  });
}

export interface Kernel {
  /** One more iteration of the loop body's tensor work. */
  readonly run: () => void;
  readonly ops: number;
  readonly effects: number;
}

export type CompileResult = { kernel: Kernel } | { reason: string };

/**
 * A kernel that repeats `second`, or why not. `bound` pairs, for each name the body assigns,
 * its value after the first and after the second iteration: both must be the same op's
 * output (or the same outside object), or the names would not end where the interpreter
 * leaves them.
 */
export function compileLoop(first: Recording, second: Recording, bound: readonly [unknown, unknown][]): CompileResult {
  if (first.opaque ?? second.opaque) return { reason: (first.opaque ?? second.opaque)! };
  if (second.entries.length === 0) return { reason: 'no tensor work' };
  if (first.entries.length !== second.entries.length) return { reason: 'iterations differ in length' };
  const p1 = refsOf(first);
  const p2 = refsOf(second);
  for (let i = 0; i < first.entries.length; i++) {
    if (!sameEntry(first.entries[i], second.entries[i], p1, p2)) return { reason: `iterations differ at step ${i + 1} (${second.entries[i].kind})` };
  }
  for (const [a, b] of bound) {
    if (!sameRef(refOf(a, p1), refOf(b, p2))) return { reason: 'a name is bound to a different value each iteration' };
  }
  const steps = second.entries.map((entry) => {
    if (entry.type !== 'op') return entry.run;
    // a view made before the loop (W[0]) reads its base afresh, as the interpreter's reads do (syncTensor)
    const views = entry.inputs.filter((t): t is Tensor => t !== null && t.viewSource !== null && !p2.has(t));
    if (views.length === 0) return entry.replay;
    const replay = entry.replay;
    return () => {
      for (const v of views) syncTensor(v);
      replay();
    };
  });
  const ops = second.entries.filter((entry) => entry.type === 'op').length;
  const run = (): void => {
    for (let i = 0; i < steps.length; i++) steps[i]();
  };
  return { kernel: { run, ops, effects: steps.length - ops } };
}
