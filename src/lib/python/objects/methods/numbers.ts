// The attributes and methods of int (and bool) and float that lecture code reads.
import type { MethodTable } from './table';

export const FLOAT_METHODS: MethodTable<number> = {
  owner: 'float',
  methods: {
    is_integer: (x) => Number.isInteger(x),
  },
  attributes: {
    real: (x) => x,
    imag: () => 0,
  },
};

export const INT_METHODS: MethodTable<bigint> = {
  owner: 'int',
  methods: {
    bit_length: (n) => BigInt((n < 0n ? -n : n).toString(2).replace(/^0$/, '').length),
  },
  attributes: {
    real: (n) => n,
    numerator: (n) => n,
    imag: () => 0n,
    denominator: () => 1n,
  },
};
