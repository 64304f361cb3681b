// What crawlers, feed readers, link previews and the browser's security policy read from the
// built pages, plus the navigation around a lecture.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastCommitDate } from '../../src/build/last-updated';
import { inlineScriptHashes, videoOrigins } from '../../src/build/csp';
import { distDir, lectureId, readBuiltPage, requireBuild, subpathSite } from '../support/site';

const lecturePage = readBuiltPage(`lectures/${lectureId}/`);
const subpathDir = requireBuild(subpathSite.distDir, 'npm run build:subpath');
const readSubpath = (path: string) => readFileSync(join(subpathDir, path), 'utf8');
const attribute = (html: string, selector: RegExp) => html.match(selector)?.[1];
const builtPages = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));

describe('sharing and search-engine metadata', () => {
  it('gives each page a canonical URL and Open Graph / Twitter cards under SITE_URL + BASE_PATH', () => {
    const page = readSubpath(`lectures/${lectureId}/index.html`);
    const url = `${subpathSite.site}/course/lectures/${lectureId}/`;
    expect(attribute(page, /<link rel="canonical" href="([^"]+)"/)).toBe(url);
    expect(attribute(page, /<meta property="og:url" content="([^"]+)"/)).toBe(url);
    expect(attribute(page, /<meta property="og:type" content="([^"]+)"/)).toBe('article');
    expect(attribute(page, /<meta property="og:title" content="([^"]+)"/)).toBe('로지스틱 회귀 — 네트워크 설계와 학습');
    expect(attribute(page, /<meta property="og:description" content="([^"]+)"/)).toContain('알렉스넷');
    expect(attribute(page, /<meta property="og:image" content="([^"]+)"/)).toBe(`${subpathSite.site}/course/og-image.png`);
    expect(attribute(page, /<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
    expect(existsSync(join(subpathDir, 'og-image.png'))).toBe(true);
    expect(attribute(lecturePage, /<link rel="canonical" href="([^"]+)"/)).toBe(`http://localhost:4321/lectures/${lectureId}/`);
  });

  it('keeps the 404 page out of search engines', () => {
    const notFound = readFileSync(join(distDir, '404.html'), 'utf8');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    expect(notFound).not.toContain('rel="canonical"');
  });

  it('lists every lecture in sitemap.xml and rss.xml with absolute URLs', () => {
    const sitemap = readSubpath('sitemap.xml');
    const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(locations).toEqual([
      `${subpathSite.site}/course/`,
      `${subpathSite.site}/course/lectures/${lectureId}/`,
      `${subpathSite.site}/course/lectures/02-bce-vs-mse/`,
      `${subpathSite.site}/course/lectures/03-deep-neural-network/`,
      `${subpathSite.site}/course/lectures/90-linear-regression/`,
      `${subpathSite.site}/course/lectures/91-regression-loss/`,
      `${subpathSite.site}/course/lectures/92-data-files/`,
    ]);
    const rss = readSubpath('rss.xml');
    expect(rss).toContain('<language>ko</language>');
    const items = [...rss.matchAll(/<item>[\s\S]*?<title>([^<]+)<\/title>\s*<link>([^<]+)<\/link>/g)].map((match) => [match[1], match[2]]);
    // Newest first; lecture 3 and the search fixture share the newest date, and course order breaks the tie.
    expect(items.slice(0, 2)).toEqual([
      ['깊은 신경망(1) — 로지스틱 회귀의 한계와 DNN', `${subpathSite.site}/course/lectures/03-deep-neural-network/`],
      ['평균제곱오차 (검색 테스트용)', `${subpathSite.site}/course/lectures/91-regression-loss/`],
    ]);
    expect(items).toContainEqual(['로지스틱 회귀 — 네트워크 설계와 학습', `${subpathSite.site}/course/lectures/${lectureId}/`]);
    expect(readSubpath('robots.txt')).toContain(`Sitemap: ${subpathSite.site}/course/sitemap.xml`);
    expect(lecturePage).toContain('<link rel="alternate" type="application/rss+xml"');
  });
});

describe('Content-Security-Policy', () => {
  it('comes first in <head> on every page and allows exactly that page’s inline scripts', () => {
    for (const file of builtPages(distDir)) {
      const html = readFileSync(file, 'utf8');
      const policy = attribute(html, /^<!DOCTYPE html><html lang="ko"[^>]*>\s*<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="([^"]+)">/i);
      expect(policy, file).toBeDefined();
      const scriptSources = policy!.match(/script-src ([^;]+)/)![1].split(' ');
      expect(scriptSources.slice(0, 2)).toEqual(["'self'", "'wasm-unsafe-eval'"]);
      expect(scriptSources.slice(2).sort()).toEqual(inlineScriptHashes(html).map((hash) => `'${hash}'`).sort());
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      // A lecture video's origin, and only that, may be framed or played (after the reader's click).
      const videoDirectives = policy!.split('; ').filter((directive) => /^(frame|media)-src /.test(directive));
      for (const directive of videoDirectives) expect(directive.split(' ').slice(2).sort()).toEqual(videoOrigins(html).sort());
      const rest = policy!.split('; ').filter((directive) => !videoDirectives.includes(directive)).join('; ');
      expect(rest).not.toMatch(/'unsafe-eval'|script-src[^;]*unsafe-inline|https?:|\*/);
    }
  });
});

describe('links to other sites', () => {
  it('carry rel="noopener noreferrer" on every page', () => {
    for (const file of [...builtPages(distDir), ...builtPages(subpathDir)]) {
      const html = readFileSync(file, 'utf8');
      for (const [tag] of html.matchAll(/<a\b[^>]*href="(?:https?:)?\/\/[^"]*"[^>]*>/g)) {
        const rel = attribute(tag, /rel="([^"]+)"/)?.split(/\s+/) ?? [];
        expect(rel, `${file}: ${tag}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
      }
    }
  });
});

describe('navigation around a lecture', () => {
  it('shows the course index with the current lecture marked', () => {
    const page = readSubpath('lectures/90-linear-regression/index.html');
    const courseNav = page.match(/<nav class="course-nav"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect([...courseNav.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1])).toEqual([
      `/course/lectures/${lectureId}/`,
      '/course/lectures/02-bce-vs-mse/',
      '/course/lectures/03-deep-neural-network/',
      '/course/lectures/90-linear-regression/',
      '/course/lectures/91-regression-loss/',
      '/course/lectures/92-data-files/',
    ]);
    expect(courseNav).toMatch(/<a href="\/course\/lectures\/90-linear-regression\/" aria-current="page"/);
  });

  it('links the previous and next lectures with rel, and back to the top', () => {
    const page = readSubpath('lectures/90-linear-regression/index.html');
    expect(page).toMatch(/<a rel="prev" href="\/course\/lectures\/03-deep-neural-network\/"/);
    expect(page).toMatch(/<a rel="next" href="\/course\/lectures\/91-regression-loss\/"/);
    expect(page).toMatch(/<a href="#top"[^>]*>맨 위로/);
    expect(page).toContain('<body id="top"');
  });

  it('offers an edit link only when EDIT_BASE_URL is set', () => {
    expect(lecturePage).not.toContain('이 페이지 고치기');
    const page = readSubpath(`lectures/${lectureId}/index.html`);
    const edit = page.match(/<a href="([^"]+)" rel="noopener noreferrer"[^>]*>이 페이지 고치기<\/a>/)?.[1];
    expect(edit).toMatch(new RegExp(`^${subpathSite.editBaseUrl}.*/${lectureId}\\.mdx$`));
  });

  it('offers "Colab에서 열기" only when COLAB_BASE_URL is set, pointing at the notebook the site builds', () => {
    expect(lecturePage).not.toContain('Colab에서 열기');
    for (const id of [lectureId, '02-bce-vs-mse', '03-deep-neural-network']) {
      const page = readSubpath(`lectures/${id}/index.html`);
      const colab = page.match(/<a href="([^"]+)" rel="noopener noreferrer"[^>]*>Colab에서 열기<\/a>/)?.[1];
      expect(colab).toBe(`${subpathSite.colabBaseUrl}${id}.ipynb`);
      // the deploy pushes dist/notebooks to that branch: the file Colab opens is the one built here
      const notebook = JSON.parse(readSubpath(`notebooks/${id}.ipynb`)) as { nbformat: number; cells: unknown[] };
      expect(notebook.nbformat).toBe(4);
      expect(notebook.cells.length).toBeGreaterThan(0);
    }
  });

  it('shows the last-updated date from git, or nothing when git cannot tell', () => {
    const committed = lastCommitDate(`content/lectures/${lectureId}.mdx`);
    if (committed) {
      expect(lecturePage).toContain(`마지막 수정: <time datetime="${committed.toISOString()}"`);
    } else {
      expect(lecturePage).not.toContain('마지막 수정');
    }
    // The /course/ build reads copies that git has never seen: no date, and no error.
    expect(readSubpath(`lectures/${lectureId}/index.html`)).not.toContain('마지막 수정');
  });
});

describe('search index', () => {
  it('is written by the build, in Korean', () => {
    const entry = JSON.parse(readFileSync(join(distDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['ko']);
    expect(entry.languages.ko.page_count).toBe(readdirSync('content/lectures').filter((file) => file.endsWith('.mdx')).length);
    expect(lecturePage).toMatch(/<article class="lecture"[^>]*data-pagefind-body/);
    expect(lecturePage.match(/<figure class="demo-frame" data-pagefind-ignore/g)?.length).toBeGreaterThanOrEqual(3);
  });
});
