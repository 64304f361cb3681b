// The loops under element-wise ops: broadcasting with a fast path per arithmetic op (one
// monomorphic loop each, no per-element callback), and the products gradients need.
import { gradBuffer } from './autograd';
import { simdBinary } from './simd/engine';
import { sumToShape } from './reduce-grad';
import { broadcastIndex, broadcastShapes, sameShape } from './shape';
import { allocate, Tensor, type DType, type Storage } from './tensor';

export type Kernel = (x: number, y: number) => number;

// Op codes for the loops below: one small loop per op and operand layout keeps each one
// monomorphic, which is what lets V8 run the lecture's 2000-element ops without a closure call
// per element; a loop replay calls the very loop the op ran.
export const ADD = 0, SUB = 1, MUL = 2, DIV = 3;

/** y = p op q over n elements, for one operand layout. */
type Loop = (p: Storage, q: Storage, y: Storage, n: number) => void;

/** Per op: both operands full size, the second a scalar, the first a scalar. */
const LOOPS: readonly (readonly [same: Loop, secondScalar: Loop, firstScalar: Loop])[] = [
  [
    (p, q, y, n) => { if (!simdBinary(ADD, p, q, y, n)) for (let i = 0; i < n; i++) y[i] = p[i] + q[i]; },
    (p, q, y, n) => { const s = q[0]; for (let i = 0; i < n; i++) y[i] = p[i] + s; },
    (p, q, y, n) => { const s = p[0]; for (let i = 0; i < n; i++) y[i] = s + q[i]; },
  ],
  [
    (p, q, y, n) => { if (!simdBinary(SUB, p, q, y, n)) for (let i = 0; i < n; i++) y[i] = p[i] - q[i]; },
    (p, q, y, n) => { const s = q[0]; for (let i = 0; i < n; i++) y[i] = p[i] - s; },
    (p, q, y, n) => { const s = p[0]; for (let i = 0; i < n; i++) y[i] = s - q[i]; },
  ],
  [
    (p, q, y, n) => { if (!simdBinary(MUL, p, q, y, n)) for (let i = 0; i < n; i++) y[i] = p[i] * q[i]; },
    (p, q, y, n) => { const s = q[0]; for (let i = 0; i < n; i++) y[i] = p[i] * s; },
    (p, q, y, n) => { const s = p[0]; for (let i = 0; i < n; i++) y[i] = s * q[i]; },
  ],
  [
    (p, q, y, n) => { if (!simdBinary(DIV, p, q, y, n)) for (let i = 0; i < n; i++) y[i] = p[i] / q[i]; },
    (p, q, y, n) => { const s = q[0]; for (let i = 0; i < n; i++) y[i] = p[i] / s; },
    (p, q, y, n) => { const s = p[0]; for (let i = 0; i < n; i++) y[i] = s / q[i]; },
  ],
];

/** The loop for `op` on operands of these sizes into n elements; null when broadcasting needs indices. */
export function fastLoop(op: number, aSize: number, bSize: number, n: number): Loop | null {
  const [same, secondScalar, firstScalar] = LOOPS[op];
  if (aSize === n && bSize === n) return same;
  if (bSize === 1 && aSize === n) return secondScalar;
  if (aSize === 1 && bSize === n) return firstScalar;
  return null;
}

const KERNELS: Kernel[] = [(p, q) => p + q, (p, q) => p - q, (p, q) => p * q, (p, q) => p / q];

/** Apply `kernel` (or the loop for `op`) over broadcast operands into a new tensor of `dtype` (every element written: no zeroing). */
export function broadcastMap(a: Tensor, b: Tensor, dtype: DType, kernel: Kernel | number): Tensor {
  const shape = a.shape.length === b.shape.length && sameShape(a.shape, b.shape) ? a.shape : broadcastShapes(a.shape, b.shape);
  let n = 1;
  for (const d of shape) n *= d;
  const out = new Tensor(allocate(dtype, n, false), shape, dtype);
  broadcastInto(a, b, out, kernel);
  return out;
}

/** The same, into `out` (shaped as the operands broadcast). */
export function broadcastInto(a: Tensor, b: Tensor, out: Tensor, kernel: Kernel | number): void {
  const n = out.size;
  const ad = a.data;
  const bd = b.data;
  const od = out.data;
  if (typeof kernel === 'number') {
    const loop = fastLoop(kernel, ad.length, bd.length, n);
    if (loop) return loop(ad, bd, od, n);
    kernel = KERNELS[kernel];
  }
  const ai = broadcastIndex(a.shape, out.shape);
  const bi = broadcastIndex(b.shape, out.shape);
  for (let i = 0; i < n; i++) od[i] = kernel(ad[ai ? ai[i] : i], bd[bi ? bi[i] : i]);
}

/** g ∘ h element-wise over broadcast data, summed back to `shape`. */
export function gradTimes(g: Float32Array, outShape: number[], other: Tensor, shape: number[], k: Kernel): Float32Array {
  const od = other.data;
  const r = gradBuffer(g.length, false); // every element written
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
  const r = gradBuffer(g.length, false); // every element written
  if (od.length === g.length) {
    if (!simdBinary(MUL, g, od, r, g.length)) for (let i = 0; i < g.length; i++) r[i] = g[i] * od[i];
  } else if (od.length === 1) {
    const y = od[0];
    for (let i = 0; i < g.length; i++) r[i] = g[i] * y;
  } else {
    const oi = broadcastIndex(other.shape, outShape)!;
    for (let i = 0; i < g.length; i++) r[i] = g[i] * od[oi[i]];
  }
  return sumToShape(r, outShape, shape);
}

