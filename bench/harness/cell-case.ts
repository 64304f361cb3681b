// The lecture's step 1–4 cell (BCE, n = 2000, lr 0.05) as a student runs it: the data and
// network cells, then the loop cell, through the Python interpreter and the torch binding —
// with loop tracing ("compiled") or with it switched off ("interpreted"). Used by
// bench/cell-bench.mjs in Node and, bundled, in a Chromium Web Worker (cell-worker.ts).
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import type { LoopTraceStats } from '../../src/lib/python/eval/loop-trace';
import { courseKernelSetup } from '../../src/lib/course-kernel';

export interface CellResult {
  ms: number;
  w1: number;
  w0: number;
  compiled: boolean;
  reason: string;
}

const SETUP = `import torch
torch.manual_seed(SEED)
X=torch.linspace(-1,1,2000).reshape(2000,1)
w0= - 1
w1= 5
u = w0+X*w1
v = torch.exp(u)/(1+torch.exp(u))
y = torch.bernoulli(v)
l1=torch.nn.Linear(in_features=1,out_features=1,bias=True)
a1=torch.nn.Sigmoid()
net=torch.nn.Sequential(l1,a1)
optimizer=torch.optim.SGD(net.parameters(),lr=0.05)`;

const LOOP = `for epoc in range(EPOCHS):
    ## 1
    yhat=net(X)
    ## 2
    loss=-torch.mean(y*torch.log(yhat) + (1-y)*torch.log(1-yhat))
    ## 3
    loss.backward()
    ## 4
    optimizer.step()
    net.zero_grad()`;

export function runLectureCell(epochs: number, compiled: boolean, seed = 43052): CellResult {
  let loop: LoopTraceStats | undefined;
  const interpreter = new Interpreter(courseKernelSetup({ loopTracing: compiled, onLoop: (stats) => (loop = stats) }));
  interpreter.runCell(SETUP.replace('SEED', String(seed)));
  const start = performance.now();
  interpreter.runCell(LOOP.replace('EPOCHS', String(epochs)));
  const ms = performance.now() - start;
  const { value } = interpreter.runCell('(l1.weight.item(), l1.bias.item())');
  const [w1, w0] = (value as unknown as { items: number[] }).items;
  return { ms, w1, w0, compiled: loop?.compiled ?? false, reason: loop?.reason ?? 'not traced' };
}
