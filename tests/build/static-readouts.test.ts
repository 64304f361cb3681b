// The build-time figures of the training demos say what the live demos say: their readout lines
// have the live readout's labels (src/lib/readout.ts readoutItems) in its number format, and each
// column is labelled the way the live panel labels it. Static markup written by hand in a
// component would fail here as soon as it drifts ("loss" vs "BCE loss", "10000" vs "10,000").
import { describe, expect, it } from 'vitest';
import { readoutItems } from '../../src/lib/readout';
import { columnLabel } from '../../src/lib/plot/training-column';
import type { LossName } from '../../src/lib/losses';
import { lectureId, readBuiltPage } from '../support/site';

const html = readBuiltPage(`lectures/${lectureId}/`);

/** Each static readout line as [label, value] pairs, with the loss its column is labelled with. */
function staticReadouts(): { group: string; items: [string, string][] }[] {
  const columns = [...html.matchAll(/<div class="ll-column" role="group" aria-label="([^"]+)">([\s\S]*?)<p class="ll-readout">([\s\S]*?)<\/p>/g)];
  return columns.map(([, group, , readout]) => ({
    group,
    items: [...readout.matchAll(/<span>([^<]*) <b>([^<]*)<\/b><\/span>/g)].map(([, label, value]) => [label, value] as [string, string]),
  }));
}

describe('static readouts of the training demos', () => {
  const readouts = staticReadouts();

  it('are on the page: two train demos and two compare columns', () => {
    expect(readouts.length).toBe(4);
    expect(html.match(/class="ll-readout"/g)?.length).toBe(readouts.length);
  });

  it('use the live readout labels and number format', () => {
    for (const { group, items } of readouts) {
      const loss = group.slice(0, 3).toLowerCase() as LossName;
      expect(['bce', 'mse']).toContain(loss);
      const [epoch, lossValue, w0, w1] = items.map(([, value]) => value);
      const live = readoutItems(loss, { epoch: Number(epoch.replace(/,/g, '')), loss: Number(lossValue), w0: Number(w0), w1: Number(w1) });
      expect(items).toEqual(live);
    }
  });

  it('label their columns as the live panel does, and show the trained run with a thousands separator', () => {
    expect(readouts.map(({ group }) => group)).toEqual([columnLabel('bce'), columnLabel('bce'), columnLabel('bce', 'BCE'), columnLabel('mse', 'MSE (BCE 결과에서 이어서)')]);
    expect(readouts.map(({ items }) => items[0][1])).toEqual(['0', '10,000', '10,000', '10,000']);
  });
});
