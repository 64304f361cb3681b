// The Tensor value: a contiguous, row-major buffer plus shape, dtype and
// autograd bookkeeping (and, for a view, where its elements live in its root storage).
//
// Why plain typed arrays and not tfjs tensors: the contract is PyTorch's
// numbers and PyTorch's printing, both of which need
// element-exact float32 arithmetic under our control (Math.fround after every
// op, PyTorch's own formulas for sigmoid, BCE, addmm and the optimisers).
// tfjs kernels differ per backend (WebGL in half/float precision, WASM SIMD
// reductions in other orders), are asynchronous on GPU backends and cost a
// dispatch per op, which dominates for the lecture's tiny tensors (2000×1).
// A Float32Array per tensor is synchronous, exact and cheap to allocate, and
// a later trace/compile step can fuse these loops into generated JS.
import { numel, type Shape } from './shape';
import {
  allocateStorage, contiguousStrides, noteWrite, syncView, type Storage, type StorageDtype, type ViewSource,
} from '../../python/objects/shared-storage';
import { float32Buffer, noteHolder } from './storage';

/** The tape node that produced a tensor (autograd.ts records it): what backward() walks. */
export interface GradFn {
  /** PyTorch's node name, shown by repr as grad_fn=<Name>. */
  readonly name: string;
  readonly inputs: readonly (Tensor | null)[];
  /** Gradients for `inputs` (null where an input needs none). */
  backward(gradOutput: Float32Array): (Float32Array | null)[];
  /** Set once a backward() without retain_graph ran through this node (its saved values are freed, as in PyTorch). */
  released?: boolean;
}

export type DType = StorageDtype;
/** C++ ScalarType names, as PyTorch's dtype errors print them ("expected scalar type Float but found Long"). */
export const SCALAR_TYPE_NAMES: Record<DType, string> = { float32: 'Float', float64: 'Double', int64: 'Long', bool: 'Bool' };

/** The legacy tensor type names PyTorch's messages and x.type() use ('torch.FloatTensor'). */
export const LEGACY_TYPE_NAMES: Record<DType, string> = { float32: 'torch.FloatTensor', float64: 'torch.DoubleTensor', int64: 'torch.LongTensor', bool: 'torch.BoolTensor' };
export type { Storage, ViewSource };

/** A zeroed storage of n elements (`zeroed` false: a reused float32 array keeps old values, for an op that writes every element). */
export function allocate(dtype: DType, n: number, zeroed = true): Storage {
  if (dtype === 'float32') return float32Buffer(n, zeroed);
  return allocateStorage(dtype, n);
}

/**
 * Counts an in-place write into t's storage (setitem, x += …, add_, optimizer steps, grad
 * accumulation, init): PyTorch's version counter, kept beside the storage (shared-storage.ts);
 * the SIMD engine trusts its copy of an array only while the count is unchanged. A view's write
 * is scattered into its root storage here, so the tensor it came from (and its other views) see it.
 */
export function bumpVersion(t: Tensor): void {
  noteWrite(t.data, t.shape, t.viewSource);
}

/** Before t's buffer is read: a view whose root storage was written since gathers its elements again. */
export function syncTensor(t: Tensor): Tensor {
  if (t.viewSource) syncView(t.data, t.shape, t.viewSource);
  return t;
}

export class Tensor {
  data: Storage;
  shape: number[];
  readonly dtype: DType;
  requiresGrad = false;
  grad: Tensor | null = null;
  gradFn: GradFn | null = null;
  /** nn.Parameter: printed as "Parameter containing:". */
  isParameter = false;
  /**
   * A Python number wrapped for an op (`x * 2`): it takes part in type
   * promotion by kind only, as PyTorch's wrapped numbers do.
   */
  wrappedNumber = false;
  /** A wrapped Python number's own value: a float keeps its double here (data holds it as float32), for pow's exponent. */
  wrappedValue?: number;
  /**
   * For a view PyTorch would alias (basic indexing, transposes, permute, expand, split, a view of
   * one): its root storage, strides and offset there (views.ts). `data` stays a contiguous copy
   * of its elements, kept in step with the root by syncTensor and bumpVersion. Null for a tensor
   * whose `data` is its storage (a reshape of a contiguous tensor shares that `data`).
   */
  viewSource: ViewSource | null = null;
  /** PyTorch's `_base`: the tensor this one is a view of (the root of a chain of views), or null. */
  viewBase: Tensor | null = null;
  /** Over a copy of another library's memory (torch.from_numpy of pandas' `.values`): writes would not reach it, so they refuse. */
  readOnly = false;
  /**
   * Whether Python has seen this tensor (the binding set it when it made its Python object): a
   * tensor Python never saw, inside a module call, is freed by backward() as PyTorch frees it.
   */
  exposed = false;

  constructor(data: Storage, shape: Shape, dtype?: DType) {
    this.data = data;
    this.shape = [...shape];
    this.dtype = dtype ?? (data instanceof Float32Array ? 'float32' : data instanceof Uint8Array ? 'bool' : 'int64');
    if (data.length !== numel(shape)) {
      throw new RangeError(`storage of ${data.length} elements does not fit shape [${shape.join(', ')}]`);
    }
    noteHolder(data);
  }

  get ndim(): number {
    return this.shape.length;
  }

  get size(): number {
    return this.data.length;
  }

  /** PyTorch's stride(): where each dim's next element lies in the storage, in elements. */
  get strides(): readonly number[] {
    return this.viewSource?.strides ?? contiguousStrides(this.shape);
  }

  /** PyTorch's storage_offset(). */
  get storageOffset(): number {
    return this.viewSource?.offset ?? 0;
  }

  /** The storage this tensor's elements live in: its own buffer, or a view's root's. */
  get rootStorage(): Storage {
    return this.viewSource?.root ?? this.data;
  }

  /** A leaf is a tensor no recorded op produced (user data or parameters). */
  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  isFloatingPoint(): boolean {
    return this.dtype === 'float32' || this.dtype === 'float64';
  }

  /** Python value of a one-element tensor (`.item()`): number or boolean. */
  item(): number | boolean {
    if (this.data.length !== 1) {
      throw new RangeError(`a Tensor with ${this.data.length} elements cannot be converted to Scalar`);
    }
    return this.dtype === 'bool' ? this.data[0] !== 0 : this.data[0];
  }
}

export function scalarTensor(value: number | boolean, dtype?: DType): Tensor {
  const kind: DType =
    dtype ?? (typeof value === 'boolean' ? 'bool' : Number.isInteger(value) ? 'int64' : 'float32');
  const data = allocate(kind, 1);
  data[0] = Number(value);
  return new Tensor(data, [], kind);
}

/** A Python number as an op operand (`x * 2`, `1 - y`). */
export function wrapNumber(value: number | boolean, isFloat?: boolean): Tensor {
  const dtype: DType =
    typeof value === 'boolean' ? 'bool' : (isFloat ?? !Number.isInteger(value)) ? 'float32' : 'int64';
  const t = scalarTensor(value, dtype);
  t.wrappedNumber = true;
  t.wrappedValue = Number(value);
  return t;
}

export type Operand = Tensor | number | boolean;

export function asTensor(x: Operand): Tensor {
  return x instanceof Tensor ? x : wrapNumber(x);
}
