// The loops under element-wise ops: broadcasting with a fast path per arithmetic op (one
// monomorphic loop each, no per-element callback), and the products gradients need.
import { gradBuffer } from './autograd';
import { sumToShape } from './reduce-grad';
import { broadcastIndex, broadcastShapes, sameShape } from './shape';
import { allocate, Tensor, type DType, type Storage } from './tensor';

export type Kernel = (x: number, y: number) => number;

// Op codes for the loops below: one loop per op keeps each call site monomorphic, which is
// what lets V8 run the lecture's 2000-element ops without a closure call per element.
export const ADD = 0, SUB = 1, MUL = 2, DIV = 3;

/** Same-shape or scalar-operand loops for + - * /; false when broadcasting needs indices. */
function fastLoop(op: number, ad: Storage, bd: Storage, out: Storage, n: number): boolean {
  const same = ad.length === n && bd.length === n;
  const bScalar = !same && bd.length === 1 && ad.length === n;
  const aScalar = !same && !bScalar && ad.length === 1 && bd.length === n;
  if (!same && !bScalar && !aScalar) return false;
  const x = ad[0], y = bd[0];
  switch (op) {
    case ADD:
      if (same) for (let i = 0; i < n; i++) out[i] = ad[i] + bd[i];
      else if (bScalar) for (let i = 0; i < n; i++) out[i] = ad[i] + y;
      else for (let i = 0; i < n; i++) out[i] = x + bd[i];
      return true;
    case SUB:
      if (same) for (let i = 0; i < n; i++) out[i] = ad[i] - bd[i];
      else if (bScalar) for (let i = 0; i < n; i++) out[i] = ad[i] - y;
      else for (let i = 0; i < n; i++) out[i] = x - bd[i];
      return true;
    case MUL:
      if (same) for (let i = 0; i < n; i++) out[i] = ad[i] * bd[i];
      else if (bScalar) for (let i = 0; i < n; i++) out[i] = ad[i] * y;
      else for (let i = 0; i < n; i++) out[i] = x * bd[i];
      return true;
    case DIV:
      if (same) for (let i = 0; i < n; i++) out[i] = ad[i] / bd[i];
      else if (bScalar) for (let i = 0; i < n; i++) out[i] = ad[i] / y;
      else for (let i = 0; i < n; i++) out[i] = x / bd[i];
      return true;
  }
  return false;
}

const KERNELS: Kernel[] = [(p, q) => p + q, (p, q) => p - q, (p, q) => p * q, (p, q) => p / q];

/** Apply `kernel` (or the loop for `op`) over broadcast operands into a new tensor of `dtype`. */
export function broadcastMap(a: Tensor, b: Tensor, dtype: DType, kernel: Kernel | number): Tensor {
  const shape = a.shape.length === b.shape.length && sameShape(a.shape, b.shape) ? a.shape : broadcastShapes(a.shape, b.shape);
  let n = 1;
  for (const d of shape) n *= d;
  const out = new Tensor(allocate(dtype, n), shape, dtype);
  broadcastInto(a, b, out, kernel);
  return out;
}

/** The same, into `out` (shaped as the operands broadcast): the op run again by a loop replay. */
export function broadcastInto(a: Tensor, b: Tensor, out: Tensor, kernel: Kernel | number): void {
  const n = out.size;
  const ad = a.data;
  const bd = b.data;
  const od = out.data;
  if (typeof kernel === 'number') {
    if (fastLoop(kernel, ad, bd, od, n)) return;
    kernel = KERNELS[kernel];
  }
  const ai = broadcastIndex(a.shape, out.shape);
  const bi = broadcastIndex(b.shape, out.shape);
  for (let i = 0; i < n; i++) od[i] = kernel(ad[ai ? ai[i] : i], bd[bi ? bi[i] : i]);
}

/** g ∘ h element-wise over broadcast data, summed back to `shape`. */
export function gradTimes(g: Float32Array, outShape: number[], other: Tensor, shape: number[], k: Kernel): Float32Array {
  const od = other.data;
  const r = gradBuffer(g.length);
  if (od.length === g.length) for (let i = 0; i < g.length; i++) r[i] = k(g[i], od[i]);
  else {
    const oi = broadcastIndex(other.shape, outShape);
    for (let i = 0; i < g.length; i++) r[i] = k(g[i], od[oi ? oi[i] : 0]);
  }
  return sumToShape(r, outShape, shape);
}

/** g · other (broadcast), summed back to `shape`: the gradient of a product. */
export function gradProduct(g: Float32Array, outShape: number[], other: Tensor, shape: number[]): Float32Array {
  const od = other.data;
  const r = gradBuffer(g.length);
  if (od.length === g.length) for (let i = 0; i < g.length; i++) r[i] = g[i] * od[i];
  else if (od.length === 1) {
    const y = od[0];
    for (let i = 0; i < g.length; i++) r[i] = g[i] * y;
  } else {
    const oi = broadcastIndex(other.shape, outShape)!;
    for (let i = 0; i < g.length; i++) r[i] = g[i] * od[oi[i]];
  }
  return sumToShape(r, outShape, shape);
}

