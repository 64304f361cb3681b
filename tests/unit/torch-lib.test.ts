// The torch subset called from TypeScript, against programs run by real PyTorch 1.13
// (tests/fixtures/torch-programs, written by scripts/torch-programs.py): the same calls in the
// same order must print PyTorch's text and train to PyTorch's parameters (within 5e-5).
import { describe, expect, it } from 'vitest';
import * as T from '../../src/lib/torch/core/index';
import { notebookSequence, readProgram } from '../support/torch-programs';

const repr = T.tensorRepr;
const TOLERANCE = 5e-5;

function expectParameters(actual: Record<string, ArrayLike<number>>, expected: Record<string, number[]>): void {
  for (const [name, values] of Object.entries(actual)) {
    const want = expected[name];
    expect(want, `fixture has ${name}`).toBeDefined();
    expect(values.length).toBe(want.length);
    Array.from(values).forEach((v, i) => expect(Math.abs(v - want[i]), `${name}[${i}]`).toBeLessThanOrEqual(TOLERANCE));
  }
}

/** The lecture's data cell after torch.manual_seed(43052). */
function lectureData() {
  const g = T.manualSeed(43052);
  const X = T.reshape(T.linspace(-1, 1, 2000), [2000, 1]);
  const u = T.add(-1, T.mul(X, 5));
  const v = T.div(T.exp(u), T.add(1, T.exp(u)));
  const y = T.bernoulli(g, v);
  return { g, X, u, v, y };
}

function lectureNet(g: T.TorchGenerator) {
  const l1 = new T.Linear(g, 1, 1);
  const net = new T.Sequential([l1, T.Sigmoid()]);
  const optimizer = new T.SGD(net.parameters(), { lr: 0.05 });
  return { l1, net, optimizer };
}

function train(net: T.Module, optimizer: T.Optimizer, epochs: number, lossOf: (yhat: T.Tensor) => T.Tensor, X: T.Tensor) {
  for (let epoch = 0; epoch < epochs; epoch++) {
    const yhat = net.forward(X);
    const loss = lossOf(yhat);
    T.backward(loss);
    optimizer.step();
    net.zeroGrad();
  }
}

const bce = (y: T.Tensor) => (yhat: T.Tensor) =>
  T.neg(T.mean(T.add(T.mul(y, T.log(yhat)), T.mul(T.sub(1, y), T.log(T.sub(1, yhat))))));

const paramsDisplay = (net: T.Module) => notebookSequence(net.parameters().map(repr), '[');

describe('the lecture cells, seeded (torch.manual_seed(43052))', () => {
  it('data cell: u, v, y display as PyTorch shows them', () => {
    const { u, v, y } = lectureData();
    expect(notebookSequence([u, v, y].map(repr), '(') + '\n').toBe(readProgram('lecture-data').fixture.stdout);
  });

  it('net cell: Sequential repr and the initial parameters', () => {
    const { g } = lectureData();
    const { net } = lectureNet(g);
    const { fixture } = readProgram('lecture-net');
    expect(net.repr() + '\n' + paramsDisplay(net) + '\n').toBe(fixture.stdout);
    expectParameters({ 'net.0.weight': net.parameters()[0].data, 'net.0.bias': net.parameters()[1].data }, fixture.parameters);
  });

  it('step 1–4 loop (10 000 epochs of BCE) and the MSE homework continued after it', () => {
    const { g, X, y } = lectureData();
    const { net, optimizer, l1 } = lectureNet(g);
    train(net, optimizer, 10000, bce(y), X);
    const bceRun = readProgram('lecture-bce-loop').fixture;
    expect(paramsDisplay(net) + '\n').toBe(bceRun.stdout);
    expectParameters({ 'l1.weight': l1.weight.data, 'l1.bias': l1.bias!.data }, bceRun.parameters);

    const lossFn = T.MSELoss();
    train(net, optimizer, 10000, (yhat) => lossFn.forward(y, yhat), X); // loss_fn(y, yhat), as the seed wrote it
    const mseRun = readProgram('lecture-mse-homework').fixture;
    expect(bceRun.stdout + paramsDisplay(net) + '\n').toBe(mseRun.stdout);
    expectParameters({ 'net.0.weight': l1.weight.data, 'net.0.bias': l1.bias!.data }, mseRun.parameters);
  }, 120_000);
});

