// The text components/SeededTorchRun.astro builds for a seeded run (src/lib/torch/core/print.ts),
// against what real PyTorch 1.13 printed for the same values (tests/fixtures/torch-programs/
// printing-ties, written by scripts/torch-programs.py): 0.03125 is an exact tie at 4 decimals,
// which PyTorch and Python round to even, and 2.0 is printed in integer mode.
import { describe, expect, it } from 'vitest';
import { formatLinearParameters, formatTorchNumber } from '../../src/lib/torch/core/print';
import { readProgram } from '../support/torch-programs';

const { fixture } = readProgram('printing-ties');

describe('a seeded run as the page prints it', () => {
  it('shows list(net.parameters()) of a Linear(1, 1) as the notebook does', () => {
    expect(fixture.stdout).toContain(formatLinearParameters({ w0: 2, w1: 0.03125 }) + '\n');
  });

  it("writes a weight in running text as f'{w:.4f}'", () => {
    // the line of f"{t.item():.4f}", f"{t:.4f}", ... for t = torch.tensor(0.03125)
    const line = fixture.stdout.split('\n').find((l) => l.endsWith(' 0.03125 0.03125 0.0312'));
    expect(line?.split(' ')[0]).toBe(formatTorchNumber(0.03125));
  });
});
