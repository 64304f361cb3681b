// The page's figures put matplotlib 3.6's ticks and labels on their axes: the same view limits
// and axes sizes as scripts/mpl-ticks-golden.py recorded from matplotlib give the same
// locations, labels and corner text.
import { describe, expect, it } from 'vitest';
import golden from '../fixtures/pyplot/ticks.json';
import { autoscaleView, axesInches, matplotlibTicks, tickSpace } from '../../src/lib/plot/mpl-ticks';

type AxisCase = { view: [number, number]; space: number; ticks: number[]; labels: string[]; offset: string };
type Case = { data: { x: [number, number]; y: [number, number] }; figsize: [number, number]; grid: [number, number]; x: AxisCase; y: AxisCase };

describe('matplotlib tick choice (AutoLocator + ScalarFormatter)', () => {
  for (const c of golden.cases as Case[]) {
    const name = `${c.figsize.join('×')} in, ${c.grid.join('×')} grid, x ${c.x.view.map((v) => v.toPrecision(4)).join('…')}, y ${c.y.view.map((v) => v.toPrecision(4)).join('…')}`;
    it(name, () => {
      const size = axesInches(c.figsize, c.grid[0], c.grid[1]);
      for (const [axis, length] of [['x', size.width], ['y', size.height]] as const) {
        const want = c[axis];
        expect(autoscaleView(Math.min(...c.data[axis]), Math.max(...c.data[axis]))).toEqual(want.view);
        expect(tickSpace(length, axis)).toBe(want.space);
        const got = matplotlibTicks(want.view[0], want.view[1], want.space);
        expect(got.ticks).toEqual(want.ticks);
        expect(got.labels).toEqual(want.labels);
        expect(got.offset).toBe(want.offset);
      }
    });
  }
});
