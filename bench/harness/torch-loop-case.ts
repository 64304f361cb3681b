// The lecture's step 1–4 loop (BCE, n = 2000, lr 0.05) on the torch subset, two ways: called
// from TypeScript, and as the lecture's Python cell through the interpreter and the binding.
import { ModuleRegistry } from '../../src/lib/python/objects/host';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import * as T from '../../src/lib/torch/core/index';
import { registerTorch } from '../../src/lib/torch/python/module';

export interface LoopResult {
  ms: number;
  w1: number;
  w0: number;
}

export function libraryLoop(epochs: number, seed = 43052): LoopResult {
  const g = T.manualSeed(seed);
  const X = T.reshape(T.linspace(-1, 1, 2000), [2000, 1]);
  const u = T.add(-1, T.mul(X, 5));
  const y = T.bernoulli(g, T.div(T.exp(u), T.add(1, T.exp(u))));
  const l1 = new T.Linear(g, 1, 1);
  const net = new T.Sequential([l1, T.Sigmoid()]);
  const optimizer = new T.SGD(net.parameters(), { lr: 0.05 });
  const start = performance.now();
  for (let epoch = 0; epoch < epochs; epoch++) {
    const yhat = net.forward(X);
    const loss = T.neg(T.mean(T.add(T.mul(y, T.log(yhat)), T.mul(T.sub(1, y), T.log(T.sub(1, yhat))))));
    T.backward(loss);
    optimizer.step();
    net.zeroGrad();
  }
  return { ms: performance.now() - start, w1: l1.weight.data[0], w0: l1.bias!.data[0] };
}

const SETUP = `import torch
torch.manual_seed(SEED)
X=torch.linspace(-1,1,2000).reshape(2000,1)
u = -1+X*5
v = torch.exp(u)/(1+torch.exp(u))
y = torch.bernoulli(v)
l1=torch.nn.Linear(in_features=1,out_features=1,bias=True)
net=torch.nn.Sequential(l1,torch.nn.Sigmoid())
optimizer=torch.optim.SGD(net.parameters(),lr=0.05)`;

const LOOP = `for epoc in range(EPOCHS):
    yhat=net(X)
    loss=-torch.mean(y*torch.log(yhat) + (1-y)*torch.log(1-yhat))
    loss.backward()
    optimizer.step()
    net.zero_grad()
(l1.weight.item(), l1.bias.item())`;

export function interpreterLoop(epochs: number, seed = 43052): LoopResult {
  const interpreter = new Interpreter({ modules: registerTorch(new ModuleRegistry()) });
  interpreter.runCell(SETUP.replace('SEED', String(seed)));
  const start = performance.now();
  const { value } = interpreter.runCell(LOOP.replace('EPOCHS', String(epochs)));
  const ms = performance.now() - start;
  const [w1, w0] = (value as unknown as { items: number[] }).items;
  return { ms, w1, w0 };
}
