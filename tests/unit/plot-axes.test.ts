// Axis labels on narrow figures: which tick labels a narrow figure hides, and when the x axis's
// title moves above the axis. What a reader sees is checked in demos.test.ts, "demo figures on
// a phone and a tablet".
import { readFileSync } from 'node:fs';
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { fitFigureSize } from '../../src/lib/plot/fit-figure';
import { landscapeFigureSize } from '../../src/lib/plot/landscape-figure';
import { lossFigureSize } from '../../src/lib/plot/loss-figure';
import {
  MIN_FIGURE_PX, NARROW_FIGURE_PX, TITLE_TUCK_FIGURE_PX, axisTicks, bottomAxis, titleCollides, xAxisTitle, type Size,
} from '../../src/lib/plot/svg';

const figures: Record<string, Size> = { fit: fitFigureSize, loss: lossFigureSize, landscape: landscapeFigureSize };

describe('tick labels on a narrow figure', () => {
  it('marks every other label minor when the labels would crowd, keeping 0 and the even steps', () => {
    const x = scaleLinear().domain([-1, 1]).range([44, 624]);
    const ticks = axisTicks(x, 8, fitFigureSize, 40);
    expect(ticks.map((tick) => tick.value)).toHaveLength(11);
    expect(ticks.filter((tick) => !tick.minor).map((tick) => tick.value)).toEqual([-0.8, -0.4, 0, 0.4, 0.8]);
  });

  it('keeps every label where they have room at the narrow width', () => {
    const epochs = scaleLinear().domain([0, 10000]).range([52, 624]);
    expect(axisTicks(epochs, 6, lossFigureSize, 40).some((tick) => tick.minor)).toBe(false);
  });

  it('places labels in em from the tick, so they clear the tick marks at any scale', () => {
    const markup = bottomAxis(scaleLinear().domain([0, 1]).range([0, 100]), fitFigureSize, 2);
    expect(markup).toContain('dy="1.05em"');
  });
});

describe('the x axis title', () => {
  it('moves above the axis wherever it would run into the last tick label', () => {
    for (const [name, size] of Object.entries(figures)) {
      const tuckable = xAxisTitle(size, 'x').includes('tucked');
      for (let px = MIN_FIGURE_PX; px <= 1200; px += 10) {
        if (!titleCollides(size, px)) continue;
        // demo.css shows the tucked copy only below TITLE_TUCK_FIGURE_PX, and only where one exists.
        expect({ name, px, tuckable, belowTuckWidth: px < TITLE_TUCK_FIGURE_PX }).toEqual({ name, px, tuckable: true, belowTuckWidth: true });
      }
    }
  });

  it('stays under the axis on a full-width figure', () => {
    expect(titleCollides(fitFigureSize, 640)).toBe(false);
    expect(titleCollides(lossFigureSize, 640)).toBe(false);
  });
});

describe('demo.css', () => {
  const css = readFileSync(new URL('../../src/elements/demo.css', import.meta.url), 'utf8');
  it('uses the same widths as the plot code', () => {
    expect(css).toContain(`@container (max-width: ${NARROW_FIGURE_PX}px)`);
    expect(css).toContain(`@container (max-width: ${TITLE_TUCK_FIGURE_PX}px)`);
  });
});
