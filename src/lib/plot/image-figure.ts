// imshow's images and plt.colorbar in a 2-D axes, placed as matplotlib 3.6 places them:
// make_axes gives the colorbar the last 15% of the axes' box (after a 5% gap) at a box aspect of
// 20, anchored left, and leaves the parent the rest anchored right; an axes with an aspect
// (imshow's 'equal') then shrinks its box to it (apply_aspect, adjustable 'box'), centred or
// against the colorbar. The same geometry runs on the page's pixels (what is drawn) and on
// matplotlib's inches (how many ticks fit, mpl-ticks.ts).
import type { AxesSpec, ColorbarSpec, ImageSpec } from '../python/objects/display';
import { pngDataUrl } from './png';
import { round1 } from './svg';

/** A box on screen: x to the right, y down. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const COLORBAR = { fraction: 0.15, pad: 0.05, aspect: 20 };

/** The axes' box and its colorbar's within the space one axes has (colorbar.make_axes, location 'right'). */
export function imageBoxes(box: Box, axes: AxesSpec): { axes: Box; colorbar: Box | null } {
  let parent = box;
  let colorbar: Box | null = null;
  if (axes.colorbar) {
    parent = { ...box, width: box.width * (1 - COLORBAR.fraction - COLORBAR.pad) };
    colorbar = { x: box.x + box.width * (1 - COLORBAR.fraction), y: box.y, width: Math.min(box.width * COLORBAR.fraction, box.height / COLORBAR.aspect), height: box.height };
  }
  return { axes: aspectBox(parent, axes, colorbar ? 1 : 0.5), colorbar };
}

/** apply_aspect: the box shrunk to show the data at `aspect` (y units per x unit), anchored at `anchorX` (0 left … 1 right) and the middle. */
function aspectBox(box: Box, axes: AxesSpec, anchorX: number): Box {
  if (axes.aspect === undefined || !axes.xlim || !axes.ylim) return box;
  const ratio = axes.aspect * Math.abs((axes.ylim[1] - axes.ylim[0]) / (axes.xlim[1] - axes.xlim[0]));
  if (!Number.isFinite(ratio) || ratio <= 0) return box;
  if (box.height / box.width > ratio) {
    const height = box.width * ratio;
    return { ...box, y: box.y + (box.height - height) / 2, height };
  }
  const width = box.height / ratio;
  return { ...box, x: box.x + (box.width - width) * anchorX, width };
}

type Scale = (value: number) => number;

/** One image, edge to edge over its extent; row 0 at the extent's top (origin 'upper') or bottom ('lower'), mirrored where an axis runs the other way. */
export function imageMarkup(image: ImageSpec, x: Scale, y: Scale): string {
  const [left, right, bottom, top] = image.extent;
  const x0 = x(left);
  const x1 = x(right);
  const rowZero = y(image.origin === 'upper' ? top : bottom);
  const rowEnd = y(image.origin === 'upper' ? bottom : top);
  const box = { x: Math.min(x0, x1), y: Math.min(rowZero, rowEnd), width: Math.abs(x1 - x0), height: Math.abs(rowEnd - rowZero) };
  const flips = [x1 < x0 ? `matrix(-1 0 0 1 ${round1(2 * box.x + box.width)} 0)` : '', rowZero > rowEnd ? `matrix(1 0 0 -1 0 ${round1(2 * box.y + box.height)})` : ''].filter(Boolean);
  return rasterMarkup(image.width, image.height, image.rgba, box, image.smooth, image.alpha, flips.join(' '));
}

/** The RGBA pixels as an <image> stretched over a box; nearest-neighbour unless smooth. */
function rasterMarkup(width: number, height: number, rgba: Uint8ClampedArray, box: Box, smooth: boolean, alpha: number, transform: string): string {
  const href = cachedDataUrl(width, height, rgba);
  return `<image class="mpl-image" href="${href}" x="${round1(box.x)}" y="${round1(box.y)}" width="${round1(box.width)}" height="${round1(box.height)}" preserveAspectRatio="none"${smooth ? '' : ' style="image-rendering:pixelated"'}${alpha === 1 ? '' : ` opacity="${alpha}"`}${transform ? ` transform="${transform}"` : ''}/>`;
}

/** An image's PNG is encoded once per pixel array (an animation's frames share unchanged ones). */
const dataUrls = new WeakMap<Uint8ClampedArray, string>();
function cachedDataUrl(width: number, height: number, rgba: Uint8ClampedArray): string {
  let url = dataUrls.get(rgba);
  if (url === undefined) dataUrls.set(rgba, (url = pngDataUrl(width, height, rgba)));
  return url;
}

/** The colorbar's ramp, vmax at the top, in a frame; its ticks are drawn by the caller. */
export function colorbarMarkup(colorbar: ColorbarSpec, box: Box): string {
  const entries = colorbar.ramp.length / 4;
  // the ramp runs from vmin up: the PNG's first row is its last entry
  let column = dataUrls.get(colorbar.ramp);
  if (column === undefined) {
    const flipped = new Uint8ClampedArray(colorbar.ramp.length);
    for (let i = 0; i < entries; i++) flipped.set(colorbar.ramp.subarray(4 * (entries - 1 - i), 4 * (entries - i)), 4 * i);
    column = pngDataUrl(1, entries, flipped);
    dataUrls.set(colorbar.ramp, column);
  }
  const frame = `x="${round1(box.x)}" y="${round1(box.y)}" width="${round1(box.width)}" height="${round1(box.height)}"`;
  return `<g class="mpl-colorbar"><image href="${column}" ${frame} preserveAspectRatio="none" style="image-rendering:pixelated"/><rect class="mpl-frame" ${frame}/></g>`;
}
