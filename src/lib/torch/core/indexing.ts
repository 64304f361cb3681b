// Python subscripts on tensors: ints (negative from the end), slices, None,
// Ellipsis (a view: views.ts), and one bool-mask or integer-tensor index (a copy
// that remembers the source positions: its backward is a scatter through them).
import { TorchError, trackedViewWriteError } from './errors';
import { gradBuffer, isGradEnabled, needsGrad, record } from './autograd';
import { broadcastIndex, numel } from './shape';
import { bumpStorage } from './storage';
import { allocate, asTensor, bumpVersion, syncTensor, Tensor, type Operand } from './tensor';
import { assertNoOverlap, assertWritable, stridedView, type LayoutRule } from './views';
import { contiguousStrides, gatherStrided, scatterStrided } from '../../python/objects/shared-storage';
import { sumToShape } from './reduce-grad';

export interface Slice {
  readonly start: number | null;
  readonly stop: number | null;
  readonly step: number | null;
}
export type IndexItem = number | Slice | null | 'ellipsis' | Tensor;
export type IndexKey = IndexItem | IndexItem[];

interface Gather {
  shape: number[];
  map: Int32Array;
  name: string;
}

/** A basic index (ints, slices, None, ...) as a view: its layout rule and PyTorch's grad_fn name. */
function basicView(t: Tensor, items: IndexItem[]): { rule: LayoutRule; name: string } {
  const consuming = items.filter((k) => k !== null && k !== 'ellipsis').length;
  if (consuming > t.ndim) {
    throw new RangeError(`too many indices for tensor of dimension ${t.ndim}`);
  }
  const ellipsis = items.indexOf('ellipsis');
  const full: IndexItem[] = [...items];
  const fill = Array<IndexItem>(t.ndim - consuming).fill({ start: null, stop: null, step: null });
  if (ellipsis >= 0) full.splice(ellipsis, 1, ...fill);
  else full.push(...fill);
  // PyTorch's errors name an item by its place in the subscript as written (None and ... count)
  const written = (k: number): number => (ellipsis >= 0 && k >= ellipsis ? Math.max(ellipsis, k - fill.length + 1) : k);

  // per item: a new dim (None), a dim kept from `dim` (start, step, length), or a dim dropped at `start`
  const axes: { dim: number; start: number; step: number; length: number | null }[] = [];
  let name = 'AliasBackward0';
  let dim = 0;
  for (const [k, item] of full.entries()) {
    if (item === null) {
      axes.push({ dim: -1, start: 0, step: 0, length: 1 });
      name = 'UnsqueezeBackward0';
    } else if (typeof item === 'number') {
      const size = t.shape[dim];
      if (item < -size || item >= size) {
        throw new RangeError(`index ${item} is out of bounds for dimension ${written(k)} with size ${size}`);
      }
      axes.push({ dim, start: item < 0 ? item + size : item, step: 0, length: null });
      name = 'SelectBackward0';
      dim++;
    } else if (typeof item === 'object' && !(item instanceof Tensor)) {
      const size = t.shape[dim];
      const { start, step, length } = sliceRange(item, size);
      axes.push({ dim, start, step, length });
      if (!(length === size && step === 1)) name = 'SliceBackward0';
      dim++;
    } else {
      throw new TorchError(
        'NotImplementedError',
        '텐서(또는 리스트) 인덱스는 아직 첨자 전체로만 쓸 수 있습니다: x[mask], x[idx] / a tensor index mixed with other indices (x[:, mask]) is not supported yet',
      );
    }
  }
  // ATen's applySlicing: each item acts on the partial result at the current result dim
  const rule: LayoutRule = (strides, offset) => {
    const shape = [...t.shape];
    const out = [...strides];
    let at = offset;
    let k = 0;
    for (const a of axes) {
      if (a.dim < 0) {
        out.splice(k, 0, k >= shape.length ? 1 : shape[k] * out[k]); // unsqueeze's stride
        shape.splice(k++, 0, 1);
        continue;
      }
      at += a.start * out[k];
      if (a.length === null) {
        shape.splice(k, 1);
        out.splice(k, 1);
      } else {
        shape[k] = a.length;
        out[k++] *= a.step;
      }
    }
    return { shape, strides: out, offset: at };
  };
  return { rule, name };
}