describe('training programs', () => {
  it('BCELoss module with optimizer.zero_grad()', () => {
    const g = T.manualSeed(43052);
    const X = T.reshape(T.linspace(-1, 1, 2000), [2000, 1]);
    const y = T.bernoulli(g, T.sigmoid(T.add(-1, T.mul(5, X))));
    const net = new T.Sequential([new T.Linear(g, 1, 1), T.Sigmoid()]);
    const lossFn = T.BCELoss();
    const optimizer = new T.SGD(net.parameters(), { lr: 0.05 });
    const out: string[] = [];
    let loss = X;
    for (let epoch = 0; epoch < 1000; epoch++) {
      loss = lossFn.forward(net.forward(X), y);
      T.backward(loss);
      optimizer.step();
      optimizer.zeroGrad();
      if (epoch % 250 === 0) out.push(`${epoch} ${repr(loss)}`);
    }
    const [weight, bias] = net.parameters();
    out.push(lossFn.repr(), `${repr(weight)} ${repr(bias)}`, repr(weight.grad!));
    const { fixture } = readProgram('bce-loss');
    expect(out.join('\n') + '\n').toBe(fixture.stdout);
    expectParameters({ 'net.0.weight': weight.data, 'net.0.bias': bias.data }, fixture.parameters);
  });

  it('BCEWithLogitsLoss on a bare Linear', () => {
    const g = T.manualSeed(7);
    const X = T.reshape(T.linspace(-2, 2, 500), [-1, 1]);
    const y = T.bernoulli(g, T.sigmoid(T.sub(T.mul(3, X), 0.5)));
    const net = new T.Linear(g, 1, 1);
    const lossFn = T.BCEWithLogitsLoss();
    const optimizer = new T.SGD(net.parameters(), { lr: 0.5 });
    const out: string[] = [];
    let loss = X;
    for (let epoch = 0; epoch < 300; epoch++) {
      loss = lossFn.forward(net.forward(X), y);
      optimizer.zeroGrad();
      T.backward(loss);
      optimizer.step();
      if (epoch % 100 === 0) out.push(repr(loss));
    }
    out.push(repr(loss), `${repr(T.detach(net.weight))} ${repr(T.detach(net.bias!))}`);
    out.push(repr(T.sigmoid(net.forward(T.getItem(X, { start: null, stop: 3, step: null })))));
    const { fixture } = readProgram('bce-with-logits');
    expect(out.join('\n') + '\n').toBe(fixture.stdout);
    expectParameters({ 'net.weight': net.weight.data, 'net.bias': net.bias!.data }, fixture.parameters);
  });

  it('Adam', () => {
    const g = T.manualSeed(2022);
    const X = T.reshape(T.linspace(-1, 1, 1000), [1000, 1]);
    const y = T.bernoulli(g, T.sigmoid(T.add(T.mul(4, X), 1)));
    const net = new T.Sequential([new T.Linear(g, 1, 1), T.Sigmoid()]);
    const optimizer = new T.Adam(net.parameters(), { lr: 0.1 });
    const lossFn = T.BCELoss();
    const out: string[] = [];
    for (let epoch = 0; epoch < 500; epoch++) {
      const loss = lossFn.forward(net.forward(X), y);
      T.backward(loss);
      optimizer.step();
      optimizer.zeroGrad();
      if (epoch % 100 === 99) out.push(`${epoch + 1} ${repr(loss)}`);
    }
    out.push(`[${net.parameters().map(repr).join(', ')}]`); // print(list): Python's list repr
    const { fixture } = readProgram('adam');
    expect(out.join('\n') + '\n').toBe(fixture.stdout);
    const [w, b] = net.parameters();
    expectParameters({ 'net.0.weight': w.data, 'net.0.bias': b.data }, fixture.parameters);
  });

  it('SGD with momentum on randn noise', () => {
    const g = T.manualSeed(0);
    const X = T.reshape(T.linspace(-1, 1, 200), [200, 1]);
    const y = T.add(T.sub(T.mul(2.5, X), 0.7), T.mul(0.1, T.randn(g, [200, 1])));
    const net = new T.Linear(g, 1, 1);
    const optimizer = new T.SGD(net.parameters(), { lr: 0.1, momentum: 0.9 });
    const lossFn = T.MSELoss();
    const out: string[] = [];
    for (let epoch = 0; epoch < 200; epoch++) {
      const loss = lossFn.forward(net.forward(X), y);
      optimizer.zeroGrad();
      T.backward(loss);
      optimizer.step();
      if (epoch % 50 === 0) out.push(`${epoch} ${(loss.item() as number) < 1 ? 'True' : 'False'} ${repr(loss)}`);
    }
    out.push(repr(net.weight), repr(net.bias!), net.repr());
    const { fixture } = readProgram('momentum-sgd');
    expect(out.join('\n') + '\n').toBe(fixture.stdout);
    expectParameters({ 'net.weight': net.weight.data, 'net.bias': net.bias!.data }, fixture.parameters);
  });

  it('two-layer ReLU net with Adam', () => {
    const g = T.manualSeed(43052);
    const x = T.reshape(T.linspace(-3, 3, 400), [-1, 1]);
    const y = T.add(T.tanh(T.mul(2, x)), T.mul(0.05, T.randn(g, [400, 1])));
    const net = new T.Sequential([new T.Linear(g, 1, 8), T.ReLU(), new T.Linear(g, 8, 1)]);
    const optimizer = new T.Adam(net.parameters(), { lr: 0.01 });
    const lossFn = T.MSELoss();
    const out: string[] = [];
    for (let epoch = 0; epoch < 400; epoch++) {
      const loss = lossFn.forward(net.forward(x), y);
      T.backward(loss);
      optimizer.step();
      net.zeroGrad();
      if (epoch % 100 === 0) out.push(`${epoch} ${repr(loss)}`);
    }
    const size = (t: T.Tensor) => `torch.Size([${t.shape.join(', ')}])`;
    const first = net.at(0) as T.Linear;
    const last = net.at(2) as T.Linear;
    out.push(net.repr(), `${size(first.weight)} ${size(last.weight)}`);
    out.push(repr(net.forward(T.tensor([[-2], [0], [2]], 'float32'))));
    const { fixture } = readProgram('relu-net');
    expect(out.join('\n') + '\n').toBe(fixture.stdout);
    const named = Object.fromEntries(net.namedParameters('net.').map(([k, p]) => [k, p.data]));
    expectParameters(named, fixture.parameters);
  });
});

