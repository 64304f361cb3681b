// graphviz.Source(...) shown by a cell: DOT → SVG with viz-js (its own lazy chunk, ~1.5 MB with
// the WebAssembly), then cleaned: a student's DOT may carry URL/href attributes, and the SVG is
// inserted into the page, so links, scripts and event attributes are removed first.
import { renderDotToSvg } from '../../lib/graphviz';

export async function renderDiagram(dot: string): Promise<Element> {
  const svgText = await renderDotToSvg(dot);
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml');
  const svg = parsed.documentElement;
  if (svg.localName !== 'svg') throw new Error('Graphviz did not return an SVG');
  for (const unsafe of svg.querySelectorAll('script, foreignObject')) unsafe.remove();
  for (const node of [svg, ...svg.querySelectorAll('*')]) {
    for (const attribute of [...node.attributes]) {
      if (/^on/i.test(attribute.name) || /(^|:)href$/i.test(attribute.name)) node.removeAttribute(attribute.name);
    }
  }
  svg.setAttribute('aria-label', 'Graphviz 다이어그램');
  const paper = document.createElement('div');
  paper.className = 'tc-diagram';
  paper.append(document.importNode(svg, true));
  return paper;
}
