// torch.optim as Python sees it: the table of optimizers (one entry each: Python name, doc
// line, parameters, how to build the core optimizer) and the optimizer object, whose step
// and zero_grad a loop trace replays. The update rules are the core's (../core/optim.ts).
import { HostObject, PyList, PyTuple, pyError, toNumber, typeNameOf, type PyValue } from '../../python/objects/host';
import { Adam, SGD, type Optimizer } from '../core/optim';
import { recordEffect } from '../core/recording';
import type { Tensor } from '../core/tensor';
import { guarded, toTensor } from './convert';
import { zeroGrad } from './effects';
import { bindSignature, type Signature } from './signature';
import { TorchFunction } from './tensor-object';

export interface OptimizerClass extends Signature {
  readonly name: string;
  /** One line for the guide's table of what cells support (Korean). */
  readonly doc: string;
  readonly build: (args: PyValue[]) => Optimizer;
}

export const OPTIMIZERS: readonly OptimizerClass[] = [
  {
    name: 'SGD', doc: '확률적 경사하강법 (momentum, weight_decay, nesterov)',
    params: ['params', 'lr', ['momentum', 0], ['dampening', 0], ['weight_decay', 0], ['nesterov', false]],
    build: ([params, lr, momentum, dampening, weightDecay, nesterov]) => new SGD(parameterList(params), {
      lr: toNumber(lr), momentum: toNumber(momentum), dampening: toNumber(dampening), weightDecay: toNumber(weightDecay), nesterov: Boolean(nesterov),
    }),
  },
  {
    name: 'Adam', doc: 'Adam (PyTorch와 같은 연산 순서)',
    params: ['params', ['lr', 0.001], ['betas', new PyTuple([0.9, 0.999])], ['eps', 1e-8], ['weight_decay', 0]],
    build: ([params, lr, betas, eps, weightDecay]) => new Adam(parameterList(params), {
      lr: toNumber(lr), betas: (betas as PyTuple).items.map((v) => toNumber(v)) as [number, number], eps: toNumber(eps), weightDecay: toNumber(weightDecay),
    }),
  },
];

/** The Python class object for a table entry: calling it builds the optimizer. */
export function optimizerClassFunction(entry: OptimizerClass): TorchFunction {
  const initName = `${entry.name}.__init__`;
  return new TorchFunction(entry.name, (args, kwargs) => guarded(() => new PyOptimizer(entry.name, entry.build(bindSignature(initName, entry, args, kwargs)))), true);
}

/** Parameters given to an optimizer: any iterable of tensors (a generator, a list). */
function parameterList(v: PyValue): Tensor[] {
  let items: Iterable<PyValue>;
  if (v instanceof PyList || v instanceof PyTuple) items = v.items;
  else if (v instanceof HostObject && v.iterate) items = v.iterate();
  else throw pyError('TypeError', `optimizer params must be an iterable of Tensors, not ${typeNameOf(v)}`);
  return [...items].map((p) => toTensor(p, 'optimizer parameters'));
}

class PyOptimizer extends HostObject {
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
      return new TorchFunction('step', () => {
        opt.step();
        recordEffect('step', opt, () => opt.step());
        return null;
      }, true);
    }
    if (name === 'zero_grad') return new TorchFunction('zero_grad', (args, kwargs) => zeroGrad(opt, args, kwargs), true);
    return undefined;
  }
}
