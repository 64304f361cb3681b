// torch.Tensor as a Python object: operators, subscripts, attributes and the
// methods of python-tensor-methods.ts, all delegating to the torch library.
import {
  NotImplemented, fromJsNumbers, pyError, type BinaryOp, type CompareOp,
  type NotImplementedType, type PyValue, type UnaryOp, type ArrayData, type KwArgs, hostFunction,
} from '../python/host';
import { formatFloat, formatInt } from '../python/format';
import { isGradEnabled } from './autograd';
import { add, div, eq, ge, gt, le, lt, mul, ne, pow, sub } from './elementwise';
import { tensorRepr } from './format';
import { getItem, setItem } from './indexing';
import { matmul, transpose } from './linalg';
import { guarded, py, setTensorWrapper, TensorHost, toIndexKey, toOperand } from './python-convert';
import { setReturnPair, setToList, tensorMethod } from './python-tensor-methods';
import { PyGradFn, PyReturnPair, PySize, dtypeObject } from './python-values';
import { detach } from './reshape';
import { Tensor } from './tensor';
import { markTraceable } from './trace/recorder';
import { neg } from './unary';

const UNTRACEABLE_METHODS = new Set(['item', 'tolist', 'numpy', 'register_hook', 'retain_grad']);

const BINARY: Partial<Record<BinaryOp, (a: Tensor, b: Tensor) => Tensor>> = {
  add, sub, mul, truediv: div, pow, matmul,
};
const COMPARE: Record<CompareOp, (a: Tensor, b: Tensor) => Tensor> = { lt, le, gt, ge, eq, ne };

export class PyTensor extends TensorHost {
  readonly typeName: string;
  readonly moduleName = 'torch';
  constructor(readonly tensor: Tensor) {
    super();
    this.typeName = tensor.isParameter ? 'Parameter' : 'Tensor';
  }

  repr(): string {
    return tensorRepr(this.tensor);
  }

  getAttr(name: string): PyValue | undefined {
    const t = this.tensor;
    switch (name) {
      case 'shape':
        return new PySize(t.shape);
      case 'data':
        return py(detach(t));
      case 'grad':
        return t.grad ? py(t.grad) : null;
      case 'requires_grad':
        return t.requiresGrad;
      case 'is_leaf':
        return t.isLeaf;
      case 'grad_fn':
        return t.gradFn ? new PyGradFn(t.gradFn.name) : null;
      case 'T':
        return py(guarded(() => transpose(t, 'T')));
      case 'ndim':
        return BigInt(t.ndim);
      case 'dtype':
        return dtypeObject(t.dtype);
    }
    const method = tensorMethod(name);
    if (!method) return undefined;
    const bound = hostFunction(name, (args: readonly PyValue[], kwargs: KwArgs) => guarded(() => method(this, args, kwargs)));
    // Methods that hand values back to Python or write in place are not replayable.
    return UNTRACEABLE_METHODS.has(name) || name.endsWith('_') ? bound : markTraceable(bound);
  }

  setAttr(name: string, value: PyValue): boolean {
    const t = this.tensor;
    if (name === 'data') {
      if (!(value instanceof TensorHost)) throw pyError('TypeError', 'data must be a Tensor');
      t.data = value.tensor.data;
      t.shape = [...value.tensor.shape];
      return true;
    }
    if (name === 'grad') {
      t.grad = value instanceof TensorHost ? value.tensor : null;
      return true;
    }
    if (name === 'requires_grad') {
      if (!t.isLeaf) throw pyError('RuntimeError', 'you can only change requires_grad flags of leaf variables.');
      t.requiresGrad = Boolean(value);
      return true;
    }
    return false;
  }

  binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | NotImplementedType {
    const fn = BINARY[op];
    const o = toOperand(other);
    if (!fn || !o) return NotImplemented;
    return py(guarded(() => (reflected ? fn(o, this.tensor) : fn(this.tensor, o))));
  }

