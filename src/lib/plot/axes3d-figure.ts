// A 3-D axes (display.ts's Axes3DSpec) drawn as mplot3d 3.6 draws it, as a list of SVG marks:
// the three back panes (axis3d.draw_pane), each axis's line, label, grid lines and ticks
// (axis3d.Axis.draw, with its offsets in multiples of the data range), then the artists — Line3D
// first (zorder 2), then the collections ordered by their nearest depth, farthest first, as
// Axes3D.draw's computed_zorder does; a surface's polygons sorted by their mean depth
// (Poly3DCollection's painter's algorithm) and a scatter's points by depth, the farther ones
// fainter (depthshade). Angles can be given apart from the spec: the reader turning the figure.
// The box is matplotlib's: a square in the subplot's area, onto which the projection's fixed 2-D
// view [-0.095, 0.09]² maps. Text keeps its CSS size (the figure's stylesheet), as in 2-D.
import type { Artist3D, AxesSpec, Line3DSeries, Scatter3DSeries, SurfaceSeries, WireframeSeries } from '../python/objects/display';
import { VIEW_2D, normAngle, projectPoints, projectionMatrix, type Limits3D, type View3D } from './projection3d';
import { round1 } from './svg';
import { matplotlibTicks, scalarFormatter } from './mpl-ticks';
import { dashArray, drawsNoLine, markerMark, marksToSvg, type Mark } from './svg-marks';

/** The SVG cell a 3-D axes is drawn in: its size in user units (≈ CSS px) and the px per typographic point. */
interface Frame3D {
  width: number;
  height: number;
  pxPerPt: number;
  /** How many tick labels matplotlib finds room for along an axis of the figure's square 3-D axes. */
  tickRoom: number;
}

/** The camera of the spec (as the code set it). */
export function viewOf(axes: AxesSpec): View3D {
  const { elev, azim, roll } = axes.three!;
  return { elev, azim, roll };
}

/** The limits the axes shows: those the code set, else the autoscaled ones. */
function limitsOf(axes: AxesSpec): Limits3D {
  const three = axes.three!;
  return [axes.xlim ?? three.autoLimits[0], axes.ylim ?? three.autoLimits[1], three.zlim ?? three.autoLimits[2]];
}

/** Tick text's CSS size (the figure stylesheet's), for how many ticks fit along an axis. */
const TICK_TEXT_PX = 14;

/** The square axes box: matplotlib's subplot area (figure.subplot.* of a figure) made square and centred. */
export function boxOf(frame: Frame3D): { left: number; top: number; side: number } {
  const side = Math.min(0.775 * frame.width, 0.77 * frame.height);
  return { left: 0.5125 * frame.width - side / 2, top: 0.505 * frame.height - side / 2, side };
}

// mplot3d's unit cube corners and the two planes per axis (axis3d.Axis._PLANES)
const PLANES = [[0, 3, 7, 4], [1, 2, 6, 5], [0, 1, 5, 4], [3, 2, 6, 7], [0, 1, 2, 3], [4, 5, 6, 7]] as const;
/** Each axis's pane colour (RGB, alpha 0.5), the order its edge points are moved in, and its ticks' direction. */
const AXES_INFO = [
  { pane: 'rgb(242,242,242)', juggled: [1, 0, 2], tickdir: 1 },
  { pane: 'rgb(230,230,230)', juggled: [0, 1, 2], tickdir: 0 },
  { pane: 'rgb(236,236,236)', juggled: [0, 2, 1], tickdir: 0 },
] as const;

type Vec3 = [number, number, number];

/**
 * Marks of one part of the picture: the axes' frame, one artist (keyed by its place in the
 * axes' artists, so an animation's frames keep each artist's layer), or the title.
 */
export interface Layer {
  key: string;
  marks: Mark[];
  /** A surface drawn for a canvas instead of as marks (drawAxes3D's `raster` option). */
  raster?: SurfaceRaster;
}

