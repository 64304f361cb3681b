// The binding: registers `torch`, `torch.nn`, `torch.nn.functional` and
// `torch.optim` with the Python interpreter's module registry, so lecture code
// (`import torch`, `import torch.nn as nn`, `from torch import nn`) runs on the
// torch library. One generator per interpreter: torch.manual_seed there seeds
// what torch.rand, torch.bernoulli and nn.Linear draw next, as in PyTorch.
import {
  HostFunction, HostObject, PyModule, PyTuple, bindArgs, pyError, toIndex, toNumber,
  type HostContext, type KwArgs, type ModuleRegistry, type PyValue,
} from '../../python/objects/host';
import { setGradEnabled } from '../core/autograd';
import { arange, bernoulli, full, linspace, rand, randn, setRequiresGrad } from '../core/creation';
import { add, div, mul, pow, sub } from '../core/elementwise';
import { matmul } from '../core/linalg';
import { py, toSizes, toTensor, tensorFromPython, TensorHost } from './convert';
import { functionalModule, nnModule, optimModule } from './nn-modules';
import { fn, stateOf, unary } from './state';
import './tensor-object'; // installs the Tensor wrapper
import { PyDType, dtypeObject } from './values';
import { manualSeed } from '../core/random';
import { mean, sum } from '../core/reduce';
import { cat, reshape, squeeze, stack, unsqueeze } from '../core/reshape';
import { Tensor, type DType } from '../core/tensor';
import { abs, exp, log, relu, sigmoid, sqrt, tanh } from '../core/unary';

class NoGrad extends HostObject {
  readonly typeName = 'no_grad';
  readonly moduleName = 'torch';
  private previous: boolean[] = [];
  enter(): PyValue {
    this.previous.push(setGradEnabled(false));
    return null;
  }
  exit(): boolean {
    setGradEnabled(this.previous.pop() ?? true);
    return false;
  }
}

/** isinstance(x, torch.Tensor). */
class TensorType extends HostObject {
  readonly typeName = 'type';
  repr(): string {
    return "<class 'torch.Tensor'>";
  }
  instanceCheck(value: PyValue): boolean {
    return value instanceof TensorHost;
  }
  call(args: readonly PyValue[]): PyValue {
    return py(tensorFromPython(args[0] ?? new PyTuple([])));
  }
}

function dtypeArg(v: PyValue): DType | undefined {
  if (v === null || v === undefined) return undefined;
  if (v instanceof PyDType) return v.dtype;
  throw pyError('TypeError', 'dtype must be torch.dtype');
}

function withOptions(t: Tensor, kwargs: KwArgs): Tensor {
  const dtype = dtypeArg(kwargs.get('dtype') ?? null);
  let out = t;
  if (dtype && dtype !== t.dtype) {
    const data = dtype === 'float32' ? Float32Array.from(t.data) : dtype === 'int64' ? Float64Array.from(t.data, Math.trunc) : Uint8Array.from(t.data, (v) => (v ? 1 : 0));
    out = new Tensor(data, t.shape, dtype);
  }
  if (kwargs.get('requires_grad')) setRequiresGrad(out, true);
  return out;
}

