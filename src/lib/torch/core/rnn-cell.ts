// One step of PyTorch 1.13's recurrent cells as RNN.cpp composes them, shared by the cell modules
// (nn.RNNCell, nn.LSTMCell, nn.GRUCell) and the sequence layers (rnn.ts). The hidden state's linear comes
// first and the input's part is added to it (`linear_hh(h).add_(input part)`): the cells compute
// the input part per step, the layers once for all steps. The ops are the core's own, so autograd
// and loop replay come with them.
import { zeros } from './creation';
import { add, mul, sub } from './elementwise';
import { TorchError } from './errors';
import { chunk } from './gather';
import { linear } from './linalg';
import { squeeze, unsqueeze } from './reshape';
import { Tensor } from './tensor';
import { relu, sigmoid, tanh } from './unary';

export type RnnNonlinearity = 'tanh' | 'relu';

/** SimpleCell: act(h·W_hhᵀ + b_hh + inputPart). */
export function simpleStep(h: Tensor, inputPart: Tensor, weightHh: Tensor, biasHh: Tensor | null, act: RnnNonlinearity): Tensor {
  const pre = add(linear(h, weightHh, biasHh), inputPart);
  return act === 'tanh' ? tanh(pre) : relu(pre);
}

/**
 * LSTMCell: gates = h·W_hhᵀ + b_hh + inputPart cut in 4 (i, f, g, o), sigmoid_/tanh_ on each in
 * place, cy = f·c + i·g, hy = o·tanh(cy). Each gate is a strided view of the gates in PyTorch, so
 * its sigmoid runs row by row (sigmoid's `row`).
 */
export function lstmStep(h: Tensor, c: Tensor, inputPart: Tensor, weightHh: Tensor, biasHh: Tensor | null): [Tensor, Tensor] {
  const gates = add(linear(h, weightHh, biasHh), inputPart);
  const [i, f, g, o] = chunk(gates, 4, 1);
  const row = i.shape[1];
  const ingate = sigmoid(i, row);
  const forgetgate = sigmoid(f, row);
  const cellgate = tanh(g);
  const outgate = sigmoid(o, row);
  const cy = add(mul(forgetgate, c), mul(ingate, cellgate));
  const hy = mul(outgate, tanh(cy));
  return [hy, cy];
}

/**
 * GRUCell: input and hidden gates each cut in 3 (r, z, n); r = σ(h_r + x_r), z = σ(h_z + x_z)
 * (in place on the hidden gates' strided views, so row by row), n = tanh(x_n + h_n·r),
 * h′ = (h − n)·z + n.
 */
export function gruStep(h: Tensor, inputPart: Tensor, weightHh: Tensor, biasHh: Tensor | null): Tensor {
  const [xr, xz, xn] = chunk(inputPart, 3, 1);
  const [hr, hz, hn] = chunk(linear(h, weightHh, biasHh), 3, 1);
  const row = hr.shape[1];
  const reset = sigmoid(add(hr, xr), row);
  const update = sigmoid(add(hz, xz), row);
  const candidate = tanh(add(xn, mul(hn, reset)));
  return add(mul(sub(h, candidate), update), candidate);
}

/** The cell modules' input: 1-D (one sample, made a batch of one) or 2-D, as RNNCellBase asserts. */
function cellInput(cell: string, input: Tensor, weightIh: Tensor): Tensor {
  if (input.ndim !== 1 && input.ndim !== 2) throw new TorchError('AssertionError', `${cell}: Expected input to be 1-D or 2-D but received ${input.ndim}-D tensor`);
  const x = input.ndim === 2 ? input : unsqueeze(input, 0);
  if (x.shape[1] !== weightIh.shape[1]) {
    throw new TorchError('RuntimeError', `input has inconsistent input_size: got ${x.shape[1]} expected ${weightIh.shape[1]}`);
  }
  return x;
}

/** A cell's hidden (or cell) state: given (unsqueezed for a 1-D input) or zeros; RNN.cpp's checks. */
function cellState(state: Tensor | null, x: Tensor, batched: boolean, hiddenSize: number): Tensor {
  if (!state) return zeros([x.shape[0], hiddenSize]);
  const h = batched ? state : unsqueeze(state, 0);
  if (h.shape[0] !== x.shape[0]) {
    throw new TorchError('RuntimeError', `Input batch size ${x.shape[0]} doesn't match hidden0 batch size ${h.shape[0]}`);
  }
  if (h.shape[1] !== hiddenSize) throw new TorchError('RuntimeError', `hidden0 has inconsistent hidden_size: got ${h.shape[1]}, expected ${hiddenSize}`);
  return h;
}

export function rnnCell(
  input: Tensor, hidden: Tensor | null, weightIh: Tensor, weightHh: Tensor, biasIh: Tensor | null, biasHh: Tensor | null, act: RnnNonlinearity,
): Tensor {
  const x = cellInput('RNNCell', input, weightIh);
  const h = cellState(hidden, x, input.ndim === 2, weightHh.shape[1]);
  const out = simpleStep(h, linear(x, weightIh, biasIh), weightHh, biasHh, act);
  return input.ndim === 2 ? out : squeeze(out, 0);
}

/** nn.LSTMCell: (h′, c′) from (h, c), zeros when not given (the same zeros for both, as PyTorch). */
export function lstmCell(
  input: Tensor, hidden: [Tensor, Tensor] | null, weightIh: Tensor, weightHh: Tensor, biasIh: Tensor | null, biasHh: Tensor | null,
): [Tensor, Tensor] {
  const x = cellInput('LSTMCell', input, weightIh);
  const batched = input.ndim === 2;
  const hiddenSize = weightHh.shape[1];
  const h = cellState(hidden ? hidden[0] : null, x, batched, hiddenSize);
  const c = hidden ? cellState(hidden[1], x, batched, hiddenSize) : h;
  const [hy, cy] = lstmStep(h, c, linear(x, weightIh, biasIh), weightHh, biasHh);
  return batched ? [hy, cy] : [squeeze(hy, 0), squeeze(cy, 0)];
}

/** nn.GRUCell: h′ from h (zeros when not given). */
export function gruCell(
  input: Tensor, hidden: Tensor | null, weightIh: Tensor, weightHh: Tensor, biasIh: Tensor | null, biasHh: Tensor | null,
): Tensor {
  const x = cellInput('GRUCell', input, weightIh);
  const h = cellState(hidden, x, input.ndim === 2, weightHh.shape[1]);
  const out = gruStep(h, linear(x, weightIh, biasIh), weightHh, biasHh);
  return input.ndim === 2 ? out : squeeze(out, 0);
}
