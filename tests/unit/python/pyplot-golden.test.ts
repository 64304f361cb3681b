// matplotlib.pyplot against matplotlib 3.6 itself: tests/fixtures/pyplot/golden.json, written by
// scripts/pyplot-golden.py. What a cell shows for its last expression (addresses masked), the
// numpy IndexErrors of an Axes grid, plt.hist's counts and bin edges, and the colour cycle.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HostObject, type ArrayData } from '../../../src/lib/python/objects/host';
import { COLOR_CYCLE, rgbOf } from '../../../src/lib/python/modules/plot-args';
import { histogram } from '../../../src/lib/python/modules/histogram';
import { runProgram } from './run-program';
import type { AxesSpec } from '../../../src/lib/python/objects/display';
import { imageBoxes, type Box } from '../../../src/lib/plot/image-figure';
import { matplotlibTicks, tickSpace, type AxisTicks } from '../../../src/lib/plot/mpl-ticks';

interface Program {
  source: string;
  shown?: string | null;
  error?: { type: string; message: string };
}
interface HistCase {
  data: number[];
  bins: number | number[];
  range?: [number, number];
  float32?: boolean;
  counts: number[];
  edges: number[];
}
interface ImageCase {
  source: string;
  kwargs: Record<string, string | number>;
  rgba: number[];
  clim: string;
}
interface ImageLayoutCase {
  shape: [number, number];
  colorbar: boolean;
  vmin?: number;
  vmax?: number;
  /** matplotlib's figure fractions: x0, y0 (from the bottom), width, height. */
  axes: [number, number, number, number];
  xticks: number[];
  yticks: number[];
  colorbarBox?: [number, number, number, number];
  colorbarTicks?: number[];
  colorbarLimits?: [number, number];
}
interface SurfaceCase {
  rows: number;
  cols: number;
  z: string;
  kwargs: Record<string, string | number | boolean>;
  polygons: number[][][];
  colors: number[][];
}
const golden = JSON.parse(readFileSync(new URL('../../fixtures/pyplot/golden.json', import.meta.url), 'utf8')) as {
  cycle: string[];
  programs: Program[];
  programs3d: Program[];
  programsGrid: Program[];
  surfaces: SurfaceCase[];
  hist: HistCase[];
  images: ImageCase[];
  scatters: { c: number[]; kwargs: Record<string, string | number>; colors: number[][] }[];
  imageLayouts: ImageLayoutCase[];
};

const mask = (text: string | null) => text && text.replace(/\b0x[0-9a-f]+/g, '0x…');
/** An RGB(A) in 0…1 as '#rrggbb', as the page writes colours. */
const hex = (rgba: readonly number[]) => '#' + rgba.slice(0, 3).map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('');

