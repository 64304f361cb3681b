/**
 * PyTorch 1.13's CPU sampling kernels on float32 tensors, drawing from a TorchGenerator exactly
 * as at::native's DistributionTemplates do: same number of draws, same order, same bits.
 */
import { log256, sincos256 } from './avx-mathfun';
import { fmaFloat32 } from '../../libm/fma';
import type { TorchGenerator } from './generator';

const f32 = Math.fround;

/** One float32 U(from, to): `x·(to−from) + from` with x the 24-bit uniform, fused (AVX2 build). */
function uniformFloat32(generator: TorchGenerator, from: number, to: number): number {
  return fmaFloat32(generator.uniformFloat32(), f32(to - from), from);
}

/** `tensor.uniform_(from, to)` in place; from/to are cast to float32 first, as the kernel does. */
export function uniform_(generator: TorchGenerator, tensor: Float32Array, from: number, to: number): Float32Array {
  const a = f32(from);
  const b = f32(to);
  for (let i = 0; i < tensor.length; i++) tensor[i] = uniformFloat32(generator, a, b);
  return tensor;
}

/** `torch.rand(n)`: n float32 uniforms in [0, 1), one 24-bit draw each. */
export function rand(generator: TorchGenerator, n: number): Float32Array {
  return uniform_(generator, new Float32Array(n), 0, 1);
}

/** `torch.bernoulli(p)` for a float32 p: one 24-bit uniform u per element, result 1 where u < p. */
export function bernoulli(generator: TorchGenerator, p: Float32Array): Float32Array {
  const out = new Float32Array(p.length);
  for (let i = 0; i < p.length; i++) out[i] = generator.uniformFloat32() < p[i] ? 1 : 0;
  return out;
}

/** One standard normal from the double Box–Muller, returning the cached r·sin(θ) when present. */
export function normalFloat64(generator: TorchGenerator): number {
  if (generator.nextDoubleNormal !== null) {
    const cached = generator.nextDoubleNormal;
    generator.nextDoubleNormal = null;
    return cached;
  }
  const u1 = generator.uniformFloat64();
  const u2 = generator.uniformFloat64();
  const r = Math.sqrt(-2 * Math.log(1 - u2));
  const theta = 2 * Math.PI * u1;
  generator.nextDoubleNormal = r * Math.sin(theta);
  return r * Math.cos(theta);
}

/**
 * normal_fill_16_AVX2: Box–Muller in float32 on 16 uniforms, pairing lane j with lane j + 8,
 * with avx_mathfun's log and sincos, and `fma(r·cos θ, std, mean)` per lane.
 */
export function normalFill16(data: Float32Array, offset: number, mean = 0, std = 1): void {
  const twoPi = f32(2 * Math.PI); // the AVX2 kernel broadcasts 2π as a float
  for (let j = 0; j < 8; j++) {
    const u1 = f32(1 - data[offset + j]); // [0, 1) → (0, 1] for the log
    const u2 = data[offset + j + 8];
    const radius = f32(Math.sqrt(f32(-2 * log256(u1))));
    const [sine, cosine] = sincos256(f32(twoPi * u2));
    data[offset + j] = fmaFloat32(f32(radius * cosine), std, mean);
    data[offset + j + 8] = fmaFloat32(f32(radius * sine), std, mean);
  }
}

/** normal_fill: n ≥ 16 24-bit uniforms, then blocks of 16; when n % 16 ≠ 0, 16 fresh uniforms for the last 16. */
export function normalFill(generator: TorchGenerator, out: Float32Array, mean = 0, std = 1): Float32Array {
  const n = out.length;
  for (let i = 0; i < n; i++) out[i] = generator.uniformFloat32();
  for (let i = 0; i + 16 <= n; i += 16) normalFill16(out, i, mean, std);
  if (n % 16 !== 0) {
    for (let i = n - 16; i < n; i++) out[i] = generator.uniformFloat32();
    normalFill16(out, n - 16, mean, std);
  }
  return out;
}

/**
 * `torch.randn(n)` (float32, contiguous). Below 16 elements each value is a double Box–Muller
 * draw (two 53-bit uniforms per pair, the second value cached in the generator); from 16 on,
 * normal_fill (bit for bit: its log and sin/cos are avx-mathfun.ts's).
 */
export function randn(generator: TorchGenerator, n: number): Float32Array {
  const out = new Float32Array(n);
  if (n < 16) {
    for (let i = 0; i < n; i++) out[i] = normalFloat64(generator);
    return out;
  }
  return normalFill(generator, out);
}
