// Random ops beyond rand/randn (randperm, randint, normal, Generator), dropout and
// torch.utils.data: PyTorch 1.13's errors (messages checked with /usr/bin/python3), the clear
// NotImplementedError for what is not here, and loop tracing leaving their random draws alone.
// Their values against PyTorch are the programs in tests/fixtures/torch-programs (random-ints,
// dropout, dropout-net, dataloader, minibatch-lecture).
import { describe, expect, it } from 'vitest';
import { courseKernelSetup } from '../../src/lib/course-kernel';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import type { LoopTraceStats } from '../../src/lib/python/eval/loop-trace';
import { PyException } from '../../src/lib/python/objects/host';
import { cellsOf, readProgram } from '../support/torch-programs';

function run(source: string, loopTracing: boolean): { stdout: string; loops: LoopTraceStats[] } {
  let stdout = '';
  const loops: LoopTraceStats[] = [];
  const interpreter = new Interpreter({ ...courseKernelSetup({ loopTracing, onLoop: (s) => loops.push(s) }), write: (t) => (stdout += t) });
  for (const cell of cellsOf(source)) {
    const { shown } = interpreter.runCell(cell);
    if (shown !== null) stdout += shown + '\n';
  }
  return { stdout, loops };
}

function error(source: string): PyException {
  try {
    run(source, false);
  } catch (e) {
    expect(e).toBeInstanceOf(PyException);
    return e as PyException;
  }
  throw new Error('expected the cell to raise');
}

const PRELUDE = 'import torch\nimport torch.nn.functional as F\nfrom torch.utils.data import DataLoader, TensorDataset\n';

describe('errors as PyTorch 1.13 raises them', () => {
  it.each([
    ['torch.nn.Dropout(1.5)', 'ValueError', 'dropout probability has to be between 0 and 1, but got 1.5'],
    ['F.dropout(torch.ones(2), p=-0.1)', 'ValueError', 'dropout probability has to be between 0 and 1, but got -0.1'],
    ['TensorDataset(torch.ones(3), torch.ones(2))', 'AssertionError', 'Size mismatch between tensors'],
    ['torch.randint(5, 5, (2,))', 'RuntimeError', "random_ expects 'from' to be less than 'to', but got from=5 >= to=5"],
    ['torch.randperm(-1)', 'RuntimeError', 'Trying to create tensor with negative dimension -1: [-1]'],
    ['torch.normal(0.0, -1.0, (2,))', 'RuntimeError', 'normal expects std >= 0.0, but found std -1'],
    ['DataLoader(TensorDataset(torch.ones(3)), batch_size=0)', 'ValueError', 'batch_size should be a positive integer value, but got batch_size=0'],
  ])('%s', (source, type, message) => {
    const e = error(PRELUDE + source);
    expect([e.pyType, e.pyMessage]).toEqual([type, message]);
  });
});

describe('what is not supported yet says so, in Korean first', () => {
  it.each([
    ['DataLoader(TensorDataset(torch.ones(4)), batch_size=2, num_workers=2)', 'DataLoader(num_workers=2)'],
    ['DataLoader(TensorDataset(torch.ones(4)), sampler=[0, 1])', 'DataLoader(sampler=...)'],
    ['DataLoader(TensorDataset(torch.ones(4)), batch_size=None)', 'DataLoader(batch_size=None)'],
    ['list(DataLoader([1.0, 2.0], batch_size=2))', 'float 표본을 float64 텐서로 묶기 (default_collate)'],
    ['torch.nn.Dropout(0.5, inplace=True)', 'nn.Dropout(inplace=True)'],
    ['F.dropout(torch.ones(2), 0.5, True, True)', 'F.dropout(inplace=True)'],
    ['torch.normal(torch.zeros(2), 1.0)', '텐서 mean/std를 받는 torch.normal'],
  ])('%s', (source, what) => {
    const e = error(PRELUDE + source);
    expect(e.pyType).toBe('NotImplementedError');
    expect(e.pyMessage).toBe(`${what}는 아직 지원하지 않습니다 / ${what} is not supported yet`);
  });
});

