// A matplotlib figure in the page (a cell's figure, or the frame an animation player shows),
// drawn by src/lib/plot/matplotlib-figure.ts. A 3-D axes in it turns when the reader drags it
// (mouse, pen, or a sideways touch drag; a vertical one scrolls the page) or presses the arrow
// keys on it (Home: back to the figure's own view), re-projected here without running the cell
// again, as matplotlib's interactive backends turn one. The turned view stays for the next frames
// of an animation. Nothing moves by itself (no inertia, no auto-spin), so reduced motion asks
// nothing more. Drawing a frame brings the existing SVG up to date in place — 2-D axes as
// parts, a 3-D axes mark by mark, attributes that did not change left alone — and a surface's
// polygons are painted on a canvas inside its SVG layer, so a 50 × 50 surface turns at pointer
// speed without a long task (as SVG paths, the browser's style and layout of ~2500 elements per
// move were one).
import { boxOf, degrees, describeAxes3D, drawAxes3D, viewOf, type Layer, type SurfaceRaster } from '../../lib/plot/axes3d-figure';
import { clipAttributes, describeFigure, figureLayout, frame3d, renderAxesParts, renderMatplotlibFigure, type Axes2DParts, type FigureLayout } from '../../lib/plot/matplotlib-figure';
import { dragView, keyView, type View3D } from '../../lib/plot/projection3d';
import type { Mark } from '../../lib/plot/svg-marks';
import type { AxesSpec, FigureSpec } from '../../lib/python/objects/display';
import { element } from '../ui';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The mark each element was last drawn from, so only what changed is written. */
const drawnMarks = new WeakMap<Element, Mark>();

function createMark(mark: Mark): SVGElement {
  const el = document.createElementNS(SVG_NS, mark.tag);
  for (const name in mark.attrs) el.setAttribute(name, String(mark.attrs[name]));
  if (mark.text !== undefined) el.textContent = mark.text;
  drawnMarks.set(el, mark);
  return el;
}

/** Brings a group's children up to date with `marks`, element by element. */
function patchMarks(group: Element, marks: readonly Mark[]): void {
  const children = group.children;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i];
    const el = children[i] as SVGElement | undefined;
    if (!el || el.tagName !== mark.tag) {
      const fresh = createMark(mark);
      if (el) group.replaceChild(fresh, el);
      else group.appendChild(fresh);
      continue;
    }
    const last = drawnMarks.get(el);
    for (const name in mark.attrs) {
      const value = String(mark.attrs[name]);
      if (!last || String(last.attrs[name]) !== value) el.setAttribute(name, value);
    }
    // attributes the mark no longer has (drawn from markup the first time: whatever the element has)
    const had = last ? Object.keys(last.attrs) : [...el.attributes].map((attr) => attr.name);
    for (const name of had) if (!(name in mark.attrs)) el.removeAttribute(name);
    if (mark.text !== undefined && last?.text !== mark.text) el.textContent = mark.text;
    drawnMarks.set(el, mark);
  }
  while (children.length > marks.length) group.lastElementChild!.remove();
}

/**
 * Paints a surface on a canvas in its layer's group (a foreignObject over the whole cell), at the
 * SVG's on-screen scale times the device pixel ratio.
 */
function paintRaster(group: Element, raster: SurfaceRaster, layout: FigureLayout, pixelScale: number): void {
  let holder = group.firstElementChild;
  if (!holder || holder.tagName !== 'foreignObject' || group.children.length !== 1) {
    holder = document.createElementNS(SVG_NS, 'foreignObject');
    for (const [name, value] of [['x', 0], ['y', 0], ['width', layout.cell], ['height', layout.height]] as const) holder.setAttribute(name, String(value));
    holder.append(element('canvas', { class: 'mpl-raster' }));
    group.replaceChildren(holder);
  }
  const canvas = holder.firstElementChild as HTMLCanvasElement;
  const scale = pixelScale;
  const [w, h] = [Math.round(layout.cell * scale), Math.round(layout.height * scale)];
  if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.globalAlpha = raster.alpha;
  ctx.lineJoin = 'round';
  ctx.lineWidth = raster.strokeWidth;
  let at = 0;
  raster.colors.forEach((fill, n) => {
    ctx.beginPath();
    for (let k = 0; k < raster.sizes[n]; k++, at += 2) {
      if (k === 0) ctx.moveTo(raster.xy[at], raster.xy[at + 1]);
      else ctx.lineTo(raster.xy[at], raster.xy[at + 1]);
    }
    ctx.closePath();
    ctx.fillStyle = fill;
    ctx.fill();
    const stroke = raster.strokes[n];
    if (stroke !== null) {
      ctx.strokeStyle = stroke;
      ctx.stroke();
    }
  });
}

/** The markup each part of a 2-D axes was last given. */
const drawnMarkup = new WeakMap<Element, string>();

