// A recorded figure drawn as SVG the way matplotlib would: its colours, dashes and alpha.
import { describe, expect, it } from 'vitest';
import { renderFigureSpec } from '../../../src/lib/plot/figure-spec-svg';
import { runProgram } from './run-program';

describe('figure spec to SVG', () => {
  it("draws the seed's scatter, dashed fit and red dashed truth with matplotlib's styles", () => {
    const r = runProgram(`import matplotlib.pyplot as plt
xs = [i / 100 - 1 for i in range(201)]
plt.scatter(xs, [1 if x > 0 else 0 for x in xs], alpha=0.05)
plt.plot(xs, [x / 2 + 0.5 for x in xs], '--')
plt.plot(xs, [x * x for x in xs], '--r', label='truth')
plt.legend()
plt.title('fit')`);
    const figure = r.displays.find((d) => d.kind === 'figure');
    expect(figure?.kind).toBe('figure');
    if (figure?.kind !== 'figure') return;
    const svg = renderFigureSpec(figure.figure);
    expect(svg).toMatch(/^<svg class="cell-figure" viewBox="0 0 640 480" role="img" aria-label="fit: 산점도 201개 점, 선 201개 점, 선 201개 점 \(truth\)"/);
    expect(svg).toContain('<g class="scatter" fill="#1f77b4" stroke="#1f77b4" fill-opacity="0.05"');
    expect((svg.match(/<circle /g) ?? []).length).toBeGreaterThanOrEqual(201);
    const lines = [...svg.matchAll(/<path class="line" [^>]*stroke="([^"]+)"[^>]*stroke-dasharray="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(lines).toEqual([['#1f77b4', '7.7,3.3'], ['#ff0000', '7.7,3.3']]);
    expect(svg).toContain('>truth</text>');
    expect(svg).toContain('>fit</text>');
  });

  it('escapes labels and skips non-finite points', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
plt.plot([0, 1, 2], [1, float('nan'), 3])
plt.xlabel('<b>&')`);
    const figure = r.displays.find((d) => d.kind === 'figure');
    if (figure?.kind !== 'figure') throw new Error('no figure');
    const svg = renderFigureSpec(figure.figure);
    expect(svg).toContain('&lt;b&gt;&amp;');
    expect(svg).not.toContain('NaN');
  });
});
