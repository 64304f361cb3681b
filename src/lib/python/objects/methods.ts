// Methods and attributes of the built-in types: str.join/format/split..., list.append/sort...,
// dict.items/get..., returned as bound HostFunctions.
import { HostFunction, NO_KWARGS, PyDict, PyList, PyTuple, bindArgs, keyError, pyError, typeNameOf, type KwArgs, type PyValue } from './host';
import type { Interpreter } from '../eval/interpreter';
import { sortValues } from '../eval/builtins';
import { formatValue } from './builtins-format';
import { pyEquals, truthyOf } from './operators';
import { repr, str } from './repr';
import { PyDictView, PyExceptionInstance, PyFunction } from './runtime';
import { normalizeIndex } from './sequence';

type Method = (args: readonly PyValue[], kwargs: KwArgs) => PyValue;

function exact(name: string, args: readonly PyValue[], count: number): void {
  if (args.length !== count) {
    throw pyError('TypeError', `${name}() takes exactly ${count === 1 ? 'one argument' : `${count} arguments`} (${args.length} given)`);
  }
}

function stringArg(name: string, value: PyValue): string {
  if (typeof value !== 'string') throw pyError('TypeError', `${name} arg must be None or str`);
  return value;
}

function strMethods(interp: Interpreter, s: string): Record<string, Method> {
  const strip = (name: string, mode: 'both' | 'left' | 'right'): Method => (args) => {
    const chars = args[0] === undefined || args[0] === null ? null : stringArg(name, args[0]);
    let start = 0;
    let end = s.length;
    const removable = (c: string) => (chars === null ? /\s/.test(c) : chars.includes(c));
    if (mode !== 'right') while (start < end && removable(s[start])) start++;
    if (mode !== 'left') while (end > start && removable(s[end - 1])) end--;
    return s.slice(start, end);
  };
  return {
    join: (args) => {
      exact('join', args, 1);
      const parts = [...interp.iterate(args[0])].map((part, i) => {
        if (typeof part !== 'string') throw pyError('TypeError', `sequence item ${i}: expected str instance, ${typeNameOf(part)} found`);
        return part;
      });
      return parts.join(s);
    },
    split: (args, kwargs) => {
      const { sep, maxsplit } = bindArgs('split', [['sep', null], ['maxsplit', -1n]], args, kwargs);
      const limit = Number(maxsplit);
      if (sep === null) {
        const words = s.trim().split(/\s+/).filter((w) => w !== '');
        if (limit < 0 || words.length <= limit + 1) return new PyList(words);
        const head = words.slice(0, limit);
        let rest = s.trimStart();
        for (const word of head) rest = rest.slice(rest.indexOf(word) + word.length).trimStart();
        return new PyList([...head, rest]);
      }
      const separator = stringArg('split', sep);
      if (separator === '') throw pyError('ValueError', 'empty separator');
      const parts = s.split(separator);
      if (limit < 0 || parts.length <= limit + 1) return new PyList(parts);
      return new PyList([...parts.slice(0, limit), parts.slice(limit).join(separator)]);
    },
    strip: strip('strip', 'both'),
    lstrip: strip('lstrip', 'left'),
    rstrip: strip('rstrip', 'right'),
    upper: () => s.toUpperCase(),
    lower: () => s.toLowerCase(),
    title: () => s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()),
    capitalize: () => (s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s),
    replace: (args) => {
      if (args.length < 2) throw pyError('TypeError', `replace expected at least 2 arguments, got ${args.length}`);
      const [old, replacement, count] = args;
      const limit = count === undefined ? -1 : Number(count);
      const from = stringArg('replace', old);
      const to = stringArg('replace', replacement);
      if (limit < 0) return s.split(from).join(to);
      const parts = s.split(from);
      return parts.slice(0, limit + 1).join(to) + (parts.length > limit + 1 ? from + parts.slice(limit + 1).join(from) : '');
    },
    startswith: (args) => {
      const prefix = args[0];
      if (prefix instanceof PyTuple) return prefix.items.some((p) => s.startsWith(stringArg('startswith', p)));
      return s.startsWith(stringArg('startswith', prefix));
    },
    endswith: (args) => {
      const suffix = args[0];
      if (suffix instanceof PyTuple) return suffix.items.some((p) => s.endsWith(stringArg('endswith', p)));
      return s.endsWith(stringArg('endswith', suffix));
    },
    find: (args) => BigInt(s.indexOf(stringArg('find', args[0]))),
    index: (args) => {
      const i = s.indexOf(stringArg('index', args[0]));
      if (i < 0) throw pyError('ValueError', 'substring not found');
      return BigInt(i);
    },
    count: (args) => {
      const sub = stringArg('count', args[0]);
      return BigInt(sub === '' ? s.length + 1 : s.split(sub).length - 1);
    },
    center: (args) => {
      const width = Number(args[0]);
      const fill = (args[1] as string | undefined) ?? ' ';
      const total = Math.max(0, width - s.length);
      const left = Math.floor(total / 2) + (total % 2 && width % 2 ? 1 : 0);
      return fill.repeat(left) + s + fill.repeat(total - left);
    },
    ljust: (args) => s.padEnd(Number(args[0]), (args[1] as string | undefined) ?? ' '),
    rjust: (args) => s.padStart(Number(args[0]), (args[1] as string | undefined) ?? ' '),
    zfill: (args) => {
      const width = Number(args[0]);
      const sign = s.startsWith('-') || s.startsWith('+') ? s[0] : '';
      return sign + s.slice(sign.length).padStart(width - sign.length, '0');
    },
    isdigit: () => s.length > 0 && /^\d+$/.test(s),
    isalpha: () => s.length > 0 && /^\p{L}+$/u.test(s),
    isspace: () => s.length > 0 && /^\s+$/.test(s),
    splitlines: () => new PyList(s.split(/\r?\n/).filter((_, i, all) => i < all.length - 1 || all[i] !== '')),
    format: (args, kwargs) => strFormat(s, args, kwargs),
  };
}

