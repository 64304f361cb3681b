// Typed-array storages that two native modules share: `t.numpy()` and `torch.from_numpy(a)` give
// a numpy array and a tensor one buffer, as PyTorch does, so a write through either shows in the
// other. Both libraries count in-place writes per storage here (PyTorch's version counter). A view
// (a tensor's `x[0]` or `x.T`, a numpy slice) keeps its own contiguous copy of its elements plus
// where they lie in its root storage (ViewSource): reading it after the root changed re-gathers
// them, and an in-place write into it is scattered back into the root, so it acts as a true view.

/** The element buffers the page's tensors and numpy arrays keep: float32, float64 (also int64), bool. */
export type Storage = Float32Array | Float64Array | Uint8Array;

/** The element types a shared storage can hold, with numpy's and torch's shared names. */
export type StorageDtype = 'float32' | 'float64' | 'int64' | 'bool';

/** A new storage for n elements of a dtype (int64 in a Float64Array: exact to 2^53). */
export function allocateStorage(dtype: StorageDtype, n: number): Storage {
  if (dtype === 'float32') return new Float32Array(n);
  if (dtype === 'bool') return new Uint8Array(n);
  return new Float64Array(n);
}

/** `values` as the storage of a dtype: the same buffer when it already is one, else a converted copy. */
export function asStorage(dtype: StorageDtype, values: ArrayLike<number>): Storage {
  if (dtype === 'float32') return values instanceof Float32Array ? values : Float32Array.from(values);
  if (dtype === 'bool') return values instanceof Uint8Array ? values : Uint8Array.from(values, (v) => (v !== 0 ? 1 : 0));
  return values instanceof Float64Array ? values : Float64Array.from(values);
}

const versions = new WeakMap<Storage, number>();

/** Counts an in-place write into a storage (a tensor's `x += …`, a numpy `a[0] = …`, an optimizer step). */
export function bumpStorageVersion(data: Storage): void {
  versions.set(data, (versions.get(data) ?? 0) + 1);
}

export const storageVersion = (data: Storage): number => versions.get(data) ?? 0;

/**
 * What makes a tensor or array a view (PyTorch's and numpy's strided alias): the root storage it
 * aliases (a storage that is nobody's view), where its elements lie there (`strides` per dim and
 * `offset`, in elements, as PyTorch's stride() and storage_offset()), and the root's write count
 * when its own contiguous buffer last matched the root. The view keeps reading its own buffer
 * (no op needs to know strides); syncView re-gathers it when the root changed, noteWrite
 * scatters it back after an in-place write into the view.
 */
export interface ViewSource {
  readonly root: Storage;
  readonly strides: readonly number[];
  readonly offset: number;
  version: number;
}

/** A view's source: its elements in `root` at `strides` and `offset` (its buffer matches the root now). */
export function viewSourceOf(root: Storage, strides: readonly number[], offset: number): ViewSource {
  return { root, strides, offset, version: storageVersion(root) };
}

/** Calls visit(flat, rootOffset) for every element of `shape`, row-major (an odometer: no index arrays). */
function walk(shape: readonly number[], strides: readonly number[], offset: number, visit: (flat: number, at: number) => void): void {
  const n = shape.reduce((p, d) => p * d, 1);
  if (n === 0) return;
  const rank = shape.length;
  const counter = new Array<number>(rank).fill(0);
  let at = offset;
  for (let flat = 0; flat < n; flat++) {
    visit(flat, at);
    for (let k = rank - 1; k >= 0; k--) {
      at += strides[k];
      if (++counter[k] < shape[k]) break;
      at -= counter[k] * strides[k];
      counter[k] = 0;
    }
  }
}

/** `into[i]` = the i-th element (row-major over `shape`) of `from` at `strides` and `offset`. */
export function gatherStrided(into: Storage, from: ArrayLike<number>, shape: readonly number[], strides: readonly number[], offset: number): void {
  if (shape.length <= 2) {
    // the common ranks as plain loops (a column x[:, 0], a transpose x.T)
    const [rows, cols, rowStride, colStride] = shape.length === 2 ? [shape[0], shape[1], strides[0], strides[1]] : [1, shape[0] ?? 1, 0, strides[0] ?? 0];
    let flat = 0;
    for (let i = 0, row = offset; i < rows; i++, row += rowStride) for (let j = 0, at = row; j < cols; j++, at += colStride) into[flat++] = from[at];
    return;
  }
  walk(shape, strides, offset, (flat, at) => (into[flat] = from[at]));
}

