// subset-font (harfbuzz's hb-subset as wasm) ships no types; this is the part the build uses.
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt'; variationAxes?: Record<string, number | { min: number; max: number; default?: number }> },
  ): Promise<Uint8Array>;
}
