// set's and frozenset's methods: add, discard, remove, pop, update, union, intersection, ...
// (a frozenset has those that do not change it). The algorithms are set-algebra.ts's.
import { keyError, pyError } from '../errors';
import { repr } from '../repr';
import {
  copySet,
  differenceMulti,
  differenceUpdate,
  intersectionMulti,
  isDisjoint,
  isSubset,
  isSuperset,
  symmetricDifference,
  symmetricDifferenceUpdate,
  union,
} from '../set-algebra';
import type { PySet } from '../set';
import type { PyValue } from '../values';
import { exactArgs, type Method, type MethodTable } from './table';

/** A METH_O method: exactly one argument, CPython's message naming `set.add`. */
function one(name: string, body: (set: PySet, other: PyValue) => PyValue): Method<PySet> {
  return (set, args) => {
    exactArgs(`${set.typeName}.${name}`, args, 1);
    return body(set, args[0]);
  };
}

const READING_METHODS: Record<string, Method<PySet>> = {
  copy: (set) => copySet(set),
  union: (set, args) => union(set, args),
  intersection: (set, args) => intersectionMulti(set, args),
  difference: (set, args) => differenceMulti(set, args),
  symmetric_difference: one('symmetric_difference', (set, other) => symmetricDifference(set, other)),
  issubset: one('issubset', (set, other) => isSubset(set, other)),
  issuperset: one('issuperset', (set, other) => isSuperset(set, other)),
  isdisjoint: one('isdisjoint', (set, other) => isDisjoint(set, other)),
};

export const FROZENSET_METHODS: MethodTable<PySet> = { owner: 'frozenset', methods: READING_METHODS };

export const SET_METHODS: MethodTable<PySet> = {
  owner: 'set',
  methods: {
    ...READING_METHODS,
    add: one('add', (set, item) => {
      set.add(item);
      return null;
    }),
    discard: one('discard', (set, item) => {
      set.discardEntry(...set.lookupKey(item));
      return null;
    }),
    remove: one('remove', (set, item) => {
      if (!set.discardEntry(...set.lookupKey(item))) throw keyError(item, repr);
      return null;
    }),
    pop: (set, args) => {
      if (args.length > 0) throw pyError('TypeError', `set.pop() takes no arguments (${args.length} given)`);
      return set.pop();
    },
    clear: (set) => {
      set.clear();
      return null;
    },
    update: (set, args) => {
      for (const other of args) set.update(other);
      return null;
    },
    intersection_update: (set, args) => {
      set.takeTable(intersectionMulti(set, args));
      return null;
    },
    difference_update: (set, args) => {
      for (const other of args) differenceUpdate(set, other);
      return null;
    },
    symmetric_difference_update: one('symmetric_difference_update', (set, other) => {
      symmetricDifferenceUpdate(set, other);
      return null;
    }),
  },
};