  /** `w -= lr * w.grad` under no_grad: writes into the same storage, as PyTorch's in-place ops. */
  inplaceOp(op: BinaryOp, other: PyValue): PyValue | NotImplementedType {
    const fn = BINARY[op];
    const o = toOperand(other);
    if (!fn || !o || op === 'matmul') return NotImplemented;
    const t = this.tensor;
    if (isGradEnabled() && t.requiresGrad) {
      if (t.isLeaf) throw pyError('RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.');
      return NotImplemented; // a graph value: rebind to the new node
    }
    const result = guarded(() => fn(t, o));
    if (result.size !== t.size || result.dtype !== t.dtype && t.dtype !== 'float32') {
      throw pyError('RuntimeError', `result type ${result.dtype} can't be cast to the desired output type ${t.dtype}`);
    }
    for (let i = 0; i < t.size; i++) t.data[i] = result.data[i];
    return this;
  }

  unaryOp(op: UnaryOp): PyValue {
    if (op === 'neg') return py(guarded(() => neg(this.tensor)));
    if (op === 'pos') return this;
    throw pyError('TypeError', 'bitwise_not is only supported for integer and boolean tensors');
  }

  compare(op: CompareOp, other: PyValue): PyValue | NotImplementedType {
    const o = toOperand(other);
    if (!o) return op === 'eq' ? false : op === 'ne' ? true : NotImplemented;
    return py(guarded(() => COMPARE[op](this.tensor, o)));
  }

  getItem(key: PyValue): PyValue {
    return py(guarded(() => getItem(this.tensor, toIndexKey(key))));
  }

  setItem(key: PyValue, value: PyValue): void {
    const v = toOperand(value);
    if (!v) throw pyError('TypeError', `can't assign a ${typeof value} to a torch.FloatTensor`);
    guarded(() => setItem(this.tensor, toIndexKey(key), v));
  }

  length(): number {
    if (this.tensor.ndim === 0) throw pyError('TypeError', 'len() of a 0-d tensor');
    return this.tensor.shape[0];
  }

  iterate(): Iterable<PyValue> {
    if (this.tensor.ndim === 0) throw pyError('TypeError', 'iteration over a 0-d tensor');
    const t = this.tensor;
    return Array.from({ length: t.shape[0] }, (_, i) => py(getItem(t, i)));
  }

  /** Tensor.__format__: a 0-dim tensor formats as its item (f"{loss:.4f}"); others only with {}. */
  format(spec: string): string {
    const t = this.tensor;
    if (t.ndim === 0) {
      const v = t.data[0];
      if (t.dtype === 'float32') return formatFloat(v, spec);
      if (t.dtype === 'int64') return formatInt(BigInt(v), spec);
      return spec === '' ? (v ? 'True' : 'False') : formatInt(v ? 1n : 0n, spec, 'bool');
    }
    if (spec === '') return this.repr();
    throw pyError('TypeError', 'unsupported format string passed to Tensor.__format__');
  }

  truthy(): boolean {
    if (this.tensor.size !== 1) {
      throw pyError('RuntimeError', `Boolean value of Tensor with more than one value is ambiguous`);
    }
    return this.tensor.data[0] !== 0;
  }

  private scalar(): number {
    if (this.tensor.size !== 1) throw pyError('ValueError', 'only one element tensors can be converted to Python scalars');
    return this.tensor.data[0];
  }
  toFloat(): number {
    return this.scalar();
  }
  toInt(): bigint {
    return BigInt(Math.trunc(this.scalar()));
  }
  toIndex(): bigint {
    if (this.tensor.dtype === 'float32') throw pyError('TypeError', 'only integer tensors of a single element can be converted to an index');
    return BigInt(this.scalar());
  }
  toArray(): ArrayData {
    return { data: this.tensor.data, shape: this.tensor.shape };
  }
}

/** .item() and .tolist() values: float → number, int64 → int, bool → bool. */
export function pythonScalar(t: Tensor, value: number): PyValue {
  return t.dtype === 'float32' ? value : t.dtype === 'int64' ? BigInt(value) : value !== 0;
}

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

const wrappers = new WeakMap<Tensor, PyTensor>();
setTensorWrapper((t: Tensor) => {
  let w = wrappers.get(t);
  if (!w) {
    w = new PyTensor(t);
    wrappers.set(t, w);
  }
  return w;
});

setToList(toList);
setReturnPair((kind, values, indices) => new PyReturnPair(kind, values, indices));

