// The layers beyond Linear that the course's later lectures build: Conv2d and MaxPool2d (CNN),
// Embedding and RNNCell (RNN). Each has PyTorch 1.13's reset_parameters (same draws from the
// shared generator, in the same order) and module repr.
import { conv2d, maxPool2d } from './conv';
import { type TorchGenerator } from './generator';
import { kaimingUniform_ } from './init';
import { uniform_ } from './distributions';
import { normal } from './sampling';
import { embedding } from './embedding';
import { rnnCell, type RnnNonlinearity } from './rnn-cell';
import { Module, parameter } from './nn';
import { cellParameters, cellRepr, cellWeights } from './nn-recurrent';
import { Tensor } from './tensor';

const pair = (v: [number, number]) => `(${v[0]}, ${v[1]})`;

export class Conv2d extends Module {
  readonly name = 'Conv2d';
  constructor(
    generator: TorchGenerator,
    readonly inChannels: number,
    readonly outChannels: number,
    readonly kernelSize: [number, number],
    readonly stride: [number, number] = [1, 1],
    readonly padding: [number, number] = [0, 0],
    bias = true,
  ) {
    super();
    // kaiming_uniform_(a=√5) on the weight, then U(±1/√fan_in) for the bias: Linear's draws with fan_in = C·kh·kw
    const fanIn = inChannels * kernelSize[0] * kernelSize[1];
    const weight = kaimingUniform_(generator, new Float32Array(outChannels * fanIn), fanIn, Math.sqrt(5));
    this.ownParameters.set('weight', parameter(weight, [outChannels, inChannels, ...kernelSize]));
    const bound = fanIn > 0 ? 1 / Math.sqrt(fanIn) : 0;
    this.ownParameters.set('bias', bias ? parameter(uniform_(generator, new Float32Array(outChannels), -bound, bound), [outChannels]) : null);
  }
  forward(x: Tensor): Tensor {
    return conv2d(x, this.ownParameters.get('weight')!, this.ownParameters.get('bias') ?? null, { stride: this.stride, padding: this.padding });
  }
  extraRepr(): string {
    let text = `${this.inChannels}, ${this.outChannels}, kernel_size=${pair(this.kernelSize)}, stride=${pair(this.stride)}`;
    if (this.padding[0] !== 0 || this.padding[1] !== 0) text += `, padding=${pair(this.padding)}`;
    if (!this.ownParameters.get('bias')) text += ', bias=False';
    return text;
  }
}

export class MaxPool2d extends Module {
  readonly name = 'MaxPool2d';
  /** The arguments as given (an int or a pair), which the repr shows as they are. */
  constructor(
    readonly kernelSize: [number, number],
    readonly stride: [number, number],
    readonly padding: [number, number],
    readonly reprs: { kernel: string; stride: string; padding: string },
  ) {
    super();
  }
  forward(x: Tensor): Tensor {
    return maxPool2d(x, { kernel: this.kernelSize, stride: this.stride, padding: this.padding });
  }
  extraRepr(): string {
    return `kernel_size=${this.reprs.kernel}, stride=${this.reprs.stride}, padding=${this.reprs.padding}, dilation=1, ceil_mode=False`;
  }
}

export class Embedding extends Module {
  readonly name = 'Embedding';
  constructor(
    generator: TorchGenerator,
    readonly numEmbeddings: number,
    readonly embeddingDim: number,
    readonly paddingIdx: number | null = null,
  ) {
    super();
    // init.normal_(weight), then the padding row filled with 0
    const weight = normal(generator, 0, 1, [numEmbeddings, embeddingDim]).data as Float32Array;
    if (paddingIdx !== null) weight.fill(0, paddingIdx * embeddingDim, (paddingIdx + 1) * embeddingDim);
    this.ownParameters.set('weight', parameter(weight, [numEmbeddings, embeddingDim]));
  }
  forward(indices: Tensor): Tensor {
    return embedding(this.ownParameters.get('weight')!, indices, this.paddingIdx);
  }
  extraRepr(): string {
    return `${this.numEmbeddings}, ${this.embeddingDim}` + (this.paddingIdx === null ? '' : `, padding_idx=${this.paddingIdx}`);
  }
}

export class RNNCell extends Module {
  readonly name = 'RNNCell';
  override readonly optionalInputs = true;
  constructor(
    generator: TorchGenerator,
    readonly inputSize: number,
    readonly hiddenSize: number,
    bias = true,
    readonly nonlinearity: RnnNonlinearity = 'tanh',
  ) {
    super();
    cellParameters(this, generator, inputSize, hiddenSize, bias, 1);
  }
  forward(input: Tensor, hidden?: Tensor): Tensor {
    return rnnCell(input, hidden ?? null, ...cellWeights(this), this.nonlinearity);
  }
  extraRepr(): string {
    return cellRepr(this, this.inputSize, this.hiddenSize) + (this.nonlinearity === 'tanh' ? '' : `, nonlinearity=${this.nonlinearity}`);
  }
}
