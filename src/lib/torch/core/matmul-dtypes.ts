// The dtypes of `@` as PyTorch 1.13 checks them: both operands must have one dtype (mm and mv
// say "expected scalar type Float but found Long", dot names both), bool has no kernel, and
// int64 @ int64 multiplies in integers (a product without gradients).
import { TorchError } from './errors';
import { allocate, SCALAR_TYPE_NAMES, Tensor } from './tensor';

/** The kernel a matmul of these ranks runs in PyTorch, for its error messages. */
function kernelOf(a: Tensor, b: Tensor): 'dot' | 'addmv_impl_cpu' | 'addmm_impl_cpu_' {
  if (a.ndim === 1 && b.ndim === 1) return 'dot';
  return a.ndim === 2 && b.ndim === 1 ? 'addmv_impl_cpu' : 'addmm_impl_cpu_';
}

/** PyTorch's dtype errors for a @ b, or nothing when the float32 product applies. */
export function checkMatmulDTypes(a: Tensor, b: Tensor): void {
  if (a.dtype !== b.dtype) {
    const [x, y] = [SCALAR_TYPE_NAMES[a.dtype], SCALAR_TYPE_NAMES[b.dtype]];
    if (kernelOf(a, b) === 'dot') throw new TorchError('RuntimeError', `dot : expected both vectors to have same dtype, but found ${x} and ${y}`);
    throw new TorchError('RuntimeError', `expected scalar type ${x} but found ${y}`);
  }
  if (a.dtype === 'bool') throw new TorchError('RuntimeError', `"${kernelOf(a, b) === 'dot' ? 'dot' : kernelOf(a, b)}" not implemented for 'Bool'`);
}

/** int64 @ int64 for 1-D and 2-D operands (shapes already checked): exact integer sums. */
export function integerMatmul(a: Tensor, b: Tensor): Tensor {
  const [m, k] = a.ndim === 2 ? a.shape : [1, a.size];
  const n = b.ndim === 2 ? b.shape[1] : 1;
  const out = allocate('int64', m * n);
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      let s = 0;
      for (let p = 0; p < k; p++) s += a.data[i * k + p] * b.data[p * n + j];
      out[i * n + j] = s;
    }
  }
  const shape = a.ndim === 2 ? (b.ndim === 2 ? [m, n] : [m]) : b.ndim === 2 ? [n] : [];
  return new Tensor(out, shape, 'int64');
}