describe('autograd', () => {
  it('grads accumulate until zeroed; no_grad updates; detach; grads through @, .T and indexing', () => {
    const w = T.tensor(-5, 'float32', true);
    const b = T.tensor([0.5], 'float32', true);
    const x = T.linspace(-1, 1, 5);
    const forward = () => T.sigmoid(T.add(T.mul(w, x), b));
    const out: string[] = [];
    const yhat = forward();
    out.push(repr(yhat));
    let loss = T.mean(T.pow(T.sub(yhat, 1), 2));
    out.push(repr(loss));
    T.backward(loss);
    out.push(`${repr(w.grad!)} ${repr(b.grad!)}`);
    loss = T.mean(T.pow(T.sub(forward(), 1), 2));
    T.backward(loss);
    out.push(`${repr(w.grad!)} ${repr(b.grad!)}`);
    T.noGrad(() => {
      w.data = T.sub(w, T.mul(0.1, w.grad!)).data; // w -= 0.1 * w.grad
      b.data = T.sub(b, T.mul(0.1, b.grad!)).data;
    });
    out.push(`${repr(w)} ${repr(b)}`);
    w.grad!.data.fill(0);
    out.push(`${repr(w.grad!)} True ${T.mul(w, 2).requiresGrad ? 'True' : 'False'} ${w.isLeaf ? 'True' : 'False'}`);
    out.push(T.noGrad(() => T.mul(w, 2).requiresGrad) ? 'True' : 'False');
    const z = T.detach(w);
    out.push(`${repr(z)} ${z.requiresGrad ? 'True' : 'False'}`);
    const a = T.tensor([[1, 2], [3, 4]], 'float32', true);
    const c = T.add(T.sum(T.matmul(a, T.transpose(a))), T.mul(T.getItem(a, [0, 1]), 3));
    T.backward(c);
    out.push(`${repr(c)} ${repr(a.grad!)}`);
    const { fixture } = readProgram('autograd');
    expect(out.join('\n') + '\n').toBe(fixture.stdout);
    expectParameters({ w: w.data, b: b.data, a: a.data }, fixture.parameters);
  });
});
