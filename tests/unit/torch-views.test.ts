// PyTorch's views (basic indexing, transposes, permute, split, view/reshape, detach, .data) share
// their base's storage: a write through either shows in both, and a view read after its base
// changed shows the change. Expected outputs are real PyTorch 1.13's (the larger golden is the
// torch program tests/fixtures/torch-programs/views.py). What is not computed here (autograd
// through an in-place write into a view: PyTorch's CopySlices) raises NotImplementedError.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import { PyException } from '../../src/lib/python/objects/host';
import { courseKernelSetup } from '../../src/lib/course-kernel';

function run(source: string): { out: string; error: string | null } {
  let out = '';
  try {
    new Interpreter({ ...courseKernelSetup(), write: (t) => (out += t) }).runCell('import torch\n' + source);
    return { out, error: null };
  } catch (e) {
    if (e instanceof PyException) return { out, error: `${e.pyType}: ${e.pyMessage}` };
    throw e;
  }
}

describe('views', () => {
  it.each([
    ["x = torch.zeros(2, 3)\nc = x[:, 0]\nc[0] = 100\nprint(x)", "tensor([[100.,   0.,   0.],\n        [  0.,   0.,   0.]])\n"],
    ["x = torch.zeros(2, 3)\nc = x[0]\nc += 1\nprint(x)", "tensor([[1., 1., 1.],\n        [0., 0., 0.]])\n"],
    ["x = torch.zeros(2, 3)\nx[0][1] = 5\nprint(x)", "tensor([[0., 5., 0.],\n        [0., 0., 0.]])\n"],
    ["x = torch.zeros(3)\nx[1:].add_(1)\nprint(x)", "tensor([0., 1., 1.])\n"],
    ["x = torch.zeros(2, 3)\nx.T.zero_()\nx.T[1] = 2\nprint(x)", "tensor([[0., 2., 0.],\n        [0., 2., 0.]])\n"],
    ["x = torch.zeros(2, 3)\nx.permute(1, 0).fill_(2)\nprint(x)", "tensor([[2., 2., 2.],\n        [2., 2., 2.]])\n"],
    ["x = torch.zeros(2, 3)\nx[0].reshape(3)[0] = 1\nprint(x)", "tensor([[1., 0., 0.],\n        [0., 0., 0.]])\n"],
    ["x = torch.zeros(2, 3)\nx.split(1)[0][0, 0] = 1\nprint(x)", "tensor([[1., 0., 0.],\n        [0., 0., 0.]])\n"],
    ["x = torch.zeros(2, 3)\nv = x[0]\nx[0, 0] = 5\nprint(v)", "tensor([5., 0., 0.])\n"],
    ["x = torch.zeros(2, 3)\nv = x.T\nx += 1\nprint(v.sum())", "tensor(6.)\n"],
    ["x = torch.zeros(2, 3)\nv = x[0][1:]\nx.add_(1)\nprint(v)", "tensor([1., 1.])\n"],
    ["torch.manual_seed(1)\nw = torch.nn.Linear(2, 1)\nrow = w.weight[0]\nopt = torch.optim.SGD(w.parameters(), lr=0.1)\nw(torch.ones(1, 2)).sum().backward()\nopt.step()\nprint(row + 1, w.weight)", "tensor([1.2643, 0.5879], grad_fn=<AddBackward0>) Parameter containing:\ntensor([[ 0.2643, -0.4121]], requires_grad=True)\n"],
    ["w = torch.ones(3, requires_grad=True)\n(w * 2).sum().backward()\ng = w.grad[:2]\n(w * 2).sum().backward()\nprint(g)", "tensor([4., 4.])\n"],
    ["x = torch.zeros(2, 3)\nv = x[0]\nprint(v + 1)\nx[1, 0] = 2\nprint(x[0], x[1])", "tensor([1., 1., 1.])\ntensor([0., 0., 0.]) tensor([2., 0., 0.])\n"],
    ["x = torch.zeros(2, 3)\nc = x.view(3, 2)\nc[0, 0] = 7\nprint(x)", "tensor([[7., 0., 0.],\n        [0., 0., 0.]])\n"],
    ["w = torch.ones(2, requires_grad=True)\nw.data -= 0.5\nprint(w)", "tensor([0.5000, 0.5000], requires_grad=True)\n"],
    ["w = torch.ones(2, requires_grad=True)\nd = w.detach()\nd[0] = 9\nprint(w)", "tensor([9., 1.], requires_grad=True)\n"],
    ["x = torch.zeros(2, 3)\nc = x[0].clone()\nc[0] = 4\nprint(c, x[0])", "tensor([4., 0., 0.]) tensor([0., 0., 0.])\n"],
    ["x = torch.arange(6.).reshape(2, 3)\nm = x[x > 2]\nm[0] = 0\nprint(x[1], m)", "tensor([3., 4., 5.]) tensor([0., 4., 5.])\n"],
    ["x = torch.arange(6.).reshape(2, 3)\nv = x.T\nv2 = v[1:]\nv2[0, 1] = -1\nx.mul_(2)\nprint(v2, x)", "tensor([[ 2., -2.],\n        [ 4., 10.]]) tensor([[ 0.,  2.,  4.],\n        [ 6., -2., 10.]])\n"],
    ["y = torch.arange(4.)\na, b = y.chunk(2)\nb[:] = torch.tensor([8., 9.])\nprint(y, a)", "tensor([0., 1., 8., 9.]) tensor([0., 1.])\n"]
  ])('%s prints what PyTorch prints', (source, expected) => {
    expect(run(source)).toEqual({ out: expected, error: null });
  });

  it.each([
    'w = torch.ones(2, 2, requires_grad=True)\ny = w * 2\ny[0].add_(1)',
    'w = torch.ones(2, 2, requires_grad=True)\ny = w * 2\ny.T[0] = 5',
    'w = torch.ones(2, requires_grad=True)\nv = w[:1]\nwith torch.no_grad():\n    v.zero_()',
  ])('%s → NotImplementedError (autograd through a write into a view), not a wrong gradient', (source) => {
    expect(run(source).error).toMatch(/^NotImplementedError: 기울기를 추적하는 텐서의 뷰.*아직 지원하지 않습니다.* \/ in-place writes into a view that requires grad/);
  });
});
