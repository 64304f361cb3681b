// The activations of torch.nn beyond sigmoid/ReLU/tanh: leaky_relu, elu, softplus, in float32
// as PyTorch 1.13's CPU kernels compute them (checked bit for bit against PyTorch on 3 000
// inputs, forward and backward; softplus on 340 000, golden `sleef/golden.json`).
// elu's and softplus's exp is SLEEF's (sleef.ts), as the vectorised kernels use.
import { gradBuffer, needsGrad, record } from './autograd';
import { isRecording, recordOp } from './recording';
import { glibcExpf, glibcLog1pf } from './glibc-expf';
import { sleefExpf, vectorEnd } from './sleef';
import { sleefLog1pf } from './sleef-df';
import { float32Buffer } from './storage';
import { Tensor } from './tensor';

const f = Math.fround;

function floatOut(kind: string, t: Tensor, params: number[], into: (x: ArrayLike<number>, y: Float32Array) => void): Tensor {
  if (t.dtype !== 'float32') throw new TypeError(`"${kind}" not implemented for '${t.dtype === 'bool' ? 'Bool' : 'Long'}'`);
  const out = new Tensor(float32Buffer(t.size), t.shape, 'float32');
  into(t.data, out.data as Float32Array);
  if (isRecording()) recordOp(kind, [t], out, () => into(t.data, out.data as Float32Array), params);
  return out;
}

/** F.leaky_relu: x > 0 ? x : x·slope (slope cast to float32). */
export function leakyRelu(t: Tensor, negativeSlope = 0.01): Tensor {
  const slope = f(negativeSlope);
  const out = floatOut('leaky_relu', t, [slope], (x, y) => {
    for (let i = 0; i < y.length; i++) y[i] = x[i] > 0 ? x[i] : x[i] * slope;
  });
  if (!needsGrad(t)) return out;
  const x = t.data;
  return record(out, 'LeakyReluBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    for (let i = 0; i < g.length; i++) r[i] = x[i] > 0 ? g[i] : g[i] * slope;
    return [r];
  });
}

/** F.elu (scale = input_scale = 1): x > 0 ? x : (exp(x) − 1)·α; backward g·α·exp(x). */
export function elu(t: Tensor, alpha = 1): Tensor {
  const a = f(alpha);
  const out = floatOut('elu', t, [a], (x, y) => {
    const vectorised = vectorEnd(y.length);
    for (let i = 0; i < y.length; i++) y[i] = x[i] > 0 ? x[i] : f((i < vectorised ? sleefExpf(x[i]) : glibcExpf(x[i])) - 1) * a;
  });
  if (!needsGrad(t)) return out;
  const x = t.data;
  return record(out, 'EluBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    const vectorised = vectorEnd(g.length); // cpu_kernel_vec: std::exp (glibc's) for the tail
    for (let i = 0; i < g.length; i++) r[i] = x[i] > 0 ? g[i] : f(g[i] * a) * (i < vectorised ? sleefExpf(x[i]) : glibcExpf(x[i]));
    return [r];
  });
}

/**
 * F.softplus: x·β > threshold ? x : log1p(exp(x·β)) / β; backward z = exp(x·β), g·z / (z + 1).
 * A cpu_kernel_vec loop: the first n − n mod 16 elements take SLEEF's expf and log1pf (two AVX2
 * vectors a step), the tail glibc's (std::exp, std::log1p).
 */
export function softplus(t: Tensor, beta = 1, threshold = 20): Tensor {
  const b = f(beta), th = f(threshold);
  const out = floatOut('softplus', t, [b, th], (x, y) => {
    const vectorised = vectorEnd(y.length);
    for (let i = 0; i < vectorised; i++) {
      const xb = f(x[i] * b);
      y[i] = xb > th ? x[i] : f(sleefLog1pf(sleefExpf(xb)) / b);
    }
    for (let i = vectorised; i < y.length; i++) {
      const xb = f(x[i] * b);
      y[i] = xb > th ? x[i] : f(glibcLog1pf(glibcExpf(xb)) / b);
    }
  });
  if (!needsGrad(t)) return out;
  const x = t.data;
  return record(out, 'SoftplusBackward0', [t], (g) => {
    const r = gradBuffer(g.length);
    const vectorised = vectorEnd(g.length);
    for (let i = 0; i < g.length; i++) {
      const xb = f(x[i] * b);
      if (xb > th) r[i] = g[i];
      else {
        const z = i < vectorised ? sleefExpf(xb) : glibcExpf(xb);
        r[i] = f(g[i] * z) / f(z + 1);
      }
    }
    return [r];
  });
}
