// matplotlib 3.6's colormaps and its colour mapping (Normalize, then Colormap.__call__ with
// bytes=True), as ScalarMappable.to_rgba computes an image's colours. The LUTs are matplotlib's
// own, taken by scripts/colormaps.py into src/data/colormaps.json; a name matplotlib has and
// the page does not ship raises NotImplementedError, a name it lacks its ValueError.
import colormapData from '../../../data/colormaps.json';
import { notSupportedYet, pyError } from '../objects/host';

export const DEFAULT_COLORMAP: string = colormapData.default;
const LUT_SIZE = 256;
const luts = new Map<string, Uint8Array>();
const roundedLuts = new Map<string, Uint8Array>();
const decode = (encoded: string) => Uint8Array.from(atob(encoded), (c) => c.charCodeAt(0));

/** The 256 RGB entries (768 bytes) of a colormap, by matplotlib's name: cmap(i, bytes=True), truncated. */
export function colormapLut(name: string): Uint8Array {
  let lut = luts.get(name);
  if (lut) return lut;
  const encoded = (colormapData.luts as Record<string, string>)[name];
  if (encoded === undefined) {
    if (colormapData.names.includes(name)) throw notSupportedYet(`matplotlib의 '${name}' 컬러맵`);
    const supported = colormapData.names.map((n) => `'${n}'`).join(', ');
    throw pyError('ValueError', `'${name}' is not a valid value for cmap; supported values are ${supported}`);
  }
  lut = decode(encoded);
  luts.set(name, lut);
  return lut;
}

/** The same entries rounded, as the float colours (cmap(i)) print as '#rrggbb'. */
export function roundedColormapLut(name: string): Uint8Array {
  let lut = roundedLuts.get(name);
  if (lut) return lut;
  const truncated = colormapLut(name); // the name's error, if any
  const bits = decode((colormapData.roundUp as Record<string, string>)[name]);
  lut = truncated.map((v, i) => v + ((bits[i >> 3] >> (7 - (i & 7))) & 1));
  roundedLuts.set(name, lut);
  return lut;
}

/**
 * The working precision of Normalize.process_value: float32 stays float32 (bool and small ints
 * become float32), float64 and int64 compute in double.
 */
export type Precision = 'float32' | 'float64';
const rounder = (p: Precision): ((x: number) => number) => (p === 'float32' ? Math.fround : (x) => x);

/**
 * Normalize(vmin, vmax) then cmap(x, bytes=True) for each value, into RGBA bytes: in the data's
 * precision, as numpy's in-place `resdat -= vmin; resdat /= (vmax - vmin)` computes it, `xa *= N`,
 * truncation to an index; below the map its first colour, above its last, NaN and ±inf (imshow
 * masks them) transparent.
 */
export function mapScalars(values: ArrayLike<number>, precision: Precision, vmin: number, vmax: number, lut: Uint8Array): Uint8ClampedArray {
  const index = lutIndex(precision, vmin, vmax);
  const out = new Uint8ClampedArray(values.length * 4);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) continue; // masked (NaN, ±inf): bad, (0, 0, 0, 0)
    out.set(lut.subarray(3 * index(x), 3 * index(x) + 3), 4 * i);
    out[4 * i + 3] = 255;
  }
  return out;
}

/** A value's LUT entry under Normalize(vmin, vmax): under the map its first, over it its last. */
export function lutIndex(precision: Precision, vmin: number, vmax: number): (x: number) => number {
  const f = rounder(precision);
  // the limits are Python floats (Normalize's _sanitize_extrema), vmax - vmin a double cast to the data's precision
  const low = f(vmin);
  const span = f(vmax - vmin);
  const flat = vmin === vmax;
  return (x) => {
    const normed = flat ? 0 : f(f(x - low) / span);
    let scaled = f(normed * LUT_SIZE);
    if (scaled === LUT_SIZE) scaled = LUT_SIZE - 1;
    return Math.min(LUT_SIZE - 1, Math.max(0, Math.trunc(Math.max(-1, Math.min(LUT_SIZE, scaled)))));
  };
}

/** LUT entry `index` as '#rrggbb'. */
export const lutHex = (lut: Uint8Array, index: number): string =>
  '#' + Array.from(lut.subarray(3 * index, 3 * index + 3), (v) => v.toString(16).padStart(2, '0')).join('');

/** The colorbar's ramp: each LUT entry once, as RGBA bytes from the low end up. */
export function colormapRamp(lut: Uint8Array): Uint8ClampedArray {
  const out = new Uint8ClampedArray(LUT_SIZE * 4);
  for (let i = 0; i < LUT_SIZE; i++) {
    out.set(lut.subarray(3 * i, 3 * i + 3), 4 * i);
    out[4 * i + 3] = 255;
  }
  return out;
}
