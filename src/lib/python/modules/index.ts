// The modules every kernel can import without a host: math, matplotlib.pyplot, graphviz, warnings.
// torch registers itself on top of this registry (src/lib/torch).
import { ModuleRegistry } from '../objects/host';
import { createGraphvizModule } from './graphviz';
import { createMathModule } from './math';
import { createPyplotModule } from './pyplot';
import { createWarningsModule } from './warnings';

export function createStandardModules(): ModuleRegistry {
  return new ModuleRegistry()
    .register('math', () => createMathModule())
    .register('matplotlib.pyplot', (ctx) => createPyplotModule(ctx))
    .register('graphviz', () => createGraphvizModule())
    .register('warnings', (ctx) => createWarningsModule(ctx));
}
