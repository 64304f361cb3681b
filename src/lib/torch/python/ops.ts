// THE op table: every torch function and Tensor method Python can call, once — its Python
// name, where it is reachable (torch.exp, x.exp(), torch.nn.functional.relu), its parameters,
// one doc line for the authoring guide, and how it calls the core (../core/, where the op's
// forward, backward and loop replay are defined). Adding `sin` is one entry here and its
// forward/backward in the core. nn modules and optimizers have their own tables (nn.ts,
// optim.ts); tensor attributes and operators (x.shape, x + y, x[0]) are the tensor object's
// own (tensor-object.ts).
import { cudaUnavailable, isCpuDevice } from './device';
import { notSupportedYet, PyList, PyTuple, pyError, toIndex, toNumber, typeNameOf, type PyValue } from '../../python/objects/host';
import { assertFitsInPlace, backward, isGradEnabled, needsGrad, rebaseHistory, record } from '../core/autograd';
import { arange, bernoulli, eye, full, linspace, rand, randn, setRequiresGrad } from '../core/creation';
import {
  add, bitwiseAnd, bitwiseNot, bitwiseOr, bitwiseXor, clamp, div, eq, ge, gt, le, logicalAnd, logicalNot, logicalOr, lt, maximum, minimum, mul, ne,
  pow, sub, where,
} from '../core/elementwise';
import { floorDivide, remainder } from '../core/division';
import { TorchError } from '../core/errors';
import { matmul, mmOnly, transpose, transposeDims } from '../core/linalg';
import { cumsum, prod, stdVar } from '../core/statistics';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits, crossEntropy, mseLoss, nllLoss, targetSizeWarning, type Reduction } from '../core/losses';
import { logSoftmax, softmax } from '../core/softmax';
import { legacySoftmaxDim, parameter } from '../core/nn';
import { manualSeed } from '../core/generator';
import { recordEffect, recordOpaque } from '../core/recording';
import { anyAll, argExtreme, extremeAlong, max, mean, min, reduceDims, sum } from '../core/reduce';
import { cat, clone, detach, flatten, reshape, squeeze, stack, unsqueeze, view } from '../core/reshape';
import { chunk, expand, flattenShape, narrow, permute, repeat, select, split, unbind } from '../core/gather';
import { oneHot, round, sign, sort, topk } from '../core/ordering';
import { broadcastIndex, wrapDim } from '../core/shape';
import { allocate, bumpVersion, Tensor, type DType } from '../core/tensor';
import { assertWritable, contiguous, isContiguous } from '../core/views';
import { abs, cos, exp, log, relu, sigmoid, sin, sqrt, tanh, toBool, toDouble, toFloat, toLong } from '../core/unary';
import { elu, leakyRelu, softplus } from '../core/activations';
import { LEGACY_TYPE_NAMES, assertNumpyable, numpyData, pythonScalar, tensorFromPython, tensorSharing, toDType, toList, toOperand, toSizes, toTensor, toTensorList, TensorHost } from './convert';
import type { TorchSession } from './session';
import type { Signature } from './signature';
import { NoGrad, PySize } from './values';
import { RANDOM_OPS } from './random-ops';

/** Where Python reaches an op: `torch.name(...)`, `tensor.name(...)`, `torch.nn.name(...)`, `torch.nn.functional.name(...)`. */
export type OpSite = 'torch' | 'Tensor' | 'nn' | 'functional';

/** torch.max(x, dim) and x.min(dim): values and indices, shown as torch.return_types.max(...). */
export class ReturnPair {
  constructor(
    readonly kind: 'max' | 'min' | 'sort' | 'topk',
    readonly values: Tensor,
    readonly indices: Tensor,
  ) {}
}

/** What an op gives back: a tensor (wrapped for Python by the tensor object), a pair, or a plain Python value. */
export type OpResult = Tensor | Tensor[] | ReturnPair | PyValue;

export interface TorchOp extends Signature {
  readonly name: string;
  /** One line for the guide's table of what cells support (Korean). */
  readonly doc: string;
  readonly on: readonly OpSite[];
  /**
   * False for what a loop replay cannot repeat: random draws, values handed back to Python,
   * in-place writes, reseeding. Everything else only computes tensors, which the recording sees.
   */
  readonly traceable?: boolean;
  /** The call, with the arguments bound in parameter order (Tensor methods get self first). */
  readonly run: (args: PyValue[], session: TorchSession) => OpResult;
}

const BOTH: readonly OpSite[] = ['torch', 'Tensor'];

/**
 * torch.meshgrid: each 0-D or 1-D tensor viewed along its own dim and expanded over the grid
 * (view + expand, so the grads flow back as PyTorch's ExpandBackward0). 'xy' swaps the first two
 * inputs and then the first two outputs, as ATen does.
 */
function meshgrid(tensors: Tensor[], indexing: 'ij' | 'xy'): Tensor[] {
  if (tensors.length === 0) throw pyError('RuntimeError', 'meshgrid expects a non-empty TensorList');
  if (tensors.some((t) => t.dtype !== tensors[0].dtype)) throw pyError('RuntimeError', 'meshgrid expects all tensors to have the same dtype');
  const bad = tensors.find((t) => t.ndim > 1);
  if (bad) throw pyError('RuntimeError', `torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got a tensor of shape [${bad.shape.join(', ')}]`);
  const swap = indexing === 'xy' && tensors.length >= 2;
  const ordered = swap ? [tensors[1], tensors[0], ...tensors.slice(2)] : tensors;
  const shape = ordered.map((t) => t.size);
  const grids = ordered.map((t, i) => expand(view(t, shape.map((_, k) => (k === i ? -1 : 1))), shape));
  return swap ? [grids[1], grids[0], ...grids.slice(2)] : grids;
}

function unary(name: string, doc: string, f: (t: Tensor) => Tensor, on: readonly OpSite[] = BOTH): TorchOp {
  return { name, doc, on, params: ['input'], run: ([input]) => f(toTensor(input)) };
}

function notInplace(name: string, inplace: PyValue, run: () => Tensor): Tensor {
  if (inplace) throw pyError('NotImplementedError', `${name}의 inplace=True는 아직 지원하지 않습니다 / inplace=True not supported yet`);
  return run();
}

/** A Python number joins an op as a wrapped number, as in PyTorch (`x.add(2)` keeps x's dtype). */
function operand(v: PyValue, peer?: Tensor): Tensor {
  const o = toOperand(v, peer);
  if (!o) throw pyError('TypeError', 'expected a Tensor or a number');
  return o;
}