/** Layers as SVG groups, in paint order (a rasterised surface's group stays empty for the page to paint). */
export const layersToSvg = (layers: readonly Layer[]): string => layers.map((layer) => `<g data-layer="${layer.key}">${marksToSvg(layer.marks)}</g>`).join('');

/** Draws one 3-D axes: its layers in paint order (with `raster`, surfaces as polygons for a canvas). */
export function drawAxes3D(axes: AxesSpec, frame: Frame3D, view: View3D = viewOf(axes), options: { raster?: boolean } = {}): Layer[] {
  const limits = limitsOf(axes);
  const m = projectionMatrix(limits, view);
  const box = boxOf(frame);
  const [v0, v1] = VIEW_2D;
  const toX = (px: number) => round1(box.left + ((px - v0) / (v1 - v0)) * box.side);
  const toY = (py: number) => round1(box.top + box.side - ((py - v0) / (v1 - v0)) * box.side);
  const at = (p: readonly number[]): [number, number, number] => {
    const [x, y, z] = projectPoints(m, p);
    return [toX(x), toY(y), z];
  };
  const frameMarks: Mark[] = [];
  drawAxisFrame(frameMarks, axes, frame, box.side, at);
  const layers: Layer[] = [{ key: 'frame', marks: frameMarks }];
  const three = axes.three!;
  three.artists.forEach((artist, index) => {
    if (artist.type !== 'line3d') return;
    const marks: Mark[] = [];
    drawLine(marks, artist, frame, m, toX, toY);
    layers.push({ key: `a${index}`, marks });
  });
  // collections by their nearest point's depth, farthest first (a stable sort keeps call order on ties)
  const collections = three.artists
    .map((artist, index) => ({ artist, index }))
    .filter((c): c is { artist: Exclude<Artist3D, Line3DSeries>; index: number } => c.artist.type !== 'line3d')
    .map((c) => ({ ...c, projected: projectPoints(m, coordinatesOf(c.artist)) }))
    .map((c) => ({ ...c, depth: nearestDepth(c.projected) }))
    .sort((a, b) => b.depth - a.depth);
  for (const { artist, index, projected } of collections) {
    const marks: Mark[] = [];
    if (artist.type === 'surface') {
      const raster = surfaceRaster(artist, frame, projected, toX, toY);
      if (options.raster) {
        layers.push({ key: `a${index}`, marks, raster });
        continue;
      }
      surfaceMarks(marks, raster);
    } else if (artist.type === 'scatter3d') drawScatter(marks, artist, frame, projected, toX, toY);
    else drawWireframe(marks, artist, frame, projected, toX, toY);
    layers.push({ key: `a${index}`, marks });
  }
  const titleMarks: Mark[] = [];
  if (axes.title) {
    // Axes3D.set_title asks for 0.92 of the axes' height, but matplotlib lifts a title above the
    // axis decorations that reach higher, which puts it at the top of the box, 6 points above
    titleMarks.push({ tag: 'text', attrs: { class: 'mpl-title', x: round1(box.left + box.side / 2), y: round1(box.top - 6 * frame.pxPerPt), 'text-anchor': 'middle' }, text: axes.title });
  }
  layers.push({ key: 'title', marks: titleMarks });
  return layers;
}

/** An artist's points, x y z interleaved. */
function coordinatesOf(artist: Exclude<Artist3D, Line3DSeries>): ArrayLike<number> {
  if (artist.type === 'surface' || artist.type === 'wireframe') return artist.vertices;
  const out = new Float64Array(3 * artist.x.length);
  for (let i = 0; i < artist.x.length; i++) {
    out[3 * i] = artist.x[i];
    out[3 * i + 1] = artist.y[i];
    out[3 * i + 2] = artist.z[i];
  }
  return out;
}

function nearestDepth(projected: Float64Array): number {
  let nearest = Infinity;
  for (let i = 2; i < projected.length; i += 3) if (projected[i] < nearest) nearest = projected[i];
  return Number.isFinite(nearest) ? nearest : -Infinity;
}

