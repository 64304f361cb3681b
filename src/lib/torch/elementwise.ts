// Element-wise ops with broadcasting, PyTorch's dtype promotion and float32
// rounding after every arithmetic step, each recording its backward.
import { gradBuffer, needsGrad, record } from './autograd';
import { resultType } from './promote';
import { sumToShape } from './reduce-grad';
import { broadcastIndex, broadcastShapes, sameShape } from './shape';
import { allocate, asTensor, Tensor, type DType, type Operand, type Storage } from './tensor';
import { traceOp } from './trace/recorder';

const f = Math.fround;

type Kernel = (x: number, y: number) => number;

// Op codes for the loops below: one loop per op keeps each call site monomorphic, which is
// what lets V8 run the lecture's 2000-element ops without a closure call per element.
const ADD = 0, SUB = 1, MUL = 2, DIV = 3;

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
function broadcastMap(a: Tensor, b: Tensor, dtype: DType, kernel: Kernel | number): Tensor {
  const shape = a.shape.length === b.shape.length && sameShape(a.shape, b.shape) ? a.shape : broadcastShapes(a.shape, b.shape);
  let n = 1;
  for (const d of shape) n *= d;
  const out = allocate(dtype, n);
  const ad = a.data;
  const bd = b.data;
  if (typeof kernel === 'number') {
    if (fastLoop(kernel, ad, bd, out, n)) return new Tensor(out, shape, dtype);
    kernel = KERNELS[kernel];
  }
  const ai = broadcastIndex(a.shape, shape);
  const bi = broadcastIndex(b.shape, shape);
  for (let i = 0; i < n; i++) out[i] = kernel(ad[ai ? ai[i] : i], bd[bi ? bi[i] : i]);
  return new Tensor(out, shape, dtype);
}

function arithmeticType(a: Tensor, b: Tensor): DType {
  const t = resultType(a, b);
  return t === 'bool' ? 'int64' : t;
}

/** g ∘ h element-wise over broadcast data, summed back to `shape`. */
function gradTimes(g: Float32Array, outShape: number[], other: Tensor, shape: number[], k: Kernel): Float32Array {
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
function gradProduct(g: Float32Array, outShape: number[], other: Tensor, shape: number[]): Float32Array {
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

export function add(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const dtype = arithmeticType(a, b);
  const out = traceOp('add', [a, b], broadcastMap(a, b, dtype, ADD));
  if (!needsGrad(a, b)) return out;
  return record(out, 'AddBackward0', [a, b], (g) => [
    a.requiresGrad ? sumToShape(g, out.shape, a.shape) : null,
    b.requiresGrad ? sumToShape(g, out.shape, b.shape) : null,
  ]);
}

export function sub(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const out = traceOp('sub', [a, b], broadcastMap(a, b, arithmeticType(a, b), SUB));
  if (!needsGrad(a, b)) return out;
  // `1 - y` is torch.rsub(y, 1) in PyTorch, hence the other node name.
  const name = a.wrappedNumber ? 'RsubBackward1' : 'SubBackward0';
  return record(out, name, [a, b], (g) => {
    let gb: Float32Array | null = null;
    if (b.requiresGrad) {
      const neg = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) neg[i] = -g[i];
      gb = sumToShape(neg, out.shape, b.shape);
    }
    return [a.requiresGrad ? sumToShape(g, out.shape, a.shape) : null, gb];
  });
}

export function mul(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const dtype = arithmeticType(a, b);
  const out = traceOp('mul', [a, b], broadcastMap(a, b, dtype, MUL));
  if (!needsGrad(a, b)) return out;
  return record(out, 'MulBackward0', [a, b], (g) => [
    a.requiresGrad ? gradProduct(g, out.shape, b, a.shape) : null,
    b.requiresGrad ? gradProduct(g, out.shape, a, b.shape) : null,
  ]);
}

export function div(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const out = traceOp('div', [a, b], broadcastMap(a, b, 'float32', DIV));
  if (!needsGrad(a, b)) return out;
  // `2 / x` is x.reciprocal() * 2 in PyTorch, hence MulBackward0.
  const name = a.wrappedNumber ? 'MulBackward0' : 'DivBackward0';
  return record(out, name, [a, b], (g) => {
    const ga = a.requiresGrad ? gradTimes(g, out.shape, b, a.shape, (p, q) => p / q) : null;
    let gb: Float32Array | null = null;
    if (b.requiresGrad) {
      // -grad * ((self / other) / other), PyTorch's div_tensor_other_backward
      const quotient = out.data as Float32Array;
      const bd = b.data;
      const bi = broadcastIndex(b.shape, out.shape);
      const r = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) r[i] = -g[i] * f(quotient[i] / bd[bi ? bi[i] : i]);
      gb = sumToShape(r, out.shape, b.shape);
    }
    return [ga, gb];
  });
}

function powKernel(p: number, q: number): number {
  return q === 2 ? p * p : q === 0.5 ? Math.sqrt(p) : Math.pow(p, q);
}

export function pow(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const dtype = arithmeticType(a, b);
  const out = broadcastMap(a, b, dtype, powKernel);
  if (!needsGrad(a, b)) return out;
  const name = b.wrappedNumber ? 'PowBackward0' : 'PowBackward1';
  return record(out, name, [a, b], (g) => {
    let ga: Float32Array | null = null;
    if (a.requiresGrad) {
      // grad * (exponent * self.pow(exponent - 1))
      const bi = broadcastIndex(b.shape, out.shape);
      const ai = broadcastIndex(a.shape, out.shape);
      const r = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) {
        const e = b.data[bi ? bi[i] : i];
        const base = a.data[ai ? ai[i] : i];
        r[i] = g[i] * f(e * f(e - 1 === 1 ? base : Math.pow(base, e - 1)));
      }
      ga = sumToShape(r, out.shape, a.shape);
    }
    let gb: Float32Array | null = null;
    if (b.requiresGrad) {
      // grad * result * log(self)
      const ai = broadcastIndex(a.shape, out.shape);
      const r = gradBuffer(g.length);
      for (let i = 0; i < g.length; i++) r[i] = f(g[i] * out.data[i]) * f(Math.log(a.data[ai ? ai[i] : i]));
      gb = sumToShape(r, out.shape, b.shape);
    }
    return [ga, gb];
  });
}

function compare(kernel: (p: number, q: number) => boolean) {
  return (x: Operand, y: Operand): Tensor => {
    const a = asTensor(x);
    const b = asTensor(y);
    return broadcastMap(a, b, 'bool', (p, q) => (kernel(p, q) ? 1 : 0));
  };
}

export const eq = compare((p, q) => p === q);
export const ne = compare((p, q) => p !== q);
export const lt = compare((p, q) => p < q);
export const le = compare((p, q) => p <= q);
export const gt = compare((p, q) => p > q);
export const ge = compare((p, q) => p >= q);

export function logicalAnd(x: Operand, y: Operand): Tensor {
  return broadcastMap(asTensor(x), asTensor(y), 'bool', (p, q) => (p && q ? 1 : 0));
}
export function logicalOr(x: Operand, y: Operand): Tensor {
  return broadcastMap(asTensor(x), asTensor(y), 'bool', (p, q) => (p || q ? 1 : 0));
}

