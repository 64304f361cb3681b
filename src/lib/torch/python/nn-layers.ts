// The nn table's entries for the course's later layers (core/nn-layers.ts, core/nn-recurrent.ts):
// Conv2d, MaxPool2d, Embedding, RNNCell, RNN, LSTM, LSTMCell, GRU and GRUCell, with PyTorch 1.13's arguments; what they do not compute yet
// (dilation, groups, padding modes, ceil_mode, max_norm, sparse, ...) raises NotImplementedError.
import { notSupportedYet, PyList, PyTuple, pyError, toIndex, type PyValue } from '../../python/objects/host';
import { floatRepr } from '../../python/objects/format';
import { Conv2d, Embedding, MaxPool2d, RNNCell } from '../core/nn-layers';
import { GRUCell, LSTMCell, RNNBase } from '../core/nn-recurrent';
import type { RecurrentMode } from '../core/rnn';
import type { TorchSession } from './session';
import type { NnClass } from './nn-class';

/** An int or a pair of ints (kernel_size=(5, 5), stride=2), and how Python shows it. */
function pairOf(value: PyValue, what: string): { pair: [number, number]; repr: string } {
  if (value instanceof PyTuple || value instanceof PyList) {
    if (value.items.length !== 2) throw notSupportedYet(`${what}=${value.items.length}개 값`);
    const pair = value.items.map((v) => toIndex(v, what)) as [number, number];
    return { pair, repr: `(${pair[0]}, ${pair[1]})` };
  }
  const n = toIndex(value, what);
  return { pair: [n, n], repr: String(n) };
}

function unsupported(layer: string, options: [string, boolean][]): void {
  for (const [option, given] of options) if (given) throw notSupportedYet(`torch.nn.${layer}(${option})`);
}

/** RNNBase.__init__'s arguments, checks and warning, shared by nn.RNN, nn.LSTM and nn.GRU. */
function recurrentLayer(mode: RecurrentMode, args: PyValue[], session: TorchSession): RNNBase {
  const [inputSize, hiddenSize, numLayers, bias, batchFirst, dropout, bidirectional, projSize] = args;
  const rate = typeof dropout === 'number' || typeof dropout === 'bigint' ? Number(dropout) : NaN;
  if (!(rate >= 0 && rate <= 1)) {
    throw pyError('ValueError', 'dropout should be a number in range [0, 1] representing the probability of an element being zeroed');
  }
  const layers = toIndex(numLayers, 'num_layers');
  if (rate > 0 && layers === 1) {
    const given = typeof dropout === 'number' ? floatRepr(dropout) : String(dropout);
    session.warn('UserWarning', `dropout option adds dropout after all but last recurrent layer, so non-zero dropout expects num_layers greater than 1, but got dropout=${given} and num_layers=1`, 'torch/nn/modules/rnn.py:67');
  }
  if (projSize !== 0n) {
    if (mode !== 'LSTM') throw pyError('ValueError', 'proj_size argument is only supported for LSTM, not RNN or GRU');
    throw notSupportedYet('torch.nn.LSTM(proj_size)');
  }
  return new RNNBase(() => session.generator, mode, toIndex(inputSize), toIndex(hiddenSize), {
    numLayers: layers, bias: Boolean(bias), batchFirst: Boolean(batchFirst), dropout: rate, dropoutRepr: floatRepr(rate), bidirectional: Boolean(bidirectional),
  });
}

const RECURRENT_PARAMS = ['input_size', 'hidden_size', ['num_layers', 1n], ['bias', true], ['batch_first', false], ['dropout', 0], ['bidirectional', false], ['proj_size', 0n]] as const;

