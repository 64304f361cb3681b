// nn.RNNCell's step as PyTorch 1.13 composes it (RNN.cpp's SimpleCell): the hidden state's
// linear first, the input's added in place, then tanh (or relu): h' = act(h·W_hhᵀ + b_hh +
// (x·W_ihᵀ + b_ih)). The ops are the core's own, so autograd and loop replay come with them; an
// unbatched input is made a batch of one and the result squeezed, as RNNCell.forward does.
import { zeros } from './creation';
import { add } from './elementwise';
import { TorchError } from './errors';
import { linear } from './linalg';
import { squeeze, unsqueeze } from './reshape';
import { Tensor } from './tensor';
import { relu, tanh } from './unary';

export type RnnNonlinearity = 'tanh' | 'relu';

export function rnnCell(
  input: Tensor, hidden: Tensor | null, weightIh: Tensor, weightHh: Tensor, biasIh: Tensor | null, biasHh: Tensor | null, act: RnnNonlinearity,
): Tensor {
  if (input.ndim !== 1 && input.ndim !== 2) throw new TorchError('RuntimeError', `RNNCell: Expected input to be 1-D or 2-D but received ${input.ndim}-D tensor`);
  const batched = input.ndim === 2;
  const x = batched ? input : unsqueeze(input, 0);
  const hiddenSize = weightHh.shape[0];
  let h = hidden ?? zeros([x.shape[0], hiddenSize]);
  if (hidden && !batched) h = unsqueeze(hidden, 0);
  if (x.shape[1] !== weightIh.shape[1]) {
    throw new TorchError('RuntimeError', `input has inconsistent input_size: got ${x.shape[1]} expected ${weightIh.shape[1]}`);
  }
  if (h.shape[0] !== x.shape[0]) {
    throw new TorchError('RuntimeError', `Input batch size ${x.shape[0]} doesn't match hidden0 batch size ${h.shape[0]}`);
  }
  if (h.shape[1] !== hiddenSize) throw new TorchError('RuntimeError', `hidden0 has inconsistent hidden_size: got ${h.shape[1]}, expected ${hiddenSize}`);
  const pre = add(linear(h, weightHh, biasHh), linear(x, weightIh, biasIh));
  const out = act === 'tanh' ? tanh(pre) : relu(pre);
  return batched ? out : squeeze(out, 0);
}
