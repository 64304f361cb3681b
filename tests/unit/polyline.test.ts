// The growing path of the live loss curve and trajectory, against d3.line on the same points.
import { describe, expect, test } from 'vitest';
import { line } from 'd3';
import { GrowingPath, historyStride } from '../../src/lib/plot/polyline';
import { round1 } from '../../src/lib/plot/svg';

describe('GrowingPath', () => {
  const toX = (p: { x: number }) => 10 + p.x * 2;
  const toY = (p: { y: number }) => 100 - p.y * 3;
  const points = [[0, 1], [1, 2.5], [2, Number.NaN], [3, 4], [4, 5.25]];

  test('draws what d3.line draws, with the pen lifted at non-finite points', () => {
    const path = new GrowingPath(toX, toY);
    for (const [x, y] of points) path.add(x, y);
    const expected = line<number[]>()
      .defined(([, y]) => Number.isFinite(y))
      .x(([x]) => round1(toX({ x })))
      .y(([, y]) => round1(toY({ y })))(points);
    expect(path.d).toBe(expected);
    path.clear();
    expect(path.d).toBe('');
  });
});

describe('historyStride', () => {
  test('keeps about 1000 points whatever the epoch count', () => {
    expect(historyStride(10)).toBe(1);
    expect(historyStride(10_000)).toBe(10);
    expect(historyStride(1_000_000)).toBe(1000);
    expect(10_000 / historyStride(10_000)).toBeLessThanOrEqual(1000);
  });
});
