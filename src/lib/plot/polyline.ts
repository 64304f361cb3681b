// A path that grows one point at a time: the loss curve and the SGD trajectory while training.
// Appending is O(1) per point, where rebuilding the path from the whole history at every report
// made a run O(N²). Non-finite points lift the pen, as d3.line's defined() does.
import { round1 } from './svg';

export class GrowingPath {
  private text = '';
  private penDown = false;

  constructor(
    private readonly toX: (point: { x: number; y: number }) => number,
    private readonly toY: (point: { x: number; y: number }) => number,
  ) {}

  /** Adds a point (data coordinates); a non-finite one ends the current segment. */
  add(x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      this.penDown = false;
      return;
    }
    const point = { x, y };
    this.text += `${this.penDown ? 'L' : 'M'}${round1(this.toX(point))},${round1(this.toY(point))}`;
    this.penDown = true;
  }

  clear(): void {
    this.text = '';
    this.penDown = false;
  }

  /** The SVG path data so far. */
  get d(): string {
    return this.text;
  }
}

/**
 * Which progress reports a run keeps for its loss curve, trajectory and history CSV: one every
 * `stride` epochs (about `points` over the run, as the reference's recordEvery), plus the last.
 * Keeps memory and drawing bounded whatever the epoch count and chunk sizes.
 */
export function historyStride(epochs: number, points = 1000): number {
  return Math.max(1, Math.ceil(epochs / points));
}
