/**
 * What a demo tells its page: the detail of demo-progress and demo-done, which the embed page
 * also forwards to its parent with postMessage. Built here and nowhere else, so every demo
 * reports the same fields and the embed API (docs/architecture.md) stays one contract.
 */
import type { LossName } from './losses';

/** What demo-progress and demo-done carry: ŵ0, ŵ1 are the current estimates (at epoch 0, the start). */
export interface DemoProgressDetail {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
  backend: string;
  elapsedMs: number;
  /** <loss-compare-demo> only: which run reported ('bce' or 'mse'). */
  lossName?: LossName;
  /** <loss-compare-demo> demo-done only: both runs' results. */
  runs?: Record<LossName, RunDetail>;
}

/** One run's part of a detail. */
export type RunDetail = Omit<DemoProgressDetail, 'lossName' | 'runs'>;

/** The fields a trainer report (TrainerProgress or TrainerResult) has in common with the detail. */
export interface TrainerReport {
  epoch: number;
  loss: number;
  w0: number;
  w1: number;
  backend: string;
  elapsedMs: number;
}

/**
 * The detail from a trainer report: only the public fields (a TrainerResult's error object or
 * internal counters must not leak into events or cross to another window), tagged with the run
 * when a demo trains more than one.
 */
export function progressDetail(report: TrainerReport, lossName?: LossName): DemoProgressDetail {
  const detail: DemoProgressDetail = { epoch: report.epoch, loss: report.loss, w0: report.w0, w1: report.w1, backend: report.backend, elapsedMs: report.elapsedMs };
  if (lossName) detail.lossName = lossName;
  return detail;
}

/** demo-done of <loss-compare-demo>: the last run to finish (MSE) at the top level, and both runs. */
export function compareDoneDetail(bce: TrainerReport, mse: TrainerReport): DemoProgressDetail {
  return { ...progressDetail(mse, 'mse'), runs: { bce: progressDetail(bce), mse: progressDetail(mse) } };
}
