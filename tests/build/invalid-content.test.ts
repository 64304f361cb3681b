// Authors get a failed build, naming the file and the reason, for every kind of bad input.
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';

describe('a bad lecture fails the build with the file and the reason', () => {
  it('frontmatter of the wrong type', () => {
    const build = buildFixture('tests/fixtures/bad-frontmatter');
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('01-bad-frontmatter.mdx');
    expect(build.output).toMatch(/order.*Expected type `"number"`, received `"string"`/);
  });

  it('DOT that Graphviz cannot parse', () => {
    const build = buildFixture('tests/fixtures/bad-dot');
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('<Graphviz> in tests/fixtures/bad-dot/01-bad-dot.mdx');
    expect(build.output).toContain('syntax error in line 1');
    expect(build.output).toContain('Check the DOT syntax');
  });

  it('a Callout of an unknown kind, listing the allowed kinds', () => {
    const build = buildFixture('tests/fixtures/bad-callout');
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('<Callout> in tests/fixtures/bad-callout/01-bad-callout.mdx');
    expect(build.output).toContain('알 수 없는 kind "tip"');
    expect(build.output).toContain('Allowed kinds: memorise, homework, warning, note');
  });

  it('a number quoted from a run that does not have it, naming the field and what the run has', () => {
    const build = buildFixture('tests/fixtures/bad-run-value');
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('<RunValue> in tests/fixtures/bad-run-value/01-bad-run-value.mdx');
    expect(build.output).toContain('run 02-bce-vs-mse/sgd has no "bce_bad.w2" (no "w2" here; fields: w0, w1, loss, path)');
    expect(build.output).toContain('scripts/lecture-runs.py');
  });

  it('a data file the lecture declares but does not ship, naming the file and where it belongs', () => {
    const build = buildFixture('tests/fixtures/bad-data-file', { DATA_DIR: 'tests/fixtures/bad-data-file/data' });
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('01-bad-data-file.mdx: 선언한 데이터 파일이 없습니다: tests/fixtures/bad-data-file/data/01-bad-data-file/2022-10-04-dnnex0.csv');
    expect(build.output).toContain('the data file "2022-10-04-dnnex0.csv" that the lecture declares is missing: put it at tests/fixtures/bad-data-file/data/01-bad-data-file/2022-10-04-dnnex0.csv');
  });

  it('a formula KaTeX cannot parse', () => {
    const build = buildFixture('tests/fixtures/bad-math');
    expect(build.exitCode).not.toBe(0);
    expect(build.output).toContain('01-bad-math.mdx');
    expect(build.output).toContain('KaTeX could not render math');
  });
});
