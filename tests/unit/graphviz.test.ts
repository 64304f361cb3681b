import { describe, expect, it } from 'vitest';
import { DotError, renderDotToSvg, wrapLikeGv } from '../../src/lib/graphviz';
import { firstLectureDiagram, secondLectureDiagram } from '../support/lecture-diagrams';

const textOf = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe('Graphviz rendering (viz-js)', () => {
  it('wraps a body exactly like the lecture helper gv(s)', () => {
    expect(wrapLikeGv(' a -> b')).toBe('digraph G{ rankdir="LR" a -> b; }');
  });

  it('renders the first lecture diagram with its nodes, edge labels and clusters', async () => {
    const svg = await renderDotToSvg(wrapLikeGv(firstLectureDiagram));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(textOf(svg)).toEqual(
      expect.arrayContaining(['Layer 0', 'Layer 1', 'X', 'X@W', 'Sigmoid(X@W)=yhat', '@W', 'Sigmoid']),
    );
    // Left to right, as rankdir="LR" asks: X is drawn left of the output node.
    const xPosition = (label: string) => Number(new RegExp(`<text[^>]*x="([\\d.-]+)"[^>]*>${label.replace(/[()]/g, '\\$&')}</text>`).exec(svg)?.[1]);
    expect(xPosition('X')).toBeLessThan(xPosition('Sigmoid(X@W)=yhat'));
  });

  it('renders the second lecture diagram', async () => {
    const svg = await renderDotToSvg(wrapLikeGv(secondLectureDiagram));
    expect(textOf(svg)).toEqual(expect.arrayContaining(['Layer 0', 'Layer 1: Sigmoid', 'X', 'node1=yhat']));
  });

  it('makes the SVG scale down on small screens and drops the XML prolog', async () => {
    const svg = await renderDotToSvg('digraph { a -> b }');
    expect(svg).not.toContain('<?xml');
    expect(svg).toMatch(/^<svg style="max-width:[\d.]+pt;width:100%;height:auto"/);
  });

  it('throws a DotError carrying Graphviz\'s message for broken DOT', async () => {
    const broken = renderDotToSvg(wrapLikeGv('"X" -> '));
    await expect(broken).rejects.toBeInstanceOf(DotError);
    await expect(broken).rejects.toThrow(/Graphviz could not render the DOT source: syntax error in line 1/);
  });
});
