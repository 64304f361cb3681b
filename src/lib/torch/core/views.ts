// PyTorch's views: basic indexing, transposes, permute, expand, narrow/split and view/reshape give
// tensors that alias their base's storage. Each view op here is a layout function — the view's
// shape, strides and offset from its input's strides and offset, as ATen computes them — applied
// twice: to the input's own contiguous buffer (to copy the elements into the view's buffer, and
// for the gradient) and to the input's place in its root storage (the view's ViewSource, through
// which later reads and writes stay in step: shared-storage.ts#syncView, #noteWrite).
import { TorchError, trackedViewWriteError } from './errors';
import { gradBuffer, isGradEnabled, needsGrad, record } from './autograd';
import { isRecording, recordOp } from './recording';
import { inferShape, numel } from './shape';
import { noteHolder } from './storage';
import { allocate, Tensor } from './tensor';
import {
  computeStride, contiguousStrides, gatherStrided, hasInternalOverlap, isRowMajor, scatterStrided, viewSourceOf,
} from '../../python/objects/shared-storage';

/** Where a tensor's elements lie: sizes, strides and the offset of the first element (in elements). */
export interface Layout {
  readonly shape: number[];
  readonly strides: number[];
  readonly offset: number;
}

/** A view op's layout rule: the view's layout from its input's strides and offset. */
export type LayoutRule = (strides: readonly number[], offset: number) => Layout;

interface ViewOptions {
  /** The trace's op kind, for the views a traced loop may replay (permute, expand, narrow). */
  readonly kind?: string;
  /** The gradient for the input from the view's (default: scattered back through the layout). */
  readonly backward?: (g: Float32Array, local: Layout) => Float32Array;
}

/** The view of t a layout rule describes, under the grad_fn name PyTorch gives it. */
export function stridedView(t: Tensor, name: string, rule: LayoutRule, options: ViewOptions = {}): Tensor {
  const local = rule(contiguousStrides(t.shape), 0);
  const source = t.viewSource;
  const global = source ? rule(source.strides, source.offset) : local;
  const out = new Tensor(allocate(t.dtype, numel(local.shape), false), local.shape, t.dtype);
  const fill = (): void => gatherStrided(out.data, t.data, local.shape, local.strides, local.offset);
  fill();
  if (options.kind && isRecording()) recordOp(options.kind, [t], out, fill);
  const root = t.rootStorage;
  noteHolder(root); // a storage with views is never recycled as a free buffer (storage.ts)
  out.viewSource = viewSourceOf(root, global.strides, global.offset);
  out.viewBase = t.viewBase ?? t;
  if (!needsGrad(t)) return out;
  const backward = options.backward ?? ((g: Float32Array) => {
    const back = gradBuffer(t.size);
    scatterStrided(back, g, local.shape, local.strides, local.offset);
    return back;
  });
  return record(out, name, [t], (g) => [backward(g, local)]);
}

/** PyTorch's is_contiguous(). */
export function isContiguous(t: Tensor): boolean {
  return !t.viewSource || isRowMajor(t.shape, t.viewSource.strides);
}

/**
 * t seen with another shape over the same buffer (the row-major order of its elements is kept),
 * with the strides ATen would give it (computeStride, unless the op has its own rule: squeeze,
 * unsqueeze), or null where PyTorch's view() refuses.
 */
export function aliasWithShape(t: Tensor, shape: readonly number[], rule?: (strides: readonly number[]) => number[]): Tensor | null {
  const source = t.viewSource;
  const strides = source ? (rule ? rule(source.strides) : computeStride(t.shape, source.strides, shape)) : null;
  if (source && !strides) return null;
  const out = new Tensor(t.data, shape, t.dtype);
  if (source) out.viewSource = viewSourceOf(source.root, strides!, source.offset);
  out.viewBase = t.viewBase ?? t;
  return out;
}

const VIEW_INCOMPATIBLE =
  "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.";

/** x.view(shape) (one -1 allowed): an alias, or PyTorch's error where the strides forbid one. */
export function viewAs(t: Tensor, shape: number[], name: string): Tensor {
  const out = aliasWithShape(t, inferShape(shape, t.size));
  if (!out) throw new Error(VIEW_INCOMPATIBLE);
  if (!needsGrad(t)) return out;
  return record(out, name, [t], (g) => [g]);
}

/** x.contiguous(): x itself when contiguous, else a contiguous copy (CloneBackward0). */
export function contiguous(t: Tensor): Tensor {
  if (isContiguous(t)) return t;
  const out = new Tensor(t.data.slice(), t.shape, t.dtype);
  if (!needsGrad(t)) return out;
  return record(out, 'CloneBackward0', [t], (g) => [g]);
}

const READ_ONLY_MESSAGE =
  'pandas 값(.values, np.asarray(열))에서 만든 텐서를 제자리에서 바꾸는 것은 아직 지원하지 않습니다. pandas에서는 표도 함께 바뀝니다. .clone()한 뒤 바꾸세요 ' +
  '/ in-place writes into a tensor over pandas values are not supported yet (pandas would change the frame too); .clone() first';

/** PyTorch's refusal of an elementwise write into a layout whose elements share memory (expand's stride 0). */
export function assertNoOverlap(shape: readonly number[], strides: readonly number[]): void {
  if (hasInternalOverlap(shape, strides)) {
    throw new Error('unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.');
  }
}

/**
 * Before an in-place write into t: PyTorch's refusals for views (an expanded tensor's shared
 * elements — except for a fill with one value (fill_, zero_, `x[i] = 3`), which PyTorch allows —
 * and a view of a leaf that requires grad). A write into a view that records autograd
 * (PyTorch's CopySlices, which rewrites the base's history) is not computed here: refused.
 */
export function assertWritable(t: Tensor, fill = false): void {
  if (t.readOnly) throw new TorchError('NotImplementedError', READ_ONLY_MESSAGE);
  const source = t.viewSource;
  if (source && !fill) assertNoOverlap(t.shape, source.strides);
  const base = t.viewBase;
  if (!base || !t.requiresGrad) return;
  if (isGradEnabled() && base.isLeaf && base.requiresGrad) {
    throw new Error('a view of a leaf Variable that requires grad is being used in an in-place operation.');
  }
  throw trackedViewWriteError();
}
