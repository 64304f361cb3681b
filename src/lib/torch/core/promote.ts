// PyTorch's type promotion for the three dtypes we model. Wrapped Python
// numbers only raise the category (bool < integer < floating), so
// `int_tensor * 2.5` is float32 but `float_tensor * 2` stays float32.
import type { DType } from './tensor';
import { Tensor } from './tensor';

// float64 ranks above float32: a float64 tensor wins over float32 tensors and Python floats
// (which count as float32, the default dtype), as torch.result_type says.
const RANK: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };
const BY_RANK: DType[] = ['bool', 'int64', 'float32', 'float64'];

export function resultType(a: Tensor, b: Tensor): DType {
  const tensors = [a, b].filter((t) => !t.wrappedNumber);
  const numbers = [a, b].filter((t) => t.wrappedNumber);
  let rank = tensors.length > 0 ? Math.max(...tensors.map((t) => RANK[t.dtype])) : Math.max(...numbers.map((t) => RANK[t.dtype]));
  for (const n of numbers) rank = Math.max(rank, RANK[n.dtype]);
  return BY_RANK[rank];
}
