// The modules every kernel can import without a host: math, matplotlib.pyplot, matplotlib.animation, matplotlib.gridspec, mpl_toolkits.mplot3d, graphviz, numpy, pandas, io, IPython.display, time, warnings,
// urllib.request and urllib.error (reading the lecture's files through the kernel's FileSource).
// torch registers itself on top of this registry (src/lib/torch).
import { ModuleRegistry } from '../objects/host';
import { createAnimationModule } from './animation';
import { createMplot3dModule } from './axes3d';
import { createGraphvizModule } from './graphviz';
import { createGridspecModule } from './gridspec';
import { createIoModule } from './io';
import { createIpythonDisplayModule } from './ipython-display';
import { createMathModule } from './math';
import { createNumpyModule, createNumpyRandomModule } from './numpy/module';
import { createPandasModule } from './pandas/module';
import { createPyplotModule } from './pyplot';
import { createTimeModule } from './time';
import { createUrllibErrorModule, createUrllibRequestModule } from './urllib';
import { createWarningsModule } from './warnings';

export function createStandardModules(): ModuleRegistry {
  return new ModuleRegistry()
    .register('math', () => createMathModule())
    .register('matplotlib.pyplot', (ctx) => createPyplotModule(ctx))
    .register('matplotlib.animation', (ctx) => createAnimationModule(ctx))
    .register('matplotlib.gridspec', () => createGridspecModule())
    .register('mpl_toolkits.mplot3d', () => createMplot3dModule())
    .register('graphviz', () => createGraphvizModule())
    .register('numpy', () => createNumpyModule())
    .register('numpy.random', () => createNumpyRandomModule())
    .register('pandas', (ctx) => createPandasModule(ctx))
    .register('io', () => createIoModule())
    .register('IPython.display', (ctx) => createIpythonDisplayModule(ctx))
    .register('time', () => createTimeModule())
    .register('warnings', (ctx) => createWarningsModule(ctx))
    .register('urllib.error', () => createUrllibErrorModule())
    .register('urllib.request', (ctx) => createUrllibRequestModule(ctx));
}
