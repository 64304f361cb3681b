// The torch binding raises the Python errors PyTorch raises (type and message), with the cell
// line, instead of crashing the interpreter; and the Python-level API details the lectures use.
// Expected messages are PyTorch 1.13's (checked by running the same lines with /usr/bin/python3).
import { describe, expect, it } from 'vitest';
import { ModuleRegistry, PyException, type DisplayItem } from '../../src/lib/python/objects/host';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import { registerTorch } from '../../src/lib/torch/python/module';
import { readProgram } from '../support/torch-programs';

function kernel() {
  let stdout = '';
  const interpreter = new Interpreter({ modules: registerTorch(new ModuleRegistry()), write: (t) => (stdout += t) });
  return {
    run(source: string): string {
      stdout = '';
      interpreter.runCell(source);
      return stdout;
    },
    error(source: string): PyException {
      try {
        interpreter.runCell(source);
      } catch (e) {
        expect(e).toBeInstanceOf(PyException);
        return e as PyException;
      }
      throw new Error('expected the cell to raise');
    },
  };
}

const BACKWARD_TWICE =
  'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.';

describe('errors from torch code', () => {
  it.each([
    ['x = torch.ones(2)\ny = torch.ones(3)\nx + y', 'RuntimeError', 'The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0', 3],
    ['torch.ones(2, 3) @ torch.ones(2, 3)', 'RuntimeError', 'mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)', 1],
    ['torch.arange(6).reshape(4, -1)', 'RuntimeError', "shape '[4, -1]' is invalid for input of size 6", 1],
    ['t = torch.zeros(3)\n\nt[3]', 'IndexError', 'index 3 is out of bounds for dimension 0 with size 3', 3],
    ['torch.ones(2).backward()', 'RuntimeError', 'element 0 of tensors does not require grad and does not have a grad_fn', 1],
    ['w = torch.ones(2, requires_grad=True)\n(w * 2).backward()', 'RuntimeError', 'grad can be implicitly created only for scalar outputs', 2],
    ['w = torch.ones(1, requires_grad=True)\nw -= 1', 'RuntimeError', 'a leaf Variable that requires grad is being used in an in-place operation.', 2],
    ['torch.ones(2).item()', 'ValueError', 'only one element tensors can be converted to Python scalars', 1],
    ['torch.nn.Linear(1)', 'TypeError', "Linear.__init__() missing 1 required positional argument: 'out_features'", 1],
    ['torch.tensor([1, 2]).mean()', 'RuntimeError', 'mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long', 1],
    ['if torch.ones(2) > 0:\n    pass', 'RuntimeError', 'Boolean value of Tensor with more than one value is ambiguous', 1],
    ['class Bad(torch.nn.Module):\n    def __init__(self):\n        self.l1 = torch.nn.Linear(1, 1)\nBad()', 'AttributeError', 'cannot assign module before Module.__init__() call', 3],
    ['class P(torch.nn.Module):\n    def __init__(self):\n        torch.nn.Module.__init__(self)\n        self.w = torch.nn.Parameter(torch.ones(1))\n        self.w = 3\nP()', 'TypeError', "cannot assign 'int' as parameter 'w' (torch.nn.Parameter or None expected)", 5],
    ['class E(torch.nn.Module):\n    pass\nE()(torch.ones(1))', 'NotImplementedError', 'Module [E] is missing the required "forward" function', 3],
    ['class N(torch.nn.Module):\n    pass\nN().foo', 'AttributeError', "'N' object has no attribute 'foo'", 3],
    ['w = torch.ones(2, requires_grad=True)\nloss = (w * w).sum()\nloss.backward()\nloss.backward()', 'RuntimeError', 'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.', 4],
    ['w = torch.ones(2, requires_grad=True)\nh = w.sigmoid()\nh.sum().backward()\nh.mean().backward()', 'RuntimeError', 'Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.', 4],
    ['torch.nn.BCELoss()(torch.tensor([0.5, 0.2]), torch.tensor([[1.0], [0.0]]))', 'ValueError', 'Using a target size (torch.Size([2, 1])) that is different to the input size (torch.Size([2])) is deprecated. Please ensure they have the same size.', 1],
    ['torch.ones(2, requires_grad=True).numpy()', 'RuntimeError', "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.", 1],
    ['(torch.ones(2) > 0).mean()', 'RuntimeError', 'mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Bool', 1],
    ['m = torch.ones(2) > 0\nm - m', 'RuntimeError', 'Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.', 2],
    ['1 - (torch.ones(2) > 0)', 'RuntimeError', 'Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.', 1],
    ['-(torch.ones(2) > 0)', 'RuntimeError', 'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.', 1],
    ['~torch.ones(2)', 'TypeError', '~ (operator.invert) is only implemented on integer and Boolean-type tensors', 1],
    ['x = torch.tensor([[0.5, 1.0], [2.0, 0.1]])\ntorch.nn.functional.cross_entropy(x, torch.tensor([0, 2]))', 'IndexError', 'Target 2 is out of bounds.', 2],
    ['x = torch.tensor([[0.5, 1.0], [2.0, 0.1]])\ntorch.nn.CrossEntropyLoss()(x, torch.tensor([0.0, 1.0]))', 'RuntimeError', 'expected scalar type Long but found Float', 2],
    ['x = torch.tensor([[0.5, 1.0], [2.0, 0.1]])\ntorch.nn.NLLLoss()(x, torch.tensor([0, 1, 1]))', 'ValueError', 'Expected input batch_size (2) to match target batch_size (3).', 2],
    ['torch.softmax(torch.tensor([1, 2]), 0)', 'RuntimeError', '"softmax_lastdim_kernel_impl" not implemented for \'Long\'', 1],
    ['torch.nn.CrossEntropyLoss(label_smoothing=0.1)', 'NotImplementedError', 'CrossEntropyLoss의 label_smoothing는 아직 지원하지 않습니다 / label_smoothing not supported yet', 1],
    ['w = torch.ones(2, 3, requires_grad=True)\nloss = torch.nn.functional.cross_entropy(w, torch.tensor([0, 1]))\nloss.backward()\nloss.backward()', 'RuntimeError', BACKWARD_TWICE, 4],
    ['torch.ones(2).int()', 'NotImplementedError', 'int32 텐서는 아직 지원하지 않습니다. .long()(int64)을 쓰세요 / int32 tensors are not supported yet; use .long()', 1],
    ['torch.nn.BCEWithLogitsLoss()(torch.tensor([0.5, 0.2]), torch.tensor([[1.0], [0.0]]))', 'ValueError', 'Target size (torch.Size([2, 1])) must be the same as input size (torch.Size([2]))', 1],
    ['m = torch.ones(2, 2)\nm[torch.tensor([True, False, True])]', 'IndexError', 'The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 2] at index 0', 2],
    ['torch.argmax(torch.tensor([True, False]))', 'RuntimeError', '"argmax_cpu" not implemented for \'Bool\'', 1],
    ['m = torch.ones(2, 2)\nm[:, torch.tensor([True, False])]', 'NotImplementedError', '텐서(또는 리스트) 인덱스는 아직 첨자 전체로만 쓸 수 있습니다: x[mask], x[idx] / a tensor index mixed with other indices (x[:, mask]) is not supported yet', 2],
    ['torch.ones(2) & torch.ones(2)', 'RuntimeError', '"bitwise_and_cpu" not implemented for \'Float\'', 1],
    ['torch.tensor([1, 2, 3]).std()', 'RuntimeError', 'std and var only support floating point and complex dtypes', 1],
    ['torch.tensor([1, 2, 3]).var(0)', 'RuntimeError', 'std and var only support floating point and complex dtypes', 1],
    ['torch.nn.init.xavier_uniform_(torch.nn.Linear(2, 3).bias)', 'ValueError', 'Fan in and fan out can not be computed for tensor with fewer than 2 dimensions', 1],
    ["torch.nn.init.kaiming_normal_(torch.nn.Linear(2, 3).weight, mode='fan')", 'ValueError', "Mode fan not supported, please use one of ['fan_in', 'fan_out']", 1],
    ["torch.nn.init.calculate_gain('softmax')", 'ValueError', 'Unsupported nonlinearity softmax', 1],
    ['torch.ones(2, 3).std(dim=(0, 1))', 'NotImplementedError', 'torch.std(dim=(…, …))는 아직 지원하지 않습니다 / torch.std(dim=(…, …)) is not supported yet', 1],
  ])('%s', (source, type, message, line) => {
    const e = kernel().error('import torch\n' + source);
    expect(e.pyType).toBe(type);
    expect(e.pyMessage).toBe(message);
    expect(e.line).toBe(line + 1);
  });
});

