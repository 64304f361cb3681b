// One training run on screen: the fit figure, the readouts, the loss curve and (optionally)
// the loss landscape with the SGD path. It turns trainer progress into path updates with D3;
// the markup is the same as the build-time static figure.
import { select } from 'd3';
import type { Params } from '../lib/divergence';
import { meanLoss, lossSurface } from '../lib/landscape';
import type { LossName } from '../lib/losses';
import type { Scenario } from '../lib/scenario';
import { thinned } from '../lib/scenario';
import { toCsv } from '../lib/csv';
import { renderFitFigure, sigmoidCurvePath } from '../lib/plot/fit-figure';
import { lossCurvePath, renderLossFigure } from '../lib/plot/loss-figure';
import { LANDSCAPE_W0_RANGE, LANDSCAPE_W1_RANGE, landscapeScales, renderLandscapeFigure, trajectoryPath } from '../lib/plot/landscape-figure';
import { element, formatCount, formatParam } from './ui';

export interface PanelProgress {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
}

export class TrainingPanel {
  readonly root: HTMLElement;
  startLoss: number;
  /** Every progress report of this run (one per chunk), for the loss curve and the CSV. */
  readonly history: PanelProgress[] = [];
  private readonly readout: HTMLElement;
  private readonly landscapeSlot: HTMLElement | null;

  constructor(
    readonly scenario: Scenario,
    readonly loss: LossName,
    public start: Params,
    private readonly epochs: number,
    options: { landscape: boolean; heading?: string },
  ) {
    const { data, truth } = scenario;
    this.startLoss = meanLoss(data.x, data.y, loss, start.w0, start.w1);
    const fit = element('div', { class: 'll-figure-slot', 'data-figure': 'fit' });
    fit.innerHTML = renderFitFigure({ x: data.x, y: data.y, truth, fit: start, label: this.fitLabel(0, start) });
    this.readout = element('p', { class: 'll-readout', 'aria-hidden': 'true' });
    const curve = element('div', { class: 'll-figure-slot', 'data-figure': 'loss' });
    curve.innerHTML = renderLossFigure({ points: [], epochs, startLoss: this.startLoss, loss, label: `${loss.toUpperCase()} 손실 곡선` });
    this.landscapeSlot = options.landscape ? element('div', { class: 'll-figure-slot', 'data-figure': 'landscape' }) : null;
    const heading = options.heading ? [element('p', { class: 'll-column-title' }, [options.heading])] : [];
    // A group, not a landmark: a page may hold several demos training the same loss.
    this.root = element('div', { class: 'll-column', role: 'group', 'aria-label': options.heading ?? `${loss.toUpperCase()} 학습` }, [
      ...heading, fit, this.readout, curve, ...(this.landscapeSlot ? [this.landscapeSlot] : []),
    ]);
    this.show({ epoch: 0, loss: this.startLoss, ...start }, '');
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
      label: `${this.loss.toUpperCase()} 손실 지형과 SGD 경로. 빨간 원은 참값.`,
    });
  }

  /** Draws one progress report (fit curve, readouts, loss curve, landscape path); `note` follows the readouts. */
  show(progress: PanelProgress, note: string, options: { record: boolean } = { record: true }): void {
    if (progress.epoch > 0 && options.record) this.history.push(progress);
    const root = select(this.root);
    root.select('[data-figure="fit"] [data-role="fit"]').attr('d', sigmoidCurvePath(progress.w0, progress.w1));
    root.select('[data-figure="fit"] [data-role="fit-figure"]').attr('aria-label', this.fitLabel(progress.epoch, progress));
    root
      .select('[data-figure="loss"] [data-role="loss"]')
      .attr('d', lossCurvePath([{ epoch: 0, loss: this.startLoss }, ...this.history], this.epochs, this.startLoss));
    if (this.landscapeSlot?.firstChild) {
      const scales = landscapeScales();
      root.select('[data-role="trajectory"]').attr('d', trajectoryPath([this.start, ...this.history]));
      root.select('[data-role="position"]').attr('cx', scales.w0(progress.w0)).attr('cy', scales.w1(progress.w1));
    }
    this.readout.replaceChildren(
      ...[
        ['epoch', formatCount(progress.epoch)],
        [`${this.loss.toUpperCase()} loss`, Number.isFinite(progress.loss) ? progress.loss.toFixed(4) : '—'],
        ['ŵ0', formatParam(progress.w0)],
        ['ŵ1', formatParam(progress.w1)],
      ].map(([name, value]) => element('span', {}, [`${name} `, element('b', {}, [value])])),
      ...(note ? [element('span', { class: 'll-backend' }, [note])] : []),
    );
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
    this.show({ epoch: 0, loss: this.startLoss, ...this.start }, '');
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

  private fitLabel(epoch: number, fit: Params): string {
    return `에폭 ${epoch}의 적합 곡선 σ(${formatParam(fit.w0)} + ${formatParam(fit.w1)}x)와 참 곡선 σ(${this.scenario.truth.w0} + ${this.scenario.truth.w1}x).`;
  }
}
