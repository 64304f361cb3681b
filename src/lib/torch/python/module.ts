// Registers `torch`, `torch.nn`, `torch.nn.functional`, `torch.optim` and `torch.utils.data`
// with the Python interpreter's module registry, built from the tables: the op table (ops.ts)
// for torch.* and torch.nn.functional.*, the nn classes (nn.ts), the optimizers (optim.ts) and
// torch.utils.data's classes (data.ts). One session per
// interpreter: torch.manual_seed there seeds what torch.rand, torch.bernoulli and nn.Linear
// draw next, as in PyTorch.
import { HostObject, PyModule, PyTuple, pyError, type HostContext, type ModuleRegistry, type PyValue } from '../../python/objects/host';
import { guarded, tensorFromPython, TensorHost } from './convert';
import { dataModule } from './data';
import { cudaModule } from './device';
import { initModule } from './init';
import { ModuleType, NN_CLASSES, nnClassFunction } from './nn';
import { opsAt, type OpSite } from './ops';
import { lrSchedulerModule, OPTIMIZERS, optimizerClassFunction } from './optim';
import { sessionOf, type TorchSession } from './session';
import { opFunction, pythonTensor, TorchFunction } from './tensor-object';
import { dtypeObject } from './values';
import type { Tensor } from '../core/tensor';

/** torch.Tensor: isinstance(x, torch.Tensor), and torch.Tensor(data) as torch.tensor's float cousin. */
class TensorType extends HostObject {
  readonly typeName = 'type';
  constructor(private readonly session: TorchSession) {
    super();
  }
  repr(): string {
    return "<class 'torch.Tensor'>";
  }
  instanceCheck(value: PyValue): boolean {
    return value instanceof TensorHost;
  }
  call(args: readonly PyValue[]): PyValue {
    return pythonTensor(guarded(() => tensorFromPython(args[0] ?? new PyTuple([]))), this.session);
  }
}

function functionsAt(site: OpSite, session: TorchSession): Record<string, PyValue> {
  return Object.fromEntries([...opsAt(site)].map(([name, op]) => [name, opFunction(op, session)]));
}

const DTYPES: Record<string, Tensor['dtype']> = {
  float32: 'float32', float: 'float32', float64: 'float64', double: 'float64', int64: 'int64', long: 'int64', bool: 'bool',
};

function torchModule(ctx: HostContext): PyModule {
  const session = sessionOf(ctx);
  return session.module('torch', () => {
    const torch = new PyModule('torch', {
      Tensor: new TensorType(session),
      ...Object.fromEntries(Object.entries(DTYPES).map(([name, dtype]) => [name, dtypeObject(dtype)])),
      ...functionsAt('torch', session),
    });
    // `import torch` then `torch.nn.Linear`: PyTorch imports its submodules eagerly.
    torch.attrs.set('nn', nnModule(ctx));
    torch.attrs.set('optim', optimModule(ctx));
    torch.attrs.set('cuda', cudaModule());
    return torch;
  });
}

function nnModule(ctx: HostContext): PyModule {
  const session = sessionOf(ctx);
  return session.module('torch.nn', () => new PyModule('torch.nn', {
    functional: functionalModule(ctx),
    init: initModule(ctx),
    ...Object.fromEntries(NN_CLASSES.map((entry) => [entry.name, nnClassFunction(entry, session)])),
    ...functionsAt('nn', session),
    Module: new ModuleType(session),
  }));
}

function functionalModule(ctx: HostContext): PyModule {
  const session = sessionOf(ctx);
  return session.module('torch.nn.functional', () => new PyModule('torch.nn.functional', functionsAt('functional', session)));
}

function optimModule(ctx: HostContext): PyModule {
  const session = sessionOf(ctx);
  return session.module('torch.optim', () => {
    const optim = new PyModule('torch.optim', Object.fromEntries(OPTIMIZERS.map((entry) => [entry.name, optimizerClassFunction(entry, session)])));
    optim.attrs.set('lr_scheduler', schedulerModule(ctx));
    return optim;
  });
}

function schedulerModule(ctx: HostContext): PyModule {
  return sessionOf(ctx).module('torch.optim.lr_scheduler', lrSchedulerModule);
}

/** Makes `import torch` (and its submodules) available to an interpreter's registry. */
export function registerTorch(registry: ModuleRegistry): ModuleRegistry {
  return registry
    .register('torch', torchModule)
    .register('torch.nn', nnModule)
    .register('torch.nn.functional', functionalModule)
    .register('torch.nn.init', initModule)
    .register('torch.optim', optimModule)
    .register('torch.optim.lr_scheduler', schedulerModule)
    .register('torch.utils.data', dataModule)
    .register('torch.cuda', cudaModule);
}
