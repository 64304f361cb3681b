// torch.nn as Python sees it: the table of module classes (one entry each: Python name, doc
// line, parameters, how to build the core module) and nn.Module's methods as one static
// table. The modules themselves (forward, parameters, reprs) are the core's (../core/nn.ts).
import {
  HostObject, PyDict, PyIterator, PyList, PySlice, PyTuple, SubclassInstance, fakeAddress, notSupportedYet, pyError, toIndex, toNumber, typeNameOf, type KwArgs, type PyValue,
  type DirEntry,
} from '../../python/objects/host';
import { floatRepr } from '../../python/objects/format';
import { slicePositions } from '../../python/objects/sequence';
import { truthy } from '../../python/objects/protocol';
import * as nn from '../core/nn';
import { TupleModule, type TensorTree } from '../core/nn-recurrent';
import type { Reduction } from '../core/losses';
import { LEGACY_TYPE_NAMES, guarded, TensorHost, toDType, toTensor } from './convert';
import { cudaUnavailable, isCpuDevice } from './device';
import { LAYER_CLASSES } from './nn-layers';
import { zeroGrad } from './effects';
import type { TorchSession } from './session';
import type { NnClass } from './nn-class';
import { bindSignature } from './signature';
import { pythonTensor, TorchFunction } from './tensor-object';
import { detach } from '../core/reshape';
import { bumpVersion, type Tensor } from '../core/tensor';

export type { NnClass } from './nn-class';

const REDUCTION_PARAMS = [['size_average', null], ['reduce', null], ['reduction', 'mean']] as const;

function reductionOf(value: PyValue): Reduction {
  if (value !== 'mean' && value !== 'sum' && value !== 'none') throw pyError('ValueError', `${String(value)} is not a valid value for reduction`);
  return value;
}

function activation(name: string, doc: string, make: () => nn.Module): NnClass {
  return { name, doc, params: [], build: make };
}

/**
 * The reduction a loss is built with: size_average= and reduce= given (a positional argument past
 * `weight` lands there) go through _Reduction.legacy_get_string, with its truthiness (a tensor of
 * several values is its RuntimeError) and its deprecation warning.
 */
function lossReduction(sizeAverage: PyValue, reduce: PyValue, reduction: PyValue, session: TorchSession): Reduction {
  if (sizeAverage === null && reduce === null) return reductionOf(reduction);
  const average = sizeAverage === null || truthy(sizeAverage);
  const reduced = reduce === null || truthy(reduce);
  const legacy: Reduction = average && reduced ? 'mean' : reduced ? 'sum' : 'none';
  session.warn('UserWarning', `size_average and reduce args will be deprecated, please use reduction='${legacy}' instead.`, 'torch/nn/_reduction.py:42');
  return legacy;
}

/** A loss class: MSELoss(size_average, reduce, reduction); `weighted` ones (BCELoss) take weight= first. */
function loss(name: string, doc: string, make: (reduction: Reduction) => nn.Module, weighted = false): NnClass {
  if (!weighted) return { name, doc, params: REDUCTION_PARAMS, build: ([sizeAverage, reduce, reduction], session) => make(lossReduction(sizeAverage, reduce, reduction, session)) };
  return {
    name, doc, params: [['weight', null], ...REDUCTION_PARAMS],
    build: ([weight, sizeAverage, reduce, reduction], session) => {
      const reduced = lossReduction(sizeAverage, reduce, reduction, session); // before weight, as __init__ reads them
      unsupportedLossOptions(name, weight, -100n, 0);
      return make(reduced);
    },
  };
}

