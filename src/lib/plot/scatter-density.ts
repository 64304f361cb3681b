// plt.scatter(X, y, alpha=…) as SVG: thousands of translucent markers whose overlaps add up, so
// dense stretches look dark and lone points faint. One SVG path cannot do that (it is painted
// once, overlaps do not add up), and thousands of <circle>s make the page heavy. Instead the
// markers are composited here on a pixel grid, each pixel's opacity is 1 − (1 − alpha)^n for the
// n markers covering it (what stacking n markers of that alpha gives), and the result is drawn as
// horizontal runs of equal opacity, a few dozen paths in all.

/** Matplotlib's default marker (s = 36 pt², 6 pt wide) at 100 dpi on a 640-pixel-wide figure. */
export const MARKER_DIAMETER = 8;
/** Opacity steps: fine enough that the gradient reads as smooth, coarse enough to keep runs long. */
const LEVELS = 16;
/** The grid the markers are composited on, in figure pixels: 2 keeps the markers round enough and the HTML a quarter the size. */
export const CELL = 2;

export interface DensityOptions {
  /** Point positions in figure pixels (viewBox units). */
  points: ArrayLike<readonly [number, number]>;
  width: number;
  height: number;
  alpha: number;
  diameter?: number;
}

/** How many markers cover each pixel of the figure (row-major, width × height). */
export function markerCoverage({ points, width, height, diameter = MARKER_DIAMETER }: DensityOptions): Uint16Array {
  const coverage = new Uint16Array(width * height);
  const radius = diameter / 2;
  for (let index = 0; index < points.length; index += 1) {
    const [cx, cy] = points[index];
    const top = Math.max(0, Math.floor(cy - radius));
    const bottom = Math.min(height - 1, Math.ceil(cy + radius));
    for (let row = top; row <= bottom; row += 1) {
      const dy = row + 0.5 - cy;
      if (Math.abs(dy) > radius) continue;
      const half = Math.sqrt(radius * radius - dy * dy);
      const left = Math.max(0, Math.round(cx - half));
      const right = Math.min(width, Math.round(cx + half));
      for (let column = left; column < right; column += 1) coverage[row * width + column] += 1;
    }
  }
  return coverage;
}

/** The opacity level (1…LEVELS) of a pixel covered by n markers of the given alpha; 0 when uncovered. */
export function opacityLevel(markers: number, alpha: number): number {
  if (markers === 0) return 0;
  const opacity = 1 - (1 - alpha) ** markers;
  return Math.max(1, Math.round(opacity * LEVELS));
}

/**
 * One `<path>` per opacity level, each the union of that level's rectangles: horizontal pixel
 * runs of equal opacity, merged downwards while the row below has the very same run.
 */
export function scatterDensityPaths(options: DensityOptions): string {
  const { alpha } = options;
  const width = Math.ceil(options.width / CELL);
  const height = Math.ceil(options.height / CELL);
  const points = Array.from({ length: options.points.length }, (_, i) => [options.points[i][0] / CELL, options.points[i][1] / CELL] as const);
  const coverage = markerCoverage({ points, width, height, alpha, diameter: (options.diameter ?? MARKER_DIAMETER) / CELL });
  const rects: Array<{ level: number; x: number; y: number; w: number; h: number }> = [];
  let open = new Map<string, (typeof rects)[number]>();
  for (let row = 0; row < height; row += 1) {
    const next = new Map<string, (typeof rects)[number]>();
    let column = 0;
    while (column < width) {
      const level = opacityLevel(coverage[row * width + column], alpha);
      let end = column + 1;
      while (end < width && opacityLevel(coverage[row * width + end], alpha) === level) end += 1;
      if (level > 0) {
        const key = `${level}:${column}:${end}`;
        const above = open.get(key);
        if (above) above.h += 1;
        else rects.push({ level, x: column, y: row, w: end - column, h: 1 });
        next.set(key, above ?? rects[rects.length - 1]);
      }
      column = end;
    }
    open = next;
  }
  const byLevel = new Map<number, string>();
  for (const { level, x, y, w, h } of rects) {
    byLevel.set(level, `${byLevel.get(level) ?? ''}M${x * CELL} ${y * CELL}h${w * CELL}v${h * CELL}h${-w * CELL}z`);
  }
  return [...byLevel.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([level, d]) => `<path fill-opacity="${(level / LEVELS).toFixed(3)}" d="${d}"/>`)
    .join('');
}
