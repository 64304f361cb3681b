import { describe, expect, it } from 'vitest';
import { markerCoverage, opacityLevel, scatterDensityPaths } from '../../src/lib/plot/scatter-density';

describe('scatter density', () => {
  it('counts the markers covering each pixel', () => {
    const coverage = markerCoverage({ points: [[10, 10], [12, 10]], width: 30, height: 20, alpha: 0.05, diameter: 8 });
    expect(coverage[10 * 30 + 11]).toBe(2); // between the two centres
    expect(coverage[10 * 30 + 7]).toBe(1); // only the left marker reaches
    expect(coverage[10 * 30 + 20]).toBe(0);
  });

  it('gives n stacked markers the opacity 1 − (1 − alpha)^n, in 16 steps', () => {
    expect(opacityLevel(0, 0.05)).toBe(0);
    expect(opacityLevel(1, 0.05)).toBe(1); // 0.05 rounds to one step, never to nothing
    expect(opacityLevel(20, 0.05)).toBe(Math.round((1 - 0.95 ** 20) * 16));
    expect(opacityLevel(20, 0.01)).toBeLessThan(opacityLevel(20, 0.05));
  });

  it('draws denser stretches darker: the seed’s alpha shows where the data pile up', () => {
    // 40 points packed in 20 px on the left, 4 spread over 60 px on the right.
    const dense = Array.from({ length: 40 }, (_, i) => [20 + i / 2, 50] as const);
    const sparse = Array.from({ length: 4 }, (_, i) => [100 + i * 20, 50] as const);
    const svg = scatterDensityPaths({ points: [...dense, ...sparse], width: 200, height: 100, alpha: 0.05 });
    const opacities = [...svg.matchAll(/fill-opacity="([\d.]+)" d="([^"]+)"/g)].map((m) => ({ opacity: Number(m[1]), d: m[2] }));
    // The opacity drawn at pixel (x, 50), the row through the markers' centres.
    const at = (x: number) =>
      opacities.find(({ d }) =>
        [...d.matchAll(/M(\d+) (\d+)h(\d+)v(\d+)/g)].some(([, left, top, w, h]) => +left <= x && x < +left + +w && +top <= 50 && 50 < +top + +h),
      )?.opacity ?? 0;
    expect(at(30)).toBeGreaterThan(0.5);
    expect(at(120)).toBeGreaterThan(0);
    expect(at(120)).toBeLessThan(0.1);
    expect(at(180)).toBe(0);
  });
});

describe('the lecture’s scatter', () => {
  it('keeps the lecture’s 2000 points small in the HTML and shows the seed’s two alphas', async () => {
    const { parseDemoParams, readFromRecord } = await import('../../src/lib/params');
    const { prepareScenario } = await import('../../src/lib/scenario');
    const { renderFitFigure } = await import('../../src/lib/plot/fit-figure');
    const parsed = parseDemoParams(readFromRecord({}));
    if (!parsed.ok) throw new Error('defaults must parse');
    const { data, truth } = prepareScenario(parsed.params);
    expect(data.x.length).toBe(2000);
    const dataFigure = renderFitFigure({ x: data.x, y: data.y, truth, label: 'data' });
    const fitFigure = renderFitFigure({ x: data.x, y: data.y, truth, fit: truth, label: 'fit' });
    const darkest = (svg: string) => Math.max(...[...svg.matchAll(/fill-opacity="([\d.]+)"/g)].map((m) => Number(m[1])));
    console.log(`scatter: data figure ${(dataFigure.length / 1024).toFixed(1)} KB (darkest ${darkest(dataFigure)}), fit figure ${(fitFigure.length / 1024).toFixed(1)} KB (darkest ${darkest(fitFigure)})`);
    expect(dataFigure).toContain('data-alpha="0.05"');
    expect(fitFigure).toContain('data-alpha="0.01"');
    expect(darkest(dataFigure)).toBeGreaterThan(darkest(fitFigure));
    expect(dataFigure.length).toBeLessThan(20_000);
  });
});

describe('the reader’s own data', () => {
  it('is drawn dark enough to see at any size: alpha 100/n between the seed’s and 0.6', async () => {
    const { scatterAlpha, renderFitFigure } = await import('../../src/lib/plot/fit-figure');
    expect(scatterAlpha(true, null, 400)).toBe(0.25);
    expect(scatterAlpha(false, null, 40)).toBe(0.6);
    expect(scatterAlpha(true, null, 1_000_000)).toBe(0.01);
    expect(scatterAlpha(false, null, 1_000_000)).toBe(0.05);
    // The lecture's data (a true curve) keeps the seed's alphas whatever n is.
    expect(scatterAlpha(true, { w0: -1, w1: 5 }, 400)).toBe(0.01);
    const x = Array.from({ length: 400 }, (_, i) => -2 + (5 * i) / 399);
    const y = x.map((value) => (value > 0.3 ? 1 : 0));
    const figure = renderFitFigure({ x, y, truth: null, fit: { w0: 0, w1: 1 }, label: 'mine' });
    expect(figure).toContain('data-alpha="0.25"');
  });
});
