// A small link checker over a built site folder: every page's href/src and every stylesheet's
// url() that points inside the site must name a file that exists, and a #fragment must name an
// id on its target page. Links must stay under the deploy base path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BrokenLink {
  from: string;
  link: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  checked: number;
  external: string[];
  broken: BrokenLink[];
}

const origin = 'http://site.invalid';

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(dir, file));
}

const decodeEntities = (text: string) =>
  text.replace(/&amp;/g, '&').replace(/&#38;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

/** The site URL path a built file is served at: dir/index.html -> /base/dir/. */
export function servedPath(outDir: string, file: string, base: string): string {
  const path = relative(outDir, file).split('\\').join('/');
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

export function checkLinks(outDir: string, base: string): LinkReport {
  const pages = filesUnder(outDir, '.html');
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsByFile.has(file)) {
      const html = readFileSync(file, 'utf8');
      idsByFile.set(file, new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => decodeEntities(match[1]))));
    }
    return idsByFile.get(file)!;
  };
  const report: LinkReport = { pages: pages.length, checked: 0, external: [], broken: [] };

  const check = (from: string, fromUrl: string, link: string) => {
    if (/^(mailto:|data:|blob:|javascript:)/i.test(link)) {
      if (/^javascript:/i.test(link)) report.broken.push({ from, link, reason: 'javascript: URL' });
      return;
    }
    const url = new URL(link, origin + fromUrl);
    if (url.origin !== origin) {
      report.external.push(url.href);
      return;
    }
    report.checked++;
    if (!url.pathname.startsWith(base)) {
      report.broken.push({ from, link, reason: `outside the base path ${base}` });
      return;
    }
    const path = decodeURIComponent(url.pathname.slice(base.length));
    let file = join(outDir, path);
    if (path === '' || path.endsWith('/')) file = join(file, 'index.html');
    else if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      report.broken.push({ from, link, reason: 'no such file' });
      return;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    // "#top" scrolls to the top by the HTML standard even without such an id.
    if (fragment && fragment !== 'top' && file.endsWith('.html') && !idsOf(file).has(fragment)) {
      report.broken.push({ from, link, reason: `no element with id "${fragment}"` });
    }
  };

  const checkCss = (from: string, sheetUrl: string, css: string) => {
    for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (!match[1].startsWith('#') && !match[1].startsWith('data:')) check(from, sheetUrl, match[1]);
    }
  };
  for (const page of pages) {
    const source = readFileSync(page, 'utf8');
    const html = source.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (tag) => tag.slice(0, tag.indexOf('>') + 1));
    const pageUrl = servedPath(outDir, page, base);
    for (const match of html.matchAll(/<(?:a|link|script|img|source|iframe|use|image)\b[^>]*?\s(?:href|src|xlink:href)="([^"]*)"/g)) {
      check(relative(outDir, page), pageUrl, decodeEntities(match[1]));
    }
    // Pages carry their CSS inline (fonts, KaTeX): its url()s must resolve too.
    for (const match of source.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) checkCss(relative(outDir, page), pageUrl, match[1]);
  }
  for (const stylesheet of filesUnder(outDir, '.css')) {
    checkCss(relative(outDir, stylesheet), servedPath(outDir, stylesheet, base), readFileSync(stylesheet, 'utf8'));
  }
  return report;
}

