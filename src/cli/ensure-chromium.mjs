#!/usr/bin/env node
// First step of `npm test`: make sure a browser for the e2e tests exists, so the README's test
// command works on a fresh machine by itself. Finds one (src/cli/find-chromium.mjs); if there is
// none and this is Debian/Ubuntu as root, installs Debian's chromium with apt-get, saying so first;
// otherwise stops with one message that says what to install and how to point CHROME_PATH at it.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

function say(line) {
  console.log(`[browser] ${line}`);
}

function canInstallWithApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(osRelease);
}

function installWithApt() {
  const steps = [
    ['apt-get', ['update']],
    ['apt-get', ['install', '-y', '--no-install-recommends', 'chromium']],
  ];
  say('Chromium이 없어 Debian 패키지로 설치합니다 / no browser found, installing Debian\'s chromium:');
  for (const [command, args] of steps) {
    say(`$ ${command} ${args.join(' ')}`);
    execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}

let found = findChromium();
if (!found.path && !process.env.CHROME_PATH && canInstallWithApt()) {
  installWithApt();
  found = findChromium();
}
if (!found.path) {
  console.error(
    [
      `[browser] ${found.problem}.`,
      '브라우저 테스트(e2e)에는 Chromium 또는 Chrome이 필요합니다. 설치한 뒤 다시 실행하세요:',
      'The browser tests need Chromium or Chrome. Install one, then run npm test again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  Fedora:         sudo dnf install -y chromium',
      '  macOS:          brew install --cask chromium',
      '다른 곳에 있다면 / elsewhere:  CHROME_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
say(`${found.path} (${found.how})`);