/** Panes, then for x, y and z: the axis line, its label, the grid lines and the ticks (axis3d.Axis.draw_pane and draw). */
function drawAxisFrame(marks: Mark[], axes: AxesSpec, frame: Frame3D, side: number, at: (p: readonly number[]) => [number, number, number]): void {
  const limits = limitsOf(axes);
  const lows = limits.map(([a, b]) => Math.min(a, b));
  const highsOf = limits.map(([a, b]) => Math.max(a, b));
  const centers = lows.map((low, i) => 0.5 * (low + highsOf[i]));
  const deltas = lows.map((low, i) => (highsOf[i] - low) / 12);
  const mins = lows.map((low, i) => low - 0.25 * deltas[i]);
  const maxs = highsOf.map((high, i) => high + 0.25 * deltas[i]);
  const corners: Vec3[] = [
    [mins[0], mins[1], mins[2]], [maxs[0], mins[1], mins[2]], [maxs[0], maxs[1], mins[2]], [mins[0], maxs[1], mins[2]],
    [mins[0], mins[1], maxs[2]], [maxs[0], mins[1], maxs[2]], [maxs[0], maxs[1], maxs[2]], [mins[0], maxs[1], maxs[2]],
  ];
  const projected = corners.map(at);
  const meanDepth = (plane: readonly number[]) => plane.reduce((s, p) => s + projected[p][2], 0) / plane.length;
  // which of each axis's two planes is farther away
  const highs = [0, 1, 2].map((i) => meanDepth(PLANES[2 * i]) < meanDepth(PLANES[2 * i + 1]));
  for (let i = 0; i < 3; i++) {
    const plane = PLANES[highs[i] ? 2 * i + 1 : 2 * i];
    const points = plane.map((p) => `${projected[p][0]},${projected[p][1]}`).join(' ');
    marks.push({ tag: 'polygon', attrs: { class: 'mpl-pane', points, fill: AXES_INFO[i].pane, stroke: AXES_INFO[i].pane } });
  }
  const minmax = [0, 1, 2].map((i) => (highs[i] ? maxs[i] : mins[i]));
  const maxmin = [0, 1, 2].map((i) => (highs[i] ? mins[i] : maxs[i]));
  const pt = frame.pxPerPt;
  // label offsets are given in points relative to the axes' size (axis3d: 48 / the axes' width + height in points)
  const deltasPerPoint = 48 / ((2 * side) / pt);
  // matplotlib's room for labels, and no more than fit the box as drawn (a phone's is smaller)
  const room = Math.min(frame.tickRoom, Math.floor(side / (3 * TICK_TEXT_PX)));
  const labels = [axes.xlabel, axes.ylabel, axes.three!.zlabel];
  const given = [axes.xticks, axes.yticks, axes.three!.zticks];
  const moveFromCenter = (p: number[], amounts: readonly number[], index: number) =>
    p.map((v, k) => (k === index ? v : v + Math.sign(v - centers[k] || 1) * amounts[k]));
  for (let index = 0; index < 3; index++) {
    const { juggled, tickdir } = AXES_INFO[index];
    const edge1 = [...minmax];
    edge1[juggled[0]] = maxmin[juggled[0]];
    const edge2 = [...edge1];
    edge2[juggled[1]] = maxmin[juggled[1]];
    const [x1, y1] = at(edge1);
    const [x2, y2] = at(edge2);
    marks.push({ tag: 'line', attrs: { class: 'mpl-axis3d', x1, y1, x2, y2, 'stroke-width': round1(0.8 * pt) } });
    if (labels[index]) {
      const labelDeltas = deltas.map((d) => (4 + 21) * deltasPerPoint * d);
      const [lx, ly] = at(moveFromCenter(edge1.map((v, k) => 0.5 * (v + edge2[k])), labelDeltas, index));
      // a label longer than 4 characters turns with its axis (get_rotate_label), kept readable
      let angle = 0;
      if (labels[index].length > 4) {
        const a = (Math.atan2(-(y2 - y1), x2 - x1) * 180) / Math.PI;
        const upright = (((a + 180) % 180) + 180) % 180;
        angle = upright > 90 ? upright - 180 : upright;
      }
      marks.push({
        tag: 'text',
        attrs: { class: 'mpl-label', x: lx, y: ly, dy: '0.32em', 'text-anchor': 'middle', ...(angle ? { transform: `rotate(${round1(-angle)} ${lx} ${ly})` } : {}) },
        text: labels[index],
      });
    }
    const fixed = given[index];
    const located = fixed ? scalarFormatter(fixed, lows[index], highsOf[index]) : matplotlibTicks(lows[index], highsOf[index], room);
    const inside = located.ticks.map((tick, k) => ({ tick, label: located.labels[k] })).filter(({ tick }) => tick >= lows[index] && tick <= highsOf[index]);
    const ticks = inside.map(({ tick }) => tick);
    if (axes.grid && ticks.length > 0) {
      const across = [(index + 1) % 3, (index + 2) % 3];
      const d = ticks.map((t) => {
        const p1 = [...minmax];
        p1[index] = t;
        const p0 = [...p1];
        p0[across[0]] = maxmin[across[0]];
        const p2 = [...p1];
        p2[across[1]] = maxmin[across[1]];
        return `M${[p0, p1, p2].map((p) => at(p).slice(0, 2).join(' ')).join('L')}`;
      });
      marks.push({ tag: 'path', attrs: { class: 'mpl-grid3d', d: d.join(''), 'stroke-width': round1(0.8 * pt) } });
    }
    const tickDelta = highs[tickdir] ? deltas[tickdir] : -deltas[tickdir];
    const out = edge1[tickdir] + 0.1 * tickDelta;
    const inward = edge1[tickdir] - 0.2 * tickDelta;
    const labelDeltas = deltas.map((d) => (3.5 + 8) * deltasPerPoint * d);
    ticks.forEach((t, k) => {
      const p = [...edge1];
      p[index] = t;
      p[tickdir] = out;
      const [ax, ay] = at(p);
      p[tickdir] = inward;
      const [bx, by] = at(p);
      marks.push({ tag: 'line', attrs: { class: 'mpl-axis3d', x1: ax, y1: ay, x2: bx, y2: by, 'stroke-width': round1(0.8 * pt) } });
      p[tickdir] = edge1[tickdir];
      const [lx, ly] = at(moveFromCenter(p, labelDeltas, index));
      // an XTick's label hangs from its position (va='top'), centred on it
      marks.push({ tag: 'text', attrs: { class: 'mpl-tick3d', x: lx, y: ly, dy: '0.71em', 'text-anchor': 'middle' }, text: inside[k].label });
    });
    if (located.offset && ticks.length > 0) {
      // the offset or power of ten ScalarFormatter took out of the labels, beyond the axis' far end
      const p = [...edge2];
      const [ox, oy] = at(moveFromCenter(p, deltas.map((d) => (3.5 + 8) * deltasPerPoint * d), index));
      marks.push({ tag: 'text', attrs: { class: 'mpl-tick3d', x: ox, y: oy, dy: '0.71em', 'text-anchor': 'middle' }, text: located.offset });
    }
  }
}

