// The host-object protocol (src/lib/python/objects/host.ts) exercised through a small native vector
// type, the way torch's Tensor plugs in: operators both ways, indexing, iteration, calls with
// keywords, modules and submodules, context managers, and CPython's errors for missing hooks.
import { describe, expect, it } from 'vitest';
import {
  HostObject,
  ModuleRegistry,
  NotImplemented,
  PyList,
  PyModule,
  PySlice,
  PyTuple,
  bindArgs,
  hostFunction,
  isNumberLike,
  pyError,
  toIndex,
  toNumber,
  type BinaryOp,
  type CompareOp,
  type KwArgs,
  type PyValue,
} from '../../../src/lib/python/objects/host';
import { Interpreter } from '../../../src/lib/python/eval/interpreter';
import { runProgram } from './run-program';

class Vec extends HostObject {
  readonly typeName = 'Vec';
  override readonly moduleName = 'vecs';
  constructor(public values: number[]) {
    super();
  }
  private operand(other: PyValue): number[] | undefined {
    if (other instanceof Vec) return other.values;
    if (isNumberLike(other)) return this.values.map(() => toNumber(other));
    return undefined;
  }
  override binaryOp(op: BinaryOp, other: PyValue, reflected: boolean): PyValue | typeof NotImplemented {
    const b = this.operand(other);
    if (!b) return NotImplemented;
    const [left, right] = reflected ? [b, this.values] : [this.values, b];
    if (op === 'matmul') return left.reduce((sum, v, i) => sum + v * right[i], 0);
    const f: Partial<Record<BinaryOp, (x: number, y: number) => number>> = {
      add: (x, y) => x + y, sub: (x, y) => x - y, mul: (x, y) => x * y, truediv: (x, y) => x / y, pow: (x, y) => x ** y,
    };
    const fn = f[op];
    return fn ? new Vec(left.map((x, i) => fn(x, right[i]))) : NotImplemented;
  }
  override inplaceOp(op: BinaryOp, other: PyValue): PyValue | typeof NotImplemented {
    const result = this.binaryOp(op, other, false);
    if (!(result instanceof Vec)) return NotImplemented;
    this.values = result.values;
    return this;
  }
  override unaryOp(op: 'neg' | 'pos' | 'invert'): PyValue {
    if (op === 'invert') throw pyError('TypeError', "~ is not defined for Vec");
    return new Vec(this.values.map((v) => (op === 'neg' ? -v : v)));
  }
  override compare(op: CompareOp, other: PyValue): PyValue | typeof NotImplemented {
    const b = this.operand(other);
    if (!b) return NotImplemented;
    const f: Record<CompareOp, (x: number, y: number) => boolean> = {
      lt: (x, y) => x < y, le: (x, y) => x <= y, eq: (x, y) => x === y, ne: (x, y) => x !== y, gt: (x, y) => x > y, ge: (x, y) => x >= y,
    };
    return new Vec(this.values.map((x, i) => (f[op](x, b[i]) ? 1 : 0)));
  }
  override getItem(key: PyValue): PyValue {
    if (key instanceof PySlice) return new PyTuple([key.start, key.stop, key.step]);
    if (key instanceof PyTuple) return new PyTuple(key.items);
    let i = toIndex(key);
    if (i < 0) i += this.values.length;
    if (i < 0 || i >= this.values.length) throw pyError('IndexError', `index ${toIndex(key)} is out of bounds for Vec of size ${this.values.length}`);
    return this.values[i];
  }
  override setItem(key: PyValue, value: PyValue): void {
    this.values[toIndex(key)] = toNumber(value);
  }
  override *iterate(): Iterable<PyValue> {
    yield* this.values;
  }
  override length(): number {
    return this.values.length;
  }
  override truthy(): boolean {
    if (this.values.length !== 1) throw pyError('RuntimeError', 'Boolean value of Vec with more than one value is ambiguous');
    return this.values[0] !== 0;
  }
  override repr(): string {
    return `vec([${this.values.join(', ')}])`;
  }
  override format(spec: string): string {
    return this.values.map((v) => (spec === '.1f' ? v.toFixed(1) : String(v))).join('|');
  }
  override getAttr(name: string): PyValue | undefined {
    if (name === 'size') return BigInt(this.values.length);
    if (name === 'scale') {
      return hostFunction('scale', (args, kwargs) => {
        const { factor, offset } = bindArgs('scale', ['factor', ['offset', 0]], args, kwargs);
        return new Vec(this.values.map((v) => v * toNumber(factor) + toNumber(offset)));
      });
    }
    if (name === 'explode') return hostFunction('explode', () => { throw new Error('native failure'); });
    return undefined;
  }
  override setAttr(name: string, value: PyValue): boolean {
    if (name !== 'values') return false;
    this.values = [...(value as PyList).items].map((v) => toNumber(v));
    return true;
  }
  override toFloat(): number {
    return this.values.reduce((a, b) => a + b, 0);
  }
}