/** A slice of a dim of `size`: its first position, step and length (Python's clamping). */
function sliceRange(s: Slice, size: number): { start: number; step: number; length: number } {
  const step = s.step ?? 1;
  if (step <= 0) throw new RangeError('step must be greater than zero');
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + size : v, 0), size);
  const start = s.start === null ? 0 : clamp(s.start);
  const stop = s.stop === null ? size : clamp(s.stop);
  return { start, step, length: Math.max(0, Math.ceil((stop - start) / step)) };
}

function tensorGather(t: Tensor, index: Tensor): Gather {
  if (index.dtype === 'bool') {
    const k = index.ndim;
    if (index.shape.some((d, i) => d !== t.shape[i])) {
      throw new TorchError(
        'IndexError',
        `The shape of the mask [${index.shape.join(', ')}] at index 0 does not match the shape of the indexed tensor [${t.shape.join(', ')}] at index 0`,
      );
    }
    const inner = t.shape.slice(k).reduce((p, d) => p * d, 1);
    const picks: number[] = [];
    for (let i = 0; i < index.size; i++) if (index.data[i]) for (let j = 0; j < inner; j++) picks.push(i * inner + j);
    return { shape: [picks.length / inner, ...t.shape.slice(k)], map: Int32Array.from(picks), name: 'IndexBackward0' };
  }
  if (index.dtype !== 'int64') throw new TypeError('tensors used as indices must be long, int, byte or bool tensors');
  const size = t.shape[0];
  const inner = t.size / size;
  const map = new Int32Array(index.size * inner);
  for (let i = 0; i < index.size; i++) {
    let row = index.data[i];
    if (row < -size || row >= size) throw new RangeError(`index ${row} is out of bounds for dimension 0 with size ${size}`);
    if (row < 0) row += size;
    for (let j = 0; j < inner; j++) map[i * inner + j] = row * inner + j;
  }
  return { shape: [...index.shape, ...t.shape.slice(1)], map, name: 'IndexBackward0' };
}

/** A key of one tensor (bool mask or integer index): advanced indexing, a copy in PyTorch too. */
function advancedIndex(key: IndexKey): Tensor | null {
  const items = Array.isArray(key) ? key : [key];
  return items.length === 1 && items[0] instanceof Tensor ? items[0] : null;
}

function basicViewFor(t: Tensor, key: IndexKey): { rule: LayoutRule; name: string } {
  if (t.ndim === 0 && typeof key === 'object' && key !== null && !Array.isArray(key) && !(key instanceof Tensor)) {
    throw new TorchError('IndexError', 'slice() cannot be applied to a 0-dim tensor.');
  }
  if (t.ndim === 0 && typeof key === 'number') {
    // ATen's applySelect: index 0 names the 0-dim case, any other index is out of bounds of "size 0"
    if (key !== 0) throw new TorchError('IndexError', `index ${key} is out of bounds for dimension 0 with size 0`);
    throw new TorchError('IndexError', 'invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number');
  }
  return basicView(t, Array.isArray(key) ? key : [key]);
}

/** `t[key]`: ints, slices, None and ... give a view (views.ts); a mask or index tensor a copy. */
export function getItem(t: Tensor, key: IndexKey): Tensor {
  const index = advancedIndex(key);
  if (!index) {
    const { rule, name } = basicViewFor(t, key);
    return stridedView(t, name, rule);
  }
  const { shape, map, name } = tensorGather(t, index);
  const out = allocate(t.dtype, map.length);
  for (let i = 0; i < map.length; i++) out[i] = t.data[map[i]];
  const result = new Tensor(out, shape, t.dtype);
  if (!needsGrad(t)) return result;
  return record(result, name, [t], (g) => {
    const back = gradBuffer(t.size);
    for (let i = 0; i < map.length; i++) back[map[i]] += g[i];
    return [back];
  });
}

