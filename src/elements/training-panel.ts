// One training run on screen: the fit figure, the readouts, the loss curve and (optionally)
// the loss landscape with the training path. The markup is the same as the build-time static figure.
// Progress is recorded as it comes (thinned to about 1000 points per run) and drawn at most
// once per animation frame, by appending to the paths: a run costs O(points), and a chunk that
// arrives between two frames costs nothing to draw.
import type { Params } from '../lib/divergence';
import { meanLoss } from '../lib/landscape';
import type { LossName } from '../lib/losses';
import { toCsv } from '../lib/csv';
import { fitFigureSize, sigmoidCurvePath, xDomainOf } from '../lib/plot/fit-figure';
import { lossAxes, lossScales } from '../lib/plot/loss-figure';
import { landscapeScales } from '../lib/plot/landscape-figure';
import { fitFigureLabel, lossCurveLabel, renderLandscape, renderTrainingColumn } from '../lib/plot/training-column';
import { GrowingPath, historyStride } from '../lib/plot/polyline';
import { readoutItems } from '../lib/readout';
import { element } from './ui';

/** What a panel trains on: the simulated data (with its true parameters) or the reader's own (truth null). */
export interface PanelData {
  data: { x: ArrayLike<number>; y: ArrayLike<number> };
  truth: Params | null;
}

export interface PanelProgress {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
}

export class TrainingPanel {
  readonly root: HTMLElement;
  startLoss: number;
  /** The run's progress, one point every `stride` epochs and the last (for the curves and the CSV). */
  readonly history: PanelProgress[] = [];
  private readonly stride: number;
  private readonly readoutValues: HTMLElement[];
  private readonly note: HTMLElement;
  private readonly fitPath: SVGPathElement;
  private readonly fitFigure: HTMLElement;
  private readonly lossPath: SVGPathElement;
  private readonly lossFigure: HTMLElement;
  private readonly landscapeSlot: HTMLElement | null;
  private lossLine!: GrowingPath;
  private trajectory!: GrowingPath;
  /** What the next frame draws; null when the screen is up to date. */
  private pending: { progress: PanelProgress; note: string } | null = null;
  private frameRequest = 0;

  private readonly xDomain: [number, number];

  constructor(
    readonly scenario: PanelData,
    readonly loss: LossName,
    public start: Params,
    private readonly epochs: number,
    options: { landscape: boolean; heading?: string },
  ) {
    const { data, truth } = scenario;
    this.stride = historyStride(epochs);
    this.xDomain = xDomainOf(data.x);
    this.startLoss = meanLoss(data.x, data.y, loss, start.w0, start.w1);
    // The same markup as the build-time static figure (one renderer), then only a few parts update.
    const holder = element('div');
    holder.innerHTML = renderTrainingColumn({
      data, truth, loss, epochs, startLoss: this.startLoss,
      current: { epoch: 0, loss: this.startLoss, ...start },
      lossPoints: [], trajectory: [start],
      landscape: options.landscape ? 'later' : undefined,
      heading: options.heading,
      live: true,
    });
    this.root = holder.firstElementChild as HTMLElement;
    this.fitPath = this.root.querySelector('[data-role="fit"]')!;
    this.fitFigure = this.root.querySelector('[data-role="fit-figure"]')!;
    this.lossPath = this.root.querySelector('[data-role="loss"]')!;
    this.lossFigure = this.root.querySelector('[data-role="loss-figure"]')!;
    this.readoutValues = [...this.root.querySelectorAll<HTMLElement>('.ll-readout b')];
    this.note = this.root.querySelector('.ll-backend')!;
    this.landscapeSlot = this.root.querySelector('[data-figure="landscape"]');
    this.clear();
  }

  /** Computes and draws the landscape; split from the constructor as it takes ~10-30 ms. */
  drawLandscape(): void {
    if (!this.landscapeSlot) return;
    this.landscapeSlot.innerHTML = renderLandscape(this.scenario.data, this.loss, [this.start, ...this.history], this.scenario.truth);
  }