export const NN_CLASSES: readonly NnClass[] = [
  {
    name: 'Linear', doc: 'y = xWᵀ + b; 가중치는 PyTorch와 같은 초기화 (같은 시드면 같은 값)',
    params: ['in_features', 'out_features', ['bias', true], ['device', null], ['dtype', null]],
    build: ([inFeatures, outFeatures, bias, device, dtype], session) => {
      if (device !== null || dtype !== null) throw pyError('NotImplementedError', 'Linear의 device=, dtype=는 아직 지원하지 않습니다 / device=, dtype= not supported yet');
      return new nn.Linear(session.generator, toIndex(inFeatures), toIndex(outFeatures), Boolean(bias));
    },
  },
  activation('Sigmoid', '시그모이드 층', nn.Sigmoid),
  { name: 'ReLU', doc: 'ReLU 층', params: [['inplace', false]], build: ([inplace]) => notInplace('ReLU', inplace, nn.ReLU()) },
  activation('Tanh', 'tanh 층', nn.Tanh),
  {
    name: 'LeakyReLU', doc: 'LeakyReLU 층: x > 0 ? x : negative_slope·x', params: [['negative_slope', 0.01], ['inplace', false]],
    build: ([slope, inplace]) => notInplace('LeakyReLU', inplace, nn.LeakyReLU(toNumber(slope), numberRepr(slope))),
  },
  {
    name: 'ELU', doc: 'ELU 층: x > 0 ? x : alpha·(eˣ − 1)', params: [['alpha', 1.0], ['inplace', false]],
    build: ([alpha, inplace]) => notInplace('ELU', inplace, nn.ELU(toNumber(alpha), numberRepr(alpha))),
  },
  {
    name: 'Softplus', doc: 'Softplus 층: log(1 + e^(βx))/β (βx > threshold이면 x)', params: [['beta', 1n], ['threshold', 20n]],
    build: ([beta, threshold]) => nn.Softplus(toNumber(beta), toNumber(threshold), numberRepr(beta), numberRepr(threshold)),
  },
  {
    name: 'Flatten', doc: 'start_dim부터 end_dim까지를 한 차원으로 펴는 층 (기본: 배치 차원은 두고 나머지를 폄)', params: [['start_dim', 1n], ['end_dim', -1n]],
    build: ([start, end]) => nn.Flatten(toIndex(start, 'start_dim'), toIndex(end, 'end_dim')),
  },
  { name: 'Identity', doc: '입력을 그대로 내보내는 층', params: [], varargs: 'args', keywords: [], build: () => nn.Identity() },
  {
    name: 'ModuleList', doc: '층들의 리스트 (append, ml[0], ml[:2], len, for layer in ml); forward는 직접 작성', params: [['modules', null]],
    build: ([modules]) => new nn.ModuleList(modules === null ? [] : [...iterateValue(modules)].map(toModule)),
  },
  {
    name: 'Sequential', doc: '층들을 차례로 잇기 (net[0], len(net), for layer in net)', params: [], varargs: 'modules',
    build: ([modules]) => new nn.Sequential((modules as PyTuple).items.map(toModule)),
  },
  {
    name: 'Dropout', doc: '학습 모드에서 원소를 확률 p로 0으로, 나머지는 1/(1-p)배 (PyTorch와 같은 마스크); net.eval()이면 그대로',
    params: [['p', 0.5], ['inplace', false]],
    build: ([p, inplace], session) => {
      if (inplace === true) throw pyError('NotImplementedError', 'nn.Dropout(inplace=True)는 아직 지원하지 않습니다 / nn.Dropout(inplace=True) is not supported yet');
      const rate = toNumber(p);
      if (!(rate >= 0 && rate <= 1)) throw pyError('ValueError', `dropout probability has to be between 0 and 1, but got ${typeof p === 'number' ? floatRepr(p) : String(p)}`);
      return new nn.Dropout(() => session.generator, rate, typeof p === 'number' ? floatRepr(p) : String(p));
    },
  },
  ...LAYER_CLASSES,
  loss('MSELoss', '평균제곱오차 손실', nn.MSELoss),
  loss('BCELoss', '이진 교차엔트로피 손실 (입력은 확률): loss_fn(yhat, y)', nn.BCELoss, true),
  loss('BCEWithLogitsLoss', '로짓을 받는 이진 교차엔트로피 손실', nn.BCEWithLogitsLoss),
  {
    name: 'Softmax', doc: 'dim 방향 소프트맥스 층 (합이 1인 확률로)', params: [['dim', null]],
    build: ([dim]) => nn.Softmax(dim === null ? null : toIndex(dim, 'dim')),
  },
  {
    name: 'LogSoftmax', doc: 'dim 방향 로그 소프트맥스 층', params: [['dim', null]],
    build: ([dim]) => nn.LogSoftmax(dim === null ? null : toIndex(dim, 'dim')),
  },
  {
    name: 'CrossEntropyLoss', doc: '다중 분류 교차엔트로피 손실 (입력은 로짓 (N, C), 타깃은 클래스 번호 int64 (N,))',
    params: [['weight', null], ['size_average', null], ['ignore_index', -100n], ['reduce', null], ['reduction', 'mean'], ['label_smoothing', 0]],
    build: ([weight, , ignoreIndex, , reduction, smoothing]) => {
      unsupportedLossOptions('CrossEntropyLoss', weight, ignoreIndex, smoothing);
      return nn.CrossEntropyLoss(reductionOf(reduction));
    },
  },
  {
    name: 'NLLLoss', doc: '음의 로그가능도 손실 (입력은 로그 확률 (N, C), 타깃은 클래스 번호 int64 (N,))',
    params: [['weight', null], ['size_average', null], ['ignore_index', -100n], ['reduce', null], ['reduction', 'mean']],
    build: ([weight, , ignoreIndex, , reduction]) => {
      unsupportedLossOptions('NLLLoss', weight, ignoreIndex, 0);
      return nn.NLLLoss(reductionOf(reduction));
    },
  },
];

