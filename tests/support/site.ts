// Shared by build and e2e tests: where the built site is and how to read it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const distDir = resolve(process.env.OUT_DIR ?? 'dist');
export const lectureId = '01-logistic-regression';
export const artifactsDir = resolve('tests/artifacts');

export function readBuiltPage(sitePath: string): string {
  const file = join(distDir, sitePath, sitePath.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` before this suite`);
  return readFileSync(file, 'utf8');
}

/** The second build (npm run build:subpath, tests/support/build-subpath.mjs): served under /course/. */
export const subpathSite = {
  distDir: resolve('dist-subpath'),
  base: '/course/',
  site: 'https://example.github.io',
  editBaseUrl: 'https://github.com/example/live-lectures/edit/main/',
  colabBaseUrl: 'https://colab.research.google.com/github/example/live-lectures/blob/notebooks/',
};

export function requireBuild(dir: string, command: string): string {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} is missing: run \`${command}\` before this suite`);
  return dir;
}
