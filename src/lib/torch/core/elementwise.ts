// Element-wise ops with broadcasting, PyTorch's dtype promotion and float32
// rounding after every arithmetic step, each recording its backward.
import { gradBuffer, needsGrad, record } from './autograd';
import { ADD, broadcastInto, broadcastMap, DIV, fastLoop, gradProduct, gradTimes, MUL, SUB } from './broadcast-map';
import { resultType } from './promote';
import { isRecording, recordOp } from './recording';
import { sumToShape } from './reduce-grad';
import { broadcastIndex } from './shape';
import { asTensor, Tensor, type DType, type Operand } from './tensor';

const f = Math.fround;

function arithmeticType(a: Tensor, b: Tensor): DType {
  const t = resultType(a, b);
  return t === 'bool' ? 'int64' : t;
}

/** + - * / over broadcast operands, reported to a loop recording with its replay (the same loop). */
function arithmetic(kind: string, op: number, a: Tensor, b: Tensor, dtype: DType): Tensor {
  const out = broadcastMap(a, b, dtype, op);
  if (isRecording()) {
    const loop = fastLoop(op, a.size, b.size, out.size);
    recordOp(kind, [a, b], out, loop ? () => loop(a.data, b.data, out.data, out.size) : () => broadcastInto(a, b, out, op));
  }
  return out;
}

export function add(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const dtype = arithmeticType(a, b);
  const out = arithmetic('add', ADD, a, b, dtype);
  if (!needsGrad(a, b)) return out;
  return record(out, 'AddBackward0', [a, b], (g) => [
    a.requiresGrad ? sumToShape(g, out.shape, a.shape) : null,
    b.requiresGrad ? sumToShape(g, out.shape, b.shape) : null,
  ]);
}

export function sub(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const out = arithmetic('sub', SUB, a, b, arithmeticType(a, b));
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
  const out = arithmetic('mul', MUL, a, b, dtype);
  if (!needsGrad(a, b)) return out;
  return record(out, 'MulBackward0', [a, b], (g) => [
    a.requiresGrad ? gradProduct(g, out.shape, b, a.shape) : null,
    b.requiresGrad ? gradProduct(g, out.shape, a, b.shape) : null,
  ]);
}

export function div(x: Operand, y: Operand): Tensor {
  const a = asTensor(x);
  const b = asTensor(y);
  const out = arithmetic('div', DIV, a, b, 'float32');
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

