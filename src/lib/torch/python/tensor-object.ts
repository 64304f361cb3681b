// torch values as Python objects: the tensor (operators, subscripts, attributes, and the
// Tensor methods of the op table), the pairs torch.max returns, and the Python functions that
// call the op table's entries.
import {
  HostFunction, HostObject, NotImplemented, PyList, PyTuple, asStorage, notSupportedYet, pyError, typeNameOf, type ArrayData, type BinaryOp,
  type CompareOp, type KwArgs, type NotImplementedType, type PyValue, type UnaryOp,
  type DirEntry,
} from '../../python/objects/host';
import { formatFloat, formatInt } from '../../python/objects/format';
import { assertFitsInPlace, isGradEnabled, needsGrad, rebaseHistory } from '../core/autograd';
import { setRequiresGrad } from '../core/creation';
import { add, bitwiseAnd, bitwiseNot, bitwiseOr, bitwiseXor, div, eq, ge, gt, le, lt, mul, ne, pow, sub } from '../core/elementwise';
import { floorDivide, remainder } from '../core/division';
import { tensorRepr } from '../core/format';
import { getItem, setItem } from '../core/indexing';
import { matmul, transpose, transposeDims } from '../core/linalg';
import { detach } from '../core/reshape';
import { noteHolder } from '../core/storage';
import { bumpVersion, SCALAR_TYPE_NAMES, syncTensor, Tensor } from '../core/tensor';
import { assertWritable } from '../core/views';
import { neg } from '../core/unary';
import { assertNumpyable, guarded, numpyData, TensorHost, toIndexKey, toOperand } from './convert';
import { checkFloat64 } from './float64';
import { opsAt, ReturnPair, type OpResult, type TorchOp } from './ops';
import type { TorchSession } from './session';
import { bindSignature } from './signature';

/** numpy_T's TORCH_WARN_ONCE (aten/src/ATen/native/TensorShape.cpp) for `x.T` of a vector or a 3-D tensor. */
const T_DEPRECATED =
  'The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. ' +
  'Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor. ' +
  '(Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3277.)';
import { PyGradFn, PySize, dtypeObject } from './values';

const BINARY: Partial<Record<BinaryOp, (a: Tensor, b: Tensor) => Tensor>> = {
  add, sub, mul, truediv: div, pow, matmul, and: bitwiseAnd, or: bitwiseOr, xor: bitwiseXor, floordiv: floorDivide, mod: remainder,
};
const COMPARE: Record<CompareOp, (a: Tensor, b: Tensor) => Tensor> = { lt, le, gt, ge, eq, ne };
const COMPARE_SYMBOLS: Record<CompareOp, string> = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=' };

/** A numpy array (not a numpy scalar: PyTorch takes those for Python numbers). */
function isNumpyArray(v: PyValue): boolean {
  const data = numpyData(v);
  return data !== null && !data.scalar;
}
const TENSOR_METHODS = opsAt('Tensor');

/** A torch function or bound method as Python sees it; `traceable` tells the loop tracer whether a replay can repeat it. */
export class TorchFunction extends HostFunction {
  constructor(
    name: string,
    impl: (args: readonly PyValue[], kwargs: KwArgs) => PyValue,
    readonly traceable: boolean,
  ) {
    super(name, impl);
  }
}

/**
 * PyTorch's argument parser takes no Python list or tuple where an op wants a Tensor (`input`,
 * `other`): torch.exp([1.0, 2.0]) is a TypeError there, not a tensor made on the way.
 */
function checkTensorArguments(op: TorchOp, bound: readonly PyValue[], isMethod: boolean): void {
  op.params.forEach((param, i) => {
    const value = bound[i];
    if ((param === 'input' || param === 'other') && (value instanceof PyList || value instanceof PyTuple)) {
      const position = i + 1 - (isMethod ? 1 : 0);
      throw pyError('TypeError', `${op.name}(): argument '${param}' (position ${position}) must be Tensor, not ${typeNameOf(value)}`);
    }
  });
}

/** The Python function for an op (bound to `self` for a Tensor method). */
export function opFunction(op: TorchOp, session: TorchSession, self?: PyTensor): TorchFunction {
  return new TorchFunction(
    op.name,
    (args, kwargs) => guarded(() => {
      const bound = bindSignature(op.name, op, self ? [self, ...args] : args, kwargs);
      checkTensorArguments(op, bound, self !== undefined);
      checkFloat64(op.name, bound);
      return toPython(op.run(bound, session), session);
    }),
    op.traceable !== false,
  );
}

/** The one Python object of a tensor in this kernel. */
export function pythonTensor(t: Tensor, session: TorchSession): PyTensor {
  let object = session.pythonObjects.get(t) as PyTensor | undefined;
  if (!object) {
    object = new PyTensor(t, session);
    session.pythonObjects.set(t, object);
    t.exposed = true;
  }
  return object;
}

