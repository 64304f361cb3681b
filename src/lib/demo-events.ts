/**
 * What a demo tells its page: the detail of demo-progress and demo-done, which the embed page
 * also forwards to its parent with postMessage. Built here and nowhere else, so every demo
 * reports the same fields and the embed API (docs/architecture.md) stays one contract.
 */
import type { LossName } from './losses';

/**
 * What a run has reached: ŵ0, ŵ1 are the current estimates (at epoch 0, the start). A trainer's
 * report (TrainerProgress, TrainerResult) has these fields and more.
 */
export interface ProgressFields {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
  backend: string;
  elapsedMs: number;
}

/** What demo-progress and demo-done carry. */
export interface DemoProgressDetail extends ProgressFields {
  /** <loss-compare-demo> only: which run reported ('bce' or 'mse'). */
  lossName?: LossName;
  /** <loss-compare-demo> demo-done only: both runs' results. */
  runs?: Record<LossName, ProgressFields>;
}

/**
 * The detail from a trainer report: only the public fields (a TrainerResult's error object or
 * internal counters must not leak into events or cross to another window), tagged with the run
 * when a demo trains more than one.
 */
export function progressDetail(report: ProgressFields, lossName?: LossName): DemoProgressDetail {
  const detail: DemoProgressDetail = { epoch: report.epoch, loss: report.loss, w0: report.w0, w1: report.w1, backend: report.backend, elapsedMs: report.elapsedMs };
  if (lossName) detail.lossName = lossName;
  return detail;
}

/** demo-done of <loss-compare-demo>: the last run to finish (MSE) at the top level, and both runs. */
export function compareDoneDetail(bce: ProgressFields, mse: ProgressFields): DemoProgressDetail {
  return { ...progressDetail(mse, 'mse'), runs: { bce: progressDetail(bce), mse: progressDetail(mse) } };
}