/** str.format with auto/explicit numbering, names, conversions and specs. */
function strFormat(template: string, args: readonly PyValue[], kwargs: KwArgs): string {
  let auto = 0;
  return template.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::((?:[^{}]|\{[^{}]*\})*))?\}/g, (match, field: string | undefined, conversion: string | undefined, spec: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    let value: PyValue | undefined;
    const name = field ?? '';
    if (name === '') value = args[auto++];
    else if (/^\d+$/.test(name)) value = args[Number(name)];
    else if (/^\w+$/.test(name)) {
      value = kwargs.get(name);
      if (value === undefined) throw keyError(name, repr);
    } else throw pyError('NotImplementedError', `format field '${name}' (attribute or index lookup) is not supported`);
    if (value === undefined) throw pyError('IndexError', `Replacement index ${name === '' ? auto - 1 : name} out of range for positional args tuple`);
    if (conversion === 'r' || conversion === 'a') value = repr(value);
    if (conversion === 's') value = str(value);
    const resolvedSpec = (spec ?? '').replace(/\{(\w*)\}/g, (_m, inner: string) => str((inner === '' ? args[auto++] : /^\d+$/.test(inner) ? args[Number(inner)] : kwargs.get(inner)) ?? null));
    return formatValue(value, resolvedSpec);
  });
}

function listMethods(interp: Interpreter, list: PyList): Record<string, Method> {
  return {
    append: (args) => {
      exact('list.append', args, 1);
      list.items.push(args[0]);
      return null;
    },
    extend: (args) => {
      exact('list.extend', args, 1);
      list.items.push(...interp.iterate(args[0]));
      return null;
    },
    insert: (args) => {
      if (args.length !== 2) throw pyError('TypeError', `insert expected 2 arguments, got ${args.length}`);
      let index = Number(args[0]);
      if (index < 0) index = Math.max(0, index + list.items.length);
      list.items.splice(Math.min(index, list.items.length), 0, args[1]);
      return null;
    },
    pop: (args) => {
      if (list.items.length === 0) throw pyError('IndexError', 'pop from empty list');
      const index = args.length === 0 ? list.items.length - 1 : (() => {
        try {
          return normalizeIndex(args[0], list.items.length, 'pop');
        } catch {
          throw pyError('IndexError', 'pop index out of range');
        }
      })();
      return list.items.splice(index, 1)[0];
    },
    remove: (args) => {
      const index = list.items.findIndex((item) => pyEquals(item, args[0]));
      if (index < 0) throw pyError('ValueError', 'list.remove(x): x not in list');
      list.items.splice(index, 1);
      return null;
    },
    index: (args) => {
      const index = list.items.findIndex((item) => pyEquals(item, args[0]));
      if (index < 0) throw pyError('ValueError', `${repr(args[0])} is not in list`);
      return BigInt(index);
    },
    count: (args) => BigInt(list.items.filter((item) => pyEquals(item, args[0])).length),
    clear: () => {
      list.items.length = 0;
      return null;
    },
    copy: () => new PyList([...list.items]),
    reverse: () => {
      list.items.reverse();
      return null;
    },
    sort: (args, kwargs) => {
      if (args.length > 0) throw pyError('TypeError', 'sort() takes no positional arguments');
      const { key, reverse } = bindArgs('sort', [['key', null], ['reverse', false]], [], kwargs);
      list.items = sortValues(interp, list.items, key, truthyOf(reverse));
      return null;
    },
  };
}

