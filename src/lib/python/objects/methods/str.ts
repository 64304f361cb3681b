// str's methods: join, split, strip, replace, format, ...
import { keyError, pyError } from '../errors';
import { formatValue } from '../format-value';
import { bindArgs, typeNameOf, type KwArgs } from '../host';
import { iterate } from '../protocol';
import { repr, str } from '../repr';
import { PyList, PyTuple, type PyValue } from '../values';
import { exactArgs, type Method, type MethodTable } from './table';

function stringArg(name: string, value: PyValue): string {
  if (typeof value !== 'string') throw pyError('TypeError', `${name} arg must be None or str`);
  return value;
}

const strip = (name: string, mode: 'both' | 'left' | 'right'): Method<string> => (s, args) => {
  const chars = args[0] === undefined || args[0] === null ? null : stringArg(name, args[0]);
  let start = 0;
  let end = s.length;
  const removable = (c: string) => (chars === null ? /\s/.test(c) : chars.includes(c));
  if (mode !== 'right') while (start < end && removable(s[start])) start++;
  if (mode !== 'left') while (end > start && removable(s[end - 1])) end--;
  return s.slice(start, end);
};

export const STR_METHODS: MethodTable<string> = {
  owner: 'str',
  methods: {
    join: (s, args) => {
      exactArgs('join', args, 1);
      const parts = [...iterate(args[0])].map((part, i) => {
        if (typeof part !== 'string') throw pyError('TypeError', `sequence item ${i}: expected str instance, ${typeNameOf(part)} found`);
        return part;
      });
      return parts.join(s);
    },
    split: (s, args, kwargs) => {
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
    upper: (s) => s.toUpperCase(),
    lower: (s) => s.toLowerCase(),
    title: (s) => s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()),
    capitalize: (s) => (s ? s[0].toUpperCase() + s.slice(1).toLowerCase() : s),
    replace: (s, args) => {
      if (args.length < 2) throw pyError('TypeError', `replace expected at least 2 arguments, got ${args.length}`);
      const [old, replacement, count] = args;
      const limit = count === undefined ? -1 : Number(count);
      const from = stringArg('replace', old);
      const to = stringArg('replace', replacement);
      if (limit < 0) return s.split(from).join(to);
      const parts = s.split(from);
      return parts.slice(0, limit + 1).join(to) + (parts.length > limit + 1 ? from + parts.slice(limit + 1).join(from) : '');
    },
    startswith: (s, args) => {
      const prefix = args[0];
      if (prefix instanceof PyTuple) return prefix.items.some((p) => s.startsWith(stringArg('startswith', p)));
      return s.startsWith(stringArg('startswith', prefix));
    },
    endswith: (s, args) => {
      const suffix = args[0];
      if (suffix instanceof PyTuple) return suffix.items.some((p) => s.endsWith(stringArg('endswith', p)));
      return s.endsWith(stringArg('endswith', suffix));
    },
    find: (s, args) => BigInt(s.indexOf(stringArg('find', args[0]))),
    index: (s, args) => {
      const i = s.indexOf(stringArg('index', args[0]));
      if (i < 0) throw pyError('ValueError', 'substring not found');
      return BigInt(i);
    },
    count: (s, args) => {
      const sub = stringArg('count', args[0]);
      return BigInt(sub === '' ? s.length + 1 : s.split(sub).length - 1);
    },
    center: (s, args) => {
      const width = Number(args[0]);
      const fill = (args[1] as string | undefined) ?? ' ';
      const total = Math.max(0, width - s.length);
      const left = Math.floor(total / 2) + (total % 2 && width % 2 ? 1 : 0);
      return fill.repeat(left) + s + fill.repeat(total - left);
    },
    ljust: (s, args) => s.padEnd(Number(args[0]), (args[1] as string | undefined) ?? ' '),
    rjust: (s, args) => s.padStart(Number(args[0]), (args[1] as string | undefined) ?? ' '),
    zfill: (s, args) => {
      const width = Number(args[0]);
      const sign = s.startsWith('-') || s.startsWith('+') ? s[0] : '';
      return sign + s.slice(sign.length).padStart(width - sign.length, '0');
    },
    isdigit: (s) => s.length > 0 && /^\d+$/.test(s),
    isalpha: (s) => s.length > 0 && /^\p{L}+$/u.test(s),
    isspace: (s) => s.length > 0 && /^\s+$/.test(s),
    splitlines: (s) => new PyList(s.split(/\r?\n/).filter((_, i, all) => i < all.length - 1 || all[i] !== '')),
    format: (s, args, kwargs) => strFormat(s, args, kwargs),
  },
};

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
