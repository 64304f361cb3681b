// std / var, prod and cumsum in PyTorch 1.13's CPU order.
// - std/var: one output element (no dim, or a dim that leaves one value) is std_var_all_cpu's
//   two passes: the float32 mean (cascade-sum.ts) as a double, then Σ(x − mean)² in double; more
//   outputs are WelfordOps in double per output. Either way the double result is cast to float32
//   once. Backward is var_backward: (2/dof)·grad·(x − mean), std's through grad / (2·std).
// - prod: a float32 product in index order (PyTorch vectorises the inner reduction in 8-lane
//   registers, so a long product may differ in its last bits; exact products of small values
//   agree). Backward: grad·(result / x) without zeros, else the product of the others.
// - cumsum: accumulated in double (CPU acc_type of float), each prefix cast to float32;
//   backward is the reversed cumsum of the gradient, also in double.
import { gradBuffer, needsGrad, record } from './autograd';
import { mean } from './reduce';
import { stridesOf, wrapDim } from './shape';
import { allocate, Tensor, type DType } from './tensor';

const f32 = Math.fround;

/** outer × size × inner layout of `dim` in t (a 0-dim tensor is one element along its one dim). */
function layout(t: Tensor, dim: number): { d: number; size: number; inner: number; outer: number } {
  if (t.ndim === 0) return { d: 0, size: 1, inner: 1, outer: 1 };
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d];
  const inner = stridesOf(t.shape)[d];
  const outer = size * inner === 0 ? 0 : t.size / (size * inner);
  return { d, size, inner, outer };
}

function reducedShape(t: Tensor, d: number | null, keepdim: boolean): number[] {
  if (d === null) return keepdim ? t.shape.map(() => 1) : [];
  if (t.ndim === 0) return [];
  const shape = t.shape.filter((_, i) => i !== d);
  if (keepdim) shape.splice(d, 0, 1);
  return shape;
}

/** The float32 mean of t (as `self.mean()` / `self.mean(dim, keepdim=True)`), without autograd. */
function plainMean(t: Tensor, dim: number | null): Tensor {
  const plain = new Tensor(t.data, t.shape, t.dtype);
  return dim === null || t.ndim === 0 ? mean(plain) : mean(plain, dim, true);
}

export function stdVar(kind: 'std' | 'var', t: Tensor, dim: number | null, correction: number, keepdim: boolean): Tensor {
  if (t.dtype !== 'float32') throw new Error("std and var only support floating point and complex dtypes");
  const sqrt = kind === 'std';
  const finish = (m2: number, n: number): number => {
    const variance = m2 / Math.max(0, n - correction);
    return sqrt ? Math.sqrt(variance) : variance;
  };
  const d = dim === null ? null : t.ndim === 0 ? 0 : wrapDim(dim, t.ndim);
  const shape = reducedShape(t, d, keepdim);
  const outSize = shape.reduce((a, b) => a * b, 1);
  const out = new Float32Array(outSize);
  const x = t.data;
  if (outSize <= 1 && t.size > 0) {
    const m = plainMean(t, null).data[0];
    let s = 0;
    for (let i = 0; i < x.length; i++) {
      const dx = x[i] - m;
      s += dx * dx;
    }
    out.fill(finish(s, t.size));
  } else {
    const { size, inner, outer } = layout(t, d ?? 0);
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        let meanAcc = 0;
        let m2 = 0;
        for (let k = 0; k < size; k++) {
          const v = x[(o * size + k) * inner + i];
          const delta = v - meanAcc;
          meanAcc += delta / (k + 1);
          m2 += delta * (v - meanAcc);
        }
        out[o * inner + i] = finish(m2, size);
      }
    }
  }
  const result = new Tensor(out, shape, 'float32');
  if (!needsGrad(t)) return result;
  const name = sqrt ? 'StdBackward0' : 'VarBackward0';
  return record(result, name, [t], (g) => {
    const n = d === null ? t.size : t.ndim === 0 ? 1 : t.shape[d];
    const dof = n - correction;
    const grad = sqrt ? Float32Array.from(g, (v, i) => (out[i] === 0 ? 0 : f32(v / f32(out[i] * 2)))) : g;
    const r = gradBuffer(t.size);
    if (dof <= 0) return [r.fill(NaN)];
    const scale = f32(2.0 / dof);
    const m = plainMean(t, d).data;
    if (d === null) {
      for (let i = 0; i < x.length; i++) r[i] = f32(f32(scale * grad[0]) * f32(x[i] - m[0]));
      return [r];
    }
    const { size, inner, outer } = layout(t, d);
    for (let o = 0; o < outer; o++)
      for (let k = 0; k < size; k++)
        for (let i = 0; i < inner; i++) {
          const at = (o * size + k) * inner + i;
          r[at] = f32(f32(scale * grad[o * inner + i]) * f32(x[at] - m[o * inner + i]));
        }
    return [r];
  });
}

export function prod(t: Tensor, dim: number | null, keepdim: boolean): Tensor {
  const dtype: DType = t.dtype === 'float32' ? 'float32' : 'int64';
  const d = dim === null ? null : t.ndim === 0 ? 0 : wrapDim(dim, t.ndim);
  const shape = reducedShape(t, d, keepdim);
  const x = t.data;
  const round = dtype === 'float32' ? f32 : (v: number) => v;
  const { size, inner, outer } = d === null ? { size: t.size, inner: 1, outer: 1 } : layout(t, d);
  const out = allocate(dtype, outer * inner);
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < inner; i++) {
      let p = 1;
      for (let k = 0; k < size; k++) p = round(p * x[(o * size + k) * inner + i]);
      out[o * inner + i] = p;
    }
  const result = new Tensor(out, shape, dtype);
  if (!needsGrad(t)) return result;
  return record(result, d === null ? 'ProdBackward0' : 'ProdBackward1', [t], (g) => {
    const r = gradBuffer(t.size);
    for (let o = 0; o < outer; o++)
      for (let i = 0; i < inner; i++) {
        const at = (k: number) => (o * size + k) * inner + i;
        const total = out[o * inner + i];
        const gv = g[o * inner + i];
        let zeros = 0;
        for (let k = 0; k < size; k++) if (x[at(k)] === 0) zeros++;
        for (let k = 0; k < size; k++) {
          if (zeros === 0) {
            r[at(k)] = f32(gv * f32(total / x[at(k)]));
          } else {
            let others = 1;
            for (let j = 0; j < size; j++) if (j !== k) others = f32(others * x[at(j)]);
            r[at(k)] = f32(gv * others);
          }
        }
      }
    return [r];
  });
}

export function cumsum(t: Tensor, dim: number): Tensor {
  const dtype: DType = t.dtype === 'float32' ? 'float32' : 'int64';
  const { size, inner, outer } = layout(t, dim);
  const out = allocate(dtype, t.size);
  const scan = (from: ArrayLike<number>, into: { [i: number]: number }, reverse: boolean): void => {
    for (let o = 0; o < outer; o++)
      for (let i = 0; i < inner; i++) {
        let s = 0;
        for (let step = 0; step < size; step++) {
          const k = reverse ? size - 1 - step : step;
          const at = (o * size + k) * inner + i;
          s += from[at];
          into[at] = s;
        }
      }
  };
  scan(t.data, out, false);
  const result = new Tensor(out, t.shape, dtype);
  if (!needsGrad(t)) return result;
  return record(result, 'CumsumBackward0', [t], (g) => {
    const r = gradBuffer(t.size);
    scan(g, r, true);
    return [r];
  });
}
