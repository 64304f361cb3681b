// numpy against numpy 1.24 itself: tests/fixtures/numpy/golden.json, written by
// scripts/numpy-golden.py. Each program's stdout (or its error) as the page's kernel gives it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProgram } from './run-program';

interface Program {
  source: string;
  stdout: string;
  error?: { type: string; message: string };
}
const golden = JSON.parse(readFileSync(new URL('../../fixtures/numpy/golden.json', import.meta.url), 'utf8')) as { programs: Program[] };

describe('numpy against numpy 1.24 (golden)', () => {
  it.each(golden.programs.map((p) => [p.source.replace(/\n/g, ' ⏎ ').slice(0, 90), p] as const))('%s', (_name, program) => {
    const r = runProgram(`import numpy as np\n${program.source}`);
    if (program.error) expect(r.error).toMatchObject(program.error);
    else expect(r.error).toBeNull();
    expect(r.stdout).toBe(program.stdout);
  });
});
