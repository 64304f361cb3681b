// Authors: `npm run new-lecture` output builds and renders every component; drafts stay out of
// production builds; a bad demo prop fails the build naming the file, the prop and the range.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';

const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function newLecture(dir: string, slug: string, title: string): string {
  return execFileSync('node', ['src/cli/new-lecture.mjs', slug, title], { env: { ...process.env, LECTURES_DIR: dir }, encoding: 'utf8' });
}

describe('npm run new-lecture', () => {
  it('creates numbered drafts that build; a published copy renders every component; drafts are left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectures-'));
    temporary.push(dir);
    expect(newLecture(dir, 'first-draft', '초안 강의')).toContain('01-first-draft.mdx');
    expect(newLecture(dir, 'published', '공개 강의')).toContain('02-published.mdx');
    const publishedFile = join(dir, '02-published.mdx');
    writeFileSync(publishedFile, readFileSync(publishedFile, 'utf8').replace(/^draft: true.*$/m, 'draft: false'));

    const build = buildFixture(dir);
    temporary.push(build.outDir);
    expect(build.exitCode, build.output).toBe(0);
    expect(existsSync(join(build.outDir, 'lectures/01-first-draft/index.html'))).toBe(false);
    const html = readFileSync(join(build.outDir, 'lectures/02-published/index.html'), 'utf8');
    expect(html).toMatch(/<h1[^>]*>공개 강의<\/h1>/);
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('class="callout callout-memorise"');
    expect(html).toMatch(/<figure class="graphviz"[\s\S]*>yhat<\/text>/);
    expect(html).toContain('<pre class="astro-code');
    for (const element of ['logistic-data-demo', 'logistic-train-demo', 'loss-compare-demo']) expect(html).toContain(`<${element} id=`);
    const home = readFileSync(join(build.outDir, 'index.html'), 'utf8');
    expect(home).toContain('공개 강의');
    expect(home).not.toContain('초안 강의');
  });

  it('refuses to overwrite a lecture with the same slug, and rejects a bad slug', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectures-'));
    temporary.push(dir);
    newLecture(dir, 'twice', '한 번');
    const before = readFileSync(join(dir, '01-twice.mdx'), 'utf8');
    expect(() => newLecture(dir, 'twice', '두 번')).toThrow(/a lecture with this slug exists: 01-twice\.mdx/);
    expect(readFileSync(join(dir, '01-twice.mdx'), 'utf8')).toBe(before);
    expect(() => newLecture(dir, 'Not A Slug', '제목')).toThrow(/may only contain a-z, 0-9 and single hyphens/);
  });
});

describe('a bad demo prop fails the build', () => {
  it('an out-of-range value names the file, the prop and the allowed range', () => {
    const build = buildFixture('tests/fixtures/bad-demo-prop');
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('<LogisticTrainDemo> in tests/fixtures/bad-demo-prop/01-bad-demo-prop.mdx');
    expect(build.output).toContain('prop lr:');
    expect(build.output).toContain('Invalid lr "0": expected a number greater than 0 and at most 10000.');
  });

  it('an unknown prop names it and lists the allowed ones', () => {
    const build = buildFixture('tests/fixtures/unknown-demo-prop');
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('<LossCompareDemo> in tests/fixtures/unknown-demo-prop/01-unknown-demo-prop.mdx');
    expect(build.output).toContain('unknown prop(s): los');
    expect(build.output).toMatch(/Allowed props: n, w0, w1, seed, lr, optimizer, epochs, .*mse-start/);
  });
});
