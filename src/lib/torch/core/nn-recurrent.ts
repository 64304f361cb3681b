// The recurrent modules beyond RNNCell: nn.RNN, nn.LSTM and nn.GRU (RNNBase), nn.LSTMCell and nn.GRUCell, with
// PyTorch 1.13's parameters (names, shapes, registration order, reset_parameters' U(±1/√hidden)
// draws in that order), module reprs, and forward's input checks, unbatched inputs and default
// zero states (torch/nn/modules/rnn.py). The computation is rnn.ts's and rnn-cell.ts's.
import { zeros } from './creation';
import { uniform_ } from './distributions';
import { TorchError } from './errors';
import { type TorchGenerator } from './generator';
import { Module, parameter } from './nn';
import { squeeze, unsqueeze } from './reshape';
import { recurrent, type LayerWeights, type RecurrentMode } from './rnn';
import { gruCell, lstmCell } from './rnn-cell';
import { Tensor } from './tensor';

/** What a recurrent module takes and gives beyond one tensor: (h, c) pairs, (output, h_n). */
export type TensorTree = Tensor | readonly TensorTree[];

/** A module whose forward takes and returns tuples (Python converts them); `forward` is not used. */
export abstract class TupleModule extends Module {
  /** Whether the hidden state is an (h, c) pair (LSTM, LSTMCell) rather than one tensor. */
  abstract readonly pairHidden: boolean;
  abstract forwardTree(input: Tensor, hidden: TensorTree | undefined): TensorTree;
  forward(): Tensor {
    throw new Error(`${this.name}.forward returns a tuple: call forwardTree`);
  }
}

/** Draws U(±1/√hidden) for each shape in order, as reset_parameters does over self.parameters(). */
function initUniform(module: Module, generator: TorchGenerator, hiddenSize: number, named: [string, number[]][]): void {
  const bound = hiddenSize > 0 ? 1 / Math.sqrt(hiddenSize) : 0;
  for (const [name, shape] of named) {
    const size = shape.reduce((a, b) => a * b, 1);
    module.ownParameters.set(name, parameter(uniform_(generator, new Float32Array(size), -bound, bound), shape));
  }
}

/**
 * RNNCellBase.__init__: weight_ih (chunks·hidden, input), weight_hh (chunks·hidden, hidden) and the
 * two biases (registered as None with bias=False), drawn in that order. chunks: RNNCell 1, GRUCell 3, LSTMCell 4.
 */
export function cellParameters(module: Module, generator: TorchGenerator, inputSize: number, hiddenSize: number, bias: boolean, chunks: number): void {
  const gates = chunks * hiddenSize;
  const named: [string, number[]][] = [['weight_ih', [gates, inputSize]], ['weight_hh', [gates, hiddenSize]]];
  if (bias) named.push(['bias_ih', [gates]], ['bias_hh', [gates]]);
  initUniform(module, generator, hiddenSize, named);
  if (!bias) {
    module.ownParameters.set('bias_ih', null);
    module.ownParameters.set('bias_hh', null);
  }
}

/** A cell's weight_ih, weight_hh, bias_ih, bias_hh (the biases null with bias=False), as the cell functions take them. */
export function cellWeights(module: Module): [Tensor, Tensor, Tensor | null, Tensor | null] {
  const p = (name: string) => module.ownParameters.get(name) ?? null;
  return [p('weight_ih')!, p('weight_hh')!, p('bias_ih'), p('bias_hh')];
}

