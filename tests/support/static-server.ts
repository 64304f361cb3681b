// A tiny static file server for tests and benchmarks: serves a built folder on 127.0.0.1.
// Why not `astro preview`: tests need several servers at once (other origins for embeds,
// a different `base`) and full control over headers, without spawning processes.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
};

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 */
  origin: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** URL prefix the folder is mounted under, e.g. '/course/' (default '/'). */
  base?: string;
  /** Extra HTML routes served from memory (path -> html), e.g. a host page for embeds. */
  pages?: Record<string, string>;
}

export async function serveStatic(rootDir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(rootDir);
  const base = options.base ?? '/';
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const inMemory = options.pages?.[url.pathname];
    if (inMemory !== undefined) {
      response.writeHead(200, { 'content-type': contentTypes['.html'] });
      response.end(inMemory);
      return;
    }
    if (!url.pathname.startsWith(base)) return notFound(response);
    const relative = decodeURIComponent(url.pathname.slice(base.length));
    let filePath = normalize(join(root, relative));
    if (!filePath.startsWith(root)) return notFound(response);
    try {
      if ((await stat(filePath)).isDirectory()) filePath = join(filePath, 'index.html');
      const body = await readFile(filePath);
      response.writeHead(200, {
        'content-type': contentTypes[extname(filePath)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function notFound(response: import('node:http').ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
  response.end('not found');
}
