// The tfjs trainer in Node on the real cpu and wasm backends (no mocks): agreement with the
// float64 reference, divergence, controls and tensor hygiene.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { TrainingDivergedError } from '../../src/lib/divergence';
import { simulateLecture } from '../../src/lib/logistic';
import { type LossName } from '../../src/lib/losses';
import { trainReference } from '../../src/lib/reference';
import { createTrainer, selectBackend, type TrainerProgress, type TrainerOptions } from '../../src/lib/train';
import compareRuns from '../../src/data/runs/02-bce-vs-mse.json';

const { data, init } = simulateLecture({ n: 2000, w0: -1, w1: 5, seed: 43052 });
const base = { x: data.x, y: data.y, lr: 0.05, initW0: init.w0, initW1: init.w1 };

function reference(loss: LossName, epochs: number) {
  return trainReference({ ...base, loss, epochs });
}

async function train(options: Partial<TrainerOptions> & Pick<TrainerOptions, 'loss' | 'epochs'>) {
  const trainer = createTrainer({ ...base, ...options });
  const result = await trainer.start();
  return { trainer, result };
}

beforeAll(async () => {
  await selectBackend('cpu'); // so tf.memory() has a backend before the first trainer starts
});

// The full lecture run on each backend Node has.
describe.each(['cpu', 'wasm'] as const)('%s backend, 10000 epochs', (backend) => {
  const epochs = 10000;
  test.each(['bce', 'mse'] as const)('%s agrees with the float64 reference to 1e-3', async (loss) => {
    const before = tf.memory().numTensors;
    const { trainer, result } = await train({ loss, epochs, backend });
    const expected = reference(loss, epochs);
    expect(result.status).toBe('done');
    expect(trainer.backend).toBe(backend);
    expect(result.epoch).toBe(epochs);
    expect(Math.abs(result.w0 - expected.w0)).toBeLessThan(1e-3);
    expect(Math.abs(result.w1 - expected.w1)).toBeLessThan(1e-3);
    expect(Math.abs(result.loss - expected.history.at(-1)!.loss)).toBeLessThan(1e-4);
    expect(tf.memory().numTensors).toBe(before);
  });
});

// 05wk-1's 시각화 1–4 (SGD) and its homework (Adam), as lecture 2 quotes them from PyTorch 1.13.
describe.each(['cpu', 'wasm'] as const)('%s backend, the source lecture\'s four starts', (backend) => {
  const starts = { good: { initW0: -3, initW1: -1 }, bad: { initW0: -10, initW1: -1 } };
  const cases = (['sgd', 'adam'] as const).flatMap((optimizer) =>
    (['good', 'bad'] as const).flatMap((start) => (['mse', 'bce'] as const).map((loss) => ({ optimizer, start, loss }))));
  test.each(cases)('$optimizer, $loss from the $start start: within 5e-5 of PyTorch after 1000 epochs', async ({ optimizer, start, loss }) => {
    const torch = compareRuns.runs[optimizer].results[`${loss}_${start}`];
    const { result } = await train({ loss, epochs: 1000, optimizer, backend, ...starts[start] });
    expect(result.status).toBe('done');
    expect(Math.abs(result.w0 - torch.w0)).toBeLessThan(5e-5);
    expect(Math.abs(result.w1 - torch.w1)).toBeLessThan(5e-5);
  });
});

describe('Adam in the trainer (cpu)', () => {
  test('chunks, pauses and steps do not change the numbers: Adam\'s averages travel with the parameters', async () => {
    const whole = (await train({ loss: 'mse', epochs: 300, optimizer: 'adam', backend: 'cpu', epochsPerChunk: 300 })).result;
    const trainer = createTrainer({ ...base, loss: 'mse', epochs: 300, optimizer: 'adam', backend: 'cpu', epochsPerChunk: 7 });
    await trainer.step(40);
    await trainer.cancel(); // frees the runner: the next one must take Adam's state back
    const pieces = await trainer.start();
    expect([pieces.w0, pieces.w1]).toEqual([whole.w0, whole.w1]);
  });

  test('divergence inside a chunk is replayed from the chunk\'s Adam state: the same epoch as one epoch per chunk', async () => {
    const oneByOne = (await train({ loss: 'bce', lr: 40, epochs: 200, optimizer: 'adam', backend: 'cpu', epochsPerChunk: 1 })).result;
    const chunked = (await train({ loss: 'bce', lr: 40, epochs: 200, optimizer: 'adam', backend: 'cpu', epochsPerChunk: 64 })).result;
    const epoch = (oneByOne.error as TrainingDivergedError).epoch;
    expect(epoch).toBeGreaterThan(2);
    expect((chunked.error as TrainingDivergedError).epoch).toBe(epoch);
    expect([chunked.w0, chunked.w1]).toEqual([oneByOne.w0, oneByOne.w1]);
  });
});

