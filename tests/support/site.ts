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
