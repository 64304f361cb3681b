// Reductions: sum, mean, max, min over everything or one dim. Float32 sums follow PyTorch's
// CPU order (cascade-sum.ts), so they print what PyTorch prints; integer sums are exact in
// float64. Several dims at once (reduceDims) still accumulate in float64 and round once.
import { gradBuffer, needsGrad, record } from './autograd';
import { columnTotals, rowTotal } from './cascade-sum';
import { isRecording, recordOp } from './recording';
import { BroadcastWalk, numel, stridesOf, wrapDim } from './shape';
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

/** A float32 sum (or mean) along one dim, in PyTorch's order (cascade-sum.ts). */
function floatAlong(t: Tensor, dim: number, keepdim: boolean, divisor: number | null): Tensor {
  const d = wrapDim(dim, t.ndim);
  const size = t.shape[d] ?? 1;
  const inner = stridesOf(t.shape)[d] ?? 1;
  const outer = size * inner === 0 ? 0 : t.size / (size * inner);
  const out = new Float32Array(outer * inner);
  for (let o = 0; o < outer; o++) {
    if (inner === 1) out[o] = rowTotal(t.data, o * size, size);
    else columnTotals(t.data, o * size * inner, inner, size, out.subarray(o * inner, (o + 1) * inner));
  }
  if (divisor !== null) for (let i = 0; i < out.length; i++) out[i] = out[i] / divisor;
  const shape = t.shape.filter((_, i) => i !== d);
  if (keepdim) shape.splice(d, 0, 1);
  return new Tensor(out, t.ndim === 0 ? [] : shape, 'float32');
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
  if (t.dtype === 'float32') return rowTotal(x, 0, x.length);
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
  const result = dtype === 'float32' ? floatAlong(t, dim, keepdim, null) : alongDim(t, dim, keepdim, total, dtype);
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
  const result = floatAlong(t, dim, keepdim, size);
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

/**
 * sum / mean over several dims at once (`x.sum(dim=(0, 1))`): accumulated in float64 and rounded
 * once, as the one-dim reductions here; a single dim goes to sum / mean themselves.
 */
export function reduceDims(kind: 'sum' | 'mean', t: Tensor, dims: readonly number[], keepdim = false): Tensor {
  if (dims.length === 1) return kind === 'sum' ? sum(t, dims[0], keepdim) : mean(t, dims[0], keepdim);
  if (kind === 'mean' && t.dtype !== 'float32') return mean(t, dims[0], keepdim); // its dtype error
  const wrapped = dims.map((d) => wrapDim(d, t.ndim));
  const seen = new Set<number>();
  for (const d of wrapped) {
    if (seen.has(d)) throw new Error(`dim ${d} appears multiple times in the list of dims`);
    seen.add(d);
  }
  // An empty tuple reduces everything, as dim=None.
  const reduced = (i: number): boolean => seen.size === 0 || seen.has(i);
  const kept = t.shape.map((d, i) => (reduced(i) ? 1 : d));
  const count = t.size / Math.max(1, numel(kept));
  const dtype = reducedType(t);
  const sorted = [...seen].sort((p, q) => p - q);
  const adjacent = sorted.length > 0 && sorted[sorted.length - 1] - sorted[0] === sorted.length - 1;
  const into = (input: Tensor, out: Tensor): void => {
    if (dtype === 'float32' && (seen.size === 0 || adjacent)) {
      // Adjacent dims merge into one, as PyTorch's TensorIterator coalesces them: the one-dim order.
      const first = seen.size === 0 ? 0 : sorted[0];
      const last = seen.size === 0 ? input.ndim - 1 : sorted[sorted.length - 1];
      const merged = [...input.shape.slice(0, first), numel(input.shape.slice(first, last + 1)), ...input.shape.slice(last + 1)];
      out.data.set(floatAlong(new Tensor(input.data, merged, 'float32'), first, false, kind === 'mean' ? count : null).data);
      return;
    }
    const acc = new Float64Array(out.size);
    const walk = new BroadcastWalk(kept, input.shape);
    const x = input.data;
    for (let i = 0; i < x.length; i++) acc[walk.next()] += x[i];
    for (let i = 0; i < acc.length; i++) out.data[i] = kind === 'sum' ? acc[i] : Math.fround(acc[i]) / count;
  };
  const shape = keepdim ? kept : t.shape.filter((_, i) => !reduced(i));
  const out = new Tensor(allocate(dtype, numel(kept)), shape, dtype);
  into(t, out);
  if (isRecording()) recordOp(`${kind}_dims`, [t], out, () => into(t, out), [wrapped.join(','), keepdim ? 1 : 0]);
  if (!needsGrad(t)) return out;
  return record(out, kind === 'sum' ? 'SumBackward1' : 'MeanBackward1', [t], (g) => {
    const r = gradBuffer(t.size);
    const walk = new BroadcastWalk(kept, t.shape);
    for (let i = 0; i < r.length; i++) r[i] = kind === 'sum' ? g[walk.next()] : g[walk.next()] / count;
    return [r];
  });
}

/** argmax / argmin: the first index of the extreme (NaN counts as the extreme), over all elements or along dim. */
export function argExtreme(t: Tensor, kind: 'max' | 'min', dim: number | null, keepdim = false): Tensor {
  const out = argExtremeOf(t, kind, dim, keepdim);
  if (isRecording()) recordOp(`arg${kind}`, [t], out, () => out.data.set(argExtremeOf(t, kind, dim, keepdim).data), [dim ?? 'all', keepdim ? 1 : 0]);
  return out;
}

function argExtremeOf(t: Tensor, kind: 'max' | 'min', dim: number | null, keepdim: boolean): Tensor {
  if (t.dtype === 'bool') throw new Error(`"arg${kind}_cpu" not implemented for 'Bool'`);
  if (dim === null) {
    if (t.size === 0) throw new Error(`arg${kind}(): Expected reduction dim to be specified for input.numel() == 0.`);
    const flat = new Tensor(t.data, [t.size], t.dtype);
    const { indices } = extremeAlong(flat, kind, 0, false);
    return keepdim ? new Tensor(indices.data, t.shape.map(() => 1), 'int64') : indices;
  }
  return extremeAlong(new Tensor(t.data, t.shape, t.dtype), kind, dim, keepdim).indices;
}

/** any / all: whether some (every) element is non-zero, over everything or along dim (torch.bool). */
export function anyAll(t: Tensor, kind: 'any' | 'all', dim: number | null, keepdim = false): Tensor {
  const test = kind === 'any' ? (v: ArrayLike<number>) => Array.prototype.some.call(v, (x: number) => x !== 0) : (v: ArrayLike<number>) => Array.prototype.every.call(v, (x: number) => x !== 0);
  if (dim === null) {
    const out = allocate('bool', 1);
    out[0] = test(t.data) ? 1 : 0;
    return new Tensor(out, [], 'bool');
  }
  return alongDim(t, dim, keepdim, (v) => (test(v) ? 1 : 0), 'bool');
}
