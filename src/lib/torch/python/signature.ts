// A torch function's Python parameters, bound per call into an array in parameter order
// (`[input, dim, keepdim]`), with CPython's TypeErrors for a wrong call. Most calls in a
// training loop are positional, so that case skips the general binder.
import { bindArgs, pyError, type KwArgs, type ParamSpec, type PyDict, type PyValue } from '../../python/objects/host';

export interface Signature {
  /** Names, or [name, default] for optional ones, as bindArgs takes them. */
  readonly params: readonly ParamSpec[];
  /** A *args parameter after them (torch.zeros(2, 3), x.reshape(2, 3)): bound as a tuple. */
  readonly varargs?: string;
  /** Keyword-only parameters after *args (`dtype=`, `requires_grad=`), bound after the others. */
  readonly keywords?: readonly (readonly [string, PyValue])[];
}

export function bindSignature(name: string, signature: Signature, args: readonly PyValue[], kwargs: KwArgs): PyValue[] {
  const { params, varargs, keywords } = signature;
  if (kwargs.size === 0 && !varargs && !keywords && args.length <= params.length) {
    const bound: PyValue[] = new Array(params.length);
    for (let i = 0; i < params.length; i++) {
      const param = params[i];
      if (i < args.length) bound[i] = args[i];
      else if (typeof param !== 'string') bound[i] = param[1];
      else return general(name, signature, args, kwargs); // missing: let bindArgs word the error
    }
    return bound;
  }
  return general(name, signature, args, kwargs);
}

function general(name: string, { params, varargs, keywords = [] }: Signature, args: readonly PyValue[], kwargs: KwArgs): PyValue[] {
  // A class's `X.__init__` is a method: its "takes N positional arguments" counts self, as CPython's.
  const bound = bindArgs(name, params, args, kwargs, { varargs, varkw: keywords.length > 0 ? '**' : undefined, method: name.endsWith('.__init__') });
  const values = params.map((p) => bound[typeof p === 'string' ? p : p[0]]);
  if (varargs) values.push(bound[varargs]);
  if (keywords.length === 0) return values;
  const extra = bound['**'] as PyDict;
  for (const [keyword, fallback] of keywords) {
    values.push(extra.get(keyword) ?? fallback);
    extra.delete(keyword);
  }
  const unknown = extra.keys()[0];
  if (unknown !== undefined) throw pyError('TypeError', `${name}() got an unexpected keyword argument '${String(unknown)}'`);
  return values;
}
