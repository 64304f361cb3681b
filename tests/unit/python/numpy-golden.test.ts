// numpy against numpy 1.24 itself: tests/fixtures/numpy/golden.json, written by
// scripts/numpy-golden.py. Each program's stdout (or its error) as the page's kernel gives it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../../src/lib/python/eval/interpreter';
import { createStandardModules } from '../../../src/lib/python/modules/index';
import { NdArray } from '../../../src/lib/python/modules/numpy/array';
import { runProgram } from './run-program';

interface Program {
  source: string;
  stdout: string;
  error?: { type: string; message: string };
}
interface Draws {
  seed: number;
  method: 'randn' | 'standard_normal' | 'normal';
  params: [number, number] | null;
  count: number;
  sha256: string;
  samples: Record<string, string>;
}
const golden = JSON.parse(readFileSync(new URL('../../fixtures/numpy/golden.json', import.meta.url), 'utf8')) as { programs: Program[]; draws: Draws[] };

/** The array a cell's seeded draw leaves in `x`, read from the kernel's globals. */
function drawInKernel({ seed, method, params, count }: Draws): Float64Array {
  const call = method === 'randn' ? `randn(${count})` : method === 'standard_normal' ? `standard_normal(size=${count})` : `normal(${params![0]}, ${params![1]}, size=${count})`;
  const kernel = new Interpreter({ modules: createStandardModules(), write: () => {}, display: () => {} });
  kernel.runCell(`import numpy as np\nnp.random.seed(${seed})\nx = np.random.${call}`, '<cell 1>');
  const x = kernel.globals.vars.get('x');
  if (!(x instanceof NdArray)) throw new Error('x is not an array');
  return x.data as Float64Array;
}

describe('numpy against numpy 1.24 (golden)', () => {
  it.each(golden.programs.map((p) => [p.source.replace(/\n/g, ' ⏎ ').slice(0, 90), p] as const))('%s', (_name, program) => {
    const r = runProgram(`import numpy as np\n${program.source}`);
    if (program.error) expect(r.error).toMatchObject(program.error);
    else expect(r.error).toBeNull();
    expect(r.stdout).toBe(program.stdout);
  });

  // Each normal draw takes glibc's log of x1² + x2²: Math.log would put 7 % of them 1 ulp off.
  it.each(golden.draws.map((d) => [`${d.method}${d.params ? `(${d.params.join(', ')})` : ''} seed ${d.seed}`, d] as const))(
    'draws %s as numpy does, bit for bit (sha256 of 250 000 float64s)',
    (_name, draws) => {
      const x = drawInKernel(draws);
      for (const [index, value] of Object.entries(draws.samples)) expect(`${index}: ${x[Number(index)]}`).toBe(`${index}: ${value}`);
      expect(createHash('sha256').update(new Uint8Array(x.buffer, x.byteOffset, x.byteLength)).digest('hex')).toBe(draws.sha256);
    },
  );

  it('raises a Korean-first NotImplementedError for real numpy names it lacks', () => {
    for (const source of ['np.dot', 'np.zeros(3).cumsum()', 'np.zeros(4) @ np.zeros(4)', 'np.zeros((2, 2)) @ np.zeros(2)', "np.array(['a'])", 'np.random.choice']) {
      const r = runProgram(`import numpy as np\n${source}`);
      expect(r.error?.type, source).toBe('NotImplementedError');
      expect(r.error?.message, source).toMatch(/아직 지원하지 않습니다/);
    }
    expect(runProgram('import numpy as np\nnp.foo').error).toMatchObject({ type: 'AttributeError' });
  });
});
