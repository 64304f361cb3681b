// Python subscripts on tensors: ints (negative from the end), slices, None,
// Ellipsis, and one bool-mask or integer-tensor index. Results are copies
// (our tensors are contiguous) that remember the source positions, so the
// backward is a scatter and `x[...] = v` writes through the same map.
import { TorchError } from './errors';
import { gradBuffer, isGradEnabled, needsGrad, record } from './autograd';
import { broadcastIndex, stridesOf } from './shape';
import { allocate, asCopiedView, assertWritable, asTensor, bumpVersion, Tensor, type Operand } from './tensor';

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

function sliceIndices(s: Slice, size: number): number[] {
  const step = s.step ?? 1;
  if (step <= 0) throw new RangeError('step must be greater than zero');
  const clamp = (v: number) => Math.min(Math.max(v < 0 ? v + size : v, 0), size);
  const start = s.start === null ? 0 : clamp(s.start);
  const stop = s.stop === null ? size : clamp(s.stop);
  const out: number[] = [];
  for (let i = start; i < stop; i += step) out.push(i);
  return out;
}

function basicGather(t: Tensor, items: IndexItem[]): Gather {
  const consuming = items.filter((k) => k !== null && k !== 'ellipsis').length;
  if (consuming > t.ndim) {
    throw new RangeError(`too many indices for tensor of dimension ${t.ndim}`);
  }
  const ellipsis = items.indexOf('ellipsis');
  const full: IndexItem[] = [...items];
  const fill = Array<IndexItem>(t.ndim - consuming).fill({ start: null, stop: null, step: null });
  if (ellipsis >= 0) full.splice(ellipsis, 1, ...fill);
  else full.push(...fill);

  const strides = stridesOf(t.shape);
  const axes: { indices: number[]; stride: number }[] = [];
  const shape: number[] = [];
  let name = 'AliasBackward0';
  let dim = 0;
  for (const item of full) {
    if (item === null) {
      axes.push({ indices: [0], stride: 0 });
      shape.push(1);
      name = 'UnsqueezeBackward0';
    } else if (typeof item === 'number') {
      const size = t.shape[dim];
      if (item < -size || item >= size) {
        throw new RangeError(`index ${item} is out of bounds for dimension ${dim} with size ${size}`);
      }
      axes.push({ indices: [item < 0 ? item + size : item], stride: strides[dim] });
      name = 'SelectBackward0';
      dim++;
    } else if (typeof item === 'object' && !(item instanceof Tensor)) {
      const size = t.shape[dim];
      const indices = sliceIndices(item, size);
      axes.push({ indices, stride: strides[dim] });
      shape.push(indices.length);
      if (!(indices.length === size && (item.step ?? 1) === 1)) name = 'SliceBackward0';
      dim++;
    } else {
      throw new TorchError(
        'NotImplementedError',
        '텐서(또는 리스트) 인덱스는 아직 첨자 전체로만 쓸 수 있습니다: x[mask], x[idx] / a tensor index mixed with other indices (x[:, mask]) is not supported yet',
      );
    }
  }
  const total = shape.reduce((p, d) => p * d, 1);
  const map = new Int32Array(total);
  let flat = 0;
  const walk = (axis: number, offset: number): void => {
    if (axis === axes.length) {
      map[flat++] = offset;
      return;
    }
    const { indices, stride } = axes[axis];
    for (const i of indices) walk(axis + 1, offset + i * stride);
  };
  if (total > 0) walk(0, 0);
  return { shape, map, name };
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

function gatherFor(t: Tensor, key: IndexKey): Gather {
  const items = Array.isArray(key) ? key : [key];
  if (items.length === 1 && items[0] instanceof Tensor) return tensorGather(t, items[0]);
  if (t.ndim === 0 && items.some((k) => k !== null && k !== 'ellipsis')) {
    throw new RangeError('invalid index of a 0-dim tensor. Use `tensor.item()` to convert a 0-dim tensor to a number');
  }
  return basicGather(t, items);
}

export function getItem(t: Tensor, key: IndexKey): Tensor {
  const { shape, map, name } = gatherFor(t, key);
  const out = allocate(t.dtype, map.length);
  for (let i = 0; i < map.length; i++) out[i] = t.data[map[i]];
  const result = new Tensor(out, shape, t.dtype);
  // ints and slices give a view in PyTorch; tensor (advanced) indices a copy there too
  if (!(Array.isArray(key) ? key : [key]).some((k) => k instanceof Tensor)) asCopiedView(result, t);
  if (!needsGrad(t)) return result;
  return record(result, name, [t], (g) => {
    const back = gradBuffer(t.size);
    for (let i = 0; i < map.length; i++) back[map[i]] += g[i];
    return [back];
  });
}

/** `t[key] = value` in place (value broadcast to the indexed shape). */
export function setItem(t: Tensor, key: IndexKey, value: Operand): void {
  assertWritable(t);
  if (isGradEnabled() && t.requiresGrad && t.isLeaf) {
    throw new Error('a leaf Variable that requires grad is being used in an in-place operation.');
  }
  const { shape, map } = gatherFor(t, key);
  const v = asTensor(value);
  const vi = broadcastIndex(v.shape, shape);
  for (let i = 0; i < map.length; i++) t.data[map[i]] = v.data[vi ? vi[i] : v.size === 1 ? 0 : i];
  bumpVersion(t);
}
