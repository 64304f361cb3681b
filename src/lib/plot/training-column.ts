// One training run as markup: the column a training demo shows (fit figure, readout line, loss
// curve, optionally the loss landscape with the SGD path), with every label and aria text.
// The build-time static figure and the live panel (src/elements/training-panel.ts) both render it
// here, so the figure without JavaScript says exactly what the live demo says.
import type { Params } from '../divergence';
import { lossSurface } from '../landscape';
import type { LossName } from '../losses';
import { formatParam, readoutItems, type ReadoutValues } from '../readout';
import { thinned } from '../scenario';
import { escapeXml } from '../xml';
import { renderFitFigure } from './fit-figure';
import { renderLossFigure, type LossPointLike } from './loss-figure';
import { LANDSCAPE_W0_RANGE, LANDSCAPE_W1_RANGE, renderLandscapeFigure } from './landscape-figure';

interface Data {
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

/** The column's heading in the compare demo: 'BCE', or 'MSE (BCE 결과에서 이어서)' when MSE starts where BCE ended. */
export const columnHeading = (loss: LossName, continued = false) => `${loss.toUpperCase()}${continued ? ' (BCE 결과에서 이어서)' : ''}`;

/** The column's group label for screen readers. */
export const columnLabel = (loss: LossName, heading?: string) => heading ?? `${loss.toUpperCase()} 학습`;

export function fitFigureLabel(epoch: number, fit: Params, truth: Params | null): string {
  const fitted = `에폭 ${epoch}의 적합 곡선 σ(${formatParam(fit.w0)} + ${formatParam(fit.w1)}x)`;
  return truth ? `${fitted}와 참 곡선 σ(${truth.w0} + ${truth.w1}x).` : `${fitted}. 내 데이터: 참 곡선은 알 수 없음.`;
}

/** `current` is the loss reached so far; absent (or at epoch 0) the curve is described as before training. */
export function lossCurveLabel(loss: LossName, startLoss: number, current?: ReadoutValues): string {
  const name = loss.toUpperCase();
  if (!current || current.epoch === 0) return `${name} 손실 곡선 (학습 전).`;
  return `${name} 손실 곡선: 에폭 ${current.epoch}에 ${formatParam(startLoss)}에서 ${formatParam(current.loss)}로.`;
}

export const landscapeLabel = (loss: LossName, truth: Params | null) =>
  `${loss.toUpperCase()} 손실 지형(ŵ0, ŵ1)과 학습 경로.${truth ? ` 빨간 원은 참값 (${truth.w0}, ${truth.w1}).` : ''}`;

/** The landscape figure: the loss over the fixed (ŵ0, ŵ1) window on at most 1000 points, 40×40 cells. */
export function renderLandscape(data: Data, loss: LossName, trajectory: readonly Params[], truth: Params | null): string {
  const surface = lossSurface({
    x: thinned(data.x, 1000),
    y: thinned(data.y, 1000),
    loss,
    w0Range: LANDSCAPE_W0_RANGE,
    w1Range: LANDSCAPE_W1_RANGE,
    resolution: 40,
  });
  return renderLandscapeFigure({ surface, trajectory, truth, label: landscapeLabel(loss, truth) });
}

/**
 * The readout line: "epoch 10,000  BCE loss 0.3226  ŵ0 …  ŵ1 …". The live line is hidden from
 * screen readers (it changes every frame; the status line announces progress) and ends in a note.
 */
export function renderReadout(loss: LossName, values: ReadoutValues, live = false): string {
  const items = readoutItems(loss, values).map(([label, value]) => `<span>${escapeXml(label)} <b>${escapeXml(value)}</b></span>`);
  const note = live ? '<span class="ll-backend" hidden></span>' : '';
  return `<p class="ll-readout"${live ? ' aria-hidden="true"' : ''}>${items.join('')}${note}</p>`;
}

export interface TrainingColumnOptions {
  data: Data;
  /** The true parameters; null for the reader's own data. */
  truth: Params | null;
  loss: LossName;
  epochs: number;
  startLoss: number;
  /** The state shown: epoch 0 at the start, or where a run ended. */
  current: ReadoutValues;
  /** The loss curve so far, from epoch 0; empty before training. */
  lossPoints: readonly LossPointLike[];
  /** The training path so far, from the start (landscape only). */
  trajectory: readonly Params[];
  /** Show the landscape: 'now' draws it, 'later' leaves its slot empty (the live panel draws it after the first paint). */
  landscape?: 'now' | 'later';
  heading?: string;
  live?: boolean;
}

export function renderTrainingColumn(options: TrainingColumnOptions): string {
  const { data, truth, loss, epochs, startLoss, current, lossPoints, trajectory, heading, live = false } = options;
  const fit = renderFitFigure({ x: data.x, y: data.y, truth, fit: current, label: fitFigureLabel(current.epoch, current, truth) });
  const curve = renderLossFigure({ points: lossPoints, epochs, startLoss, loss, label: lossCurveLabel(loss, startLoss, current) });
  const landscape = options.landscape === 'now' ? renderLandscape(data, loss, trajectory, truth) : '';
  return [
    `<div class="ll-column" role="group" aria-label="${escapeXml(columnLabel(loss, heading))}">`,
    heading ? `<p class="ll-column-title">${escapeXml(heading)}</p>` : '',
    `<div class="ll-figure-slot" data-figure="fit">${fit}</div>`,
    renderReadout(loss, current, live),
    `<div class="ll-figure-slot" data-figure="loss">${curve}</div>`,
    options.landscape ? `<div class="ll-figure-slot" data-figure="landscape">${landscape}</div>` : '',
    '</div>',
  ].join('');
}
