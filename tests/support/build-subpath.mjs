// npm run build:subpath — the site as GitHub Pages serves a project site: under /course/, with
// an edit link and "Colab에서 열기" configured, into dist-subpath/. Its lectures are the real course plus
// tests/fixtures/search/ (lectures whose text inflects 회귀 as 회귀는 / 회귀를, which the search
// tests look for) and tests/fixtures/data-files/ (a lecture whose cells read the CSV files it ships,
// tests/e2e/data-files.test.ts). The lectures are copied into dist-subpath-lectures/ and their
// data folders into dist-subpath-data/ because the build reads one folder of each (LECTURES_DIR, DATA_DIR).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

// Tests read the same values from tests/support/site.ts (subpathSite).
const subpath = {
  outDir: 'dist-subpath',
  base: '/course/',
  site: 'https://example.github.io',
  editBaseUrl: 'https://github.com/example/live-lectures/edit/main/',
  colabBaseUrl: 'https://colab.research.google.com/github/example/live-lectures/blob/notebooks/',
};

const lecturesDir = 'dist-subpath-lectures';
const dataDir = 'dist-subpath-data';
for (const dir of [lecturesDir, dataDir]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
}
for (const folder of ['content/lectures', 'tests/fixtures/search', 'tests/fixtures/data-files']) {
  for (const file of readdirSync(folder)) if (file.endsWith('.mdx')) cpSync(join(folder, file), join(lecturesDir, file));
}
for (const folder of ['content/data', 'tests/fixtures/data-files/data']) {
  if (existsSync(folder)) cpSync(folder, dataDir, { recursive: true });
}
const result = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    LECTURES_DIR: lecturesDir,
    DATA_DIR: dataDir,
    OUT_DIR: subpath.outDir,
    BASE_PATH: subpath.base,
    SITE_URL: subpath.site,
    EDIT_BASE_URL: subpath.editBaseUrl,
    COLAB_BASE_URL: subpath.colabBaseUrl,
  },
});
process.exit(result.status ?? 1);