let guardDepth = 0;
class Guard extends HostObject {
  readonly typeName = 'Guard';
  override enter(): PyValue {
    guardDepth++;
    return BigInt(guardDepth);
  }
  override exit(): boolean {
    guardDepth--;
    return false;
  }
}

function registry(): ModuleRegistry {
  const vecType = new (class extends HostObject {
    readonly typeName = 'type';
    override instanceCheck(value: PyValue): boolean {
      return value instanceof Vec;
    }
    override call(args: readonly PyValue[], kwargs: KwArgs): PyValue {
      const { data } = bindArgs('Vec', ['data'], args, kwargs);
      return new Vec([...(data as PyList).items].map((v) => toNumber(v)));
    }
  })();
  return new ModuleRegistry()
    .register('vecs', (ctx) => new PyModule('vecs', {
      Vec: vecType,
      guard: hostFunction('guard', () => new Guard()),
      apply: hostFunction('apply', (args) => ctx.call(args[0], [args[1]])),
      shout: hostFunction('shout', (args) => (ctx.write(ctx.str(args[0]).toUpperCase() + '\n'), null)),
    }))
    .register('vecs.linalg', () => new PyModule('vecs.linalg', { norm: hostFunction('norm', (args) => Math.hypot(...(args[0] as Vec).values)) }));
}

function run(source: string) {
  return runProgram(source, registry());
}

