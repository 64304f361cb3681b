// The pure parts of the code cell on the page side: the runnable fence rule and the
// matplotlib figure SVG. (The kernel runner and the Korean error lines: tests/unit/python.)
import { describe, expect, it } from 'vitest';
import { isRunnableFence } from '../../src/build/remark-runnable-cells';
import { renderMatplotlibFigure } from '../../src/lib/plot/matplotlib-figure';
import type { AxesSpec, FigureSpec } from '../../src/lib/python/objects/display';

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
