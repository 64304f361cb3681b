// Ops that change shape only: reshape/view, squeeze/unsqueeze, cat, stack,
// clone and detach. A tensor's buffer is contiguous (row-major), so a reshape
// shares it (with the strides views.ts gives it) and cat/stack copy blocks.
import { gradBuffer, needsGrad, record } from './autograd';
import { inferShape, numel, sameShape, stridesOf, wrapDim } from './shape';
import { allocate, Tensor } from './tensor';
import { aliasWithShape, viewAs } from './views';

/** A tensor over t's buffer (detach, stack's parts): a view of a view is one too, but no `_base` of its own. */
function sharing(t: Tensor, shape: number[]): Tensor {
  const out = aliasWithShape(t, shape)!;
  out.viewBase = t.viewBase;
  return out;
}

/**
 * reshape (with one -1): a view where the strides allow one (PyTorch 1.13 names it
 * ReshapeAliasBackward0), else a contiguous copy (UnsafeViewBackward0), as ATen's reshape.
 */
export function reshape(t: Tensor, shape: number[], name = 'ReshapeAliasBackward0'): Tensor {
  const target = inferShape(shape, t.size);
  const alias = aliasWithShape(t, target);
  const out = alias ?? new Tensor(t.data.slice(), target, t.dtype);
  if (!needsGrad(t)) return out;
  return record(out, alias ? name : 'UnsafeViewBackward0', [t], (g) => [g]);
}

/** x.view(shape): PyTorch's error where the strides allow no view (x.T.view(-1)). */
export function view(t: Tensor, shape: number[]): Tensor {
  return viewAs(t, shape, 'ViewBackward0');
}

export function flatten(t: Tensor): Tensor {
  return reshape(t, [t.size], 'ReshapeAliasBackward0');
}

/** A squeeze/unsqueeze: always a view, with ATen's strides for the dims it keeps or adds. */
function reshapeView(t: Tensor, shape: number[], name: string, rule: (strides: readonly number[]) => number[]): Tensor {
  const out = aliasWithShape(t, shape, rule)!;
  if (!needsGrad(t)) return out;
  return record(out, name, [t], (g) => [g]);
}

export function unsqueeze(t: Tensor, dim: number): Tensor {
  const d = wrapDim(dim, t.ndim + 1);
  const shape = [...t.shape];
  shape.splice(d, 0, 1);
  // ATen: the new dim's stride is the next dim's extent in memory (1 at the end)
  return reshapeView(t, shape, 'UnsqueezeBackward0', (strides) => {
    const out = [...strides];
    out.splice(d, 0, d >= t.ndim ? 1 : t.shape[d] * strides[d]);
    return out;
  });
}

export function squeeze(t: Tensor, dim?: number): Tensor {
  const d = dim === undefined ? -1 : wrapDim(dim, t.ndim);
  const kept = (s: number, i: number): boolean => (dim === undefined ? s !== 1 : !(i === d && s === 1));
  const shape = t.shape.filter(kept);
  return reshapeView(t, shape, dim === undefined ? 'SqueezeBackward0' : 'SqueezeBackward1', (strides) => strides.filter((_, i) => kept(t.shape[i], i)));
}

export function clone(t: Tensor): Tensor {
  const out = new Tensor(t.data.slice(), t.shape, t.dtype);
  if (!needsGrad(t)) return out;
  return record(out, 'CloneBackward0', [t], (g) => [g]);
}

/** Shares storage, never requires grad: `.detach()` and `.data`. */
export function detach(t: Tensor): Tensor {
  return sharing(t, t.shape);
}

export function cat(tensors: Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw new RangeError('torch.cat(): expected a non-empty list of Tensors');
  const parts = tensors.filter((t) => !(t.ndim === 1 && t.size === 0));
  const first = parts[0] ?? tensors[0];
  const d = wrapDim(dim, first.ndim);
  for (const t of parts) {
    if (t.ndim !== first.ndim || t.shape.some((s, i) => i !== d && s !== first.shape[i])) {
      throw new RangeError(
        `Sizes of tensors must match except in dimension ${d}. Expected size ${first.shape[d === 0 ? 1 : 0]} but got size ${t.shape[d === 0 ? 1 : 0]} for tensor number ${parts.indexOf(t)} in the list.`,
      );
    }
  }
  const dtype = parts.some((t) => t.dtype === 'float64') ? 'float64' : parts.some((t) => t.dtype === 'float32') ? 'float32' : parts.some((t) => t.dtype === 'int64') ? 'int64' : 'bool';
  const shape = [...first.shape];
  shape[d] = parts.reduce((s, t) => s + t.shape[d], 0);
  const outer = numel(first.shape.slice(0, d));
  const inner = stridesOf(first.shape)[d];
  const out = allocate(dtype, numel(shape));
  const rowWidth = shape[d] * inner;
  let offset = 0;
  for (const t of parts) {
    const w = t.shape[d] * inner;
    for (let o = 0; o < outer; o++) out.set(t.data.subarray(o * w, (o + 1) * w), o * rowWidth + offset);
    offset += w;
  }
  const result = new Tensor(out, shape, dtype);
  if (!needsGrad(...parts)) return result;
  return record(result, 'CatBackward0', parts, (g) => {
    let off = 0;
    return parts.map((t) => {
      const w = t.shape[d] * inner;
      const gi = gradBuffer(t.size);
      for (let o = 0; o < outer; o++) gi.set(g.subarray(o * rowWidth + off, o * rowWidth + off + w), o * w);
      off += w;
      return gi;
    });
  });
}

export function stack(tensors: Tensor[], dim = 0): Tensor {
  if (tensors.length === 0) throw new RangeError('stack expects a non-empty TensorList');
  const first = tensors[0];
  tensors.forEach((t, i) => {
    if (!sameShape(t.shape, first.shape)) {
      throw new RangeError(`stack expects each tensor to be equal size, but got [${first.shape.join(', ')}] at entry 0 and [${t.shape.join(', ')}] at entry ${i}`);
    }
  });
  const d = wrapDim(dim, first.ndim + 1);
  const grads = needsGrad(...tensors);
  const expanded = tensors.map((t) => {
    const shape = [...t.shape];
    shape.splice(d, 0, 1);
    const view = sharing(t, shape);
    view.requiresGrad = grads && t.requiresGrad; // lets cat compute the backward below
    return view;
  });
  const joined = cat(expanded, d);
  if (!grads) return joined;
  const out = detach(joined);
  return record(out, 'StackBackward0', tensors, (g) => joined.gradFn!.backward(g));
}
