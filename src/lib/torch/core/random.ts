/**
 * PyTorch-compatible randomness for the browser: `torch.manual_seed` and the CPU kernels the
 * lectures use, reproducing PyTorch 1.13's numbers bit for bit (randn to ~1e-6).
 */
export { TorchGenerator, manualSeed, seedLow32, DEFAULT_TORCH_SEED, type TorchSeed } from './generator';
export { rand, uniform_, bernoulli, randn } from './distributions';
export { linspace } from './linspace';
export { exp, sleefExpf } from './sleef';
export { kaimingUniform_, leakyReluGain, linearInit, type LinearParameters } from './init';
export { fmaFloat32, roundSumToFloat32 } from './float32';
export { float32FromHex, float32ToHex } from './hex';
