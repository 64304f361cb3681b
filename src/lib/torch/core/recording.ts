// What one iteration of a traced loop did to tensors: the ops (kind, inputs, constant
// parameters, output, and how to compute that output again in place) and the effects between
// them (backward, optimizer step, zero_grad), in order. Ops report themselves only while a
// Recording is active, so outside a trace each op pays one null check. The loop compiler
// (../trace/) matches two recordings and replays the second with the ops' own `replay`s.
import type { Tensor } from './tensor';

export interface OpEntry {
  readonly type: 'op';
  /** The op's name ('add', 'linear', 'mse'); with params and shapes, what two iterations must share. */
  readonly kind: string;
  readonly inputs: readonly (Tensor | null)[];
  readonly out: Tensor;
  /** Constant arguments besides the tensors (a loss's reduction). */
  readonly params: readonly (number | string)[];
  /**
   * Computes `out` again from the inputs' current values, into out's own buffer and with the
   * op's own loops, so a replayed iteration is the op run again (bit for bit); the tape node
   * recorded for `out` reads those buffers, so backward() runs unchanged on them.
   */
  readonly replay: () => void;
}

export interface EffectEntry {
  readonly type: 'effect';
  /** Effect name with its constant arguments ('step', 'zero_grad:false'). */
  readonly kind: string;
  /** The object acted on: an optimizer, a module, or the tensor backward() starts from. */
  readonly target: object;
  /** Does the effect again, on the same objects. */
  readonly run: () => void;
}

export type Entry = OpEntry | EffectEntry;

export class Recording {
  readonly entries: Entry[] = [];
  /** Why this iteration cannot be replayed (a value read back to Python, an unknown call …). */
  opaque: string | null = null;
}

let active: Recording | null = null;

export function startRecording(): Recording {
  active = new Recording();
  return active;
}

export function stopRecording(): void {
  active = null;
}

/** Whether an op should report itself (check first: building the entry allocates). */
export function isRecording(): boolean {
  return active !== null;
}

export function recordOp(kind: string, inputs: readonly (Tensor | null)[], out: Tensor, replay: () => void, params: readonly (number | string)[] = []): void {
  active?.entries.push({ type: 'op', kind, inputs, out, params, replay });
}

export function recordEffect(kind: string, target: object, run: () => void): void {
  active?.entries.push({ type: 'effect', kind, target, run });
}

/**
 * Runs `body` (ops that would each report themselves) as one step of a composite op: returns
 * its value and one replay that runs their replays in order, for the composite to report
 * instead. Outside a recording it just runs `body`. Whatever would make the iteration opaque
 * still does.
 */
export function recordedAsOne<T>(body: () => T): { value: T; replay: () => void } {
  const outer = active;
  if (!outer) return { value: body(), replay: () => {} };
  const inner = new Recording();
  active = inner;
  let value: T;
  try {
    value = body();
  } finally {
    active = outer;
  }
  if (inner.opaque !== null) recordOpaque(inner.opaque);
  const replays = inner.entries.map((e) => (e.type === 'op' ? e.replay : e.run));
  return { value, replay: () => replays.forEach((r) => r()) };
}

/** Something happened that a replay would not repeat: the iteration must stay interpreted. */
export function recordOpaque(reason: string): void {
  if (active && active.opaque === null) active.opaque = reason;
}
