// dir() beyond the golden programs: what it refuses (an object its tables do not cover, never a
// guessed list), and that its tables stay out of the kernel's first load.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { courseKernelSetup } from '../../../src/lib/course-kernel';
import { loadDirNames, mentionsDir } from '../../../src/lib/python/objects/dir';
import { runProgram } from './run-program';

const torchProgram = (source: string) => runProgram(source, courseKernelSetup().modules);

describe('dir() before its tables are loaded', () => {
  it('says so instead of listing nothing', () => {
    const { error } = runProgram('dir(1)');
    expect(error?.type).toBe('NotImplementedError');
    expect(error?.message).toMatch(/^dir\(\)의 이름 목록을 아직 불러오지 않았습니다/);
  });
});

describe('dir() of what its tables do not cover', () => {
  beforeAll(loadDirNames);
  it.each([
    ['a torch.nn class (a function object here, a class in PyTorch)', 'import torch\ndir(torch.nn.Linear)', 'dir(builtin_function_or_method)는 아직 지원하지 않습니다 / dir(builtin_function_or_method) is not supported yet'],
    ['a bound method of a list', 'dir([].append)', 'dir(builtin_function_or_method)는 아직 지원하지 않습니다 / dir(builtin_function_or_method) is not supported yet'],
    ['a matplotlib figure', 'import matplotlib.pyplot as plt\ndir(plt.figure())', 'dir(Figure)는 아직 지원하지 않습니다 / dir(Figure) is not supported yet'],
    ['a module the tables do not list', 'import graphviz\ndir(graphviz)', 'dir(graphviz)는 아직 지원하지 않습니다 / dir(graphviz) is not supported yet'],
    ['a reversed() iterator (CPython names its type otherwise)', 'dir(reversed([1]))', 'dir(reversed)는 아직 지원하지 않습니다 / dir(reversed) is not supported yet'],
    ['an nn.Module subclass whose __init__ skipped super().__init__()', 'import torch\nclass Net(torch.nn.Module):\n    def __init__(self):\n        pass\ndir(Net())', 'dir(Net)는 아직 지원하지 않습니다 / dir(Net) is not supported yet'],
    ['a cell\'s top level (Jupyter adds IPython\'s In, Out, _i1, …)', 'x = 1\n\'x\' in dir()', "셀의 맨 위에서 인자 없는 dir()은 아직 지원하지 않습니다: Jupyter는 IPython의 이름(In, Out, _i1, …)도 함께 보여 줍니다. dir(객체)나 함수 안의 dir()은 됩니다 / dir() without an argument at a cell's top level is not supported yet (Jupyter also lists IPython's names: In, Out, _i1, …); dir(object) and dir() inside a function work"],
    ['a nested function (CPython adds the free variables it reads)', 'def f():\n    x = 1\n    def g():\n        return x, dir()\n    return g()\nf()', '중첩된 함수 안의 dir()은 아직 지원하지 않습니다 / dir() in a nested function is not supported yet'],
  ])('%s', (_, source, message) => {
    const { error } = torchProgram(source);
    expect(error).toMatchObject({ type: 'NotImplementedError', message });
  });

  it('lists a course cell as PyTorch does', () => {
    const { shown, error } = torchProgram("import torch\nnet = torch.nn.Linear(1, 1)\nset(dir(net.parameters())) & {'__iter__', '__next__', 'send'}");
    expect(error).toBeNull();
    expect(shown).toBe("{'__iter__', '__next__', 'send'}");
  });
});

describe('loading the tables', () => {
  it('happens for a cell that names dir, not for others', () => {
    expect(mentionsDir("set(dir(net.parameters)) & {'__iter__'}")).toBe(true);
    expect(mentionsDir('d = dir')).toBe(true);
    expect(mentionsDir('directory = 1\nprint(x.dir_name)')).toBe(false);
  });

  it('is a dynamic import only: no module imports the tables statically', () => {
    const files = (folder: string): string[] =>
      readdirSync(folder).flatMap((name) => (statSync(join(folder, name)).isDirectory() ? files(join(folder, name)) : [join(folder, name)]));
    const importers = files('src').filter((file) => /\.(ts|astro)$/.test(file) && /import[^;]*python-dir-names\.json/.test(readFileSync(file, 'utf8')));
    expect(importers).toEqual([join('src', 'lib', 'python', 'objects', 'dir.ts')]);
    expect(readFileSync(importers[0], 'utf8')).toMatch(/await import\('\.\.\/\.\.\/python-dir-names\.json'\)/);
    expect(readFileSync(importers[0], 'utf8')).not.toMatch(/^import .*python-dir-names/m);
  });
});
