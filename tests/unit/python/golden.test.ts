// Every program in golden/programs/ prints exactly what CPython printed (golden/expected.json,
// recorded by scripts/python-golden.py) and fails with the same exception type, message and line.
// Both read the files in golden/files/: CPython as its working folder, the kernel as its FileSource.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDirNames } from '../../../src/lib/python/objects/dir';
import { folderFiles, runProgram } from './run-program';

const dir = new URL('./golden/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
  programs: Record<string, { stdout: string; error: { type: string; message: string; line: number | null } | null }>;
};
const programs = readdirSync(new URL('programs/', dir)).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

describe('Python subset matches CPython', () => {
  beforeAll(loadDirNames); // dir()'s tables, which the page loads before a cell that names dir

  it('has a recorded CPython result for every program', () => {
    expect(Object.keys(expected.programs).sort()).toEqual(programs);
  });

  for (const name of programs) {
    it(name, () => {
      const source = readFileSync(new URL(`programs/${name}.py`, dir), 'utf8');
      const want = expected.programs[name];
      const got = runProgram(source, undefined, folderFiles(new URL('files/', dir)));
      expect(got.stdout).toBe(want.stdout);
      if (want.error === null) {
        expect(got.error, got.traceback ?? '').toBeNull();
      } else {
        expect(got.error).toEqual({ type: want.error.type, message: want.error.message, line: want.error.line });
      }
    });
  }
});