describe('Python-level torch API', () => {
  it('import forms reach the same modules and one generator', () => {
    const k = kernel();
    const out = k.run(
      [
        'import torch',
        'import torch.nn as nn',
        'from torch import nn as nn2, optim',
        'print(nn is torch.nn, nn2 is nn, optim is torch.optim)',
        'torch.manual_seed(43052)',
        'a = torch.rand(3)',
        'torch.manual_seed(43052)',
        'print(torch.equal if False else (a == torch.rand(3)).tolist())',
      ].join('\n'),
    );
    expect(out).toBe('True True True\n[True, True, True]\n');
  });

  it('shape, Size, dtype, len, iteration, isinstance and no_grad', () => {
    const out = kernel().run(
      [
        'import torch',
        'x = torch.arange(6.0).reshape(2, 3)',
        'n, m = x.shape',
        'print(n * m, x.shape == (2, 3), x.shape[-1], x.size(0), x.dtype, torch.tensor([1]).dtype, x.dtype == torch.float32)',
        'print(len(x), [row.sum().item() for row in x], isinstance(x, torch.Tensor), isinstance(3, torch.Tensor))',
        'w = torch.tensor([1.0], requires_grad=True)',
        'with torch.no_grad():',
        '    z = w * 2',
        'print(z.requires_grad, (w * 2).grad_fn is not None, w.grad is None)',
        'net = torch.nn.Sequential(torch.nn.Linear(2, 1), torch.nn.Sigmoid())',
        'print(net[0], net[-1], len(net), [p.shape for p in net.parameters()])',
      ].join('\n'),
    );
    expect(out).toBe(
      [
        '6 True 3 2 torch.float32 torch.int64 True',
        '2 [3.0, 12.0] True False',
        'False True True',
        'Linear(in_features=2, out_features=1, bias=True) Sigmoid() 2 [torch.Size([1, 2]), torch.Size([1])]',
        '',
      ].join('\n'),
    );
  });
});

