// What schedule.ts promises the chunked loop: chunks sized to a time target without ever jumping
// to a long task, GPU chunks that latency cannot collapse, and turns for the browser that use
// what the platform offers (postTask, MessageChannel, requestAnimationFrame) and still finish in
// a hidden tab or in Node.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CPU_CHUNK_TARGET_MS, GpuChunkSizer, nextChunkSize, nextFrame, now, yieldToBrowser } from '../../src/lib/train/schedule';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('nextChunkSize (CPU/WASM: the chunk blocks the main thread)', () => {
  test('a chunk that took the target keeps its size; others scale towards the target', () => {
    expect(nextChunkSize(100, 4, 4, 2000)).toBe(100);
    expect(nextChunkSize(100, 8, 4, 2000)).toBe(50);
    expect(nextChunkSize(100, 2.5, 4, 2000)).toBe(160);
  });

  test('grows at most 2× and shrinks at most 4× per chunk, whatever one measurement says', () => {
    expect(nextChunkSize(100, 0.01, 4, 2000)).toBe(200);
    expect(nextChunkSize(100, 0, 4, 2000)).toBe(200); // below the timer's resolution
    expect(nextChunkSize(100, 4000, 4, 2000)).toBe(25);
  });

  test('stays between one epoch and the maximum', () => {
    expect(nextChunkSize(1, 1000, 4, 2000)).toBe(1);
    expect(nextChunkSize(1500, 1, 4, 2000)).toBe(2000);
    expect(nextChunkSize(1, 0.001, 4, 1)).toBe(1);
  });

  test('from one epoch, reaches the target size with no chunk over twice the target', () => {
    const msPerEpoch = 0.02; // n = 10^3 on a slow CPU: the target is 200 epochs
    let chunk = 1;
    const chunkTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const took = chunk * msPerEpoch;
      chunkTimes.push(took);
      chunk = nextChunkSize(chunk, took, CPU_CHUNK_TARGET_MS, 2000);
    }
    expect(chunk).toBe(CPU_CHUNK_TARGET_MS / msPerEpoch);
    expect(Math.max(...chunkTimes)).toBeLessThanOrEqual(2 * CPU_CHUNK_TARGET_MS);
  });
});

describe('GpuChunkSizer (WebGL/WebGPU: the readback wait is latency, not work)', () => {
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

  test('grows at most 4× per chunk and never past the maximum', () => {
    const sizer = new GpuChunkSizer(25, 8, 300);
    expect(sizer.next(10, 0.01, 0.001)).toBe(40);
    expect(sizer.next(40, 0.01, 0.001)).toBe(160);
    expect(sizer.next(160, 0.01, 0.001)).toBe(300);
  });

  test('a fixed latency per readback does not keep chunks small: they grow until work dominates', () => {
    const latencyMs = 5; // compositing before every readback
    const workMsPerEpoch = 0.005; // 25 ms of work alone = 5000 epochs
    const sizer = new GpuChunkSizer(25, 8, 100_000);
    let chunk = 1;
    for (let i = 0; i < 20; i++) chunk = sizer.next(chunk, latencyMs + chunk * workMsPerEpoch, chunk * 0.0001);
    // Fixed point: latency + work = 25 ms at 4000 epochs; one readback per 4000 epochs, not per epoch.
    expect(chunk).toBeGreaterThan(3500);
    expect(latencyMs + chunk * workMsPerEpoch).toBeLessThanOrEqual(25);
    expect(chunk * 0.0001).toBeLessThanOrEqual(8); // the dispatch stays within the frame budget
  });
});

describe('yieldToBrowser', () => {
  test('resolves only after the current task and all its microtasks (a macrotask, not a microtask)', async () => {
    let microtasks = 0;
    const chain = (left: number): void => {
      if (left > 0) queueMicrotask(() => ((microtasks += 1), chain(left - 1)));
    };
    chain(1000);
    await yieldToBrowser();
    expect(microtasks).toBe(1000);
  });

  test('uses the Prioritized Task Scheduling API as a background task where it exists', async () => {
    const priorities: string[] = [];
    vi.stubGlobal('scheduler', {
      postTask: (task: () => void, options: { priority: string }) => {
        priorities.push(options.priority);
        return new Promise<void>((resolve) => setTimeout(() => resolve(task()), 0));
      },
    });
    await yieldToBrowser();
    expect(priorities).toEqual(['background']);
  });

  test('does not wait for an animation frame', async () => {
    const frames = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frames);
    await yieldToBrowser();
    expect(frames).not.toHaveBeenCalled();
  });
});

describe('nextFrame', () => {
  test('waits for the next animation frame where there is one', async () => {
    let frame: (() => void) | undefined;
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => ((frame = callback), 1));
    let resolved = false;
    const waiting = nextFrame().then(() => (resolved = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(resolved).toBe(false);
    frame!();
    await waiting;
    expect(resolved).toBe(true);
  });

  test('still resolves in a hidden tab, where the browser stops animation frames', async () => {
    const frames = vi.fn();
    vi.stubGlobal('requestAnimationFrame', frames);
    vi.stubGlobal('document', { hidden: true });
    await nextFrame();
    expect(frames).not.toHaveBeenCalled();
  });

  test('resolves without requestAnimationFrame (Node, workers)', async () => {
    expect((globalThis as { requestAnimationFrame?: unknown }).requestAnimationFrame).toBeUndefined();
    await expect(nextFrame()).resolves.toBeUndefined();
  });
});

test('now() is a clock in milliseconds that does not go back', async () => {
  const before = now();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const after = now();
  expect(after - before).toBeGreaterThanOrEqual(15);
  expect(after - before).toBeLessThan(5000);
});
