// npm run bench:weight — what the lecture page downloads, in gzip bytes, at each step a reader
// takes: opening the page, scrolling a demo into view, pressing play (WASM backend).
// Needs `npm run build`. Sizes are each file gzipped at level 9, as a static host would send it.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumPathOrThrow } from '../src/cli/find-chromium.mjs';

const dist = resolve('dist');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.wasm': 'application/wasm', '.json': 'application/json' };
const server = createServer((request, response) => {
  let file = join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname));
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  } catch {
    response.writeHead(404);
    response.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((done) => server.on('listening', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: chromiumPathOrThrow(),
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const requested = [];
page.on('request', (request) => requested.push(new URL(request.url()).pathname));

const servedFile = (path) => (path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path));
const gzipBytes = (path) => gzipSync(readFileSync(servedFile(path)), { level: 9 }).length;
let seen = 0;
const rows = [];
function step(name) {
  const files = requested.slice(seen);
  seen = requested.length;
  const sum = (pattern) => files.filter((file) => pattern.test(file)).reduce((total, file) => total + gzipBytes(file), 0);
  // A page's CSS is inline in its HTML (build.inlineStylesheets), so the HTML column holds it.
  rows.push({ step: name, html: sum(/\/$|\.html$/), js: sum(/\.js$/), css: sum(/\.css$/), wasm: sum(/\.wasm$/), fonts: sum(/\.woff2$/), files: files.length });
}

await page.goto(`${origin}/lectures/01-logistic-regression/`, { waitUntil: 'networkidle' });
step('page open (no demo in view)');
const demo = page.locator('logistic-train-demo').first();
await demo.evaluate((element) => element.setAttribute('backend', 'wasm'));
await demo.scrollIntoViewIfNeeded();
await demo.getByRole('button', { name: '▶ 재생' }).waitFor();
await page.waitForLoadState('networkidle');
step('demo in view (controls, d3, tfjs core)');
await demo.evaluate(async (element) => {
  await new Promise((done) => {
    element.addEventListener('demo-done', done, { once: true });
    element.setAttribute('epochs', '100');
    setTimeout(() => element.start(), 100);
  });
});
step('play on WASM (backend + .wasm)');
await browser.close();
server.close();

const kb = (bytes) => (bytes / 1024).toFixed(1);
console.log('| step | HTML KB | JS KB | CSS KB | WASM KB | fonts KB | files |\n|---|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row.step} | ${kb(row.html)} | ${kb(row.js)} | ${kb(row.css)} | ${kb(row.wasm)} | ${kb(row.fonts)} | ${row.files} |`);
