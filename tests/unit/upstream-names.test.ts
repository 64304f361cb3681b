// A real API the page does not have yet is "not supported yet", naming it; a name the real library
// does not have either is the library's own AttributeError (a typo). The lists come from the real
// libraries (scripts/library-names.py → src/lib/library-names.json); the AttributeError messages
// are PyTorch 1.13's and CPython 3.11's, checked with /usr/bin/python3.
import { describe, expect, it } from 'vitest';
import { Interpreter } from '../../src/lib/python/eval/interpreter';
import { PyException } from '../../src/lib/python/objects/host';
import { courseKernelSetup } from '../../src/lib/course-kernel';
import names from '../../src/lib/library-names.json';

function errorOf(source: string): { type: string; message: string; line: number } {
  try {
    new Interpreter(courseKernelSetup()).runCell(source);
  } catch (error) {
    if (error instanceof PyException) return { type: error.pyType, message: error.pyMessage, line: error.line };
    throw error;
  }
  throw new Error('expected the cell to raise');
}

describe('names of the real libraries', () => {
  it.each([
    ['import torch\nnet = torch.nn.Conv3d(1, 1, 3)', 'torch.nn.Conv3d', 2],
    ['import torch\nfrom torch.nn import Conv3d', 'torch.nn.Conv3d', 2],
    ['import torch\nx = torch.ones(3)\nx.stft(2)', 'torch.Tensor.stft', 3],
    ['import numpy as np\nnp.dot(np.ones(2), np.ones(2))', 'numpy.dot', 2],
    ['import scipy', 'scipy', 1],
    // pandas is provided (read_csv, DataFrame, Series); its other names are not yet
    ['import pandas as pd\npd.concat([])', 'pandas.concat', 2],
    ["import pandas as pd\ndf = pd.DataFrame({'x': [1, 2]})\ndf.plot()", 'pandas.DataFrame.plot', 3],
    ["import pandas as pd\ns = pd.Series([1, 2])\ns.cumsum()", 'pandas.Series.cumsum', 3],
    // matplotlib.animation is provided (FuncAnimation); its other names are not yet
    ['from matplotlib import animation\nanimation.ArtistAnimation', 'matplotlib.animation.ArtistAnimation', 2],
    ['from matplotlib.animation import PillowWriter', 'matplotlib.animation.PillowWriter', 1],
    ['import matplotlib.pyplot as plt\nfrom matplotlib import animation\nfig = plt.figure()\nani = animation.FuncAnimation(fig, print)\nani.save("a.gif")', 'matplotlib.animation.FuncAnimation.save', 5],
  ])('%s → NotImplementedError naming %s, Korean first', (source, name, line) => {
    const error = errorOf(source);
    expect(error.type).toBe('NotImplementedError');
    expect(error.message).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}[은는] 아직 지원하지 않습니다 / ${name.replace(/\./g, '\\.')} is not supported yet$`));
    expect(error.line).toBe(line);
  });

  it.each([
    ['import torch\ntorch.nn.Conv3dd', 'AttributeError', "module 'torch.nn' has no attribute 'Conv3dd'. Did you mean: 'Conv3d'?"], // as CPython 3.11 prints it
    ['import torch\ntorch.ones(2).fooo()', 'AttributeError', "'Tensor' object has no attribute 'fooo'"],
    ['import numpi', 'ModuleNotFoundError', "No module named 'numpi'"],
    ["import pandas as pd\npd.DataFrame({'x': [1]}).fooo", 'AttributeError', "'DataFrame' object has no attribute 'fooo'"],
    ['import torch\nfrom torch.nn import Linearr', 'ImportError', "cannot import name 'Linearr' from 'torch.nn' (/usr/lib/python3/dist-packages/torch/nn/__init__.py)"],
  ])('%s → %s as the library gives it', (source, type, message) => {
    const error = errorOf(source);
    expect(error.type).toBe(type);
    expect(message.startsWith(error.message)).toBe(true);
  });

  it('come from the real libraries (the list is generated, not typed)', () => {
    expect(names.generator).toBe('scripts/library-names.py');
    expect(names.versions.torch).toMatch(/^1\.13/);
    expect(names.modules['torch.nn']).toContain('Conv3d');
    expect(names.types.Tensor.attributes).toContain('numpy');
  });
});

describe('sequences too big for the page', () => {
  it.each([
    ["'a' * 10**10", 'MemoryError', ''],
    ['[0] * 10**9', 'MemoryError', ''],
    ["'a' * 10**20", 'OverflowError', "cannot fit 'int' into an index-sized integer"],
  ])('%s → %s as CPython raises it', (source, type, message) => {
    expect(errorOf(source)).toEqual({ type, message, line: 1 });
  });

  it('MemoryError is an Exception to except', () => {
    let out = '';
    new Interpreter({ ...courseKernelSetup(), write: (text) => (out += text) }).runCell("try:\n    s = 'ab' * 10**9\nexcept MemoryError:\n    print('too big')");
    expect(out).toBe('too big\n');
  });
});
