// Reductions: sum, mean, max, min over everything or one dim. A float sum of a
// whole tensor is PyTorch's float32 cascade sum (cascade-sum.ts, bit for bit);
// sums along a dim accumulate in float64 and round once, which lands on the
// same float32 in practice.
import { gradBuffer, needsGrad, record } from './autograd';
import { cascadeSum } from './cascade-sum';
import { isRecording, recordOp } from './recording';
import { stridesOf, wrapDim } from './shape';
import { allocate, Tensor, type DType } from './tensor';

function reducedType(t: Tensor): DType {
  return t.dtype === 'float32' ? 'float32' : 'int64';
}

/** Reduce along `dim` with `combine`, returning data and output shape. */
function alongDim(t: Tensor, dim: number, keepdim: boolean, fold: (values: number[]) => number, dtype: DType): Tensor {
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d] ?? 1;
  const inner = stridesOf(t.shape)[d] ?? 1;
  const outer = t.size / (size * inner);
  const out = allocate(dtype, outer * inner);
  const column = new Array<number>(size);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      for (let k = 0; k < size; k++) column[k] = t.data[(o * size + k) * inner + i];
      out[o * inner + i] = fold(column);
    }
  }
  const shape = t.shape.filter((_, i) => i !== d);
  if (keepdim) shape.splice(d, 0, 1);
  return new Tensor(out, t.ndim === 0 ? [] : shape, dtype);
}

/** Spread the gradient of a dim-reduction back over the reduced dim. */
function expandAlong(g: Float32Array, t: Tensor, dim: number, scale: (v: number) => number): Float32Array {
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d] ?? 1;
  const inner = stridesOf(t.shape)[d] ?? 1;
  const outer = t.size / (size * inner);
  const r = gradBuffer(t.size);
  for (let o = 0; o < outer; o++)
    for (let k = 0; k < size; k++)
      for (let i = 0; i < inner; i++) r[(o * size + k) * inner + i] = scale(g[o * inner + i]);
  return r;
}

/** The sum of a dim's column (a plain array, see alongDim). */
function total(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}

/** The sum of a whole tensor: its own loop, so it stays monomorphic on the typed array (see total). */
function totalOf(t: Tensor): number {
  const x = t.data;
  if (t.dtype === 'float32') return cascadeSum(x, x.length); // PyTorch's float32 cascade, bit for bit
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s;
}

/** A reduction to one number: computed into its 0-dim output, now and in a loop replay. */
function reduceAll(kind: string, t: Tensor, dtype: DType, into: (t: Tensor, out: Tensor) => void): Tensor {
  const out = new Tensor(allocate(dtype, 1), [], dtype);
  into(t, out);
  if (isRecording()) recordOp(kind, [t], out, () => into(t, out));
  return out;
}

const sumAllInto = (t: Tensor, out: Tensor): void => {
  out.data[0] = totalOf(t);
};

const meanAllInto = (t: Tensor, out: Tensor): void => {
  out.data[0] = Math.fround(totalOf(t)) / t.size;
};

export function sum(t: Tensor, dim?: number | null, keepdim = false): Tensor {
  const dtype = reducedType(t);
  if (dim === undefined || dim === null) {
    const result = reduceAll('sum', t, dtype, sumAllInto);
    if (!needsGrad(t)) return result;
    return record(result, 'SumBackward0', [t], (g) => [gradBuffer(t.size).fill(g[0])]);
  }
  const result = alongDim(t, dim, keepdim, total, dtype);
  if (!needsGrad(t)) return result;
  return record(result, 'SumBackward1', [t], (g) => [expandAlong(g, t, dim, (v) => v)]);
}

