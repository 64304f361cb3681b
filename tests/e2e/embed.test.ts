// Teachers' embeds, from a page on another origin: the iframe page and the one-script-tag
// bundle both train; the iframe reports its height; hostile query values stay text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { serveStatic, type StaticServer } from '../support/static-server';
import { distDir } from '../support/site';
import { startAndWait } from '../support/demo-page';
import { hangulCoverage } from '../support/hangul-coverage';

let site: StaticServer;
let host: StaticServer;
let browser: Browser;

/** A teacher's page, as the embed guide tells them to write it. */
const hostPage = (siteOrigin: string) => `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>수업 페이지</title>
<style>button { background: hotpink !important; font-size: 40px !important; } p { color: red; }</style></head>
<body>
<h1>내 수업</h1>
<iframe id="frame" src="${siteOrigin}/embed/logistic-train/?loss=mse&epochs=200&backend=wasm" title="데모" width="100%" height="300" style="border:0"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (event) => {
    if (event.data?.source !== 'live-lectures') return;
    window.messages.push(event.data);
    if (event.data.type === 'resize') document.getElementById('frame').style.height = event.data.height + 'px';
  });
</script>
<script type="module" src="${siteOrigin}/embed/demos.js"></script>
<logistic-train-demo id="inline" loss="mse" epochs="200" backend="wasm"></logistic-train-demo>
</body></html>`;

beforeAll(async () => {
  site = await serveStatic(distDir);
  // The teacher's site: a different port is a different origin. It serves only its page.
  host = await serveStatic('tests', { base: '/no-files/', pages: { '/': hostPage(site.origin) } });
  browser = await launchChromium({ gpu: false });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await host?.close();
});

describe('embedding a demo in another site', () => {
  it('the iframe trains to demo-done and reports its height to the parent', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(host.origin + '/');
    expect(new URL(site.origin).port).not.toBe(new URL(host.origin).port);
    await expect.poll(() => page.evaluate(() => (window as unknown as { messages: { type: string }[] }).messages.some((m) => m.type === 'resize'))).toBe(true);
    const frame = page.frameLocator('#frame');
    const demo = frame.locator('logistic-train-demo');
    const { type, detail } = await startAndWait(demo);
    expect(type).toBe('demo-done');
    expect(detail.epoch).toBe(200);
    const messages = await page.evaluate(() => (window as unknown as { messages: { type: string; height?: number }[] }).messages);
    expect(messages.some((message) => message.type === 'demo-done')).toBe(true);
    const lastHeight = messages.filter((message) => message.type === 'resize').at(-1)!.height!;
    expect(lastHeight).toBeGreaterThan(400);
    expect(await page.locator('#frame').evaluate((frameElement) => frameElement.getBoundingClientRect().height)).toBe(lastHeight);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the script-tag element trains on the host page, unaffected by the host page\'s CSS', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    await page.goto(host.origin + '/');
    const demo = page.locator('#inline');
    await demo.scrollIntoViewIfNeeded();
    const play = demo.getByRole('button', { name: '▶ 재생' });
    await play.waitFor();
    // The host styles every <button> hot pink at 40px; the demo's shadow root keeps its own look.
    expect(await play.evaluate((button) => getComputedStyle(button).fontSize)).not.toBe('40px');
    const { type, detail } = await startAndWait(demo);
    expect(type).toBe('demo-done');
    expect(detail.epoch).toBe(200);
    expect(detail.backend).toBe('wasm');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('the script-tag element draws its Korean in the course site\'s face, on a host page and machine without one', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const fontRequests: string[] = [];
    page.on('request', (request) => request.resourceType() === 'font' && fontRequests.push(request.url()));
    await page.goto(host.origin + '/');
    const demo = page.locator('#inline');
    await demo.scrollIntoViewIfNeeded();
    await demo.getByRole('button', { name: '▶ 재생' }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    const coverage = await hangulCoverage(page, 'inline');
    expect(coverage.length).toBeGreaterThan(3);
    expect(coverage.filter((entry) => entry.web < entry.hangul)).toEqual([]);
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(fontRequests.filter((url) => !url.startsWith(`${site.origin}/_astro/noto-sans-kr-`))).toEqual([]);
    await page.close();
  });

  it('a hostile query shows the validation message and never becomes markup', async () => {
    const page = await browser.newPage();
    let alerted = false;
    page.on('dialog', async (dialog) => {
      alerted = true;
      await dialog.dismiss();
    });
    await page.goto(`${site.origin}/embed/logistic-train/?n=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    const demo = page.locator('logistic-train-demo');
    await expect.poll(() => demo.getAttribute('status')).toBe('error');
    const message = await demo.locator('.ll-message').textContent();
    expect(message).toContain('데모 설정값이 올바르지 않아');
    expect(message).toContain('Invalid n "<img src=x onerror=alert(1)>"');
    expect(await page.evaluate(() => document.querySelectorAll('img').length + (document.querySelector('logistic-train-demo')!.shadowRoot!.querySelectorAll('img').length))).toBe(0);
    expect(alerted).toBe(false);
    await page.close();
  });

  it('?autoplay alone starts the iframe demo', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/embed/logistic-train/?autoplay&epochs=100&backend=cpu`);
    await expect.poll(() => page.locator('logistic-train-demo').getAttribute('status'), { timeout: 30_000 }).toBe('done');
    await page.close();
  });
});
