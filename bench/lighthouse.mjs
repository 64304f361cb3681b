// npm run bench:lighthouse — Lighthouse 12 (performance, accessibility) for the lecture page of
// the built site (run `npm run build` first), served gzip-compressed as GitHub Pages serves it.
// Uses Debian's Chromium (CHROME_PATH, default /usr/lib/chromium/chromium) headless, without a sandbox.
// Kept out of `npm test`: one run takes about a minute here and its scores vary from run to run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first');
const path = process.argv[2] ?? '/lectures/01-logistic-regression/';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf', '.txt': 'text/plain',
};
const compressible = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const server = createServer(async (request, response) => {
  try {
    let file = normalize(join(dist, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!file.startsWith(dist)) throw new Error('outside');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const type = types[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'max-age=600' };
    if (compressible.test(type) && /gzip/.test(request.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, headers);
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end('not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const url = `http://127.0.0.1:${server.address().port}${path}`;

/** Debian's /usr/bin/chromium is a shell wrapper that chrome-launcher cannot drive; use the binary. */
function chromiumBinary() {
  return existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';
}

const report = process.env.LH_REPORT ?? join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
const lighthouse = new URL('../node_modules/lighthouse/cli/index.js', import.meta.url).pathname;
const started = Date.now();
// Asynchronous: this process also serves the site, so it must not block while Lighthouse runs.
const child = spawn(process.execPath, [
  lighthouse, url,
  '--only-categories=performance,accessibility',
  '--output=json', `--output-path=${report}`, ...(process.env.LH_VERBOSE ? ['--verbose'] : ['--quiet']),
  '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-dev-shm-usage',
  '--max-wait-for-load=60000',
], { stdio: 'inherit', env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? chromiumBinary() } });
const status = await new Promise((done) => child.on('exit', done));
server.close();
if (status !== 0) process.exit(status ?? 1);

const result = JSON.parse(readFileSync(report, 'utf8'));
const score = (category) => Math.round(result.categories[category].score * 100);
const metric = (id) => result.audits[id]?.displayValue ?? '–';
console.log(`Lighthouse ${result.lighthouseVersion} (${result.configSettings.formFactor}, simulated throttling) — ${path}`);
console.log(`  performance   ${score('performance')}`);
console.log(`  accessibility ${score('accessibility')}`);
console.log(`  FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}`);
const failed = Object.values(result.categories.accessibility.auditRefs)
  .map((ref) => result.audits[ref.id])
  .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary');
if (failed.length > 0) console.log(`  accessibility audits failing: ${failed.map((audit) => audit.id).join(', ')}`);
console.log(`  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
