/**
 * Float32 arithmetic as PyTorch's C++ does it. Math.fround after each operation gives IEEE
 * float32 results for + − × ÷ (a double result rounded to float32 equals the float32 result,
 * since double holds more than twice float32's precision). Fused multiply–adds, which the
 * compiler emits in PyTorch's AVX2 kernels, need one rounding of the exact a·b + c instead.
 */

const f32 = Math.fround;

/** f32(a·b + c) rounded once, for float32 a, b, c: what an FMA instruction returns. */
export function fmaFloat32(a: number, b: number, c: number): number {
  // a·b of two float32s is exact in double (48 significant bits); only the sum can round.
  return roundSumToFloat32(a * b, c);
}

/** The exact sum of two doubles rounded once to float32 (no double rounding on ties). */
function roundSumToFloat32(a: number, b: number): number {
  const sum = a + b;
  // Knuth's TwoSum: sum + error is exactly a + b.
  const bVirtual = sum - a;
  const error = a - (sum - bVirtual) + (b - bVirtual);
  const rounded = f32(sum);
  if (error === 0 || rounded === sum) return rounded;
  // sum itself was rounded; that matters only if it sits exactly halfway between two floats,
  // where round-half-even would ignore the error that tips the exact value to one side.
  const mirror = 2 * sum - rounded;
  if (f32(mirror) !== mirror || mirror === rounded) return rounded;
  return error > 0 ? Math.max(rounded, mirror) : Math.min(rounded, mirror);
}
