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

export function buildFixture(lecturesDir: string, extraEnv: Record<string, string> = {}): FixtureBuild {
  const outDir = mkdtempSync(join(tmpdir(), 'live-lectures-build-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      LECTURES_DIR: resolve(lecturesDir),
      OUT_DIR: outDir,
      ...extraEnv,
    },
    timeout: 180_000,
  });
  return { exitCode: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
