// Every internal link, script, stylesheet, image and font of the built site resolves, at the
// domain root and under a /course/ base path (as GitHub Pages serves a project site).
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/link-check';
import { distDir, requireBuild, subpathSite } from '../support/site';

describe('link check over the built site', () => {
  it('finds no broken internal links at the root', () => {
    const report = checkLinks(requireBuild(distDir, 'npm run build'), '/');
    expect(report.pages).toBeGreaterThanOrEqual(3);
    expect(report.checked).toBeGreaterThan(50);
    expect(report.broken).toEqual([]);
  });

  it('finds no broken internal links under /course/', () => {
    const report = checkLinks(requireBuild(subpathSite.distDir, 'npm run build:subpath'), subpathSite.base);
    expect(report.pages).toBeGreaterThanOrEqual(5);
    expect(report.checked).toBeGreaterThan(50);
    expect(report.broken).toEqual([]);
  });

  it('catches what it should: a missing page, a missing anchor, a link outside the base, a missing font in inline CSS', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const site = mkdtempSync(join(tmpdir(), 'link-check-'));
    mkdirSync(join(site, 'a'));
    writeFileSync(join(site, 'a', 'index.html'), '<h2 id="here">x</h2>');
    writeFileSync(
      join(site, 'index.html'),
      '<a href="/course/a/#here">ok</a><a href="/course/b/">missing</a><a href="/course/a/#gone">anchor</a><a href="/a/">outside</a><a href="https://example.com/">external</a>' +
        '<style>@font-face{src:url(/course/_astro/missing.woff2)}</style>',
    );
    const report = checkLinks(site, '/course/');
    expect(report.broken.map((broken) => `${broken.link}: ${broken.reason}`)).toEqual([
      '/course/b/: no such file',
      '/course/a/#gone: no element with id "gone"',
      '/a/: outside the base path /course/',
      '/course/_astro/missing.woff2: no such file',
    ]);
    expect(report.external).toEqual(['https://example.com/']);
  });
});
