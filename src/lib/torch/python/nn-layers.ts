// The nn table's entries for the course's later layers (core/nn-layers.ts): Conv2d, MaxPool2d,
// Embedding and RNNCell, with PyTorch 1.13's arguments; what they do not compute yet
// (dilation, groups, padding modes, ceil_mode, max_norm, sparse, ...) raises NotImplementedError.
import { notSupportedYet, PyList, PyTuple, pyError, toIndex, type PyValue } from '../../python/objects/host';
import { Conv2d, Embedding, MaxPool2d, RNNCell } from '../core/nn-layers';
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
];
