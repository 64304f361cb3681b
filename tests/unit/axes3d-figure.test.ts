// The 3-D figure against matplotlib 3.6: mplot3d's projection matrix and projected points
// (tests/fixtures/pyplot/golden.json, scripts/pyplot-golden.py), and what a drawn 3-D axes shows:
// panes, ticks as AutoLocator places them, a surface's polygons far to near, depth-shaded points,
// and the description a screen reader hears.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeAxes3D, drawAxes3D } from '../../src/lib/plot/axes3d-figure';
import { dragView, keyView, normAngle, projectPoints, projectionMatrix } from '../../src/lib/plot/projection3d';
import { renderMatplotlibFigure } from '../../src/lib/plot/matplotlib-figure';
import type { FigureSpec } from '../../src/lib/python/objects/display';
import { runProgram } from './python/run-program';

interface ProjectionCase {
  lims: [number, number, number, number, number, number];
  elev: number;
  azim: number;
  roll: number;
  matrix: number[][];
  points: number[][];
  projected: number[][];
}
const golden = JSON.parse(readFileSync(new URL('../fixtures/pyplot/golden.json', import.meta.url), 'utf8')) as { projections: ProjectionCase[] };

/** A single 3-D axes on matplotlib's default 6.4 × 4.8 figure, drawn 640 wide: room for 8 tick labels, as matplotlib's. */
const FRAME = { width: 640, height: 480, pxPerPt: 640 / 460.8, tickRoom: 8 };

function figureOf(source: string): FigureSpec {
  const r = runProgram(`import matplotlib.pyplot as plt\nimport numpy as np\n${source}`);
  if (r.error) throw new Error(r.error.message);
  const item = r.displays.find((d) => d.kind === 'figure');
  if (item?.kind !== 'figure') throw new Error('no figure');
  return item.figure;
}

describe("mplot3d's projection", () => {
  it.each(golden.projections.map((c) => [`lims ${c.lims.join(',')} elev ${c.elev} azim ${c.azim} roll ${c.roll}`, c] as const))('is get_proj() for %s', (_name, c) => {
    const [x0, x1, y0, y1, z0, z1] = c.lims;
    const m = projectionMatrix([[x0, x1], [y0, y1], [z0, z1]], { elev: c.elev, azim: c.azim, roll: c.roll });
    c.matrix.flat().forEach((v, i) => expect(m[i]).toBeCloseTo(v, 12));
    const projected = projectPoints(m, c.points.flat());
    c.projected.flat().forEach((v, i) => expect(projected[i]).toBeCloseTo(v, 12));
  });

  it("turns as mplot3d's mouse does: 180° per box width, up lowers the elevation; the arrow keys turn as such a drag, Home goes back", () => {
    const view = { elev: 30, azim: -60, roll: 0 };
    expect(dragView(view, 200, 0, 200)).toEqual({ elev: 30, azim: -240, roll: 0 });
    expect(dragView(view, 0, -50, 200)).toEqual({ elev: -15, azim: -60, roll: 0 });
    const rolled = dragView({ elev: 0, azim: 0, roll: 90 }, 100, 0, 200);
    expect(rolled.elev).toBeCloseTo(90, 10);
    expect(rolled.azim).toBeCloseTo(0, 10);
    expect(keyView(view, 'ArrowRight', view)).toEqual({ elev: 30, azim: -65, roll: 0 });
    expect(keyView(view, 'ArrowUp', view)).toEqual({ elev: 25, azim: -60, roll: 0 });
    expect(keyView({ elev: 1, azim: 2, roll: 0 }, 'Home', view)).toEqual(view);
    expect(keyView(view, 'a', view)).toBeNull();
  });

  it('normalises angles into (-180, 180] as art3d does', () => {
    expect([0, 180, 181, -180, 540, -60, 300].map(normAngle)).toEqual([0, 180, -179, 180, 180, -60, -60]);
  });
});