type ToPx = (v: number) => number;

/**
 * A surface's polygons in paint order, in the cell's units: for painting on a canvas, which the
 * page does while the reader turns a surface (thousands of SVG paths re-laid out per pointer move
 * are a long task; one canvas is not).
 */
export interface SurfaceRaster {
  /** x, y of every vertex, polygon after polygon, farthest polygon first. */
  xy: Float64Array;
  sizes: Int32Array;
  colors: string[];
  alpha: number;
  /** The outline's colour per polygon (its own where edgecolor is 'face' or, opaque, to hide seams), or null. */
  strokes: (string | null)[];
  strokeWidth: number;
}

/** Poly3DCollection's painter's algorithm: each polygon by its mean depth, farthest first, in its shaded colour. */
function surfaceRaster(surface: SurfaceSeries, frame: Frame3D, projected: Float64Array, toX: ToPx, toY: ToPx): SurfaceRaster {
  const count = surface.sizes.length;
  const starts = new Int32Array(count);
  const depth = new Float64Array(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    starts[i] = start;
    let sum = 0;
    for (let k = 0; k < surface.sizes[i]; k++) sum += projected[3 * (start + k) + 2];
    depth[i] = sum / surface.sizes[i];
    start += surface.sizes[i];
  }
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => depth[b] - depth[a]);
  const xy = new Float64Array((2 * start));
  const sizes = new Int32Array(count);
  const colors: string[] = [];
  const strokes: (string | null)[] = [];
  let at = 0;
  order.forEach((i, n) => {
    sizes[n] = surface.sizes[i];
    for (let k = 0; k < surface.sizes[i]; k++) {
      const v = 3 * (starts[i] + k);
      xy[at++] = toX(projected[v]);
      xy[at++] = toY(projected[v + 1]);
    }
    const fill = surface.colors[i];
    colors.push(fill);
    // an opaque surface's own colour along its edges hides the hairline seams antialiasing leaves between faces
    strokes.push(surface.edgecolor === undefined ? (surface.alpha === 1 ? fill : null) : surface.edgecolor === 'face' ? fill : surface.edgecolor);
  });
  const strokeWidth = surface.edgecolor === undefined ? 0.5 : round1((surface.linewidth ?? 1) * frame.pxPerPt);
  return { xy, sizes, colors, alpha: surface.alpha, strokes, strokeWidth };
}

