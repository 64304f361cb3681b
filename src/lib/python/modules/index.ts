// The modules every kernel can import without a host: math, matplotlib.pyplot, graphviz.
// torch registers itself on top of this registry (src/lib/torch).
import { ModuleRegistry } from '../host';
import { createMathModule } from './math';

export function createStandardModules(): ModuleRegistry {
  return new ModuleRegistry().register('math', () => createMathModule());
}