function setMarkup(el: Element, html: string): void {
  if (drawnMarkup.get(el) === html) return;
  el.innerHTML = html;
  drawnMarkup.set(el, html);
}

/** Notes what each part of a 2-D axes drawn from markup holds, so the next frame compares with it. */
function seedParts(svg: Element, parts: Axes2DParts): void {
  const back = svg.querySelector(':scope > [data-part="back"]');
  const front = svg.querySelector(':scope > [data-part="front"]');
  if (back) drawnMarkup.set(back, parts.back);
  if (front) drawnMarkup.set(front, parts.front);
  const items = svg.querySelector(':scope > .mpl-data')?.children ?? [];
  parts.items.forEach((html, i) => items[i] && drawnMarkup.set(items[i], html));
}

/**
 * Brings a 2-D axes' SVG up to date part by part: only what changed since the last frame is
 * parsed again (an animated line and title over a still scatter of 2000 points: the line and title).
 */
function patchParts(svg: Element, parts: Axes2DParts): void {
  const back = svg.querySelector(':scope > [data-part="back"]');
  const front = svg.querySelector(':scope > [data-part="front"]');
  const data = svg.querySelector(':scope > .mpl-data');
  if (!back || !front || !data) return;
  setMarkup(back, parts.back);
  setMarkup(front, parts.front);
  for (const [name, value] of Object.entries(clipAttributes(parts.clip))) data.setAttribute(name, String(value));
  parts.items.forEach((html, i) => {
    let item = data.children[i];
    if (!item) data.append((item = document.createElementNS(SVG_NS, 'g')));
    setMarkup(item, html);
  });
  while (data.children.length > parts.items.length) data.lastElementChild!.remove();
}

/** Brings an axes' SVG up to date with its layers: each layer's group patched, the groups put in paint order. */
function patchLayers(svg: SVGSVGElement, layers: readonly Layer[], layout: FigureLayout, pixelScale: number): void {
  const groups = new Map<string, Element>();
  for (const child of [...svg.children]) groups.set(child.getAttribute('data-layer') ?? '', child);
  let previous: Element | null = null;
  for (const layer of layers) {
    let group = groups.get(layer.key);
    groups.delete(layer.key);
    if (!group) {
      group = document.createElementNS(SVG_NS, 'g');
      group.setAttribute('data-layer', layer.key);
    }
    if (layer.raster) paintRaster(group, layer.raster, layout, pixelScale);
    else patchMarks(group, layer.marks);
    const expected: Element | null = previous ? previous.nextElementSibling : svg.firstElementChild;
    if (expected !== group) svg.insertBefore(group, expected);
    previous = group;
  }
  for (const stale of groups.values()) stale.remove();
}

export class FigureView {
  private figure: FigureSpec | null = null;
  private layout: FigureLayout | null = null;
  /** What each axes cell was last drawn from. */
  private drawn: AxesSpec[] = [];
  /** The views the reader turned 3-D axes to, by axes index. */
  private readonly views = new Map<number, View3D>();
  private readonly pending = new Set<number>();
  private frame = 0;
  private pixelScale: number | null = null;
  /** The turned view's angles, for screen readers (global.css's visually-hidden). */
  private readonly status = element('p', { class: 'visually-hidden', 'aria-live': 'polite' });

  constructor(private readonly holder: HTMLElement) {}

  /** Draws a figure (the first, or an animation's next frame, redrawn in place when its layout is the same). */
  show(figure: FigureSpec): void {
    const layout = figureLayout(figure, this.holder.clientWidth || 640);
    const same = this.figure && this.layout && sameLayout(this.layout, layout) && sameAxes(this.figure, figure);
    this.figure = figure;
    this.layout = layout;
    if (!same) {
      this.pixelScale = null;
      this.holder.innerHTML = renderMatplotlibFigure(this.withViews(figure), layout.width, { rasterSurfaces: true });
      this.drawn = [...figure.axes];
      // the parts' markup again (the series' from cache) to compare the next frame with
      figure.axes.forEach((axes, index) => {
        const cell = this.cellOf(index);
        if (!axes.three && cell) seedParts(cell, renderAxesParts(figure, index, layout));
      });
      this.hydrate();
      return;
    }
    const paper = this.holder.querySelector('.mpl-paper');
    paper?.setAttribute('aria-label', describeFigure(this.withViews(figure)));
    const suptitle = paper?.querySelector('.mpl-suptitle');
    if (suptitle) suptitle.textContent = figure.suptitle;
    figure.axes.forEach((axes, index) => {
      if (this.drawn[index] === axes) return;
      this.drawn[index] = axes;
      if (axes.three) return this.redraw3d(index);
      const svg = this.cellOf(index);
      if (svg) patchParts(svg, renderAxesParts(figure, index, layout));
    });
  }