function binary(name: string, doc: string, f: (a: Tensor, b: Tensor) => Tensor): TorchOp {
  return {
    name, doc, on: BOTH, params: ['input', 'other'],
    run: ([input, other]) => {
      const t = toTensor(input);
      return f(t, operand(other, t));
    },
  };
}

/** x.add_(y) and friends: the result written into x's storage. */
function inplace(name: string, doc: string, f: (a: Tensor, b: Tensor) => Tensor): TorchOp {
  return {
    name, doc, on: ['Tensor'], params: ['self', 'other'], traceable: false,
    run: ([self, other]) => {
      const t = toTensor(self);
      assertWritable(t);
      if (isGradEnabled() && t.requiresGrad && t.isLeaf) throw pyError('RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.');
      const o = operand(other);
      if (needsGrad(t, o)) {
        rebaseHistory(t, (earlier) => f(earlier, o));
        return t;
      }
      const r = f(t, o);
      assertFitsInPlace(t, r);
      for (let i = 0; i < t.size; i++) t.data[i] = r.data[i];
      bumpVersion(t);
      return t;
    },
  };
}

/** zero_/fill_ on a graph value: every element `value`, and a zero gradient for what came before (PyTorch's ZeroBackward0, and FillBackward2 for fill_ with a number). */
function filledWithHistory(earlier: Tensor, value: number, name: string): Tensor {
  const out = new Tensor(allocate(earlier.dtype, earlier.size), earlier.shape, earlier.dtype);
  out.data.fill(value);
  return record(out, name, [earlier], (g) => [new Float32Array(g.length)]);
}

function optionalDim(v: PyValue): number | null {
  return v === null ? null : toIndex(v, 'dim');
}

/** sum / mean over everything, one dim, or a tuple of dims; `axis=` is NumPy's name for dim, as PyTorch accepts. */
function reduction(name: 'sum' | 'mean', doc: string, f: (t: Tensor, dim: number | null, keepdim: boolean) => Tensor): TorchOp {
  return {
    name, doc, on: BOTH, params: ['input', ['dim', null], ['keepdim', false]], keywords: [['axis', null]],
    run: ([input, dim, keepdim, axis]) => {
      const t = toTensor(input);
      const d = dim ?? axis;
      if (d instanceof PyTuple || d instanceof PyList) return reduceDims(name, t, d.items.map((v) => toIndex(v, 'dim')), Boolean(keepdim));
      return f(t, optionalDim(d), Boolean(keepdim));
    },
  };
}

/**
 * std / var as PyTorch 1.13 binds them: (input, dim, unbiased, keepdim), `correction=` keyword-only,
 * and the std(input, unbiased) overload (a bool first). Several dims at once are not supported yet.
 */
function statistic(name: 'std' | 'var', doc: string): TorchOp {
  return {
    name, doc, on: BOTH, params: ['input', ['dim', null], ['unbiased', null], ['keepdim', false]], keywords: [['correction', null]], traceable: false,
    run: ([input, dim, unbiased, keepdim, correction]) => {
      let d = dim;
      let u = unbiased;
      if (typeof d === 'boolean' && u === null) [d, u] = [null, d];
      if (u !== null && correction !== null) {
        throw pyError('TypeError', `${name}() received an invalid combination of arguments - got (correction=int, unbiased=bool, ), but expected one of:\n * (tuple of ints dim, *, int correction, bool keepdim)\n * (tuple of ints dim, bool unbiased, bool keepdim)\n * (bool unbiased)\n * (tuple of names dim, *, int correction, bool keepdim)\n * (tuple of names dim, bool unbiased, bool keepdim)\n`);
      }
      if (d instanceof PyTuple || d instanceof PyList) {
        if (d.items.length !== 1) throw notSupportedYet(`torch.${name}(dim=(…, …))`);
        d = d.items[0];
      }
      const c = correction !== null ? toIndex(correction, 'correction') : u === false ? 0 : 1;
      return stdVar(name, toTensor(input), optionalDim(d), c, Boolean(keepdim));
    },
  };
}

/** x.max() is the largest element; x.max(dim) the values and indices along dim; torch.max(x, y) is torch.maximum. */
function extreme(kind: 'max' | 'min', doc: string, all: (t: Tensor) => Tensor): TorchOp {
  return {
    name: kind, doc, on: BOTH, params: ['input', ['dim', null], ['keepdim', false]],
    run: ([input, dim, keepdim]) => {
      const t = toTensor(input);
      if (dim instanceof TensorHost) return (kind === 'max' ? maximum : minimum)(t, dim.tensor);
      const d = optionalDim(dim);
      if (d === null) return all(t);
      const { values, indices } = extremeAlong(t, kind, d, Boolean(keepdim));
      return new ReturnPair(kind, values, indices);
    },
  };
}

/** dtype= and requires_grad= of the factories. */
function withOptions(t: Tensor, dtype: PyValue, requiresGrad: PyValue): Tensor {
  const wanted = toDType(dtype);
  let out = t;
  if (wanted && wanted !== t.dtype) out = convertTo(t, wanted);
  if (requiresGrad === true) setRequiresGrad(out, true);
  return out;
}

function convertTo(t: Tensor, dtype: DType): Tensor {
  if (t.dtype === dtype) return t;
  return dtype === 'float32' ? toFloat(t) : dtype === 'float64' ? toDouble(t) : dtype === 'int64' ? toLong(t) : toBool(t);
}


/** The dtype asked for by .to(...) / .type(...): a torch.dtype, a legacy type name, or another tensor's dtype. */
function wantedDType(v: PyValue, what: string): DType | undefined {
  if (v instanceof TensorHost) return v.tensor.dtype;
  if (typeof v === 'string') {
    const named = (Object.keys(LEGACY_TYPE_NAMES) as DType[]).find((d) => LEGACY_TYPE_NAMES[d] === v);
    if (named) return named;
    if (what === 'to' && isCpuDevice(v)) return undefined;
    throw pyError(what === 'to' ? 'RuntimeError' : 'ValueError', what === 'to' ? `Expected one of cpu, cuda, ... device type at start of device string: ${v}` : `invalid type: '${v}'`);
  }
  return toDType(v);
}

const FACTORY_OPTIONS = [['dtype', null], ['requires_grad', false]] as const;

