// The lecture's training loop in real PyTorch, timed in the same bench run as our engines so
// that speeds can be quoted as ratios to PyTorch. Needs a Python with torch (Debian:
// apt-get install python3-torch); without one it resolves to null and the bench says so.
//
//   const torch = await pytorchBaseline({ n: 2000, epochs: 10000 });
//   // → { ms, w0, w1, epochs, n, torch: '1.13.0', python: '/usr/bin/python3' } or null
import { spawn } from 'node:child_process';

// Python that runs the lecture's cells after torch.manual_seed, 1 thread, and times only the loop.
const SCRIPT = String.raw`
import json, sys, time
try:
    import torch
except Exception as error:
    print(json.dumps({'missing': str(error)})); sys.exit(0)
n, epochs, seed, loss_name = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
torch.set_num_threads(1)
torch.manual_seed(seed)
X = torch.linspace(-1, 1, n).reshape(n, 1)
u = -1 + X*5
v = torch.exp(u)/(1+torch.exp(u))
y = torch.bernoulli(v)
l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)
net = torch.nn.Sequential(l1, torch.nn.Sigmoid())
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
loss_fn = torch.nn.MSELoss()
start = time.perf_counter()
for epoc in range(epochs):
    yhat = net(X)
    if loss_name == 'bce':
        loss = -torch.mean(y*torch.log(yhat) + (1-y)*torch.log(1-yhat))
    else:
        loss = loss_fn(y, yhat)
    loss.backward()
    optimizer.step()
    net.zero_grad()
ms = (time.perf_counter() - start) * 1000
print(json.dumps({'ms': ms, 'w1': l1.weight.item(), 'w0': l1.bias.item(), 'torch': torch.__version__}))
`;

const CANDIDATES = ['/usr/bin/python3', 'python3'];

function runPython(python, args) {
  return new Promise((resolve) => {
    const child = spawn(python, ['-c', SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, OMP_NUM_THREADS: '1', MKL_NUM_THREADS: '1' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', (error) => resolve({ missing: String(error) }));
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').at(-1)));
      } catch {
        resolve({ missing: `exit ${code}: ${err.trim().split('\n').at(-1) ?? ''}` });
      }
    });
  });
}

/**
 * Times the lecture's loop (BCE by default) in PyTorch on 1 thread after torch.manual_seed(seed).
 * Returns { ms, w0, w1, n, epochs, loss, torch, python }, or null (with a note on stderr) when
 * no Python with torch is found.
 */
export async function pytorchBaseline({ n = 2000, epochs = 10000, seed = 43052, loss = 'bce' } = {}) {
  const reasons = [];
  for (const python of CANDIDATES) {
    const result = await runPython(python, [String(n), String(epochs), String(seed), loss]);
    if (result.missing === undefined) return { ...result, n, epochs, seed, loss, python };
    reasons.push(`${python}: ${result.missing}`);
  }
  console.error(`PyTorch baseline skipped: no python3 with torch (${reasons.join('; ')})`);
  return null;
}
