// The modules a page's Python cells can import. The torch subset (src/lib/torch) registers
// torch, torch.nn and torch.optim on this registry when it is merged in.
import type { ModuleRegistry } from '../lib/python/host';
import { createStandardModules } from '../lib/python/modules/index';

export function createKernelModules(): ModuleRegistry {
  return createStandardModules();
}
