// The pure parts of the code cell: the Korean error line, the stdout batcher, the runnable
// fence rule, and the matplotlib figure SVG.
import { describe, expect, it } from 'vitest';
import { koreanErrorLine, subjectParticle } from '../../src/lib/cell/korean-error';
import { OutputBatcher } from '../../src/workers/output-batcher';
import { isRunnableFence } from '../../src/build/remark-runnable-cells';
import { renderMatplotlibFigure } from '../../src/lib/plot/matplotlib-figure';
import type { AxesSpec, FigureSpec } from '../../src/lib/python/modules/figure-spec';

describe('koreanErrorLine', () => {
  it('names the undefined name with the right particle and the line', () => {
    expect(koreanErrorLine({ type: 'NameError', message: "name 'yhat' is not defined", line: 3 })).toBe("3행: 'yhat'이 정의되지 않았습니다");
    expect(koreanErrorLine({ type: 'NameError', message: "name 'loss' is not defined", line: 1 })).toBe("1행: 'loss'가 정의되지 않았습니다");
    expect(koreanErrorLine({ type: 'SyntaxError', message: "expected ':'", line: null })).toMatch(/^문법 오류입니다/);
    expect(koreanErrorLine({ type: 'FancyError', message: '', line: 7 })).toBe('7행: FancyError 오류가 났습니다');
  });

  it('reads particles the way a Korean reader says the word', () => {
    expect(['net', 'X', 'l', 'gv', 'l1', 'x2', '손실', '모형'].map(subjectParticle)).toEqual(['이', '가', '이', '가', '이', '가', '이', '이']);
  });
});

describe('OutputBatcher', () => {
  it('sends at most one chunk per interval while writing, and the rest on flush, in order', () => {
    let clock = 0;
    const sent: string[] = [];
    const batcher = new OutputBatcher((text) => sent.push(text), 50, () => clock);
    for (let i = 0; i < 1000; i++) {
      batcher.write(`${i}\n`);
      clock += 0.1; // 1000 writes in 100 ms
    }
    batcher.flush();
    expect(sent.length).toBeLessThanOrEqual(4);
    expect(sent.join('')).toBe(Array.from({ length: 1000 }, (_, i) => `${i}\n`).join(''));
  });
});

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

  it('leaves out non-finite points and scales the y axis to the data with 5% margins', () => {
    const svg = renderMatplotlibFigure(figure(axes({
      series: [{ type: 'line', x: [0, 1, 2, 3], y: [0, Number.NaN, 10, 20], color: '#1f77b4', linestyle: '-', marker: null, linewidth: 1.5, markersize: 6, alpha: 1, label: null }],
    })));
    expect(svg).not.toContain('NaN');
    expect(svg).toMatch(/>−?0<\/text>/);
    expect(svg).toContain('>20</text>');
  });
});
