// The modules a page's Python cells can import: the standard ones (math, matplotlib.pyplot,
// graphviz) and the torch subset (torch, torch.nn, torch.nn.functional, torch.optim).
import type { ModuleRegistry } from '../lib/python/objects/host';
import { createStandardModules } from '../lib/python/modules/index';
import { registerTorch } from '../lib/torch/python/module';

export function createKernelModules(): ModuleRegistry {
  return registerTorch(createStandardModules());
}
