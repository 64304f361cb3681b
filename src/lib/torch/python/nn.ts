// torch.nn as Python sees it: the table of module classes (one entry each: Python name, doc
// line, parameters, how to build the core module) and nn.Module's methods as one static
// table. The modules themselves (forward, parameters, reprs) are the core's (../core/nn.ts).
import {
  HostObject, PyTuple, SubclassInstance, fakeAddress, pyError, toIndex, toNumber, typeNameOf, type KwArgs, type PyValue,
} from '../../python/objects/host';
import { floatRepr } from '../../python/objects/format';
import * as nn from '../core/nn';
import type { Reduction } from '../core/losses';
import { guarded, TensorHost, toTensor } from './convert';
import { zeroGrad } from './effects';
import type { TorchSession } from './session';
import { bindSignature, type Signature } from './signature';
import { pythonTensor, TorchFunction } from './tensor-object';

export interface NnClass extends Signature {
  readonly name: string;
  /** One line for the guide's table of what cells support (Korean). */
  readonly doc: string;
  readonly build: (args: PyValue[], session: TorchSession) => nn.Module;
}

const REDUCTION_PARAMS = [['size_average', null], ['reduce', null], ['reduction', 'mean']] as const;

function reductionOf(value: PyValue): Reduction {
  if (value !== 'mean' && value !== 'sum' && value !== 'none') throw pyError('ValueError', `${String(value)} is not a valid value for reduction`);
  return value;
}

function activation(name: string, doc: string, make: () => nn.Module): NnClass {
  return { name, doc, params: [], build: make };
}

function loss(name: string, doc: string, make: (reduction: Reduction) => nn.Module): NnClass {
  return { name, doc, params: REDUCTION_PARAMS, build: ([, , reduction]) => make(reductionOf(reduction)) };
}

export const NN_CLASSES: readonly NnClass[] = [
  {
    name: 'Linear', doc: 'y = xWᵀ + b; 가중치는 PyTorch와 같은 초기화 (같은 시드면 같은 값)',
    params: ['in_features', 'out_features', ['bias', true]],
    build: ([inFeatures, outFeatures, bias], session) => new nn.Linear(session.generator, toIndex(inFeatures), toIndex(outFeatures), Boolean(bias)),
  },
  activation('Sigmoid', '시그모이드 층', nn.Sigmoid),
  activation('ReLU', 'ReLU 층', nn.ReLU),
  activation('Tanh', 'tanh 층', nn.Tanh),
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
  loss('MSELoss', '평균제곱오차 손실', nn.MSELoss),
  loss('BCELoss', '이진 교차엔트로피 손실 (입력은 확률): loss_fn(yhat, y)', nn.BCELoss),
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

/** weight=, ignore_index= other than -100 and label_smoothing= are not computed yet: say so rather than ignore them. */
function unsupportedLossOptions(name: string, weight: PyValue, ignoreIndex: PyValue, smoothing: PyValue): void {
  const options = [weight !== null && 'weight', ignoreIndex !== -100n && 'ignore_index', smoothing !== 0 && smoothing !== 0n && 'label_smoothing'].filter(Boolean);
  if (options.length > 0) {
    throw pyError('NotImplementedError', `${name}의 ${options.join(', ')}는 아직 지원하지 않습니다 / ${options.join(', ')} not supported yet`);
  }
}

/** The Python class object for a table entry: calling it builds the module. */
export function nnClassFunction(entry: NnClass, session: TorchSession): TorchFunction {
  const initName = `${entry.name}.__init__`;
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
  throw pyError('TypeError', `${typeNameOf(v)} is not a Module subclass`);
}

/** A one-shot iterator, as Module.parameters() returns in Python. */
class PyGenerator extends HostObject {
  readonly typeName = 'generator';
  private used = false;
  constructor(
    private readonly label: string,
    private readonly items: PyValue[],
  ) {
    super();
  }
  iterate(): Iterable<PyValue> {
    const items = this.used ? [] : this.items;
    this.used = true;
    return items;
  }
  repr(): string {
    return `<generator object ${this.label} at ${fakeAddress(this)}>`;
  }
}

type ModuleMethod = (self: PyNnModule, args: readonly PyValue[], kwargs: KwArgs) => PyValue;

/** nn.Module's methods, with whether a loop replay can repeat each (forward and zero_grad can). */
const MODULE_METHODS: Readonly<Record<string, { run: ModuleMethod; traceable: boolean }>> = {
  forward: { traceable: true, run: (self, args) => self.forward(args) },
  parameters: { traceable: false, run: (self) => new PyGenerator('Module.parameters', self.module.parameters().map((p) => pythonTensor(p, self.session))) },
  named_parameters: {
    traceable: false,
    run: (self) => new PyGenerator('Module.named_parameters', self.module.namedParameters().map(([k, p]) => new PyTuple([k, pythonTensor(p, self.session)]))),
  },
  children: { traceable: false, run: (self) => new PyGenerator('Module.children', [...self.module.children.values()].map((c) => pythonModule(c, self.session))) },
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
};

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
  repr(): string {
    return this.module.repr();
  }
  forward(args: readonly PyValue[]): PyValue {
    return pythonTensor(guarded(() => this.module.forward(...args.map((a) => toTensor(a)))), this.session);
  }
  call(args: readonly PyValue[]): PyValue {
    return this.forward(args);
  }
  getAttr(name: string): PyValue | undefined {
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
    return new TorchFunction(name, (args, kwargs) => method.run(this, args, kwargs), method.traceable);
  }
  getItem(key: PyValue): PyValue {
    const m = this.module;
    if (!(m instanceof nn.Sequential)) throw pyError('TypeError', `'${m.name}' object is not subscriptable`);
    if (typeof key === 'bigint') {
      const i = toIndex(key);
      if (i < -m.length || i >= m.length) throw pyError('IndexError', `index ${i} is out of range`);
      return pythonModule(m.at(i), this.session);
    }
    throw pyError('TypeError', 'Sequential indices must be integers');
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
  setAttr(name: string, value: PyValue): boolean {
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
        throw pyError('TypeError', `cannot assign '${typeNameOf(value)}' as parameter '${name}' (torch.nn.Parameter or None expected)`);
      }
      m.ownParameters.set(name, null);
      return true;
    }
    if (m.children.has(name)) {
      if (value !== null) throw pyError('TypeError', `cannot assign '${typeNameOf(value)}' as child module '${name}' (torch.nn.Module or None expected)`);
      m.children.delete(name);
      return false;
    }
    if (name === 'training') {
      m.training = Boolean(value);
      return true;
    }
    return false;
  }
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
