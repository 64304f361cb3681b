// dict's methods: items, keys, values, get, pop, update, ...
import { keyError, pyError } from '../errors';
import { repr } from '../repr';
import { PyDictView } from '../runtime';
import { PyDict } from '../values';
import type { MethodTable } from './table';

export const DICT_METHODS: MethodTable<PyDict> = {
  owner: 'dict',
  methods: {
    items: (dict) => new PyDictView('items', dict),
    keys: (dict) => new PyDictView('keys', dict),
    values: (dict) => new PyDictView('values', dict),
    get: (dict, args) => {
      if (args.length < 1 || args.length > 2) throw pyError('TypeError', `get expected at most 2 arguments, got ${args.length}`);
      return dict.get(args[0]) ?? args[1] ?? null;
    },
    pop: (dict, args) => {
      const value = dict.get(args[0]);
      if (value === undefined) {
        if (args.length > 1) return args[1];
        throw keyError(args[0], repr);
      }
      dict.delete(args[0]);
      return value;
    },
    setdefault: (dict, args) => {
      const value = dict.get(args[0]);
      if (value !== undefined) return value;
      dict.set(args[0], args[1] ?? null);
      return args[1] ?? null;
    },
    update: (dict, args, kwargs) => {
      const source = args[0];
      if (source instanceof PyDict) for (const [k, v] of source.entries.values()) dict.set(k, v);
      else if (source !== undefined) throw pyError('NotImplementedError', 'dict.update() from a non-dict is not supported');
      for (const [k, v] of kwargs) dict.set(k, v);
      return null;
    },
    copy: (dict) => {
      const copy = new PyDict();
      for (const [k, v] of dict.entries.values()) copy.set(k, v);
      return copy;
    },
    clear: (dict) => {
      dict.entries.clear();
      return null;
    },
  },
};
