// Element-wise ops with broadcasting, PyTorch's dtype promotion and float32
// rounding after every arithmetic step, each recording its backward.
import { needsGrad, record } from './autograd';
import { resultType } from './promote';
import { sumToShape } from './reduce-grad';
import { broadcastIndex, broadcastShapes } from './shape';
import { allocate, asTensor, Tensor, type DType, type Operand } from './tensor';

const f = Math.fround;

type Kernel = (x: number, y: number) => number;

/** Apply `kernel` over broadcast operands into a new tensor of `dtype`. */
function broadcastMap(a: Tensor, b: Tensor, dtype: DType, kernel: Kernel): Tensor {
  const shape = broadcastShapes(a.shape, b.shape);
  const n = shape.reduce((p, d) => p * d, 1);
  const out = allocate(dtype, n);
  const ad = a.data;
  const bd = b.data;
  if (ad.length === n && bd.length === n) {
    for (let i = 0; i < n; i++) out[i] = kernel(ad[i], bd[i]);
  } else if (bd.length === 1 && ad.length === n) {
    const y = bd[0];
    for (let i = 0; i < n; i++) out[i] = kernel(ad[i], y);
  } else if (ad.length === 1 && bd.length === n) {
    const x = ad[0];
    for (let i = 0; i < n; i++) out[i] = kernel(x, bd[i]);
  } else {
    const ai = broadcastIndex(a.shape, shape);
    const bi = broadcastIndex(b.shape, shape);
    for (let i = 0; i < n; i++) out[i] = kernel(ad[ai ? ai[i] : i], bd[bi ? bi[i] : i]);
  }
  return new Tensor(out, shape, dtype);
}

function arithmeticType(a: Tensor, b: Tensor): DType {
  const t = resultType(a, b);
  return t === 'bool' ? 'int64' : t;
}

function floatData(t: Tensor): Float32Array {
  return t.data instanceof Float32Array ? t.data : Float32Array.from(t.data);
}

/** g ∘ h element-wise over broadcast data, summed back to `shape`. */
function gradTimes(g: Float32Array, outShape: number[], other: Tensor, shape: number[], k: Kernel): Float32Array {
  const od = other.data;
  const r = new Float32Array(g.length);
  if (od.length === g.length) for (let i = 0; i < g.length; i++) r[i] = k(g[i], od[i]);
  else {
    const oi = broadcastIndex(other.shape, outShape);
    for (let i = 0; i < g.length; i++) r[i] = k(g[i], od[oi ? oi[i] : 0]);
  }
  return sumToShape(r, outShape, shape);
}

export function add(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const dtype = arithmeticType(a, b);
  const out = broadcastMap(a, b, dtype, dtype === 'float32' ? (p, q) => p + q : (p, q) => p + q);
  if (!needsGrad(a, b)) return out;
  return record(out, 'AddBackward0', [a, b], (g) => [sumToShape(g, out.shape, a.shape), sumToShape(g, out.shape, b.shape)]);
}

export function sub(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const out = broadcastMap(a, b, arithmeticType(a, b), (p, q) => p - q);
  if (!needsGrad(a, b)) return out;
  // `1 - y` is torch.rsub(y, 1) in PyTorch, hence the other node name.
  const name = a.wrappedNumber ? 'RsubBackward1' : 'SubBackward0';
  return record(out, name, [a, b], (g) => {
    const neg = g.map((v) => -v);
    return [sumToShape(g, out.shape, a.shape), sumToShape(neg, out.shape, b.shape)];
  });
}

export function mul(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const dtype = arithmeticType(a, b);
  const out = broadcastMap(a, b, dtype, (p, q) => p * q);
  if (!needsGrad(a, b)) return out;
  return record(out, 'MulBackward0', [a, b], (g) => [
    a.requiresGrad ? gradTimes(g, out.shape, b, a.shape, (p, q) => p * q) : null,
    b.requiresGrad ? gradTimes(g, out.shape, a, b.shape, (p, q) => p * q) : null,
  ]);
}

export function div(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const out = broadcastMap(a, b, 'float32', (p, q) => p / q);
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
      const r = new Float32Array(g.length);
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
      const r = new Float32Array(g.length);
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
      const r = new Float32Array(g.length);
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

export { floatData };
