// torch.nn.init: the in-place initialisers, drawing from the session's generator exactly as
// PyTorch 1.13's (they run under no_grad and return the tensor they were given). The bounds
// and standard deviations are computed in double as torch/nn/init.py computes them; the draws
// are the core's uniform_/normal kernels (core/distributions.ts, core/sampling.ts).
import { PyModule, pyError, toNumber, type HostContext, type PyValue } from '../../python/objects/host';
import { uniform_ } from '../core/distributions';
import { calculateGain, kaimingStd, xavierStd } from '../core/init';
import { normal } from '../core/sampling';
import { bumpVersion, type Tensor } from '../core/tensor';
import { assertWritable } from '../core/views';
import { guarded, toTensor } from './convert';
import { sessionOf, type TorchSession } from './session';
import { bindSignature, type Signature } from './signature';
import { TorchFunction } from './tensor-object';

export interface InitFunction extends Signature {
  readonly name: string;
  /** One line for the guide (Korean). */
  readonly doc: string;
  /** Fills the (writable, float32) tensor in place with the bound arguments after it. */
  readonly fill: (t: Tensor, args: PyValue[], session: TorchSession) => void;
  /** Whether it draws random numbers (then only float32 tensors are supported). */
  readonly random?: boolean;
}

function drawUniform(t: Tensor, session: TorchSession, low: number, high: number): void {
  uniform_(session.generator, t.data as Float32Array, low, high);
}
function drawNormal(t: Tensor, session: TorchSession, mean: number, std: number): void {
  (t.data as Float32Array).set(normal(session.generator, mean, std, [...t.shape]).data);
}
const str = (value: PyValue, name: string): string => {
  if (typeof value !== 'string') throw pyError('TypeError', `${name} must be a string`);
  return value;
};

export const INIT_FUNCTIONS: readonly InitFunction[] = [
  { name: 'zeros_', doc: '0으로 채우기 (제자리)', params: ['tensor'], fill: (t) => t.data.fill(0) },
  { name: 'ones_', doc: '1로 채우기 (제자리)', params: ['tensor'], fill: (t) => t.data.fill(1) },
  { name: 'constant_', doc: 'val로 채우기 (제자리)', params: ['tensor', 'val'], fill: (t, [val]) => t.data.fill(toNumber(val)) },
  {
    name: 'uniform_', doc: 'U(a, b)에서 뽑기 (PyTorch와 같은 난수)', params: ['tensor', ['a', 0.0], ['b', 1.0]], random: true,
    fill: (t, [a, b], session) => drawUniform(t, session, toNumber(a), toNumber(b)),
  },
  {
    name: 'normal_', doc: 'N(mean, std²)에서 뽑기 (PyTorch와 같은 난수)', params: ['tensor', ['mean', 0.0], ['std', 1.0]], random: true,
    fill: (t, [mean, std], session) => drawNormal(t, session, toNumber(mean), toNumber(std)),
  },
  {
    name: 'xavier_uniform_', doc: 'Glorot 균등 초기화: U(±gain·√(6/(fan_in+fan_out)))', params: ['tensor', ['gain', 1.0]], random: true,
    fill: (t, [gain], session) => {
      const bound = Math.sqrt(3.0) * xavierStd(t.shape, toNumber(gain));
      drawUniform(t, session, -bound, bound);
    },
  },
  {
    name: 'xavier_normal_', doc: 'Glorot 정규 초기화: N(0, gain²·2/(fan_in+fan_out))', params: ['tensor', ['gain', 1.0]], random: true,
    fill: (t, [gain], session) => drawNormal(t, session, 0, xavierStd(t.shape, toNumber(gain))),
  },
  {
    name: 'kaiming_uniform_', doc: 'He 균등 초기화 (mode, nonlinearity)', params: ['tensor', ['a', 0n], ['mode', 'fan_in'], ['nonlinearity', 'leaky_relu']], random: true,
    fill: (t, [a, mode, nonlinearity], session) => {
      const bound = Math.sqrt(3.0) * kaimingStd(t.shape, toNumber(a), str(mode, 'mode'), str(nonlinearity, 'nonlinearity'));
      drawUniform(t, session, -bound, bound);
    },
  },
  {
    name: 'kaiming_normal_', doc: 'He 정규 초기화 (mode, nonlinearity)', params: ['tensor', ['a', 0n], ['mode', 'fan_in'], ['nonlinearity', 'leaky_relu']], random: true,
    fill: (t, [a, mode, nonlinearity], session) => drawNormal(t, session, 0, kaimingStd(t.shape, toNumber(a), str(mode, 'mode'), str(nonlinearity, 'nonlinearity'))),
  },
];

export function initModule(ctx: HostContext): PyModule {
  const session = sessionOf(ctx);
  return session.module('torch.nn.init', () => new PyModule('torch.nn.init', {
    ...Object.fromEntries(INIT_FUNCTIONS.map((entry) => [
      entry.name,
      new TorchFunction(entry.name, (args, kwargs) => guarded(() => {
        const [self, ...rest] = bindSignature(entry.name, entry, args, kwargs);
        const t = toTensor(self, 'tensor');
        if (entry.random && t.dtype !== 'float32') {
          throw pyError('NotImplementedError', `${t.dtype} 텐서의 torch.nn.init.${entry.name}는 아직 지원하지 않습니다 / torch.nn.init.${entry.name} on ${t.dtype} tensors is not supported yet`);
        }
        assertWritable(t);
        entry.fill(t, rest, session);
        bumpVersion(t);
        return self;
      }), false),
    ])),
    calculate_gain: new TorchFunction('calculate_gain', (args, kwargs) => guarded(() => {
      const [nonlinearity, param] = bindSignature('calculate_gain', { params: ['nonlinearity', ['param', null]] }, args, kwargs);
      return calculateGain(str(nonlinearity, 'nonlinearity'), param === null ? null : toNumber(param));
    }), false),
  }));
}
