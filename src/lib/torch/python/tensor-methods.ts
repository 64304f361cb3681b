// Tensor methods callable from Python (x.sum(), x.reshape(-1, 1), loss.backward() ...).
import { bindArgs, pyError, toIndex, toNumber, type KwArgs, type PyValue } from '../../python/objects/host';
import { backward } from '../core/autograd';
import { setRequiresGrad } from '../core/creation';
import { add, div, mul, pow, sub } from '../core/elementwise';
import { matmul, transpose } from '../core/linalg';
import { py, toOperand, toSizes, toTensor, type TensorHost } from './convert';
import { extremeAlong, max, mean, min, sum } from '../core/reduce';
import { clone, detach, flatten, reshape, squeeze, unsqueeze, view } from '../core/reshape';
import type { Tensor } from '../core/tensor';
import { traceEffect, traceOpaque } from '../core/recording';
import { abs, exp, log, relu, sigmoid, sqrt, tanh, toBool, toFloat, toLong } from '../core/unary';

type Method = (self: TensorHost, args: readonly PyValue[], kwargs: KwArgs) => PyValue;

function dimArgs(name: string, args: readonly PyValue[], kwargs: KwArgs): { dim: number | null; keepdim: boolean } {
  const b = bindArgs(name, [['dim', null], ['keepdim', false]], args, kwargs);
  return { dim: b.dim === null ? null : toIndex(b.dim, 'dim'), keepdim: Boolean(b.keepdim) };
}

const unaryMethod = (fn: (t: Tensor) => Tensor): Method => (self) => py(fn(self.tensor));
const reduceMethod = (name: string, fn: (t: Tensor, dim: number | null, keepdim: boolean) => Tensor): Method =>
  (self, args, kwargs) => {
    const { dim, keepdim } = dimArgs(name, args, kwargs);
    return py(fn(self.tensor, dim, keepdim));
  };
/** x.max() → tensor; x.max(dim) → (values, indices), as torch.return_types.max. */
function extremeMethod(kind: 'max' | 'min', all: (t: Tensor) => Tensor): Method {
  return (self, args, kwargs) => {
    const { dim, keepdim } = dimArgs(kind, args, kwargs);
    if (dim === null) return py(all(self.tensor));
    const { values, indices } = extremeAlong(self.tensor, kind, dim, keepdim);
    return returnPair(kind, values, indices);
  };
}

let returnPair: (kind: string, values: Tensor, indices: Tensor) => PyValue = () => null;
export function setReturnPair(fn: (kind: string, values: Tensor, indices: Tensor) => PyValue): void {
  returnPair = fn;
}

const binaryMethod = (fn: (a: Tensor, b: Tensor) => Tensor): Method => (self, args) => {
  const o = toOperand(args[0] ?? null);
  if (!o) throw pyError('TypeError', 'expected a Tensor or a number');
  return py(fn(self.tensor, o));
};
/** In-place x.add_(y) etc.: writes the result into x's storage. */
const inplaceMethod = (fn: (a: Tensor, b: Tensor) => Tensor): Method => (self, args) => {
  const o = toOperand(args[0] ?? null);
  if (!o) throw pyError('TypeError', 'expected a Tensor or a number');
  const t = self.tensor;
  if (t.requiresGrad && t.isLeaf) throw pyError('RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.');
  const r = fn(t, o);
  for (let i = 0; i < t.size; i++) t.data[i] = r.data[i];
  return self;
};

const METHODS: Record<string, Method> = {
  item: (self) => {
    const t = self.tensor;
    if (t.size !== 1) throw pyError('ValueError', 'only one element tensors can be converted to Python scalars');
    const v = t.item();
    return typeof v === 'boolean' ? v : t.dtype === 'int64' ? BigInt(v) : v;
  },
  tolist: (self) => listOf(self.tensor),
  detach: (self) => py(detach(self.tensor)),
  clone: (self) => py(clone(self.tensor)),
  float: (self) => py(toFloat(self.tensor)),
  long: (self) => py(toLong(self.tensor)),
  int: (self) => py(toLong(self.tensor)),
  bool: (self) => py(toBool(self.tensor)),
  cpu: (self) => self,
  numpy: (self) => self,
  backward: (self, args, kwargs) => {
    const b = bindArgs('backward', [['gradient', null]], args, kwargs);
    const t = self.tensor;
    backward(t, b.gradient === null ? undefined : toTensor(b.gradient));
    if (b.gradient === null) traceEffect('backward', t, () => backward(t));
    else traceOpaque('backward(gradient)');
    return null;
  },
  zero_: (self) => {
    self.tensor.data.fill(0);
    return self;
  },
  fill_: (self, args) => {
    self.tensor.data.fill(toNumber(args[0] ?? null));
    return self;
  },
  requires_grad_: (self, args, kwargs) => {
    const b = bindArgs('requires_grad_', [['requires_grad', true]], args, kwargs);
    setRequiresGrad(self.tensor, Boolean(b.requires_grad));
    return self;
  },
  reshape: (self, args) => py(reshape(self.tensor, toSizes(args))),
  view: (self, args) => py(view(self.tensor, toSizes(args))),
  flatten: (self) => py(flatten(self.tensor)),
  squeeze: (self, args) => py(squeeze(self.tensor, args.length ? toIndex(args[0]) : undefined)),
  unsqueeze: (self, args) => py(unsqueeze(self.tensor, toIndex(args[0] ?? null, 'dim'))),
  t: (self) => py(transpose(self.tensor, 't')),
  size: (self, args) => {
    const t = self.tensor;
    if (args.length === 0) return self.getAttr!('shape')!;
    const d = toIndex(args[0]);
    return BigInt(t.shape[d < 0 ? d + t.ndim : d]);
  },
  dim: (self) => BigInt(self.tensor.ndim),
  numel: (self) => BigInt(self.tensor.size),
  sum: reduceMethod('sum', sum),
  mean: reduceMethod('mean', mean),
  max: extremeMethod('max', max),
  min: extremeMethod('min', min),
  exp: unaryMethod(exp),
  log: unaryMethod(log),
  sigmoid: unaryMethod(sigmoid),
  relu: unaryMethod(relu),
  tanh: unaryMethod(tanh),
  sqrt: unaryMethod(sqrt),
  abs: unaryMethod(abs),
  add: binaryMethod(add),
  sub: binaryMethod(sub),
  mul: binaryMethod(mul),
  div: binaryMethod(div),
  pow: binaryMethod(pow),
  matmul: (self, args) => py(matmul(self.tensor, toTensor(args[0] ?? null))),
  add_: inplaceMethod(add),
  sub_: inplaceMethod(sub),
  mul_: inplaceMethod(mul),
  div_: inplaceMethod(div),
};

export function tensorMethod(name: string): Method | undefined {
  return Object.prototype.hasOwnProperty.call(METHODS, name) ? METHODS[name] : undefined;
}

let listOf: (t: Tensor) => PyValue = () => null;
/** python-tensor.ts provides tolist (it owns the Python value conversions). */
export function setToList(fn: (t: Tensor) => PyValue): void {
  listOf = fn;
}
