// numpy arrays and torch tensors sharing memory (views included: a tensor view's numpy(), from_numpy
// of a numpy slice), and the places where the page cannot do what PyTorch or numpy would: those
// refuse with NotImplementedError instead of printing a value the real libraries would not. What
// matches PyTorch 1.13 and numpy 1.24 exactly is in the goldens (torch program numpy-interop, numpy-golden, pyplot-golden); this file checks
// sharing across the two libraries, the refusals and what reaches a figure.
import { describe, expect, it } from 'vitest';
import { createStandardModules } from '../../../src/lib/python/modules/index';
import { registerTorch } from '../../../src/lib/torch/python/module';
import { runProgram } from './run-program';

const run = (source: string) => runProgram(`import torch\nimport numpy as np\n${source}`, registerTorch(createStandardModules()));

describe('numpy and torch sharing memory', () => {
  it('shows writes through either side, many times over', () => {
    const r = run('t = torch.zeros(3)\na = t.numpy()\nfor i in range(3):\n    t[i] = i + 0.5\n    a[i] *= 2\nprint(t, a)');
    expect(r.error).toBeNull();
    expect(r.stdout).toBe('tensor([1., 3., 5.]) [1. 3. 5.]\n');
  });

  it.each([
    ...['a[1] = 9', 't[1] = 9'].map((write) => [`t = torch.zeros(4)\na = t.numpy()\nv = a[1:]\n${write}\nprint(v)`, '[9. 0. 0.]\n']),
    ...['t += 1', 'a += 1'].map((write) => [`t = torch.zeros(4)\na = t.numpy()\nv = a[1:]\n${write}\nprint(v)`, '[1. 1. 1.]\n']),
    ['x = torch.ones(2, 3)\nrow = x[0].numpy()\nx[0, 0] = 7\nprint(row)', '[7. 1. 1.]\n'],
    ['x = torch.ones(2, 3)\nrow = x[0].numpy()\nrow[0] = 7\nprint(x)', 'tensor([[7., 1., 1.],\n        [1., 1., 1.]])\n'],
    ['x = torch.ones(2, 3)\ncol = x.T[1].numpy()\ncol[1] = 5\nprint(x, col)', 'tensor([[1., 1., 1.],\n        [1., 5., 1.]]) [1. 5.]\n'],
    ['a = np.arange(4.0)\nt = torch.from_numpy(a[1:])\nt[0] = -5\nprint(a)', '[ 0. -5.  2.  3.]\n'],
    ['a = np.arange(4.0)\nt = torch.from_numpy(a[1:])\na[1] = 9\nprint(t)', 'tensor([9., 2., 3.], dtype=torch.float64)\n'],
    ['a = np.arange(6.0).reshape(2, 3)\nt = torch.from_numpy(a.T)\nprint(t.stride(), t.is_contiguous())\nt[0, 1] = 30\nprint(a)', '(1, 3) False\n[[ 0.  1.  2.]\n [30.  4.  5.]]\n'],
  ])('views shared between numpy and torch write through both ways: %s', (source, expected) => {
    // expected: what PyTorch 1.13 with numpy 1.24 prints
    expect(run(source)).toMatchObject({ stdout: expected, error: null });
  });

  it("says numpy()'s requires-grad error wherever numpy would call it", () => {
    for (const call of ['w.numpy()', 'np.array(w)', 'np.asarray(w * 2)', 'np.sqrt(w)', 'np.array([w, w])']) {
      const r = run(`w = torch.ones(2, requires_grad=True)\n${call}`);
      expect(r.error, call).toMatchObject({ type: 'RuntimeError', message: "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead." });
    }
  });

  it("refuses sin and cos of huge arguments (SVML's Payne–Hanek reduction, glibc's sinf/cosf: not ported), also on tensors", () => {
    for (const call of ['np.cos(np.full(2, 8e4, dtype=np.float32))', 'np.sin(torch.tensor([1.0, 2e5]))', 'np.sin(np.float32(1e30))', 'np.sin(np.array([1.0, 1e30]))', 'np.cos(3e7)']) {
      const r = run(call);
      expect(r.error?.type, call).toBe('NotImplementedError');
      expect(r.error?.message, call).toMatch(/아직 지원하지 않습니다/);
    }
    expect(run('print(np.sin(torch.ones(2).numpy()), np.cos(np.float32(7e4)))').stdout).toBe('[0.841471 0.841471] 0.567354\n');
  });

  it('plots numpy arrays, tensors and lists mixed, with the values of each', () => {
    const r = run('import matplotlib.pyplot as plt\nx = torch.linspace(0, 1, 3)\nplt.plot(x.numpy(), x ** 2)\nplt.plot([0, 1], np.array([1, 0], dtype=np.float32))');
    expect(r.error).toBeNull();
    const figure = r.displays.find((d) => d.kind === 'figure');
    expect(figure?.kind === 'figure' && figure.figure.axes[0].series).toMatchObject([
      { x: [0, 0.5, 1], y: [0, 0.25, 1] },
      { x: [0, 1], y: [1, 0] },
    ]);
  });
});
