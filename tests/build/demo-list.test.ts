// Every entry of the demo list (src/elements/demo-list.ts) reaches each place a reader or a
// teacher meets a demo in the built site: its iframe page, the embed guide, the authoring guide,
// the lecture page's page-load script (which knows a demo by its -demo tag) and the embed bundle.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demos } from '../../src/elements/demo-list';
import { distDir, lectureId, readBuiltPage } from '../support/site';

/** The module scripts a page loads up front (not the chunks they import later). */
function pageLoadScripts(html: string): string {
  return [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => readFileSync(join(distDir, match[1]), 'utf8')).join('\n');
}

describe.each(demos)('<$tag>', (demo) => {
  it('has an iframe page /embed/<slug>/ with its title, showing the demo configured by the URL', () => {
    const html = readBuiltPage(`embed/${demo.slug}/`);
    expect(html).toContain(`<title>${demo.title} | `);
    expect(html).toMatch(new RegExp(`<${demo.tag} id="${demo.slug}"[^>]* data-page-query`));
  });

  it('is listed in the embed guide (iframe page link and element name) and shown in the authoring guide', () => {
    const embedGuide = readBuiltPage('embed/').replace(/ data-astro-cid-\w+/g, '');
    expect(embedGuide).toContain(`href="/embed/${demo.slug}/"`);
    expect(embedGuide).toContain(`<code>&lt;${demo.tag}&gt;</code>`);
    const guide = readBuiltPage('guide/');
    expect(guide).toMatch(new RegExp(`<h2[^>]*>${demo.component}</h2>`));
    expect(guide).toContain(`<${demo.tag} `);
  });

  it("is watched by the lecture page's page-load script (it knows a demo by its -demo tag) and defined by the embed bundle", () => {
    expect(demo.tag).toMatch(/-demo$/);
    expect(pageLoadScripts(readBuiltPage(`lectures/${lectureId}/`))).toMatch(/"-demo"/);
    expect(readFileSync(join(distDir, 'embed/demos.js'), 'utf8')).toContain(`"${demo.tag}"`);
  });
});
