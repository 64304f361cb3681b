// nn.Embedding's lookup (F.embedding): the rows of the weight at int64 indices, any index shape;
// its backward adds each position's gradient into its row, positions in order, skipping the
// padding row (embedding_dense_backward_cpu).
import { needsGrad, record } from './autograd';
import { TorchError } from './errors';
import { isRecording, recordOp } from './recording';
import { LEGACY_TYPE_NAMES, Tensor } from './tensor';

const f32 = Math.fround;

export function embedding(weight: Tensor, indices: Tensor, paddingIdx: number | null): Tensor {
  if (indices.dtype !== 'int64') {
    throw new TorchError('RuntimeError', `Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got ${LEGACY_TYPE_NAMES[indices.dtype]} instead (while checking arguments for embedding)`);
  }
  const [rows, dim] = weight.shape;
  for (const i of indices.data) if (i < 0 || i >= rows) throw new TorchError('IndexError', 'index out of range in self');
  const forward = (out: Float32Array): Float32Array => {
    for (let p = 0; p < indices.size; p++) out.set(weight.data.subarray(indices.data[p] * dim, (indices.data[p] + 1) * dim), p * dim);
    return out;
  };
  const out = new Tensor(forward(new Float32Array(indices.size * dim)), [...indices.shape, dim], 'float32');
  if (isRecording()) recordOp('embedding', [weight, indices], out, () => forward(out.data as Float32Array), [paddingIdx ?? -1]);
  if (!needsGrad(weight)) return out;
  return record(out, 'EmbeddingBackward0', [weight, null], (grad) => {
    const gradWeight = new Float32Array(weight.size);
    for (let p = 0; p < indices.size; p++) {
      const row = indices.data[p];
      if (row === paddingIdx) continue;
      for (let j = 0; j < dim; j++) gradWeight[row * dim + j] = f32(gradWeight[row * dim + j] + grad[p * dim + j]);
    }
    return [gradWeight, null];
  });
}
