import { describe, expect, it } from 'vitest';
import { lectureNotebook, type NotebookResolver } from '../../src/lib/notebook/notebook';

type Cell = { cell_type: string; source: string[]; outputs?: Array<{ data: Record<string, string[]> }> };
const cellsOf = (body: string, resolver?: NotebookResolver) =>
  (lectureNotebook({ id: 'x', title: '제목', summary: '요약', body, pageUrl: 'https://example.org/lectures/x/', resolver }) as { cells: Cell[] }).cells.slice(1);
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

  it('skips MDX import lines and writes what a data component stands for: inline text, or cells with their output', () => {
    const resolver: NotebookResolver = {
      inline: (name, props) => (name === 'RunValue' ? `[${props.of}:${props.digits}]` : undefined),
      block: (name, props) => (name === 'SeededTorchRun' ? [{ markdown: `출력 (${props.part})` }, { code: 'print(2)', output: '2' }] : undefined),
    };
    const cells = cellsOf("import runs from './runs.json';\n\n값은\n<RunValue run=\"a/b\" of=\"w0\" digits={2} />입니다.\n\n<SeededTorchRun part=\"bce\" />", resolver);
    expect(cells.map((cell) => cell.cell_type)).toEqual(['markdown', 'code']);
    expect(text(cells[0])).toBe('값은\n[w0:2]입니다.\n\n출력 (bce)');
    expect(text(cells[1])).toBe('print(2)');
    expect(cells[1].outputs?.[0].data['text/plain']).toEqual(['2']);
  });

  it('leaves out a diagram that the gv() cell right before it draws', () => {
    const cells = cellsOf("```python\ngv('''\n  X -> Y\n''')\n```\n\n<Graphviz\n  caption=\"그림\"\n  gv={`\n  X -> Y\n`}\n/>");
    expect(cells.map((cell) => cell.cell_type)).toEqual(['code']);
  });
});