/** The flat places of a t.size-element tensor that a strided layout (shape, strides, offset) covers, in order. */
function stridedPositions(size: number, layout: { shape: readonly number[]; strides: readonly number[]; offset: number }): Float64Array {
  const places = new Float64Array(size);
  for (let i = 0; i < size; i++) places[i] = i;
  const out = new Float64Array(numel(layout.shape));
  gatherStrided(out, places, layout.shape, layout.strides, layout.offset);
  return out;
}

/**
 * `t[key] = value` while autograd tracks t or value: PyTorch's CopySlices (basic indexing) or
 * IndexPutBackward0 (a tensor or list index). The written places take value's gradient (summed
 * back over broadcasting), the others keep t's earlier history.
 */
function recordIndexWrite(t: Tensor, v: Tensor, places: ArrayLike<number>, shape: readonly number[], name: string): void {
  let earlier: Tensor | null = null;
  if (t.requiresGrad) {
    earlier = new Tensor(t.data, t.shape, t.dtype); // t's history before the write (its data is never read)
    earlier.requiresGrad = true;
    earlier.gradFn = t.gradFn;
  }
  const n = places.length;
  record(t, name, [earlier, v], (g) => {
    let gEarlier: Float32Array | null = null;
    if (earlier) {
      gEarlier = gradBuffer(g.length, false);
      gEarlier.set(g);
      for (let i = 0; i < n; i++) gEarlier[places[i]] = 0;
    }
    let gValue: Float32Array | null = null;
    if (v.requiresGrad) {
      const gathered = new Float32Array(n);
      for (let i = 0; i < n; i++) gathered[i] = g[places[i]];
      gValue = sumToShape(gathered, shape, v.shape);
    }
    return [gEarlier, gValue];
  });
}

/**
 * `t[key] = value` in place (value broadcast to the indexed shape). A number fills (PyTorch's
 * fill_, allowed into expanded elements); a tensor is copied (copy_, which refuses them). Into a
 * view, the elements go straight to its root storage, then the view takes them in.
 */
export function setItem(t: Tensor, key: IndexKey, value: Operand): void {
  const fill = !(value instanceof Tensor) || value.wrappedNumber;
  assertWritable(t, true);
  if (isGradEnabled() && t.requiresGrad && t.isLeaf) {
    throw new Error('a leaf Variable that requires grad is being used in an in-place operation.');
  }
  const index = advancedIndex(key);
  const target = index ? tensorGather(t, index) : null;
  const rule = index ? null : basicViewFor(t, key).rule;
  const local = rule ? rule(contiguousStrides(t.shape), 0) : null;
  const shape = target ? target.shape : local!.shape;
  const v = asTensor(value);
  const tracked = needsGrad(t, v);
  if (tracked && t.viewSource) throw trackedViewWriteError();
  const vi = broadcastIndex(v.shape, shape);
  const n = numel(shape);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = v.data[vi ? vi[i] : v.size === 1 ? 0 : i];
  const source = t.viewSource;
  if (!source || !rule) {
    if (source) assertWritable(t); // an index tensor into a view: PyTorch's index_put_ refuses shared elements too
    if (target) for (let i = 0; i < n; i++) t.data[target.map[i]] = values[i];
    else scatterStrided(t.data, values, local!.shape, local!.strides, local!.offset);
    bumpVersion(t);
    if (tracked) recordIndexWrite(t, v, target ? target.map : stridedPositions(t.size, local!), shape, target ? 'IndexPutBackward0' : 'CopySlices');
    return;
  }
  const global = rule(source.strides, source.offset);
  if (!fill) assertNoOverlap(global.shape, global.strides);
  scatterStrided(source.root, values, global.shape, global.strides, global.offset);
  bumpStorage(source.root);
  syncTensor(t);
}
