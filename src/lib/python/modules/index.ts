// The modules every kernel can import without a host: math, matplotlib.pyplot, matplotlib.animation, graphviz, numpy, time, warnings.
// torch registers itself on top of this registry (src/lib/torch).
import { ModuleRegistry } from '../objects/host';
import { createAnimationModule } from './animation';
import { createGraphvizModule } from './graphviz';
import { createMathModule } from './math';
import { createNumpyModule, createNumpyRandomModule } from './numpy/module';
import { createPyplotModule } from './pyplot';
import { createTimeModule } from './time';
import { createWarningsModule } from './warnings';

export function createStandardModules(): ModuleRegistry {
  return new ModuleRegistry()
    .register('math', () => createMathModule())
    .register('matplotlib.pyplot', (ctx) => createPyplotModule(ctx))
    .register('matplotlib.animation', (ctx) => createAnimationModule(ctx))
    .register('graphviz', () => createGraphvizModule())
    .register('numpy', () => createNumpyModule())
    .register('numpy.random', () => createNumpyRandomModule())
    .register('time', () => createTimeModule())
    .register('warnings', (ctx) => createWarningsModule(ctx));
}
