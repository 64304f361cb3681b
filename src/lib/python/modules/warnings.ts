// Python's `warnings` module, the part a notebook uses: warn(message, category=UserWarning,
// stacklevel=1) shown under the cell as stderr (HostContext.warn: once per call site per cell
// run, Python's default filter), and filterwarnings/simplefilter with 'ignore' or 'default' alone
// (the whole kernel, as in Python). Other filters (by category, module or message) raise
// NotImplementedError rather than show what Python would hide.
import { PyExceptionType } from '../objects/runtime';
import { hostFunction, notSupportedYet, PyModule, pyError, type HostContext, type KwArgs, type PyValue } from '../objects/host';

function argument(args: readonly PyValue[], kwargs: KwArgs, index: number, name: string): PyValue | undefined {
  return index < args.length ? args[index] : kwargs.get(name);
}

function filter(ctx: HostContext, name: string, params: readonly string[]) {
  return hostFunction(name, (args, kwargs) => {
    const action = argument(args, kwargs, 0, 'action');
    const extra = args.length > 1 || [...kwargs.keys()].some((key) => key !== 'action' && params.includes(key));
    for (const key of kwargs.keys()) {
      if (key !== 'action' && !params.includes(key)) throw pyError('TypeError', `${name}() got an unexpected keyword argument '${key}'`);
    }
    if ((action !== 'ignore' && action !== 'default') || extra) throw notSupportedYet(`warnings.${name}(${ctx.repr(action ?? null)}, …)`);
    ctx.warningFilter(action);
    return null;
  });
}

export function createWarningsModule(ctx: HostContext): PyModule {
  return new PyModule('warnings', {
    warn: hostFunction('warn', (args, kwargs) => {
      const message = argument(args, kwargs, 0, 'message');
      if (message === undefined) throw pyError('TypeError', "warn() missing required argument 'message' (pos 1)");
      const category = argument(args, kwargs, 1, 'category') ?? null;
      const stacklevel = argument(args, kwargs, 2, 'stacklevel') ?? 1n;
      if (stacklevel !== 1n) throw notSupportedYet('warnings.warn(stacklevel=…)');
      if (category !== null && !(category instanceof PyExceptionType)) {
        throw pyError('TypeError', `category must be a Warning subclass, not '${ctx.repr(category)}'`);
      }
      ctx.warn(category instanceof PyExceptionType ? category.name : 'UserWarning', ctx.str(message));
      return null;
    }),
    filterwarnings: filter(ctx, 'filterwarnings', ['message', 'category', 'module', 'lineno', 'append']),
    simplefilter: filter(ctx, 'simplefilter', ['category', 'lineno', 'append']),
  });
}