  private cellOf(index: number): Element | null {
    const grid = this.holder.querySelector('.mpl-grid');
    return grid ? (grid.children[index] ?? null) : null;
  }

  /** The figure with the reader's views in place of the code's. */
  private withViews(figure: FigureSpec): FigureSpec {
    if (this.views.size === 0) return figure;
    return {
      ...figure,
      axes: figure.axes.map((axes, index) => {
        const view = this.views.get(index);
        return view && axes.three ? { ...axes, three: { ...axes.three, ...view } } : axes;
      }),
    };
  }

  private viewAt(index: number): View3D {
    return this.views.get(index) ?? viewOf(this.figure!.axes[index]);
  }

  private redraw3d(index: number): void {
    const axes = this.figure!.axes[index];
    const cell = this.cellOf(index);
    const svg = cell?.querySelector('svg');
    if (!cell || !svg) return;
    const layout = this.layout!;
    const view = this.viewAt(index);
    // canvas pixels per SVG unit: the SVG's on-screen scale (read once per layout) times the device pixel ratio
    this.pixelScale ??= ((svg.getBoundingClientRect().width || layout.cell) / layout.cell) * (globalThis.devicePixelRatio || 1);
    patchLayers(svg, drawAxes3D(axes, frame3d(layout), view, { raster: true }), layout, this.pixelScale);
    cell.setAttribute('aria-label', describeAxes3D(axes, view));
  }

  /** Listens on each 3-D axes for drags and keys, and says how to turn them. */
  private hydrate(): void {
    const cells = [...this.holder.querySelectorAll<HTMLElement>('.mpl-axes3d')];
    if (cells.length === 0) return;
    for (const cell of cells) {
      const index = Number(cell.dataset.axes);
      this.redraw3d(index); // paints the surfaces the markup left out
      this.listen(cell, index);
    }
    this.holder.append(
      element('p', { class: 'mpl-hint' }, ['3차원 그래프는 끌어서, 또는 누른 뒤 화살표 키로 돌려 볼 수 있습니다 (Home: 처음 시점). / Drag a 3-D plot, or focus it and use the arrow keys, to turn it.']),
      this.status,
    );
  }

  private turn(index: number, view: View3D): void {
    this.views.set(index, view);
    this.pending.add(index);
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      for (const i of this.pending) this.redraw3d(i);
      this.pending.clear();
    });
  }

  private announce(index: number): void {
    const view = this.viewAt(index);
    this.status.textContent = `방위각 ${degrees(view.azim)}, 고도 ${degrees(view.elev)}`;
  }

  private listen(cell: HTMLElement, index: number): void {
    let last: { x: number; y: number; id: number; side: number } | null = null;
    cell.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      // the axes box in CSS px, measured once per drag (reading layout per move would force it after each redraw)
      const layout = this.layout!;
      const scale = cell.getBoundingClientRect().width / layout.cell;
      const side = boxOf(frame3d(layout)).side * scale;
      last = { x: event.clientX, y: event.clientY, id: event.pointerId, side };
      cell.setPointerCapture(event.pointerId);
    });
    cell.addEventListener('pointermove', (event) => {
      if (!last || event.pointerId !== last.id) return;
      const dx = event.clientX - last.x;
      const dy = event.clientY - last.y;
      if (dx === 0 && dy === 0) return;
      last = { ...last, x: event.clientX, y: event.clientY };
      this.turn(index, dragView(this.viewAt(index), dx, dy, last.side));
    });
    const end = (event: PointerEvent) => {
      if (!last || event.pointerId !== last.id) return;
      last = null;
      this.announce(index);
    };
    cell.addEventListener('pointerup', end);
    cell.addEventListener('pointercancel', end);
    cell.addEventListener('keydown', (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const next = keyView(this.viewAt(index), event.key, viewOf(this.figure!.axes[index]));
      if (!next) return;
      // the animation player's own arrow keys step frames: these turn the plot instead
      event.preventDefault();
      event.stopPropagation();
      this.turn(index, next);
      this.announce(index);
    });
  }
}

function sameLayout(a: FigureLayout, b: FigureLayout): boolean {
  return a.width === b.width && a.cell === b.cell && a.height === b.height && a.rows === b.rows && a.cols === b.cols;
}

/** Whether two figures have the same axes in the same cells (an animation's frames), so cells can be redrawn one by one. */
function sameAxes(a: FigureSpec, b: FigureSpec): boolean {
  return (
    a.axes.length === b.axes.length &&
    Boolean(a.suptitle) === Boolean(b.suptitle) &&
    a.axes.every((axes, i) => (axes.slot ?? i) === (b.axes[i].slot ?? i) && String(axes.span) === String(b.axes[i].span) && Boolean(axes.three) === Boolean(b.axes[i].three))
  );
}
