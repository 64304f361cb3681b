/** How the chunked loop gives the browser its turn (a macrotask, or a frame at a fixed speed) and how big its chunks are. */

export const now: () => number = () => (globalThis.performance ?? Date).now();

/**
 * Gives the browser its turn without waiting for a frame: a macrotask (MessageChannel, which,
 * unlike nested setTimeout, is not clamped to 4 ms). The browser renders, handles input and runs
 * other demos' callbacks in between, and training is not paced to the frame rate, which can be
 * far below 60 Hz while the page rasterises (software GPU, a busy machine).
 */
export function yieldToBrowser(): Promise<void> {
  // Where the Prioritized Task Scheduling API exists, a background task: a pending frame (and
  // input) goes first, so a CPU run does not starve rendering as a chain of normal tasks would.
  const scheduler = (globalThis as { scheduler?: { postTask?: (task: () => void, options: { priority: string }) => Promise<void> } }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'background' });
  const Channel = (globalThis as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (!Channel) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new Channel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves at the next frame (browser) or next macrotask (Node, workers without rAF). */
export function nextFrame(): Promise<void> {
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number }).requestAnimationFrame;
  // Hidden tabs stop rAF entirely; fall back to a timer so a background run still finishes.
  const hidden = (globalThis as { document?: { hidden?: boolean } }).document?.hidden === true;
  return new Promise((resolve) => (raf && !hidden ? raf(() => resolve()) : setTimeout(resolve, 0)));
}

/**
 * Wall time to aim for per chunk on CPU/WASM, where a chunk runs on the main thread: 4 ms leaves
 * room for a 12× slowdown (another tab, a busy core) before a chunk is a long task. Without
 * waits for frames the loop runs many short tasks, and each is one more chance to be stretched.
 */
export const CPU_CHUNK_TARGET_MS = 4;

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
 * Epochs per chunk on the GPU backends, where the wait for a readback is latency (the GPU also
 * composites the page, another tab may hold it), not work. Sizing by wall time per chunk would
 * read every latency spike as "chunks are too big" and collapse to one epoch per readback.
 * Instead: the fastest cost per epoch seen so far (wall time, and main-thread time for the
 * dispatch), so that a chunk's work is about `targetMs` and its dispatch fits the frame budget.
 * Latency is hidden by keeping two chunks in flight (chunk-pipeline.ts).
 */
export class GpuChunkSizer {
  private fastestMsPerEpoch = Infinity;
  private fastestBusyMsPerEpoch = Infinity;

  constructor(
    private readonly targetMs: number,
    private readonly busyBudgetMs: number,
    private readonly max: number,
  ) {}

  /** The next chunk size after one of `epochs` epochs took `wallMs` (`busyMs` of it on the main thread). */
  next(epochs: number, wallMs: number, busyMs: number): number {
    this.fastestMsPerEpoch = Math.min(this.fastestMsPerEpoch, wallMs / epochs);
    this.fastestBusyMsPerEpoch = Math.min(this.fastestBusyMsPerEpoch, busyMs / epochs);
    const byWork = this.targetMs / Math.max(this.fastestMsPerEpoch, 1e-6);
    const byDispatch = this.busyBudgetMs / Math.max(this.fastestBusyMsPerEpoch, 1e-6);
    // At most 4× per step: the first measurements are mostly latency and overhead.
    return Math.max(1, Math.min(this.max, 4 * epochs, Math.floor(Math.min(byWork, byDispatch))));
  }
}
