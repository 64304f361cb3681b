// Each lecture's .ipynb, built from its MDX, is a valid nbformat 4 notebook (checked against the
// official v4 JSON schema, tests/fixtures/nbformat) that Jupyter and Colab can open, with one
// code cell per python block of the lecture and the original outputs attached.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { seededRun } from '../../src/lib/seeded-run';
import { distDir, lectureId, readBuiltPage } from '../support/site';

const schema = JSON.parse(readFileSync('tests/fixtures/nbformat/nbformat.v4.schema.json', 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
const lectures = readdirSync('content/lectures').filter((file) => file.endsWith('.mdx')).map((file) => file.replace(/\.mdx$/, ''));

interface Cell { cell_type: string; source: string[]; outputs?: Array<{ data: { 'text/plain': string[] } }> }
const notebookOf = (id: string) => JSON.parse(readFileSync(join(distDir, 'notebooks', `${id}.ipynb`), 'utf8')) as { cells: Cell[] };
const text = (cell: Cell) => cell.source.join('');

describe('lecture notebooks', () => {
  it.each(lectures)('%s.ipynb validates against the nbformat v4 schema', (id) => {
    const valid = validate(notebookOf(id));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(lectures)('%s.ipynb has one code cell per python block and per seeded run, in order', (id) => {
    const mdx = readFileSync(`content/lectures/${id}.mdx`, 'utf8');
    const expected = [...mdx.matchAll(/^```python(?: run)?\n([\s\S]*?)\n```$|^<SeededTorchRun part="(bce|mse)" \/>$/gm)].map((match) =>
      match[1] ?? seededRun(match[2] as 'bce' | 'mse')!.code,
    );
    const codeCells = notebookOf(id).cells.filter((cell) => cell.cell_type === 'code').map(text);
    expect(codeCells).toEqual(expected);
  });

  it("carries lecture 1's seeded cells with PyTorch's output and its gv() cells, each diagram once", () => {
    const cells = notebookOf(lectureId).cells;
    const seeded = cells.find((cell) => text(cell).startsWith('torch.manual_seed(43052)'));
    expect(seeded?.outputs?.[0].data['text/plain'].join('')).toBe(seededRun('bce')!.output);
    expect(cells.filter((cell) => cell.cell_type === 'code' && text(cell).startsWith("gv('''"))).toHaveLength(2);
    expect(cells.filter((cell) => cell.cell_type === 'markdown' && text(cell).includes('```dot'))).toEqual([]);
  });

  it('attaches the original PyTorch outputs to the cells that printed them, and keeps the TeX', () => {
    const cells = notebookOf(lectureId).cells;
    const training = cells.find((cell) => text(cell).startsWith('for epoc in range(10000):') && text(cell).includes('-torch.mean'));
    expect(training?.outputs?.[0].data['text/plain'].join('')).toContain('tensor([[4.9150]], requires_grad=True)');
    const outputs = cells.flatMap((cell) => cell.outputs ?? []);
    const mdx = readFileSync(`content/lectures/${lectureId}.mdx`, 'utf8');
    expect(outputs).toHaveLength((mdx.match(/원본 PyTorch 출력:/g)?.length ?? 0) + (mdx.match(/<SeededTorchRun /g)?.length ?? 0));
    const markdown = cells.filter((cell) => cell.cell_type === 'markdown').map(text).join('\n');
    expect(markdown).toContain('y_i \\sim \\text{Ber}(\\pi_i)');
    expect(markdown).toContain('$$');
    expect(markdown).not.toContain('원본 PyTorch 출력:');
    expect(markdown).not.toMatch(/<Callout|<LossCompareDemo|<Answer|<RunValue|import runs/);
    expect(markdown).toContain('[다음 자료 「손실함수의 비교」](02-bce-vs-mse.ipynb)');
    expect(markdown).toMatch(/\$\(\\hat\{w\}_0, \\hat\{w\}_1\) =\$ \(−0\.8470, −0\.3467\)에서 시작합니다/);
  });

  it('is offered on every lecture page', () => {
    for (const id of lectures) {
      expect(readBuiltPage(`lectures/${id}/`)).toContain(`<a href="/notebooks/${id}.ipynb" download="${id}.ipynb"`);
    }
  });
});
