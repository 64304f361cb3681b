// torch.optim as Python sees it: the table of optimizers (one entry each: Python name, doc
// line, parameters, how to build the core optimizer, its param group as PyTorch 1.13 fills it)
// and the optimizer object, whose step and zero_grad a loop trace replays; param_groups is a
// live list of dicts the core optimizer reads at each step. The update rules are the core's
// (../core/optim.ts). torch.optim.lr_scheduler's StepLR and ExponentialLR change those dicts.
import { HostObject, PyDict, PyIterator, PyList, PyModule, PyTuple, fakeAddress, pyError, toIndex, toNumber, typeNameOf, type DirEntry, type PyValue } from '../../python/objects/host';
import { lazyIterable } from '../../python/objects/protocol';
import { str as pyStr } from '../../python/objects/repr';
import { Adagrad, Adam, RMSprop, SGD, type Optimizer } from '../core/optim';
import { recordEffect } from '../core/recording';
import { Tensor } from '../core/tensor';
import { LEGACY_TYPE_NAMES, guarded, toTensor } from './convert';
import { zeroGrad } from './effects';
import { bindSignature, type Signature } from './signature';
import type { TorchSession } from './session';
import { PyTensor, pythonTensor, TorchFunction } from './tensor-object';

export interface OptimizerClass extends Signature {
  readonly name: string;
  /** One line for the guide's table of what cells support (Korean). */
  readonly doc: string;
  readonly build: (args: PyValue[], params: Tensor[]) => Optimizer;
  /** param_groups[0] as PyTorch 1.13 fills it (after 'params'), from the bound arguments. */
  readonly group: (args: PyValue[]) => [string, PyValue][];
}

/** Options PyTorch has that are not computed here: say so rather than ignore them. */
function unsupported(name: string, options: Record<string, boolean>): void {
  const used = Object.entries(options).filter(([, on]) => on).map(([k]) => k);
  if (used.length) throw pyError('NotImplementedError', `${name}의 ${used.join(', ')}는 아직 지원하지 않습니다 / ${used.join(', ')} not supported yet`);
}

/** PyTorch's `required` (torch.optim.optimizer): SGD's lr has no default, yet a missing one is Optimizer's ValueError. */
class RequiredParameter extends HostObject {
  readonly typeName = '_RequiredParameter';
  readonly moduleName = 'torch.optim.optimizer';
}
const REQUIRED = new RequiredParameter();