/** The surface's polygons as SVG paths. */
function surfaceMarks(marks: Mark[], raster: SurfaceRaster): void {
  let at = 0;
  raster.colors.forEach((fill, n) => {
    let d = '';
    for (let k = 0; k < raster.sizes[n]; k++, at += 2) d += `${k === 0 ? 'M' : 'L'}${raster.xy[at]} ${raster.xy[at + 1]}`;
    const attrs: Mark['attrs'] = { d: `${d}Z`, fill };
    if (raster.alpha !== 1) attrs['fill-opacity'] = raster.alpha;
    const stroke = raster.strokes[n];
    if (stroke !== null) {
      attrs.stroke = stroke;
      attrs['stroke-width'] = raster.strokeWidth;
      if (raster.alpha !== 1) attrs['stroke-opacity'] = raster.alpha;
    }
    marks.push({ tag: 'path', attrs });
  });
}

/** Path3DCollection: points by depth, farthest first; with depthshade the farthest at 30 % of the alpha (art3d._zalpha). */
function drawScatter(marks: Mark[], scatter: Scatter3DSeries, frame: Frame3D, projected: Float64Array, toX: ToPx, toY: ToPx): void {
  const n = scatter.x.length;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < n; i++) {
    const z = projected[3 * i + 2];
    if (z < low) low = z;
    if (z > high) high = z;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => projected[3 * b + 2] - projected[3 * a + 2]);
  const radius = (Math.sqrt(scatter.size) / 2) * frame.pxPerPt;
  for (const i of order) {
    const [x, y] = [projected[3 * i], projected[3 * i + 1]];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const shade = scatter.depthshade && high > low ? 1 - ((projected[3 * i + 2] - low) / (high - low)) * 0.7 : 1;
    const mark = markerMark(scatter.marker, toX(x), toY(y), radius);
    const alpha = round1(scatter.alpha * shade * 100) / 100;
    Object.assign(mark.attrs, { fill: scatter.color, stroke: scatter.color, 'fill-opacity': alpha, 'stroke-opacity': alpha });
    marks.push(mark);
  }
}

/** Line3DCollection: all lines in one path. */
function drawWireframe(marks: Mark[], wireframe: WireframeSeries, frame: Frame3D, projected: Float64Array, toX: ToPx, toY: ToPx): void {
  let d = '';
  let start = 0;
  for (const n of wireframe.sizes) {
    for (let k = 0; k < n; k++) d += `${k === 0 ? 'M' : 'L'}${toX(projected[3 * (start + k)])} ${toY(projected[3 * (start + k) + 1])}`;
    start += n;
  }
  marks.push({ tag: 'path', attrs: { d, fill: 'none', stroke: wireframe.color, 'stroke-width': round1(wireframe.linewidth * frame.pxPerPt), 'stroke-opacity': wireframe.alpha } });
}

