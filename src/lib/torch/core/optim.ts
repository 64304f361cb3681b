// torch.optim.SGD (momentum, dampening, nesterov, weight decay) and Adam,
// step for step as PyTorch 1.13's single-tensor implementations, in float32.
import { bumpVersion, Tensor } from './tensor';

const f = Math.fround;

/** One entry of a parameter's optimizer state: a float step count (a tensor in 1.13), an int one, an average, or None. */
export type StateEntry = [string, Float32Array | number | bigint | null];

export abstract class Optimizer {
  constructor(readonly params: Tensor[]) {
    if (params.length === 0) throw new RangeError('optimizer got an empty parameter list');
  }
  /** One optimizer step, then each parameter's storage counts an in-place write (its views re-read it). */
  step(): void {
    this.update();
    for (const p of this.params) bumpVersion(p);
  }
  protected abstract update(): void;
  /** optimizer.state_dict()['state'] of one parameter, in PyTorch's key order; undefined before it has any. */
  abstract stateOf(p: Tensor): StateEntry[] | undefined;
  /** 1.13 default: grads zeroed in place (set_to_none=False). */
  zeroGrad(setToNone = false): void {
    for (const p of this.params) {
      if (!p.grad) continue;
      if (setToNone) p.grad = null;
      else {
        p.grad.data.fill(0);
        bumpVersion(p.grad);
      }
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
  /** Parameters a step has updated: their state holds momentum_buffer (None without momentum). */
  private readonly stepped = new Set<Tensor>();
  stateOf(p: Tensor): StateEntry[] | undefined {
    return this.stepped.has(p) ? [['momentum_buffer', this.buffers.get(p) ?? null]] : undefined;
  }
  constructor(
    params: Tensor[],
    readonly options: SGDOptions,
  ) {
    super(params);
  }

  protected update(): void {
    const { lr, momentum = 0, dampening = 0, weightDecay = 0, nesterov = false } = this.options;
    const negLr = f(-lr);
    for (const p of this.params) {
      if (!p.grad) continue;
      this.stepped.add(p);
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
      for (let i = 0; i < w.length; i++) sgdUpdateAt(i, w, d, negLr);
    }
  }
}

/** SGD's update of element i: param.add_(d_p, alpha=-lr), a + alpha·b with one rounding (fused in the kernel). */
export function sgdUpdateAt(i: number, w: Float32Array, d: ArrayLike<number>, negLr: number): void {
  w[i] = w[i] + negLr * d[i];
}

export interface AdamOptions {
  lr?: number;
  betas?: [number, number];
  eps?: number;
  weightDecay?: number;
  /** Normalise by the largest exp_avg_sq so far (torch.maximum, then the same denominator). */
  amsgrad?: boolean;
}

/** The float32 scalars of one Adam step (Python computes them in double; each kernel casts to float32). */
export interface AdamStepConstants {
  beta1: number;
  beta2: number;
  oneMinusBeta1: number;
  oneMinusBeta2: number;
  /** −lr / (1 − β1^step) */
  stepSize: number;
  /** √(1 − β2^step) */
  biasCorrection2Sqrt: number;
  eps: number;
}

/** The scalars of Adam's `step`-th update (1-based), as PyTorch 1.13's single-tensor Adam computes them. */
export function adamStepConstants(step: number, { lr = 0.001, betas = [0.9, 0.999], eps = 1e-8 }: AdamOptions = {}): AdamStepConstants {
  const [beta1, beta2] = betas;
  return {
    beta1: f(beta1),
    beta2: f(beta2),
    oneMinusBeta1: f(1 - beta1),
    oneMinusBeta2: f(1 - beta2),
    stepSize: f(-(lr / (1 - beta1 ** step))),
    biasCorrection2Sqrt: f(Math.sqrt(1 - beta2 ** step)),
    eps: f(eps),
  };
}

/**
 * Adam's update of element i, in float32 (each store into a Float32Array rounds): the one copy of
 * the arithmetic that torch.optim.Adam here and the demos' fused CPU/WASM kernel share.
 */
export function adamUpdateAt(
  i: number, w: Float32Array, g: ArrayLike<number>, expAvg: Float32Array, expAvgSq: Float32Array, c: AdamStepConstants, maxExpAvgSq?: Float32Array,
): void {
  expAvg[i] = f(expAvg[i] * c.beta1) + c.oneMinusBeta1 * g[i]; // mul_(beta1).add_(grad, alpha=1-beta1)
  // addcmul_ computes value·t1·t2 left to right, (value·g)·g, fused onto the sum
  expAvgSq[i] = f(expAvgSq[i] * c.beta2) + f(c.oneMinusBeta2 * g[i]) * g[i]; // addcmul_(grad, grad, value=1-beta2)
  let second = expAvgSq[i];
  if (maxExpAvgSq) {
    // torch.maximum(max_exp_avg_sq, exp_avg_sq, out=max_exp_avg_sq): NaN wins
    const m = maxExpAvgSq[i];
    maxExpAvgSq[i] = second = Number.isNaN(m) || Number.isNaN(second) ? NaN : Math.max(m, second);
  }
  const denom = f(f(Math.sqrt(second)) / c.biasCorrection2Sqrt) + c.eps;
  // addcdiv_ computes value·t1/t2 left to right, (value·exp_avg)/denom
  w[i] = w[i] + f(f(c.stepSize * expAvg[i]) / f(denom)); // addcdiv_(exp_avg, denom, value=-step_size)
}

export class Adam extends Optimizer {
  private readonly state = new Map<Tensor, { step: number; expAvg: Float32Array; expAvgSq: Float32Array; maxExpAvgSq?: Float32Array }>();
  stateOf(p: Tensor): StateEntry[] | undefined {
    const s = this.state.get(p);
    if (!s) return undefined;
    const entries: StateEntry[] = [['step', s.step], ['exp_avg', s.expAvg], ['exp_avg_sq', s.expAvgSq]];
    if (s.maxExpAvgSq) entries.push(['max_exp_avg_sq', s.maxExpAvgSq]);
    return entries;
  }
  constructor(
    params: Tensor[],
    readonly options: AdamOptions = {},
  ) {
    super(params);
  }

  protected update(): void {
    const { weightDecay = 0 } = this.options;
    for (const p of this.params) {
      if (!p.grad) continue;
      const w = p.data as Float32Array;
      let g = p.grad.data as Float32Array;
      let s = this.state.get(p);
      if (!s) {
        s = { step: 0, expAvg: new Float32Array(w.length), expAvgSq: new Float32Array(w.length) };
        if (this.options.amsgrad) s.maxExpAvgSq = new Float32Array(w.length);
        this.state.set(p, s);
      }
      s.step += 1;
      if (weightDecay !== 0) g = g.map((v, i) => v + f(weightDecay) * w[i]);
      const constants = adamStepConstants(s.step, this.options);
      for (let i = 0; i < w.length; i++) adamUpdateAt(i, w, g, s.expAvg, s.expAvgSq, constants, s.maxExpAvgSq);
    }
  }
}

export interface RMSpropOptions {
  lr?: number;
  alpha?: number;
  eps?: number;
  weightDecay?: number;
  momentum?: number;
  centered?: boolean;
}

/** torch.optim.RMSprop, PyTorch 1.13's single-tensor update in float32. */
export class RMSprop extends Optimizer {
  private readonly state = new Map<Tensor, { step: number; squareAvg: Float32Array; gradAvg: Float32Array | null; buf: Float32Array | null }>();
  stateOf(p: Tensor): StateEntry[] | undefined {
    const s = this.state.get(p);
    if (!s) return undefined;
    const entries: StateEntry[] = [['step', BigInt(s.step)], ['square_avg', s.squareAvg]]; // RMSprop's step is a Python int in 1.13
    if (s.buf) entries.push(['momentum_buffer', s.buf]);
    if (s.gradAvg) entries.push(['grad_avg', s.gradAvg]);
    return entries;
  }
  constructor(
    params: Tensor[],
    readonly options: RMSpropOptions = {},
  ) {
    super(params);
  }

  protected update(): void {
    const { lr = 0.01, alpha = 0.99, eps = 1e-8, weightDecay = 0, momentum = 0, centered = false } = this.options;
    const a = f(alpha), keep = f(1 - alpha), e = f(eps), negLr = f(-lr), m = f(momentum), wd = f(weightDecay);
    for (const p of this.params) {
      if (!p.grad) continue;
      const w = p.data as Float32Array;
      const g = p.grad.data as Float32Array;
      let s = this.state.get(p);
      if (!s) {
        s = { step: 0, squareAvg: new Float32Array(w.length), gradAvg: centered ? new Float32Array(w.length) : null, buf: momentum > 0 ? new Float32Array(w.length) : null };
        this.state.set(p, s);
      }
      s.step += 1;
      const sq = s.squareAvg;
      for (let i = 0; i < w.length; i++) {
        const gi = weightDecay !== 0 ? f(g[i] + wd * w[i]) : g[i]; // grad.add(param, alpha=weight_decay)
        sq[i] = f(sq[i] * a) + f(keep * gi) * gi; // mul_(alpha).addcmul_(grad, grad, value=1-alpha)
        let avg: number;
        if (centered) {
          const ga = s.gradAvg ?? (s.gradAvg = new Float32Array(w.length));
          ga[i] = f(ga[i] * a) + keep * gi; // mul_(alpha).add_(grad, alpha=1-alpha)
          avg = f(Math.sqrt(f(sq[i] - ga[i] * ga[i]))); // addcmul(grad_avg, grad_avg, value=-1).sqrt_()
        } else {
          avg = f(Math.sqrt(sq[i]));
        }
        avg = f(avg + e);
        if (momentum > 0) {
          const buf = s.buf ?? (s.buf = new Float32Array(w.length));
          buf[i] = f(buf[i] * m) + f(gi / avg); // mul_(momentum).addcdiv_(grad, avg)
          w[i] = w[i] + negLr * buf[i]; // add_(buf, alpha=-lr)
        } else {
          w[i] = w[i] + f(f(negLr * gi) / avg); // addcdiv_(grad, avg, value=-lr)
        }
      }
    }
  }
}

export interface AdagradOptions {
  lr?: number;
  lrDecay?: number;
  weightDecay?: number;
  initialAccumulatorValue?: number;
  eps?: number;
}

/** torch.optim.Adagrad, PyTorch 1.13's single-tensor update in float32. */
export class Adagrad extends Optimizer {
  private readonly state = new Map<Tensor, { step: number; sum: Float32Array }>();
  stateOf(p: Tensor): StateEntry[] | undefined {
    const s = this.state.get(p);
    return s && [['step', s.step], ['sum', s.sum]];
  }
  constructor(
    params: Tensor[],
    readonly options: AdagradOptions = {},
  ) {
    super(params);
    // The state sums are created at construction, filled with initial_accumulator_value.
    for (const p of params) this.state.set(p, { step: 0, sum: new Float32Array(p.size).fill(options.initialAccumulatorValue ?? 0) });
  }

  protected update(): void {
    const { lr = 0.01, lrDecay = 0, weightDecay = 0, eps = 1e-10 } = this.options;
    const e = f(eps), wd = f(weightDecay);
    for (const p of this.params) {
      if (!p.grad) continue;
      const w = p.data as Float32Array;
      const g = p.grad.data as Float32Array;
      const s = this.state.get(p)!;
      s.step += 1;
      const clr = lr / (1 + (s.step - 1) * lrDecay); // Python floats
      const negClr = f(-clr);
      const sum = s.sum;
      for (let i = 0; i < w.length; i++) {
        const gi = weightDecay !== 0 ? f(g[i] + wd * w[i]) : g[i];
        sum[i] = sum[i] + gi * gi; // addcmul_(grad, grad, value=1)
        const std = f(f(Math.sqrt(sum[i])) + e); // sqrt().add_(eps)
        w[i] = w[i] + f(f(negClr * gi) / std); // addcdiv_(grad, std, value=-clr)
      }
    }
  }
}
