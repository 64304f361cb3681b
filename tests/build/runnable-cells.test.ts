// Runnable code cells as built: every ```python run fence of a lecture becomes a <torch-cell>
// around its Shiki-highlighted code (the static rendering), a plain ```python fence stays a
// plain code block, and only pages with cells carry the cell loader.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBuiltPage } from '../support/site';

const fences = (mdxFile: string) => {
  const lines = readFileSync(mdxFile, 'utf8').split('\n');
  return {
    runnable: lines.filter((line) => /^```python\s+(.*\s)?run(\s|$)/.test(line)).length,
    plain: lines.filter((line) => line.trim() === '```python').length,
  };
};

/** Each <torch-cell>…</torch-cell> of a page, and every highlighted Python <pre> on it. */
function cellsOf(html: string) {
  return {
    cells: [...html.matchAll(/<torch-cell>([\s\S]*?)<\/torch-cell>/g)].map((match) => match[1]),
    pythonBlocks: [...html.matchAll(/<pre class="astro-code[^"]*"[^>]*data-language="python"/g)].length,
  };
}

const visibleText = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#x3C;|&lt;/g, '<').replace(/&#x27;|&#39;/g, "'").replace(/&quot;|&#x22;/g, '"').replace(/&amp;|&#x26;/g, '&');

describe('```python run fences', () => {
  it('become cells in lecture 1 around highlighted code; the plain ```python block does not', () => {
    const source = fences('content/lectures/01-logistic-regression.mdx');
    const { cells, pythonBlocks } = cellsOf(readBuiltPage('lectures/01-logistic-regression/'));
    expect(source.runnable).toBeGreaterThanOrEqual(10);
    expect(source.plain).toBeGreaterThanOrEqual(1);
    expect(cells).toHaveLength(source.runnable);
    // Every plain ```python block is still a highlighted block, outside the cells (other Python
    // blocks, e.g. <SeededTorchRun>'s, are not fences and not counted here).
    expect(pythonBlocks - cells.length).toBeGreaterThanOrEqual(source.plain);
    for (const cell of cells) expect(cell).toMatch(/^<pre class="astro-code[^>]*data-language="python"><code><span class="line">/);
    expect(visibleText(cells[0])).toBe('import torch\nimport matplotlib.pyplot as plt');
    // The homework cell holds the seed's MSE code as written.
    expect(cells.map(visibleText).find((text) => text.includes('loss_fn = torch.nn.MSELoss()'))).toContain('loss = loss_fn(y, yhat)');
    // The reference example at the end (```python without run) is outside every cell.
    expect(cells.some((cell) => visibleText(cell).includes('input = torch.randn(3, 5, requires_grad=True)'))).toBe(false);
  });

  it('become cells in lecture 2 and in the authoring guide, whose source shows the fence', () => {
    expect(cellsOf(readBuiltPage('lectures/02-bce-vs-mse/')).cells).toHaveLength(fences('content/lectures/02-bce-vs-mse.mdx').runnable);
    const guide = readBuiltPage('guide/');
    expect(cellsOf(guide).cells).toHaveLength(fences('src/guide/examples/10-code-cell.mdx').runnable);
    expect(visibleText(guide)).toContain('```python run');
  });

  it('load the cell code only on pages with cells, and never the worker or editor up front', () => {
    const lecture = readBuiltPage('lectures/01-logistic-regression/');
    const home = readBuiltPage('');
    const loader = /<script type="module" src="[^"]*TorchCell[^"]*"/;
    expect(lecture).toMatch(loader);
    expect(home).not.toMatch(loader);
    expect(lecture).not.toMatch(/python-worker|\/editor\.[\w-]+\.js/);
  });
});
