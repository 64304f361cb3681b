// In-place forward kernels for the ops a trace can replay. Each writes the op's result into
// the output buffer recorded for it, with the same float32 rounding steps as the library op
// it stands for (elementwise.ts, unary.ts, reduce.ts, linalg.ts, losses.ts), so a replayed
// iteration is bit-identical to an interpreted one; the tape nodes recorded for those outputs
// read the same buffers, so the library's backward() runs unchanged on them.
// A kernel is built only for the shapes and dtypes it covers; null means "interpret".
import { binaryCrossEntropy } from '../core/losses';
import { sleefExpf, vectorEnd } from '../core/sleef';
import type { Tensor } from '../core/tensor';
import type { OpEntry } from '../core/recording';

export type Step = () => void;

const f = Math.fround;

function isFloat(t: Tensor | null): t is Tensor {
  return t !== null && t.dtype === 'float32';
}

function binary(entry: OpEntry): Step | null {
  const [a, b] = entry.inputs;
  const out = entry.out;
  if (!a || !b || out.dtype !== 'float32') return null;
  const n = out.size;
  const y = out.data as Float32Array;
  const same = a.size === n && b.size === n;
  const bScalar = !same && b.size === 1 && a.size === n;
  const aScalar = !same && !bScalar && a.size === 1 && b.size === n;
  if (!same && !bScalar && !aScalar) return null;
  // The loops of elementwise.ts's fastLoop, one closure per (op, operand layout).
  switch (entry.kind) {
    case 'add':
      if (same) return () => { const p = a.data, q = b.data; for (let i = 0; i < n; i++) y[i] = p[i] + q[i]; };
      if (bScalar) return () => { const p = a.data, s = b.data[0]; for (let i = 0; i < n; i++) y[i] = p[i] + s; };
      return () => { const s = a.data[0], q = b.data; for (let i = 0; i < n; i++) y[i] = s + q[i]; };
    case 'sub':
      if (same) return () => { const p = a.data, q = b.data; for (let i = 0; i < n; i++) y[i] = p[i] - q[i]; };
      if (bScalar) return () => { const p = a.data, s = b.data[0]; for (let i = 0; i < n; i++) y[i] = p[i] - s; };
      return () => { const s = a.data[0], q = b.data; for (let i = 0; i < n; i++) y[i] = s - q[i]; };
    case 'mul':
      if (same) return () => { const p = a.data, q = b.data; for (let i = 0; i < n; i++) y[i] = p[i] * q[i]; };
      if (bScalar) return () => { const p = a.data, s = b.data[0]; for (let i = 0; i < n; i++) y[i] = p[i] * s; };
      return () => { const s = a.data[0], q = b.data; for (let i = 0; i < n; i++) y[i] = s * q[i]; };
    case 'div':
      if (same) return () => { const p = a.data, q = b.data; for (let i = 0; i < n; i++) y[i] = p[i] / q[i]; };
      if (bScalar) return () => { const p = a.data, s = b.data[0]; for (let i = 0; i < n; i++) y[i] = p[i] / s; };
      return () => { const s = a.data[0], q = b.data; for (let i = 0; i < n; i++) y[i] = s / q[i]; };
  }
  return null;
}

function unary(entry: OpEntry): Step | null {
  const [t] = entry.inputs;
  if (!isFloat(t) || entry.out.dtype !== 'float32' || t.size !== entry.out.size) return null;
  const y = entry.out.data as Float32Array;
  const n = y.length;
  switch (entry.kind) {
    case 'exp':
      return () => { const x = t.data; for (let i = 0; i < n; i++) y[i] = sleefExpf(x[i]); };
    case 'log':
      return () => { const x = t.data; for (let i = 0; i < n; i++) y[i] = Math.log(x[i]); };
    case 'tanh':
      return () => { const x = t.data; for (let i = 0; i < n; i++) y[i] = Math.tanh(x[i]); };
    case 'neg':
      return () => { const x = t.data; for (let i = 0; i < n; i++) y[i] = -x[i]; };
    case 'relu':
      return () => { const x = t.data; for (let i = 0; i < n; i++) y[i] = x[i] > 0 ? x[i] : 0; };
    case 'sigmoid': {
      const vectorised = vectorEnd(n);
      return () => {
        const x = t.data;
        for (let i = 0; i < vectorised; i++) y[i] = 1 / f(1 + sleefExpf(-x[i]));
        for (let i = vectorised; i < n; i++) y[i] = 1 / f(1 + f(Math.exp(-x[i])));
      };
    }
  }
  return null;
}

