// Sets beyond what print() shows (golden/programs/sets_*.py compare that with CPython): the cell's
// last value as IPython displays a set (items sorted when they sort), tensors in sets (by
// identity, as PyTorch's Tensor.__hash__ is id-based), and a large set in reasonable time.
import { describe, expect, it } from 'vitest';
import { courseKernelSetup } from '../../../src/lib/course-kernel';
import { Interpreter } from '../../../src/lib/python/eval/interpreter';
import { runIn, runProgram } from './run-program';

describe('sets', () => {
  it('shows a set as IPython does: sorted when its items sort, else by str, else in table order', () => {
    expect(runProgram('{30, 1, 20, 5, 8}').shown).toBe('{1, 5, 8, 20, 30}');
    expect(runProgram("{'b', 10, 'a'}").shown).toBe("{10, 'a', 'b'}");
    expect(runProgram('frozenset({3, 2, 1})').shown).toBe('frozenset({1, 2, 3})');
    expect(runProgram('set()').shown).toBe('set()');
    expect(runProgram('frozenset()').shown).toBe('frozenset()');
    expect(runProgram('[{3, 1}, {2}]').shown).toBe('[{1, 3}, {2}]');
    // print() keeps CPython's table order
    expect(runProgram('print({30, 1, 20, 5, 8})').stdout).toBe('{1, 20, 5, 8, 30}\n');
    expect(runProgram("print({'banana', 'apple', 'fig'})").stdout).toBe("{'banana', 'fig', 'apple'}\n");
  });

  it('breaks a long set one item a line, like a list', () => {
    const shown = runProgram("{f'item_number_{i:02d}' for i in range(8)}").shown!;
    expect(shown.split('\n')).toEqual([
      "{'item_number_00',",
      ...[1, 2, 3, 4, 5, 6].map((i) => ` 'item_number_0${i}',`),
      " 'item_number_07'}",
    ]);
  });

  it('keeps tensors by identity, as PyTorch hashes them by id', () => {
    const kernel = new Interpreter({ ...courseKernelSetup(), write: () => {} });
    const result = runIn(kernel, 'import torch\na = torch.tensor([1.0])\nb = torch.tensor([1.0])\ns = {a, b, a}\n(len(s), a in s, torch.tensor([1.0]) in s, hash(a) == hash(a))', () => '');
    expect(result.error).toBeNull();
    expect(result.shown).toBe('(2, True, False, True)');
  });

  it('builds a set of 100000 ints quickly and in CPython order', () => {
    const start = performance.now();
    const result = runProgram('s = set()\nfor i in range(100000):\n    s.add(i * 7919 % 100003)\nprint(len(s), list(s)[:5], s.pop())');
    expect(result.stdout).toBe('100000 [0, 1, 2, 3, 4] 0\n');
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
