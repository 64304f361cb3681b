// Python values -> torch values for the binding: numbers keep Python's int/float distinction
// (bigint vs number) so dtype inference matches PyTorch's, nested lists become tensors,
// subscripts become IndexKeys, and library errors become the Python errors PyTorch raises.
// (The other direction, torch -> Python, is tensor-object.ts's toPython.)
import {
  Ellipsis, HostObject, PyList, PySlice, PyTuple, asStorage, fromJsNumbers, pyError, toIndex, typeNameOf, type ArrayData,
  type PyValue,
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

/**
 * A numpy array or scalar (any object that hands out its typed storage, other than a tensor):
 * its storage, shape and dtype, as PyTorch reads it through the array interface.
 */
export function numpyData(v: PyValue): (ArrayData & { dtype: DType }) | null {
  if (!(v instanceof HostObject) || v instanceof TensorHost || !v.toArray) return null;
  const data = v.toArray();
  return data.dtype ? (data as ArrayData & { dtype: DType }) : null;
}

/**
 * torch.from_numpy(a): a tensor over the array's own storage, so a write through either shows in
 * both, as in PyTorch. A numpy view gives a view of the same root storage (Tensor.viewSource).
 */
export function tensorSharing(v: PyValue): Tensor {
  const array = numpyData(v);
  if (!array || array.scalar) {
    const name = v instanceof HostObject && v.moduleName === 'numpy' ? `numpy.${v.typeName}` : typeNameOf(v);
    throw pyError('TypeError', `expected np.ndarray (got ${name})`);
  }
  const t = new Tensor(asStorage(array.dtype, array.data), array.shape, array.dtype);
  t.readOnly = array.readOnly ?? false;
  t.viewSource = array.viewSource ?? null;
  return t;
}

/** A numpy scalar as the Python number PyTorch takes it for (np.float32(0.5) * t is t * 0.5). */
function pythonNumberOf(array: ArrayData & { dtype: DType }): PyValue {
  const v = Number(array.data[0]);
  return array.dtype === 'bool' ? v !== 0 : array.dtype === 'int64' ? BigInt(v) : v;
}

/** What torch.tensor's dtype inference makes of an element type: float64 stays float64 (numpy's, a double tensor's). */
const KIND_OF: Record<DType, string> = { float64: 'float64', float32: 'float', int64: 'int', bool: 'bool' };

/** Flat values as torch.tensor's nested input (bools as booleans). */
function nestedOf(data: ArrayLike<number>, shape: readonly number[], dtype: DType): Nested {
  const values = Array.from(data, (x) => (dtype === 'bool' ? x !== 0 : x));
  if (shape.length === 0) return values[0];
  const build = (offset: number, dim: number): Nested => {
    const inner = shape.slice(dim + 1).reduce((p, d) => p * d, 1);
    return Array.from({ length: shape[dim] }, (_, i) => (dim === shape.length - 1 ? values[offset + i] : build(offset + i * inner, dim + 1)));
  };
  return build(0, 0);
}

/** PyTorch's refusal to hand a tensor that requires grad to numpy (`t.numpy()`, np.array(t), plt.plot(net(x))). */
export function assertNumpyable(t: Tensor): void {
  if (t.requiresGrad) throw pyError('RuntimeError', "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.");
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
  const array = numpyData(v);
  if (array) return array.scalar ? toOperand(pythonNumberOf(array), peer) : tensorFromPython(v);
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
    kinds.add(KIND_OF[t.dtype]);
    const values = Array.from(t.data, (x) => (t.dtype === 'bool' ? x !== 0 : x));
    // Where the list holds a number, a tensor stands for one (float(t) / int(t): one element only)...
    if (depth >= leafDepth && depth > 0) {
      if (values.length === 1) return values[0];
      if (t.isFloatingPoint()) throw pyError('ValueError', 'only one element tensors can be converted to Python scalars');
      throw pyError('TypeError', 'only integer tensors of a single element can be converted to an index');
    }
    // ...and above that it is a sequence of its rows; torch.tensor(a_tensor) copies it by its shape.
    if (t.ndim === 0 || depth === 0) return nestedOf(t.data, t.shape, t.dtype);
    const inner = t.size / t.shape[0];
    return Array.from({ length: t.shape[0] }, (_, i) =>
      toNested(new TensorRow(new Tensor(t.data.slice(i * inner, (i + 1) * inner), t.shape.slice(1), t.dtype)), kinds, depth + 1, leafDepth));
  }
  const array = numpyData(v);
  if (array) {
    // a numpy array or scalar keeps its dtype: torch.tensor(np.array([1.5])) is float64
    kinds.add(KIND_OF[array.dtype]);
    return nestedOf(array.data, array.shape, array.dtype);
  }
  // PyTorch's _internal_new_from_data: a str is refused, another sequence (a DataFrame: len and []) has no shape it can read.
  if (typeof v === 'string') throw pyError('TypeError', "new(): invalid data type 'str'");
  if (v instanceof HostObject && v.length && v.getItem) throw pyError('ValueError', `could not determine the shape of object type '${typeNameOf(v)}'`);
  throw pyError('RuntimeError', `Could not infer dtype of ${typeNameOf(v)}`);
}

/** torch.tensor(data) with PyTorch's inference: a float64 element (numpy's) → float64, other floats → float32, ints → int64, bools → bool. */
export function tensorFromPython(v: PyValue, dtype?: DType): Tensor {
  const kinds = new Set<string>();
  const nested = toNested(v, kinds, 0, nestingDepth(v));
  const inferred: DType = kinds.has('float64') ? 'float64' : kinds.has('float') || kinds.size === 0 ? 'float32' : kinds.has('int') ? 'int64' : 'bool';
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
  const array = numpyData(v);
  if (array) {
    // numpy integers index as ints, integer and bool arrays as index lists and masks
    if (array.shape.length === 0 && array.dtype === 'int64') return Number(array.data[0]);
    return tensorFromPython(v);
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

/** x.type() and torch.typename(x): PyTorch's legacy type names, as its errors name a tensor ('torch.FloatTensor'). */
export { LEGACY_TYPE_NAMES } from '../core/tensor';

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
