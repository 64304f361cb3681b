// A blank page in headless Chromium served from localhost with one worker script at /worker.js:
// what the cell benches (bench/cell-bench.mjs, bench/net-bench.mjs) run their workers in.
import { createServer } from 'node:http';

/** Opens the page; returns { page, origin, version, close }. Throws when Chromium cannot start. */
export async function openWorkerPage(workerSource, title) {
  const { chromium } = await import('playwright-core');
  const server = createServer((req, res) => {
    if (req.url === '/worker.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(workerSource);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>${title}</title>`);
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless'], headless: true });
  const page = await browser.newPage();
  await page.goto(`${origin}/`);
  return { page, origin, version: browser.version(), close: async () => (await browser.close(), server.close()) };
}
