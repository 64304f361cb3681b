// Shared pieces of the torch binding: per-interpreter state (generator, submodules) and
// host-function helpers that turn library errors into Python ones.
import { hostFunction, type HostContext, type KwArgs, type PyModule, type PyValue } from '../../python/objects/host';
import { guarded, py, toTensor } from './convert';
import { TorchGenerator } from '../core/random';
import type { Tensor } from '../core/tensor';
import { markTraceable } from '../core/recording';

export type Impl = (args: readonly PyValue[], kwargs: KwArgs) => PyValue;
// torch functions other than these only compute tensors, which a loop trace sees (or which
// have a fresh identity each iteration, which stops the trace).
const UNTRACEABLE = new Set(['manual_seed', 'seed', 'set_printoptions', 'set_grad_enabled', 'rand', 'randn', 'randint', 'randperm', 'bernoulli', 'normal', 'rand_like', 'randn_like', 'multinomial', 'dropout']);
export const fn = (name: string, impl: Impl) => {
  const f = hostFunction(name, (a, k) => guarded(() => impl(a, k)));
  return UNTRACEABLE.has(name) ? f : markTraceable(f);
};

/** Per-interpreter torch state: the generator and the submodules (one instance each). */
export class TorchState {
  generator = new TorchGenerator();
  readonly modules = new Map<string, PyModule>();
  module(name: string, build: () => PyModule): PyModule {
    let m = this.modules.get(name);
    if (!m) {
      m = build();
      this.modules.set(name, m);
    }
    return m;
  }
}
const states = new WeakMap<HostContext, TorchState>();
export function stateOf(ctx: HostContext): TorchState {
  let s = states.get(ctx);
  if (!s) {
    s = new TorchState();
    states.set(ctx, s);
  }
  return s;
}


export const unary = (name: string, f: (t: Tensor) => Tensor) => fn(name, (a) => py(f(toTensor(a[0] ?? null))));
