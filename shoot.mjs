import { chromium } from 'playwright-core';
import { chromiumPathOrThrow } from './src/cli/find-chromium.mjs';
const [url, width, out, selector] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPathOrThrow(), args: ['--no-sandbox','--disable-gpu'], headless: true });
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1500);
if (selector) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  await el.screenshot({ path: out });
} else await page.screenshot({ path: out, fullPage: true });
await browser.close();
