// The trainer disposed while it is still starting, and the GPU chunk sizing (real cpu backend).
import { beforeAll, describe, expect, test } from 'vitest';
import * as tf from '@tensorflow/tfjs-core';
import { simulateLecture } from '../../src/lib/logistic';
import { createTrainer, selectBackend } from '../../src/lib/train';
import { GpuChunkSizer } from '../../src/lib/train/schedule';

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

describe('GpuChunkSizer', () => {
  test('a readback that waits on latency does not shrink the chunks', () => {
    const sizer = new GpuChunkSizer(25, 8, 2000);
    let chunk = 1;
    chunk = sizer.next(chunk, 5, 0.1); // 5 ms for one epoch: mostly latency
    expect(chunk).toBe(4);
    chunk = sizer.next(chunk, 6, 0.1);
    chunk = sizer.next(chunk, 8, 0.2);
    const grown = chunk;
    chunk = sizer.next(chunk, 400, 0.2); // the GPU was busy rasterising the page
    expect(chunk).toBeGreaterThanOrEqual(grown);
  });

  test('a chunk is about the target of work, and its dispatch fits the frame budget', () => {
    const sizer = new GpuChunkSizer(25, 8, 100_000);
    // 0.01 ms of work per epoch would allow 2500 epochs; the dispatch (0.005 ms per epoch) allows 1600.
    let chunk = 1000;
    chunk = sizer.next(chunk, 10, 5);
    expect(chunk).toBe(1600);
    expect(sizer.next(100, 1000, 1)).toBeLessThanOrEqual(1600); // the fastest rate seen is kept
  });
});
