// Groups a cell's printed text into a few messages. The interpreter runs synchronously inside
// the worker, so timers never fire mid-run: the batcher checks the clock on every write and
// sends at most one chunk per interval. A loop printing 100 000 lines then costs the page a
// few dozen messages instead of 100 000, and the page stays responsive.
export class OutputBatcher {
  private pending = '';
  private lastSent = 0;

  constructor(
    private readonly send: (text: string) => void,
    private readonly intervalMs = 50,
    private readonly now: () => number = () => performance.now(),
  ) {}

  write(text: string): void {
    this.pending += text;
    const time = this.now();
    if (time - this.lastSent >= this.intervalMs) this.flush(time);
  }

  /** Sends whatever is pending (before a display item, an error or the end of the run). */
  flush(time = this.now()): void {
    if (this.pending.length === 0) return;
    this.send(this.pending);
    this.pending = '';
    this.lastSent = time;
  }
}
