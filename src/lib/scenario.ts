// One demo's situation from its parameters: the simulated data and the starting point.
// The build-time figures and the live elements both start here, so they always agree.
import { simulateLecture, type LogisticData } from './logistic';
import type { Params } from './divergence';
import type { DemoParams } from './params';

export interface Scenario {
  /** The lecture's data after torch.manual_seed(seed), bit for bit PyTorch's. */
  data: LogisticData;
  /** The true parameters the data was simulated with. */
  truth: Params;
  /** Where training starts: the given init-w0/init-w1, else the nn.Linear(1, 1) PyTorch creates next. */
  init: Params;
}

export function prepareScenario(params: Pick<DemoParams, 'n' | 'w0' | 'w1' | 'seed' | 'initW0' | 'initW1'>): Scenario {
  const { data, init } = simulateLecture(params);
  return {
    data,
    truth: { w0: params.w0, w1: params.w1 },
    init: { w0: params.initW0 ?? init.w0, w1: params.initW1 ?? init.w1 },
  };
}

/** Every k-th point, at most `limit` of them: landscapes and figures do not need a million points. */
export function thinned(values: ArrayLike<number>, limit: number): Float64Array {
  const stride = Math.max(1, Math.ceil(values.length / limit));
  return Float64Array.from({ length: Math.ceil(values.length / stride) }, (_, i) => values[i * stride]);
}
