// torch.nn, torch.nn.functional and torch.optim as Python modules.
import {
  HostObject, PyModule, PyTuple, bindArgs, pyError, toIndex, toNumber,
  type HostContext, type KwArgs, type PyValue,
} from '../../python/objects/host';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits, mseLoss, type Reduction } from '../core/losses';
import * as nn from '../core/nn';
import { Adam, SGD } from '../core/optim';
import { py, toTensor } from './convert';
import { PyNnModule, PyOptimizer, parameterList, pyModule, toModule } from './nn-objects';
import { fn, stateOf, unary } from './state';
import type { Tensor } from '../core/tensor';
import { relu, sigmoid, tanh } from '../core/unary';

function reductionArg(name: string, a: readonly PyValue[], k: KwArgs): Reduction {
  const b = bindArgs(name, [['size_average', null], ['reduce', null], ['reduction', 'mean']], a, k);
  const r = b.reduction;
  if (r !== 'mean' && r !== 'sum' && r !== 'none') throw pyError('ValueError', `${String(r)} is not a valid value for reduction`);
  return r;
}

export function nnModule(ctx: HostContext): PyModule {
  const state = stateOf(ctx);
  return state.module('torch.nn', () => new PyModule('torch.nn', {
    functional: functionalModule(ctx),
    Linear: fn('Linear', (a, k) => {
      const b = bindArgs('Linear.__init__', ['in_features', 'out_features', ['bias', true]], a, k);
      return pyModule(new nn.Linear(state.generator, toIndex(b.in_features), toIndex(b.out_features), Boolean(b.bias)));
    }),
    Sigmoid: fn('Sigmoid', () => pyModule(nn.Sigmoid())),
    ReLU: fn('ReLU', () => pyModule(nn.ReLU())),
    Tanh: fn('Tanh', () => pyModule(nn.Tanh())),
    Sequential: fn('Sequential', (a) => pyModule(new nn.Sequential(a.map(toModule)))),
    MSELoss: fn('MSELoss', (a, k) => pyModule(nn.MSELoss(reductionArg('MSELoss.__init__', a, k)))),
    BCELoss: fn('BCELoss', (a, k) => pyModule(nn.BCELoss(reductionArg('BCELoss.__init__', a, k)))),
    BCEWithLogitsLoss: fn('BCEWithLogitsLoss', (a, k) => pyModule(nn.BCEWithLogitsLoss(reductionArg('BCEWithLogitsLoss.__init__', a, k)))),
    Parameter: fn('Parameter', (a) => {
      const t = toTensor(a[0] ?? null);
      const p = nn.parameter(Float32Array.from(t.data), t.shape);
      return py(p);
    }),
    Module: new ModuleType(),
  }));
}

class ModuleType extends HostObject {
  readonly typeName = 'type';
  instanceCheck(value: PyValue): boolean {
    return value instanceof PyNnModule;
  }
}

export function functionalModule(ctx: HostContext): PyModule {
  const loss = (name: string, f: (x: Tensor, y: Tensor, r: Reduction) => Tensor) =>
    fn(name, (a, k) => {
      const b = bindArgs(name, ['input', 'target', ['reduction', 'mean']], a, k);
      return py(f(toTensor(b.input), toTensor(b.target), b.reduction as Reduction));
    });
  return stateOf(ctx).module('torch.nn.functional', () => new PyModule('torch.nn.functional', {
    sigmoid: unary('sigmoid', sigmoid), relu: unary('relu', relu), tanh: unary('tanh', tanh),
    mse_loss: loss('mse_loss', mseLoss),
    binary_cross_entropy: loss('binary_cross_entropy', binaryCrossEntropy),
    binary_cross_entropy_with_logits: loss('binary_cross_entropy_with_logits', binaryCrossEntropyWithLogits),
  }));
}

function iterateHost(v: PyValue): Iterable<PyValue> {
  if (v instanceof HostObject && v.iterate) return v.iterate();
  throw pyError('TypeError', `optimizer params must be an iterable of Tensors, not ${v === null ? 'NoneType' : typeof v}`);
}

export function optimModule(ctx: HostContext): PyModule {
  return stateOf(ctx).module('torch.optim', () => new PyModule('torch.optim', {
    SGD: fn('SGD', (a, k) => {
      const b = bindArgs('SGD.__init__', ['params', 'lr', ['momentum', 0], ['dampening', 0], ['weight_decay', 0], ['nesterov', false]], a, k);
      const sgd = new SGD(parameterList(b.params, iterateHost), {
        lr: toNumber(b.lr), momentum: toNumber(b.momentum), dampening: toNumber(b.dampening),
        weightDecay: toNumber(b.weight_decay), nesterov: Boolean(b.nesterov),
      });
      return new PyOptimizer('SGD', sgd);
    }),
    Adam: fn('Adam', (a, k) => {
      const b = bindArgs('Adam.__init__', ['params', ['lr', 0.001], ['betas', new PyTuple([0.9, 0.999])], ['eps', 1e-8], ['weight_decay', 0]], a, k);
      const betas = (b.betas as PyTuple).items.map((v) => toNumber(v)) as [number, number];
      const adam = new Adam(parameterList(b.params, iterateHost), {
        lr: toNumber(b.lr), betas, eps: toNumber(b.eps), weightDecay: toNumber(b.weight_decay),
      });
      return new PyOptimizer('Adam', adam);
    }),
  }));
}