export const OPTIMIZERS: readonly OptimizerClass[] = [
  {
    name: 'SGD', doc: '확률적 경사하강법 (momentum, weight_decay, nesterov)',
    params: ['params', ['lr', REQUIRED], ['momentum', 0n], ['dampening', 0n], ['weight_decay', 0n], ['nesterov', false], ['maximize', false], ['foreach', null], ['differentiable', false]],
    build: ([, lr, momentum, dampening, weightDecay, nesterov, maximize], params) => {
      unsupported('SGD', { maximize: Boolean(maximize) });
      return new SGD(params, {
        lr: toNumber(lr), momentum: toNumber(momentum), dampening: toNumber(dampening), weightDecay: toNumber(weightDecay), nesterov: Boolean(nesterov),
      });
    },
    group: ([, lr, momentum, dampening, wd, nesterov, maximize, foreach, differentiable]) => [
      ['lr', lr], ['momentum', momentum], ['dampening', dampening], ['weight_decay', wd], ['nesterov', nesterov], ['maximize', maximize],
      ['foreach', foreach], ['differentiable', differentiable],
    ],
  },
  {
    name: 'Adam', doc: 'Adam (PyTorch와 같은 연산 순서; amsgrad=True도)',
    params: ['params', ['lr', 0.001], ['betas', new PyTuple([0.9, 0.999])], ['eps', 1e-8], ['weight_decay', 0n], ['amsgrad', false],
      ['foreach', null], ['maximize', false], ['capturable', false], ['differentiable', false], ['fused', false]],
    build: ([, lr, betas, eps, weightDecay, amsgrad, , maximize], params) => {
      unsupported('Adam', { maximize: Boolean(maximize) });
      return new Adam(params, {
        lr: toNumber(lr), betas: (betas as PyTuple).items.map((v) => toNumber(v)) as [number, number], eps: toNumber(eps), weightDecay: toNumber(weightDecay),
        amsgrad: Boolean(amsgrad),
      });
    },
    group: ([, lr, betas, eps, wd, amsgrad, foreach, maximize, capturable, differentiable, fused]) => [
      ['lr', lr], ['betas', betas], ['eps', eps], ['weight_decay', wd], ['amsgrad', amsgrad], ['maximize', maximize], ['foreach', foreach],
      ['capturable', capturable], ['differentiable', differentiable], ['fused', fused],
    ],
  },
  {
    name: 'RMSprop', doc: 'RMSprop (alpha, eps, momentum, centered, weight_decay; PyTorch와 같은 float32 연산)',
    params: ['params', ['lr', 0.01], ['alpha', 0.99], ['eps', 1e-8], ['weight_decay', 0n], ['momentum', 0n], ['centered', false],
      ['foreach', null], ['maximize', false], ['differentiable', false]],
    build: ([, lr, alpha, eps, weightDecay, momentum, centered, , maximize], params) => {
      unsupported('RMSprop', { maximize: Boolean(maximize) });
      return new RMSprop(params, {
        lr: toNumber(lr), alpha: toNumber(alpha), eps: toNumber(eps), weightDecay: toNumber(weightDecay), momentum: toNumber(momentum), centered: Boolean(centered),
      });
    },
    group: ([, lr, alpha, eps, wd, momentum, centered, foreach, maximize, differentiable]) => [
      ['lr', lr], ['momentum', momentum], ['alpha', alpha], ['eps', eps], ['centered', centered], ['weight_decay', wd],
      ['foreach', foreach], ['maximize', maximize], ['differentiable', differentiable],
    ],
  },
  {
    name: 'Adagrad', doc: 'Adagrad (lr_decay, weight_decay, initial_accumulator_value; PyTorch와 같은 float32 연산)',
    params: ['params', ['lr', 0.01], ['lr_decay', 0n], ['weight_decay', 0n], ['initial_accumulator_value', 0n], ['eps', 1e-10], ['foreach', null], ['maximize', false]],
    build: ([, lr, lrDecay, weightDecay, initial, eps, , maximize], params) => {
      unsupported('Adagrad', { maximize: Boolean(maximize) });
      return new Adagrad(params, {
        lr: toNumber(lr), lrDecay: toNumber(lrDecay), weightDecay: toNumber(weightDecay), initialAccumulatorValue: toNumber(initial), eps: toNumber(eps),
      });
    },
    group: ([, lr, lrDecay, wd, initial, eps, foreach, maximize]) => [
      ['lr', lr], ['lr_decay', lrDecay], ['eps', eps], ['weight_decay', wd], ['initial_accumulator_value', initial], ['foreach', foreach], ['maximize', maximize],
    ],
  },
];

/** Group keys the core optimizers read at each step (so param_groups[0]['lr'] = … takes effect), with their option names. */
const OPTION_KEYS: Record<string, [string, (v: PyValue) => unknown]> = {
  lr: ['lr', (v) => toNumber(v)],
  momentum: ['momentum', (v) => toNumber(v)],
  dampening: ['dampening', (v) => toNumber(v)],
  weight_decay: ['weightDecay', (v) => toNumber(v)],
  nesterov: ['nesterov', Boolean],
  eps: ['eps', (v) => toNumber(v)],
  alpha: ['alpha', (v) => toNumber(v)],
  centered: ['centered', Boolean],
  lr_decay: ['lrDecay', (v) => toNumber(v)],
  betas: ['betas', (v) => (v instanceof PyTuple || v instanceof PyList ? v.items.map((b) => toNumber(b)) : toNumber(v))],
};

/** The Python class object for a table entry: calling it builds the optimizer. */
export function optimizerClassFunction(entry: OptimizerClass, session: TorchSession): TorchFunction {
  const initName = `${entry.name}.__init__`;
  return new TorchFunction(entry.name, (args, kwargs) => guarded(() => {
    const bound = bindSignature(initName, entry, args, kwargs);
    // PyTorch 1.13's order: the subclass checks lr, then Optimizer.__init__ the params, then add_param_group a missing lr.
    const lr = bound[1];
    if (lr !== REQUIRED && toNumber(lr) < 0) throw pyError('ValueError', `Invalid learning rate: ${pyStr(lr)}`);
    const given = parameterList(bound[0]);
    if (lr === REQUIRED) throw pyError('ValueError', "parameter group didn't specify a value of required optimization parameter lr");
    const optimizer = entry.build(bound, given.map(([t]) => t));
    const group = new PyDict();
    group.set('params', new PyList(given.map(([, p]) => p)));
    for (const [k, v] of entry.group(bound)) group.set(k, v);
    return new PyOptimizer(entry.name, optimizer, new PyList([group]), session);
  }), true);
}