/** Keyword arguments other than dtype/requires_grad are refused with Python's message. */
function sizesAndOptions(name: string, args: readonly PyValue[], kwargs: KwArgs): number[] {
  for (const k of kwargs.keys()) {
    if (k !== 'dtype' && k !== 'requires_grad' && k !== 'size') throw pyError('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
  }
  return toSizes(kwargs.has('size') ? [kwargs.get('size')!] : args);
}

function tensorList(v: PyValue): Tensor[] {
  if (!(v instanceof PyTuple) && !((v as { items?: unknown })?.items instanceof Array)) {
    throw pyError('TypeError', 'expected a list or tuple of Tensors');
  }
  return (v as PyTuple).items.map((t) => toTensor(t));
}

const reduction = (name: string, f: (t: Tensor, d: number | null, k: boolean) => Tensor) =>
  fn(name, (a, k) => {
    const b = bindArgs(name, ['input', ['dim', null], ['keepdim', false]], a, k);
    return py(f(toTensor(b.input), b.dim === null ? null : toIndex(b.dim), Boolean(b.keepdim)));
  });
const binary = (name: string, f: (x: Tensor, y: Tensor) => Tensor) =>
  fn(name, (a) => py(f(toTensor(a[0] ?? null), toTensor(a[1] ?? null))));

function torchModule(ctx: HostContext): PyModule {
  const state = stateOf(ctx);
  const g = () => state.generator;
  const torch = new PyModule('torch', {
    Tensor: new TensorType(),
    float32: dtypeObject('float32'),
    float: dtypeObject('float32'),
    int64: dtypeObject('int64'),
    long: dtypeObject('int64'),
    bool: dtypeObject('bool'),
    manual_seed: fn('manual_seed', (a) => {
      state.generator = manualSeed(BigInt(toIndex(a[0] ?? null, 'seed')));
      return null;
    }),
    tensor: fn('tensor', (a, k) => {
      const b = bindArgs('tensor', ['data', ['dtype', null], ['requires_grad', false]], a, k);
      const t = tensorFromPython(b.data, dtypeArg(b.dtype));
      if (b.requires_grad) setRequiresGrad(t, true);
      return py(t);
    }),
    linspace: fn('linspace', (a, k) => {
      const b = bindArgs('linspace', ['start', 'end', 'steps', ['dtype', null], ['requires_grad', false]], a, k);
      return py(withOptions(linspace(toNumber(b.start), toNumber(b.end), toIndex(b.steps, 'steps')), k));
    }),
    arange: fn('arange', (a, k) => {
      const b = bindArgs('arange', ['start', ['end', null], ['step', null], ['dtype', null], ['requires_grad', false]], a, k);
      const isFloat = [b.start, b.end, b.step].some((v) => typeof v === 'number');
      const t = arange(toNumber(b.start), b.end === null ? undefined : toNumber(b.end), b.step === null ? 1 : toNumber(b.step), isFloat ? 'float32' : 'int64');
      return py(withOptions(t, k));
    }),
    zeros: fn('zeros', (a, k) => py(withOptions(full(sizesAndOptions('zeros', a, k), 0), k))),
    ones: fn('ones', (a, k) => py(withOptions(full(sizesAndOptions('ones', a, k), 1), k))),
    full: fn('full', (a, k) => {
      const b = bindArgs('full', ['size', 'fill_value', ['dtype', null], ['requires_grad', false]], a, k);
      return py(withOptions(full(toSizes([b.size]), toNumber(b.fill_value), typeof b.fill_value === 'number' ? 'float32' : 'int64'), k));
    }),
    zeros_like: fn('zeros_like', (a, k) => { const t = toTensor(a[0] ?? null); return py(withOptions(full(t.shape, 0, t.dtype), k)); }),
    ones_like: fn('ones_like', (a, k) => { const t = toTensor(a[0] ?? null); return py(withOptions(full(t.shape, 1, t.dtype), k)); }),
    rand: fn('rand', (a, k) => py(withOptions(rand(g(), sizesAndOptions('rand', a, k)), k))),
    randn: fn('randn', (a, k) => py(withOptions(randn(g(), sizesAndOptions('randn', a, k)), k))),
    bernoulli: fn('bernoulli', (a) => py(bernoulli(g(), toTensor(a[0] ?? null)))),
    exp: unary('exp', exp), log: unary('log', log), sigmoid: unary('sigmoid', sigmoid), relu: unary('relu', relu),
    tanh: unary('tanh', tanh), sqrt: unary('sqrt', sqrt), abs: unary('abs', abs),
    sum: reduction('sum', sum), mean: reduction('mean', mean),
    max: fn('max', (a, k) => (py(toTensor(a[0] ?? null)).getAttr!('max') as HostFunction).impl(a.slice(1), k)),
    min: fn('min', (a, k) => (py(toTensor(a[0] ?? null)).getAttr!('min') as HostFunction).impl(a.slice(1), k)),
    add: binary('add', add), sub: binary('sub', sub), mul: binary('mul', mul), div: binary('div', div), pow: binary('pow', pow),
    matmul: binary('matmul', matmul), mm: binary('mm', matmul),
    cat: fn('cat', (a, k) => { const b = bindArgs('cat', ['tensors', ['dim', 0n]], a, k); return py(cat(tensorList(b.tensors), toIndex(b.dim))); }),
    concat: fn('concat', (a, k) => { const b = bindArgs('concat', ['tensors', ['dim', 0n]], a, k); return py(cat(tensorList(b.tensors), toIndex(b.dim))); }),
    stack: fn('stack', (a, k) => { const b = bindArgs('stack', ['tensors', ['dim', 0n]], a, k); return py(stack(tensorList(b.tensors), toIndex(b.dim))); }),
    reshape: fn('reshape', (a) => py(reshape(toTensor(a[0] ?? null), toSizes(a.slice(1))))),
    squeeze: fn('squeeze', (a) => py(squeeze(toTensor(a[0] ?? null), a.length > 1 ? toIndex(a[1]) : undefined))),
    unsqueeze: fn('unsqueeze', (a) => py(unsqueeze(toTensor(a[0] ?? null), toIndex(a[1] ?? null, 'dim')))),
    is_tensor: fn('is_tensor', (a) => a[0] instanceof TensorHost),
    no_grad: fn('no_grad', () => new NoGrad()),
  });
  // `import torch` then `torch.nn.Linear`: PyTorch imports its submodules eagerly. Built here,
  // not through ctx.importModule, which would import the unfinished 'torch' again.
  torch.attrs.set('nn', nnModule(ctx));
  torch.attrs.set('optim', optimModule(ctx));
  return torch;
}

/** Makes `import torch` (and its submodules) available to an interpreter's registry. */
export function registerTorch(registry: ModuleRegistry): ModuleRegistry {
  return registry
    .register('torch', torchModule)
    .register('torch.nn', nnModule)
    .register('torch.nn.functional', functionalModule)
    .register('torch.optim', optimModule);
}