describe('a drawn 3-D axes', () => {
  it('draws the three panes, then the axes, then the surface far to near in its shaded colours', () => {
    const figure = figureOf(`ax = plt.axes(projection='3d')
x = np.array([[j * 0.5 for j in range(5)] for i in range(4)])
y = np.array([[i * 0.5 for j in range(5)] for i in range(4)])
ax.plot_surface(x, y, x * y, alpha=0.5)
ax.set_xlabel('w0')
ax.set_zlabel('loss')`);
    const axes = figure.axes[0];
    const marks = drawAxes3D(axes, FRAME).flatMap((layer) => layer.marks);
    expect(marks.slice(0, 3).map((m) => m.attrs.class)).toEqual(['mpl-pane', 'mpl-pane', 'mpl-pane']);
    const polygons = marks.filter((m) => m.tag === 'path' && m.attrs['fill-opacity'] === 0.5);
    expect(polygons).toHaveLength(12);
    const surface = axes.three!.artists[0];
    if (surface.type !== 'surface') throw new Error('expected a surface');
    expect(new Set(polygons.map((p) => p.attrs.fill))).toEqual(new Set(surface.colors));
    // the x axis's ticks as matplotlib places and writes them for its limits (-0.1, 2.1)
    expect(marks.filter((m) => m.tag === 'text').map((m) => m.text)).toEqual(expect.arrayContaining(['w0', 'loss', '0.0', '0.5', '1.0', '1.5', '2.0']));
    // turning the camera changes the picture, not the data
    const turned = drawAxes3D(axes, FRAME, { elev: 10, azim: 45, roll: 0 }).flatMap((layer) => layer.marks);
    expect(turned.map((m) => m.attrs.d ?? '').join()).not.toBe(marks.map((m) => m.attrs.d ?? '').join());
  });

  it('fades farther scatter points (depthshade) and hides ticks given as []', () => {
    const figure = figureOf(`ax = plt.axes(projection='3d')
ax.scatter([0, 1, 2], [0, 1, 2], [0, 1, 2], color='grey')
ax.set_xticks([]); ax.set_yticks([]); ax.set_zticks([])`);
    const marks = drawAxes3D(figure.axes[0], FRAME).flatMap((layer) => layer.marks);
    const points = marks.filter((m) => m.tag === 'circle');
    expect(points.map((p) => p.attrs['fill-opacity'])).toEqual([0.3, expect.any(Number), 1]);
    expect(points.every((p) => p.attrs.fill === 'grey')).toBe(true);
    expect(marks.filter((m) => m.attrs.class === 'mpl-tick3d')).toEqual([]);
  });

  it('is a focusable, described cell in the figure, which is then a group', () => {
    const figure = figureOf(`fig = plt.figure(figsize=(7, 2.5))
ax1 = fig.add_subplot(1, 2, 1)
ax1.plot([1, 2], [3, 4])
ax2 = fig.add_subplot(1, 2, 2, projection='3d')
ax2.view_init(15, 75)
ax2.plot_surface(np.array([[0., 1], [0, 1]]), np.array([[0., 0], [1, 1]]), np.array([[0., 1], [1, 2]]))
ax2.scatter(0, 0, 0)
ax2.scatter(1, 1, 1)
ax2.set_title('MSE')`);
    const html = renderMatplotlibFigure(figure, 640);
    expect(html).toContain('class="mpl-paper" role="group"');
    expect(html).toMatch(/<div class="mpl-axes3d" style="grid-row:1;grid-column:2" data-axes="1" tabindex="0" role="img" aria-roledescription="돌려 볼 수 있는 3차원 그래프" aria-label="3차원 그래프 \(방위각 75°, 고도 15°\), 제목 MSE, 곡면 2×2 격자, 3차원 산점도 1개 점 \(2번\)"/);
    expect(describeAxes3D(figure.axes[1], { elev: -100, azim: 200, roll: 0 })).toMatch(/^3차원 그래프 \(방위각 −160°, 고도 −100°\)/);
    // on a phone the two subplots stack, so the 3-D one is wide enough to drag
    const phone = renderMatplotlibFigure(figure, 360);
    expect(phone).toContain('grid-template-columns:repeat(1,minmax(0,1fr))');
    expect(phone).toMatch(/<div class="mpl-axes3d" style="grid-row:2;grid-column:1"/);
    expect(phone).toContain('viewBox="0 0 360 257"');
  });
});
