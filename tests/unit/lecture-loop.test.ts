// The lecture's loop on the torch core (src/lib/lecture-loop.ts), which the static figures train
// with, lands on PyTorch's float32 numbers: the seeded BCE cell and the homework's MSE cell that
// continues from it (src/data/torch/lecture.json). The page's own run (seed 43052, n 2000) to the
// bit; the other seeds within a float32 step, since the MSE mean's summation order is not yet
// PyTorch's and PyTorch's own last bit moves between machines.
import { describe, expect, it } from 'vitest';
import { runLectureLoop } from '../../src/lib/lecture-loop';
import { simulateLecture } from '../../src/lib/logistic';
import { hexValue, readLectureRuns, toHex } from '../support/torch-fixtures';
import compareRuns from '../../src/data/runs/02-bce-vs-mse.json';

const { cases, lr } = readLectureRuns();

const pageRun = (c: { seed: number; n: number }) => c.seed === 43052 && c.n === 2000;

describe('the lecture loop on the torch core', () => {
  it.each(cases.filter((c) => pageRun(c) || c.n === 100).map((c) => [c.seed, c.n, c] as const))('seed %i, n %i: BCE then MSE end on PyTorch\'s numbers', (seed, n, run) => {
    const { data, init } = simulateLecture({ seed, n, w0: -1, w1: 5 });
    const bceEnd = run.bce.at(-1)!;
    const bce = runLectureLoop({ x: data.x, y: data.y, loss: 'bce', lr, epochs: bceEnd.epochs, init });
    expect(bce.divergence).toBeNull();
    const mseEnd = run.mse.at(-1)!;
    const mse = runLectureLoop({ x: data.x, y: data.y, loss: 'mse', lr, epochs: mseEnd.epochs, init: { w0: bce.w0, w1: bce.w1 } });
    const ours = [bce.w0, bce.w1, mse.w0, mse.w1, mse.history.at(-1)!.loss];
    const pytorch = [bceEnd.w0, bceEnd.w1, mseEnd.w0, mseEnd.w1, mseEnd.loss];
    if (pageRun(run)) expect(toHex(ours)).toEqual(pytorch);
    else ours.forEach((value, i) => expect(Math.abs(value - hexValue(pytorch[i])), `value ${i}`).toBeLessThan(1e-6));
  }, 120_000);

  // Lecture 2's static figures: 05wk-1's good and bad starts with SGD and with Adam. Its runs use
  // nn.BCELoss where this loop writes BCE out, so the last bits may differ.
  it.each((['sgd', 'adam'] as const).flatMap((optimizer) => ['mse_good', 'bce_good', 'mse_bad', 'bce_bad'].map((name) => [optimizer, name] as const)))(
    '%s, %s: 1000 epochs end within 1e-6 of PyTorch', (optimizer, name) => {
      const { data } = simulateLecture({ seed: 43052, n: 2000, w0: -1, w1: 5 });
      const [loss, start] = name.split('_') as ['mse' | 'bce', 'good' | 'bad'];
      const init = start === 'good' ? { w0: -3, w1: -1 } : { w0: -10, w1: -1 };
      const run = runLectureLoop({ x: data.x, y: data.y, loss, optimizer, lr: 0.05, epochs: 1000, init });
      const torch = compareRuns.runs[optimizer].results[name as 'mse_good'];
      expect(Math.abs(run.w0 - torch.w0)).toBeLessThan(1e-6);
      expect(Math.abs(run.w1 - torch.w1)).toBeLessThan(1e-6);
    }, 60_000);

  it('stops where training diverges, keeping the last finite parameters', () => {
    const { data, init } = simulateLecture({ seed: 43052, n: 100, w0: -1, w1: 5 });
    const run = runLectureLoop({ x: data.x, y: data.y, loss: 'bce', lr: 1e6, epochs: 100, init });
    expect(run.divergence?.epoch).toBeGreaterThan(0);
    expect(run.epochs).toBe(run.divergence!.epoch - 1);
    expect(Number.isFinite(run.w0) && Number.isFinite(run.w1)).toBe(true);
  });
});