/** Parameters given to an optimizer: any iterable of tensors (a generator, a list), with their Python objects. */
function parameterList(v: PyValue): [Tensor, PyValue][] {
  if (v instanceof PyTensor) {
    throw pyError('TypeError', `params argument given to the optimizer should be an iterable of Tensors or dicts, but got ${LEGACY_TYPE_NAMES[v.tensor.dtype]}`);
  }
  const items = [...lazyIterable(v)]; // list(params): CPython's "'method' object is not iterable" for net.parameters
  if (items.length === 0) throw pyError('ValueError', 'optimizer got an empty parameter list');
  return items.map((p) => [toTensor(p, 'optimizer parameters'), p]);
}

class PyOptimizer extends HostObject {
  readonly moduleName = 'torch.optim';
  constructor(
    readonly typeName: string,
    readonly optimizer: Optimizer,
    readonly paramGroups: PyList,
    private readonly session: TorchSession,
  ) {
    super();
  }
  dirEntry(): DirEntry {
    return { section: 'hostTypes', key: this.typeName };
  }
  /** Reads the group's hyper-parameters into the core optimizer (Python may have changed them). */
  syncOptions(): void {
    const group = this.paramGroups.items[0];
    if (!(group instanceof PyDict)) return;
    const options = (this.optimizer as unknown as { options: Record<string, unknown> }).options;
    for (const key of group.keys()) {
      if (typeof key !== 'string' || !Object.hasOwn(OPTION_KEYS, key)) continue;
      const [option, convert] = OPTION_KEYS[key];
      options[option] = convert(group.get(key)!);
    }
  }
  /** Optimizer.__repr__: each group's keys but 'params', sorted. */
  repr(): string {
    let text = `${this.typeName} (`;
    this.paramGroups.items.forEach((group, i) => {
      if (!(group instanceof PyDict)) return;
      text += `\nParameter Group ${i}\n`;
      const keys = group.keys().filter((k) => k !== 'params').map(String).sort();
      for (const key of keys) text += `    ${key}: ${pyStr(group.get(key)!)}\n`;
    });
    return text + ')';
  }
  getAttr(name: string): PyValue | undefined {
    const opt = this.optimizer;
    if (name === 'step') {
      return new TorchFunction('step', () => {
        const run = (): void => {
          this.syncOptions();
          opt.step();
        };
        run();
        recordEffect('step', opt, run);
        return null;
      }, true);
    }
    if (name === 'zero_grad') return new TorchFunction('zero_grad', (args, kwargs) => zeroGrad(opt, args, kwargs), true);
    if (name === 'param_groups') return this.paramGroups;
    if (name === 'state_dict') return new TorchFunction('state_dict', () => this.stateDict(), false);
    return undefined;
  }
  /**
   * optimizer.state_dict(): {'state': {index: {...}}, 'param_groups': [{..., 'params': [indices]}]}
   * as PyTorch 1.13 packs it; 'step' is a float tensor, the averages tensors shaped as their
   * parameter (copies: the page's state lives in the core optimizer).
   */
  private stateDict(): PyDict {
    const params = this.optimizer.params;
    const state = new PyDict();
    params.forEach((p, index) => {
      const entries = this.optimizer.stateOf(p);
      if (!entries) return;
      const packed = new PyDict();
      for (const [key, value] of entries) {
        if (typeof value === 'bigint') packed.set(key, value);
        else {
          const tensor = typeof value === 'number' ? new Tensor(Float32Array.of(value), [], 'float32') : value && new Tensor(Float32Array.from(value), p.shape, 'float32');
          packed.set(key, tensor && pythonTensor(tensor, this.session));
        }
      }
      state.set(BigInt(index), packed);
    });
    const groups = this.paramGroups.items.map((group) => {
      const packed = new PyDict();
      if (group instanceof PyDict) for (const key of group.keys()) if (key !== 'params') packed.set(key, group.get(key)!);
      packed.set('params', new PyList(params.map((_, i) => BigInt(i))));
      return packed;
    });
    const dict = new PyDict();
    dict.set('state', state);
    dict.set('param_groups', new PyList(groups));
    return dict;
  }
}

