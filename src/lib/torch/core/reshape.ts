// Ops that change shape only: reshape/view, squeeze/unsqueeze, cat, stack,
// clone and detach. Tensors are contiguous, so a reshape shares storage and
// cat/stack copy blocks.
import { gradBuffer, needsGrad, record } from './autograd';
import { inferShape, numel, sameShape, stridesOf, wrapDim } from './shape';
import { allocate, Tensor } from './tensor';

/** A tensor over t's storage: a view of a copied view is one too (Tensor.copiedView). */
function sharing(t: Tensor, shape: number[]): Tensor {
  const out = new Tensor(t.data, shape, t.dtype);
  out.copiedView = t.copiedView;
  out.viewSource = t.viewSource;
  return out;
}

/** reshape/view (with one -1). PyTorch 1.13 names a contiguous reshape ReshapeAlias. */
export function reshape(t: Tensor, shape: number[], name = 'ReshapeAliasBackward0'): Tensor {
  const out = sharing(t, inferShape(shape, t.size));
  if (!needsGrad(t)) return out;
  return record(out, name, [t], (g) => [g]);
}

export function view(t: Tensor, shape: number[]): Tensor {
  return reshape(t, shape, 'ViewBackward0');
}

export function flatten(t: Tensor): Tensor {
  return reshape(t, [t.size], 'ReshapeAliasBackward0');
}

export function unsqueeze(t: Tensor, dim: number): Tensor {
  const d = wrapDim(dim, t.ndim + 1);
  const shape = [...t.shape];
  shape.splice(d, 0, 1);
  return reshape(t, shape, 'UnsqueezeBackward0');
}

export function squeeze(t: Tensor, dim?: number): Tensor {
  if (dim === undefined) return reshape(t, t.shape.filter((d) => d !== 1), 'SqueezeBackward0');
  const d = wrapDim(dim, t.ndim);
  const shape = t.shape.filter((s, i) => !(i === d && s === 1));
  return reshape(t, shape, 'SqueezeBackward1');
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
