import { describe, expect, it } from 'vitest';
import { lectureNotebook } from '../../src/lib/notebook/notebook';

type Cell = { cell_type: string; source: string[]; outputs?: Array<{ data: Record<string, string[]> }> };
const cellsOf = (body: string) =>
  (lectureNotebook({ id: 'x', title: '제목', summary: '요약', body, pageUrl: 'https://example.org/lectures/x/' }) as { cells: Cell[] }).cells.slice(1);
const text = (cell: Cell) => cell.source.join('');

describe('lectureNotebook', () => {
  it('turns python blocks into code cells and the output block after the label into their output', () => {
    const cells = cellsOf('문단 $x$\n\n```python\nprint(1)\n```\n\n원본 PyTorch 출력:\n\n```text\n1\n```\n\n끝.');
    expect(cells.map((cell) => cell.cell_type)).toEqual(['markdown', 'code', 'markdown']);
    expect(text(cells[0])).toBe('문단 $x$');
    expect(text(cells[1])).toBe('print(1)');
    expect(cells[1].outputs?.[0].data['text/plain']).toEqual(['1']);
    expect(text(cells[2])).toBe('끝.');
  });

  it('quotes a callout as one blockquote under its title and replaces a demo by a pointer to the page', () => {
    const cells = cellsOf('<Callout kind="memorise" title="외우세요!!">\n\n$$\na\n$$\n\n둘째 문단\n\n</Callout>\n\n<LogisticDataDemo />');
    expect(text(cells[0])).toBe('> **외우세요!!**\n>\n> $$\n> a\n> $$\n>\n> 둘째 문단');
    expect(text(cells[1])).toContain('https://example.org/lectures/x/');
  });

  it('writes inline HTML as Markdown and points lecture links at the sibling notebook', () => {
    const cells = cellsOf('<strong>16%</strong>였고 <a href="../02-y/">보충 강의</a>, <a href="https://a.example/" rel="noopener">글</a>');
    expect(text(cells[0])).toBe('**16%**였고 [보충 강의](02-y.ipynb), [글](https://a.example/)');
  });

  it('keeps the DOT of a diagram, wrapped as the lecture’s gv() does', () => {
    const cells = cellsOf('<Graphviz\n  caption="그림"\n  gv={`\n  X -> Y\n`}\n/>');
    expect(text(cells[0])).toBe('그림\n\n```dot\ndigraph G{ rankdir="LR"\n  X -> Y\n; }\n```');
  });
});