describe('the lecture plotting cells on tensors', () => {
  it('plt.scatter(X, y) and plt.plot(X, net(X).data, ...) draw the tensors\' values', async () => {
    const { createStandardModules } = await import('../../src/lib/python/modules/index');
    const displays: DisplayItem[] = [];
    const interpreter = new Interpreter({ modules: registerTorch(createStandardModules()), display: (d) => displays.push(d) });
    interpreter.runCell(
      [
        'import torch',
        'import matplotlib.pyplot as plt',
        'torch.manual_seed(43052)',
        'X=torch.linspace(-1,1,2000).reshape(2000,1)',
        'v = torch.sigmoid(-1+X*5)',
        'y = torch.bernoulli(v)',
        'net = torch.nn.Sequential(torch.nn.Linear(1,1), torch.nn.Sigmoid())',
        'plt.scatter(X,y,alpha=0.01)',
        "plt.plot(X,net(X).data,'--')",
        "plt.plot(X,v,'--r')",
      ].join('\n'),
    );
    const figures = displays.filter((d) => d.kind === 'figure');
    expect(figures).toHaveLength(1);
    const [scatter, fit, truth] = (figures[0] as Extract<DisplayItem, { kind: 'figure' }>).figure.axes[0].series;
    expect(scatter.x).toHaveLength(2000);
    expect(scatter.x[0]).toBe(-1);
    expect(new Set(scatter.y)).toEqual(new Set([0, 1]));
    // net's initial fit at x = 1, from PyTorch's initial weights for this seed
    const { parameters } = readProgram('lecture-net').fixture;
    const [w1] = parameters['net.0.weight'];
    const [w0] = parameters['net.0.bias'];
    expect(fit.y[1999]).toBeCloseTo(1 / (1 + Math.exp(-(w1 + w0))), 6);
    expect(truth.y[0]).toBeCloseTo(1 / (1 + Math.exp(6)), 6);
  });
});
