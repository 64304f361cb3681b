// Shape arithmetic shared by every tensor op: sizes, row-major strides and
// NumPy/PyTorch broadcasting. A tensor's buffer is always contiguous, so a shape
// fully describes its layout (a view's place in its root storage: views.ts).
import { TorchError } from './errors';

export type Shape = readonly number[];

export function numel(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function stridesOf(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i];
  }
  return strides;
}

export function sameShape(a: Shape, b: Shape): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

/** PyTorch's broadcast rule: align trailing dims; each pair is equal or one is 1. */
export function broadcastShapes(a: Shape, b: Shape): number[] {
  const n = Math.max(a.length, b.length);
  const out = new Array<number>(n);
  // From the last dim back, as PyTorch's infer_size: the error names the trailing-most mismatch.
  for (let i = n - 1; i >= 0; i--) {
    const da = a[a.length - n + i] ?? 1;
    const db = b[b.length - n + i] ?? 1;
    if (da !== db && da !== 1 && db !== 1) {
      throw new RangeError(
        `The size of tensor a (${da}) must match the size of tensor b (${db}) at non-singleton dimension ${i}`,
      );
    }
    out[i] = da === 1 ? db : da;
  }
  return out;
}

/**
 * For each flat index of `outShape`, the flat index into a tensor of `inShape`
 * broadcast to it. Null when no mapping is needed (same shape), so hot loops
 * can take the direct path.
 */
export function broadcastIndex(inShape: Shape, outShape: Shape): Int32Array | null {
  if (sameShape(inShape, outShape)) return null;
  const index = new Int32Array(numel(outShape));
  const walk = new BroadcastWalk(inShape, outShape);
  for (let flat = 0; flat < index.length; flat++) index[flat] = walk.next();
  return index;
}

/**
 * Walks `outShape` in flat order and gives, for each element, the flat index into a tensor of
 * `inShape` broadcast to it, without allocating an index array: broadcastIndex (forward ops)
 * and sumToShape (their gradients, a hot path) both step through it.
 */
export class BroadcastWalk {
  private readonly strides: number[];
  private readonly counter: number[];
  private pos = 0;

  constructor(inShape: Shape, private readonly outShape: Shape) {
    const offset = outShape.length - inShape.length;
    const inStrides = stridesOf(inShape);
    // Stride 0 along broadcast dims: the same input element repeats.
    this.strides = outShape.map((_, i) => {
      const k = i - offset;
      return k < 0 || inShape[k] === 1 ? 0 : inStrides[k];
    });
    this.counter = new Array<number>(outShape.length).fill(0);
  }

  /** The input index of the current output element; then moves to the next one. */
  next(): number {
    const current = this.pos;
    const { strides, counter, outShape } = this;
    for (let d = outShape.length - 1; d >= 0; d--) {
      counter[d]++;
      this.pos += strides[d];
      if (counter[d] < outShape[d]) break;
      this.pos -= strides[d] * counter[d];
      counter[d] = 0;
    }
    return current;
  }
}

/** Normalise a possibly negative dimension index, as PyTorch's maybe_wrap_dim. */
export function wrapDim(dim: number, rank: number): number {
  const r = Math.max(rank, 1);
  if (dim < -r || dim >= r) {
    throw new TorchError('IndexError', 
      `Dimension out of range (expected to be in range of [${-r}, ${r - 1}], but got ${dim})`,
    );
  }
  return dim < 0 ? dim + r : dim;
}

/** reshape's shape with at most one -1 inferred from the element count. */
export function inferShape(requested: Shape, total: number): number[] {
  const out = [...requested];
  const minus = out.indexOf(-1);
  if (out.lastIndexOf(-1) !== minus) throw new RangeError('only one dimension can be inferred');
  const known = out.reduce((p, d) => (d === -1 ? p : p * d), 1);
  if (minus >= 0) {
    if (known === 0 || total % known !== 0) {
      throw new RangeError(`shape '${formatShape(requested)}' is invalid for input of size ${total}`);
    }
    out[minus] = total / known;
  } else if (known !== total) {
    throw new RangeError(`shape '${formatShape(requested)}' is invalid for input of size ${total}`);
  }
  return out;
}
