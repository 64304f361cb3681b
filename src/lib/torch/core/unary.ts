// Element-wise functions of one tensor, in float32 with PyTorch's CPU
// formulas (sigmoid is 1/(1+exp(-x)) rounded at each step, as the
// vectorised kernel computes it), each recording its backward. Each op has
// its own loops (no per-element callbacks) so V8 keeps them monomorphic.
import { gradBuffer, needsGrad, record } from './autograd';
import { sleefExpf, vectorEnd } from './sleef';
import { allocate, Tensor, type DType } from './tensor';
import { traceOp } from './recording';

const f = Math.fround;

function floatOut(t: Tensor): Float32Array {
  return new Float32Array(t.size);
}

function result(t: Tensor, out: Float32Array): Tensor {
  return new Tensor(out, t.shape, 'float32');
}

export function exp(t: Tensor): Tensor {
  const x = t.data;
  const y = floatOut(t);
  for (let i = 0; i < y.length; i++) y[i] = sleefExpf(x[i]);
  const out = traceOp('exp', [t], result(t, y));
  if (!needsGrad(t)) return out;
  return record(out, 'ExpBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] * y[i];
    return [r];
  });
}

export function log(t: Tensor): Tensor {
  const x = t.data;
  const y = floatOut(t);
  for (let i = 0; i < y.length; i++) y[i] = Math.log(x[i]);
  const out = traceOp('log', [t], result(t, y));
  if (!needsGrad(t)) return out;
  return record(out, 'LogBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] / x[i];
    return [r];
  });
}

export function sigmoid(t: Tensor): Tensor {
  const x = t.data;
  const y = floatOut(t);
  const vectorised = vectorEnd(y.length);
  for (let i = 0; i < vectorised; i++) y[i] = 1 / f(1 + sleefExpf(-x[i]));
  for (let i = vectorised; i < y.length; i++) y[i] = 1 / f(1 + f(Math.exp(-x[i])));
  const out = traceOp('sigmoid', [t], result(t, y));
  if (!needsGrad(t)) return out;
  // grad * (1 - y) * y, PyTorch's sigmoid_backward
  return record(out, 'SigmoidBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = f(g[i] * f(1 - y[i])) * y[i];
    return [r];
  });
}

export function tanh(t: Tensor): Tensor {
  const x = t.data;
  const y = floatOut(t);
  for (let i = 0; i < y.length; i++) y[i] = Math.tanh(x[i]);
  const out = traceOp('tanh', [t], result(t, y));
  if (!needsGrad(t)) return out;
  return record(out, 'TanhBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] * f(1 - f(y[i] * y[i]));
    return [r];
  });
}

export function sqrt(t: Tensor): Tensor {
  const x = t.data;
  const y = floatOut(t);
  for (let i = 0; i < y.length; i++) y[i] = Math.sqrt(x[i]);
  const out = result(t, y);
  if (!needsGrad(t)) return out;
  return record(out, 'SqrtBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] / f(2 * y[i]);
    return [r];
  });
}

function sameType(t: Tensor): Tensor {
  return new Tensor(allocate(t.dtype, t.size), t.shape, t.dtype);
}

export function neg(t: Tensor): Tensor {
  if (t.dtype === 'bool') throw new TypeError('Negation, the `-` operator, on a bool tensor is not supported.');
  const out = sameType(t);
  const x = t.data;
  const y = out.data;
  for (let i = 0; i < y.length; i++) y[i] = -x[i];
  traceOp('neg', [t], out);
  if (!needsGrad(t)) return out;
  return record(out, 'NegBackward0', [t], (g) => [g.map((v) => -v)]);
}

export function abs(t: Tensor): Tensor {
  const out = sameType(t);
  const x = t.data;
  const y = out.data;
  for (let i = 0; i < y.length; i++) y[i] = Math.abs(x[i]);
  if (!needsGrad(t)) return out;
  return record(out, 'AbsBackward0', [t], (g) => [g.map((v, i) => (x[i] > 0 ? v : x[i] < 0 ? -v : 0))]);
}

export function relu(t: Tensor): Tensor {
  if (t.dtype === 'bool') throw new TypeError('"clamp_min_cpu" not implemented for \'Bool\'');
  const out = sameType(t);
  const x = t.data;
  const y = out.data;
  for (let i = 0; i < y.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
  traceOp('relu', [t], out);
  if (!needsGrad(t)) return out;
  return record(out, 'ReluBackward0', [t], (g) => [g.map((v, i) => (y[i] > 0 ? v : 0))]);
}

function convert(t: Tensor, dtype: DType, kernel: (x: number) => number): Tensor {
  const out = allocate(dtype, t.size);
  for (let i = 0; i < out.length; i++) out[i] = kernel(t.data[i]);
  return new Tensor(out, t.shape, dtype);
}

/** tensor.float(): the tensor itself when already float32 (as PyTorch returns self). */
export function toFloat(t: Tensor): Tensor {
  return t.dtype === 'float32' ? t : convert(t, 'float32', (x) => x);
}

export function toLong(t: Tensor): Tensor {
  return convert(t, 'int64', Math.trunc);
}

export function toBool(t: Tensor): Tensor {
  return convert(t, 'bool', (x) => (x !== 0 ? 1 : 0));
}
