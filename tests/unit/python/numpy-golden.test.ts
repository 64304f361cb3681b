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

// Known gap: randn's polar Box–Muller takes a log, and V8's Math.log (fdlibm) differs from glibc's
// in the last bit for a few inputs, so over long streams an odd draw is 1 ulp off. Those programs
// are compared number by number within 1 ulp; every other program must match exactly. (Measured on
// 200 000 of the method's inputs: Math.log differs from glibc 2.36's log on 7.2% of them; a
// correctly rounded log would still differ on 0.08%, since glibc's table-driven log is not
// correctly rounded either. Bit-exact draws need glibc's own algorithm and tables.)
const ULP_PROGRAMS = new Set(['np.random.seed(1)\nprint([repr(float(v)) for v in np.random.randn(101)])']);

function withinUlp(actual: string, expected: string): void {
  const numbers = (text: string) => (text.match(/-?\d+\.\d+(e-?\d+)?/g) ?? []).map(Number);
  const a = numbers(actual);
  const e = numbers(expected);
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => expect(Math.abs(v - e[i])).toBeLessThanOrEqual(Math.abs(e[i]) * 2 ** -51));
}

describe('numpy against numpy 1.24 (golden)', () => {
  it.each(golden.programs.map((p) => [p.source.replace(/\n/g, ' ⏎ ').slice(0, 90), p] as const))('%s', (_name, program) => {
    const r = runProgram(`import numpy as np\n${program.source}`);
    if (program.error) expect(r.error).toMatchObject(program.error);
    else expect(r.error).toBeNull();
    if (ULP_PROGRAMS.has(program.source)) withinUlp(r.stdout, program.stdout);
    else expect(r.stdout).toBe(program.stdout);
  });

  it('raises a Korean-first NotImplementedError for real numpy names it lacks', () => {
    for (const source of ['np.dot', 'np.zeros(3).cumsum()', 'np.zeros(3) @ np.zeros(3)', "np.array(['a'])", 'np.random.choice']) {
      const r = runProgram(`import numpy as np\n${source}`);
      expect(r.error?.type, source).toBe('NotImplementedError');
      expect(r.error?.message, source).toMatch(/아직 지원하지 않습니다/);
    }
    expect(runProgram('import numpy as np\nnp.foo').error).toMatchObject({ type: 'AttributeError' });
  });

  it('refuses to write into a copy standing in for a numpy view', () => {
    const r = runProgram('import numpy as np\na = np.zeros((2, 2))\nb = a[0]\nb[0] = 1');
    expect(r.error?.type).toBe('NotImplementedError');
  });
});
