// The pure parts of the code cell on the page side: the runnable fence rule and the
// matplotlib figure SVG (imshow's images through the kernel). (The kernel runner and the Korean error lines: tests/unit/python.)
import { describe, expect, it } from 'vitest';
import { isRunnableFence } from '../../src/build/remark-runnable-cells';
import { renderMatplotlibFigure } from '../../src/lib/plot/matplotlib-figure';
import type { AxesSpec, FigureSpec } from '../../src/lib/python/objects/display';
import { pngDataUrl } from '../../src/lib/plot/png';
import { runProgram } from './python/run-program';

describe('isRunnableFence', () => {
  it('is true only for a python fence whose meta includes the word run', () => {
    expect(isRunnableFence({ type: 'code', lang: 'python', meta: 'run' })).toBe(true);
    expect(isRunnableFence({ type: 'code', lang: 'python', meta: 'title="x" run' })).toBe(true);
    expect(isRunnableFence({ type: 'code', lang: 'python', meta: null })).toBe(false);
    expect(isRunnableFence({ type: 'code', lang: 'python', meta: 'runner' })).toBe(false);
    expect(isRunnableFence({ type: 'code', lang: 'text', meta: 'run' })).toBe(false);
  });
});

describe('renderMatplotlibFigure', () => {
  const axes = (overrides: Partial<AxesSpec>): AxesSpec => ({
    title: '', xlabel: '', ylabel: '', series: [], legend: false, legendLoc: 'best', grid: false, xlim: null, ylim: null, ...overrides,
  });
  const figure = (one: AxesSpec): FigureSpec => ({ figsize: [6.4, 4.8], rows: 1, cols: 1, axes: [one], suptitle: '' });

  it("draws a scatter's points with their alpha and a '--r' line dashed in red, with title, labels and legend", () => {
    const svg = renderMatplotlibFigure(figure(axes({
      title: 'fit <1>', xlabel: 'x', ylabel: 'y', legend: true,
      series: [
        { type: 'scatter', x: [0, 1, 2], y: [0, 1, 0], color: '#1f77b4', marker: 'o', size: 36, alpha: 0.05, label: null },
        { type: 'line', x: [0, 1, 2], y: [0.1, 0.5, 0.9], color: '#ff0000', linestyle: '--', marker: null, linewidth: 1.5, markersize: 6, alpha: 1, label: 'v' },
      ],
    })));
    expect(svg.match(/<circle /g)?.length).toBe(3); // the three points; an unlabelled scatter has no legend entry
    expect(svg).toContain('fill="#1f77b4" stroke="#1f77b4" stroke-width="0" fill-opacity="0.05"');
    expect(svg).toMatch(/<path d="M[^"]+" fill="none" stroke="#ff0000" stroke-width="2\.1" stroke-dasharray="7\.7 3\.3"/);
    expect(svg).toContain('>fit &lt;1&gt;</text>');
    expect(svg).toMatch(/class="mpl-legend"[\s\S]*>v<\/text>/);
    expect(svg).toContain('role="img" aria-label="matplotlib 그림: 제목 fit &lt;1&gt;, 산점도 3개 점, 선 3개 점 (v)"');
  });

  it('leaves out non-finite points and scales the y axis to the data with 5% margins, labelled as matplotlib labels it', () => {
    const svg = renderMatplotlibFigure(figure(axes({
      series: [{ type: 'line', x: [0, 1, 2, 3], y: [0, Number.NaN, 10, 20], color: '#1f77b4', linestyle: '-', marker: null, linewidth: 1.5, markersize: 6, alpha: 1, label: null }],
    })));
    expect(svg).not.toContain('NaN');
    // matplotlib 3.6 on this view (−1, 21): ticks every 2.5, one decimal on every label
    for (const label of ['0.0', '2.5', '17.5', '20.0']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).not.toContain('>22.5</text>'); // outside the view
  });
});

