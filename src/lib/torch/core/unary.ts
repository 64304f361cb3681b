// Element-wise functions of one tensor, in float32 with PyTorch's CPU
// formulas (sigmoid is 1/(1+exp(-x)) rounded at each step, as the
// vectorised kernel computes it). Each op is its forward loop (`…Into`, also
// what a loop replay runs) and its backward, side by side. Each op has its
// own loops (no per-element callbacks) so V8 keeps them monomorphic.
import { gradBuffer, needsGrad, record } from './autograd';
import { isRecording, recordOp } from './recording';
import { simdExpf, simdSelectPositive, simdSigmoid, simdSigmoidBackward, simdSleefLogf } from './simd/engine';
import { glibcExpf } from './glibc-expf';
import { sleefExpf, vectorEnd } from './sleef';
import { FLT_MIN, sleefLogf, sleefTanhf } from './sleef-df';
import { sleefCos, sleefSin } from './sleef-trig';
import { float32Buffer } from './storage';
import { allocate, Tensor, type DType } from './tensor';

const f = Math.fround;

/** out = op(t) element-wise: computed into out's buffer, now and (in a loop replay) again. */
type Into = (t: Tensor, out: Tensor) => void;

/** Runs `into` for a new float32 output, reporting it to a loop recording (`into` writes every element). */
function floatOp(kind: string, t: Tensor, into: Into): Tensor {
  return traced(kind, t, new Tensor(float32Buffer(t.size, false), t.shape, 'float32'), into);
}

/** Runs `into` for a new output of t's dtype (neg, relu keep integer tensors integer). */
function sameTypeOp(kind: string, t: Tensor, into: Into): Tensor {
  return traced(kind, t, new Tensor(allocate(t.dtype, t.size, false), t.shape, t.dtype), into);
}

function traced(kind: string, t: Tensor, out: Tensor, into: Into): Tensor {
  into(t, out);
  if (isRecording()) recordOp(kind, [t], out, () => into(t, out));
  return out;
}

const expInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  if (x instanceof Float32Array && y instanceof Float32Array && simdExpf(y, x)) return;
  for (let i = 0; i < y.length; i++) y[i] = sleefExpf(x[i]);
};

export function exp(t: Tensor): Tensor {
  const out = floatOp('exp', t, expInto);
  const y = out.data;
  if (!needsGrad(t)) return out;
  return record(out, 'ExpBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] * y[i];
    return [r];
  });
}

const logInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  // vml's log: SLEEF's logf for every element (the engine for the main path, the rest here)
  if (x instanceof Float32Array && simdSleefLogf(y as Float32Array, x)) {
    for (let i = 0; i < y.length; i++) if (!(x[i] >= FLT_MIN && x[i] < Infinity)) y[i] = sleefLogf(x[i]);
    return;
  }
  for (let i = 0; i < y.length; i++) y[i] = sleefLogf(Math.fround(x[i]));
};

export function log(t: Tensor): Tensor {
  const out = floatOp('log', t, logInto);
  const x = t.data;
  if (!needsGrad(t)) return out;
  return record(out, 'LogBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] / x[i];
    return [r];
  });
}

const sigmoidInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  const vectorised = vectorEnd(y.length);
  if (!(x instanceof Float32Array && y instanceof Float32Array && simdSigmoid(y, x, vectorised))) {
    for (let i = 0; i < vectorised; i++) y[i] = 1 / f(1 + sleefExpf(-x[i]));
  }
  for (let i = vectorised; i < y.length; i++) y[i] = 1 / f(1 + glibcExpf(-x[i])); // the scalar tail: std::exp
};

/**
 * sigmoid over rows of `row` elements, each its own kernel loop: PyTorch's in-place sigmoid_ on a
 * strided view (an LSTM gate, one column block of the gates) runs one inner loop per row, so the
 * vectorised part and the std::exp tail restart at every row.
 */
function sigmoidRowsInto(row: number): Into {
  return (t, out) => {
    const x = t.data, y = out.data;
    const vectorised = vectorEnd(row);
    for (let start = 0; start < y.length; start += row) {
      for (let i = start; i < start + vectorised; i++) y[i] = 1 / f(1 + sleefExpf(-x[i]));
      for (let i = start + vectorised; i < start + row; i++) y[i] = 1 / f(1 + glibcExpf(-x[i]));
    }
  };
}

/** sigmoid(t); `row` < t.size computes it as PyTorch does on a view whose rows are not adjacent. */
export function sigmoid(t: Tensor, row = t.size): Tensor {
  const out = floatOp('sigmoid', t, row > 0 && row < t.size ? sigmoidRowsInto(row) : sigmoidInto);
  const y = out.data;
  if (!needsGrad(t)) return out;
  // grad * (1 - y) * y, PyTorch's sigmoid_backward
  return record(out, 'SigmoidBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    if (y instanceof Float32Array && simdSigmoidBackward(r, g, y)) return [r];
    for (let i = 0; i < g.length; i++) r[i] = f(g[i] * f(1 - y[i])) * y[i];
    return [r];
  });
}

const tanhInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  for (let i = 0; i < y.length; i++) y[i] = sleefTanhf(Math.fround(x[i])); // SLEEF's tanhf, as PyTorch's CPU kernel
};

export function tanh(t: Tensor): Tensor {
  const out = floatOp('tanh', t, tanhInto);
  const y = out.data;
  if (!needsGrad(t)) return out;
  return record(out, 'TanhBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] * f(1 - y[i] * y[i]); // 1 - y·y as one FMA, as compiled
    return [r];
  });
}

const sqrtInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  for (let i = 0; i < y.length; i++) y[i] = Math.sqrt(x[i]);
};

export function sqrt(t: Tensor): Tensor {
  const out = floatOp('sqrt', t, sqrtInto);
  const y = out.data;
  if (!needsGrad(t)) return out;
  return record(out, 'SqrtBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = g[i] / f(2 * y[i]);
    return [r];
  });
}

const negInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  for (let i = 0; i < y.length; i++) y[i] = -x[i];
};

export function neg(t: Tensor): Tensor {
  if (t.dtype === 'bool') {
    throw new Error(
      'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.',
    );
  }
  const out = sameTypeOp('neg', t, negInto);
  if (!needsGrad(t)) return out;
  return record(out, 'NegBackward0', [t], (g) => [g.map((v) => -v)]);
}

const absInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  for (let i = 0; i < y.length; i++) y[i] = Math.abs(x[i]);
};

export function abs(t: Tensor): Tensor {
  const out = sameTypeOp('abs', t, absInto);
  const x = t.data;
  if (!needsGrad(t)) return out;
  return record(out, 'AbsBackward0', [t], (g) => [g.map((v, i) => (x[i] > 0 ? v : x[i] < 0 ? -v : 0))]);
}

const reluInto: Into = (t, out) => {
  const x = t.data, y = out.data;
  if (x instanceof Float32Array && simdSelectPositive(y as Float32Array, x, x)) return;
  for (let i = 0; i < y.length; i++) y[i] = x[i] > 0 ? x[i] : 0;
};

export function relu(t: Tensor): Tensor {
  if (t.dtype === 'bool') throw new TypeError('"clamp_min_cpu" not implemented for \'Bool\'');
  const out = sameTypeOp('relu', t, reluInto);
  const y = out.data as Float32Array;
  if (!needsGrad(t)) return out;
  return record(out, 'ReluBackward0', [t], (g) => {
    const r = gradBuffer(g.length, false); // every element written
    if (!simdSelectPositive(r, y, g)) for (let i = 0; i < g.length; i++) r[i] = y[i] > 0 ? g[i] : 0;
    return [r];
  });
}

function convert(t: Tensor, dtype: DType, kernel: (x: number) => number): Tensor {
  return traced(`to_${dtype}`, t, new Tensor(allocate(dtype, t.size), t.shape, dtype), (input, out) => {
    const x = input.data, y = out.data;
    for (let i = 0; i < y.length; i++) y[i] = kernel(x[i]);
  });
}

/** tensor.float(): the tensor itself when already float32 (as PyTorch returns self). */
export function toFloat(t: Tensor): Tensor {
  return t.dtype === 'float32' ? t : convert(t, 'float32', (x) => x);
}

/** tensor.double(): float64 (exact from float32 and int64 up to 2^53); the tensor itself when already float64. */
export function toDouble(t: Tensor): Tensor {
  return t.dtype === 'float64' ? t : convert(t, 'float64', (x) => x);
}

export function toLong(t: Tensor): Tensor {
  return convert(t, 'int64', Math.trunc);
}

export function toBool(t: Tensor): Tensor {
  return convert(t, 'bool', (x) => (x !== 0 ? 1 : 0));
}

// vml's sin and cos: SLEEF's sinf/cosf (u10) for every element, in vectors of 8 (sleef-trig.ts)
const sinInto: Into = (t, out) => sleefSin(out.data as Float32Array, t.data);

export function sin(t: Tensor): Tensor {
  const out = floatOp('sin', t, sinInto);
  if (!needsGrad(t)) return out;
  const x = t.data;
  // grad * self.cos(): the cosine as torch.cos computes it, then one product
  return record(out, 'SinBackward0', [t], (g) => {
    const r = gradBuffer(g.length, false); // every element written
    sleefCos(r, x);
    for (let i = 0; i < g.length; i++) r[i] = g[i] * r[i];
    return [r];
  });
}

const cosInto: Into = (t, out) => sleefCos(out.data as Float32Array, t.data);

export function cos(t: Tensor): Tensor {
  const out = floatOp('cos', t, cosInto);
  if (!needsGrad(t)) return out;
  const x = t.data;
  // grad * -self.sin()
  return record(out, 'CosBackward0', [t], (g) => {
    const r = gradBuffer(g.length, false);
    sleefSin(r, x);
    for (let i = 0; i < g.length; i++) r[i] = g[i] * -r[i];
    return [r];
  });
}
