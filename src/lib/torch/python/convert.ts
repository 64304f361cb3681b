// Python values -> torch values for the binding: numbers keep Python's int/float distinction
// (bigint vs number) so dtype inference matches PyTorch's, nested lists become tensors,
// subscripts become IndexKeys, and library errors become the Python errors PyTorch raises.
// (The other direction, torch -> Python, is tensor-object.ts's toPython.)
import {
  Ellipsis, HostObject, PyList, PySlice, PyTuple, fromJsNumbers, pyError, toIndex, typeNameOf, type PyValue,
} from '../../python/objects/host';
import { TorchError } from '../core/errors';
import { tensor as tensorFrom, type Nested } from '../core/creation';
import type { IndexItem, IndexKey } from '../core/indexing';
import { Tensor, wrapNumber, type DType } from '../core/tensor';
import { PyRange } from '../../python/objects/values';
import { PyDType, PySize } from './values';

/** A Python object holding a tensor: what Python-side arguments are unwrapped from (tensor-object.ts's PyTensor). */
export abstract class TensorHost extends HostObject {
  abstract readonly tensor: Tensor;
}

/** One row of a tensor met inside torch.tensor's data (iterating a tensor gives its rows). */
class TensorRow extends TensorHost {
  readonly typeName = 'Tensor';
  constructor(readonly tensor: Tensor) {
    super();
  }
}

/** A tensor argument (a tensor, or data torch.tensor would accept). */
export function toTensor(v: PyValue, what = 'input'): Tensor {
  if (v instanceof TensorHost) return v.tensor;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean' || v instanceof PyList || v instanceof PyTuple) {
    return tensorFromPython(v);
  }
  throw pyError('TypeError', `${what} must be Tensor, not ${typeNameOf(v)}`);
}

/** An operand of an arithmetic op: tensors as is, Python numbers as wrapped numbers. */
export function toOperand(v: PyValue, peer?: Tensor): Tensor | null {
  if (v instanceof TensorHost) return v.tensor;
  if (typeof v === 'bigint') return wrapNumber(Number(v), false);
  if (typeof v === 'number' && peer?.dtype === 'float64') {
    // Beside a float64 tensor a Python float keeps its double value (the result is float64).
    const t = new Tensor(Float64Array.of(v), [], 'float64');
    t.wrappedNumber = true;
    return t;
  }
  if (typeof v === 'number') return wrapNumber(v, true);
  if (typeof v === 'boolean') return wrapNumber(v);
  return null;
}

/**
 * How deep torch.tensor nests: PyTorch's compute_sizes follows first elements through lists,
 * tuples and ranges only, so a tensor inside a list is not looked into for the shape.
 */
function nestingDepth(v: PyValue): number {
  let depth = 0;
  for (let item = v; ; depth++) {
    if (item instanceof PyList || item instanceof PyTuple) {
      if (item.items.length === 0) return depth + 1;
      item = item.items[0];
    } else if (item instanceof PyRange) return depth + 1;
    else return depth;
  }
}

