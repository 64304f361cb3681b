// One training run on screen: the fit figure, the readouts, the loss curve and (optionally)
// the loss landscape with the SGD path. The markup is the same as the build-time static figure.
// Progress is recorded as it comes (thinned to about 1000 points per run) and drawn at most
// once per animation frame, by appending to the paths: a run costs O(points), and a chunk that
// arrives between two frames costs nothing to draw.
import type { Params } from '../lib/divergence';
import { meanLoss, lossSurface } from '../lib/landscape';
import type { LossName } from '../lib/losses';
import { thinned } from '../lib/scenario';
import { toCsv } from '../lib/csv';
import { fitFigureSize, renderFitFigure, sigmoidCurvePath, xDomainOf } from '../lib/plot/fit-figure';
import { lossScales, renderLossFigure } from '../lib/plot/loss-figure';
import { LANDSCAPE_W0_RANGE, LANDSCAPE_W1_RANGE, landscapeScales, renderLandscapeFigure } from '../lib/plot/landscape-figure';
import { GrowingPath, historyStride } from '../lib/plot/polyline';
import { formatParam, readoutItems } from '../lib/readout';
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
    const fit = element('div', { class: 'll-figure-slot', 'data-figure': 'fit' });
    fit.innerHTML = renderFitFigure({ x: data.x, y: data.y, truth, fit: start, label: this.fitLabel(0, start) });
    this.fitPath = fit.querySelector('[data-role="fit"]')!;
    this.fitFigure = fit.querySelector('[data-role="fit-figure"]')!;
    const items = readoutItems(loss, { epoch: 0, ...start, loss: this.startLoss });
    this.readoutValues = items.map(() => element('b'));
    this.note = element('span', { class: 'll-backend', hidden: '' });
    const readout = element('p', { class: 'll-readout', 'aria-hidden': 'true' }, [
      ...items.map(([name], i) => element('span', {}, [`${name} `, this.readoutValues[i]])),
      this.note,
    ]);
    const curve = element('div', { class: 'll-figure-slot', 'data-figure': 'loss' });
    curve.innerHTML = renderLossFigure({ points: [], epochs, startLoss: this.startLoss, loss, label: `${loss.toUpperCase()} 손실 곡선` });
    this.lossPath = curve.querySelector('[data-role="loss"]')!;
    this.landscapeSlot = options.landscape ? element('div', { class: 'll-figure-slot', 'data-figure': 'landscape' }) : null;
    const heading = options.heading ? [element('p', { class: 'll-column-title' }, [options.heading])] : [];
    // A group, not a landmark: a page may hold several demos training the same loss.
    this.root = element('div', { class: 'll-column', role: 'group', 'aria-label': options.heading ?? `${loss.toUpperCase()} 학습` }, [
      ...heading, fit, readout, curve, ...(this.landscapeSlot ? [this.landscapeSlot] : []),
    ]);
    this.clear();
  }

  /** Computes and draws the landscape; split from the constructor as it takes ~10-30 ms. */
  drawLandscape(): void {
    if (!this.landscapeSlot) return;
    const surface = lossSurface({
      x: thinned(this.scenario.data.x, 1000),
      y: thinned(this.scenario.data.y, 1000),
      loss: this.loss,
      w0Range: LANDSCAPE_W0_RANGE,
      w1Range: LANDSCAPE_W1_RANGE,
      resolution: 40,
    });
    this.landscapeSlot.innerHTML = renderLandscapeFigure({
      surface,
      trajectory: [this.start, ...this.history],
      truth: this.scenario.truth,
      label: `${this.loss.toUpperCase()} 손실 지형과 SGD 경로.${this.scenario.truth ? ' 빨간 원은 참값.' : ''}`,
    });
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
    this.fitFigure.setAttribute('aria-label', this.fitLabel(progress.epoch, progress));
    this.lossPath.setAttribute('d', this.lossLine.d);
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

  /** Moves the starting point (MSE continuing from the BCE result) and clears the run. */
  rebase(start: Params): void {
    this.start = { ...start };
    this.startLoss = meanLoss(this.scenario.data.x, this.scenario.data.y, this.loss, start.w0, start.w1);
    this.clear();
    this.drawLandscape();
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

  private fitLabel(epoch: number, fit: Params): string {
    const { truth } = this.scenario;
    const fitted = `에폭 ${epoch}의 적합 곡선 σ(${formatParam(fit.w0)} + ${formatParam(fit.w1)}x)`;
    return truth ? `${fitted}와 참 곡선 σ(${truth.w0} + ${truth.w1}x).` : `${fitted}. 내 데이터: 참 곡선은 알 수 없음.`;
  }
}
