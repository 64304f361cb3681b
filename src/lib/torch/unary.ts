// Element-wise functions of one tensor, in float32 with PyTorch's CPU
// formulas (sigmoid is 1/(1+exp(-x)) rounded at each step, as the
// vectorised kernel computes it), each recording its backward.
import { needsGrad, record } from './autograd';
import { allocate, Tensor, type DType } from './tensor';

const f = Math.fround;

function map(t: Tensor, dtype: DType, kernel: (x: number) => number): Tensor {
  const src = t.data;
  const out = allocate(dtype, src.length);
  for (let i = 0; i < src.length; i++) out[i] = kernel(src[i]);
  return new Tensor(out, t.shape, dtype);
}


/** A float op: ints and bools become float32, as torch.exp(int_tensor) does. */
function floatUnary(
  name: string,
  kernel: (x: number) => number,
  grad: (g: number, x: number, y: number) => number,
) {
  return (t: Tensor): Tensor => {
    const out = map(t, 'float32', kernel);
    if (!needsGrad(t)) return out;
    return record(out, name, [t], (g) => {
      const r = new Float32Array(g.length);
      const x = t.data;
      const y = out.data;
      for (let i = 0; i < g.length; i++) r[i] = grad(g[i], x[i], y[i]);
      return [r];
    });
  };
}

export const exp = floatUnary('ExpBackward0', Math.exp, (g, _x, y) => g * y);
export const log = floatUnary('LogBackward0', Math.log, (g, x) => g / x);
export const sigmoid = floatUnary(
  'SigmoidBackward0',
  (x) => f(1 / f(1 + f(Math.exp(-x)))),
  // grad * (1 - y) * y, PyTorch's sigmoid_backward
  (g, _x, y) => f(g * f(1 - y)) * y,
);
export const tanh = floatUnary('TanhBackward0', Math.tanh, (g, _x, y) => g * f(1 - f(y * y)));
export const sqrt = floatUnary('SqrtBackward0', Math.sqrt, (g, _x, y) => g / f(2 * y));

/** Ops that keep an integer dtype (neg, abs, relu). */
function sameTypeUnary(
  name: string,
  kernel: (x: number) => number,
  grad: (g: number, x: number, y: number) => number,
) {
  return (t: Tensor): Tensor => {
    if (t.dtype === 'bool' && name !== 'AbsBackward0') {
      throw new TypeError('Negation, the `-` operator, on a bool tensor is not supported.');
    }
    const out = map(t, t.dtype, kernel);
    if (!needsGrad(t)) return out;
    return record(out, name, [t], (g) => {
      const r = new Float32Array(g.length);
      for (let i = 0; i < g.length; i++) r[i] = grad(g[i], t.data[i], out.data[i]);
      return [r];
    });
  };
}

export const neg = sameTypeUnary('NegBackward0', (x) => -x, (g) => -g);
export const abs = sameTypeUnary('AbsBackward0', Math.abs, (g, x) => (x > 0 ? g : x < 0 ? -g : 0));
export const relu = sameTypeUnary('ReluBackward0', (x) => (x > 0 ? x : 0), (g, _x, y) => (y > 0 ? g : 0));

/** tensor.float(): a float32 copy that leaves the graph only if it changed dtype. */
export function toFloat(t: Tensor): Tensor {
  if (t.dtype === 'float32') return t;
  return map(t, 'float32', (x) => x);
}

export function toLong(t: Tensor): Tensor {
  return map(t, 'int64', (x) => Math.trunc(x));
}

export function toBool(t: Tensor): Tensor {
  return map(t, 'bool', (x) => (x !== 0 ? 1 : 0));
}