/** Python's repr of a number argument kept for a module's repr (`0.01`, `1.0`, `20`). */
function numberRepr(v: PyValue): string {
  if (typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  return floatRepr(toNumber(v));
}

function notInplace(name: string, inplace: PyValue, m: nn.Module): nn.Module {
  if (inplace) throw pyError('NotImplementedError', `${name}의 inplace=True는 아직 지원하지 않습니다 / inplace=True not supported yet`);
  return m;
}

function iterateValue(v: PyValue): Iterable<PyValue> {
  if (v instanceof PyList || v instanceof PyTuple) return v.items;
  if (v instanceof PyIterator) return { [Symbol.iterator]: () => v.source };
  if (v instanceof HostObject && v.iterate) return v.iterate();
  throw pyError('TypeError', `ModuleList.extend should be called with an iterable, but got ${typeNameOf(v)}`);
}


/** A module's state_dict: an OrderedDict of detached parameter tensors, as PyTorch 1.13 prints it. */
class PyStateDict extends HostObject {
  readonly typeName = 'OrderedDict';
  readonly moduleName = 'collections';
  constructor(
    readonly entries: [string, PyValue][],
  ) {
    super();
  }
  repr(): string {
    if (this.entries.length === 0) return 'OrderedDict()';
    return `OrderedDict([${this.entries.map(([k, v]) => `(${reprValue(k)}, ${reprValue(v)})`).join(', ')}])`;
  }
  length(): number {
    return this.entries.length;
  }
  iterate(): Iterable<PyValue> {
    return this.entries.map(([k]) => k);
  }
  contains(v: PyValue): boolean {
    return this.entries.some(([k]) => k === v);
  }
  getItem(key: PyValue): PyValue {
    const hit = this.entries.find(([k]) => k === key);
    if (!hit) throw pyError('KeyError', reprValue(key));
    return hit[1];
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'keys') return new TorchFunction('keys', () => new OrderedDictView('odict_keys', this.entries.map(([k]) => k)), false);
    if (name === 'values') return new TorchFunction('values', () => new OrderedDictView('odict_values', this.entries.map(([, v]) => v)), false);
    if (name === 'items') return new TorchFunction('items', () => new OrderedDictView('odict_items', this.entries.map(([k, v]) => new PyTuple([k, v]))), false);
    return undefined;
  }
}

