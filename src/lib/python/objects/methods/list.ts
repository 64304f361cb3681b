// list's methods: append, extend, pop, sort, ...
import { pyError } from '../errors';
import { bindArgs } from '../host';
import { iterate, pyEquals, sortValues, truthy } from '../protocol';
import { repr } from '../repr';
import { normalizeIndex } from '../sequence';
import { PyList } from '../values';
import { exactArgs, type MethodTable } from './table';

export const LIST_METHODS: MethodTable<PyList> = {
  owner: 'list',
  methods: {
    append: (list, args) => {
      exactArgs('list.append', args, 1);
      list.items.push(args[0]);
      return null;
    },
    extend: (list, args) => {
      exactArgs('list.extend', args, 1);
      list.items.push(...iterate(args[0]));
      return null;
    },
    insert: (list, args) => {
      if (args.length !== 2) throw pyError('TypeError', `insert expected 2 arguments, got ${args.length}`);
      let index = Number(args[0]);
      if (index < 0) index = Math.max(0, index + list.items.length);
      list.items.splice(Math.min(index, list.items.length), 0, args[1]);
      return null;
    },
    pop: (list, args) => {
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
    remove: (list, args) => {
      const index = list.items.findIndex((item) => pyEquals(item, args[0]));
      if (index < 0) throw pyError('ValueError', 'list.remove(x): x not in list');
      list.items.splice(index, 1);
      return null;
    },
    index: (list, args) => {
      const index = list.items.findIndex((item) => pyEquals(item, args[0]));
      if (index < 0) throw pyError('ValueError', `${repr(args[0])} is not in list`);
      return BigInt(index);
    },
    count: (list, args) => BigInt(list.items.filter((item) => pyEquals(item, args[0])).length),
    clear: (list) => {
      list.items.length = 0;
      return null;
    },
    copy: (list) => new PyList([...list.items]),
    reverse: (list) => {
      list.items.reverse();
      return null;
    },
    sort: (list, args, kwargs) => {
      if (args.length > 0) throw pyError('TypeError', 'sort() takes no positional arguments');
      const { key, reverse } = bindArgs('sort', [['key', null], ['reverse', false]], [], kwargs);
      list.items = sortValues(list.items, key, truthy(reverse));
      return null;
    },
  },
};
