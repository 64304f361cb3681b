// torch.nn modules: Linear (PyTorch's exact init from the shared generator),
// activations, Sequential, the three losses, Dropout, with PyTorch's module reprs.
import { linear } from './linalg';
import { binaryCrossEntropy, binaryCrossEntropyWithLogits, crossEntropy, mseLoss, nllLoss, targetSizeWarning, type Reduction } from './losses';
import { logSoftmax, softmax } from './softmax';
import { type TorchGenerator } from './generator';
import { kaimingUniform_, linearInit } from './init';
import { bumpVersion, Tensor } from './tensor';
import { relu, sigmoid, tanh } from './unary';
import { dropout } from './sampling';
import { elu, leakyRelu, softplus } from './activations';
import { reshape } from './reshape';
import { wrapDim } from './shape';
import { TorchError } from './errors';

export function parameter(data: Float32Array, shape: number[]): Tensor {
  const p = new Tensor(data, shape, 'float32');
  p.requiresGrad = true;
  p.isParameter = true;
  return p;
}

export abstract class Module {
  abstract readonly name: string;
  training = true;
  /** Own parameters by attribute name, in registration order. */
  readonly ownParameters = new Map<string, Tensor | null>();
  /** Child modules by name ('0', '1', ... for Sequential). */
  readonly children = new Map<string, Module>();

  abstract forward(...inputs: Tensor[]): Tensor;
  /** Whether inputs after the first may be left out (None in Python): RNNCell's hidden state. */
  readonly optionalInputs: boolean = false;

  call(...inputs: Tensor[]): Tensor {
    return this.forward(...inputs);
  }

  /** Every parameter of this module and its children, depth first, no duplicates. */
  parameters(): Tensor[] {
    const seen = new Set<Tensor>();
    const walk = (m: Module): void => {
      for (const p of m.ownParameters.values()) if (p && !seen.has(p)) seen.add(p);
      for (const c of m.children.values()) walk(c);
    };
    walk(this);
    return [...seen];
  }

  namedParameters(prefix = ''): [string, Tensor][] {
    const out: [string, Tensor][] = [];
    for (const [k, p] of this.ownParameters) if (p) out.push([prefix + k, p]);
    for (const [k, c] of this.children) out.push(...c.namedParameters(`${prefix}${k}.`));
    return out;
  }

  /** PyTorch 1.13 default (set_to_none=False): zero existing grads in place. */
  zeroGrad(setToNone = false): void {
    for (const p of this.parameters()) {
      if (!p.grad) continue;
      if (setToNone) p.grad = null;
      else {
        p.grad.data.fill(0);
        bumpVersion(p.grad);
      }
    }
  }

  train(mode = true): this {
    this.training = mode;
    for (const c of this.children.values()) c.train(mode);
    return this;
  }

  extraRepr(): string {
    return '';
  }

  /** nn.Module.__repr__: extra_repr, then each child indented by two. */
  repr(): string {
    const extra = this.extraRepr();
    const extraLines = extra ? extra.split('\n') : [];
    const childLines = [...this.children].map(([key, m]) => `(${key}): ${m.repr().split('\n').join('\n  ')}`);
    const lines = [...extraLines, ...childLines];
    let main = this.name + '(';
    if (lines.length > 0) {
      main += extraLines.length === 1 && childLines.length === 0 ? extraLines[0] : '\n  ' + lines.join('\n  ') + '\n';
    }
    return main + ')';
  }
}