/** torch.optim.lr_scheduler.StepLR and ExponentialLR, as PyTorch 1.13's chainable get_lr computes them (lr·gamma in double). */
class PyScheduler extends HostObject {
  readonly moduleName = 'torch.optim.lr_scheduler';
  lastEpoch = -1;
  lastLr: PyValue[] = [];
  constructor(
    readonly typeName: 'StepLR' | 'ExponentialLR',
    private readonly optimizer: PyOptimizer,
    private readonly gamma: PyValue,
    private readonly stepSize = 1,
  ) {
    super();
    for (const group of this.groups()) group.set('initial_lr', group.get('lr')!);
    this.step();
  }
  private groups(): PyDict[] {
    return this.optimizer.paramGroups.items.filter((g): g is PyDict => g instanceof PyDict);
  }
  step(): void {
    this.lastEpoch += 1;
    const decay = this.lastEpoch !== 0 && this.lastEpoch % this.stepSize === 0;
    for (const group of this.groups()) if (decay) group.set('lr', multiply(group.get('lr')!, this.gamma));
    this.lastLr = this.groups().map((g) => g.get('lr')!);
  }
  repr(): string {
    return `<torch.optim.lr_scheduler.${this.typeName} object at ${fakeAddress(this)}>`;
  }
  getAttr(name: string): PyValue | undefined {
    if (name === 'step') return new TorchFunction('step', () => (this.step(), null), false);
    if (name === 'get_last_lr') return new TorchFunction('get_last_lr', () => new PyList([...this.lastLr]), false);
    if (name === 'last_epoch') return BigInt(this.lastEpoch);
    if (name === 'optimizer') return this.optimizer;
    if (name === 'gamma') return this.gamma;
    if (name === 'step_size' && this.typeName === 'StepLR') return BigInt(this.stepSize);
    return undefined;
  }
}

/** Python's lr * gamma: int * int stays int, anything with a float is a double. */
function multiply(a: PyValue, b: PyValue): PyValue {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a * b;
  return toNumber(a) * toNumber(b);
}

function optimizerArg(v: PyValue): PyOptimizer {
  if (v instanceof PyOptimizer) return v;
  throw pyError('TypeError', `${typeNameOf(v)} is not an Optimizer`);
}

function schedulerDefaults(name: string, lastEpoch: PyValue, verbose: PyValue): void {
  unsupported(name, { last_epoch: lastEpoch !== -1n, verbose: Boolean(verbose) });
}

export interface SchedulerClass extends Signature {
  readonly name: string;
  /** One line for the guide's table of what cells support (Korean). */
  readonly doc: string;
  readonly build: (args: PyValue[]) => HostObject;
}

/** torch.optim.lr_scheduler's classes. */
export const LR_SCHEDULERS: readonly SchedulerClass[] = [
  {
    name: 'StepLR', doc: 'step()을 step_size번 부를 때마다 lr에 gamma를 곱함 (get_last_lr())',
    params: ['optimizer', 'step_size', ['gamma', 0.1], ['last_epoch', -1n], ['verbose', false]],
    build: ([optimizer, stepSize, gamma, lastEpoch, verbose]) => {
      schedulerDefaults('StepLR', lastEpoch, verbose);
      return new PyScheduler('StepLR', optimizerArg(optimizer), gamma, toIndex(stepSize, 'step_size'));
    },
  },
  {
    name: 'ExponentialLR', doc: 'step()마다 lr에 gamma를 곱함 (get_last_lr())', params: ['optimizer', 'gamma', ['last_epoch', -1n], ['verbose', false]],
    build: ([optimizer, gamma, lastEpoch, verbose]) => {
      schedulerDefaults('ExponentialLR', lastEpoch, verbose);
      return new PyScheduler('ExponentialLR', optimizerArg(optimizer), gamma);
    },
  },
];

/** The torch.optim.lr_scheduler module. */
export function lrSchedulerModule(): PyModule {
  return new PyModule('torch.optim.lr_scheduler', Object.fromEntries(LR_SCHEDULERS.map((entry) => [
    entry.name,
    new TorchFunction(entry.name, (args, kwargs) => guarded(() => entry.build(bindSignature(`${entry.name}.__init__`, entry, args, kwargs))), false),
  ])));
}
