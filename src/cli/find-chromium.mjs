// Where is a Chromium (or Chrome) that playwright-core can drive? Tests, benchmarks and
// Lighthouse all ask here, so they agree on one browser and one order of looking:
//   1. CHROME_PATH, when set (and it must then exist);
//   2. chromium, chromium-browser, google-chrome, google-chrome-stable on PATH;
//   3. the usual install paths of Debian/Ubuntu, Fedora, Google Chrome and macOS.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const namesOnPath = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_PATHS = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib64/chromium-browser/chromium-browser',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to use, as `{ path, how }` (`how` says where it was found, for the log), or
 * `{ path: null, problem }` when there is none. CHROME_PATH pointing at nothing is a problem,
 * not a reason to quietly use another browser.
 */
export function findChromium(env = process.env, installPaths = INSTALL_PATHS) {
  if (env.CHROME_PATH) {
    return isExecutableFile(env.CHROME_PATH)
      ? { path: env.CHROME_PATH, how: 'CHROME_PATH' }
      : { path: null, problem: `CHROME_PATH=${env.CHROME_PATH} 파일이 없거나 실행할 수 없습니다 / is not an executable file` };
  }
  const pathDirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of namesOnPath) {
    for (const dir of pathDirs) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return { path: candidate, how: `PATH (${name})` };
    }
  }
  for (const candidate of installPaths) {
    if (isExecutableFile(candidate)) return { path: candidate, how: 'install path' };
  }
  return { path: null, problem: 'Chromium/Chrome을 찾지 못했습니다 / no Chromium or Chrome found' };
}

/** The browser's path, or an error that says how to get one (for code that cannot go on without it). */
export function chromiumPathOrThrow() {
  const found = findChromium();
  if (found.path) return found.path;
  throw new Error(`${found.problem}. npm test가 설치하거나(Debian/Ubuntu, root) CHROME_PATH=/path/to/chrome 로 알려 주세요.`);
}