/** keys()/values()/items() of a state_dict: `odict_keys(['0.weight', ...])`. */
class OrderedDictView extends HostObject {
  constructor(
    readonly typeName: string,
    private readonly items: PyValue[],
  ) {
    super();
  }
  repr(): string {
    return `${this.typeName}([${this.items.map(reprValue).join(', ')}])`;
  }
  length(): number {
    return this.items.length;
  }
  iterate(): Iterable<PyValue> {
    return this.items;
  }
}

function reprValue(v: PyValue): string {
  if (v instanceof PyTuple) return `(${v.items.map(reprValue).join(', ')})`;
  if (typeof v === 'string') return `'${v}'`;
  if (v instanceof HostObject) return v.repr();
  return String(v);
}

/** What load_state_dict returns when every key matched. */
class IncompatibleKeys extends HostObject {
  readonly typeName = '_IncompatibleKeys';
  repr(): string {
    return '<All keys matched successfully>';
  }
}

function stateDictEntries(v: PyValue): [string, PyValue][] {
  if (v instanceof PyStateDict) return v.entries;
  if (v instanceof PyDict) return v.keys().map((k) => [String(k), v.get(k)!]);
  throw pyError('TypeError', `Expected state_dict to be dict-like, got ${typeNameOf(v)}.`);
}

const sizeRepr = (shape: readonly number[]): string => `torch.Size([${shape.join(', ')}])`;

/** Module.load_state_dict(state_dict, strict=True): copies each tensor into the parameter of the same name. */
function loadStateDict(self: PyNnModule, args: readonly PyValue[]): PyValue {
  if (args.length > 1 && args[1] === false) throw pyError('NotImplementedError', 'load_state_dict의 strict=False는 아직 지원하지 않습니다 / strict=False not supported yet');
  const own = new Map(self.module.namedParameters());
  const given = stateDictEntries(args[0]);
  const givenKeys = new Set(given.map(([k]) => k));
  const missing = [...own.keys()].filter((k) => !givenKeys.has(k));
  const unexpected = given.map(([k]) => k).filter((k) => !own.has(k));
  const errors: string[] = [];
  for (const [k, v] of given) {
    const p = own.get(k);
    if (!p) continue;
    const t = toTensor(v, 'state_dict value');
    if (t.shape.length !== p.shape.length || t.shape.some((d, i) => d !== p.shape[i])) {
      errors.push(`size mismatch for ${k}: copying a param with shape ${sizeRepr(t.shape)} from checkpoint, the shape in current model is ${sizeRepr(p.shape)}.`);
    }
  }
  const quote = (ks: string[]): string => ks.map((k) => `"${k}"`).join(', ');
  if (unexpected.length) errors.unshift(`Unexpected key(s) in state_dict: ${quote(unexpected)}. `);
  if (missing.length) errors.unshift(`Missing key(s) in state_dict: ${quote(missing)}. `);
  if (errors.length) throw pyError('RuntimeError', `Error(s) in loading state_dict for ${self.module.name}:\n\t${errors.join('\n\t')}`);
  for (const [k, v] of given) {
    const p = own.get(k)!;
    const t = toTensor(v, 'state_dict value');
    for (let i = 0; i < p.data.length; i++) p.data[i] = t.data[i];
    bumpVersion(p);
  }
  return new IncompatibleKeys();
}

/** weight=, ignore_index= other than -100 and label_smoothing= are not computed yet: say so rather than ignore them. */
function unsupportedLossOptions(name: string, weight: PyValue, ignoreIndex: PyValue, smoothing: PyValue): void {
  const options = [weight !== null && 'weight', ignoreIndex !== -100n && 'ignore_index', smoothing !== 0 && smoothing !== 0n && 'label_smoothing'].filter(Boolean);
  if (options.length > 0) {
    throw pyError('NotImplementedError', `${name}의 ${options.join(', ')}는 아직 지원하지 않습니다 / ${options.join(', ')} not supported yet`);
  }
}

/** The Python class object for a table entry: calling it builds the module. */
export function nnClassFunction(entry: NnClass, session: TorchSession): TorchFunction {
  // A module class without its own __init__ (Sigmoid, Tanh) is called through Module.__init__, as its errors say.
  const initName = `${entry.params.length === 0 && !entry.varargs && !entry.keywords ? 'Module' : entry.name}.__init__`;
  return new TorchFunction(entry.name, (args, kwargs) => guarded(() => pythonModule(entry.build(bindSignature(initName, entry, args, kwargs), session), session)), true);
}

