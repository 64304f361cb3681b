// tuple's methods: index and count.
import { pyError } from '../errors';
import { pyEquals } from '../protocol';
import type { PyTuple } from '../values';
import type { MethodTable } from './table';

export const TUPLE_METHODS: MethodTable<PyTuple> = {
  owner: 'tuple',
  methods: {
    index: (tuple, args) => {
      const index = tuple.items.findIndex((item) => pyEquals(item, args[0]));
      if (index < 0) throw pyError('ValueError', 'tuple.index(x): x not in tuple');
      return BigInt(index);
    },
    count: (tuple, args) => BigInt(tuple.items.filter((item) => pyEquals(item, args[0])).length),
  },
};