export class Linear extends Module {
  readonly name = 'Linear';
  constructor(
    generator: TorchGenerator,
    readonly inFeatures: number,
    readonly outFeatures: number,
    bias = true,
  ) {
    super();
    if (bias) {
      const init = linearInit(generator, inFeatures, outFeatures);
      this.ownParameters.set('weight', parameter(init.weight, [outFeatures, inFeatures]));
      this.ownParameters.set('bias', parameter(init.bias, [outFeatures]));
    } else {
      // reset_parameters draws the bias only when there is one.
      const weight = kaimingUniform_(generator, new Float32Array(outFeatures * inFeatures), inFeatures, Math.sqrt(5));
      this.ownParameters.set('weight', parameter(weight, [outFeatures, inFeatures]));
      this.ownParameters.set('bias', null);
    }
  }
  get weight(): Tensor {
    return this.ownParameters.get('weight')!;
  }
  get bias(): Tensor | null {
    return this.ownParameters.get('bias') ?? null;
  }
  forward(x: Tensor): Tensor {
    return linear(x, this.weight, this.bias);
  }
  extraRepr(): string {
    return `in_features=${this.inFeatures}, out_features=${this.outFeatures}, bias=${this.bias ? 'True' : 'False'}`;
  }
}

class Activation extends Module {
  constructor(
    readonly name: string,
    private readonly fn: (t: Tensor) => Tensor,
  ) {
    super();
  }
  forward(x: Tensor): Tensor {
    return this.fn(x);
  }
}

export const Sigmoid = () => new Activation('Sigmoid', sigmoid);
export const ReLU = () => new Activation('ReLU', relu);
export const Tanh = () => new Activation('Tanh', tanh);

/** An activation with constructor arguments, shown by its repr: `LeakyReLU(negative_slope=0.01)`. */
class ParametrizedActivation extends Module {
  constructor(
    readonly name: string,
    private readonly fn: (t: Tensor) => Tensor,
    private readonly extra: string,
  ) {
    super();
  }
  forward(x: Tensor): Tensor {
    return this.fn(x);
  }
  extraRepr(): string {
    return this.extra;
  }
}

/** Python's repr of a float (`1.0`, `0.01`) for the reprs of modules built with floats. */
export type FloatRepr = (v: number) => string;

export const LeakyReLU = (negativeSlope: number, slopeRepr: string) =>
  new ParametrizedActivation('LeakyReLU', (x) => leakyRelu(x, negativeSlope), `negative_slope=${slopeRepr}`);
export const ELU = (alpha: number, alphaRepr: string) => new ParametrizedActivation('ELU', (x) => elu(x, alpha), `alpha=${alphaRepr}`);
export const Softplus = (beta: number, threshold: number, betaRepr: string, thresholdRepr: string) =>
  new ParametrizedActivation('Softplus', (x) => softplus(x, beta, threshold), `beta=${betaRepr}, threshold=${thresholdRepr}`);
export const Identity = () => new ParametrizedActivation('Identity', (x) => x, '');

/** nn.Flatten(start_dim=1, end_dim=-1): the dims start..end merged into one. */
export const Flatten = (startDim: number, endDim: number) =>
  new ParametrizedActivation('Flatten', (x) => {
    if (x.ndim === 0) return reshape(x, [1]);
    const s = wrapDim(startDim, x.ndim), e = wrapDim(endDim, x.ndim);
    if (s > e) throw new RangeError('flatten() has invalid args: start_dim cannot come after end_dim');
    if (s === e) return x;
    const merged = x.shape.slice(s, e + 1).reduce((a, b) => a * b, 1);
    return reshape(x, [...x.shape.slice(0, s), merged, ...x.shape.slice(e + 1)]);
  }, `start_dim=${startDim}, end_dim=${endDim}`);

/** nn.ModuleList: holds modules (indexable, iterable, append); it has no forward. */
export class ModuleList extends Module {
  readonly name = 'ModuleList';
  constructor(modules: Module[] = []) {
    super();
    modules.forEach((m) => this.append(m));
  }
  append(m: Module): void {
    this.children.set(String(this.children.size), m);
  }
  forward(): Tensor {
    throw new TorchError('NotImplementedError', 'Module [ModuleList] is missing the required "forward" function');
  }
}