/** The inverse of gatherStrided: `into` at `strides` and `offset` gets `from`'s elements. */
export function scatterStrided(into: Storage, from: ArrayLike<number>, shape: readonly number[], strides: readonly number[], offset: number): void {
  if (shape.length <= 2) {
    const [rows, cols, rowStride, colStride] = shape.length === 2 ? [shape[0], shape[1], strides[0], strides[1]] : [1, shape[0] ?? 1, 0, strides[0] ?? 0];
    let flat = 0;
    for (let i = 0, row = offset; i < rows; i++, row += rowStride) for (let j = 0, at = row; j < cols; j++, at += colStride) into[at] = from[flat++];
    return;
  }
  walk(shape, strides, offset, (flat, at) => (into[at] = from[flat]));
}

/**
 * Before a view's buffer is read: when its root was written since the buffer last matched it,
 * gather the view's elements again (a write to the buffer: the SIMD engine's copy of it is stale).
 */
export function syncView(data: Storage, shape: readonly number[], source: ViewSource): void {
  const now = storageVersion(source.root);
  if (now === source.version) return;
  gatherStrided(data, source.root, shape, source.strides, source.offset);
  bumpStorageVersion(data);
  source.version = now;
}

/** Counts an in-place write into a buffer; a view's buffer is then scattered into its root, as PyTorch's view writes there. */
export function noteWrite(data: Storage, shape: readonly number[], source: ViewSource | null): void {
  bumpStorageVersion(data);
  if (!source) return;
  scatterStrided(source.root, data, shape, source.strides, source.offset);
  bumpStorageVersion(source.root);
  source.version = storageVersion(source.root);
}

/** Whether a view's elements overlap (expand's stride 0): PyTorch refuses to write into such a tensor. */
export function hasInternalOverlap(shape: readonly number[], strides: readonly number[]): boolean {
  return shape.some((d, k) => d > 1 && strides[k] === 0);
}

/** Row-major (C-contiguous) strides of a shape, in elements. */
export function contiguousStrides(shape: readonly number[]): number[] {
  const out = new Array<number>(shape.length);
  let s = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    out[k] = s;
    s *= Math.max(shape[k], 1);
  }
  return out;
}

/**
 * ATen's computeStride: the strides that show a tensor of `oldShape`/`oldStrides` as `newShape`
 * without copying, or null when some new dim would span two non-adjacent chunks of memory.
 */
export function computeStride(oldShape: readonly number[], oldStrides: readonly number[], newShape: readonly number[]): number[] | null {
  if (oldShape.length === 0) return newShape.map(() => 1);
  const n = oldShape.reduce((p, d) => p * d, 1);
  if (n === 0 && oldShape.length === newShape.length && oldShape.every((d, k) => d === newShape[k])) return [...oldStrides];
  if (n === 0) return contiguousStrides(newShape);
  const newStrides = new Array<number>(newShape.length);
  let viewD = newShape.length - 1;
  let chunkBaseStride = oldStrides[oldStrides.length - 1];
  let tensorNumel = 1;
  let viewNumel = 1;
  for (let tensorD = oldShape.length - 1; tensorD >= 0; tensorD--) {
    tensorNumel *= oldShape[tensorD];
    if (tensorD === 0 || (oldShape[tensorD - 1] !== 1 && oldStrides[tensorD - 1] !== tensorNumel * chunkBaseStride)) {
      while (viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] === 1)) {
        newStrides[viewD] = viewNumel * chunkBaseStride;
        viewNumel *= newShape[viewD];
        viewD--;
      }
      if (viewNumel !== tensorNumel) return null;
      if (tensorD > 0) {
        chunkBaseStride = oldStrides[tensorD - 1];
        tensorNumel = 1;
        viewNumel = 1;
      }
    }
  }
  return viewD === -1 ? newStrides : null;
}

/** Whether a layout is row-major without gaps (PyTorch's is_contiguous, numpy's C_CONTIGUOUS): dims of size 1 do not count. */
export function isRowMajor(shape: readonly number[], strides: readonly number[]): boolean {
  if (shape.some((d) => d === 0)) return true;
  let expected = 1;
  for (let k = shape.length - 1; k >= 0; k--) {
    if (shape[k] === 1) continue;
    if (strides[k] !== expected) return false;
    expected *= shape[k];
  }
  return true;
}
