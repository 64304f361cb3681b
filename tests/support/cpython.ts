// What real CPython (with PyTorch, pandas, numpy) prints for a program the browser tests also run
// in a cell. Tests never need Python: the outputs are recorded once into a committed file per
// test file (tests/fixtures/cpython/<name>.json) and read from there. To record or refresh them,
// on a machine with /usr/bin/python3 and Debian's python3-torch, python3-pandas:
//   CPYTHON_RECORD=1 npx vitest run --project e2e tests/e2e/<file>
// A program with no recorded output fails the test and says how to record it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

type Recorded = Record<string, { code: string; cwd?: string; stdout: string }>;

const recording = Boolean(process.env.CPYTHON_RECORD);

/** The recorded outputs of one test file's programs. */
export function cpythonOutputs(name: string) {
  const file = resolve(`tests/fixtures/cpython/${name}.json`);
  const recorded: Recorded = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  /** stdout of `code` run by CPython (in `cwd`, a folder of the repository, when given). */
  return function cpython(code: string, options: { cwd?: string; env?: Record<string, string> } = {}): string {
    const key = createHash('sha256').update(`${code}\0${options.cwd ?? ''}`).digest('hex').slice(0, 16);
    if (recording) {
      const stdout = execFileSync('/usr/bin/python3', ['-c', code], {
        encoding: 'utf8',
        cwd: options.cwd ? resolve(options.cwd) : undefined,
        env: { ...process.env, ...options.env },
      });
      recorded[key] = { code, ...(options.cwd ? { cwd: options.cwd } : {}), stdout };
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(recorded, null, 1)}\n`);
      return stdout;
    }
    const entry = recorded[key];
    if (!entry) {
      throw new Error(`No recorded CPython output for this program in ${file}. Record it with\n  CPYTHON_RECORD=1 npx vitest run --project e2e <this test file>\n---\n${code}`);
    }
    return entry.stdout;
  };
}