describe('renderMatplotlibFigure: grids and shapes', () => {
  const empty = (): AxesSpec => ({ title: '', xlabel: '', ylabel: '', series: [], legend: false, legendLoc: 'best', grid: false, xlim: null, ylim: null });
  it('lays out a 2x2 grid (each subplot in its cell) with hist bars from 0, reference lines, a fill and a description per subplot', () => {
    const axes = [empty(), empty(), empty(), empty()];
    axes[0].shapes = [{ type: 'bars', edges: [0, 1, 2], heights: [2, 3], color: '#1f77b4', alpha: 1, label: null }];
    axes[1].shapes = [{ type: 'hline', value: 0.5, from: 0, to: 1, color: '#ff7f0e', linestyle: '--', linewidth: 1.5, alpha: 1, label: null }];
    axes[2].shapes = [{ type: 'fill', x: [0, 1, 2], y1: [0, 1, 0], y2: [0, 0, 0], color: '#2ca02c', alpha: 0.3, label: null }];
    axes[3].title = 'four';
    const svg = renderMatplotlibFigure({ figsize: [8, 8], rows: 2, cols: 2, axes, suptitle: 'grid' }, 360);
    expect(svg.match(/<svg class="mpl-figure"/g)).toHaveLength(4);
    expect(svg).toContain('style="grid-row:2;grid-column:2"');
    expect(svg).toContain('viewBox="0 0 180 ');
    expect(svg).toMatch(/class="mpl-bars" d="M[^"]+Z"/);
    expect(svg).toContain('stroke="#ff7f0e"');
    expect(svg).toMatch(/class="mpl-fill" d="M[^"]+Z" fill="#2ca02c" fill-opacity="0.3"/);
    expect(svg).toContain('aria-label="matplotlib 그림: 전체 제목 grid; 2×2 격자의 그래프 4개; 1번 그래프: 히스토그램 막대 2개 (0부터 2까지); 2번 그래프: 수평선 y=0.5; 3번 그래프: 채운 영역 3개 점; 4번 그래프: 제목 four"');
  });
});

