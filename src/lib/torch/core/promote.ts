// PyTorch's type promotion for the four dtypes we model (c10's ResultTypeState). Operands come in
// three tiers: tensors with dimensions, zero-dim tensors, wrapped Python numbers. A lower tier only
// raises the category (bool < integer < floating) of the one above it, so `int_tensor * 2.5` is
// float32 but `float_tensor * 2` stays float32, and a float32 tensor times a 0-dim float64 tensor
// (`x * torch.tensor(2., dtype=torch.float64)`, `t + np.array(2.0)`) stays float32.
import type { DType } from './tensor';
import { Tensor } from './tensor';

// float64 ranks above float32: a float64 tensor wins over float32 tensors and Python floats
// (which count as float32, the default dtype), as torch.result_type says.
const RANK: Record<DType, number> = { bool: 0, int64: 1, float32: 2, float64: 3 };
const BY_RANK: DType[] = ['bool', 'int64', 'float32', 'float64'];
const isFloat = (d: DType) => d === 'float32' || d === 'float64';

function promoteAll(tensors: readonly Tensor[]): DType | null {
  return tensors.length === 0 ? null : BY_RANK[Math.max(...tensors.map((t) => RANK[t.dtype]))];
}

/** c10's combine_categories: the higher tier's dtype, unless the lower one is of a higher category. */
function combine(higher: DType | null, lower: DType | null): DType | null {
  if (higher === null) return lower;
  if (lower === null || isFloat(higher)) return higher;
  if (higher === 'bool' || isFloat(lower)) return BY_RANK[Math.max(RANK[higher], RANK[lower])];
  return higher;
}

export function resultType(a: Tensor, b: Tensor): DType {
  const operands = [a, b];
  const dimensioned = promoteAll(operands.filter((t) => !t.wrappedNumber && t.ndim > 0));
  const zeroDim = promoteAll(operands.filter((t) => !t.wrappedNumber && t.ndim === 0));
  const wrapped = promoteAll(operands.filter((t) => t.wrappedNumber));
  return combine(dimensioned, combine(zeroDim, wrapped))!;
}
