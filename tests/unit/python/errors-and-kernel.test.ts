// Tracebacks shaped like CPython's, unsupported syntax named with its line, no path from Python
// to JavaScript globals, the notebook's display of a cell's value, progress and interruption.
import { describe, expect, it } from 'vitest';
import { HostObject, PyException, PyList, PyModule, ModuleRegistry, hostFunction, type PyValue } from '../../../src/lib/python/objects/host';
import { Interpreter } from '../../../src/lib/python/eval/interpreter';
import { koreanErrorLine } from '../../../src/lib/python/kernel/korean-errors';
import { createStandardModules } from '../../../src/lib/python/modules/index';
import { runIn, runProgram } from './run-program';

function kernel() {
  let stdout = '';
  const k = new Interpreter({ modules: createStandardModules(), write: (t) => (stdout += t) });
  return { k, run: (source: string) => runIn(k, source, () => stdout) };
}

describe('tracebacks', () => {
  it('reads like CPython: frames outermost first, each with its source line', () => {
    const r = runProgram(`def inner(v):
    return v + yhat

def outer():
    return inner(1)

outer()`);
    expect(r.traceback).toBe(`Traceback (most recent call last):
  File "<cell 1>", line 7, in <module>
    outer()
  File "<cell 1>", line 5, in outer
    return inner(1)
  File "<cell 1>", line 2, in inner
    return v + yhat
NameError: name 'yhat' is not defined`);
  });

  it('points a syntax error at its line and column', () => {
    const r = runProgram('x = 1\ny = (2 +\nprint(x)');
    expect(r.error?.type).toBe('SyntaxError');
    expect(r.traceback).toBe(`  File "<cell 1>", line 2\n    y = (2 +\n        ^\nSyntaxError: '(' was never closed`);
  });

  it('runs nothing of a cell that does not parse', () => {
    const r = runProgram('print("first")\nx = = 2');
    expect(r.stdout).toBe('');
    expect(r.error).toMatchObject({ type: 'SyntaxError', line: 2 });
  });

  it('adds a Korean line with the cell line', () => {
    const r = runProgram('a = 1\nb = 2\nloss = yhat - b');
    const error = new PyException(r.error!.type, r.error!.message);
    error.frames.push({ filename: '<cell 1>', line: r.error!.line, column: 0, name: '<module>' });
    expect(koreanErrorLine(error)).toBe("3행: 'yhat'이 정의되지 않았습니다");
    const division = new PyException('ZeroDivisionError', 'division by zero');
    division.frames.push({ filename: '<cell 1>', line: 4, column: 0, name: '<module>' });
    expect(koreanErrorLine(division)).toBe('4행: 0으로 나눌 수 없습니다');
    const typo = runProgram('yhat = 1\nloss = yhatt * 2');
    const typoError = new PyException(typo.error!.type, typo.error!.message);
    expect(koreanErrorLine(typoError, typo.error!.line)).toBe("2행: 'yhatt'이 정의되지 않았습니다 (혹시 'yhat'?)");
    // A module's AttributeError: CPython's suggestion once, as the Korean one.
    const attribute = runProgram('import math\nr = math.sqr(2)');
    expect(attribute.error!.message).toBe("module 'math' has no attribute 'sqr'. Did you mean: 'sqrt'?");
    const attributeError = new PyException(attribute.error!.type, attribute.error!.message);
    expect(koreanErrorLine(attributeError, attribute.error!.line)).toBe(
      "2행: 속성이나 메서드 이름을 확인하세요 (module 'math' has no attribute 'sqr') (혹시 'sqrt'?)",
    );
  });
});