/** torch.zeros(2, 3), torch.zeros((2, 3)), torch.zeros(size=(2, 3)), each with dtype= and requires_grad=. */
function sized(name: string, doc: string, make: (shape: number[], session: TorchSession) => Tensor, traceable = true): TorchOp {
  return {
    name, doc, on: ['torch'], params: [], varargs: 'size', keywords: [...FACTORY_OPTIONS, ['size', null]], traceable,
    run: ([sizes, dtype, requiresGrad, size], session) => {
      const shape = toSizes(size !== null ? [size] : (sizes as unknown as { items: PyValue[] }).items);
      return withOptions(make(shape, session), dtype, requiresGrad);
    },
  };
}

function like(name: string, doc: string, value: number): TorchOp {
  return {
    name, doc, on: ['torch'], params: ['input'], keywords: FACTORY_OPTIONS,
    run: ([input, dtype, requiresGrad]) => {
      const t = toTensor(input);
      return withOptions(full(t.shape, value, t.dtype), dtype, requiresGrad);
    },
  };
}

function lossFunction(name: string, doc: string, f: (x: Tensor, y: Tensor, r: Reduction) => Tensor): TorchOp {
  return {
    name, doc, on: ['functional'], params: ['input', 'target', ['reduction', 'mean']],
    run: ([input, target, r]) => f(toTensor(input), toTensor(target), r as Reduction),
  };
}

function shapeArgs(shape: PyValue, signed = false): number[] {
  const items = (shape as unknown as { items: PyValue[] }).items;
  if (!signed) return toSizes(items);
  const list = items.length === 1 && (items[0] instanceof PyTuple || items[0] instanceof PyList) ? (items[0] as PyTuple).items : items;
  return list.map((v) => toIndex(v, 'dims'));
}