/** An op's result as a Python value. */
function toPython(result: OpResult, session: TorchSession): PyValue {
  if (result instanceof Tensor) return pythonTensor(result, session);
  if (Array.isArray(result)) return new PyTuple(result.map((t) => pythonTensor(t, session)));
  if (result instanceof ReturnPair) return new PyReturnPair(result, session);
  return result;
}

/** TensorBody.h's TORCH_WARN when a non-leaf's .grad is read (the page keeps no non-leaf gradients: no retain_grad). */
const NON_LEAF_GRAD_WARNING =
  "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). " +
  'If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. ' +
  'If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. ' +
  'See github.com/pytorch/pytorch/pull/30531 for more informations. (Triggered internally at  ./build/aten/src/ATen/core/TensorBody.h:480.)';

export class PyTensor extends TensorHost {
  readonly typeName: string;
  readonly moduleName = 'torch';
  constructor(
    private readonly value: Tensor,
    readonly session: TorchSession,
  ) {
    super();
    this.typeName = value.isParameter ? 'Parameter' : 'Tensor';
  }
  dirEntry(): DirEntry {
    return { section: 'hostTypes', key: this.typeName };
  }

  /** The tensor, for every use Python makes of it: a view first takes in what its base's storage got since. */
  get tensor(): Tensor {
    return syncTensor(this.value);
  }

  repr(): string {
    return tensorRepr(this.tensor);
  }

  private wrap(t: Tensor): PyTensor {
    return pythonTensor(t, this.session);
  }

  getAttr(name: string): PyValue | undefined {
    const t = this.tensor;
    switch (name) {
      case 'shape':
        return new PySize(t.shape);
      case 'data':
        return this.wrap(detach(t));
      case 'grad':
        if (!t.isLeaf && !t.grad) this.session.warn('UserWarning', NON_LEAF_GRAD_WARNING);
        return t.grad ? this.wrap(t.grad) : null;
      case 'requires_grad':
        return t.requiresGrad;
      case 'is_leaf':
        return t.isLeaf;
      case '_base':
        return t.viewBase ? this.wrap(t.viewBase) : null;
      case 'grad_fn':
        return t.gradFn ? new PyGradFn(t.gradFn.name) : null;
      case 'T':
        if (t.ndim !== 2 && t.ndim !== 0) this.session.warnOnce('UserWarning', T_DEPRECATED);
        return this.wrap(guarded(() => transpose(t, 'T')));
      case 'mT':
        if (t.ndim < 2) throw pyError('RuntimeError', `tensor.mT is only supported on matrices or batches of matrices. Got ${t.ndim}-D tensor.`);
        return this.wrap(guarded(() => transposeDims(t, -2, -1)));
      case 'ndim':
        return BigInt(t.ndim);
      case 'dtype':
        return dtypeObject(t.dtype);
    }
    const op = TENSOR_METHODS.get(name);
    return op ? opFunction(op, this.session, this) : undefined;
  }

  setAttr(name: string, value: PyValue): boolean {
    const t = this.tensor;
    if (name === 'data') {
      if (!(value instanceof TensorHost)) throw pyError('TypeError', 'data must be a Tensor');
      t.data = value.tensor.data;
      noteHolder(t.data); // two tensors on one storage now
      t.shape = [...value.tensor.shape];
      t.viewSource = value.tensor.viewSource; // the other tensor's place in its storage, as PyTorch's set_data takes it
      return true;
    }
    if (name === 'grad') {
      t.grad = value instanceof TensorHost ? value.tensor : null;
      return true;
    }
    if (name === 'requires_grad') {
      if (!t.isLeaf) throw pyError('RuntimeError', 'you can only change requires_grad flags of leaf variables.');
      if (value === true && t.dtype === 'float64') guarded(() => setRequiresGrad(t, true));
      t.requiresGrad = Boolean(value);
      return true;
    }
    return false;
  }

  binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | NotImplementedType {
    // PyTorch's reflected operators decline a numpy array, all but `/` (`a / t` is a tensor, `a * t` a TypeError)
    if (reflected && op !== 'truediv' && isNumpyArray(other)) return NotImplemented;
    const fn = BINARY[op];
    const o = toOperand(other, this.tensor);
    if (!fn || !o) return NotImplemented;
    if (op === 'matmul') checkFloat64(op, [this, other]);
    return this.wrap(guarded(() => (reflected ? fn(o, this.tensor) : fn(this.tensor, o))));
  }

