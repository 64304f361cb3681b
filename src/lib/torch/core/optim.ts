// torch.optim.SGD (momentum, dampening, nesterov, weight decay) and Adam,
// step for step as PyTorch 1.13's single-tensor implementations, in float32.
import { Tensor } from './tensor';

const f = Math.fround;

export abstract class Optimizer {
  constructor(readonly params: Tensor[]) {
    if (params.length === 0) throw new RangeError('optimizer got an empty parameter list');
  }
  abstract step(): void;
  /** 1.13 default: grads zeroed in place (set_to_none=False). */
  zeroGrad(setToNone = false): void {
    for (const p of this.params) {
      if (!p.grad) continue;
      if (setToNone) p.grad = null;
      else p.grad.data.fill(0);
    }
  }
}

export interface SGDOptions {
  lr: number;
  momentum?: number;
  dampening?: number;
  weightDecay?: number;
  nesterov?: boolean;
}

export class SGD extends Optimizer {
  private readonly buffers = new Map<Tensor, Float32Array>();
  constructor(
    params: Tensor[],
    readonly options: SGDOptions,
  ) {
    super(params);
  }

  step(): void {
    const { lr, momentum = 0, dampening = 0, weightDecay = 0, nesterov = false } = this.options;
    const negLr = f(-lr);
    for (const p of this.params) {
      if (!p.grad) continue;
      const w = p.data as Float32Array;
      let d = p.grad.data as Float32Array;
      if (weightDecay !== 0) d = d.map((g, i) => g + f(weightDecay) * w[i]);
      if (momentum !== 0) {
        let buf = this.buffers.get(p);
        if (!buf) {
          buf = Float32Array.from(d);
          this.buffers.set(p, buf);
        } else {
          const m = f(momentum);
          const keep = f(1 - dampening);
          for (let i = 0; i < buf.length; i++) buf[i] = f(buf[i] * m) + f(keep * d[i]);
        }
        if (nesterov) d = d.map((g, i) => g + f(momentum) * buf![i]);
        else d = buf;
      }
      // param.add_(d_p, alpha=-lr): a + alpha·b, one rounding (fused in the kernel)
      for (let i = 0; i < w.length; i++) w[i] = w[i] + negLr * d[i];
    }
  }
}

export interface AdamOptions {
  lr?: number;
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
}

export class Adam extends Optimizer {
  private readonly state = new Map<Tensor, { step: number; expAvg: Float32Array; expAvgSq: Float32Array }>();
  constructor(
    params: Tensor[],
    readonly options: AdamOptions = {},
  ) {
    super(params);
  }

  step(): void {
    const { lr = 0.001, betas = [0.9, 0.999], eps = 1e-8, weightDecay = 0 } = this.options;
    const [beta1, beta2] = betas;
    for (const p of this.params) {
      if (!p.grad) continue;
      const w = p.data as Float32Array;
      let g = p.grad.data as Float32Array;
      let s = this.state.get(p);
      if (!s) {
        s = { step: 0, expAvg: new Float32Array(w.length), expAvgSq: new Float32Array(w.length) };
        this.state.set(p, s);
      }
      s.step += 1;
      if (weightDecay !== 0) g = g.map((v, i) => v + f(weightDecay) * w[i]);
      const b1 = f(beta1);
      const b2 = f(beta2);
      const oneMinusB1 = f(1 - beta1);
      const oneMinusB2 = f(1 - beta2);
      // Scalars are doubles in Python, cast to float32 by each kernel.
      const biasCorrection1 = 1 - beta1 ** s.step;
      const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** s.step);
      const stepSize = f(-(lr / biasCorrection1));
      const bc2 = f(biasCorrection2Sqrt);
      const epsF = f(eps);
      for (let i = 0; i < w.length; i++) {
        s.expAvg[i] = f(s.expAvg[i] * b1) + oneMinusB1 * g[i]; // mul_(beta1).add_(grad, alpha=1-beta1)
        s.expAvgSq[i] = f(s.expAvgSq[i] * b2) + oneMinusB2 * f(g[i] * g[i]); // addcmul_(grad, grad, value=1-beta2)
        const denom = f(f(Math.sqrt(s.expAvgSq[i])) / bc2) + epsF;
        w[i] = w[i] + stepSize * f(s.expAvg[i] / f(denom)); // addcdiv_(exp_avg, denom, value=-step_size)
      }
    }
  }
}