/** The one Python object of a module in this kernel (for a Python subclass's module, its instance). */
function pythonModule(m: nn.Module, session: TorchSession): HostObject {
  let object = session.pythonObjects.get(m);
  if (!object) {
    object = new PyNnModule(m, session);
    session.pythonObjects.set(m, object);
  }
  return object;
}

/** The core module of a Python value: an nn module, or an instance of a Python nn.Module subclass. */
function coreModuleOf(v: PyValue): nn.Module | undefined {
  if (v instanceof PyNnModule) return v.module;
  if (v instanceof SubclassInstance && v.nativePart instanceof PyNnModule) return v.nativePart.module;
  return undefined;
}

function toModule(v: PyValue): nn.Module {
  const m = coreModuleOf(v);
  if (m) return m;
  throw pyError('TypeError', `${torchTypename(v)} is not a Module subclass`);
}

/** nn.Module's methods are Python methods in PyTorch: `'method' object is not iterable` for SGD(net.parameters). */
class BoundModuleMethod extends TorchFunction {
  override readonly typeName = 'method';
  override pythonType = 'method' as const; // dir(net.parameters) lists a bound method's attributes
}

/** A one-shot iterator, as Module.parameters() returns in Python. */
/** A generator method's result (net.parameters()): a one-shot iterator that next() and for loops take. */
function generatorOf(qualname: string, items: PyValue[]): PyIterator {
  return new PyIterator('generator', items[Symbol.iterator](), qualname);
}

type ModuleMethod = (self: PyNnModule, args: readonly PyValue[], kwargs: KwArgs) => PyValue;

/** nn.Module's methods, with whether a loop replay can repeat each (forward and zero_grad can). */
const MODULE_METHODS: Readonly<Record<string, { run: ModuleMethod; traceable: boolean }>> = {
  forward: { traceable: true, run: (self, args) => self.forward(args) },
  parameters: { traceable: false, run: (self) => generatorOf('Module.parameters', self.module.parameters().map((p) => pythonTensor(p, self.session))) },
  named_parameters: {
    traceable: false,
    run: (self) => generatorOf('Module.named_parameters', self.module.namedParameters().map(([k, p]) => new PyTuple([k, pythonTensor(p, self.session)]))),
  },
  named_children: {
    traceable: false,
    run: (self) => generatorOf('Module.named_children', [...self.module.children].map(([k, c]) => new PyTuple([k, pythonModule(c, self.session)]))),
  },
  state_dict: {
    traceable: false,
    run: (self) => new PyStateDict(self.module.namedParameters().map(([k, p]) => [k, pythonTensor(detach(p), self.session)])),
  },
  load_state_dict: { traceable: false, run: (self, args) => loadStateDict(self, args) },
  append: {
    traceable: false,
    run: (self, args) => {
      if (!(self.module instanceof nn.ModuleList)) throw pyError('AttributeError', `'${self.module.name}' object has no attribute 'append'`);
      self.module.append(toModule(args[0]));
      return pythonModule(self.module, self.session);
    },
  },
  extend: {
    traceable: false,
    run: (self, args) => {
      if (!(self.module instanceof nn.ModuleList)) throw pyError('AttributeError', `'${self.module.name}' object has no attribute 'extend'`);
      for (const m of iterateValue(args[0])) (self.module as nn.ModuleList).append(toModule(m));
      return pythonModule(self.module, self.session);
    },
  },
  children: { traceable: false, run: (self) => generatorOf('Module.children', [...self.module.children.values()].map((c) => pythonModule(c, self.session))) },
  zero_grad: { traceable: true, run: (self, args, kwargs) => zeroGrad(self.module, args, kwargs) },
  train: {
    traceable: false,
    run: (self, args) => {
      self.module.train(args.length ? Boolean(args[0]) : true);
      return pythonModule(self.module, self.session);
    },
  },
  eval: {
    traceable: false,
    run: (self) => {
      self.module.train(false);
      return pythonModule(self.module, self.session);
    },
  },
  // A module's parameters live on the CPU and stay float32: to('cpu') and cpu() are the module itself.
  to: { traceable: false, run: (self, args, kwargs) => moduleTo(self, [...args, ...kwargs.values()]) },
  cpu: { traceable: false, run: (self) => pythonModule(self.module, self.session) },
  cuda: { traceable: false, run: () => cudaUnavailable() },
};

