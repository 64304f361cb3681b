// DOT -> SVG with viz-js (Graphviz compiled to WebAssembly), for build-time diagrams.
import { instance, type Viz } from '@viz-js/viz';

let vizInstance: Promise<Viz> | undefined;

/** One viz-js instance for the whole build: creating it compiles a 2 MB WebAssembly module. */
function getViz(): Promise<Viz> {
  vizInstance ??= instance();
  return vizInstance;
}

/** The lecture's helper `gv(s)`: `'digraph G{ rankdir="LR"' + s + '; }'`, kept byte for byte. */
export function wrapLikeGv(body: string): string {
  return 'digraph G{ rankdir="LR"' + body + '; }';
}

export class DotError extends Error {
  constructor(readonly graphvizMessages: string[]) {
    super(`DOT을 그릴 수 없습니다 / Graphviz could not render the DOT source: ${graphvizMessages.join('; ')}`);
    this.name = 'DotError';
  }
}

/**
 * Renders DOT to an SVG string that scales down with its container. Throws DotError with
 * Graphviz's own messages when the source does not parse.
 */
export async function renderDotToSvg(dot: string): Promise<string> {
  const viz = await getViz();
  const result = viz.render(dot, { format: 'svg' });
  if (result.status !== 'success') {
    throw new DotError(result.errors.map((error) => error.message.trim()));
  }
  return makeResponsive(stripXmlProlog(result.output));
}

/** Inline SVG inside HTML must not carry the XML declaration and DOCTYPE that Graphviz writes. */
function stripXmlProlog(svg: string): string {
  const start = svg.indexOf('<svg');
  return start >= 0 ? svg.slice(start) : svg;
}

/** Graphviz writes a fixed size in pt; keep it as the maximum so the figure shrinks on phones. */
function makeResponsive(svg: string): string {
  return svg.replace(/<svg width="([\d.]+)pt" height="([\d.]+)pt"/, (_match, width: string) =>
    `<svg style="max-width:${width}pt;width:100%;height:auto" role="img"`,
  );
}
