// Runnable code cells in real Chromium, on the built site under its CSP: lazy loading, output
// equal to real Python's, notebook order, Stop on `while True: pass`, errors with their line
// (and the Korean line), no long tasks while a cell runs, editing with Shift+Enter, Reset,
// a pandas DataFrame's table, a 3-D figure turned by drag and keys.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../support/built-site';
import { openPage } from '../support/page-checks';
import { MAIN_THREAD_BUDGET, mainThreadUse } from '../support/demo-page';
import { readProgram } from '../support/torch-programs';
import { runCell, runnableCells } from '../support/cells';
import { lectureId } from '../support/site';
import { cpythonOutputs } from '../support/cpython';

const site = useBuiltSite();

const cpythonOutput = cpythonOutputs('cells');
/** What CPython prints for these cells run one after another in one namespace (recorded: tests/support/cpython.ts). */
const cpython = (cells: string[]): string => cpythonOutput(cells.join('\n'));

const outputText = (page: Page, index: number) =>
  page.evaluate((index) => (document.querySelectorAll('torch-cell')[index].querySelector('.tc-output') as HTMLElement).innerText, index);

describe('code cells', () => {
  it('load lazily: nothing until a cell nears the viewport, the worker only on the first run, all from self under the CSP', async () => {
    const { page, problems, cspViolations, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    expect(await page.evaluate(() => customElements.get('torch-cell') === undefined)).toBe(true);
    expect(requested.filter((path) => /editor|torch-cell|python-worker/.test(path))).toEqual([]);

    await page.locator('torch-cell').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('torch-cell .cm-content');
    expect(requested.some((path) => /\/editor\.[\w-]+\.js$/.test(path))).toBe(true);
    expect(workers).toEqual([]);
    // Copying the code is not a sign the reader will run it: still no worker.
    await page.context().grantPermissions(['clipboard-write']);
    const workerStarted = page.waitForEvent('worker', { timeout: 1000 }).then(() => true, () => false);
    await page.locator('torch-cell .tc-copy').first().click();
    await expect.poll(() => page.locator('torch-cell .tc-copy').first().textContent()).toBe('복사됨');
    expect(await workerStarted).toBe(false);

    // The gradient-ratio cell is plain Python (the cell above it, the lecture's data, runs first and prints nothing).
    const cells = runnableCells('content/lectures/02-bce-vs-mse.mdx');
    const ratio = cells.findIndex((cell) => cell.includes('bce_grad'));
    const result = await runCell(page, ratio);
    expect(result.type).toBe('cell-done');
    expect(result.detail.stdout).toBe(cpython([cells[ratio]]));
    expect(workers).toHaveLength(1);
    expect(new URL(workers[0]).origin).toBe(site.server.origin);
    expect(await outputText(page, ratio)).toContain(result.detail.stdout!.trim());
    expect(await cspViolations()).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('share one kernel in page order: running the second cell runs the first one first', async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/guide/`);
    const [first] = await Promise.all([
      page.evaluate(() => new Promise<string>((resolve) => document.querySelectorAll('torch-cell')[0].addEventListener('cell-done', () => resolve('done'), { once: true }))),
      runCell(page, 1).then((result) => {
        expect(result.type).toBe('cell-done');
        expect(result.detail.stdout).toBe(cpython(runnableCells('src/guide/examples/10-code-cell.mdx')));
      }),
    ]);
    expect(first).toBe('done');
    expect(await page.locator('torch-cell').first().getAttribute('status')).toBe('done');
    expect(problems).toEqual([]);
    await close();
  });

  it('Stop ends `while True: pass` within a second; the next run starts a fresh kernel and re-runs the cells above', async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/guide/`);
    expect((await runCell(page, 1)).type).toBe('cell-done');
    const second = page.locator('torch-cell').nth(1);
    const original = await second.evaluate((cell: HTMLElement & { code: string }) => cell.code);
    const looping = runCell(page, 1, 'while True: pass');
    await page.waitForFunction(() => document.querySelectorAll('torch-cell')[1].querySelector('.tc-status')?.textContent?.startsWith('실행 중'));
    await page.waitForTimeout(300);
    const stopMs = await second.evaluate(async (cell: HTMLElement & { stop(): void }) => {
      const started = performance.now();
      cell.querySelector<HTMLButtonElement>('.tc-stop')!.click();
      while (cell.getAttribute('status') === 'running') await new Promise((resolve) => setTimeout(resolve, 5));
      return performance.now() - started;
    });
    expect(stopMs).toBeLessThan(1000);
    expect(await second.getAttribute('status')).toBe('idle');
    expect(await outputText(page, 1)).toContain('변수가 모두 지워졌');
    void looping; // never settles: the stopped run fires neither event

    const again = await runCell(page, 1, original);
    expect(again.type).toBe('cell-done');
    expect(again.detail.stdout).toBe(cpython(runnableCells('src/guide/examples/10-code-cell.mdx')));
    expect(problems).toEqual([]);
    await close();
  });

  it('show a syntax error and a NameError with their line, as a traceback plus a Korean line', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`);
    const syntax = await runCell(page, 0, 'x = 1\nfor i in range(3)\n    print(i)');
    expect(syntax.type).toBe('cell-error');
    expect(syntax.detail.line).toBe(2);
    expect(syntax.detail.message).toMatch(/^SyntaxError/);
    const syntaxText = await outputText(page, 0);
    expect(syntaxText).toContain('File "<cell 1>", line 2');
    expect(syntaxText).toContain('2행: 문법 오류');

    const name = await runCell(page, 0, 'y = 1\nprint(yhat)');
    expect(name).toEqual({ type: 'cell-error', detail: { message: "NameError: name 'yhat' is not defined", line: 2 } });
    const nameText = await outputText(page, 0);
    expect(nameText).toContain('Traceback (most recent call last):');
    expect(nameText).toContain("NameError: name 'yhat' is not defined");
    expect(nameText).toContain("2행: 'yhat'이 정의되지 않았습니다");
    await close();
  });

  it('the course\'s next lectures: a class-based 3-class net with dropout, trained on DataLoader mini-batches, prints PyTorch\'s output', async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`);
    const { source, fixture } = readProgram('course-page');
    const result = await runCell(page, 0, source);
    expect(result.type, result.detail.message).toBe('cell-done');
    expect(result.detail.stdout).toBe(fixture.stdout);
    expect(await outputText(page, 0)).toContain('accuracy 0.9300000071525574');
    expect(problems).toEqual([]);
    await close();
  });

  it('FuncAnimation is a player, as Jupyter\'s jshtml: frames from the worker, a slider, step keys, an accessible name', async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`);
    const code = [
      'import matplotlib.pyplot as plt',
      'from matplotlib import animation',
      'plt.rcParams["animation.html"] = "jshtml"',
      'xs = [i / 10 for i in range(11)]',
      'fig = plt.figure()',
      'ax1 = fig.add_subplot(1, 2, 1)',
      'ax2 = fig.add_subplot(1, 2, 2)',
      "ax1.plot(xs, xs, 'o')",
      "line, = ax1.plot(xs, [0] * 11, '--')",
      'def animate(k):',
      '    line.set_ydata([x * k / 9 for x in xs])',
      '    ax1.set_title(f"epoch = {k * 20}")',
      '    ax2.plot([k], [k], "o", color="C1")',
      '    return line,',
      'ani = animation.FuncAnimation(fig, animate, frames=10)',
      'ani',
    ].join('\n');
    const result = await runCell(page, 0, code);
    expect(result.type, result.detail.message).toBe('cell-done');
    const player = page.locator('torch-cell').first().getByRole('group', { name: '애니메이션 플레이어' });
    await expect.poll(() => player.count()).toBe(1);
    const slider = player.locator('input[type="range"]');
    expect(await slider.getAttribute('max')).toBe('9');
    await player.getByRole('button', { name: /일시정지/ }).click();
    await player.press('Home');
    expect(await slider.inputValue()).toBe('0');
    await player.press('ArrowRight');
    await player.press('ArrowRight');
    expect(await slider.inputValue()).toBe('2');
    expect(await player.locator('svg').first().textContent()).toContain('epoch = 40');
    await player.press('End');
    expect(await slider.inputValue()).toBe('9');
    expect(await player.locator('svg').first().textContent()).toContain('epoch = 180');
    expect(problems).toEqual([]);
    await close();
  });

  it("a DataFrame that ends a cell is Jupyter's table: text cells (never markup), the first and last 5 rows, scrolling sideways inside a 360 px screen", async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`, { width: 360 });
    const code = [
      'import pandas as pd',
      "df = pd.DataFrame({f'column{i}': [i * 0.5] * 70 for i in range(12)})",
      "df['note'] = ['<b>bold</b> & co'] * 70",
      'df',
    ].join('\n');
    const result = await runCell(page, 0, code);
    expect(result.type, result.detail.message).toBe('cell-done');
    const table = page.locator('torch-cell').first().locator('table.tc-dataframe');
    await expect.poll(() => table.count()).toBe(1);
    expect(await table.locator('thead th').allTextContents()).toEqual(['', ...Array.from({ length: 12 }, (_, i) => `column${i}`), 'note']);
    expect(await table.locator('tbody th').allTextContents()).toEqual(['0', '1', '2', '3', '4', '...', '65', '66', '67', '68', '69']);
    expect(await table.locator('tbody tr').first().locator('td').last().textContent()).toBe('<b>bold</b> & co');
    expect(await table.locator('b').count()).toBe(0);
    expect(await page.locator('torch-cell').first().locator('.tc-table-size').textContent()).toBe('70 rows × 13 columns');
    const scroller = page.locator('torch-cell').first().getByRole('region', { name: /DataFrame/ });
    const sizes = await scroller.evaluate((node) => ({ scroll: node.scrollWidth, client: node.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await close();
  });

  it("a 3-D surface (plot_surface, 49×49 quads) draws in a focusable, described plot that dragging and the arrow keys turn without long tasks; Home turns it back; axe finds nothing", async () => {
    // bypassCSP: axe-core is injected as an inline script
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`, { bypassCSP: true });
    const code = [
      'import torch',
      'import matplotlib.pyplot as plt',
      "W0, W1 = torch.meshgrid(torch.linspace(-10, 3, 50), torch.linspace(-1, 10, 50), indexing='ij')",
      'fig = plt.figure()',
      "ax = fig.add_subplot(1, 1, 1, projection='3d')",
      'ax.plot_surface(W0, W1, torch.sigmoid(0.3 * W0 + 0.2 * W1), alpha=0.5)',
      "ax.scatter(-1, 5, 0.5, color='grey')",
      "ax.set_xlabel('w0')",
      "ax.set_ylabel('w1')",
      'ax.view_init(15, 75)',
    ].join('\n');
    const result = await runCell(page, 0, code);
    expect(result.type, result.detail.message).toBe('cell-done');
    const plot = page.locator('torch-cell').first().getByRole('img', { name: /^3차원 그래프/ });
    await expect.poll(() => plot.count()).toBe(1);
    const label = () => plot.getAttribute('aria-label');
    expect(await label()).toBe('3차원 그래프 (방위각 75°, 고도 15°), x축 w0, y축 w1, 곡면 50×50 격자, 3차원 산점도 1개 점');
    expect(await plot.getAttribute('aria-roledescription')).toBe('돌려 볼 수 있는 3차원 그래프');
    // the surface is painted: its canvas has ink, the grey point is an SVG circle over the axes' panes
    const inked = () => plot.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
      const copy = document.createElement('canvas');
      [copy.width, copy.height] = [canvas.width, canvas.height];
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(canvas, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) count++;
      return count;
    });
    expect(await inked()).toBeGreaterThan(5000);
    expect(await plot.locator('circle[fill="grey"]').count()).toBe(1);
    expect(await plot.locator('.mpl-pane').count()).toBe(3);

    await page.evaluate(() => {
      const watch = { tasks: [] as number[] };
      (window as unknown as { dragWatch: typeof watch }).dragWatch = watch;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) watch.tasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
    });
    const box = (await plot.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const before = await plot.locator('svg').innerHTML();
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let i = 1; i <= 30; i++) await page.mouse.move(centre.x + i * 4, centre.y + i);
    await page.mouse.up();
    await expect.poll(label).not.toContain('방위각 75°');
    expect(await plot.locator('svg').innerHTML()).not.toBe(before);
    expect(await inked()).toBeGreaterThan(5000);
    const tasks = await page.evaluate(() => (window as unknown as { dragWatch: { tasks: number[] } }).dragWatch.tasks);
    const use = mainThreadUse(tasks);
    expect(use.longestTaskMs, `long tasks while turning: ${tasks.join(', ')}`).toBeLessThanOrEqual(MAIN_THREAD_BUDGET.longestTaskMs);
    expect(use.totalBlockingMs, `long tasks while turning: ${tasks.join(', ')}`).toBeLessThanOrEqual(MAIN_THREAD_BUDGET.totalBlockingMs);

    await plot.press('Home');
    await expect.poll(label).toMatch(/^3차원 그래프 \(방위각 75°, 고도 15°\)/);
    await plot.press('ArrowRight');
    await expect.poll(label).toMatch(/^3차원 그래프 \(방위각 70°, 고도 15°\)/);
    await plot.press('ArrowDown');
    await expect.poll(label).toMatch(/^3차원 그래프 \(방위각 70°, 고도 20°\)/);
    // a screen reader hears the new view
    expect(await page.locator('torch-cell').first().locator('[aria-live="polite"]').last().textContent()).toBe('방위각 70°, 고도 20°');
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[] }> } }).axe;
      const audit = await axe.run(document.querySelector('torch-cell .tc-output')!, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
      return audit.violations.map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("lecture 2's 시각화 plays as the source does: the fit on the left, the path growing on the 3-D loss surface on the right, still turnable", async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`);
    const index = await page.evaluate(() => [...document.querySelectorAll('torch-cell')].findIndex((cell) => cell.textContent!.includes("show('시각화 3")));
    expect(index).toBeGreaterThan(0);
    const result = await runCell(page, index);
    expect(result.type, result.detail.message).toBe('cell-done');
    const player = page.locator('torch-cell').nth(index).getByRole('group', { name: '애니메이션 플레이어' });
    await expect.poll(() => player.count()).toBe(1);
    expect(await player.locator('input[type="range"]').getAttribute('max')).toBe('50');
    await player.getByRole('button', { name: /일시정지/ }).click();
    const plot = player.getByRole('img', { name: /^3차원 그래프/ });
    // as matplotlib's to_jshtml, the first frame's function ran twice (the initial draw, then frame 0)
    await player.press('Home');
    await expect.poll(() => plot.getAttribute('aria-label')).toBe('3차원 그래프 (방위각 75°, 고도 15°), x축 w0, y축 w1, 곡면 52×44 격자, 3차원 산점도 1개 점 (2번)');
    await player.press('End');
    await expect.poll(() => plot.getAttribute('aria-label')).toBe('3차원 그래프 (방위각 75°, 고도 15°), x축 w0, y축 w1, 곡면 52×44 격자, 3차원 산점도 1개 점 (52번)');
    expect(await player.locator('svg').first().textContent()).toContain('epoch = 1000');
    // turned by the reader, the view stays through the frames
    await plot.press('ArrowLeft');
    await player.getByRole('button', { name: /^이전/ }).click();
    await expect.poll(() => plot.getAttribute('aria-label')).toMatch(/^3차원 그래프 \(방위각 80°, 고도 15°\).*\(51번\)$/);
    expect(problems).toEqual([]);
    await close();
  });

  it('keep the page responsive: no long tasks while a long loop runs and prints, with progress shown', async () => {
    const { page, cspViolations, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`);
    await page.locator('torch-cell').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('torch-cell .cm-content');
    await page.evaluate(() => {
      const watch = { tasks: [] as number[], running: false };
      (window as unknown as { watch: typeof watch }).watch = watch;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (watch.running) watch.tasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
      const cell = document.querySelector('torch-cell')!;
      new MutationObserver(() => (watch.running = cell.getAttribute('status') === 'running')).observe(cell, { attributes: true, attributeFilter: ['status'] });
    });
    const code = 'total = 0\nfor i in range(1200000):\n    total += i * i\n    if i % 60 == 0:\n        print(i)\nprint(total)';
    const sawProgress = page.waitForSelector('torch-cell .tc-progress:not([hidden])', { timeout: 60_000 }).then(() => true);
    const result = await runCell(page, 0, code);
    expect(result.type).toBe('cell-done');
    expect(result.detail.stdout).toBe(cpython([code]));
    expect(result.detail.elapsedMs).toBeGreaterThan(300);
    expect(await sawProgress).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { watch: { tasks: number[] } }).watch.tasks)).toEqual([]);
    expect(await cspViolations()).toEqual([]);
    await close();
  });

  it('run edited code with Shift+Enter, copy it from the toolbar, and Reset restores the lecture code', async () => {
    const { page, close } = await openPage(site.browser, `${site.server.origin}/lectures/02-bce-vs-mse/`);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const cell = page.locator('torch-cell').first();
    await cell.scrollIntoViewIfNeeded();
    const editor = cell.locator('.cm-content');
    await editor.waitFor();
    expect(await editor.getAttribute('aria-label')).toContain('코드 편집기');
    const original = await cell.evaluate((element: HTMLElement & { code: string }) => element.code);
    expect(original).toBe(runnableCells('content/lectures/02-bce-vs-mse.mdx')[0]);

    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('yhat = 0.5\nprint(2 * (yhat - 1) * yhat * (1 - yhat))');
    // Listen before pressing: the run takes milliseconds.
    await cell.evaluate((element) => {
      (window as unknown as { cellDone: Promise<string> }).cellDone = new Promise((resolve) =>
        element.addEventListener('cell-done', (event) => resolve((event as CustomEvent).detail.stdout), { once: true }));
    });
    await page.keyboard.press('Shift+Enter');
    expect(await page.evaluate(() => (window as unknown as { cellDone: Promise<string> }).cellDone)).toBe(cpython(['yhat = 0.5', 'print(2 * (yhat - 1) * yhat * (1 - yhat))']));
    expect(await cell.getAttribute('status')).toBe('done');

    // What a student pastes into Colab is the code as edited.
    const copy = cell.getByRole('button', { name: /코드 복사/ });
    await copy.click();
    await expect.poll(() => copy.textContent()).toBe('복사됨');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('yhat = 0.5\nprint(2 * (yhat - 1) * yhat * (1 - yhat))');

    await cell.getByRole('button', { name: '↺ 되돌리기' }).click();
    expect(await cell.evaluate((element: HTMLElement & { code: string }) => element.code)).toBe(original);
    expect(await editor.innerText()).toBe(original);
    expect(await cell.getAttribute('status')).toBe('idle');
    await close();
  });

  it("lecture 1: the seeded data cell prints PyTorch's u, v, y; the plot cell draws the scatter and the red '--r' curve; gv() draws", async () => {
    const { page, problems, cspViolations, close } = await openPage(site.browser, `${site.server.origin}/lectures/${lectureId}/`);
    const cells = runnableCells(`content/lectures/${lectureId}.mdx`);
    const dataIndex = cells.findIndex((code) => code.startsWith('X = torch.linspace'));
    const data = await runCell(page, dataIndex, `torch.manual_seed(43052)\n${cells[dataIndex]}`);
    expect(data.type, data.detail.message).toBe('cell-done');
    expect(data.detail.stdout).toBe(readProgram('lecture-data').fixture.stdout);
    expect(await page.locator('torch-cell').first().getAttribute('status')).toBe('done'); // the imports ran first

    const plotIndex = cells.findIndex((code) => code.startsWith('plt.scatter(X, y, alpha=0.05)'));
    const plot = await runCell(page, plotIndex);
    expect(plot.type, plot.detail.message).toBe('cell-done');
    const figure = page.locator('torch-cell').nth(plotIndex).locator('.mpl-paper');
    expect(await figure.locator('circle').count()).toBe(2000);
    expect(await figure.locator('g[fill="#1f77b4"][fill-opacity="0.05"]').count()).toBe(1);
    expect(await figure.locator('path[stroke="#ff0000"][stroke-dasharray]').count()).toBe(1);

    // The gv() cell as written, plus a call: Graphviz (viz-js WebAssembly) draws it under the CSP.
    const gvIndex = cells.findIndex((code) => code.startsWith('import graphviz'));
    const diagram = await runCell(page, gvIndex, `${cells[gvIndex]}\ngv('"X" -> "yhat"')`);
    expect(diagram.type, diagram.detail.message).toBe('cell-done');
    const svg = page.locator('torch-cell').nth(gvIndex).locator('.tc-diagram svg');
    expect(await svg.locator('g.node').count()).toBe(2);
    expect(await svg.locator('text').allTextContents()).toEqual(expect.arrayContaining(['X', 'yhat']));
    expect(await cspViolations()).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("lecture 1: the homework cell rewritten as the notes' answer (the seed's MSE code), run after the seeded cells above, prints PyTorch's parameters", async () => {
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/${lectureId}/`);
    const cells = runnableCells(`content/lectures/${lectureId}.mdx`);
    const dataIndex = cells.findIndex((code) => code.startsWith('X = torch.linspace'));
    const loopIndex = cells.findIndex((code) => code.startsWith('for epoc in range(10000):'));
    const exerciseIndex = cells.findIndex((code) => code.includes('# <-- 여기만 수정해서!!'));
    const answerIndex = cells.findIndex((code) => code.includes('loss_fn = torch.nn.MSELoss()'));
    expect(exerciseIndex).toBeGreaterThan(loopIndex);
    // The notes' answer is folded under the exercise: open it as a reader does; its cell is the answer's code.
    const answer = page.locator('details.answer').filter({ hasText: 'MSELoss()' });
    await answer.locator('summary').click();
    const answerCell = page.locator('torch-cell').nth(answerIndex);
    await expect.poll(() => answerCell.evaluate((cell: HTMLElement & { code?: string }) => cell.code)).toBe(cells[answerIndex]);
    await page.evaluate(async (index) => {
      const cell = document.querySelectorAll('torch-cell')[index] as HTMLElement & { code: string };
      cell.scrollIntoView();
      await customElements.whenDefined('torch-cell');
      cell.code = `torch.manual_seed(43052)\n${cell.code}`;
    }, dataIndex);
    const loopDone = page.evaluate((index) => new Promise<{ stdout: string; elapsedMs: number }>((resolve) =>
      document.querySelectorAll('torch-cell')[index].addEventListener('cell-done', (event) => resolve((event as CustomEvent).detail), { once: true })), loopIndex);
    // The reader's path: the exercise cell, rewritten as the answer, runs after the data and BCE cells above it.
    const homework = await runCell(page, exerciseIndex, cells[answerIndex]);
    expect(homework.type, homework.detail.message).toBe('cell-done');
    const loop = await loopDone;
    // The fixture ran the same cells in PyTorch 1.13: the BCE loop's parameters, then the homework's.
    expect(loop.stdout + homework.detail.stdout).toBe(readProgram('lecture-mse-homework').fixture.stdout);
    console.log(`in the page: BCE loop cell (10000 epochs) ${Math.round(loop.elapsedMs)} ms, MSE homework cell ${Math.round(homework.detail.elapsedMs!)} ms; PyTorch: ${readProgram('lecture-mse-homework').fixture.seconds} s for both`);
    expect(problems).toEqual([]);
    await close();
  });

  it("lecture 3: every cell runs in order, reading dnnex0–3 through the course's addresses, and prints what PyTorch 1.13 and pandas 1.5 showed", async () => {
    const lecture = '03-deep-neural-network';
    const { page, problems, close } = await openPage(site.browser, `${site.server.origin}/lectures/${lecture}/`);
    const cells = runnableCells(`content/lectures/${lecture}.mdx`);
    const golden = (JSON.parse(readFileSync(`tests/fixtures/lecture-cells/${lecture}.json`, 'utf8')) as { cells: Array<{ stdout: string; shown: string | null; table: unknown }> }).cells;
    expect(await page.locator('torch-cell').count()).toBe(cells.length);
    const times: string[] = [];
    for (let i = 0; i < cells.length; i++) {
      const result = await runCell(page, i);
      expect(result.type, `cell ${i}: ${result.detail.message}`).toBe('cell-done');
      // The cell's text output is what it printed, then its result as Jupyter shows it (addresses masked).
      const text = result.detail.stdout!.replace(/\b0x[0-9a-f]+/g, '0x…');
      expect(text, `cell ${i}`).toBe(golden[i].stdout + (golden[i].shown === null ? '' : `${golden[i].shown}\n`));
      if (result.detail.elapsedMs! > 500) times.push(`#${i} ${Math.round(result.detail.elapsedMs!)} ms`);
      // Training cells keep the course's epochs (3000 and 6000) and still finish in a few seconds.
      expect(result.detail.elapsedMs, `cell ${i}`).toBeLessThan(15_000);
    }
    // The DataFrames show as tables: dnnex0, dnnex3, and dnnex3 with the trained yhat.
    const tables = golden.flatMap((cell, i) => (cell.table ? [i] : []));
    expect(tables).toHaveLength(3);
    for (const i of tables) expect(await page.locator('torch-cell').nth(i).locator('table').count(), `cell ${i}`).toBe(1);
    const first = await page.locator('torch-cell').nth(tables[0]).textContent();
    expect(first).toContain('2000 rows × 3 columns');
    expect(first).toContain('0.000045');
    console.log(`lecture 3 in the page, cells over 0.5 s: ${times.join(', ')}`);
    expect(problems).toEqual([]);
    await close();
  });
});