describe('the Python API around them', () => {
  it('import forms of torch.utils.data reach one module', () => {
    const { stdout } = run(
      'import torch\nimport torch.utils.data\nimport torch.utils.data as tud\nfrom torch.utils.data import DataLoader\n' +
        'print(tud is torch.utils.data, DataLoader is tud.DataLoader)\n' +
        'dl = DataLoader(tud.TensorDataset(torch.arange(5)), batch_size=2)\n' +
        'print(len(dl), dl.batch_size, dl.drop_last, len(dl.dataset))\n' +
        'print(list(DataLoader([1, 2, 3], batch_size=2)), list(DataLoader([(1, 2), (3, 4)], batch_size=2, collate_fn=lambda b: b)))\n',
      false,
    );
    expect(stdout).toBe('True True\n3 2 False 5\n[tensor([1, 2]), tensor([3])] [[(1, 2), (3, 4)]]\n');
  });

  it('dropout in eval mode, p=0 and training=False hand back the input itself', () => {
    const { stdout } = run(PRELUDE + 'x = torch.ones(3)\nd = torch.nn.Dropout()\nd.eval()\nprint(d(x) is x, F.dropout(x, 0.0) is x, F.dropout(x, training=False) is x)\n', false);
    expect(stdout).toBe('True True True\n');
  });

  it('nn.Dropout shows p and inplace', () => {
    const { stdout } = run('import torch\nd = torch.nn.Dropout(0.25)\nprint(d.p, d.inplace, d.training, torch.nn.Dropout(1).p)\n', false);
    expect(stdout).toBe('0.25 False True 1\n');
  });
});

describe('loop tracing and random draws', () => {
  it('a training loop with nn.Dropout compiles: each replayed epoch draws its mask again, and prints PyTorch\'s numbers', () => {
    const { source, fixture } = readProgram('dropout-net');
    const traced = run(source, true);
    expect(traced.stdout).toBe(fixture.stdout);
    expect(traced.loops.some((l) => l.compiled)).toBe(true);
  });

  it('F.dropout in a loop compiles too, and draws what the interpreted loop draws', () => {
    const source =
      'import torch\nimport torch.nn.functional as F\ntorch.manual_seed(3)\nx = torch.linspace(-1, 1, 40).reshape(-1, 1)\ny = x * 2\n' +
      'w = torch.tensor([[0.5]], requires_grad=True)\nopt = torch.optim.SGD([w], lr=0.1)\nfor epoc in range(30):\n' +
      '    loss = ((F.dropout(x @ w, 0.3) - y) ** 2).mean()\n    loss.backward()\n    opt.step()\n    opt.zero_grad()\nprint(w, loss, torch.rand(1))\n';
    const traced = run(source, true);
    expect(traced.loops.at(-1)?.compiled).toBe(true);
    expect(traced.stdout).toBe(run(source, false).stdout);
  });

  it('a net with Dropout in eval mode still compiles', () => {
    const source =
      'import torch\ntorch.manual_seed(0)\nx = torch.linspace(-1, 1, 50).reshape(-1, 1)\ny = x * 3\n' +
      'net = torch.nn.Sequential(torch.nn.Linear(1, 4), torch.nn.Dropout(0.5), torch.nn.Linear(4, 1))\nnet.eval()\n' +
      'opt = torch.optim.SGD(net.parameters(), lr=0.1)\nfor epoc in range(200):\n    loss = torch.nn.functional.mse_loss(net(x), y)\n    loss.backward()\n    opt.step()\n    opt.zero_grad()\nprint(loss.item())\n';
    const traced = run(source, true);
    expect(traced.loops.at(-1)?.compiled).toBe(true);
    expect(traced.stdout).toBe(run(source, false).stdout);
  });

  it('the mini-batch lecture loop prints the same with loop tracing on', () => {
    const { source, fixture } = readProgram('minibatch-lecture');
    expect(run(source, true).stdout).toBe(fixture.stdout);
  });
});
