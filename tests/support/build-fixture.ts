// Builds the site from a folder of fixture lectures (LECTURES_DIR) into a temp folder,
// through the same astro.config.mjs as the real site, and returns what the build printed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FixtureBuild {
  exitCode: number | null;
  output: string;
  outDir: string;
}

/** Builds share the project's .astro/ folder, so tests must run them one at a time (see vitest.config.ts). */
export function buildFixture(lecturesDir: string, extraEnv: Record<string, string> = {}): FixtureBuild {
  const outDir = mkdtempSync(join(tmpdir(), 'live-lectures-build-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...environmentWithoutVitest(),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      LECTURES_DIR: resolve(lecturesDir),
      OUT_DIR: outDir,
      // Not inside outDir: Astro empties that after syncing content into the cache.
      ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'live-lectures-cache-')),
      ...extraEnv,
    },
    timeout: 180_000,
  });
  return { exitCode: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/**
 * Vitest puts import.meta.env into process.env (DEV=1, MODE=test, NODE_ENV=test, ...), and Astro
 * exposes process.env to server code: inherited, they would make the child build a dev build.
 */
function environmentWithoutVitest(): NodeJS.ProcessEnv {
  const environment = { ...process.env };
  for (const name of ['DEV', 'PROD', 'SSR', 'MODE', 'BASE_URL', 'NODE_ENV']) delete environment[name];
  for (const name of Object.keys(environment)) if (name.startsWith('VITEST')) delete environment[name];
  return environment;
}