describe('renderMatplotlibFigure: imshow and colorbar', () => {
  const drawn = (source: string, width = 640) => {
    const r = runProgram(`import matplotlib.pyplot as plt\nimport numpy as np\n${source}`);
    expect(r.error).toBeNull();
    const item = r.displays.find((d) => d.kind === 'figure');
    if (item?.kind !== 'figure') throw new Error('expected a figure');
    return renderMatplotlibFigure(item.figure, width);
  };
  const attribute = (tag: string, name: string) => Number(tag.match(new RegExp(` ${name}="([-\\d.]+)"`))![1]);

  it("draws 6wk-1's 2×2 image as square grey pixels (1 black, 4 white) beside a colorbar ticked 1.0 to 4.0", () => {
    const svg = drawn("plt.imshow([[1.0, 2], [2, 4]], cmap='gray')\nplt.colorbar()");
    const image = svg.match(/<image class="mpl-image"[^>]*>/)![0];
    // matplotlib's colours for these values (to_rgba: 85 is 2 on 1…4), as a PNG of 2×2 pixels
    const grey = [85, 85, 85, 255];
    expect(image).toContain(`href="${pngDataUrl(2, 2, Uint8ClampedArray.from([0, 0, 0, 255, ...grey, ...grey, 255, 255, 255, 255]))}"`);
    expect(image).toContain('style="image-rendering:pixelated"');
    expect(attribute(image, 'width')).toBeCloseTo(attribute(image, 'height'), 0); // aspect 'equal'
    const colorbar = svg.match(/<g class="mpl-colorbar">.*?<\/g><g class="mpl-ticks">(.*?)<\/g><\/g>?/)!;
    expect([...colorbar[0].matchAll(/>([^<>]+)<\/text>/g)].map((m) => m[1])).toEqual(['1.0', '1.5', '2.0', '2.5', '3.0', '3.5', '4.0']);
    // the colorbar sits right of the image, as tall as the axes' box
    const bar = svg.match(/<g class="mpl-colorbar"><image [^>]*>/)![0];
    expect(attribute(bar, 'x')).toBeGreaterThan(attribute(image, 'x') + attribute(image, 'width'));
    expect(attribute(bar, 'height')).toBeCloseTo(attribute(image, 'height'), 0);
    expect(svg).toContain('aria-label="matplotlib 그림: 이미지 2행 2열, 컬러맵 gray, 컬러바 1부터 4까지"');
  });

  it("draws 10wk-1's matshow with its x ticks and their given labels on top, the title above them", () => {
    const svg = drawn("plt.matshow(np.zeros((15, 3)), vmin=-7, vmax=7, cmap='bwr')\nplt.xticks(range(3), labels=['$h$', 'y<a', 'P'], size=14)\nplt.title('Vis2')");
    const image = svg.match(/<image class="mpl-image"[^>]*>/)![0];
    const top = attribute(image, 'y');
    const xTicks = [...svg.matchAll(/<g transform="translate\(([-\d.]+),([-\d.]+)\)"><line y2="([-\d.]+)"\/><text y="([-\d.]+)" text-anchor="middle">([^<]*)<\/text>/g)];
    expect(xTicks.map((m) => m[5])).toEqual(['$h$', 'y&lt;a', 'P']);
    for (const m of xTicks) {
      expect(Number(m[2])).toBeCloseTo(top, 0); // on the top edge, the tick and its label above it
      expect(Number(m[3])).toBeLessThan(0);
      expect(Number(m[4])).toBeLessThan(0);
    }
    const title = svg.match(/<text class="mpl-title"[^>]*>/)![0];
    expect(attribute(title, 'y')).toBeLessThan(top + Math.min(...xTicks.map((m) => Number(m[4]))));
  });

  it("writes a colorbar's label along it, right of its tick labels (set_label or label=)", () => {
    const svg = drawn("plt.imshow([[1.0, 2], [2, 4]], cmap='gray')\nplt.colorbar().set_label('밝기')");
    expect(svg).toMatch(/<text class="mpl-label" transform="translate\([\d.]+,[\d.]+\) rotate\(-90\)"[^>]*>밝기<\/text>/);
    expect(svg).toContain('컬러바 밝기 1부터 4까지');
    expect(drawn("plt.imshow([[1.0, 2]])\nplt.colorbar(label='x')")).toContain('컬러바 x 1부터 2까지');
  });

  it('draws each point of scatter(c=values) in its own colour, in order, leaving out a NaN value', () => {
    const svg = drawn("plt.scatter([1, 2, 3], [1, 2, 3], c=[0, float('nan'), 1])");
    expect([...svg.matchAll(/<g fill="(#[0-9a-f]{6})" stroke="\1"><circle /g)].map((m) => m[1])).toEqual(['#440154', '#fde725']);
    expect(svg).toContain('산점도 3개 점 (컬러맵 viridis)');
  });

  it("mirrors the rows for origin='lower', keeps an RGB image's own colours and lets bilinear smooth", () => {
    const lower = drawn("plt.imshow(np.zeros((3, 4)), origin='lower')").match(/<image class="mpl-image"[^>]*>/)![0];
    expect(lower).toMatch(/transform="matrix\(1 0 0 -1 0 [\d.]+\)"/);
    const rgb = drawn("plt.imshow([[[1.0, 0, 0], [0, 0, 1]]], interpolation='bilinear')");
    expect(rgb).toContain(`href="${pngDataUrl(2, 1, Uint8ClampedArray.from([255, 0, 0, 255, 0, 0, 255, 255]))}"`);
    expect(rgb).not.toContain('pixelated');
    expect(rgb).toContain('이미지 1행 2열 (RGB)');
  });
});