describe('pyplot against matplotlib 3.6 (golden)', () => {
  // 2-D programs, then those on mplot3d's 3-D axes
  it.each([...golden.programs.map((p) => ['', p] as const), ...golden.programs3d.map((p) => ['3-D: ', p] as const), ...golden.programsGrid.map((p) => ['grid: ', p] as const)].map(([kind, p]) => [`${kind}${p.source.split('\n').pop()!.slice(0, 60)}`, p] as const))('%s', (_last, program) => {
    const r = runProgram(`import matplotlib.pyplot as plt\nimport numpy as np\n${program.source}`);
    if (program.error) {
      expect(r.error).toMatchObject(program.error);
    } else if (program.shown?.startsWith('<Figure size') && !program.shown.includes(' 0 Axes')) {
      // A Figure with Axes as the last value is drawn, not printed (Jupyter shows its image; an
      // empty one has no image and shows its text).
      expect(r.error).toBeNull();
      expect(r.shown).toBeNull();
      expect(r.displays.some((d) => d.kind === 'figure')).toBe(true);
    } else {
      expect(r.error).toBeNull();
      expect(mask(r.shown)).toBe(program.shown);
    }
  });

  it.each(golden.surfaces.map((c) => [`${c.rows}x${c.cols} z=${c.z} ${JSON.stringify(c.kwargs)}`, c] as const))(
    "plot_surface's polygons and shading: %s",
    (_name, c) => {
      const options = Object.entries(c.kwargs).map(([key, value]) => `, ${key}=${typeof value === 'string' ? `'${value}'` : value === true ? 'True' : value === false ? 'False' : value}`).join('');
      const r = runProgram(`import matplotlib.pyplot as plt
import numpy as np
ax = plt.axes(projection='3d')
x = np.array([[j * 0.5 for j in range(${c.cols})] for i in range(${c.rows})])
y = np.array([[i * 0.25 for j in range(${c.cols})] for i in range(${c.rows})])
ax.plot_surface(x, y, ${c.z}${options})`);
      expect(r.error).toBeNull();
      const figure = r.displays.find((d) => d.kind === 'figure');
      if (figure?.kind !== 'figure') throw new Error('expected a figure');
      const [surface] = figure.figure.axes[0].three!.artists;
      if (surface.type !== 'surface') throw new Error('expected a surface');
      const polygons: number[][][] = [];
      let start = 0;
      for (const n of surface.sizes) {
        polygons.push(Array.from({ length: n }, (_, k) => surface.vertices.slice(3 * (start + k), 3 * (start + k) + 3)));
        start += n;
      }
      expect(polygons).toHaveLength(c.polygons.length);
      polygons.forEach((polygon, i) => polygon.forEach((vertex, k) => vertex.forEach((v, j) => expect(v).toBeCloseTo(c.polygons[i][k][j], 12))));
      // unshaded, matplotlib keeps one colour for all
      const expected = c.colors.length === 1 ? surface.sizes.map(() => c.colors[0]) : c.colors;
      expect(surface.colors.map((color) => hex(rgbOf(color)))).toEqual(expected.map(hex));
      expect(surface.alpha).toBe(c.colors[0][3]);
    },
  );

  const keywords = (kwargs: Record<string, string | number>) => Object.entries(kwargs).map(([key, value]) => `, ${key}=${typeof value === 'string' ? `'${value}'` : value}`).join('');

  it.each(golden.images.map((c) => [`${c.source.slice(0, 50)}… ${JSON.stringify(c.kwargs)}`, c] as const))("imshow's colours and limits as to_rgba and get_clim give them: %s", (_name, c) => {
    const r = runProgram(`import matplotlib.pyplot as plt\nimport numpy as np\nim = plt.imshow(${c.source}${keywords(c.kwargs)})\nim.get_clim()`);
    expect(r.error).toBeNull();
    const figure = r.displays.find((d) => d.kind === 'figure');
    if (figure?.kind !== 'figure') throw new Error('expected a figure');
    expect(Array.from(figure.figure.axes[0].images![0].rgba)).toEqual(c.rgba);
    // an RGB(A) image's limits are the data's, as matplotlib's (unused) Normalize keeps them
    expect(r.shown).toBe(c.clim);
  });

  it.each(golden.scatters.map((c) => [`${c.c.length} values ${JSON.stringify(c.kwargs)}`, c] as const))("scatter(c=values)'s colours as to_rgba gives them: %s", (_name, c) => {
    const n = c.c.length;
    const r = runProgram(`import matplotlib.pyplot as plt\nplt.scatter(list(range(${n})), list(range(${n})), c=[${c.c.join(', ')}]${keywords(c.kwargs)})`);
    expect(r.error).toBeNull();
    const figure = r.displays.find((d) => d.kind === 'figure');
    if (figure?.kind !== 'figure') throw new Error('expected a figure');
    const [series] = figure.figure.axes[0].series;
    expect(series.type === 'scatter' && series.colors).toEqual(c.colors.map(hex));
  });

  // matplotlib's inches of one axes on the default figure, and back to figure fractions (y from the bottom)
  const [figureWidth, figureHeight] = [6.4, 4.8];
  const outer = { x: 0.125 * figureWidth, y: (1 - 0.88) * figureHeight, width: 0.775 * figureWidth, height: 0.77 * figureHeight };
  const fractions = (box: Box) => [box.x / figureWidth, 1 - (box.y + box.height) / figureHeight, box.width / figureWidth, box.height / figureHeight];
  it.each(golden.imageLayouts.map((c) => [`${c.shape.join('×')}${c.colorbar ? ' with a colorbar' : ''}${c.vmin !== undefined ? ` from ${c.vmin} to ${c.vmax}` : ''}`, c] as const))(
    "an image's axes, colorbar and ticks where matplotlib draws them: %s",
    (_name, c) => {
      const [rows, cols] = c.shape;
      const spec = { xlim: [-0.5, cols - 0.5], ylim: [rows - 0.5, -0.5], aspect: 1, colorbar: c.colorbar ? {} : undefined } as unknown as AxesSpec;
      const boxes = imageBoxes(outer, spec);
      fractions(boxes.axes).forEach((v, i) => expect(v).toBeCloseTo(c.axes[i], 12));
      const inside = (ticks: AxisTicks, [low, high]: number[]) => ticks.ticks.filter((t) => t >= Math.min(low, high) && t <= Math.max(low, high));
      expect(inside(matplotlibTicks(spec.xlim![0], spec.xlim![1], tickSpace(boxes.axes.width, 'x')), spec.xlim!)).toEqual(c.xticks);
      expect(inside(matplotlibTicks(spec.ylim![0], spec.ylim![1], tickSpace(boxes.axes.height, 'y')), spec.ylim!)).toEqual(c.yticks);
      if (!c.colorbar) return expect(boxes.colorbar).toBeNull();
      fractions(boxes.colorbar!).forEach((v, i) => expect(v).toBeCloseTo(c.colorbarBox![i], 12));
      // the colorbar the kernel makes for this data: its range (widened when singular) and ticks
      const low = c.vmin ?? 0;
      const high = c.vmax ?? rows * cols - 1;
      const r = runProgram(`import matplotlib.pyplot as plt\nimport numpy as np\nplt.imshow(np.linspace(${low}, ${high}, ${rows * cols}).reshape(${rows}, ${cols}))\nplt.colorbar()`);
      const figure = r.displays.find((d) => d.kind === 'figure');
      if (figure?.kind !== 'figure') throw new Error('expected a figure');
      const colorbar = figure.figure.axes[0].colorbar!;
      expect([colorbar.vmin, colorbar.vmax]).toEqual(c.colorbarLimits);
      expect(inside(matplotlibTicks(colorbar.vmin, colorbar.vmax, tickSpace(boxes.colorbar!.height, 'y')), c.colorbarLimits!)).toEqual(c.colorbarTicks);
    },
  );

  it('has the default colour cycle', () => {
    expect(COLOR_CYCLE).toEqual(golden.cycle);
  });

  it.each(golden.hist.map((c) => [`${c.float32 ? 'float32 ' : ''}${c.data.length} values, bins=${JSON.stringify(c.bins)}${c.range ? ` range=${c.range}` : ''}`, c] as const))(
    'hist: %s',
    (_name, c) => {
      const result = histogram(c.data, c.bins, c.range ?? null, c.float32 ?? false);
      expect(result.counts).toEqual(c.counts);
      expect(result.edges).toEqual(c.edges);
    },
  );
});