export const LAYER_CLASSES: readonly NnClass[] = [
  {
    name: 'Conv2d', doc: '2차원 합성곱 층 (in, out, kernel_size, stride, padding); 가중치는 PyTorch와 같은 초기화',
    params: ['in_channels', 'out_channels', 'kernel_size', ['stride', 1n], ['padding', 0n], ['dilation', 1n], ['groups', 1n], ['bias', true], ['padding_mode', 'zeros']],
    build: ([inChannels, outChannels, kernel, stride, padding, dilation, groups, bias, paddingMode], session) => {
      if (typeof padding === 'string') throw notSupportedYet(`torch.nn.Conv2d(padding='${padding}')`);
      unsupported('Conv2d', [
        ['dilation', pairOf(dilation, 'dilation').pair.some((d) => d !== 1)],
        ['groups', toIndex(groups, 'groups') !== 1],
        [`padding_mode='${String(paddingMode)}'`, paddingMode !== 'zeros'],
      ]);
      return new Conv2d(session.generator, toIndex(inChannels), toIndex(outChannels), pairOf(kernel, 'kernel_size').pair, pairOf(stride, 'stride').pair, pairOf(padding, 'padding').pair, Boolean(bias));
    },
  },
  {
    name: 'MaxPool2d', doc: '2차원 최댓값 풀링 층 (kernel_size, stride: 기본은 kernel_size)',
    params: ['kernel_size', ['stride', null], ['padding', 0n], ['dilation', 1n], ['return_indices', false], ['ceil_mode', false]],
    build: ([kernel, stride, padding, dilation, returnIndices, ceilMode]) => {
      unsupported('MaxPool2d', [['dilation', pairOf(dilation, 'dilation').pair.some((d) => d !== 1)], ['return_indices=True', returnIndices === true], ['ceil_mode=True', ceilMode === true]]);
      const k = pairOf(kernel, 'kernel_size');
      const s = stride === null ? k : pairOf(stride, 'stride');
      const p = pairOf(padding, 'padding');
      return new MaxPool2d(k.pair, s.pair, p.pair, { kernel: k.repr, stride: s.repr, padding: p.repr });
    },
  },
  {
    name: 'Embedding', doc: '정수 번호를 벡터로 (num_embeddings × embedding_dim 표에서 행 고르기); N(0, 1) 초기화',
    params: ['num_embeddings', 'embedding_dim', ['padding_idx', null], ['max_norm', null], ['norm_type', 2.0], ['scale_grad_by_freq', false], ['sparse', false]],
    build: ([count, dim, paddingIdx, maxNorm, , scaleGrad, sparse], session) => {
      unsupported('Embedding', [['max_norm', maxNorm !== null], ['scale_grad_by_freq=True', scaleGrad === true], ['sparse=True', sparse === true]]);
      const rows = toIndex(count, 'num_embeddings');
      let padding = paddingIdx === null ? null : toIndex(paddingIdx, 'padding_idx');
      if (padding !== null) {
        if (padding >= rows || padding < -rows) throw pyError('AssertionError', padding >= rows ? 'Padding_idx must be within num_embeddings' : 'Padding_idx must be within num_embeddings');
        if (padding < 0) padding += rows;
      }
      return new Embedding(session.generator, rows, toIndex(dim, 'embedding_dim'), padding);
    },
  },
  {
    name: 'RNNCell', doc: 'RNN 한 단계: h′ = tanh(x·W_ihᵀ + b_ih + h·W_hhᵀ + b_hh) (rnn(x, h))',
    params: ['input_size', 'hidden_size', ['bias', true], ['nonlinearity', 'tanh']],
    build: ([inputSize, hiddenSize, bias, nonlinearity], session) => {
      if (nonlinearity !== 'tanh' && nonlinearity !== 'relu') throw pyError('ValueError', `Unknown nonlinearity: ${String(nonlinearity)}`);
      return new RNNCell(session.generator, toIndex(inputSize), toIndex(hiddenSize), Boolean(bias), nonlinearity);
    },
  },
  {
    name: 'RNN', doc: '순서열 전체에 RNN: rnn(x, h0) → (output, h_n); tanh 또는 relu, num_layers, batch_first, bidirectional, dropout',
    params: [...RECURRENT_PARAMS, ['nonlinearity', 'tanh']],
    build: (args, session) => {
      const nonlinearity = args[8];
      if (nonlinearity !== 'tanh' && nonlinearity !== 'relu') throw pyError('ValueError', `Unknown nonlinearity '${String(nonlinearity)}'`);
      return recurrentLayer(nonlinearity === 'tanh' ? 'RNN_TANH' : 'RNN_RELU', args, session);
    },
  },
  {
    name: 'LSTM', doc: '순서열 전체에 LSTM: lstm(x, (h0, c0)) → (output, (h_n, c_n)); num_layers, batch_first, bidirectional, dropout',
    params: [...RECURRENT_PARAMS],
    build: (args, session) => recurrentLayer('LSTM', args, session),
  },
  {
    name: 'LSTMCell', doc: 'LSTM 한 단계: (h′, c′) = lstmcell(x, (h, c)); 게이트 순서 i, f, g, o',
    params: ['input_size', 'hidden_size', ['bias', true]],
    build: ([inputSize, hiddenSize, bias], session) => new LSTMCell(session.generator, toIndex(inputSize), toIndex(hiddenSize), Boolean(bias)),
  },
  {
    name: 'GRU', doc: '순서열 전체에 GRU: gru(x, h0) → (output, h_n); num_layers, batch_first, bidirectional, dropout',
    params: [...RECURRENT_PARAMS],
    build: (args, session) => recurrentLayer('GRU', args, session),
  },
  {
    name: 'GRUCell', doc: 'GRU 한 단계: h′ = grucell(x, h); 게이트 순서 r, z, n',
    params: ['input_size', 'hidden_size', ['bias', true]],
    build: ([inputSize, hiddenSize, bias], session) => new GRUCell(session.generator, toIndex(inputSize), toIndex(hiddenSize), Boolean(bias)),
  },
];