/** Module.to(device) / .to(dtype): the CPU and float32 are what the page has; CUDA answers as a CPU-only build. */
function moduleTo(self: PyNnModule, targets: readonly PyValue[]): PyValue {
  for (const v of targets) {
    if (typeof v === 'string') {
      if (!isCpuDevice(v)) throw pyError('RuntimeError', `Expected one of cpu, cuda, ... device type at start of device string: ${v}`);
    } else if (toDType(v) !== 'float32') {
      throw notSupportedYet(`torch.nn.Module.to(${reprValue(v)})`);
    }
  }
  return pythonModule(self.module, self.session);
}

export class PyNnModule extends HostObject {
  readonly moduleName = 'torch.nn';
  constructor(
    readonly module: nn.Module,
    readonly session: TorchSession,
  ) {
    super();
  }
  get typeName(): string {
    return this.module.name;
  }
  dirEntry(): DirEntry {
    return { section: 'nnModules', key: this.module.name };
  }
  repr(): string {
    return this.module.repr();
  }
  forward(args: readonly PyValue[]): PyValue {
    if (this.module instanceof TupleModule) return this.tupleForward(this.module, args);
    // Too many inputs: the TypeError of PyTorch's Python forward(self, input[, target]); the core's
    // forward declares the same tensors (a forward of ...rest, a Python class's, is not checked here).
    const takes = this.module.forward.length;
    if (takes > 0 && args.length > takes) {
      const counted = this.module.optionalInputs ? `from 2 to ${takes + 1}` : `${takes + 1}`;
      throw pyError('TypeError', `${this.module.name}.forward() takes ${counted} positional arguments but ${args.length + 1} were given`);
    }
    // an optional input given as None (RNNCell's hx) reaches the core as undefined
    const inputs = args.map((a, i) => (a === null && i > 0 && this.module.optionalInputs ? undefined : toTensor(a))) as Tensor[];
    const warning = nn.lossSizeWarning(this.module, inputs);
    // PyTorch warns with stacklevel=2 from MSELoss.forward: the site is its line in loss.py, so a loop warns once.
    if (warning) this.session.warn('UserWarning', warning, 'torch/nn/modules/loss.py:536');
    return pythonTensor(guarded(() => this.module.forward(...inputs)), this.session);
  }
  /** RNN, LSTM, LSTMCell: a hidden state that may be an (h, c) pair, results that are tuples. */
  private tupleForward(module: TupleModule, args: readonly PyValue[]): PyValue {
    if (args.length > 2) throw pyError('TypeError', `${module.name}.forward() takes from 2 to 3 positional arguments but ${args.length + 1} were given`);
    const [input, hidden] = args;
    const pair = (v: PyValue): TensorTree => {
      if (!(v instanceof PyTuple || v instanceof PyList) || v.items.length !== 2) throw pyError('TypeError', `${module.name}: hx must be a tuple (h, c) of tensors`);
      return v.items.map((t) => toTensor(t));
    };
    const state = hidden === undefined || hidden === null ? undefined : module.pairHidden ? pair(hidden) : toTensor(hidden);
    const result = guarded(() => module.forwardTree(toTensor(input), state));
    const python = (t: TensorTree): PyValue => (Array.isArray(t) ? new PyTuple((t as TensorTree[]).map(python)) : pythonTensor(t as Tensor, this.session));
    return python(result);
  }
  /** Plain attributes set on the module (its instance __dict__), e.g. `net.forward = lambda x: 1`. */
  private readonly attributes = new Map<string, PyValue>();
  call(args: readonly PyValue[], kwargs: KwArgs = new Map()): PyValue {
    // Module.__call__ calls self.forward, so an instance attribute `forward` replaces the class's.
    const own = this.attributes.get('forward');
    return own === undefined ? this.forward(args) : this.session.call(own, args, kwargs);
  }
  /** nn.Module.__setattr__: what registerAttribute leaves is the instance's own attribute. */
  setAttr(name: string, value: PyValue): boolean {
    if (!this.registerAttribute(name, value)) this.attributes.set(name, value);
    return true;
  }
  /**
   * Module.__setattr__'s own part: a Parameter or a module registers, another value on a
   * parameter's or child's name is its TypeError (None unregisters), `training` sets the mode.
   * False: a plain attribute, for the caller to keep.
   */
  protected registerAttribute(name: string, value: PyValue): boolean {
    const m = this.module;
    if (value instanceof TensorHost && value.tensor.isParameter) {
      m.children.delete(name);
      m.ownParameters.set(name, value.tensor);
      return true;
    }
    const child = coreModuleOf(value);
    if (child) {
      m.ownParameters.delete(name);
      m.children.set(name, child);
      return true;
    }
    if (m.ownParameters.has(name)) {
      if (value !== null) {
        throw pyError('TypeError', `cannot assign '${torchTypename(value)}' as parameter '${name}' (torch.nn.Parameter or None expected)`);
      }
      m.ownParameters.set(name, null);
      return true;
    }
    if (m.children.has(name)) {
      if (value !== null) throw pyError('TypeError', `cannot assign '${torchTypename(value)}' as child module '${name}' (torch.nn.Module or None expected)`);
      m.children.delete(name);
      return false;
    }
    if (name === 'training') {
      m.training = Boolean(value);
      return true;
    }
    return false;
  }
  getAttr(name: string): PyValue | undefined {
    const own = this.attributes.get(name);
    if (own !== undefined) return own;
    const m = this.module;
    if (m.ownParameters.has(name)) {
      const p = m.ownParameters.get(name);
      return p ? pythonTensor(p, this.session) : null;
    }
    if (m.children.has(name)) return pythonModule(m.children.get(name)!, this.session);
    if (name === 'training') return m.training;
    if (m instanceof nn.Linear && (name === 'in_features' || name === 'out_features')) {
      return BigInt(name === 'in_features' ? m.inFeatures : m.outFeatures);
    }
    if (m instanceof nn.Dropout && (name === 'p' || name === 'inplace')) {
      if (name === 'inplace') return false;
      return /^-?\d+$/.test(m.pText) ? BigInt(m.pText) : m.p; // p as given: nn.Dropout(1).p is 1
    }
    if (!Object.hasOwn(MODULE_METHODS, name)) return undefined;
    const method = MODULE_METHODS[name];
    return new BoundModuleMethod(name, (args, kwargs) => method.run(this, args, kwargs), method.traceable);
  }
  getItem(key: PyValue): PyValue {
    const m = this.module;
    if (!(m instanceof nn.Sequential) && !(m instanceof nn.ModuleList)) throw pyError('TypeError', `'${m.name}' object is not subscriptable`);
    const entries = [...m.children];
    if (key instanceof PySlice) {
      const picked = slicePositions(key, entries.length).map((i) => entries[i]);
      // Sequential keeps the children's names (net[1:] prints (1), (2)); ModuleList renumbers them.
      if (m instanceof nn.ModuleList) return pythonModule(new nn.ModuleList(picked.map(([, c]) => c)), this.session);
      const sliced = new nn.Sequential([]);
      for (const [k, c] of picked) sliced.children.set(k, c);
      return pythonModule(sliced, this.session);
    }
    if (typeof key === 'bigint' || typeof key === 'boolean' || (key instanceof HostObject && key.toIndex)) {
      const i = toIndex(key);
      if (i < -entries.length || i >= entries.length) throw pyError('IndexError', `index ${i} is out of range`);
      return pythonModule(entries[i < 0 ? i + entries.length : i][1], this.session);
    }
    throw pyError('TypeError', `${m.name} indices must be integers or slices, not ${typeNameOf(key)}`);
  }
  length(): number {
    return this.module.children.size;
  }
  iterate(): Iterable<PyValue> {
    return [...this.module.children.values()].map((c) => pythonModule(c, this.session));
  }
}