export class Sequential extends Module {
  readonly name = 'Sequential';
  constructor(modules: Module[]) {
    super();
    modules.forEach((m, i) => this.children.set(String(i), m));
  }
  get length(): number {
    return this.children.size;
  }
  at(index: number): Module {
    const n = this.children.size;
    if (index < -n || index >= n) throw new RangeError(`index ${index} is out of range`);
    return this.children.get(String(index < 0 ? index + n : index))!;
  }
  forward(x: Tensor): Tensor {
    let y = x;
    for (const m of this.children.values()) y = m.forward(y);
    return y;
  }
}

/**
 * A module defined by the caller (a Python `class Net(nn.Module)` through the binding): its
 * forward is given, its parameters and children are registered as they are assigned.
 */
export class CustomModule extends Module {
  constructor(
    readonly name: string,
    private readonly forwardImpl: (...inputs: Tensor[]) => Tensor,
  ) {
    super();
  }
  forward(...inputs: Tensor[]): Tensor {
    return this.forwardImpl(...inputs);
  }
}

class Loss extends Module {
  constructor(
    readonly name: string,
    readonly fn: (input: Tensor, target: Tensor, reduction: Reduction) => Tensor,
    readonly reduction: Reduction,
  ) {
    super();
  }
  forward(input: Tensor, target: Tensor): Tensor {
    return this.fn(input, target, this.reduction);
  }
}

/** MSELoss's warning for a target of another size (losses.ts#targetSizeWarning), null for other modules. */
export function lossSizeWarning(module: Module, inputs: readonly Tensor[]): string | null {
  return module instanceof Loss && module.fn === mseLoss && inputs.length === 2 ? targetSizeWarning(inputs[0], inputs[1]) : null;
}

export const MSELoss = (reduction: Reduction = 'mean') => new Loss('MSELoss', mseLoss, reduction);
export const BCELoss = (reduction: Reduction = 'mean') => new Loss('BCELoss', binaryCrossEntropy, reduction);
export const BCEWithLogitsLoss = (reduction: Reduction = 'mean') =>
  new Loss('BCEWithLogitsLoss', binaryCrossEntropyWithLogits, reduction);

/** PyTorch's dim for softmax called without one (it warns): 0 for 0-, 1- and 3-dim inputs, else 1. */
export function legacySoftmaxDim(ndim: number): number {
  return ndim === 0 || ndim === 1 || ndim === 3 ? 0 : 1;
}

/** nn.Softmax(dim) and nn.LogSoftmax(dim): repr `Softmax(dim=1)`. */
class SoftmaxModule extends Module {
  constructor(
    readonly name: 'Softmax' | 'LogSoftmax',
    readonly dim: number | null,
  ) {
    super();
  }
  forward(x: Tensor): Tensor {
    const dim = this.dim ?? legacySoftmaxDim(x.ndim);
    return this.name === 'Softmax' ? softmax(x, dim) : logSoftmax(x, dim);
  }
  extraRepr(): string {
    return `dim=${this.dim === null ? 'None' : this.dim}`;
  }
}

export const Softmax = (dim: number | null) => new SoftmaxModule('Softmax', dim);
export const LogSoftmax = (dim: number | null) => new SoftmaxModule('LogSoftmax', dim);
export const CrossEntropyLoss = (reduction: Reduction = 'mean') => new Loss('CrossEntropyLoss', crossEntropy, reduction);
export const NLLLoss = (reduction: Reduction = 'mean') => new Loss('NLLLoss', nllLoss, reduction);

/**
 * nn.Dropout(p): in training, `dropout` with the generator current at each call (the kernel's
 * default one, which torch.manual_seed replaces); in eval mode the identity.
 */
export class Dropout extends Module {
  readonly name = 'Dropout';
  constructor(
    private readonly generator: () => TorchGenerator,
    readonly p: number,
    /** p as Python prints it (`0.5`, or `1` when given as an int). */
    readonly pText: string = String(p),
  ) {
    super();
  }
  forward(x: Tensor): Tensor {
    return dropout(this.generator(), x, this.p, this.training);
  }
  extraRepr(): string {
    return `p=${this.pText}, inplace=False`;
  }
}