function dictMethods(dict: PyDict): Record<string, Method> {
  return {
    items: () => new PyDictView('items', dict),
    keys: () => new PyDictView('keys', dict),
    values: () => new PyDictView('values', dict),
    get: (args) => {
      if (args.length < 1 || args.length > 2) throw pyError('TypeError', `get expected at most 2 arguments, got ${args.length}`);
      return dict.get(args[0]) ?? args[1] ?? null;
    },
    pop: (args) => {
      const value = dict.get(args[0]);
      if (value === undefined) {
        if (args.length > 1) return args[1];
        throw keyError(args[0], repr);
      }
      dict.delete(args[0]);
      return value;
    },
    setdefault: (args) => {
      const value = dict.get(args[0]);
      if (value !== undefined) return value;
      dict.set(args[0], args[1] ?? null);
      return args[1] ?? null;
    },
    update: (args, kwargs) => {
      const source = args[0];
      if (source instanceof PyDict) for (const [k, v] of source.entries.values()) dict.set(k, v);
      else if (source !== undefined) throw pyError('NotImplementedError', 'dict.update() from a non-dict is not supported');
      for (const [k, v] of kwargs) dict.set(k, v);
      return null;
    },
    copy: () => {
      const copy = new PyDict();
      for (const [k, v] of dict.entries.values()) copy.set(k, v);
      return copy;
    },
    clear: () => {
      dict.entries.clear();
      return null;
    },
  };
}

/** An attribute of a built-in value, or undefined when it has none (the caller raises). */
export function builtinAttribute(interp: Interpreter, object: PyValue, name: string): PyValue | undefined {
  let methods: Record<string, Method> | undefined;
  let owner = '';
  if (typeof object === 'string') {
    methods = strMethods(interp, object);
    owner = 'str';
  } else if (object instanceof PyList) {
    methods = listMethods(interp, object);
    owner = 'list';
  } else if (object instanceof PyDict) {
    methods = dictMethods(object);
    owner = 'dict';
  } else if (object instanceof PyTuple) {
    owner = 'tuple';
    methods = {
      index: (args) => {
        const index = object.items.findIndex((item) => pyEquals(item, args[0]));
        if (index < 0) throw pyError('ValueError', 'tuple.index(x): x not in tuple');
        return BigInt(index);
      },
      count: (args) => BigInt(object.items.filter((item) => pyEquals(item, args[0])).length),
    };
  } else if (typeof object === 'number') {
    if (name === 'is_integer') return new HostFunction('is_integer', () => Number.isInteger(object));
    if (name === 'real') return object;
    if (name === 'imag') return 0;
    return undefined;
  } else if (typeof object === 'bigint' || typeof object === 'boolean') {
    const value = BigInt(object);
    if (name === 'real' || name === 'numerator') return value;
    if (name === 'imag') return 0n;
    if (name === 'denominator') return 1n;
    if (name === 'bit_length') return new HostFunction('bit_length', () => BigInt((value < 0n ? -value : value).toString(2).replace(/^0$/, '').length));
    return undefined;
  } else if (object instanceof PyFunction) {
    if (name === '__name__') return object.name;
    return undefined;
  } else if (object instanceof PyExceptionInstance) {
    if (name === 'args') return new PyTuple(object.args);
    return undefined;
  }
  const method = methods && Object.hasOwn(methods, name) ? methods[name] : undefined;
  if (!method) return undefined;
  return new HostFunction(`${owner}.${name}`, method);
}

void NO_KWARGS;