describe('trainer behaviour (cpu)', () => {
  test('progress carries epoch, loss, ŵ0, ŵ1, backend and time; one readback per chunk', async () => {
    const seen: TrainerProgress[] = [];
    const { result } = await train({ loss: 'bce', epochs: 1000, backend: 'cpu', epochsPerChunk: 100, onProgress: (p) => seen.push(p) });
    expect(result.readbacks).toBe(10);
    expect(seen.map((p) => p.epoch)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    const last = seen.at(-1)!;
    expect(last.backend).toBe('cpu');
    expect(last.elapsedMs).toBeGreaterThan(0);
    expect(seen[1].loss).toBeGreaterThan(last.loss);
  });

  test('lr = 1e6 stops with a clear error and keeps finite parameters', async () => {
    const before = tf.memory().numTensors;
    const errors: Error[] = [];
    const { result } = await train({ loss: 'bce', epochs: 200, lr: 1e6, backend: 'cpu', epochsPerChunk: 50, onError: (e) => errors.push(e) });
    expect(result.status).toBe('error');
    expect(result.error).toBeInstanceOf(TrainingDivergedError);
    const error = result.error as TrainingDivergedError;
    expect(error.epoch).toBe(1);
    expect(error.message).toMatch(/^발산했습니다 \(epoch 1\): 학습률.*\/ Training diverged at epoch 1/);
    expect(error.lastFinite.w0).toBeCloseTo(init.w0, 6);
    expect(error.lastFinite.w1).toBeCloseTo(init.w1, 6);
    expect(Number.isFinite(result.w0) && Number.isFinite(result.w1)).toBe(true);
    expect(errors).toEqual([error]);
    expect(tf.memory().numTensors).toBe(before);
  });

  test('divergence found in the middle of a chunk names the exact epoch (reference agrees)', async () => {
    // BCE at lr 200 bounces between ever larger parameters and leaves |w| < 88 after a few epochs
    const expected = trainReference({ ...base, loss: 'bce', lr: 200, epochs: 100 });
    const { result } = await train({ loss: 'bce', lr: 200, epochs: 100, backend: 'cpu', epochsPerChunk: 100 });
    expect(expected.divergence!.epoch).toBeGreaterThan(1);
    expect((result.error as TrainingDivergedError).epoch).toBe(expected.divergence!.epoch);
  });

  test('pause, resume, step and reset', async () => {
    const states: string[] = [];
    // Pause from the first report after epoch 0: a point the loop is known to have reached, not a timer.
    const trainer = createTrainer({
      ...base, loss: 'bce', epochs: 400, backend: 'cpu', epochsPerChunk: 10,
      onStateChange: (s) => states.push(s),
      onProgress: (p) => { if (p.epoch > 0 && states.at(-1) === 'running' && !states.includes('paused')) trainer.pause(); },
    });
    await trainer.start();
    expect(trainer.state).toBe('paused');
    const pausedAt = trainer.progress!.epoch;
    expect(pausedAt).toBeGreaterThan(0);
    expect(pausedAt).toBeLessThan(400);
    const stepped = await trainer.step(3);
    expect(stepped.epoch).toBe(pausedAt + 3);
    const done = await trainer.resume();
    expect(done.status).toBe('done');
    expect(done.epoch).toBe(400);
    const expected = reference('bce', 400);
    expect(done.w1).toBeCloseTo(expected.w1, 4); // pausing and stepping do not change the maths
    await trainer.reset();
    expect(trainer.state).toBe('idle');
    expect(trainer.progress!.epoch).toBe(0);
    expect(trainer.progress!.w0).toBe(init.w0);
    expect(states).toEqual(['running', 'paused', 'running', 'done', 'idle']);
  });

  test('no leaked tensors after cancel mid-run, and after 100 short runs', async () => {
    const before = tf.memory().numTensors;
    const trainer = createTrainer({ ...base, loss: 'mse', epochs: 100000, backend: 'cpu', epochsPerChunk: 5 });
    const running = trainer.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await trainer.cancel();
    expect((await running).status).toBe('cancelled');
    expect(trainer.state).toBe('cancelled');
    expect(tf.memory().numTensors).toBe(before);
    for (let run = 0; run < 100; run++) {
      const { result } = await train({ loss: run % 2 ? 'bce' : 'mse', epochs: 3, backend: 'cpu' });
      expect(result.status).toBe('done');
    }
    expect(tf.memory().numTensors).toBe(before);
  });

  test('a forced backend that does not exist here is a clear error, not a silent fallback', async () => {
    const { result } = await train({ loss: 'bce', epochs: 10, backend: 'webgl' });
    expect(result.status).toBe('error');
    expect(result.error!.message).toMatch(/'webgl' 백엔드를 시작할 수 없습니다/);
  });
});
