// npm run build:subpath — the site as GitHub Pages serves a project site: under /course/, with
// an edit link and "Colab에서 열기" configured, into dist-subpath/. Its lectures are the real course plus
// tests/fixtures/search/ (lectures whose text inflects 회귀 as 회귀는 / 회귀를, which the search
// tests look for). The lectures are copied into dist-subpath-lectures/ because the content
// collection reads one folder (LECTURES_DIR).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
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
rmSync(lecturesDir, { recursive: true, force: true });
mkdirSync(lecturesDir);
for (const folder of ['content/lectures', 'tests/fixtures/search']) {
  for (const file of readdirSync(folder)) if (file.endsWith('.mdx')) cpSync(join(folder, file), join(lecturesDir, file));
}
const result = spawnSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    LECTURES_DIR: lecturesDir,
    OUT_DIR: subpath.outDir,
    BASE_PATH: subpath.base,
    SITE_URL: subpath.site,
    EDIT_BASE_URL: subpath.editBaseUrl,
    COLAB_BASE_URL: subpath.colabBaseUrl,
  },
});
process.exit(result.status ?? 1);
