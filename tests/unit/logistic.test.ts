import { describe, expect, test } from 'vitest';
import { TrainingDivergedError } from '../../src/lib/divergence';
import { lossSurface, meanLoss } from '../../src/lib/landscape';
import { linspace, simulateLecture } from '../../src/lib/logistic';
import { Losses, bceFromProbability } from '../../src/lib/losses';
import { fitMaximumLikelihood } from '../../src/lib/mle';
import { trainReference } from '../../src/lib/reference';
import { sigmoid } from '../../src/lib/sigmoid';

const lecture = { n: 2000, w0: -1, w1: 5, seed: 43052 };

describe('simulateLecture', () => {
  test('same seed → identical data; another seed → different labels', () => {
    const a = simulateLecture(lecture).data;
    const b = simulateLecture(lecture).data;
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    const c = simulateLecture({ ...lecture, seed: lecture.seed + 1 }).data;
    expect(Array.from(c.y)).not.toEqual(Array.from(a.y));
  });

  test('follows the lecture: x = linspace(-1, 1, n), v = σ(w0 + w1 x), y ∈ {0, 1} with mean ≈ v', () => {
    const { x, v, y } = simulateLecture(lecture).data;
    expect(x[0]).toBe(-1);
    expect(x[1999]).toBe(1);
    expect(x[1] - x[0]).toBeCloseTo(2 / 1999, 7); // float32 points, as torch.linspace
    expect(v[0]).toBeCloseTo(0.0025, 4); // the lecture prints 0.0025 and 0.9820
    expect(v[1999]).toBeCloseTo(0.982, 3);
    expect(new Set(y)).toEqual(new Set([0, 1]));
    const sum = (a: Float64Array) => a.reduce((s, t) => s + t, 0);
    expect(Math.abs(sum(y) - sum(v))).toBeLessThan(3 * Math.sqrt(2000 * 0.25));
  });

  test('linspace with n = 1 and invalid n', () => {
    expect(Array.from(linspace(-1, 1, 1))).toEqual([-1]);
    expect(() => simulateLecture({ ...lecture, n: 0 })).toThrow(RangeError);
  });

  test('the initial weights are nn.Linear(1, 1)\'s U(-1, 1) draw made after the data (so they depend on n)', () => {
    expect(simulateLecture(lecture).init).toEqual(simulateLecture(lecture).init);
    for (let seed = 0; seed < 50; seed++) {
      const { w0, w1 } = simulateLecture({ ...lecture, n: 50, seed }).init;
      expect(Math.abs(w0)).toBeLessThan(1);
      expect(Math.abs(w1)).toBeLessThan(1);
    }
    expect(simulateLecture({ ...lecture, n: 100 }).init).not.toEqual(simulateLecture(lecture).init);
  });
});

describe('losses', () => {
  test('BCE is finite at ŷ = 0 and ŷ = 1 (logits far beyond float range of σ)', () => {
    for (const z of [-1000, -50, 50, 1000]) {
      for (const y of [0, 1]) {
        expect(Number.isFinite(Losses.BCE.value(z, y))).toBe(true);
        expect(Number.isFinite(Losses.BCE.gradient(z, y))).toBe(true);
      }
    }
    expect(Losses.BCE.value(-1000, 1)).toBeCloseTo(1000, 9); // -log σ(-1000) = 1000, not Infinity
    expect(Losses.BCE.value(1000, 1)).toBe(0);
    expect(bceFromProbability(0, 1)).toBe(100); // torch's clamp of log at -100
    expect(bceFromProbability(1, 1)).toBeCloseTo(0, 12);
    expect(Number.isNaN(bceFromProbability(1, 0))).toBe(false);
  });

  test('BCE from the logit equals the lecture formula -[y log ŷ + (1-y) log(1-ŷ)]', () => {
    for (const z of [-3, -0.5, 0, 0.7, 4]) {
      for (const y of [0, 1]) expect(Losses.BCE.value(z, y)).toBeCloseTo(bceFromProbability(sigmoid(z), y), 12);
    }
  });

  test('gradients match central finite differences', () => {
    const h = 1e-6;
    for (const loss of [Losses.BCE, Losses.MSE]) {
      for (const z of [-4, -1, 0.3, 2.5]) {
        for (const y of [0, 1]) {
          const numeric = (loss.value(z + h, y) - loss.value(z - h, y)) / (2 * h);
          expect(loss.gradient(z, y)).toBeCloseTo(numeric, 7);
        }
      }
    }
  });
});

