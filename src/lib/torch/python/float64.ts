// float64 tensors reach only the ops below, which compute them exactly as PyTorch does (copies,
// shapes, + - * /, comparisons, conversions, creation). Every other op would round as float32
// or assume a float32 buffer, so it says NotImplementedError (Korean first) rather than give
// another value.
import { PyList, PyTuple, pyError, type PyValue } from '../../python/objects/host';
import { TensorHost } from './convert';

const FLOAT64_OPS = new Set([
  'tensor', 'zeros', 'ones', 'full', 'zeros_like', 'ones_like', 'full_like', 'empty', 'empty_like', 'arange', 'linspace', 'eye',
  'add', 'sub', 'mul', 'div', 'pow', 'neg', 'abs', 'sign', 'maximum', 'minimum', 'clamp', 'clip', 'where', 'floor_divide', 'remainder', 'round',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'equal', 'allclose', 'logical_and', 'logical_or', 'logical_not', 'any', 'all',
  'max', 'min', 'argmax', 'argmin', 'sort', 'topk',
  'reshape', 'view', 'flatten', 'squeeze', 'unsqueeze', 'cat', 'concat', 'stack', 't', 'transpose', 'permute', 'expand', 'expand_as', 'repeat',
  'split', 'chunk', 'narrow', 'select', 'unbind', 'size', 'dim', 'numel', 'stride', 'storage_offset', 'is_contiguous', 'contiguous',
  'float', 'double', 'long', 'int', 'bool', 'to', 'type', 'detach', 'clone', 'cpu', 'numpy', 'item', 'tolist', 'is_tensor', 'is_floating_point',
  'zero_', 'fill_', 'requires_grad_',
]);

function isDouble(v: PyValue): boolean {
  if (v instanceof TensorHost) return v.tensor.dtype === 'float64';
  if (v instanceof PyList || v instanceof PyTuple) return v.items.some(isDouble);
  return false;
}

/** Throws for an op that float64 tensors cannot take yet. */
export function checkFloat64(name: string, args: readonly PyValue[]): void {
  if (FLOAT64_OPS.has(name) || !args.some(isDouble)) return;
  throw pyError('NotImplementedError', `float64 텐서의 ${name}은(는) 아직 지원하지 않습니다. .float()로 float32로 바꾸세요 / ${name} on float64 tensors is not supported yet; use .float()`);
}
