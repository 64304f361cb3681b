// Figure layouts a reader sees in a cell, in real Chromium on the built site: a GridSpec layout
// (one axes across the top, two below on the left, one spanning both rows on the right) and a
// 2×2 grid with sharex=True (x tick labels only on the bottom row, the same x ticks everywhere).
// The positions matplotlib gives those axes are printed by the cell and compared with CPython's
// (tests/fixtures/cpython/figures.json). Then the course's figures (a 4×2 grid, an image with its
// colorbar, a 3-D surface, an animation player). Screenshots at 1280 and 360 px: tests/artifacts/.
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

/** The figures the course draws, each as a reader sees it at both widths (screenshots looked at by hand). */
const COURSE_FIGURES: { name: string; code: string; check: (output: Locator) => Promise<void> }[] = [
  {
    name: 'grid-4x2',
    code: [
      'import torch',
      'import matplotlib.pyplot as plt',
      'torch.manual_seed(0)',
      'x = torch.linspace(-1, 1, 50)',
      'fig, ax = plt.subplots(4, 2, figsize=(8, 8))',
      'for i in range(4):',
      "    ax[i, 0].plot(x, x ** (i + 1), color=f'C{i}')",
      '    ax[i, 1].hist(torch.randn(200) * (i + 1), bins=15)',
      "    ax[i, 1].axvline(0, color='k', ls='--')",
      "fig.suptitle('4×2')",
      'fig.tight_layout()',
    ].join('\n'),
    check: async (output) => expect(await output.locator('svg.mpl-figure rect.mpl-frame').count()).toBe(8),
  },
  {
    name: 'imshow-colorbar',
    code: [
      'import torch',
      'import matplotlib.pyplot as plt',
      'z = torch.linspace(0, 1, 28 * 28).reshape(28, 28)',
      "plt.imshow(z * z.T, cmap='gray')",
      'plt.colorbar()',
    ].join('\n'),
    check: async (output) => expect(await output.locator('svg.mpl-figure image').count()).toBeGreaterThanOrEqual(2),
  },
  {
    name: 'surface-3d',
    code: [
      'import torch',
      'import matplotlib.pyplot as plt',
      "W0, W1 = torch.meshgrid(torch.linspace(-10, 3, 40), torch.linspace(-1, 10, 40), indexing='ij')",
      'fig = plt.figure()',
      "ax = fig.add_subplot(1, 1, 1, projection='3d')",
      "ax.plot_surface(W0, W1, (torch.sigmoid(0.3 * W0 + 0.2 * W1) - 0.5) ** 2, cmap='viridis', alpha=0.8)",
      "ax.set_xlabel('w0')",
      "ax.set_ylabel('w1')",
    ].join('\n'),
    check: async (output) => expect(await output.getByRole('img', { name: /^3차원 그래프/ }).count()).toBe(1),
  },
  {
    name: 'animation-player',
    code: [
      'import matplotlib.pyplot as plt',
      'from matplotlib import animation',
      'from IPython.display import HTML',
      'xs = [i / 10 for i in range(11)]',
      'fig, ax = plt.subplots()',
      "line, = ax.plot(xs, [0] * 11, '--')",
      'ax.set_ylim(0, 1)',
      'def animate(k):',
      '    line.set_ydata([x * k / 9 for x in xs])',
      '    ax.set_title(f"epoch = {k * 20}")',
      'ani = animation.FuncAnimation(fig, animate, frames=10)',
      'HTML(ani.to_jshtml())',
    ].join('\n'),
    check: async (output) => {
      const player = output.getByRole('group', { name: '애니메이션 플레이어' });
      await expect.poll(() => player.count()).toBe(1);
      await player.press('End');
      expect(await player.locator('input[type="range"]').inputValue()).toBe('9');
    },
  },
];

describe("the course's figures at a desktop and a phone width", () => {
  for (const { name, code, check } of COURSE_FIGURES) {
    it(`${name}: drawn at 1280 and 360 px, no wider than the screen`, async () => {
      for (const width of [1280, 360]) {
        const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`, { width });
        const result = await runCell(page, 0, code);
        expect(result.type, result.detail.message).toBe('cell-done');
        const output = page.locator('torch-cell').first().locator('.tc-output');
        await check(output);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
        await output.screenshot({ path: `${artifactsDir}/${name}-${width}.png` });
        expect(problems).toEqual([]);
        await close();
      }
    });
  }
});
