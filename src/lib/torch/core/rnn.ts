// nn.RNN, nn.LSTM and nn.GRU over a whole sequence, as PyTorch 1.13's CPU path (RNN.cpp's _rnn_impl with
// FullLayer / FullBidirectionalLayer) composes them: per layer the input's projection for every
// time step at once (one linear over (T·B, input)), unbound into steps, then per step the cell of
// rnn-cell.ts with that precomputed part; the step outputs stacked; dropout between layers; the
// final states stacked per layer and direction. Same ops, same order, so values and gradients are
// PyTorch's.
import { add } from './elementwise';
import { unbindSteps } from './gather';
import { type TorchGenerator } from './generator';
import { linear, transposeDims } from './linalg';
import { cat, reshape, stack } from './reshape';
import { gruStep, lstmStep, simpleStep, type RnnNonlinearity } from './rnn-cell';
import { dropout } from './sampling';
import { Tensor } from './tensor';

export type RecurrentMode = 'RNN_TANH' | 'RNN_RELU' | 'LSTM' | 'GRU';

/** One layer and direction's parameters (bias_* null with bias=False). */
export interface LayerWeights {
  readonly weightIh: Tensor;
  readonly weightHh: Tensor;
  readonly biasIh: Tensor | null;
  readonly biasHh: Tensor | null;
}

export interface RecurrentOptions {
  readonly mode: RecurrentMode;
  readonly numLayers: number;
  readonly bidirectional: boolean;
  readonly batchFirst: boolean;
  readonly dropout: number;
  readonly training: boolean;
}

/** A layer's state: [h] for RNN, [h, c] for LSTM. */
type State = Tensor[];

/**
 * params.linear_ih(inputs) on (T, B, input): a contiguous input folds to (T·B, input) for one addmm;
 * the transposed input of batch_first (not contiguous when T and B both exceed 1) takes linear's
 * matmul path, the product first and the bias added after.
 */
function inputProjection(x: Tensor, contiguous: boolean, w: LayerWeights): Tensor {
  const [steps, batch, features] = x.shape;
  const rows = reshape(x, [steps * batch, features]);
  if (contiguous || !w.biasIh) return reshape(linear(rows, w.weightIh, w.biasIh), [steps, batch, w.weightIh.shape[0]]);
  return add(reshape(linear(rows, w.weightIh, null), [steps, batch, w.weightIh.shape[0]]), w.biasIh);
}

function step(mode: RecurrentMode, state: State, inputPart: Tensor, w: LayerWeights): State {
  if (mode === 'LSTM') return lstmStep(state[0], state[1], inputPart, w.weightHh, w.biasHh);
  if (mode === 'GRU') return [gruStep(state[0], inputPart, w.weightHh, w.biasHh)];
  const act: RnnNonlinearity = mode === 'RNN_TANH' ? 'tanh' : 'relu';
  return [simpleStep(state[0], inputPart, w.weightHh, w.biasHh, act)];
}

/** FullLayer over the steps (reversed for the reverse direction): the outputs in time order and the last state. */
function runDirection(mode: RecurrentMode, steps: Tensor[], state: State, w: LayerWeights, reverse: boolean): { outputs: Tensor[]; last: State } {
  const order = reverse ? [...steps].reverse() : steps;
  const outputs: Tensor[] = [];
  for (const part of order) {
    state = step(mode, state, part, w);
    outputs.push(state[0]);
  }
  if (reverse) outputs.reverse();
  return { outputs, last: state };
}

/**
 * _VF.rnn_tanh / rnn_relu / lstm / gru on a 3-D input ((T, B, input), or (B, T, input) with batch_first)
 * and checked states ((layers·directions, B, H) each). Returns the output and the final states.
 */
export function recurrent(
  input: Tensor, states: Tensor[], weights: LayerWeights[], options: RecurrentOptions, generator: TorchGenerator,
): { output: Tensor; states: Tensor[] } {
  const { mode, numLayers, bidirectional, batchFirst } = options;
  let layerInput = batchFirst ? transposeDims(input, 0, 1) : input;
  let contiguous = !batchFirst || input.shape[0] === 1 || input.shape[1] === 1;
  const perLayer = states.map(unbindSteps); // perLayer[k][layer·directions + direction]
  const finals: State[] = [];
  const directions = bidirectional ? 2 : 1;
  for (let layer = 0; layer < numLayers; layer++) {
    const outputs: Tensor[] = [];
    for (let d = 0; d < directions; d++) {
      const index = layer * directions + d;
      const steps = unbindSteps(inputProjection(layerInput, contiguous, weights[index]));
      const result = runDirection(mode, steps, perLayer.map((s) => s[index]), weights[index], d === 1);
      outputs.push(stack(result.outputs, 0));
      finals.push(result.last);
    }
    layerInput = directions === 1 ? outputs[0] : cat(outputs, 2);
    contiguous = true;
    if (options.dropout !== 0 && options.training && layer < numLayers - 1) layerInput = dropout(generator, layerInput, options.dropout, true);
  }
  const output = batchFirst ? transposeDims(layerInput, 0, 1) : layerInput;
  return { output, states: states.map((_, k) => stack(finals.map((s) => s[k]), 0)) };
}

