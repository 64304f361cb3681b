// "내 데이터 / Use my data" in real Chromium on the built site: a CSV pasted, picked as a file
// or named by data-src (attribute, iframe query) becomes what the demo trains on, getData and
// the CSV download return; a bad file is refused with its line and value and changes nothing.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { distDir, lectureId } from '../support/site';
import { parseUserCsv } from '../../src/lib/user-data';
import { openAnswers } from '../support/demo-page';

const lecturePath = `/lectures/${lectureId}/`;
/** 40 points of a clean logistic pattern: x < 0.2 mostly 0, above mostly 1. */
const smallCsv = ['x,y', ...Array.from({ length: 40 }, (_, i) => { const x = -2 + i * 0.1; return `${x.toFixed(2)},${(x > 0.2) !== (i % 7 === 0) ? 1 : 0}`; })].join('\n');

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  server = await serveStatic(distDir, { pages: { '/my-data.csv': smallCsv } });
  browser = await launchChromium({ gpu: false });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openDemo(selector = '#logistic-train-1', path = lecturePath): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(async (selector) => {
    const demo = document.querySelector(selector) as HTMLElement;
    demo.setAttribute('backend', 'cpu');
    demo.scrollIntoView();
    await customElements.whenDefined(demo.localName);
    await new Promise<void>((done) => {
      const check = () => (demo.shadowRoot?.querySelector('.ll-user-data') ? done() : requestAnimationFrame(check));
      check();
    });
  }, selector);
  return page;
}

const getData = (page: Page, selector = '#logistic-train-1') =>
  page.evaluate((selector) => (document.querySelector(selector) as HTMLElement & { getData(): { x: number[]; y: number[] } }).getData(), selector);

/** Waits until the rebuilt demo shows its user-data panel again, then returns its message. */
async function problemShown(page: Page, selector = '#logistic-train-1'): Promise<string> {
  const message = page.locator(`${selector} .ll-user-data .ll-field-error`);
  await expect.poll(() => message.isVisible()).toBe(true);
  return (await message.textContent()) ?? '';
}

const trainToDone = (page: Page, selector = '#logistic-train-1') =>
  page.evaluate((selector) => new Promise<{ type: string; epoch: number }>((done) => {
    const demo = document.querySelector(selector) as HTMLElement & { start(): Promise<void> };
    for (const type of ['demo-done', 'demo-error']) demo.addEventListener(type, (event) => done({ type, epoch: (event as CustomEvent).detail.epoch }), { once: true });
    void demo.start();
  }), selector);

