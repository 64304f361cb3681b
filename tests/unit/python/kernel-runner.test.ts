// The worker's kernel loop: cells share state, output events arrive in order (text, result,
// figures), errors carry the traceback, the cell line and a Korean line.
import { describe, expect, it } from 'vitest';
import { createKernelRunner, MAX_STDOUT_CHARS, type KernelEvent } from '../../../src/lib/python/kernel/runner';
import { createStandardModules } from '../../../src/lib/python/modules/index';

function runner() {
  const events: KernelEvent[] = [];
  const kernel = createKernelRunner({ modules: createStandardModules() }, (event) => events.push(event));
  return { events, run: (id: number, code: string) => kernel.handle({ type: 'run', id, code, filename: `<cell ${id}>` }) };
}

describe('kernel runner', () => {
  it('runs cells in one shared state and reports output in order', () => {
    const { events, run } = runner();
    run(1, 'import matplotlib.pyplot as plt\nw = 3');
    run(2, 'print("w =", w)\nplt.plot([1, 2], [w, w])');
    const second = events.filter((e) => e.id === 2).map((e) => e.type + (e.type === 'display' ? `:${e.item.kind}` : ''));
    expect(second).toEqual(['stdout', 'display:text', 'display:figure', 'done']);
    expect(events.find((e) => e.id === 2 && e.type === 'stdout')).toMatchObject({ text: 'w = 3\n' });
  });

  it('reports errors with the traceback, the line in the cell and a Korean line', () => {
    const { events, run } = runner();
    run(1, 'def f(x):\n    return x + yhat');
    run(2, 'a = 1\nprint(a)\nf(a)');
    const error = events.find((e) => e.type === 'error');
    expect(error).toMatchObject({
      id: 2,
      message: "NameError: name 'yhat' is not defined",
      line: 3,
      korean: "3행: 'yhat'이 정의되지 않았습니다",
    });
    expect(error?.type === 'error' && error.traceback).toContain('File "<cell 1>", line 2, in f');
    expect(events.filter((e) => e.id === 2 && e.type === 'stdout')).toEqual([{ type: 'stdout', id: 2, text: '1\n' }]);
  });

  it('batches prints of a loop into few messages and caps runaway output', () => {
    const { events, run } = runner();
    run(1, 'for i in range(2000):\n    print(i)');
    const stdout = events.filter((e) => e.type === 'stdout');
    expect(stdout.length).toBeLessThan(50); // one per progress report (100 ms) at most
    expect(stdout.map((e) => (e.type === 'stdout' ? e.text : '')).join('').split('\n')).toHaveLength(2001);
    run(2, 'for i in range(200000):\n    print("xxxxxxxxxx")');
    const text = events.filter((e) => e.id === 2 && e.type === 'stdout').map((e) => (e.type === 'stdout' ? e.text : '')).join('');
    expect(text.length).toBeLessThan(MAX_STDOUT_CHARS + 200);
    expect(text).toContain('output truncated');
  });
});
