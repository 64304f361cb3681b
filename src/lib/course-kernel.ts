// What the page's Python kernel runs with: the standard modules (math, matplotlib.pyplot,
// graphviz), the torch subset (torch, torch.nn, torch.nn.functional, torch.optim), and loop
// tracing on. Tests and the bench build the same kernel from here, with a listener for how
// each traced loop ran.
import type { KernelSetup } from './python/kernel/runner';
import type { LoopTraceStats } from './python/eval/loop-trace';
import { createStandardModules } from './python/modules/index';
import { createLoopAccelerator } from './torch/python/loop-tracing';
import { registerTorch } from './torch/python/module';

export function courseKernelSetup(options: { loopTracing?: boolean; onLoop?(stats: LoopTraceStats): void } = {}): KernelSetup {
  const { loopTracing = true, onLoop } = options;
  return {
    modules: registerTorch(createStandardModules()),
    loopTracing: loopTracing ? { accelerator: createLoopAccelerator(), onLoop } : undefined,
  };
}