  /** `w -= lr * w.grad` under no_grad: writes into the same storage, as PyTorch's in-place ops. */
  inplaceOp(op: BinaryOp, other: PyValue): PyValue | NotImplementedType {
    const fn = BINARY[op];
    const o = toOperand(other, this.tensor);
    if (!fn || !o || op === 'matmul') return NotImplemented;
    const t = this.tensor;
    guarded(() => assertWritable(t));
    if (isGradEnabled() && t.requiresGrad && t.isLeaf) throw pyError('RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.');
    if (needsGrad(t, o)) {
      guarded(() => rebaseHistory(t, (earlier) => fn(earlier, o)));
      return this;
    }
    const result = guarded(() => {
      const r = fn(t, o);
      assertFitsInPlace(t, r);
      return r;
    });
    if (result.dtype !== t.dtype && !t.isFloatingPoint()) {
      throw pyError('RuntimeError', `result type ${SCALAR_TYPE_NAMES[result.dtype]} can't be cast to the desired output type ${SCALAR_TYPE_NAMES[t.dtype]}`);
    }
    for (let i = 0; i < t.size; i++) t.data[i] = result.data[i];
    bumpVersion(t);
    return this;
  }

  unaryOp(op: UnaryOp): PyValue {
    if (op === 'neg') return this.wrap(guarded(() => neg(this.tensor)));
    if (op === 'pos') return this;
    return this.wrap(guarded(() => bitwiseNot(this.tensor)));
  }

  compare(op: CompareOp, other: PyValue): PyValue | NotImplementedType {
    if (isNumpyArray(other)) {
      // PyTorch's comparisons decline numpy arrays and so does numpy: == is identity, < raises
      if (op === 'eq' || op === 'ne') return op === 'ne';
      throw pyError('TypeError', `'${COMPARE_SYMBOLS[op]}' not supported between instances of '${this.typeName}' and 'numpy.ndarray'`);
    }
    const o = toOperand(other, this.tensor);
    if (!o) return op === 'eq' ? false : op === 'ne' ? true : NotImplemented;
    return this.wrap(guarded(() => COMPARE[op](this.tensor, o)));
  }

  getItem(key: PyValue): PyValue {
    return this.wrap(guarded(() => getItem(this.tensor, toIndexKey(key))));
  }

  setItem(key: PyValue, value: PyValue): void {
    const v = toOperand(value, this.tensor);
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
    return Array.from({ length: t.shape[0] }, (_, i) => this.wrap(getItem(t, i)));
  }

  /** Tensor.__format__: a 0-dim tensor formats as its item (f"{loss:.4f}"); others only with {}. */
  format(spec: string): string {
    const t = this.tensor;
    if (t.ndim === 0) {
      const v = t.data[0];
      if (t.isFloatingPoint()) return formatFloat(v, spec);
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
    if (this.tensor.isFloatingPoint()) throw pyError('TypeError', 'only integer tensors of a single element can be converted to an index');
    return BigInt(this.scalar());
  }
  /**
   * `__array__`, which calls numpy(): the tensor's own storage, so `t.numpy()` and np.asarray(t)
   * share its memory; a view's array is one too (its ViewSource: writes reach the same root). Matplotlib or numpy given `net(x)`
   * raises PyTorch's error (use .detach() or .data).
   */
  toArray(): ArrayData {
    const t = this.tensor;
    assertNumpyable(t);
    return { data: t.data, shape: t.shape, dtype: t.dtype, readOnly: t.readOnly, viewSource: t.viewSource };
  }

  /** `__array_wrap__`: a numpy function's result given this tensor (np.exp(t)) is torch.from_numpy of it. */
  arrayWrap(result: ArrayData): PyValue {
    // PyTorch 1.13 turns a bool result into uint8, a dtype the page's tensors lack
    if (result.dtype === 'bool' || result.dtype === undefined) throw notSupportedYet('numpy 비교 함수에 텐서를 넣은 결과 (torch.uint8)');
    return this.wrap(new Tensor(asStorage(result.dtype, result.data), result.shape, result.dtype));
  }
}

/** torch.return_types.max(values=..., indices=...): a named pair. */
class PyReturnPair extends HostObject {
  readonly moduleName = 'torch.return_types';
  readonly typeName: string;
  constructor(
    private readonly pair: ReturnPair,
    private readonly session: TorchSession,
  ) {
    super();
    this.typeName = pair.kind;
  }
  private items(): PyValue[] {
    return [pythonTensor(this.pair.values, this.session), pythonTensor(this.pair.indices, this.session)];
  }
  repr(): string {
    return `torch.return_types.${this.typeName}(\nvalues=${tensorRepr(this.pair.values)},\nindices=${tensorRepr(this.pair.indices)})`;
  }
  getAttr(name: string): PyValue | undefined {
    return name === 'values' ? this.items()[0] : name === 'indices' ? this.items()[1] : undefined;
  }
  getItem(key: PyValue): PyValue {
    const i = typeof key === 'bigint' ? Number(key) : NaN;
    if (!(i >= -2 && i < 2)) throw pyError('IndexError', 'tuple index out of range');
    return this.items()[i < 0 ? i + 2 : i];
  }
  length(): number {
    return 2;
  }
  iterate(): Iterable<PyValue> {
    return this.items();
  }
}
