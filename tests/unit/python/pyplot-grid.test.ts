// GridSpec layouts and shared axes as the page draws them: an axes over several cells is one SVG
// spanning those grid cells at their combined size; a shared grid autoscales over all its axes
// and keeps tick labels only on the outer axes (label_outer). What matplotlib returns for the
// same calls (reprs, positions, limits) is in pyplot-golden.test.ts (programsGrid).
import { describe, expect, it } from 'vitest';
import { renderMatplotlibFigure } from '../../../src/lib/plot/matplotlib-figure';
import type { FigureSpec } from '../../../src/lib/python/objects/display';
import { runProgram } from './run-program';

function figureOf(source: string): FigureSpec {
  const r = runProgram(`import matplotlib.pyplot as plt\n${source}`);
  expect(r.error).toBeNull();
  const shown = r.displays.find((d) => d.kind === 'figure');
  if (shown?.kind !== 'figure') throw new Error('expected a figure');
  return shown.figure;
}

/** Each axes' SVG: its grid placement and viewBox size, and the tick label texts it shows. */
function drawnAxes(html: string): { place: string; width: number; height: number; xLabels: number; yLabels: number }[] {
  return [...html.matchAll(/<svg class="mpl-figure" style="([^"]*)" viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>([\s\S]*?)<\/svg><g data-part="front">([\s\S]*?)<\/g><\/svg>/g)].map((m) => {
    const front = m[5];
    return {
      place: m[1],
      width: Number(m[2]),
      height: Number(m[3]),
      xLabels: (front.match(/text-anchor="middle">[^<]/g) ?? []).length,
      yLabels: (front.match(/dy="0.32em" text-anchor="end">/g) ?? []).length,
    };
  });
}

const LAYOUT = `fig = plt.figure()
spec = fig.add_gridspec(3, 2)
top = fig.add_subplot(spec[0, :])
a = fig.add_subplot(spec[1, 0])
b = fig.add_subplot(spec[2, 0])
tall = fig.add_subplot(spec[1:, 1])
top.plot([0, 1], [0, 1])`;

describe('GridSpec layouts', () => {
  it('draws an axes over spec[0, :] across both columns and one over spec[1:, 1] down two rows', () => {
    const figure = figureOf(LAYOUT);
    expect([figure.rows, figure.cols]).toEqual([3, 2]);
    expect(figure.axes.map((axes) => [axes.slot, axes.span])).toEqual([[0, [1, 2]], [2, undefined], [4, undefined], [3, [2, 1]]]);
    const [top, a, b, tall] = drawnAxes(renderMatplotlibFigure(figure, 640));
    expect(top.place).toBe('grid-row:1;grid-column:1 / span 2');
    expect(tall.place).toBe('grid-row:2 / span 2;grid-column:2');
    expect([a.place, b.place]).toEqual(['grid-row:2;grid-column:1', 'grid-row:3;grid-column:1']);
    // a span is drawn at the cells' combined size, so its box lines up with the single cells'
    expect(top.width).toBe(2 * a.width);
    expect(top.height).toBe(a.height);
    expect(tall.height).toBe(2 * a.height);
    expect(tall.width).toBe(a.width);
  });

  it('refuses a grid of other proportions than the figure already has, and the spacing arguments, naming them', () => {
    const mixed = runProgram('import matplotlib.pyplot as plt\nfig = plt.figure()\nfig.add_subplot(2, 2, 1)\nspec = fig.add_gridspec(3, 2)\nfig.add_subplot(spec[0, :])');
    expect(mixed.error?.type).toBe('NotImplementedError');
    expect(mixed.error?.message).toContain('3x2 grid');
    for (const option of ['width_ratios=[1, 2]', 'height_ratios=[2, 1]', 'wspace=0.5', 'left=0.1']) {
      const r = runProgram(`import matplotlib.pyplot as plt\nplt.GridSpec(2, 2, ${option})`);
      expect(r.error?.type).toBe('NotImplementedError');
      expect(r.error?.message).toContain(`GridSpec(${option.split('=')[0]}=...)`);
    }
  });
});

describe('plt.subplots(sharex=..., sharey=...)', () => {
  const SHARED = `fig, ax = plt.subplots(2, 2, sharex=True, sharey=True)
ax[0, 0].plot([0, 10], [0, 1])
ax[1, 1].plot([0, 2], [-5, 0])`;

  it('autoscales every axes over the data of all and shows tick labels only on the outer ones', () => {
    const figure = figureOf(SHARED);
    expect(figure.axes.map((axes) => [Boolean(axes.hideXTickLabels), Boolean(axes.hideYTickLabels)])).toEqual([[true, false], [true, true], [false, false], [false, true]]);
    const drawn = drawnAxes(renderMatplotlibFigure(figure, 640));
    expect(drawn.map((axes) => [axes.xLabels > 0, axes.yLabels > 0])).toEqual([[false, true], [false, false], [true, true], [true, false]]);
    // the bottom row (one of them empty) draws the union's ticks, 0.0 … 10.0
    const html = renderMatplotlibFigure(figure, 640);
    expect(html.match(/>10.0</g)?.length).toBe(2);
  });

  it('moves every shared axes when one sets its limits', () => {
    const figure = figureOf(`${SHARED}\nax[1, 0].set_xlim(3, 4)`);
    expect(figure.axes.map((axes) => axes.xlim)).toEqual([[3, 4], [3, 4], [3, 4], [3, 4]]);
    expect(figure.axes.map((axes) => axes.ylim)).toEqual([null, null, null, null]);
  });

  it("shares by column with sharex='col', hiding x labels above the last row only", () => {
    const figure = figureOf("fig, ax = plt.subplots(2, 2, sharex='col')");
    expect(figure.axes.map((axes) => axes.sharex)).toEqual([figure.axes[0].sharex, figure.axes[1].sharex, figure.axes[0].sharex, figure.axes[1].sharex]);
    expect(figure.axes[0].sharex).not.toBe(figure.axes[1].sharex);
    expect(figure.axes.map((axes) => Boolean(axes.hideXTickLabels))).toEqual([true, true, false, false]);
    expect(figure.axes.some((axes) => axes.hideYTickLabels)).toBe(false);
  });

  it('keeps the sharing and hidden labels through ax.clear()', () => {
    const figure = figureOf('fig, ax = plt.subplots(2, 1, sharex=True)\nax[0].plot([1, 2])\nax[0].clear()\nax[1].plot([5, 9], [0, 1])');
    expect(figure.axes[0].hideXTickLabels).toBe(true);
    expect(figure.axes[0].sharex).toBe(figure.axes[1].sharex);
  });
});