/** A float32 tensor, through the toArray hook, as torch's tensors reach pyplot. */
class Float32Tensor extends HostObject {
  readonly typeName = 'Tensor';
  constructor(readonly values: number[]) {
    super();
  }
  override toArray(): ArrayData {
    return { data: Float32Array.from(this.values), shape: [this.values.length] };
  }
}

describe('pyplot grids and shapes (recorded figure)', () => {
  it("records a 4x2 grid of subplots drawn as the lecture draws them, each with its own series", async () => {
    const r = runProgram(`import matplotlib.pyplot as plt
fig, ax = plt.subplots(4, 2, figsize=(8, 8))
ax[0, 0].plot([1, 2, 3], [1, 4, 9], 'o', color='C0')
ax[0, 1].plot([1, 2, 3], [1, 4, 9], 'r--', lw=2, label='sq')
ax[0, 1].legend()
ax[1, 0].hist([1, 2, 2, 3, 3, 3], bins=3)
ax[1, 1].axhline(0.5, color='C1', ls='--')
ax[1, 1].axvline(2)
ax[2, 0].fill_between([0, 1, 2], [0, 1, 0], [0, 0.5, 1], alpha=0.3)
for a in ax.flat:
    a.grid()
ax[3, 1].set_title('last')
fig.suptitle('grid')
plt.tight_layout()`);
    expect(r.error).toBeNull();
    const [item] = r.displays;
    if (item.kind !== 'figure') throw new Error('expected a figure');
    const { figure } = item;
    expect(figure).toMatchObject({ rows: 4, cols: 2, figsize: [8, 8], suptitle: 'grid' });
    expect(figure.axes).toHaveLength(8);
    expect(figure.axes[0].series[0]).toMatchObject({ color: '#1f77b4', marker: 'o', linestyle: 'None' });
    expect(figure.axes[1].series[0]).toMatchObject({ color: '#ff0000', linestyle: '--', linewidth: 2, label: 'sq' });
    expect(figure.axes[2].shapes).toEqual([{ type: 'bars', edges: [1, 1 + 2 / 3, 1 + 4 / 3, 3], heights: [1, 2, 3], color: '#1f77b4', alpha: 1, label: null }]);
    expect(figure.axes[3].shapes?.map((s) => [s.type, s.color, 'linestyle' in s ? s.linestyle : null])).toEqual([['hline', '#ff7f0e', '--'], ['vline', '#1f77b4', '-']]);
    expect(figure.axes[4].shapes?.[0]).toMatchObject({ type: 'fill', y1: [0, 1, 0], y2: [0, 0.5, 1], alpha: 0.3, color: '#1f77b4' });
    expect(figure.axes.every((a) => a.grid)).toBe(true);
    expect(figure.axes[7].title).toBe('last');
  });

  it('hist takes colours from the line cycle (as matplotlib does), scatter and fill_between from the other', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
plt.plot([1, 2])
plt.hist([1, 2, 3])
plt.scatter([1], [1])
plt.fill_between([1, 2], [1, 2])
plt.plot([1, 2])`);
    const item = r.displays.find((d) => d.kind === 'figure')!;
    if (item.kind !== 'figure') throw new Error('expected a figure');
    const axes = item.figure.axes[0];
    expect(axes.series.map((s) => s.color)).toEqual(['#1f77b4', '#1f77b4', '#2ca02c']);
    expect(axes.shapes?.map((s) => s.color)).toEqual(['#ff7f0e', '#ff7f0e']);
  });

  it('plt.subplot places axes in their grid cells and plt.* draws on the current one', () => {
    const r = runProgram(`import matplotlib.pyplot as plt
plt.subplot(2, 2, 4)
plt.plot([1, 2])
plt.title('four')
plt.subplot(2, 2, 1)
plt.hist([1, 2])
plt.subplots(2, 3)[1]`);
    expect(r.error).toBeNull();
    const figures = r.displays.filter((d) => d.kind === 'figure');
    expect(figures).toHaveLength(2);
    const first = figures[0].kind === 'figure' ? figures[0].figure : null;
    expect(first?.axes.map((a) => [a.slot, a.title])).toEqual([[3, 'four'], [0, '']]);
    expect(first?.axes[1].shapes?.[0].type).toBe('bars');
  });

  it("bins a float32 tensor in float32 and shows matplotlib's float64 edges", () => {
    const data = [0.1, 0.5, 0.9, 1.3];
    const result = histogram(data, 10, null, true);
    const c = golden.hist.find((h) => h.float32 && h.data.length === 4)!;
    expect(result.edges).toEqual(c.edges);
    expect(new Float32Tensor(data).toArray().data).toBeInstanceOf(Float32Array);
  });

  it('raises NotImplementedError naming what matplotlib has and the page lacks', () => {
    const cases: [string, RegExp][] = [
      ['fig, ax = plt.subplots()\nax.bar([1], [2])', /matplotlib\.axes\.Axes\.bar.*아직 지원하지 않습니다/],
      ['fig, ax = plt.subplots()\nax.set_xticklabels(["a"])', /matplotlib\.axes\.Axes\.set_xticklabels/],
      ["ax = plt.axes(projection='3d')\nax.hist([1, 2])", /mpl_toolkits\.mplot3d\.axes3d\.Axes3D\.hist.*아직 지원하지 않습니다/],
      ["ax = plt.axes(projection='3d')\nax.plot_surface([[0, 1]], [[0, 0]], np.array([[1., 2]]), facecolors=[['r']])", /Axes3D\.plot_surface\(facecolors=\.\.\.\)/],
      ["plt.subplot(projection='polar')", /projection='polar'/],
      ["ax = plt.axes(projection='3d')\nax.contour([[1]], [[1]], [[1]])", /^mpl_toolkits\.mplot3d\.axes3d\.Axes3D\.contour는 아직 지원하지 않습니다/],
      ["ax = plt.axes(projection='3d')\nax.plot_surface(np.zeros((2, 2)), np.zeros((2, 2)), np.zeros((2, 2))).set_facecolor('r')", /^mpl_toolkits\.mplot3d\.art3d\.Poly3DCollection\.set_facecolor는/],
      ['from mpl_toolkits.mplot3d import art3d', /mpl_toolkits\.mplot3d\.art3d/],
      ['fig, ax = plt.subplots()\nfig.savefig("a.png")', /matplotlib\.figure\.Figure\.savefig/],
      ["plt.imshow([[1]], cmap='tab10')", /^matplotlib의 'tab10' 컬러맵은 아직 지원하지 않습니다/],
      ["ax = plt.axes(projection='3d')\nax.plot_surface(np.zeros((2, 2)), np.zeros((2, 2)), np.zeros((2, 2)), cmap='viridis')\nplt.colorbar()", /plot_surface\(cmap=\.\.\.\)에 붙이는 colorbar/],
      ["plt.imshow([[1.]], interpolation='bicubic')", /imshow\(interpolation='bicubic'\)/],
      ["ax = plt.axes(projection='3d')\nax.imshow([[1]])", /Axes3D\.imshow/],
      ['plt.imshow([[1]])\nplt.colorbar(shrink=0.5)', /colorbar\(shrink=\.\.\.\)/],
      ['plt.imshow([[1]]).get_array()', /^matplotlib\.image\.AxesImage\.get_array는/],
      ['plt.imshow([[1]])\nplt.colorbar().add_lines', /^matplotlib\.colorbar\.Colorbar\.add_lines는/],
      ['plt.hist([1, 2], cumulative=True)', /hist\(cumulative=\.\.\.\)/],
      ['plt.subplot(2, 1, 1)\nplt.subplot(2, 2, 3)', /2x2 grid in a figure that has a 2x1 grid/],
    ];
    for (const [source, message] of cases) {
      const r = runProgram(`import matplotlib.pyplot as plt\nimport numpy as np\n${source}`);
      expect(r.error?.type, source).toBe('NotImplementedError');
      expect(r.error?.message, source).toMatch(message);
    }
    expect(runProgram('import matplotlib.pyplot as plt\nplt.imshow([[1]]).no_such_thing').error).toMatchObject({
      type: 'AttributeError',
      message: "'AxesImage' object has no attribute 'no_such_thing'",
    });
    expect(runProgram('import matplotlib.pyplot as plt\nfig, ax = plt.subplots()\nax.no_such_thing').error).toMatchObject({
      type: 'AttributeError',
      message: "'AxesSubplot' object has no attribute 'no_such_thing'",
    });
  });
});