  /**
   * Records one progress report and draws it on the next animation frame (with `now`, at once).
   * `note` follows the readouts. `record: false` shows a state without adding it to the run.
   */
  show(progress: PanelProgress, note: string, options: { record?: boolean; now?: boolean } = {}): void {
    if (progress.epoch > 0 && (options.record ?? true)) this.record(progress);
    this.pending = { progress, note };
    if (options.now) this.flush();
    else this.frameRequest ||= requestAnimationFrame(() => this.flush());
  }

  /** Draws what is pending now (e.g. the final state before demo-done is announced). */
  flush(): void {
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    this.frameRequest = 0;
    const pending = this.pending;
    if (!pending) return;
    this.pending = null;
    const { progress, note } = pending;
    this.fitPath.setAttribute('d', sigmoidCurvePath(progress.w0, progress.w1, fitFigureSize, this.xDomain));
    this.fitFigure.setAttribute('aria-label', fitFigureLabel(progress.epoch, progress, this.scenario.truth));
    this.lossPath.setAttribute('d', this.lossLine.d);
    this.lossFigure.setAttribute('aria-label', lossCurveLabel(this.loss, this.startLoss, progress));
    const trajectory = this.landscapeSlot?.querySelector('[data-role="trajectory"]');
    if (trajectory) {
      const scales = landscapeScales();
      trajectory.setAttribute('d', this.trajectory.d);
      const position = this.landscapeSlot!.querySelector('[data-role="position"]')!;
      position.setAttribute('cx', String(scales.w0(progress.w0)));
      position.setAttribute('cy', String(scales.w1(progress.w1)));
    }
    readoutItems(this.loss, progress).forEach(([, value], i) => {
      if (this.readoutValues[i].textContent !== value) this.readoutValues[i].textContent = value;
    });
    if (this.note.textContent !== note) this.note.textContent = note;
    this.note.hidden = note === '';
  }

  /**
   * Moves the starting point (MSE continuing from the BCE result) and clears the run. The loss
   * surface does not depend on the start: only the path restarts (recomputing the surface here
   * was a 60-70 ms task between the two runs of the homework).
   */
  rebase(start: Params): void {
    this.start = { ...start };
    this.startLoss = meanLoss(this.scenario.data.x, this.scenario.data.y, this.loss, start.w0, start.w1);
    // The loss axis tops just above the start loss: new start, new axis (the line's scale follows in clear()).
    this.lossFigure.querySelector('[data-role="axes"]')!.innerHTML = lossAxes(this.epochs, this.startLoss);
    this.clear();
  }

  /** Back to the start: empty history, starting curve. */
  clear(): void {
    this.history.length = 0;
    const loss = lossScales(this.epochs, this.startLoss);
    const [low, high] = loss.y.domain();
    this.lossLine = new GrowingPath((p) => loss.x(p.x), (p) => loss.y(Math.min(high, Math.max(low, p.y))));
    this.lossLine.add(0, this.startLoss);
    const landscape = landscapeScales();
    this.trajectory = new GrowingPath((p) => landscape.w0(p.x), (p) => landscape.w1(p.y));
    this.trajectory.add(this.start.w0, this.start.w1);
    this.show({ epoch: 0, loss: this.startLoss, ...this.start }, '', { now: true });
  }

  historyCsv(): string {
    const rows = [{ epoch: 0, loss: this.startLoss, ...this.start }, ...this.history];
    return toCsv({
      epoch: rows.map((row) => row.epoch),
      loss: rows.map((row) => row.loss),
      w0: rows.map((row) => row.w0),
      w1: rows.map((row) => row.w1),
    });
  }

  private record(progress: PanelProgress): void {
    const last = this.history.at(-1);
    const due = !last || progress.epoch - last.epoch >= this.stride || progress.epoch >= this.epochs || !Number.isFinite(progress.loss);
    if (!due || progress.epoch === last?.epoch) return;
    const point = { epoch: progress.epoch, loss: progress.loss, w0: progress.w0, w1: progress.w1 };
    this.history.push(point);
    this.lossLine.add(point.epoch, point.loss);
    this.trajectory.add(point.w0, point.w1);
  }
}