export function mean(t: Tensor, dim?: number | null, keepdim = false): Tensor {
  if (t.dtype !== 'float32') {
    throw new Error(
      `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${t.dtype === 'bool' ? 'Bool' : 'Long'}`,
    );
  }
  if (dim === undefined || dim === null) {
    const n = t.size;
    const result = reduceAll('mean', t, 'float32', meanAllInto);
    if (!needsGrad(t)) return result;
    // grad.expand(sizes) / numel
    return record(result, 'MeanBackward0', [t], (g) => [gradBuffer(n).fill(g[0] / n)]);
  }
  const size = t.shape[wrapDim(dim, t.ndim)] ?? 1;
  const result = alongDim(t, dim, keepdim, (v) => Math.fround(total(v)) / size, 'float32');
  if (!needsGrad(t)) return result;
  return record(result, 'MeanBackward1', [t], (g) => [expandAlong(g, t, dim, (v) => v / size)]);
}

function extreme(t: Tensor, better: (a: number, b: number) => boolean, name: string, dim?: number | null, keepdim = false): Tensor {
  if (t.size === 0) throw new RangeError(`${name.toLowerCase()}(): Expected reduction dim to be specified for input.numel() == 0.`);
  const pick = (values: ArrayLike<number>): number => {
    let best = values[0];
    for (let i = 1; i < values.length; i++) if (better(values[i], best) || Number.isNaN(values[i])) best = values[i];
    return best;
  };
  if (dim === undefined || dim === null) {
    const out = allocate(t.dtype, 1);
    out[0] = pick(t.data);
    const result = new Tensor(out, [], t.dtype);
    if (!needsGrad(t)) return result;
    // The gradient is shared evenly among ties, as PyTorch's amax-style backward.
    return record(result, `${name}Backward1`, [t], (g) => {
      const hits = Array.from(t.data).filter((v) => v === out[0]).length;
      return [Float32Array.from(t.data, (v) => (v === out[0] ? g[0] / hits : 0))];
    });
  }
  return alongDim(t, dim, keepdim, pick, t.dtype);
}

export function max(t: Tensor, dim?: number | null, keepdim = false): Tensor {
  return extreme(t, (a, b) => a > b, 'Max', dim, keepdim);
}

export function min(t: Tensor, dim?: number | null, keepdim = false): Tensor {
  return extreme(t, (a, b) => a < b, 'Min', dim, keepdim);
}

/**
 * max/min along a dim: values and (first) indices, as torch.max(x, dim) returns them;
 * the values' gradient goes to the chosen elements (MaxBackward0 / MinBackward0).
 */
export function extremeAlong(t: Tensor, kind: 'max' | 'min', dim: number, keepdim = false): { values: Tensor; indices: Tensor } {
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d] ?? 1;
  if (size === 0) throw new RangeError(`${kind}(): Expected reduction dim ${d} to have non-zero size.`);
  const inner = stridesOf(t.shape)[d] ?? 1;
  const outer = t.size / (size * inner);
  const values = allocate(t.dtype, outer * inner);
  const indices = new Float64Array(outer * inner);
  const source = new Int32Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      let best = 0;
      let bestValue = t.data[o * size * inner + i];
      for (let k = 1; k < size; k++) {
        const v = t.data[(o * size + k) * inner + i];
        if (Number.isNaN(bestValue)) break;
        if (Number.isNaN(v) || (kind === 'max' ? v > bestValue : v < bestValue)) {
          best = k;
          bestValue = v;
        }
      }
      values[o * inner + i] = bestValue;
      indices[o * inner + i] = best;
      source[o * inner + i] = (o * size + best) * inner + i;
    }
  }
  const shape = t.shape.filter((_, i) => i !== d);
  if (keepdim) shape.splice(d, 0, 1);
  const out = new Tensor(values, shape, t.dtype);
  const idx = new Tensor(indices, shape, 'int64');
  if (needsGrad(t)) {
    record(out, kind === 'max' ? 'MaxBackward0' : 'MinBackward0', [t], (g) => {
      const back = gradBuffer(t.size);
      for (let i = 0; i < g.length; i++) back[source[i]] += g[i];
      return [back];
    });
  }
  return { values: out, indices: idx };
}
