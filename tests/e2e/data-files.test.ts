// A lecture's data files in real Chromium, on the /course/ build (npm run build:subpath, the
// lecture tests/fixtures/data-files/): cells read the CSV files the lecture ships through the
// addresses the original course code uses (urllib) and by name (open), print what CPython prints
// for the same files, and no request leaves the site — the worker reads each file from
// /course/data/ once, and an address the lecture does not map is a URLError, not a request;
// pandas reads the course's CSV by its address and shows it as pandas 1.5.3 does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { runCell, runnableCells } from '../support/cells';
import { serveStatic, type StaticServer } from '../support/static-server';
import { requireBuild, subpathSite } from '../support/site';
import { cpythonOutputs } from '../support/cpython';

const lecture = '92-data-files';
const dataDir = `tests/fixtures/data-files/data/${lecture}`;
const cells = runnableCells(`tests/fixtures/data-files/${lecture}.mdx`);
const RAW = 'https://raw.githubusercontent.com/guebin/DL2022/';

const cpythonOutput = cpythonOutputs('data-files');
/**
 * What CPython prints for these cells in one namespace, run in the lecture's data folder with
 * each GitHub address read from that folder (recorded: tests/support/cpython.ts).
 */
function cpython(code: string[]): string {
  const local = code.join('\n').replace(/https:\/\/raw\.githubusercontent\.com\/guebin\/DL2022\/\w+\/posts\/II\.%20DNN\//g, 'file:./');
  return cpythonOutput(local, { cwd: dataDir, env: { LC_ALL: 'C.UTF-8' } });
}

let site: StaticServer;
let browser: Browser;
beforeAll(async () => {
  site = await serveStatic(requireBuild(subpathSite.distDir, 'npm run build:subpath'), { base: subpathSite.base });
  browser = await launchChromium({ gpu: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('a lecture that ships its data', () => {
  it('reads its CSV files through their original addresses and by name, from its own site only', async () => {
    const context = await browser.newContext();
    const elsewhere: string[] = [];
    const requested: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${site.origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
        requested.push(new URL(url).pathname);
        return route.continue();
      }
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(`${site.origin}/course/lectures/${lecture}/`, { waitUntil: 'networkidle' });
    expect(requested.filter((path) => path.includes('/data/'))).toEqual([]);

    // The original code: urllib on the GitHub address (main branch, `II.%20DNN`).
    expect(cells[0]).toContain(`${RAW}main/posts/II.%20DNN/2022-10-04-dnnex0.csv`);
    const first = await runCell(page, 0);
    expect(first.type).toBe('cell-done');
    expect(first.detail.stdout).toBe(cpython([cells[0]]));
    expect(first.detail.stdout).toMatch(/^x,underlying,y\n-1\.0,4\.5397872e-05,0\.0\n/);
    // By name, iterating the file's lines.
    const second = await runCell(page, 1);
    expect(second.detail.stdout).toBe(cpython([cells[1]]));
    // The other branch's address (`master`), which the lecture maps too.
    const third = await runCell(page, 2);
    expect(third.detail.stdout).toBe(cpython(cells).slice(cpython(cells.slice(0, 2)).length));

    // Read once per kernel: the same file again is not requested again.
    const again = await runCell(page, 0);
    expect(again.detail.stdout).toBe(first.detail.stdout);
    expect(requested.filter((path) => path.includes('/data/'))).toEqual([
      `/course/data/${lecture}/2022-10-04-dnnex0.csv`,
      `/course/data/${lecture}/2022-09-22-regression.csv`,
    ]);
    // What the synchronous read of a 69 KB file costs a cell (first run minus the cached rerun).
    console.log(`data-files: first read ${first.detail.elapsedMs?.toFixed(1)} ms, cached ${again.detail.elapsedMs?.toFixed(1)} ms`);

    // An address the lecture does not ship (06wk-2's copy of the same file) is unreachable, as Python says.
    const unmapped = `${RAW}master/posts/2022-10-04-dnnex0.csv`;
    const failed = await runCell(page, 2, `urllib.request.urlopen('${unmapped}')`);
    expect(failed.type).toBe('cell-error');
    expect(failed.detail.message).toBe(`URLError: <urlopen error 이 페이지는 강의가 담은 파일만 읽습니다 / this page reads only the lecture's own files: ${unmapped}>`);
    await expect.poll(() => page.locator('torch-cell').nth(2).locator('.tc-output').innerText()).toContain('이 페이지는 인터넷에서 읽지 않습니다');
    const missing = await runCell(page, 2, "open('2022-10-04-dnnex1.csv')");
    expect(missing.detail.message).toBe("FileNotFoundError: [Errno 2] No such file or directory: '2022-10-04-dnnex1.csv'");

    expect(elsewhere).toEqual([]);
    expect(requested.filter((path) => path.includes('/data/'))).toHaveLength(2);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("reads the course's CSV with pd.read_csv(url) and shows it as pandas does: print, and the notebook's table", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/course/lectures/${lecture}/`, { waitUntil: 'networkidle' });
    const read = `import pandas as pd\ndf = pd.read_csv("${RAW}master/posts/II.%20DNN/2022-09-22-regression.csv")`;
    const printed = await runCell(page, 0, `${read}\nprint(df)\nprint(df.x.mean(), df.y.std())`);
    expect(printed.type, printed.detail.message).toBe('cell-done');
    expect(printed.detail.stdout).toBe(cpython([read, 'print(df)', 'print(df.x.mean(), df.y.std())']));
    const shown = await runCell(page, 0, `${read}\ndf`);
    expect(shown.type, shown.detail.message).toBe('cell-done');
    const table = page.locator('torch-cell').first().locator('table.tc-dataframe');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(11);
    expect(await table.locator('tbody tr').first().locator('td').allTextContents()).toEqual(['-2.482113', '-8.542024']);
    expect(await page.locator('torch-cell').first().locator('.tc-table-size').textContent()).toBe('100 rows × 2 columns');
    await page.close();
  });

  it("trains on the course's data read by its address and plots it, printing PyTorch's numbers", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/course/lectures/${lecture}/`, { waitUntil: 'networkidle' });
    // 05wk-2's start: dnnex0.csv read by its address, a 1→16→1 net, Adam, then the fit over the data.
    const code = [
      'import torch',
      'import pandas as pd',
      'import matplotlib.pyplot as plt',
      `df = pd.read_csv('${RAW}main/posts/II.%20DNN/2022-10-04-dnnex0.csv')`,
      'x = torch.tensor(df.x).float().reshape(-1, 1)',
      'y = torch.tensor(df.y).float().reshape(-1, 1)',
      'torch.manual_seed(43052)',
      'net = torch.nn.Sequential(torch.nn.Linear(1, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1), torch.nn.Sigmoid())',
      'loss_fn = torch.nn.BCELoss()',
      'optimizr = torch.optim.Adam(net.parameters(), lr=0.05)',
      'for epoc in range(300):',
      '    yhat = net(x)',
      '    loss = loss_fn(yhat, y)',
      '    loss.backward()',
      '    optimizr.step()',
      '    optimizr.zero_grad()',
      'print(loss)',
      'print(net(x)[::500].data)',
      "plt.plot(df.x, df.y, 'o', alpha=0.02)",
      "plt.plot(x, net(x).data, '--')",
    ].join('\n');
    const result = await runCell(page, 0, code);
    expect(result.type, result.detail.message).toBe('cell-done');
    // PyTorch's printed numbers, then the last line's value as Jupyter shows it
    const printed = cpython([code]);
    expect(result.detail.stdout?.slice(0, printed.length)).toBe(printed);
    expect(result.detail.stdout?.slice(printed.length)).toMatch(/^\[<matplotlib\.lines\.Line2D at 0x[0-9a-f]+>\]\n$/);
    const figure = page.locator('torch-cell').first().locator('.mpl-paper');
    await expect.poll(() => figure.count()).toBe(1);
    expect(await figure.getAttribute('aria-label')).toContain('선 2000개 점');
    await page.close();
  });
});