function reduction(entry: OpEntry): Step | null {
  const [t] = entry.inputs;
  if (!isFloat(t) || entry.out.size !== 1 || entry.params.length > 0) return null;
  const y = entry.out.data as Float32Array;
  const n = t.size;
  const total = (): number => {
    const x = t.data;
    let s = 0;
    for (let i = 0; i < n; i++) s += x[i];
    return s;
  };
  if (entry.kind === 'sum') return () => { y[0] = total(); };
  return () => { y[0] = f(total()) / n; };
}

function linear(entry: OpEntry): Step | null {
  const [x, weight, bias] = entry.inputs;
  if (!isFloat(x) || !isFloat(weight) || (bias !== null && !isFloat(bias)) || x.ndim !== 2) return null;
  const [m, k] = x.shape;
  const outF = weight.shape[0];
  const y = entry.out.data as Float32Array;
  // gemm(x, weight, m, k, outF, transB = true, bias)
  return () => {
    const a = x.data, w = weight.data, c = bias ? bias.data : null;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < outF; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s = f(s + f(a[i * k + p] * w[j * k + p]));
        y[i * outF + j] = c ? s + c[j] : s;
      }
    }
  };
}

function mm(entry: OpEntry): Step | null {
  const [a, b] = entry.inputs;
  if (!isFloat(a) || !isFloat(b) || a.ndim !== 2 || b.ndim !== 2) return null;
  const [m, k] = a.shape;
  const n = b.shape[1];
  const y = entry.out.data as Float32Array;
  // gemm(a, b, m, k, n)
  return () => {
    const p = a.data, q = b.data;
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let t = 0; t < k; t++) s = f(s + f(p[i * k + t] * q[t * n + j]));
        y[i * n + j] = s;
      }
    }
  };
}

function loss(entry: OpEntry): Step | null {
  const [input, target] = entry.inputs;
  const reduction = entry.params[0];
  if (!isFloat(input) || !isFloat(target) || input.size !== target.size || input.ndim !== target.ndim) return null;
  if (!input.shape.every((d, i) => d === target.shape[i])) return null;
  if (reduction !== 'mean' && reduction !== 'sum') return null;
  const out = entry.out.data as Float32Array;
  const n = input.size;
  const finish = (s: number): void => {
    const total = f(s);
    out[0] = reduction === 'mean' ? f(total / n) : total;
  };
  switch (entry.kind) {
    case 'mse':
      return () => {
        const x = input.data, y = target.data;
        let s = 0;
        for (let i = 0; i < n; i++) {
          const d = f(x[i] - y[i]);
          s += f(d * d);
        }
        finish(s);
      };
    case 'bce':
      return () => {
        const x = input.data, y = target.data;
        let s = 0;
        for (let i = 0; i < n; i++) {
          const p = x[i];
          // Out of range: the library op raises PyTorch's error.
          if (!(p >= 0 && p <= 1)) binaryCrossEntropy(input, target, reduction);
          const logNot = Math.max(f(Math.log1p(-p)), -100);
          const logP = Math.max(f(Math.log(p)), -100);
          s += f(f(f(y[i] - 1) * logNot) - f(y[i] * logP));
        }
        finish(s);
      };
    case 'bcelogits':
      return () => {
        const x = input.data, y = target.data;
        let s = 0;
        for (let i = 0; i < n; i++) {
          const m = Math.max(-x[i], 0);
          const lin = f(f(f(1 - y[i]) * x[i]) + m);
          const lse = f(Math.log(sleefExpf(-m) + sleefExpf(f(-x[i] - m))));
          s += f(lin + lse);
        }
        finish(s);
      };
  }
  return null;
}

/** The replay step for one recorded op, or null when its case is not covered. */
export function kernelFor(entry: OpEntry): Step | null {
  switch (entry.kind) {
    case 'add': case 'sub': case 'mul': case 'div':
      return binary(entry);
    case 'exp': case 'log': case 'sigmoid': case 'relu': case 'tanh': case 'neg':
      return unary(entry);
    case 'mean': case 'sum':
      return reduction(entry);
    case 'linear':
      return linear(entry);
    case 'mm':
      return mm(entry);
    case 'mse': case 'bce': case 'bcelogits':
      return loss(entry);
  }
}
