// The torch state of one kernel (one page): the random generator that torch.manual_seed
// reseeds and torch.rand, nn.Linear and Dropout draw from (PyTorch's default generator), and
// the one Python object that stands for each tensor and module (so `is` and identity hold).
import type { HostContext, HostObject, PyModule, PyValue } from '../../python/objects/host';
import { TorchGenerator } from '../core/generator';

export class TorchSession {
  generator = new TorchGenerator();
  /** The Python objects made so far for core tensors and modules (tensor-object.ts's `pythonTensor`, nn.ts's `pythonModule`). */
  readonly pythonObjects = new WeakMap<object, HostObject>();
  private readonly modules = new Map<string, PyModule>();
  /** Python's warnings.warn for this kernel (HostContext.warn): MSELoss's target-size warning. */
  warn: HostContext['warn'] = () => {};
  /** Calls a function of this kernel's numpy module, as PyTorch imports numpy for `t.numpy()`. */
  numpy: (name: string, args: readonly PyValue[]) => PyValue = () => {
    throw new Error('numpy is not available in this kernel');
  };
  /** Calls a Python value of this kernel (HostContext.call): a module's own `net.forward = f`. */
  call: HostContext['call'] = () => {
    throw new Error('no kernel to call into');
  };
  private readonly warnedOnce = new Set<string>();

  /** A C++ TORCH_WARN_ONCE: shown the first time in the kernel's life only. */
  warnOnce(category: string, message: string): void {
    if (this.warnedOnce.has(message)) return;
    this.warnedOnce.add(message);
    this.warn(category, message);
  }

  /** torch, torch.nn, ... built once: `import torch.nn` and `torch.nn` must be the same module. */
  module(name: string, build: () => PyModule): PyModule {
    let module = this.modules.get(name);
    if (!module) {
      module = build();
      this.modules.set(name, module);
    }
    return module;
  }
}

const sessions = new WeakMap<HostContext, TorchSession>();

/** The session of the kernel a module factory is building for (one per interpreter). */
export function sessionOf(ctx: HostContext): TorchSession {
  let session = sessions.get(ctx);
  if (!session) {
    session = new TorchSession();
    session.warn = (category, message, site) => ctx.warn(category, message, site);
    session.call = (fn, args, kwargs) => ctx.call(fn, args, kwargs);
    session.numpy = (name, args) => ctx.call(ctx.importModule('numpy').attrs.get(name) ?? null, args);
    sessions.set(ctx, session);
  }
  return session;
}
