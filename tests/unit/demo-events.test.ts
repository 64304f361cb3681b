// The detail of demo-progress / demo-done (the embed API): built from a real trainer's reports,
// it carries exactly the documented fields, so nothing internal (an Error, counters) reaches a
// host page or crosses to an iframe's parent through postMessage.
import { beforeAll, describe, expect, test } from 'vitest';
import { compareDoneDetail, progressDetail } from '../../src/lib/demo-events';
import { simulateLecture } from '../../src/lib/logistic';
import { createTrainer, selectBackend, type TrainerProgress } from '../../src/lib/train';

const DOCUMENTED = ['backend', 'elapsedMs', 'epoch', 'loss', 'w0', 'w1'];
const { data, init } = simulateLecture({ n: 200, w0: -1, w1: 5, seed: 11 });

async function trainOnCpu(loss: 'bce' | 'mse', epochs: number) {
  const reports: TrainerProgress[] = [];
  const trainer = createTrainer({ x: data.x, y: data.y, loss, lr: 0.05, epochs, initW0: init.w0, initW1: init.w1, backend: 'cpu', epochsPerChunk: 25, onProgress: (p) => reports.push(p) });
  const result = await trainer.start();
  return { reports, result };
}

beforeAll(async () => {
  await selectBackend('cpu');
});

describe('progressDetail', () => {
  test('a trainer report becomes the documented fields with the same values', async () => {
    const { reports, result } = await trainOnCpu('bce', 100);
    for (const report of [...reports, result]) {
      const detail = progressDetail(report);
      expect(Object.keys(detail).sort()).toEqual(DOCUMENTED);
      expect(detail).toEqual({ epoch: report.epoch, loss: report.loss, w0: report.w0, w1: report.w1, backend: 'cpu', elapsedMs: report.elapsedMs });
    }
    expect(progressDetail(result).epoch).toBe(100);
  });

  test('the result of a failed run carries no Error object (postMessage could not clone it)', async () => {
    const trainer = createTrainer({ x: data.x, y: data.y, loss: 'bce', lr: 1e6, epochs: 100, initW0: init.w0, initW1: init.w1, backend: 'cpu' });
    const result = await trainer.start();
    expect(result.status).toBe('error');
    const detail = progressDetail(result);
    expect(Object.keys(detail).sort()).toEqual(DOCUMENTED);
    expect(structuredClone(detail)).toEqual(detail);
  });

  test('a run of a compare demo is tagged with its loss', async () => {
    const { result } = await trainOnCpu('mse', 50);
    expect(progressDetail(result, 'mse')).toEqual({ ...progressDetail(result), lossName: 'mse' });
  });
});

test('compareDoneDetail: MSE (the run that finishes last) at the top, both runs under runs', async () => {
  const bce = (await trainOnCpu('bce', 50)).result;
  const mse = (await trainOnCpu('mse', 50)).result;
  const detail = compareDoneDetail(bce, mse);
  expect(detail.lossName).toBe('mse');
  expect(detail.w0).toBe(mse.w0);
  expect(detail.runs?.bce).toEqual(progressDetail(bce));
  expect(detail.runs?.mse).toEqual(progressDetail(mse));
  expect(detail.runs?.bce.w1).not.toBe(detail.runs?.mse.w1); // two different trainings
  expect(Object.keys(detail.runs!.bce)).not.toContain('lossName');
});
