// How `npm test` finds its browser (src/cli/find-chromium.mjs): the order a newcomer reads in the README.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/cli/find-chromium.mjs';

function fakeBrowser(dir: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

describe('findChromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'find-chromium-'));
  const onPath = fakeBrowser(dir, 'google-chrome');
  const installed = fakeBrowser(dir, 'installed-chrome');

  it('uses CHROME_PATH first', () => {
    expect(findChromium({ CHROME_PATH: installed, PATH: dir }, [])).toEqual({ path: installed, how: 'CHROME_PATH' });
  });

  it('reports a CHROME_PATH that does not exist instead of using another browser', () => {
    const found = findChromium({ CHROME_PATH: join(dir, 'missing'), PATH: dir }, [installed]);
    expect(found.path).toBeNull();
    expect(found.problem).toContain('CHROME_PATH');
  });

  it('then looks for chromium, chromium-browser, google-chrome on PATH', () => {
    expect(findChromium({ PATH: `/nonexistent:${dir}` }, [installed])).toEqual({ path: onPath, how: 'PATH (google-chrome)' });
  });

  it('then tries the usual install paths, skipping files that are not executable', () => {
    const notExecutable = join(dir, 'not-executable');
    writeFileSync(notExecutable, '');
    expect(findChromium({ PATH: '' }, [notExecutable, installed])).toEqual({ path: installed, how: 'install path' });
  });

  it('says so when there is no browser at all', () => {
    const found = findChromium({ PATH: '' }, [join(dir, 'missing')]);
    expect(found.path).toBeNull();
    expect(found.problem).toMatch(/찾지 못했습니다.*no Chromium/);
  });
});
