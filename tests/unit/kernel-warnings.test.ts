// Warnings reach the page as 'stderr' events (shown under the cell as Jupyter shows stderr):
// the text is PyTorch 1.13's (captured with warnings.catch_warnings(record=True) from real
// PyTorch), once per call site per cell run as Python's default filter shows it.
import { describe, expect, it } from 'vitest';
import { createKernelRunner, type KernelEvent } from '../../src/lib/python/kernel/runner';
import { courseKernelSetup } from '../../src/lib/course-kernel';

const MSE_100 =
  'UserWarning: Using a target size (torch.Size([100])) that is different to the input size (torch.Size([100, 1])). ' +
  'This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.\n';

function run(...cells: string[]): KernelEvent[] {
  const events: KernelEvent[] = [];
  const kernel = createKernelRunner(courseKernelSetup(), (event) => events.push(event));
  cells.forEach((code, i) => kernel.handle({ type: 'run', id: i + 1, code, filename: `<cell ${i + 1}>` }));
  return events;
}
const stderr = (events: KernelEvent[], id?: number) =>
  events.flatMap((e) => (e.type === 'stderr' && (id === undefined || e.id === id) ? [e.text] : []));

describe('warnings under the cell', () => {
  it("MSELoss with a [100] target for a [100, 1] input warns once per cell run, in order with the printed text", () => {
    const loop = [
      'import torch',
      'x = torch.zeros(100, 1); y = torch.zeros(100)',
      'loss_fn = torch.nn.MSELoss()',
      "print('before')",
      'for epoch in range(5):',
      '    loss = loss_fn(x, y)',
      "print('after')",
    ].join('\n');
    const events = run(loop, loop);
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(stderr(events, 1)).toEqual([MSE_100]);
    expect(stderr(events, 2)).toEqual([MSE_100]); // a new run of the cell warns again
    const first = events.filter((e) => e.id === 1 && (e.type === 'stdout' || e.type === 'stderr')).map((e) => (e as { text: string }).text);
    expect(first).toEqual(['before\n', MSE_100, 'after\n']);
  });

  it('F.mse_loss warns for the other sizes; matching sizes do not warn', () => {
    const events = run([
      'import torch',
      'import torch.nn.functional as F',
      'F.mse_loss(torch.zeros(3, 1), torch.zeros(3))',
      'F.mse_loss(torch.zeros(100), torch.zeros(100, 1))',
      'F.mse_loss(torch.zeros(1), torch.tensor(0.0))',
      'torch.nn.MSELoss()(torch.zeros(4, 1), torch.zeros(4, 1))',
    ].join('\n'));
    expect(stderr(events)).toEqual([
      'UserWarning: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.\n',
      'UserWarning: Using a target size (torch.Size([100, 1])) that is different to the input size (torch.Size([100])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.\n',
      'UserWarning: Using a target size (torch.Size([])) that is different to the input size (torch.Size([1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.\n',
    ]);
  });

  it('warnings.warn: UserWarning by default, a category by name, once per line; filterwarnings("ignore") hides all', () => {
    const events = run([
      'import warnings',
      'def f():',
      "    warnings.warn('inside f')",
      'f(); f()',
      "warnings.warn('old', DeprecationWarning)",
      "warnings.warn('old', DeprecationWarning)",
      "warnings.filterwarnings('ignore')",
      "warnings.warn('hidden')",
    ].join('\n'), "import torch\ntorch.nn.MSELoss()(torch.zeros(2, 1), torch.zeros(2))\nwarnings.simplefilter('default')\nwarnings.warn('back')");
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(stderr(events)).toEqual(['UserWarning: inside f\n', 'DeprecationWarning: old\n', 'DeprecationWarning: old\n', 'UserWarning: back\n']);
  });

  it('filters beyond ignore/default raise NotImplementedError, Korean first', () => {
    const events = run("import warnings\nwarnings.filterwarnings('error')");
    expect(events.find((e) => e.type === 'error')).toMatchObject({ message: expect.stringMatching(/^NotImplementedError: warnings\.filterwarnings\('error', …\)는 아직 지원하지 않습니다/) });
  });

  it("torch.meshgrid without indexing= warns as PyTorch 1.13 does, once for a loop; with it, not at all", () => {
    const events = run([
      'import torch',
      'for i in range(3):',
      '    torch.meshgrid(torch.arange(2), torch.arange(3))',
      "torch.meshgrid(torch.arange(2), torch.arange(3), indexing='ij')",
    ].join('\n'));
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(stderr(events)).toEqual([
      'UserWarning: torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. (Triggered internally at  ./aten/src/ATen/native/TensorShape.cpp:3190.)\n',
    ]);
  });

  it("an unknown escape in a str literal warns at compile time, once per literal for its first one, as CPython 3.11 (compile() with warnings recorded)", () => {
    const events = run(['a = "\\c\\d\\c"', 'b = f"\\q{a}"', 'c = r"\\z" + "\\n\\x41\\101\\t"', "d = '$\\hat{y}$'"].join('\n'));
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    expect(stderr(events)).toEqual([
      "DeprecationWarning: invalid escape sequence '\\c'\n",
      "DeprecationWarning: invalid escape sequence '\\q'\n",
      "DeprecationWarning: invalid escape sequence '\\h'\n",
    ]);
  });
});