function toNested(v: PyValue, kinds: Set<string>, depth: number, leafDepth: number): Nested {
  if (typeof v === 'bigint') {
    kinds.add('int');
    return Number(v);
  }
  if (typeof v === 'number') {
    kinds.add('float');
    return v;
  }
  if (typeof v === 'boolean') {
    kinds.add('bool');
    return v;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.map((item) => toNested(item, kinds, depth + 1, leafDepth));
  if (v instanceof PyRange) {
    // torch.tensor(range(5)): the range's ints, int64 as from a list.
    if (v.length > 0) kinds.add('int');
    return Array.from({ length: v.length }, (_, i) => v.at(i));
  }
  if (v instanceof TensorHost) {
    const t = v.tensor;
    kinds.add(t.isFloatingPoint() ? 'float' : t.dtype === 'int64' ? 'int' : 'bool');
    const values = Array.from(t.data, (x) => (t.dtype === 'bool' ? x !== 0 : x));
    // Where the list holds a number, a tensor stands for one (float(t) / int(t): one element only)...
    if (depth >= leafDepth && depth > 0) {
      if (values.length === 1) return values[0];
      if (t.isFloatingPoint()) throw pyError('ValueError', 'only one element tensors can be converted to Python scalars');
      throw pyError('TypeError', 'only integer tensors of a single element can be converted to an index');
    }
    // ...and above that it is a sequence of its rows; torch.tensor(a_tensor) copies it by its shape.
    if (t.ndim === 0) return values[0];
    const build = (offset: number, dim: number): Nested => {
      const inner = t.shape.slice(dim + 1).reduce((p, d) => p * d, 1);
      return Array.from({ length: t.shape[dim] }, (_, i) => (dim === t.ndim - 1 ? values[offset + i] : build(offset + i * inner, dim + 1)));
    };
    if (depth === 0) return build(0, 0);
    const inner = t.size / t.shape[0];
    return Array.from({ length: t.shape[0] }, (_, i) =>
      toNested(new TensorRow(new Tensor(t.data.slice(i * inner, (i + 1) * inner), t.shape.slice(1), t.dtype)), kinds, depth + 1, leafDepth));
  }
  throw pyError('TypeError', `Could not infer dtype of ${typeNameOf(v)}`);
}

/** torch.tensor(data) with PyTorch's inference: any float → float32, ints → int64, bools → bool. */
export function tensorFromPython(v: PyValue, dtype?: DType): Tensor {
  const kinds = new Set<string>();
  const nested = toNested(v, kinds, 0, nestingDepth(v));
  const inferred: DType = kinds.has('float') || kinds.size === 0 ? 'float32' : kinds.has('int') ? 'int64' : 'bool';
  try {
    return tensorFrom(nested, dtype ?? inferred);
  } catch (e) {
    throw pyError('ValueError', (e as Error).message);
  }
}

function sliceBound(v: PyValue): number | null {
  return v === null ? null : toIndex(v, 'slice indices');
}

function indexItem(v: PyValue): IndexItem {
  if (typeof v === 'bigint' || typeof v === 'boolean') return Number(v);
  if (v === null) return null;
  if (v === Ellipsis) return 'ellipsis';
  if (v instanceof PySlice) return { start: sliceBound(v.start), stop: sliceBound(v.stop), step: sliceBound(v.step) };
  if (v instanceof TensorHost) {
    const t = v.tensor;
    return t.ndim === 0 && t.dtype === 'int64' ? t.data[0] : t;
  }
  if (v instanceof PyList) {
    // A list of bools is a mask (x[[True, False]]), of ints an index list; as in PyTorch.
    if (v.items.length === 0) return tensorFromPython(v, 'int64');
    const t = tensorFromPython(v);
    return t.isFloatingPoint() ? tensorFromPython(v, 'int64') : t;
  }
  throw pyError(
    'IndexError',
    'only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got ' + typeNameOf(v) + ')',
  );
}

export function toIndexKey(key: PyValue): IndexKey {
  return key instanceof PyTuple ? key.items.map(indexItem) : indexItem(key);
}

/** A list or tuple of tensors (torch.cat, torch.stack). */
export function toTensorList(v: PyValue): Tensor[] {
  if (!(v instanceof PyTuple || v instanceof PyList)) throw pyError('TypeError', 'expected a list or tuple of Tensors');
  return v.items.map((t) => toTensor(t));
}

/** `dtype=` as a DType; undefined for None. */
export function toDType(v: PyValue): DType | undefined {
  if (v === null) return undefined;
  if (v instanceof PyDType) return v.dtype;
  throw pyError('TypeError', 'dtype must be torch.dtype');
}

/** Sizes given as f(2, 3), f((2, 3)), f([2, 3]) or f(t.shape). */
export function toSizes(args: readonly PyValue[]): number[] {
  if (args.length === 1 && args[0] instanceof PySize) return [...args[0].dims];
  const list = args.length === 1 && (args[0] instanceof PyTuple || args[0] instanceof PyList) ? args[0].items : args;
  return list.map((v) => toIndex(v, 'size'));
}

/** .item() and .tolist() values: float -> float, int64 -> int, bool -> bool. */
export function pythonScalar(t: Tensor, value: number): PyValue {
  return t.isFloatingPoint() ? value : t.dtype === 'int64' ? BigInt(value) : value !== 0;
}

/** tensor.tolist(): nested Python lists of Python numbers (a 0-dim tensor gives its number). */
export function toList(t: Tensor): PyValue {
  if (t.ndim === 0) return pythonScalar(t, t.data[0]);
  const build = (offset: number, dim: number): unknown => {
    const inner = t.shape.slice(dim + 1).reduce((p, d) => p * d, 1);
    return Array.from({ length: t.shape[dim] }, (_, i) =>
      dim === t.ndim - 1 ? (t.dtype === 'bool' ? t.data[offset + i] !== 0 : t.data[offset + i]) : build(offset + i * inner, dim + 1),
    );
  };
  return fromJsNumbers(build(0, 0), t.dtype === 'int64');
}

/** A plain JS error from the torch library becomes the Python error PyTorch would raise. */
function pythonError(e: unknown): unknown {
  if (!(e instanceof Error) || e.name === 'PyException') return e;
  if (e instanceof TorchError) return pyError(e.pyType, e.message);
  if (e instanceof RangeError) return pyError(/out of bounds|too many indices/.test(e.message) ? 'IndexError' : 'RuntimeError', e.message);
  if (e instanceof TypeError) return pyError('TypeError', e.message);
  return pyError('RuntimeError', e.message);
}

export function guarded<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    throw pythonError(e);
  }
}
