// Typed-array storages that two native modules share: `t.numpy()` and `torch.from_numpy(a)` give
// a numpy array and a tensor one buffer, as PyTorch does, so a write through either shows in the
// other. Both libraries count in-place writes per storage here (PyTorch's version counter), and a
// copy standing in for a view (a tensor's `x[0]` or `x.T`, a numpy slice) remembers the count of
// the storage it was copied from: once that storage is written, the copy no longer shows what the
// real view would, and reading it refuses instead of printing an old value.

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

/** Where a copied view came from: its base's storage and write count then (and the base's own source). */
export interface ViewSource {
  readonly data: Storage;
  readonly version: number;
  readonly parent: ViewSource | null;
}

/** The source to record for a copy of (part of) a base with this storage and this source of its own. */
export function viewSourceOf(baseData: Storage, baseSource: ViewSource | null): ViewSource {
  return { data: baseData, version: storageVersion(baseData), parent: baseSource };
}

/** Whether any storage a copied view was copied from (directly or through its bases) was written since. */
export function isStale(source: ViewSource | null): boolean {
  for (let s = source; s; s = s.parent) if (storageVersion(s.data) !== s.version) return true;
  return false;
}
