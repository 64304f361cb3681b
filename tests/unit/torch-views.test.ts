// PyTorch returns views from basic indexing and transposes; the page's kernel returns copies.
// Reading them gives PyTorch's values; writing into one in place would not reach the tensor it
// came from, so it raises a clear NotImplementedError instead of printing a different value.
// Ops that share storage here as in PyTorch (view, reshape, detach, .data) write through.
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
    'x = torch.zeros(2, 3)\nc = x[:, 0]\nc[0] = 100',
    'x = torch.zeros(2, 3)\nc = x[0]\nc += 1',
    'x = torch.zeros(2, 3)\nx[0][1] = 5',
    'x = torch.zeros(3)\nx[1:].add_(1)',
    'x = torch.zeros(2, 3)\nx.T.zero_()',
    'x = torch.zeros(2, 3)\nx.permute(1, 0).fill_(2)',
    'x = torch.zeros(2, 3)\nx[0].reshape(3)[0] = 1',
    'x = torch.zeros(2, 3)\nx.split(1)[0][0, 0] = 1',
  ])('%s → NotImplementedError, not a silently unchanged x', (source) => {
    expect(run(source).error).toMatch(/^NotImplementedError: 인덱싱이나 전치.*아직 지원하지 않습니다.* \/ in-place writes to a view from indexing or a transpose are not supported yet/);
  });

  it.each([
    'x = torch.zeros(2, 3)\nv = x[0]\nx[0, 0] = 5\nprint(v)',
    'x = torch.zeros(2, 3)\nv = x.T\nx += 1\nv.sum()',
    'x = torch.zeros(2, 3)\nv = x[0][1:]\nx.add_(1)\nprint(v)',
    'w = torch.nn.Linear(2, 1)\nrow = w.weight[0]\nopt = torch.optim.SGD(w.parameters(), lr=0.1)\nw(torch.ones(1, 2)).sum().backward()\nopt.step()\nrow + 1',
    'w = torch.ones(3, requires_grad=True)\n(w * 2).sum().backward()\ng = w.grad[:2]\n(w * 2).sum().backward()\nprint(g)',
  ])('%s → NotImplementedError: the base changed after the view was taken', (source) => {
    expect(run(source).error).toMatch(/^NotImplementedError: 이 텐서는 인덱싱이나 전치로 얻은 뒤 원래 텐서가 제자리에서 바뀌었습니다.* \/ the tensor this one was indexed/);
  });

  it.each([
    ['x = torch.zeros(2, 3)\nv = x[0]\nprint(v + 1)\nx[1, 0] = 2\nprint(x[0], x[1])', 'tensor([1., 1., 1.])\ntensor([0., 0., 0.]) tensor([2., 0., 0.])\n'],
    ['x = torch.zeros(2, 3)\nc = x.view(3, 2)\nc[0, 0] = 7\nprint(x)', 'tensor([[7., 0., 0.],\n        [0., 0., 0.]])\n'],
    ['w = torch.ones(2, requires_grad=True)\nw.data -= 0.5\nprint(w)', 'tensor([0.5000, 0.5000], requires_grad=True)\n'],
    ['w = torch.ones(2, requires_grad=True)\nd = w.detach()\nd[0] = 9\nprint(w)', 'tensor([9., 1.], requires_grad=True)\n'],
    ['x = torch.zeros(2, 3)\nx[0, 1] = 5\nx[:, 2] = 1\nprint(x[0], x.T[1])', 'tensor([0., 5., 1.]) tensor([5., 0.])\n'],
    ['x = torch.zeros(2, 3)\nc = x[0].clone()\nc[0] = 4\nprint(c, x[0])', 'tensor([4., 0., 0.]) tensor([0., 0., 0.])\n'],
    ['x = torch.arange(6.).reshape(2, 3)\nm = x[x > 2]\nm[0] = 0\nprint(x[1], m)', 'tensor([3., 4., 5.]) tensor([0., 4., 5.])\n'],
  ])('%s prints what PyTorch prints', (source, expected) => {
    expect(run(source)).toEqual({ out: expected, error: null });
  });
});
