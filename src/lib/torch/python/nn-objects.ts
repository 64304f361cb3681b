// torch.nn modules and torch.optim optimizers as Python objects.
import {
  HostObject, PyList, PyTuple, bindArgs, hostFunction, pyError, toIndex, fakeAddress,
  type KwArgs, type PyValue,
} from '../../python/objects/host';
import { Module, Sequential } from '../core/nn';
import { Optimizer } from '../core/optim';
import { guarded, py, toTensor } from './convert';
import type { Tensor } from '../core/tensor';
import { markTraceable, traceEffect } from '../core/recording';

/** A one-shot iterator, as Module.parameters() returns in Python. */
export class PyGenerator extends HostObject {
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

const wrappers = new WeakMap<Module, PyNnModule>();
export function pyModule(m: Module): PyNnModule {
  let w = wrappers.get(m);
  if (!w) {
    w = new PyNnModule(m);
    wrappers.set(m, w);
  }
  return w;
}

export function toModule(v: PyValue): Module {
  if (v instanceof PyNnModule) return v.module;
  throw pyError('TypeError', `${v === null ? 'None' : typeof v === 'object' ? v.typeName : typeof v} is not a Module subclass`);
}

export class PyNnModule extends HostObject {
  readonly moduleName = 'torch.nn';
  constructor(readonly module: Module) {
    super();
  }
  get typeName(): string {
    return this.module.name;
  }
  repr(): string {
    return this.module.repr();
  }
  call(args: readonly PyValue[]): PyValue {
    return py(guarded(() => this.module.forward(...args.map((a) => toTensor(a)))));
  }
  getAttr(name: string): PyValue | undefined {
    const m = this.module;
    if (m.ownParameters.has(name)) {
      const p = m.ownParameters.get(name);
      return p ? py(p) : null;
    }
    if (m.children.has(name)) return pyModule(m.children.get(name)!);
    const plain: Record<string, () => PyValue> = {
      in_features: () => BigInt((m as unknown as { inFeatures: number }).inFeatures),
      out_features: () => BigInt((m as unknown as { outFeatures: number }).outFeatures),
      training: () => m.training,
    };
    if (name in plain && (name === 'training' || m.name === 'Linear')) return plain[name]();
    const methods: Record<string, (args: readonly PyValue[], kwargs: KwArgs) => PyValue> = {
      forward: (args) => this.call(args),
      parameters: () => new PyGenerator('Module.parameters', m.parameters().map(py)),
      named_parameters: () =>
        new PyGenerator('Module.named_parameters', m.namedParameters().map(([k, p]) => new PyTuple([k, py(p)]))),
      children: () => new PyGenerator('Module.children', [...m.children.values()].map(pyModule)),
      zero_grad: (args, kwargs) => {
        const b = bindArgs('zero_grad', [['set_to_none', false]], args, kwargs);
        const setToNone = Boolean(b.set_to_none);
        m.zeroGrad(setToNone);
        traceEffect(`zero_grad:${setToNone}`, m, () => m.zeroGrad(setToNone));
        return null;
      },
      train: (args) => {
        m.train(args.length ? Boolean(args[0]) : true);
        return this;
      },
      eval: () => {
        m.train(false);
        return this;
      },
    };
    const method = methods[name];
    if (!method) return undefined;
    const bound = hostFunction(name, method);
    return name === 'forward' || name === 'zero_grad' ? markTraceable(bound) : bound;
  }
  getItem(key: PyValue): PyValue {
    const m = this.module;
    if (!(m instanceof Sequential)) throw pyError('TypeError', `'${m.name}' object is not subscriptable`);
    if (typeof key === 'bigint') {
      const i = toIndex(key);
      if (i < -m.length || i >= m.length) throw pyError('IndexError', `index ${i} is out of range`);
      return pyModule(m.at(i));
    }
    throw pyError('TypeError', 'Sequential indices must be integers');
  }
  length(): number {
    return this.module.children.size;
  }
  iterate(): Iterable<PyValue> {
    return [...this.module.children.values()].map(pyModule);
  }
}

/** Parameters given to an optimizer: any iterable of tensors (a generator, a list). */
export function parameterList(v: PyValue, iterate: (v: PyValue) => Iterable<PyValue>): Tensor[] {
  const list = v instanceof PyList || v instanceof PyTuple ? v.items : [...iterate(v)];
  return list.map((p) => toTensor(p, 'optimizer parameters'));
}

export class PyOptimizer extends HostObject {
  readonly moduleName = 'torch.optim';
  constructor(
    readonly typeName: string,
    readonly optimizer: Optimizer,
  ) {
    super();
  }
  getAttr(name: string): PyValue | undefined {
    const opt = this.optimizer;
    if (name === 'step') {
      return markTraceable(hostFunction('step', () => {
        opt.step();
        traceEffect('step', opt, () => opt.step());
        return null;
      }));
    }
    if (name === 'zero_grad') {
      return markTraceable(hostFunction('zero_grad', (args, kwargs) => {
        const b = bindArgs('zero_grad', [['set_to_none', false]], args, kwargs);
        const setToNone = Boolean(b.set_to_none);
        opt.zeroGrad(setToNone);
        traceEffect(`zero_grad:${setToNone}`, opt, () => opt.zeroGrad(setToNone));
        return null;
      }));
    }
    return undefined;
  }
}

