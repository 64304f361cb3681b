// matplotlib given a tensor that requires grad (plt.plot(x, net(x))) raises what matplotlib 3.6
// with PyTorch 1.13 raises for each call (np.asarray calls Tensor.numpy()); .data and .detach() plot.
import { describe, expect, it } from 'vitest';
import { createKernelRunner, type KernelEvent } from '../../src/lib/python/kernel/runner';
import { courseKernelSetup } from '../../src/lib/course-kernel';

const ERROR = "RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.";
const SETUP = [
  'import torch',
  'import matplotlib.pyplot as plt',
  'x = torch.linspace(0, 1, 5).reshape(5, 1)',
  'w = torch.tensor([[2.0]], requires_grad=True)',
  'y = x @ w',
  's = torch.tensor(0.5, requires_grad=True)',
  'net = torch.nn.Linear(1, 1)',
].join('\n');

function errorOf(code: string): string | undefined {
  const events: KernelEvent[] = [];
  const kernel = createKernelRunner(courseKernelSetup(), (event) => events.push(event));
  kernel.handle({ type: 'run', id: 1, code: SETUP, filename: '<cell 1>' });
  kernel.handle({ type: 'run', id: 2, code, filename: '<cell 2>' });
  const error = events.find((e) => e.type === 'error');
  return error?.type === 'error' ? error.message : undefined;
}

describe('pyplot and tensors that require grad', () => {
  it.each([
    'plt.plot(x, net(x))', 'plt.plot(x, y)', 'plt.plot(y)', 'plt.plot(y, x)', 'plt.scatter(x, y)', 'plt.hist(y)',
    'plt.fill_between(x.flatten(), y.flatten())', 'plt.fill_between(x.flatten(), 0, y.flatten())',
    'plt.axhline(s)', 'plt.axvline(s)', 'plt.axhline(y=w)', 'plt.ylim(0, s)', 'fig, ax = plt.subplots()\nax.plot(x, y)',
  ])('%s raises numpy()’s RuntimeError', (code) => {
    expect(errorOf(code)).toBe(ERROR);
  });

  it.each(['plt.plot(x, net(x).data)', 'plt.plot(x, net(x).detach())', 'plt.scatter(x, y.detach())', 'plt.axhline(s.item())', 'plt.axhline(s.detach())'])(
    '%s plots',
    (code) => {
      expect(errorOf(code)).toBeUndefined();
    },
  );
});
