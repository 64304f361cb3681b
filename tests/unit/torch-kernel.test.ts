// The page's kernel (the worker's module registry) imports torch: the lecture's data and net
// cells, run as notebook cells through the kernel runner, show what PyTorch showed.
import { describe, expect, it } from 'vitest';
import { createKernelRunner, type KernelEvent } from '../../src/lib/python/kernel/runner';
import { courseKernelSetup } from '../../src/lib/course-kernel';
import { cellsOf, readProgram } from '../support/torch-programs';

describe('torch in the page kernel', () => {
  it('lecture data and net cells show PyTorch’s text', () => {
    const events: KernelEvent[] = [];
    const kernel = createKernelRunner(courseKernelSetup(), (event) => events.push(event));
    const { source, fixture } = readProgram('lecture-net');
    cellsOf(source).forEach((code, i) => kernel.handle({ type: 'run', id: i + 1, code, filename: `<cell ${i + 1}>` }));
    expect(events.filter((e) => e.type === 'error')).toEqual([]);
    const shown = events.flatMap((e) => (e.type === 'display' && e.item.kind === 'text' ? [e.item.text + '\n'] : []));
    expect(shown.join('')).toBe(fixture.stdout);
  });
});