async function pickFile(page: Page, name: string, content: string | Buffer, selector = '#logistic-train-1'): Promise<void> {
  await page.locator(`${selector} summary:has-text("내 데이터")`).click();
  await page.locator(`${selector} input[type="file"]`).setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

describe('the reader’s own data', () => {
  it('a pasted CSV with a bad line is refused with its line and value; the demo keeps its data', async () => {
    const page = await openDemo();
    const before = await getData(page);
    await page.locator('#logistic-train-1 summary:has-text("내 데이터")').click();
    await page.locator('#logistic-train-1 textarea').fill(`x,y\n0.1,0\n0.2,2\n${smallCsv.split('\n').slice(1).join('\n')}`);
    await page.locator('#logistic-train-1 button:has-text("붙여넣은 데이터로 학습")').click();
    expect(await problemShown(page)).toContain('3행: y 값 "2"는 0 또는 1이어야 합니다');
    expect(await getData(page)).toEqual(before);
    expect(await page.locator('#logistic-train-1 [data-role="truth"]').count()).toBe(1);
    await page.close();
  });

  it('an empty file is refused and changes nothing', async () => {
    const page = await openDemo();
    const before = await getData(page);
    await pickFile(page, 'empty.csv', '');
    expect(await problemShown(page)).toContain('파일이 비어 있습니다');
    expect(await getData(page)).toEqual(before);
    await page.close();
  });

  it('a file with a BOM and CRLF line ends trains, hides the true curve, and getData and the CSV download return it', async () => {
    const page = await openDemo();
    const csv = `\ufeff${smallCsv.replace(/\n/g, '\r\n')}\r\n`;
    await pickFile(page, 'crlf.csv', csv);
    const expected = parseUserCsv(csv);
    if (!expected.ok) throw new Error(expected.message);
    await expect.poll(async () => (await getData(page)).x.length).toBe(40);
    const data = await getData(page);
    expect(data.x).toEqual(Array.from(expected.data.x));
    expect(data.y).toEqual(Array.from(expected.data.y));
    // The data changes at once; the true curve leaves with the next redraw.
    await expect.poll(() => page.locator('#logistic-train-1 [data-role="truth"]').count()).toBe(0);
    expect(await page.locator('#logistic-train-1 .ll-user-source').textContent()).toContain('crlf.csv');
    await page.locator('#logistic-train-1 input[data-control="epochs"]').fill('300');
    await page.locator('#logistic-train-1 input[data-control="epochs"]').press('Enter');
    await expect.poll(() => page.locator('#logistic-train-1').getAttribute('epochs')).toBe('300');
    await page.waitForFunction(() => document.querySelector('#logistic-train-1')?.shadowRoot?.querySelector('.ll-user-source'));
    expect((await getData(page)).x.length).toBe(40); // the reader's data outlives a change of settings
    expect(await trainToDone(page)).toEqual({ type: 'demo-done', epoch: 300 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#logistic-train-1 a:has-text("데이터 CSV")').click()]);
    const downloaded = parseUserCsv(readFileSync(await download.path(), 'utf8'));
    expect(downloaded.ok && Array.from(downloaded.data.x)).toEqual(data.x);
    await page.close();
  });

  it('a 10^6-row file is taken and trains', async () => {
    const page = await openDemo();
    const lines = ['x,y'];
    for (let i = 0; i < 1_000_000; i++) lines.push(`${(i / 500_000 - 1).toFixed(6)},${i % 3 === 0 ? 0 : 1}`);
    await pickFile(page, 'million.csv', lines.join('\n'));
    await expect.poll(() => page.evaluate(() => (document.querySelector('#logistic-train-1') as HTMLElement & { getData(): { x: number[] } }).getData().x.length), { timeout: 60_000 }).toBe(1_000_000);
    await page.locator('#logistic-train-1 input[data-control="epochs"]').fill('3');
    await page.locator('#logistic-train-1 input[data-control="epochs"]').press('Enter');
    await expect.poll(() => page.locator('#logistic-train-1').getAttribute('epochs')).toBe('3');
    await page.waitForFunction(() => document.querySelector('#logistic-train-1')?.shadowRoot?.querySelector('.ll-user-source'));
    expect(await trainToDone(page)).toEqual({ type: 'demo-done', epoch: 3 });
    await page.close();
  }, 180_000);

  it('data-src on the element and in the iframe query trains on that CSV', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(server.origin + lecturePath, { waitUntil: 'networkidle' });
    await openAnswers(page); // the homework's compare demo is folded under 정답 보기
    await page.evaluate(async () => {
      const demo = document.querySelector('#loss-compare-1') as HTMLElement;
      demo.setAttribute('data-src', '/my-data.csv');
      demo.setAttribute('backend', 'cpu');
      demo.setAttribute('epochs', '200');
      demo.scrollIntoView();
      await customElements.whenDefined(demo.localName);
    });
    await page.waitForFunction(() => document.querySelector('#loss-compare-1')?.shadowRoot?.querySelector('.ll-user-source'));
    expect((await getData(page, '#loss-compare-1')).x.length).toBe(40);
    expect(await page.locator('#loss-compare-1 .target').count()).toBe(0);
    expect(await trainToDone(page, '#loss-compare-1')).toEqual({ type: 'demo-done', epoch: 200 });
    await page.goto(`${server.origin}/embed/logistic-train/?data-src=/my-data.csv&backend=cpu`, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.querySelector('logistic-train-demo')?.shadowRoot?.querySelector('.ll-user-source'));
    expect((await getData(page, 'logistic-train-demo')).y.length).toBe(40);
    await page.close();
  });
});