/**
 * The native part of an instance of a Python `class Net(nn.Module)`: a core CustomModule named
 * after the class, whose forward is the class's `forward`. Assigning a Parameter or a module to
 * an attribute registers it, in assignment order, as nn.Module.__setattr__ does; parameters(),
 * zero_grad(), train()/eval(), `training` and the module repr come from PyNnModule.
 */
class PySubclassModule extends PyNnModule {
  constructor(
    readonly self: SubclassInstance,
    session: TorchSession,
  ) {
    const core: nn.CustomModule = new nn.CustomModule(self.className, (...inputs) =>
      toTensor(this.callForward(inputs.map((t) => pythonTensor(t, session)), new Map())));
    super(core, session);
    session.pythonObjects.set(core, self);
  }
  private callForward(args: readonly PyValue[], kwargs: KwArgs): PyValue {
    const result = this.self.callPythonMethod('forward', args, kwargs);
    if (result === undefined) throw pyError('NotImplementedError', `Module [${this.self.className}] is missing the required "forward" function`);
    return result;
  }
  call(args: readonly PyValue[], kwargs: KwArgs = new Map()): PyValue {
    return this.callForward(args, kwargs);
  }
  dirEntry(): DirEntry {
    return { section: 'nnModule', key: 'instance', parameters: [...this.module.ownParameters.keys()], submodules: [...this.module.children.keys()] };
  }
  /** A plain attribute goes to the Python instance's __dict__ (the caller), not to the native part. */
  override setAttr(name: string, value: PyValue): boolean {
    return this.registerAttribute(name, value);
  }
}

