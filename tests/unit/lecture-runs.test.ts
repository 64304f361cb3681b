// Every run a lecture quotes (src/data/runs/*.json, written by scripts/lecture-runs.py in real
// PyTorch 1.13) runs again through the page's own kernel and gives the same results: the
// numbers in the prose are what a student's cell prints. A run edited in the script but not
// regenerated fails here. Tolerance: the loss modules' mean and the bias gradient's batch sum
// are not yet summed in PyTorch's order (SumKernel's cascade), so the last float32 bit can
// differ after some epochs; every value must agree to 2e-6, far below the digits quoted.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import { PyDict, PyList, PyTuple, type PyValue } from '../../src/lib/python/objects/host';
import { courseKernelSetup } from '../../src/lib/course-kernel';

const RUNS = join(__dirname, '../../src/data/runs');

/** A Python result as JSON would hold it: dicts as objects, lists and tuples as arrays, ints as numbers. */
function plain(value: PyValue): unknown {
  if (value instanceof PyDict) return Object.fromEntries(value.keys().map((key) => [String(key), plain(value.get(key)!)]));
  if (value instanceof PyList || value instanceof PyTuple) return value.items.map(plain);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** The structure of a result with every number replaced by 0: keys, lengths, kinds. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value === 'number' ? 0 : value;
}

function largestDifference(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b);
  if (Array.isArray(a) && Array.isArray(b)) return Math.max(0, ...a.map((v, i) => largestDifference(v, b[i])));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    return Math.max(0, ...Object.keys(a).map((k) => largestDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])));
  }
  return a === b ? 0 : Infinity;
}

const lectures = readdirSync(RUNS).filter((file) => file.endsWith('.json'));

describe.each(lectures)('%s', (file) => {
  const { runs } = JSON.parse(readFileSync(join(RUNS, file), 'utf8')) as { runs: Record<string, { program: string; results: unknown }> };
  it.each(Object.keys(runs))('run %s gives PyTorch\'s results in the page kernel', (name) => {
    const interpreter = new Interpreter(courseKernelSetup());
    interpreter.runCell(runs[name].program);
    const results = interpreter.globals.vars.get('results');
    expect(results, 'the program defines results').toBeInstanceOf(PyDict);
    const ours = plain(results!);
    expect(shapeOf(ours)).toEqual(shapeOf(runs[name].results));
    expect(largestDifference(ours, runs[name].results)).toBeLessThan(2e-6);
  }, 120_000);
});