describe('trainReference', () => {
  test('two epochs by hand on three points', () => {
    const x = [-1, 0, 1];
    const y = [0, 1, 1];
    const lr = 0.5;
    let w0 = 0.2;
    let w1 = -0.3;
    for (let epoch = 0; epoch < 2; epoch++) {
      // dL/dw for mean BCE: mean(σ(z) - y) and mean((σ(z) - y) x), written out independently
      const r = x.map((xi, i) => 1 / (1 + Math.exp(-(w0 + w1 * xi))) - y[i]);
      const g0 = (r[0] + r[1] + r[2]) / 3;
      const g1 = (-r[0] + r[2]) / 3;
      w0 -= lr * g0;
      w1 -= lr * g1;
    }
    const result = trainReference({ x, y, loss: 'bce', lr, epochs: 2, initW0: 0.2, initW1: -0.3 });
    expect(result.w0).toBeCloseTo(w0, 14);
    expect(result.w1).toBeCloseTo(w1, 14);
    expect(result.epochs).toBe(2);
    expect(result.history.at(-1)!.epoch).toBe(2);
  });

  test('BCE with large steps converges to the maximum-likelihood fit (Newton/IRLS)', () => {
    const { x, y } = simulateLecture(lecture).data;
    const mle = fitMaximumLikelihood(x, y);
    expect(Math.abs(mle.w0 - lecture.w0)).toBeLessThan(0.3); // the MLE itself recovers the truth
    expect(Math.abs(mle.w1 - lecture.w1)).toBeLessThan(0.6);
    const fast = trainReference({ x, y, loss: 'bce', lr: 4, epochs: 3000, initW0: 0, initW1: 0 });
    expect(fast.w0).toBeCloseTo(mle.w0, 6);
    expect(fast.w1).toBeCloseTo(mle.w1, 6);
  });

  test('the lecture run (lr 0.05, 10000 epochs) gets close to the MLE and its loss goes down', () => {
    const { data: { x, y }, init } = simulateLecture(lecture);
    const mle = fitMaximumLikelihood(x, y);
    const run = trainReference({ x, y, loss: 'bce', lr: 0.05, epochs: 10000, initW0: init.w0, initW1: init.w1 });
    expect(run.divergence).toBeNull();
    expect(Math.abs(run.w0 - mle.w0)).toBeLessThan(0.05);
    expect(Math.abs(run.w1 - mle.w1)).toBeLessThan(0.2);
    expect(run.history[0].loss).toBeGreaterThan(run.history.at(-1)!.loss);
    expect(run.finalLoss).toBeCloseTo(meanLoss(x, y, 'bce', run.w0, run.w1), 12);
    expect(run.finalLoss).toBeGreaterThanOrEqual(meanLoss(x, y, 'bce', mle.w0, mle.w1));
  });

  test('MSE trains too (the homework), more slowly than BCE', () => {
    const { x, y } = simulateLecture(lecture).data;
    const mle = fitMaximumLikelihood(x, y);
    const init = { initW0: -0.5, initW1: 0.5 };
    const bce = trainReference({ x, y, loss: 'bce', lr: 0.05, epochs: 2000, ...init });
    const mse = trainReference({ x, y, loss: 'mse', lr: 0.05, epochs: 2000, ...init });
    expect(Math.abs(mse.w1 - mle.w1)).toBeGreaterThan(Math.abs(bce.w1 - mle.w1));
    expect(mse.history[0].loss).toBeGreaterThan(mse.history.at(-1)!.loss);
  });

  test('lr = 1e6 is reported as divergence with the last finite parameters, not NaN', () => {
    const { x, y } = simulateLecture(lecture).data;
    for (const loss of ['bce', 'mse'] as const) {
      const run = trainReference({ x, y, loss, lr: 1e6, epochs: 100, initW0: 0.1, initW1: 0.2 });
      expect(run.divergence).toBeInstanceOf(TrainingDivergedError);
      expect(run.divergence!.epoch).toBe(1);
      expect(run.divergence!.message).toMatch(/^발산했습니다 \(epoch 1\).*Training diverged at epoch 1/);
      expect(run.divergence!.lastFinite).toEqual({ w0: 0.1, w1: 0.2 });
      expect([run.w0, run.w1, run.finalLoss].every(Number.isFinite)).toBe(true);
    }
  });

  test('onEpoch sees every epoch', () => {
    const seen: number[] = [];
    trainReference({ x: [0, 1], y: [0, 1], loss: 'mse', lr: 0.1, epochs: 5, initW0: 0, initW1: 0, onEpoch: (e) => seen.push(e) });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('lossSurface', () => {
  const { x, y } = simulateLecture({ ...lecture, n: 400 }).data;

  test('BCE landscape: grid shape, min near the MLE, values equal meanLoss', () => {
    const surface = lossSurface({ x, y, loss: 'bce', w0Range: [-4, 2], w1Range: [0, 10], resolution: 31 });
    expect(surface.values.length).toBe(31 * 31);
    const best = surface.values.indexOf(surface.min);
    const mle = fitMaximumLikelihood(x, y);
    expect(Math.abs(surface.w0[best % 31] - mle.w0)).toBeLessThanOrEqual(0.2 + 1e-9); // grid step 0.2
    expect(Math.abs(surface.w1[Math.floor(best / 31)] - mle.w1)).toBeLessThanOrEqual(0.34);
    expect(surface.values[5 * 31 + 7]).toBe(meanLoss(x, y, 'bce', surface.w0[7], surface.w1[5]));
  });

  test('MSE is bounded by 1 and flat far away; BCE keeps growing', () => {
    const args = { x, y, w0Range: [-10, 10] as [number, number], w1Range: [-20, 20] as [number, number], resolution: 11 };
    const mse = lossSurface({ ...args, loss: 'mse' });
    const bce = lossSurface({ ...args, loss: 'bce' });
    expect(mse.max).toBeLessThanOrEqual(1);
    expect(bce.max).toBeGreaterThan(5);
    expect(() => lossSurface({ ...args, loss: 'bce', resolution: 1 })).toThrow(RangeError);
  });
});
