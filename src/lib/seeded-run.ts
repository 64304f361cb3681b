// The lecture's cells with torch.manual_seed added, and what real PyTorch printed for them
// (src/data/torch/lecture.json, written by scripts/torch-golden.py): the code, a line saying what
// was run, and the output as the notebook shows it. Read by components/SeededTorchRun.astro for
// the page and by the notebook endpoint, so the page and the downloaded notebook show one run.
import lecture from '../data/torch/lecture.json';
import { float32FromHex } from './torch/core/hex';
import { formatLinearParameters, formatTorchNumber } from './torch/core/print';

export type SeededPart = 'bce' | 'mse';

export interface SeededRun {
  /** The cell as a student types it. */
  code: string;
  /** What was run where, shown above the output. */
  label: string;
  /** `list(net.parameters())` as the notebook shows it. */
  output: string;
  init: { w0: number; w1: number };
  trained: { w0: number; w1: number };
}

const value = (hex: string) => float32FromHex([hex])[0];

/** The seeds and sizes the fixture has a run for, for error messages. */
export const knownSeededRuns = (): string => lecture.cases.map((c) => `seed=${c.seed} n=${c.n}`).join(', ');

/** The run of `part` for this seed and n, or null when the fixture has none. */
export function seededRun(part: SeededPart, seed = 43052, n = 2000): SeededRun | null {
  const run = lecture.cases.find((c) => c.seed === seed && c.n === n);
  if (!run) return null;
  const last = (part === 'bce' ? run.bce : run.mse).at(-1)!;
  const trained = { w0: value(last.w0), w1: value(last.w1) };
  const init = { w0: value(run.init.w0), w1: value(run.init.w1) };
  const epochs = last.epochs;
  const code =
    part === 'bce'
      ? `torch.manual_seed(${seed})   # 이 한 줄을 추가했습니다
X = torch.linspace(-1, 1, ${n}).reshape(${n}, 1)
w0 = ${lecture.w0}
w1 = ${lecture.w1}
u = w0 + X*w1
v = torch.exp(u)/(1+torch.exp(u))
y = torch.bernoulli(v)
l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)
a1 = torch.nn.Sigmoid()
net = torch.nn.Sequential(l1, a1)
optimizer = torch.optim.SGD(net.parameters(), lr=${lecture.lr})
for epoc in range(${epochs}):
    yhat = net(X)
    loss = -torch.mean(y*torch.log(yhat) + (1-y)*torch.log(1-yhat))
    loss.backward()
    optimizer.step()
    net.zero_grad()
list(net.parameters())`
      : `# 위의 시드 고정 셀에 이어서 실행
loss_fn = torch.nn.MSELoss()
for epoc in range(${epochs}):
    yhat = net(X)
    loss = loss_fn(y, yhat)
    loss.backward()
    optimizer.step()
    net.zero_grad()
list(net.parameters())`;
  const torchVersion = lecture.meta.torch.replace(/^(\d+\.\d+).*/, '$1');
  const label =
    part === 'bce'
      ? `시드를 고정한 PyTorch ${torchVersion} 출력 (CPU, y가 1인 점 ${run.ySum}개, 학습 전 ŵ1 = ${formatTorchNumber(init.w1)}, ŵ0 = ${formatTorchNumber(init.w0)}):`
      : `시드를 고정한 PyTorch ${torchVersion} 출력 (CPU):`;
  return { code, label, output: formatLinearParameters(trained), init, trained };
}