export const TORCH_OPS: readonly TorchOp[] = [
  // ── making tensors ──
  {
    name: 'tensor', doc: '중첩 리스트(또는 수)로 텐서 만들기; 정수는 int64, 실수가 있으면 float32', on: ['torch'],
    params: ['data', ['dtype', null], ['requires_grad', false]],
    run: ([data, dtype, requiresGrad]) => {
      const t = tensorFromPython(data, toDType(dtype));
      if (requiresGrad === true) setRequiresGrad(t, true);
      return t;
    },
  },
  {
    name: 'from_numpy', doc: 'numpy 배열과 같은 메모리를 쓰는 텐서 (dtype 그대로: float64 배열은 float64)', on: ['torch'], params: ['ndarray'], traceable: false,
    run: ([ndarray]) => tensorSharing(ndarray),
  },
  {
    name: 'as_tensor', doc: '텐서로: 텐서·numpy 배열은 (dtype이 같으면) 복사 없이, 리스트는 torch.tensor처럼', on: ['torch'],
    params: ['data', ['dtype', null]], keywords: [['device', null]], traceable: false,
    run: ([data, dtype]) => {
      const wanted = toDType(dtype);
      const array = numpyData(data);
      if (data instanceof TensorHost || (array && !array.scalar)) {
        const t = data instanceof TensorHost ? data.tensor : tensorSharing(data);
        return wanted ? convertTo(t, wanted) : t;
      }
      return tensorFromPython(data, wanted);
    },
  },
  {
    name: 'linspace', doc: 'start부터 end까지 같은 간격의 점 steps개 (PyTorch와 같은 반올림)', on: ['torch'],
    params: ['start', 'end', 'steps'], keywords: FACTORY_OPTIONS,
    run: ([start, end, steps, dtype, requiresGrad]) => withOptions(linspace(toNumber(start), toNumber(end), toIndex(steps, 'steps')), dtype, requiresGrad),
  },
  {
    name: 'arange', doc: 'start부터 end 전까지 step 간격의 수', on: ['torch'],
    params: ['start', ['end', null], ['step', null]], keywords: FACTORY_OPTIONS,
    run: ([start, end, step, dtype, requiresGrad]) => {
      const isFloat = [start, end, step].some((v) => typeof v === 'number');
      const t = arange(toNumber(start), end === null ? undefined : toNumber(end), step === null ? 1 : toNumber(step), isFloat ? 'float32' : 'int64');
      return withOptions(t, dtype, requiresGrad);
    },
  },
  sized('zeros', '0으로 채운 텐서', (shape) => full(shape, 0)),
  sized('ones', '1로 채운 텐서', (shape) => full(shape, 1)),
  {
    name: 'full', doc: 'fill_value로 채운 텐서', on: ['torch'],
    params: ['size', 'fill_value', ['dtype', null], ['requires_grad', false]],
    run: ([size, value, dtype, requiresGrad]) => withOptions(full(toSizes([size]), toNumber(value), typeof value === 'number' ? 'float32' : typeof value === 'boolean' ? 'bool' : 'int64'), dtype, requiresGrad),
  },
  {
    name: 'eye', doc: '단위행렬 (n×n 또는 n×m)', on: ['torch'], params: ['n', ['m', null]], keywords: FACTORY_OPTIONS,
    run: ([n, m, dtype, requiresGrad]) => withOptions(eye(toIndex(n, 'n'), m === null ? undefined : toIndex(m, 'm')), dtype, requiresGrad),
  },
  like('zeros_like', 'input과 같은 모양·dtype의 0 텐서', 0),
  like('ones_like', 'input과 같은 모양·dtype의 1 텐서', 1),
  {
    name: 'full_like', doc: 'input과 같은 모양·dtype을 fill_value로 채운 텐서', on: ['torch'], params: ['input', 'fill_value'], keywords: FACTORY_OPTIONS,
    run: ([input, value, dtype, requiresGrad]) => {
      const t = toTensor(input);
      return withOptions(full(t.shape, toNumber(value), t.dtype), dtype, requiresGrad);
    },
  },
  // PyTorch's empty is uninitialized memory (any value is allowed); here it is zeros.
  sized('empty', '값을 정하지 않은 텐서 (여기서는 0으로 채워짐)', (shape) => full(shape, 0)),
  like('empty_like', 'input과 같은 모양·dtype의 값을 정하지 않은 텐서 (여기서는 0)', 0),
  sized('rand', '[0, 1) 균등분포 난수 (PyTorch의 생성기와 같은 수열)', (shape, s) => rand(s.generator, shape), false),
  sized('randn', '표준정규분포 난수 (PyTorch의 생성기와 같은 수열)', (shape, s) => randn(s.generator, shape), false),
  {
    name: 'bernoulli', doc: '확률 input으로 0/1 뽑기 (PyTorch의 생성기와 같은 수열)', on: ['torch'], params: ['input'], traceable: false,
    run: ([input], session) => bernoulli(session.generator, toTensor(input)),
  },
  {
    name: 'manual_seed', doc: '난수 생성기의 시드 정하기 (같은 시드면 PyTorch와 같은 난수)', on: ['torch'], params: ['seed'], traceable: false,
    run: ([seed], session) => {
      session.generator = manualSeed(BigInt(toIndex(seed, 'seed')));
      return null;
    },
  },
  ...RANDOM_OPS, // randperm, randint, normal, rand_like, randn_like, Generator, F.dropout (random-ops.ts)
  // ── element-wise ──
  unary('exp', '지수함수 e^x (원소별, PyTorch의 SLEEF 다항식)', exp),
  unary('log', '자연로그 (원소별)', log),
  unary('sigmoid', '시그모이드 1/(1+e^-x) (원소별)', sigmoid, ['torch', 'Tensor', 'functional']),
  unary('relu', 'ReLU max(x, 0) (원소별)', relu, ['torch', 'Tensor', 'functional']),
  {
    name: 'softmax', doc: 'dim 방향 소프트맥스 exp(x)/Σexp(x) (PyTorch CPU와 같은 float32 계산)', on: ['torch', 'Tensor', 'functional'], params: ['input', ['dim', null]],
    run: ([input, dim]) => {
      const t = toTensor(input);
      return softmax(t, dim === null ? legacySoftmaxDim(t.ndim) : toIndex(dim, 'dim'));
    },
  },
  {
    name: 'log_softmax', doc: 'dim 방향 로그 소프트맥스 x - max - log Σexp(x - max)', on: ['torch', 'Tensor', 'functional'], params: ['input', ['dim', null]],
    run: ([input, dim]) => {
      const t = toTensor(input);
      return logSoftmax(t, dim === null ? legacySoftmaxDim(t.ndim) : toIndex(dim, 'dim'));
    },
  },
  unary('tanh', '쌍곡탄젠트 (원소별)', tanh, ['torch', 'Tensor', 'functional']),
  {
    name: 'leaky_relu', doc: 'LeakyReLU x > 0 ? x : negative_slope·x (원소별)', on: ['functional'], params: ['input', ['negative_slope', 0.01], ['inplace', false]],
    run: ([input, slope, inplace]) => notInplace('leaky_relu', inplace, () => leakyRelu(toTensor(input), toNumber(slope))),
  },
  {
    name: 'elu', doc: 'ELU x > 0 ? x : alpha·(eˣ − 1) (원소별)', on: ['functional'], params: ['input', ['alpha', 1.0], ['inplace', false]],
    run: ([input, alpha, inplace]) => notInplace('elu', inplace, () => elu(toTensor(input), toNumber(alpha))),
  },
  {
    name: 'softplus', doc: 'Softplus log(1 + e^(βx))/β (원소별)', on: ['functional'], params: ['input', ['beta', 1n], ['threshold', 20n]],
    run: ([input, beta, threshold]) => softplus(toTensor(input), toNumber(beta), toNumber(threshold)),
  },
  unary('sqrt', '제곱근 (원소별)', sqrt),
  unary('sin', '사인 (원소별)', sin),
  unary('cos', '코사인 (원소별)', cos),
  binary('maximum', '두 텐서의 원소별 최댓값 (브로드캐스팅)', maximum),
  binary('minimum', '두 텐서의 원소별 최솟값 (브로드캐스팅)', minimum),
  {
    name: 'clamp', doc: '[min, max] 범위로 자르기 (원소별)', on: BOTH, params: ['input', ['min', null], ['max', null]],
    run: ([input, lo, hi]) => clamp(toTensor(input), lo === null ? null : operand(lo), hi === null ? null : operand(hi)),
  },
  {
    name: 'clip', doc: 'clamp와 같음', on: BOTH, params: ['input', ['min', null], ['max', null]],
    run: ([input, lo, hi]) => clamp(toTensor(input), lo === null ? null : operand(lo), hi === null ? null : operand(hi)),
  },
  {
    name: 'where', doc: 'condition이 참인 곳은 input, 아니면 other (브로드캐스팅)', on: ['torch'], params: ['condition', 'input', 'other'],
    run: ([condition, input, other]) => where(toTensor(condition, 'condition'), operand(input), operand(other)),
  },
  unary('abs', '절댓값 (원소별)', abs),
  unary('sign', '부호 -1, 0, 1 (원소별)', sign),
  {
    name: 'round', doc: '가장 가까운 정수로 반올림 (0.5는 짝수 쪽, PyTorch와 같음)', on: BOTH, params: ['input'], keywords: [['decimals', 0n]],
    run: ([input, decimals]) => {
      if (decimals !== 0n) throw pyError('NotImplementedError', 'round의 decimals는 아직 지원하지 않습니다 / round(decimals=...) is not supported yet');
      return round(toTensor(input));
    },
  },
  {
    name: 'one_hot', doc: '클래스 번호(int64)를 원-핫 int64 텐서로 (num_classes=-1이면 최댓값+1)', on: ['functional'], params: ['tensor', ['num_classes', -1n]],
    run: ([input, classes]) => oneHot(toTensor(input), toIndex(classes, 'num_classes')),
  },
  {
    name: 'sort', doc: 'dim 방향 정렬 (values, indices); 같은 값은 원래 순서 (descending=True면 내림차순)', on: BOTH,
    params: ['input', ['dim', -1n], ['descending', false]], keywords: [['stable', false]],
    run: ([input, dim, descending]) => {
      const { values, indices } = sort(toTensor(input), toIndex(dim, 'dim'), Boolean(descending));
      return new ReturnPair('sort', values, indices);
    },
  },
  {
    name: 'topk', doc: 'dim 방향으로 가장 큰(largest=False면 작은) k개 (values, indices)', on: BOTH,
    params: ['input', 'k', ['dim', -1n], ['largest', true], ['sorted', true]],
    run: ([input, k, dim, largest]) => {
      const { values, indices } = topk(toTensor(input), toIndex(k, 'k'), toIndex(dim, 'dim'), Boolean(largest));
      return new ReturnPair('topk', values, indices);
    },
  },
  binary('add', '덧셈 (브로드캐스팅)', add),
  binary('sub', '뺄셈 (브로드캐스팅)', sub),
  binary('mul', '곱셈 (브로드캐스팅)', mul),
  binary('div', '나눗셈 (브로드캐스팅, 결과는 float)', div),
  binary('pow', '거듭제곱 (브로드캐스팅)', pow),
  binary('floor_divide', '몫 a // b (음의 무한대 쪽으로 내림, 정수는 int64)', floorDivide),
  binary('remainder', '나머지 a % b (b의 부호, 파이썬과 같음)', remainder),
  // ── comparisons and logic (results are torch.bool) ──
  binary('eq', '같은지 (원소별, bool 텐서)', eq),
  binary('ne', '다른지 (원소별, bool 텐서)', ne),
  binary('lt', '작은지 < (원소별, bool 텐서)', lt),
  binary('le', '작거나 같은지 <= (원소별, bool 텐서)', le),
  binary('gt', '큰지 > (원소별, bool 텐서)', gt),
  binary('ge', '크거나 같은지 >= (원소별, bool 텐서)', ge),
  binary('logical_and', '논리곱 (원소별, bool 텐서)', logicalAnd),
  binary('logical_or', '논리합 (원소별, bool 텐서)', logicalOr),
  unary('logical_not', '논리 부정 (원소별, bool 텐서)', logicalNot),
  binary('bitwise_and', '비트 논리곱 & (bool·정수 텐서)', bitwiseAnd),
  binary('bitwise_or', '비트 논리합 | (bool·정수 텐서)', bitwiseOr),
  binary('bitwise_xor', '배타적 논리합 ^ (bool·정수 텐서)', bitwiseXor),
  unary('bitwise_not', '비트 부정 ~ (bool·정수 텐서)', bitwiseNot),
  inplace('add_', '제자리 덧셈', add),
  inplace('sub_', '제자리 뺄셈', sub),
  inplace('mul_', '제자리 곱셈', mul),
  inplace('div_', '제자리 나눗셈', div),
  // ── reductions ──
  reduction('sum', '합 (전체, dim 방향, 또는 dim 튜플; axis=도 됨)', sum),
  reduction('mean', '평균 (전체, dim 방향, 또는 dim 튜플; axis=도 됨; float만)', mean),
  statistic('std', '표준편차 (기본은 불편: n−1로 나눔; unbiased=False 또는 correction=0이면 n)'),
  statistic('var', '분산 (기본은 불편: n−1로 나눔; unbiased=False 또는 correction=0이면 n)'),
  {
    name: 'prod', doc: '곱 (전체 또는 dim 방향)', on: BOTH, params: ['input', ['dim', null], ['keepdim', false]], keywords: [['dtype', null]], traceable: false,
    run: ([input, dim, keepdim, dtype]) => {
      if (dtype !== null) throw notSupportedYet('torch.prod(dtype=...)');
      return prod(toTensor(input), optionalDim(dim), Boolean(keepdim));
    },
  },
  {
    name: 'cumsum', doc: 'dim 방향 누적합', on: BOTH, params: ['input', 'dim'], keywords: [['dtype', null]], traceable: false,
    run: ([input, dim, dtype]) => {
      if (dtype !== null) throw notSupportedYet('torch.cumsum(dtype=...)');
      return cumsum(toTensor(input), toIndex(dim, 'dim'));
    },
  },
  extreme('max', '최댓값; dim을 주면 (values, indices)', max),
  extreme('min', '최솟값; dim을 주면 (values, indices)', min),
  {
    name: 'argmax', doc: '가장 큰 값의 위치 (dim을 주면 그 방향으로, 같으면 첫 위치)', on: BOTH, params: ['input', ['dim', null], ['keepdim', false]],
    run: ([input, dim, keepdim]) => argExtreme(toTensor(input), 'max', optionalDim(dim), Boolean(keepdim)),
  },
  {
    name: 'argmin', doc: '가장 작은 값의 위치 (dim을 주면 그 방향으로, 같으면 첫 위치)', on: BOTH, params: ['input', ['dim', null], ['keepdim', false]],
    run: ([input, dim, keepdim]) => argExtreme(toTensor(input), 'min', optionalDim(dim), Boolean(keepdim)),
  },
  {
    name: 'any', doc: '참(0이 아닌 값)이 하나라도 있는지 (bool 텐서, dim 방향도)', on: BOTH, params: ['input', ['dim', null], ['keepdim', false]],
    run: ([input, dim, keepdim]) => anyAll(toTensor(input), 'any', optionalDim(dim), Boolean(keepdim)),
  },
  {
    name: 'all', doc: '모두 참(0이 아닌 값)인지 (bool 텐서, dim 방향도)', on: BOTH, params: ['input', ['dim', null], ['keepdim', false]],
    run: ([input, dim, keepdim]) => anyAll(toTensor(input), 'all', optionalDim(dim), Boolean(keepdim)),
  },
  // ── comparing whole tensors ──
  {
    name: 'equal', doc: '모양과 모든 값이 같은지 (파이썬 bool)', on: BOTH, params: ['input', 'other'],
    run: ([input, other]) => {
      const a = toTensor(input);
      const b = toTensor(other, 'other');
      return a.shape.length === b.shape.length && a.shape.every((d, i) => d === b.shape[i]) && a.data.every((v, i) => v === b.data[i]);
    },
  },
  {
    name: 'allclose', doc: '|input - other| <= atol + rtol·|other| 가 모든 원소에서 성립하는지 (파이썬 bool)', on: BOTH,
    params: ['input', 'other', ['rtol', 1e-5], ['atol', 1e-8], ['equal_nan', false]],
    run: ([input, other, rtol, atol, equalNan]) => {
      const a = toTensor(input);
      const b = toTensor(other, 'other');
      const r = toNumber(rtol), tol = toNumber(atol);
      const both = le(abs(sub(toFloat(a), toFloat(b))), add(mul(abs(toFloat(b)), r), tol));
      const nan = (v: number) => Number.isNaN(v);
      const ai = broadcastIndexOf(a, both.shape), bi = broadcastIndexOf(b, both.shape);
      return both.data.every((v, i) => v !== 0 || (equalNan === true && nan(a.data[ai(i)]) && nan(b.data[bi(i)])) || (a.data[ai(i)] === b.data[bi(i)]));
    },
  },
  // ── matrices ──
  {
    name: 'matmul', doc: '행렬곱 (1-D, 2-D)', on: BOTH, params: ['input', 'other'],
    run: ([input, other]) => matmul(toTensor(input), toTensor(other)),
  },
  {
    name: 'mm', doc: '2-D 행렬곱', on: ['torch'], params: ['input', 'mat2'],
    run: ([input, other]) => mmOnly(toTensor(input), toTensor(other)),
  },
  { name: 't', doc: '2-D 이하 텐서의 전치', on: BOTH, params: ['input'], run: ([self]) => transpose(toTensor(self), 't') },
  {
    name: 'transpose', doc: '두 차원 dim0, dim1 바꾸기', on: BOTH, params: ['input', 'dim0', 'dim1'],
    run: ([input, dim0, dim1]) => transposeDims(toTensor(input), toIndex(dim0, 'dim0'), toIndex(dim1, 'dim1')),
  },
  // ── shape ──
  {
    name: 'reshape', doc: '모양 바꾸기 (-1은 나머지에 맞춤)', on: BOTH, params: ['input'], varargs: 'shape',
    run: ([input, shape]) => reshape(toTensor(input), shapeArgs(shape)),
  },
  { name: 'view', doc: '모양 바꾸기 (reshape와 같은 결과)', on: ['Tensor'], params: ['self'], varargs: 'shape', run: ([self, shape]) => view(toTensor(self), shapeArgs(shape)) },
  {
    name: 'flatten', doc: 'start_dim부터 end_dim까지의 차원을 하나로 펴기 (기본은 1-D로)', on: BOTH, params: ['input', ['start_dim', 0n], ['end_dim', -1n]],
    run: ([input, start, end]) => {
      const t = toTensor(input);
      const s = toIndex(start, 'start_dim'), e = toIndex(end, 'end_dim');
      if (s === 0 && e === -1) return flatten(t);
      const shape = flattenShape(t.shape, s, e);
      return shape.length === t.ndim ? t : reshape(t, shape);
    },
  },
  {
    name: 'permute', doc: '차원 순서 바꾸기 (x.permute(1, 0))', on: BOTH, params: ['input'], varargs: 'dims',
    run: ([input, dims]) => permute(toTensor(input), shapeArgs(dims, true)),
  },
  {
    name: 'expand', doc: '크기 1인 차원을 늘려 보이기 (-1은 그대로; 값은 복사됨)', on: ['Tensor'], params: ['self'], varargs: 'size',
    run: ([self, size]) => expand(toTensor(self), shapeArgs(size, true)),
  },
  {
    name: 'expand_as', doc: 'other의 모양으로 expand', on: ['Tensor'], params: ['self', 'other'],
    run: ([self, other]) => expand(toTensor(self), toTensor(other, 'other').shape),
  },
  {
    name: 'repeat', doc: '차원마다 주어진 횟수만큼 이어 붙여 반복', on: ['Tensor'], params: ['self'], varargs: 'sizes',
    run: ([self, sizes]) => repeat(toTensor(self), shapeArgs(sizes)),
  },
  {
    name: 'split', doc: 'dim 방향으로 split_size씩 (또는 크기 리스트대로) 나눈 튜플', on: BOTH, params: ['tensor', 'split_size_or_sections', ['dim', 0n]],
    run: ([input, sizes, dim]) => {
      const list = sizes instanceof PyList || sizes instanceof PyTuple ? sizes.items.map((v) => toIndex(v, 'split_size')) : toIndex(sizes, 'split_size');
      return split(toTensor(input), list, toIndex(dim, 'dim'));
    },
  },
  {
    name: 'chunk', doc: 'dim 방향으로 chunks개로 나눈 튜플 (마지막은 작을 수 있음)', on: BOTH, params: ['input', 'chunks', ['dim', 0n]],
    run: ([input, chunks, dim]) => chunk(toTensor(input), toIndex(chunks, 'chunks'), toIndex(dim, 'dim')),
  },
  {
    name: 'narrow', doc: 'dim 방향으로 start부터 length개 (뷰)', on: BOTH, params: ['input', 'dim', 'start', 'length'],
    run: ([input, dim, start, length]) => narrow(toTensor(input), toIndex(dim, 'dim'), toIndex(start, 'start'), toIndex(length, 'length')),
  },
  {
    name: 'select', doc: 'dim 방향의 index번째 (뷰, 그 차원은 없어짐)', on: BOTH, params: ['input', 'dim', 'index'],
    run: ([input, dim, index]) => select(toTensor(input), toIndex(dim, 'dim'), toIndex(index, 'index')),
  },
  {
    name: 'unbind', doc: 'dim 방향으로 하나씩 떼어 낸 튜플 (뷰들)', on: BOTH, params: ['input', ['dim', 0n]],
    run: ([input, dim]) => unbind(toTensor(input), toIndex(dim, 'dim')),
  },
  {
    name: 'squeeze', doc: '크기 1인 차원 없애기', on: BOTH, params: ['input', ['dim', null]],
    run: ([input, dim]) => squeeze(toTensor(input), dim === null ? undefined : toIndex(dim)),
  },
  {
    name: 'unsqueeze', doc: 'dim 자리에 크기 1인 차원 넣기', on: BOTH, params: ['input', 'dim'],
    run: ([input, dim]) => unsqueeze(toTensor(input), toIndex(dim, 'dim')),
  },
  {
    name: 'cat', doc: '텐서들을 dim 방향으로 잇기', on: ['torch'], params: ['tensors', ['dim', 0n]], keywords: [['axis', null]],
    run: ([tensors, dim, axis]) => cat(toTensorList(tensors), toIndex(axis ?? dim)),
  },
  {
    name: 'concat', doc: 'cat과 같음', on: ['torch'], params: ['tensors', ['dim', 0n]], keywords: [['axis', null]],
    run: ([tensors, dim, axis]) => cat(toTensorList(tensors), toIndex(axis ?? dim)),
  },
  {
    name: 'stack', doc: '텐서들을 새 dim으로 쌓기', on: ['torch'], params: ['tensors', ['dim', 0n]], keywords: [['axis', null]],
    run: ([tensors, dim, axis]) => stack(toTensorList(tensors), toIndex(axis ?? dim)),
  },
  {
    name: 'meshgrid', doc: '1차원 텐서들로 격자 좌표 텐서들의 튜플 (indexing은 ij 또는 xy)', on: ['torch'], params: [], varargs: 'tensors', keywords: [['indexing', null]],
    run: ([tensors, indexing], session) => {
      const given = (tensors as PyTuple).items;
      const list = given.length === 1 && (given[0] instanceof PyList || given[0] instanceof PyTuple) ? given[0].items : given;
      if (indexing === null) {
        session.warn('UserWarning', 'torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. (Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3190.)', 'torch/functional.py:504');
      } else if (indexing !== 'ij' && indexing !== 'xy') {
        throw pyError('RuntimeError', `torch.meshgrid: indexing must be one of "xy" or "ij", but received: ${typeof indexing === 'string' ? indexing : typeNameOf(indexing)}`);
      }
      return meshgrid(list.map((t, i) => {
        if (!(t instanceof TensorHost)) throw pyError('TypeError', `expected Tensor as element ${i} in argument 0, but got ${typeNameOf(t)}`);
        return t.tensor;
      }), indexing === 'xy' ? 'xy' : 'ij');
    },
  },
  {
    name: 'vstack', doc: '행 방향으로 쌓기 (1-D 텐서는 한 행으로: torch.vstack([ones, x]))', on: ['torch'], params: ['tensors'],
    run: ([tensors]) => cat(toTensorList(tensors).map((t) => (t.ndim >= 2 ? t : reshape(t, [1, t.size]))), 0),
  },
  {
    name: 'hstack', doc: '열 방향으로 잇기 (1-D 텐서들은 그대로 이어 붙임)', on: ['torch'], params: ['tensors'],
    run: ([tensors]) => {
      const parts = toTensorList(tensors).map((t) => (t.ndim === 0 ? reshape(t, [1]) : t));
      return cat(parts, parts[0]?.ndim === 1 ? 0 : 1);
    },
  },
  {
    name: 'size', doc: '모양 (torch.Size) 또는 dim의 크기', on: ['Tensor'], params: ['self', ['dim', null]],
    run: ([self, dim]) => {
      const t = toTensor(self);
      if (dim === null) return new PySize(t.shape);
      const d = toIndex(dim);
      return BigInt(t.shape[d < 0 ? d + t.ndim : d]);
    },
  },
  { name: 'dim', doc: '차원 수', on: ['Tensor'], params: ['self'], run: ([self]) => BigInt(toTensor(self).ndim) },
  { name: 'numel', doc: '원소 수', on: ['Tensor'], params: ['self'], run: ([self]) => BigInt(toTensor(self).size) },
  {
    name: 'stride', doc: '차원마다 다음 원소까지의 저장소 간격 (뷰는 원래 텐서의 저장소 기준)', on: ['Tensor'], params: ['self', ['dim', null]],
    run: ([self, dim]) => {
      const t = toTensor(self);
      if (dim === null) return new PyTuple(t.strides.map(BigInt));
      return BigInt(t.strides[wrapDim(toIndex(dim), Math.max(t.ndim, 1))] ?? 1);
    },
  },
  { name: 'storage_offset', doc: '저장소에서 첫 원소의 위치', on: ['Tensor'], params: ['self'], run: ([self]) => BigInt(toTensor(self).storageOffset) },
  { name: 'is_contiguous', doc: '행 우선으로 빈틈없이 놓였는지', on: ['Tensor'], params: ['self'], run: ([self]) => isContiguous(toTensor(self)) },
  { name: 'contiguous', doc: '연속이면 그대로, 아니면 연속인 복사본', on: ['Tensor'], params: ['self'], run: ([self]) => contiguous(toTensor(self)) },
  // ── dtypes and copies ──
  { name: 'float', doc: 'float32로', on: ['Tensor'], params: ['self'], run: ([self]) => toFloat(toTensor(self)) },
  { name: 'double', doc: 'float64로', on: ['Tensor'], params: ['self'], run: ([self]) => toDouble(toTensor(self)) },
  { name: 'long', doc: 'int64로', on: ['Tensor'], params: ['self'], run: ([self]) => toLong(toTensor(self)) },
  {
    name: 'to', doc: 'dtype 바꾸기 (.to(torch.float64), .to(other), .to("cpu")); 같은 dtype이면 그대로', on: ['Tensor'],
    params: ['self', ['dtype', null]], keywords: [['device', null], ['non_blocking', false], ['copy', false]],
    run: ([self, first, device, , copy]) => {
      const t = toTensor(self);
      if (device !== null) wantedDType(device, 'to');
      const dtype = first === null ? undefined : wantedDType(first, 'to');
      const out = dtype ? convertTo(t, dtype) : t;
      return copy === true && out === t ? clone(t) : out;
    },
  },
  {
    name: 'type', doc: 'dtype 바꾸기 (.type(torch.float64)); 인자 없이는 torch.FloatTensor 같은 이름', on: ['Tensor'], params: ['self', ['dtype', null]],
    run: ([self, dtype]) => {
      const t = toTensor(self);
      if (dtype === null) return LEGACY_TYPE_NAMES[t.dtype];
      return convertTo(t, wantedDType(dtype, 'type') ?? t.dtype);
    },
  },
  { name: 'is_floating_point', doc: '실수 dtype(float32, float64)인지', on: BOTH, params: ['input'], run: ([self]) => toTensor(self).isFloatingPoint() },
  {
    // PyTorch's .int() is int32 (printed with dtype=torch.int32); giving int64 would print differently.
    name: 'int', doc: 'int32는 아직 지원하지 않음: NotImplementedError (.long()으로 int64)', on: ['Tensor'], params: ['self'],
    run: () => {
      throw new TorchError('NotImplementedError', 'int32 텐서는 아직 지원하지 않습니다. .long()(int64)을 쓰세요 / int32 tensors are not supported yet; use .long()');
    },
  },
  { name: 'bool', doc: 'bool로', on: ['Tensor'], params: ['self'], run: ([self]) => toBool(toTensor(self)) },
  { name: 'detach', doc: '그래프에서 떼어 낸 같은 값', on: ['Tensor'], params: ['self'], run: ([self]) => detach(toTensor(self)) },
  { name: 'clone', doc: '복사본 (그래프는 이어짐)', on: ['Tensor'], params: ['self'], run: ([self]) => clone(toTensor(self)) },
  { name: 'cpu', doc: '그대로 (페이지의 텐서는 늘 CPU에 있음)', on: ['Tensor'], params: ['self'], run: ([self]) => toTensor(self) },
  { name: 'cuda', doc: 'GPU 없음: CPU 전용 PyTorch처럼 AssertionError', on: ['Tensor'], params: ['self'], keywords: [['device', null], ['non_blocking', false]], traceable: false, run: () => cudaUnavailable() },
  {
    // np.asarray(t): PyTorch's numpy() shares the tensor's memory; one that requires grad raises PyTorch's error
    name: 'numpy', doc: '같은 메모리를 쓰는 numpy 배열 (기울기가 필요한 텐서는 .detach() 먼저)', on: ['Tensor'], params: ['self'], traceable: false,
    run: ([self], session) => {
      assertNumpyable(toTensor(self));
      return session.numpy('asarray', [self]);
    },
  },
  // ── back to Python ──
  {
    name: 'item', doc: '원소 하나짜리 텐서의 파이썬 수', on: ['Tensor'], params: ['self'], traceable: false,
    run: ([self]) => {
      const t = toTensor(self);
      if (t.size !== 1) throw pyError('ValueError', 'only one element tensors can be converted to Python scalars');
      return pythonScalar(t, t.data[0]);
    },
  },
  { name: 'tolist', doc: '파이썬 (중첩) 리스트로', on: ['Tensor'], params: ['self'], traceable: false, run: ([self]) => toList(toTensor(self)) },
  // ── autograd ──
  {
    name: 'backward', doc: '역전파: 잎 텐서들의 .grad에 기울기를 더함 (retain_graph=True면 그래프를 남겨 다시 역전파 가능)', on: ['Tensor'],
    params: ['self', ['gradient', null], ['retain_graph', null]],
    run: ([self, gradient, retain]) => {
      const t = toTensor(self);
      const retainGraph = retain === null ? false : Boolean(retain);
      backward(t, gradient === null ? undefined : toTensor(gradient), { retainGraph });
      if (gradient === null) recordEffect(retainGraph ? 'backward:retain' : 'backward', t, () => backward(t, undefined, { retainGraph, replay: true }));
      else recordOpaque('backward(gradient)');
      return null;
    },
  },
  {
    name: 'requires_grad_', doc: '기울기를 추적하도록 표시', on: ['Tensor'], params: ['self', ['requires_grad', true]], traceable: false,
    run: ([self, flag]) => setRequiresGrad(toTensor(self), Boolean(flag)),
  },
  {
    name: 'zero_', doc: '0으로 채우기 (제자리)', on: ['Tensor'], params: ['self'], traceable: false,
    run: ([self]) => {
      const t = toTensor(self);
      assertWritable(t, true);
      if (needsGrad(t)) {
        rebaseHistory(t, (earlier) => filledWithHistory(earlier, 0, 'ZeroBackward0'));
        return t;
      }
      t.data.fill(0);
      bumpVersion(t);
      return t;
    },
  },
  {
    name: 'fill_', doc: 'value로 채우기 (제자리)', on: ['Tensor'], params: ['self', 'value'], traceable: false,
    run: ([self, value]) => {
      const t = toTensor(self);
      assertWritable(t, true);
      if (needsGrad(t)) {
        rebaseHistory(t, (earlier) => filledWithHistory(earlier, toNumber(value), 'FillBackward2'));
        return t;
      }
      t.data.fill(toNumber(value));
      bumpVersion(t);
      return t;
    },
  },
  { name: 'is_tensor', doc: '텐서인지', on: ['torch'], params: ['obj'], run: ([obj]) => obj instanceof TensorHost },
  { name: 'no_grad', doc: 'with 블록 안에서 기울기를 기록하지 않음', on: ['torch'], params: [], run: () => new NoGrad() },
  {
    name: 'Parameter', doc: '학습할 매개변수로 쓸 텐서 (requires_grad=True)', on: ['nn'], params: ['data'],
    run: ([data]) => {
      const t = toTensor(data);
      return parameter(Float32Array.from(t.data), t.shape);
    },
  },
  // ── torch.nn.functional losses ──
  {
    ...lossFunction('mse_loss', '평균제곱오차 (nn.MSELoss와 같음)', mseLoss),
    run: ([input, target, r], session) => {
      const x = toTensor(input);
      const y = toTensor(target);
      const warning = targetSizeWarning(x, y);
      if (warning) session.warn('UserWarning', warning); // stacklevel=2: the cell's line calling F.mse_loss
      return mseLoss(x, y, r as Reduction);
    },
  },
  lossFunction('binary_cross_entropy', '이진 교차엔트로피, 입력은 확률 (nn.BCELoss와 같음)', binaryCrossEntropy),
  lossFunction('binary_cross_entropy_with_logits', '로짓을 받는 이진 교차엔트로피 (nn.BCEWithLogitsLoss와 같음)', binaryCrossEntropyWithLogits),
  {
    name: 'cross_entropy', doc: '로짓과 클래스 번호(int64) 타깃의 교차엔트로피 (nn.CrossEntropyLoss와 같음)', on: ['functional'],
    params: ['input', 'target', ['weight', null], ['size_average', null], ['ignore_index', -100n], ['reduce', null], ['reduction', 'mean'], ['label_smoothing', 0]],
    run: ([input, target, weight, , ignoreIndex, , reduction, smoothing]) => {
      lossOptions('cross_entropy', weight, ignoreIndex, smoothing);
      return crossEntropy(toTensor(input), toTensor(target, 'target'), reduction as Reduction);
    },
  },
  {
    name: 'nll_loss', doc: '로그 확률과 클래스 번호(int64) 타깃의 음의 로그가능도 (nn.NLLLoss와 같음)', on: ['functional'],
    params: ['input', 'target', ['weight', null], ['size_average', null], ['ignore_index', -100n], ['reduce', null], ['reduction', 'mean']],
    run: ([input, target, weight, , ignoreIndex, , reduction]) => {
      lossOptions('nll_loss', weight, ignoreIndex, 0);
      return nllLoss(toTensor(input), toTensor(target, 'target'), reduction as Reduction);
    },
  },
];

/** weight=, ignore_index= other than -100 and label_smoothing= are not computed yet: say so rather than ignore them. */
function lossOptions(name: string, weight: PyValue, ignoreIndex: PyValue, smoothing: PyValue): void {
  const options = [weight !== null && 'weight', ignoreIndex !== -100n && 'ignore_index', smoothing !== 0 && smoothing !== 0n && 'label_smoothing'].filter(Boolean);
  if (options.length > 0) {
    throw pyError('NotImplementedError', `${name}의 ${options.join(', ')}는 아직 지원하지 않습니다 / ${options.join(', ')} not supported yet`);
  }
}

function broadcastIndexOf(t: Tensor, shape: readonly number[]): (i: number) => number {
  const index = broadcastIndex(t.shape, shape);
  return index ? (i) => index[i] : (i) => i;
}

/** The ops reachable at one site, by Python name. */
export function opsAt(site: OpSite): ReadonlyMap<string, TorchOp> {
  return new Map(TORCH_OPS.filter((op) => op.on.includes(site)).map((op) => [op.name, op]));
}