/** torch.typename(value), as Module.__setattr__'s errors name it: a tensor by its legacy type ('torch.FloatTensor'). */
function torchTypename(value: PyValue): string {
  return value instanceof TensorHost ? LEGACY_TYPE_NAMES[value.tensor.dtype] : typeNameOf(value);
}

/** torch.nn.Module: isinstance(net, nn.Module), and the base of a cell's `class Net(nn.Module)`. */
export class ModuleType extends HostObject {
  readonly typeName = 'type';
  constructor(private readonly session: TorchSession) {
    super();
  }
  repr(): string {
    return "<class 'torch.nn.modules.module.Module'>";
  }
  dirEntry(): DirEntry {
    return { section: 'nnModule', key: 'class' };
  }
  instanceCheck(value: PyValue): boolean {
    return coreModuleOf(value) !== undefined;
  }
  getAttr(name: string): PyValue | undefined {
    if (name === '__name__') return 'Module';
    if (name !== '__init__') return undefined;
    // `nn.Module.__init__(self)`, the spelled-out super().__init__().
    return new TorchFunction('__init__', (args, kwargs) => {
      const self = args[0];
      if (!(self instanceof SubclassInstance)) throw pyError('TypeError', "descriptor '__init__' requires a 'Module' object");
      self.nativePart = this.initSubclassInstance(self, args.slice(1), kwargs);
      return null;
    }, false);
  }
  checkSubclassAttr(name: string, value: PyValue): void {
    if (value instanceof TensorHost && value.tensor.isParameter) throw pyError('AttributeError', 'cannot assign parameters before Module.__init__() call');
    if (coreModuleOf(value)) throw pyError('AttributeError', 'cannot assign module before Module.__init__() call');
  }
  initSubclassInstance(self: SubclassInstance, args: readonly PyValue[], kwargs: KwArgs): HostObject {
    if (args.length > 0 || kwargs.size > 0) {
      throw pyError('TypeError', `Module.__init__() takes 1 positional argument but ${args.length + 1} were given`);
    }
    return new PySubclassModule(self, this.session);
  }
}
