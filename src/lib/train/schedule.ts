/** How the chunked loop gives the browser its turn: once per animation frame when there is one. */
import type { BackendName } from './backends';

export const now: () => number = () => (globalThis.performance ?? Date).now();

/** Resolves at the next frame (browser) or next macrotask (Node, workers without rAF). */
export function nextFrame(): Promise<void> {
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  // Hidden tabs stop rAF entirely; fall back to a timer so a background run still finishes.
  const hidden = (globalThis as { document?: { hidden?: boolean } }).document?.hidden === true;
  return new Promise((resolve) => (raf && !hidden ? raf(() => resolve()) : setTimeout(resolve, 0)));
}

/**
 * Chooses epochs per chunk so that one chunk (dispatch + readback) takes about `targetMs`:
 * long enough that readbacks are rare, short enough that no task blocks the page for 50 ms.
 * Grows at most 2× per chunk so one fast measurement cannot overshoot.
 */
export function nextChunkSize(current: number, measuredMs: number, targetMs: number, max: number): number {
  const scale = measuredMs > 0 ? targetMs / measuredMs : 2;
  return Math.max(1, Math.min(max, Math.round(current * Math.min(2, Math.max(0.25, scale)))));
}

/**
 * Wall time to aim for per chunk. On CPU/WASM a chunk runs on the main thread, so it must fit
 * in a frame. On GPU backends the main thread only dispatches and then awaits the readback,
 * whose fixed latency (the GPU also composites the page) can exceed a frame: aiming below it
 * would shrink chunks to one epoch and spend every chunk waiting. So the target is at least
 * twice the fastest chunk seen, an upper bound of that latency.
 */
export function chunkTarget(backend: BackendName, fastestChunkMs: number): number {
  if (backend === 'webgl' || backend === 'webgpu') return Math.max(30, 2 * fastestChunkMs);
  // 8 ms leaves room for a 6× slowdown (another tab, a busy core) before a chunk is a long task.
  return 8;
}