describe('unsupported Python is named, with its line', () => {
  const cases: [string, RegExp, number][] = [
    ['x = 1\nclass MyError(Exception):\n    pass', /subclassing exceptions/, 2],
    ['class Meta(object, metaclass=type):\n    pass', /keywords in a class statement/, 1],
    ['class L(list):\n    pass', /subclassing the built-in type 'list'/, 1],
    ['def g():\n    yield 1', /'yield'/, 2],
    ['class Net:\n    def items(self):\n        yield 1', /'yield'/, 3],
    ['d = {**{1: 2}}', /'\*\*' in dict displays/, 1],
    ['x = 1\nz = 3j', /complex numbers/, 2],
    ['if (n := 3):\n    pass', /assignment expressions/, 1],
    ['from math import *', /import \*/, 1],
    ['x = vars(1)', /vars\(\) is not supported/, 1],
    ['x = b"bytes"', /bytes literals/, 1],
    ['async def f(): pass', /'async'/, 1],
    ['print("x", file=None)\nprint(1, file=3)', /print\(file=\.\.\.\)/, 2],
    ['import matplotlib.pyplot as plt\nplt.bar([1, 2], [3, 4])', /matplotlib\.pyplot\.bar.*아직 지원하지 않습니다/, 2],
    ['x = eval("1")', /eval\(\) is not supported/, 1],
  ];
  for (const [source, pattern, line] of cases) {
    it(source.split('\n').at(-1)!, () => {
      const r = runProgram(source);
      expect(r.error?.message).toMatch(pattern);
      expect(r.error?.line).toBe(line);
    });
  }

  it('never crashes with a JavaScript error on garbage input', () => {
    const fragments = ['(', ')', '[', ']', '{', '}', ':', '=', '+', '**', 'for', 'in', 'if', 'def', 'x', '1', '"a', "'", '\n', '    ', 'lambda', ',', '.', '@', 'f"{', '}', '#', '\\', 'not', 'import'];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 400; i++) {
      const source = Array.from({ length: 1 + Math.floor(random() * 12) }, () => fragments[Math.floor(random() * fragments.length)]).join(' ');
      const r = runProgram(source);
      if (r.error) expect(r.error.line, source).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('no way out to JavaScript', () => {
  it('has no eval, no constructors, no prototypes, no globals', () => {
    const probes: [string, string][] = [
      ['"".constructor', 'AttributeError'],
      ['[].__proto__', 'AttributeError'],
      ['(lambda: 0).constructor', 'AttributeError'],
      ['print.call', 'AttributeError'],
      ['globalThis', 'NameError'],
      ['window', 'NameError'],
      ['self', 'NameError'],
      ['Function', 'NameError'],
      ['__import__("os")', 'NotImplementedError'],
      ['{}.__class__', 'AttributeError'],
      ['(1).constructor', 'AttributeError'],
      ['import os', 'ModuleNotFoundError'],
    ];
    for (const [source, type] of probes) expect(runProgram(source).error?.type, source).toBe(type);
  });

  it('keeps "__proto__" and "constructor" as ordinary dict keys and names', () => {
    const r = runProgram('d = {"__proto__": 1, "constructor": 2}\nconstructor = 3\nprint(d["__proto__"], d, constructor)');
    expect(r.stdout).toBe("1 {'__proto__': 1, 'constructor': 2} 3\n");
  });
});

class Multiline extends HostObject {
  readonly typeName = 'Tensor';
  constructor(private readonly text: string) {
    super();
  }
  override repr(): string {
    return this.text;
  }
}

describe("a cell's last value is shown like Jupyter", () => {
  const modules = new ModuleRegistry().register('fake', () => new PyModule('fake', {
    column: hostFunction('column', () => new Multiline('tensor([[-6.0000],\n        [-5.9950]])')),
    parameter: hostFunction('parameter', () => new Multiline('Parameter containing:\ntensor([[4.9150]], requires_grad=True)')),
  }));

  it('shows short values on one line and hides None and values after ";"', () => {
    expect(runProgram('1 + 1').shown).toBe('2');
    expect(runProgram('x = [1, 2.5, "a"]\nx').shown).toBe("[1, 2.5, 'a']");
    expect(runProgram('None').shown).toBeNull();
    expect(runProgram('print("hi")').shown).toBeNull();
    expect(runProgram('1 + 1;').shown).toBeNull();
    expect(runProgram('x = 5').shown).toBeNull();
  });

  it('breaks containers of multi-line reprs one item per line, indenting continuation lines (u,v,y)', () => {
    const r = runProgram('import fake\nfake.column(), fake.column()', modules);
    expect(r.shown).toBe('(tensor([[-6.0000],\n         [-5.9950]]),\n tensor([[-6.0000],\n         [-5.9950]]))');
    const p = runProgram('import fake\n[fake.parameter(), fake.parameter()]', modules);
    expect(p.shown).toBe(
      '[Parameter containing:\n tensor([[4.9150]], requires_grad=True),\n Parameter containing:\n tensor([[4.9150]], requires_grad=True)]',
    );
  });

  it('breaks containers wider than 79 columns', () => {
    const r = runProgram('list(range(30))');
    expect(r.shown).toBe('[' + Array.from({ length: 30 }, (_, i) => String(i)).join(',\n ') + ']');
  });
});

describe('kernel state, progress and interruption', () => {
  it('shares globals between cells in order, like a notebook', () => {
    const { run } = kernel();
    run('import math\nw = 2.0');
    run('def f(x):\n    return w * x');
    expect(run('print(f(3), math.pi > 3)').stdout).toBe('6.0 True\n');
  });

  it('reports the outer loop iteration count and total', () => {
    const reports: { line: number; iteration: number; total: number | null }[] = [];
    const k = new Interpreter({ hooks: { onProgress: (p) => reports.push(p), progressIntervalMs: 0 } });
    k.runCell('x = 0\nfor epoch in range(50):\n    for j in range(3):\n        x += j\n');
    expect(reports.length).toBeGreaterThan(10);
    expect(reports.every((r) => r.line === 2 && r.total === 50)).toBe(true);
    expect(reports.at(-1)?.iteration).toBe(50);
  });

  it('stops `while True: pass` when interrupted, with KeyboardInterrupt at the loop line', () => {
    let polls = 0;
    const k = new Interpreter({ hooks: { shouldInterrupt: () => ++polls > 10_000 } });
    let caught: unknown;
    try {
      k.runCell('x = 1\nwhile True:\n    pass');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PyException);
    expect((caught as PyException).pyType).toBe('KeyboardInterrupt');
    expect((caught as PyException).line).toBe(2);
  });

  it('interrupts deep recursion and function-heavy code too', () => {
    let polls = 0;
    const k = new Interpreter({ hooks: { shouldInterrupt: () => ++polls > 500 } });
    expect(() => k.runCell('def f(n):\n    return f(n) if n < 0 else n\nwhile True:\n    f(1)')).toThrow(/KeyboardInterrupt/);
  });

  it('end-of-cell hooks run after the result is shown, also after an error', () => {
    const order: string[] = [];
    const modules = new ModuleRegistry().register('hook', (ctx) => {
      ctx.onCellEnd(() => order.push('end'));
      return new PyModule('hook', { value: 1n });
    });
    const k = new Interpreter({ modules, display: (item) => order.push(item.kind) });
    k.runCell('import hook\nhook.value');
    expect(() => k.runCell('1 / 0')).toThrow(PyException);
    expect(order).toEqual(['text', 'end', 'end']);
  });
});

describe('host data helpers', () => {
  it('list of host values stays a PyList', () => {
    const list: PyValue = new PyList([1n, 2.5]);
    expect(runProgram('x = [1, 2.5]\nprint(x)').stdout).toBe('[1, 2.5]\n');
    expect(list).toBeInstanceOf(PyList);
  });
});
