// The trainer disposed while it is still starting (real cpu backend). Chunk sizing: schedule.test.ts.
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { simulateLecture } from '../../src/lib/logistic';
import { createTrainer, selectBackend } from '../../src/lib/train';

const { data, init } = simulateLecture({ n: 500, w0: -1, w1: 5, seed: 7 });

beforeAll(async () => {
  await selectBackend('cpu');
});

describe('a trainer disposed while starting', () => {
  test('uploads nothing and reports no progress', async () => {
    const before = tf.memory().numTensors;
    const reports: number[] = [];
    const trainer = createTrainer({ x: data.x, y: data.y, loss: 'bce', lr: 0.05, epochs: 100, initW0: init.w0, initW1: init.w1, backend: 'cpu', onProgress: (p) => reports.push(p.epoch) });
    const starting = trainer.ready();
    const running = trainer.start();
    await trainer.dispose();
    await expect(starting).rejects.toThrow('disposed');
    expect((await running).status).toBe('cancelled');
    expect(trainer.state).toBe('disposed');
    expect(reports).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });
});
