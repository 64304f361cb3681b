// Devices: the page's tensors live on the CPU only, so it answers as a CPU-only PyTorch 1.13 build
// does (Debian's python3-torch, Colab without a GPU): 'cpu' is accepted, 'cuda…' raises the
// build's AssertionError, and torch.cuda.is_available() is False.
import { hostFunction, PyModule, pyError } from '../../python/objects/host';

/** A device string's answer: true for 'cpu'; PyTorch's errors for CUDA and MPS; false for what is no device string. */
export function isCpuDevice(v: string): boolean {
  if (v === 'cpu') return true;
  if (/^cuda(:\d+)?$/.test(v)) throw pyError('AssertionError', 'Torch not compiled with CUDA enabled');
  if (/^mps(:\d+)?$/.test(v)) throw pyError('RuntimeError', 'PyTorch is not linked with support for mps devices');
  return false;
}

/** `x.cuda()` / `net.cuda()`. */
export function cudaUnavailable(): never {
  throw pyError('AssertionError', 'Torch not compiled with CUDA enabled');
}

/** torch.cuda: what a CPU-only build reports. */
export function cudaModule(): PyModule {
  return new PyModule('torch.cuda', {
    is_available: hostFunction('is_available', () => false),
    device_count: hostFunction('device_count', () => 0n),
  });
}