/** Line3D: the projected line and its markers. */
function drawLine(marks: Mark[], line: Line3DSeries, frame: Frame3D, m: readonly number[], toX: ToPx, toY: ToPx): void {
  const n = Math.min(line.x.length, line.y.length, line.z.length);
  const xyz = new Float64Array(3 * n);
  for (let i = 0; i < n; i++) [xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]] = [line.x[i], line.y[i], line.z[i]];
  const projected = projectPoints(m, xyz);
  const points: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const [x, y] = [projected[3 * i], projected[3 * i + 1]];
    points.push(Number.isFinite(x) && Number.isFinite(y) ? [toX(x), toY(y)] : [NaN, NaN]);
  }
  const width = line.linewidth * frame.pxPerPt;
  if (!drawsNoLine(line.linestyle)) {
    let d = '';
    let pen = false;
    for (const [x, y] of points) {
      if (Number.isNaN(x)) {
        pen = false;
        continue;
      }
      d += `${pen ? 'L' : 'M'}${x} ${y}`;
      pen = true;
    }
    const attrs: Mark['attrs'] = { d, fill: 'none', stroke: line.color, 'stroke-width': round1(width), 'stroke-opacity': line.alpha, 'stroke-linejoin': 'round' };
    const dash = dashArray(line.linestyle, width);
    if (dash) attrs['stroke-dasharray'] = dash;
    marks.push({ tag: 'path', attrs });
  }
  if (line.marker) {
    for (const [x, y] of points) {
      if (Number.isNaN(x)) continue;
      const mark = markerMark(line.marker, x, y, (line.markersize / 2) * frame.pxPerPt);
      Object.assign(mark.attrs, { fill: line.color, stroke: line.color, 'fill-opacity': line.alpha });
      marks.push(mark);
    }
  }
}

/** A camera angle as the page says it: whole degrees in (-180, 180], with a true minus sign. */
export const degrees = (a: number) => `${Math.round(normAngle(a))}°`.replace('-', '−');

/** What a screen reader hears for one 3-D axes: its axes, its view, and what is drawn. */
export function describeAxes3D(axes: AxesSpec, view: View3D = viewOf(axes)): string {
  const three = axes.three!;
  const artists = three.artists.map((artist) => {
    const label = artist.label && !artist.label.startsWith('_') ? ` (${artist.label})` : '';
    switch (artist.type) {
      case 'surface': return `곡면 ${artist.rows}×${artist.cols} 격자${artist.cmap ? `, 컬러맵 ${artist.cmap}` : ''}${label}`;
      case 'wireframe': return `와이어프레임 ${artist.sizes.length}개 선${label}`;
      case 'scatter3d': return `3차원 산점도 ${artist.x.length}개 점${label}`;
      default: return `3차원 선 ${artist.x.length}개 점${label}`;
    }
  });
  // an animation that adds a point per frame says so once: "3차원 산점도 1개 점 (51번)"
  const runs: string[] = [];
  for (let i = 0; i < artists.length; ) {
    let j = i;
    while (j < artists.length && artists[j] === artists[i]) j++;
    runs.push(j - i > 1 ? `${artists[i]} (${j - i}번)` : artists[i]);
    i = j;
  }
  return [
    `3차원 그래프 (방위각 ${degrees(view.azim)}, 고도 ${degrees(view.elev)})`,
    axes.title ? `제목 ${axes.title}` : '',
    axes.xlabel ? `x축 ${axes.xlabel}` : '',
    axes.ylabel ? `y축 ${axes.ylabel}` : '',
    three.zlabel ? `z축 ${three.zlabel}` : '',
    ...runs,
  ].filter(Boolean).join(', ');
}