/** RNNCellBase.extra_repr without the nonlinearity: 'input, hidden' and ', bias=False'. */
export function cellRepr(module: Module, inputSize: number, hiddenSize: number): string {
  return `${inputSize}, ${hiddenSize}` + (module.ownParameters.get('bias_ih') ? '' : ', bias=False');
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

export interface RNNBaseOptions {
  readonly numLayers: number;
  readonly bias: boolean;
  readonly batchFirst: boolean;
  readonly dropout: number;
  /** dropout as Python's float repr shows it ('0.5'), for the module repr. */
  readonly dropoutRepr: string;
  readonly bidirectional: boolean;
}

/** nn.RNN (mode RNN_TANH / RNN_RELU), nn.LSTM and nn.GRU. */
export class RNNBase extends TupleModule {
  readonly name: string;
  readonly pairHidden: boolean;
  /** `generator` answers the shared generator of the moment (torch.manual_seed replaces it) for dropout. */
  constructor(
    private readonly generator: () => TorchGenerator,
    readonly mode: RecurrentMode,
    readonly inputSize: number,
    readonly hiddenSize: number,
    readonly options: RNNBaseOptions,
  ) {
    super();
    this.name = mode === 'LSTM' || mode === 'GRU' ? mode : 'RNN';
    this.pairHidden = mode === 'LSTM';
    const gateSize = (mode === 'LSTM' ? 4 : mode === 'GRU' ? 3 : 1) * hiddenSize;
    const directions = options.bidirectional ? 2 : 1;
    const named: [string, number[]][] = [];
    for (let layer = 0; layer < options.numLayers; layer++) {
      for (let d = 0; d < directions; d++) {
        const suffix = `l${layer}${d === 1 ? '_reverse' : ''}`;
        const layerInput = layer === 0 ? inputSize : hiddenSize * directions;
        named.push([`weight_ih_${suffix}`, [gateSize, layerInput]], [`weight_hh_${suffix}`, [gateSize, hiddenSize]]);
        if (options.bias) named.push([`bias_ih_${suffix}`, [gateSize]], [`bias_hh_${suffix}`, [gateSize]]);
      }
    }
    initUniform(this, generator(), hiddenSize, named);
  }

  private layerWeights(): LayerWeights[] {
    const p = (name: string) => this.ownParameters.get(name) ?? null;
    const out: LayerWeights[] = [];
    for (let layer = 0; layer < this.options.numLayers; layer++) {
      for (let d = 0; d < (this.options.bidirectional ? 2 : 1); d++) {
        const suffix = `l${layer}${d === 1 ? '_reverse' : ''}`;
        out.push({ weightIh: p(`weight_ih_${suffix}`)!, weightHh: p(`weight_hh_${suffix}`)!, biasIh: p(`bias_ih_${suffix}`), biasHh: p(`bias_hh_${suffix}`) });
      }
    }
    return out;
  }

  forwardTree(input: Tensor, hidden: TensorTree | undefined): TensorTree {
    const lstm = this.mode === 'LSTM';
    const batched = input.ndim === 3;
    const batchDim = this.options.batchFirst ? 0 : 1;
    const x = batched ? input : unsqueeze(input, batchDim);
    let states: Tensor[];
    if (hidden === undefined) {
      const shape = [this.options.numLayers * (this.options.bidirectional ? 2 : 1), x.shape[batchDim], this.hiddenSize];
      states = lstm ? [zeros(shape), zeros(shape)] : [zeros(shape)];
    } else {
      states = lstm ? (hidden as Tensor[]) : [hidden as Tensor];
      const dims = states.map((s) => s.ndim);
      const want = batched ? 3 : 2;
      if (dims.some((d) => d !== want)) {
        const what = batched ? 'batched 3-D' : 'unbatched 2-D';
        throw new TorchError('RuntimeError', lstm
          ? `For ${what} input, hx and cx should also be ${want}-D but got (${dims[0]}-D, ${dims[1]}-D) tensors`
          : `For ${what} input, hx should also be ${want}-D but got ${dims[0]}-D tensor`);
      }
      if (!batched) states = states.map((s) => unsqueeze(s, 1));
    }
    this.checkArgs(x, states);
    const result = recurrent(x, states, this.layerWeights(), { mode: this.mode, ...this.options, training: this.training }, this.generator());
    const output = batched ? result.output : squeeze(result.output, batchDim);
    const finals = batched ? result.states : result.states.map((s) => squeeze(s, 1));
    return lstm ? [output, finals] : [output, finals[0]];
  }

  /** RNNBase.check_forward_args (LSTM's: hidden[0] and hidden[1]). */
  private checkArgs(x: Tensor, states: Tensor[]): void {
    if (x.ndim !== 3) throw new TorchError('RuntimeError', `input must have 3 dimensions, got ${x.ndim}`);
    if (x.shape[2] !== this.inputSize) {
      throw new TorchError('RuntimeError', `input.size(-1) must be equal to input_size. Expected ${this.inputSize}, got ${x.shape[2]}`);
    }
    const expected = [this.options.numLayers * (this.options.bidirectional ? 2 : 1), x.shape[this.options.batchFirst ? 0 : 1], this.hiddenSize];
    states.forEach((s, k) => {
      if (s.shape.length === 3 && s.shape.every((n, i) => n === expected[i])) return;
      const label = this.mode === 'LSTM' ? `hidden[${k}] size` : 'hidden size';
      throw new TorchError('RuntimeError', `Expected ${label} (${expected.join(', ')}), got ${shapeText(s.shape)}`);
    });
  }

  extraRepr(): string {
    const o = this.options;
    let text = `${this.inputSize}, ${this.hiddenSize}`;
    if (o.numLayers !== 1) text += `, num_layers=${o.numLayers}`;
    if (!o.bias) text += ', bias=False';
    if (o.batchFirst) text += ', batch_first=True';
    if (o.dropout !== 0) text += `, dropout=${o.dropoutRepr}`;
    if (o.bidirectional) text += ', bidirectional=True';
    return text;
  }
}

/** nn.LSTMCell: (h′, c′) = cell(x, (h, c)). */
export class LSTMCell extends TupleModule {
  readonly name = 'LSTMCell';
  readonly pairHidden = true;
  constructor(
    generator: TorchGenerator,
    readonly inputSize: number,
    readonly hiddenSize: number,
    bias = true,
  ) {
    super();
    cellParameters(this, generator, inputSize, hiddenSize, bias, 4);
  }
  forwardTree(input: Tensor, hidden: TensorTree | undefined): TensorTree {
    return lstmCell(input, hidden === undefined ? null : (hidden as [Tensor, Tensor]), ...cellWeights(this));
  }
  extraRepr(): string {
    return cellRepr(this, this.inputSize, this.hiddenSize);
  }
}

/** nn.GRUCell: h′ = cell(x, h). */
export class GRUCell extends Module {
  readonly name = 'GRUCell';
  override readonly optionalInputs = true;
  constructor(
    generator: TorchGenerator,
    readonly inputSize: number,
    readonly hiddenSize: number,
    bias = true,
  ) {
    super();
    cellParameters(this, generator, inputSize, hiddenSize, bias, 3);
  }
  forward(input: Tensor, hidden?: Tensor): Tensor {
    return gruCell(input, hidden ?? null, ...cellWeights(this));
  }
  extraRepr(): string {
    return cellRepr(this, this.inputSize, this.hiddenSize);
  }
}
