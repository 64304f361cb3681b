// Figure layouts a reader sees in a cell, in real Chromium on the built site: a GridSpec layout
// (one axes across the top, two below on the left, one spanning both rows on the right) and a
// 2×2 grid with sharex=True (x tick labels only on the bottom row, the same x ticks everywhere).
// The positions matplotlib gives those axes are printed by the cell and compared with CPython's
// (tests/fixtures/cpython/figures.json). Screenshots at 1280 and 360 px: tests/artifacts/.
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { openPage } from '../support/page-checks';
import { runCell } from '../support/cells';
import { artifactsDir } from '../support/site';
import { cpythonOutputs } from '../support/cpython';

const site = useBuiltSite();
const cpython = cpythonOutputs('figures');
beforeAll(() => mkdirSync(artifactsDir, { recursive: true }));

const GRIDSPEC = [
  'import matplotlib.pyplot as plt',
  'fig = plt.figure()',
  'spec = fig.add_gridspec(3, 2)',
  'top = fig.add_subplot(spec[0, :])',
  'left1 = fig.add_subplot(spec[1, 0])',
  'left2 = fig.add_subplot(spec[2, 0])',
  'tall = fig.add_subplot(spec[1:, 1])',
  'top.plot([0, 1, 2, 3], [1, 3, 2, 4])',
  "top.set_title('spec[0, :]')",
  'left1.scatter([1, 2, 3], [3, 1, 2])',
  'left2.hist([1, 2, 2, 3, 3, 3])',
  "tall.plot([0, 1], [0, 1], 'r--')",
  "tall.set_title('spec[1:, 1]')",
  'for ax in fig.axes:',
  '    print(ax.get_position().bounds)',
].join('\n');

const SHARED = [
  'import matplotlib.pyplot as plt',
  'fig, ax = plt.subplots(2, 2, sharex=True)',
  'ax[0, 0].plot([0, 10], [0, 1])',
  'ax[1, 1].plot([0, 2], [5, 3])',
  'print(ax[0, 1].get_xlim(), ax[1, 1].get_xlim(), ax[1, 1].get_ylim())',
].join('\n');

interface Box { left: number; right: number; top: number; bottom: number }

/** Each axes' frame (the box matplotlib draws around the data area) on the screen, in the figure's order. */
const frames = (output: Locator): Promise<Box[]> =>
  output.locator('svg.mpl-figure rect.mpl-frame').evaluateAll((rects) => rects.map((rect) => {
    const { left, right, top, bottom } = rect.getBoundingClientRect();
    return { left, right, top, bottom };
  }));

/** The tick label texts each axes shows along x (under the frame) and y (left of it). */
const tickLabels = (output: Locator): Promise<{ x: string[]; y: string[] }[]> =>
  output.locator('svg.mpl-figure').evaluateAll((svgs) => svgs.map((svg) => ({
    x: [...svg.querySelectorAll('.mpl-ticks text[text-anchor="middle"]')].map((t) => t.textContent ?? ''),
    y: [...svg.querySelectorAll('.mpl-ticks text[text-anchor="end"]')].map((t) => t.textContent ?? ''),
  })));

describe('figure layouts in a cell', () => {
  for (const width of [1280, 360]) {
    it(`a GridSpec layout at ${width} px: the top axes spans both columns, the right one both lower rows, edges aligned; matplotlib's positions printed`, async () => {
      const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`, { width });
      const result = await runCell(page, 0, GRIDSPEC);
      expect(result.type, result.detail.message).toBe('cell-done');
      expect(result.detail.stdout).toBe(cpython(GRIDSPEC));
      const output = page.locator('torch-cell').first().locator('.tc-output');
      await expect.poll(() => output.locator('svg.mpl-figure').count()).toBe(4);
      const [top, left1, left2, tall] = await frames(output);
      const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1.5);
      // the wide axes: from the left column's left edge to the right column's right edge
      near(top.left, left1.left);
      near(top.right, tall.right);
      expect(top.bottom).toBeLessThan(left1.top);
      // the tall axes: from the middle row's top to the bottom row's bottom, right of the left column
      near(tall.top, left1.top);
      near(tall.bottom, left2.bottom);
      expect(tall.left).toBeGreaterThan(left1.right);
      expect(left2.top).toBeGreaterThan(left1.bottom);
      // nothing wider than the screen
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await output.screenshot({ path: `${artifactsDir}/gridspec-${width}.png` });
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('plt.subplots(2, 2, sharex=True): one x range for all, x tick labels only on the bottom row, y labels on each', async () => {
    for (const width of [1280, 360]) {
      const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`, { width });
      const result = await runCell(page, 0, SHARED);
      expect(result.type, result.detail.message).toBe('cell-done');
      expect(result.detail.stdout).toBe(cpython(SHARED));
      const output = page.locator('torch-cell').first().locator('.tc-output');
      await expect.poll(() => output.locator('svg.mpl-figure').count()).toBe(4);
      const labels = await tickLabels(output);
      expect(labels.map((axes) => axes.x.length > 0)).toEqual([false, false, true, true]);
      expect(labels.every((axes) => axes.y.length > 0)).toBe(true);
      // the bottom row shows the same x ticks (matplotlib's for the union, −0.5…10.5), though ax[1, 0] holds no data
      expect(labels[2].x).toEqual(labels[3].x);
      // (on a phone every 2nd label, as the page thins labels that would overlap)
      expect(labels[3].x).toEqual(width === 1280 ? ['0.0', '2.5', '5.0', '7.5', '10.0'] : ['0.0', '5.0', '10.0']);
      const [a, b, c, d] = await frames(output);
      expect(a.left).toBeLessThan(b.left);
      expect(a.bottom).toBeLessThan(c.top);
      expect(Math.abs(c.right - c.left - (d.right - d.left))).toBeLessThan(1.5);
      await output.screenshot({ path: `${artifactsDir}/sharex-${width}.png` });
      expect(problems).toEqual([]);
      await close();
    }
  });
});
