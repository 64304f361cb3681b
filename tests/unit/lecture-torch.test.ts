// The lecture's notebook cells against real PyTorch (src/data/torch/lecture.json, written
// by scripts/torch-golden.py): after torch.manual_seed(seed) the site's data and initial weights
// are PyTorch's bit for bit, and the float64 reference trained from them lands within 5e-5 of
// PyTorch's float32 parameters (BCE loop, then the homework's MSE loop continuing from it; its
// 10 000th MSE epoch within 1e-3, see below).
import { describe, expect, test } from 'vitest';
import { simulateLecture } from '../../src/lib/logistic';
import { type LossName } from '../../src/lib/losses';
import { trainReference } from '../../src/lib/reference';
import { hexValue, readLectureRuns, toBits, toHex, type Snapshot } from '../support/torch-fixtures';

const fixture = readLectureRuns();
const TOLERANCE = 5e-5;
const MSE_LONG_TOLERANCE = 1e-3;

/** Largest |ours − PyTorch's| over both parameters at each checkpoint of one loop. */
function worstGap(ours: Array<{ w0: number; w1: number }>, torch: Snapshot[]): number {
  return Math.max(...torch.flatMap((s, k) => [Math.abs(ours[k].w0 - hexValue(s.w0)), Math.abs(ours[k].w1 - hexValue(s.w1))]));
}

describe.each(fixture.cases.map((c) => [c.seed, c.n, c] as const))('torch.manual_seed(%i), n = %i', (seed, n, c) => {
  const { data, init } = simulateLecture({ n, w0: fixture.w0, w1: fixture.w1, seed });

  test('X, y and the nn.Linear(1, 1) init are PyTorch\'s, bit for bit', () => {
    expect(toHex(data.x)).toEqual(c.x);
    expect(toBits(data.y)).toBe(c.y);
    expect(data.y.reduce((a, b) => a + b, 0)).toBe(c.ySum);
    expect({ w1: toHex([init.w1])[0], w0: toHex([init.w0])[0] }).toEqual(c.init);
  });

  test('v = exp(u)/(1+exp(u)) is PyTorch\'s v bit for bit (SLEEF\'s float exp reproduced)', () => {
    expect(toHex(data.v)).toEqual(c.v);
  });

  test(`the float64 reference from the same start lands within ${TOLERANCE} of PyTorch (BCE, then MSE continued)`, () => {
    const run = (loss: LossName, start: { w0: number; w1: number }, snapshots: Snapshot[]) => {
      let at = start;
      let done = 0;
      return snapshots.map((s) => {
        const r = trainReference({ x: data.x, y: data.y, loss, lr: fixture.lr, epochs: s.epochs - done, initW0: at.w0, initW1: at.w1, recordEvery: s.epochs });
        done = s.epochs;
        at = { w0: r.w0, w1: r.w1 };
        return at;
      });
    };
    const bce = run('bce', init, c.bce);
    const mse = run('mse', bce.at(-1)!, c.mse);
    expect(worstGap(bce, c.bce)).toBeLessThan(TOLERANCE);
    expect(worstGap(mse.slice(0, -1), c.mse.slice(0, -1))).toBeLessThan(TOLERANCE);
    // 10 000 MSE steps near the optimum move the weights by tiny gradients; PyTorch's float32
    // rounding of each step accumulates there (measured up to 3.7e-4), so this bound is looser.
    expect(worstGap(mse.slice(-1), c.mse.slice(-1))).toBeLessThan(MSE_LONG_TOLERANCE);
  });
});

test('the comparison can fail: one changed label or a shifted trained weight is caught', () => {
  const c = fixture.cases[0];
  const { data, init } = simulateLecture({ n: c.n, w0: fixture.w0, w1: fixture.w1, seed: c.seed });
  const flipped = c.y.slice(0, 500) + (c.y[500] === '1' ? '0' : '1') + c.y.slice(501);
  expect(toBits(data.y)).not.toBe(flipped);
  const trained = trainReference({ x: data.x, y: data.y, loss: 'bce', lr: fixture.lr, epochs: 10, initW0: init.w0, initW1: init.w1 });
  const shifted: Snapshot = { ...c.bce[0], w1: toHex([hexValue(c.bce[0].w1) + 1e-4])[0] };
  expect(worstGap([trained], [c.bce[0]])).toBeLessThan(TOLERANCE);
  expect(worstGap([trained], [shifted])).toBeGreaterThan(TOLERANCE);
});