describe('host objects', () => {
  it('binary operators dispatch to the host, reflected when the host is on the right', () => {
    const r = run(`import vecs
v = vecs.Vec([1, 2, 3])
print(v + 1, 2 * v, 1 - v, v / 2, v ** 2, v @ v, [1, 2] @ v if False else v @ vecs.Vec([1, 0, 0]))
print(-v, +v, v == 2, 3 > v, v < vecs.Vec([2, 2, 2]))`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(
      'vec([2, 3, 4]) vec([2, 4, 6]) vec([0, -1, -2]) vec([0.5, 1, 1.5]) vec([1, 4, 9]) 14.0 1.0\n' +
        'vec([-1, -2, -3]) vec([1, 2, 3]) vec([0, 1, 0]) vec([1, 1, 0]) vec([1, 0, 0])\n',
    );
  });

  it('in-place operators keep the same object (like torch.Tensor.__iadd__)', () => {
    const r = run(`import vecs
v = vecs.Vec([1, 2])
alias = v
v += 1
v *= vecs.Vec([2, 3])
print(alias, alias is v)`);
    expect(r.stdout).toBe('vec([4, 9]) True\n');
  });

  it('subscripts pass slices, tuples, None and negative indices through unnormalised', () => {
    const r = run(`import vecs
v = vecs.Vec([10, 20, 30])
print(v[-1], v[0], v[:2], v[::-1], v[1:, 0], v[:, None], v[..., 0])
v[1] = 5
print(v, len(v), list(v), [x * 2 for x in v], sum(v), 20 in v, 5 in v)
a, b, c = v
print(a, b, c)`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe(
      '30.0 10.0 (None, 2, None) (None, None, -1) (slice(1, None, None), 0) (slice(None, None, None), None) (Ellipsis, 0)\n' +
        'vec([10, 5, 30]) 3 [10.0, 5.0, 30.0] [20.0, 10.0, 60.0] 45.0 False True\n10.0 5.0 30.0\n',
    );
  });

  it('attributes, method calls with keywords, setattr, format specs, float() and isinstance', () => {
    const r = run(`import vecs
v = vecs.Vec(data=[1, 2])
print(v.size, v.scale(2), v.scale(factor=3, offset=0.5), f"{v:.1f}", f"{v}", float(v), isinstance(v, vecs.Vec), isinstance(3, vecs.Vec))
v.values = [7, 8]
print(v, str(v), repr(v), type(v))`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe('2 vec([2, 4]) vec([3.5, 6.5]) 1.0|2.0 1|2 3.0 True False\nvec([7, 8]) vec([7, 8]) vec([7, 8]) <class \'vecs.Vec\'>\n');
  });

  it('truthiness is the host\'s own (ambiguous multi-value vectors raise)', () => {
    const ok = run(`import vecs
print("yes" if vecs.Vec([1]) else "no", not vecs.Vec([0]))`);
    expect(ok.stdout).toBe('yes True\n');
    const bad = run(`import vecs
v = vecs.Vec([1, 2])
if v > 0:
    print("never")`);
    expect(bad.error).toEqual({ type: 'RuntimeError', message: 'Boolean value of Vec with more than one value is ambiguous', line: 3 });
  });

  it('context managers (torch.no_grad style) enter and exit, also on errors', () => {
    const r = run(`import vecs
with vecs.guard() as depth:
    print("inside", depth)
    with vecs.guard() as inner:
        print("nested", inner)
try:
    with vecs.guard():
        1 / 0
except ZeroDivisionError:
    print("caught")`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe('inside 1\nnested 2\ncaught\n');
    expect(guardDepth).toBe(0);
  });

  it('hosts call back into Python functions and write to stdout through the context', () => {
    const r = run(`import vecs
print(vecs.apply(lambda x: x * 10, 4))
vecs.shout("hello")`);
    expect(r.stdout).toBe('40\nHELLO\n');
  });

  it('missing hooks raise the errors CPython raises, with the line', () => {
    const cases: [string, string, string][] = [
      ['g = vecs.guard()\ng[0]', 'TypeError', "'Guard' object is not subscriptable"],
      ['g = vecs.guard()\ng + 1', 'TypeError', "unsupported operand type(s) for +: 'Guard' and 'int'"],
      ['g = vecs.guard()\nlen(g)', 'TypeError', "object of type 'Guard' has no len()"],
      ['g = vecs.guard()\nfor x in g: pass', 'TypeError', "'Guard' object is not iterable"],
      ['g = vecs.guard()\ng()', 'TypeError', "'Guard' object is not callable"],
      ['g = vecs.Vec([1])\ng.missing', 'AttributeError', "'Vec' object has no attribute 'missing'"],
      ['g = vecs.Vec([1])\n~g', 'TypeError', '~ is not defined for Vec'],
      ['g = vecs.Vec([1])\ng.scale()', 'TypeError', "scale() missing 1 required positional argument: 'factor'"],
      ['g = vecs.Vec([1])\ng.scale(1, 2, 3)', 'TypeError', 'scale() takes from 1 to 2 positional arguments but 3 were given'],
      ['g = vecs.Vec([1])\ng.scale(1, bias=2)', 'TypeError', "scale() got an unexpected keyword argument 'bias'"],
      ['g = vecs.Vec([1])\ng[5]', 'IndexError', 'index 5 is out of bounds for Vec of size 1'],
      ['g = vecs.Vec([1])\ng.explode()', 'RuntimeError', 'native failure'],
      ['g = vecs.Vec([1])\ng < "a"', 'TypeError', "'<' not supported between instances of 'Vec' and 'str'"],
    ];
    for (const [body, type, message] of cases) {
      const r = run(`import vecs\n${body}`);
      expect(r.error, body).toEqual({ type, message, line: 3 });
    }
  });
});

describe('host modules', () => {
  it('supports import, import as, dotted import, from-import of names and submodules', () => {
    const r = run(`import vecs
import vecs.linalg
import vecs.linalg as la
from vecs import Vec, guard as g
from vecs import linalg
from vecs.linalg import norm
v = Vec([3, 4])
print(vecs.linalg.norm(v), la.norm(v), linalg.norm(v), norm(v), la is linalg, vecs)`);
    expect(r.error).toBeNull();
    expect(r.stdout).toBe("5.0 5.0 5.0 5.0 True <module 'vecs'>\n");
  });

  it('reports unknown modules and names like CPython', () => {
    expect(run('import nothing_here').error).toEqual({ type: 'ModuleNotFoundError', message: "No module named 'nothing_here'", line: 1 });
    expect(run('from vecs import nope').error).toEqual({ type: 'ImportError', message: "cannot import name 'nope' from 'vecs'", line: 1 });
    expect(run('import vecs\nvecs.nope').error).toEqual({ type: 'AttributeError', message: "module 'vecs' has no attribute 'nope'", line: 2 });
  });

  it('creates each module once per kernel, so module state is shared across cells', () => {
    let created = 0;
    const modules = new ModuleRegistry().register('counter', () => {
      created++;
      return new PyModule('counter', { state: new PyList([]) });
    });
    let stdout = '';
    const kernel = new Interpreter({ modules, write: (t) => (stdout += t) });
    kernel.runCell('import counter\ncounter.state.append(1)');
    kernel.runCell('import counter as c\nc.state.append(2)\nprint(c.state)');
    expect(stdout).toBe('[1, 2]\n');
    expect(created).toBe(1);
  });
});
