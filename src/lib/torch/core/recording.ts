// What one iteration of a traced loop did to tensors: the library's ops (kind, inputs,
// constant parameters, output) and the effects between them (backward, optimizer step,
// zero_grad), in order. The ops call traceOp/traceEffect only while a Recording is active,
// so outside a trace each hook costs one null check.
import type { Tensor } from './tensor';

export type OpKind =
  | 'add' | 'sub' | 'mul' | 'div'
  | 'exp' | 'log' | 'sigmoid' | 'relu' | 'tanh' | 'neg'
  | 'mean' | 'sum' | 'linear' | 'mm'
  | 'mse' | 'bce' | 'bcelogits';

export interface OpEntry {
  readonly type: 'op';
  readonly kind: OpKind;
  readonly inputs: readonly (Tensor | null)[];
  readonly out: Tensor;
  /** Constant arguments besides the tensors (a loss's reduction). */
  readonly params: readonly (number | string)[];
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

/** Called by an op with its result; returns the result. */
export function traceOp(kind: OpKind, inputs: readonly (Tensor | null)[], out: Tensor, params: readonly (number | string)[] = []): Tensor {
  if (active) active.entries.push({ type: 'op', kind, inputs, out, params });
  return out;
}

export function traceEffect(kind: string, target: object, run: () => void): void {
  if (active) active.entries.push({ type: 'effect', kind, target, run });
}

/** Something happened that a replay would not repeat: the iteration must stay interpreted. */
export function traceOpaque(reason: string): void {
  if (active && active.opaque === null) active.opaque = reason;
}

// Host functions whose whole effect is visible to the recording (tensor ops, module calls,
// optimizer methods). Anything else called inside a recorded iteration makes it opaque.
const traceable = new WeakSet<object>();

export function markTraceable<T extends object>(fn: T): T {
  traceable.add(fn);
  return fn;
}

export function isTraceable(fn: object): boolean {
  return traceable.has(fn);
}
