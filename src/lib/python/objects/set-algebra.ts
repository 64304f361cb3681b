// Union, intersection, difference, symmetric difference and the subset tests of sets, with
// CPython 3.11's algorithms (Objects/setobject.c): which operand is walked and which one is
// copied decides the order of the result, so each function follows its C counterpart.
import { pyHash } from './hash';
import type { BinaryOp, CompareOp } from './host';
import { iterate } from './protocol';
import { SetTable } from './set-table';
import { PyDict, type PyValue } from './values';

/** make_new_set_basetype(type(so), iterable). */
function newSetLike(so: SetTable, iterable?: PyValue): SetTable {
  const result = so.make(so.frozen);
  if (iterable !== undefined) result.update(iterable);
  return result;
}

/** set_copy: a frozenset is its own copy. */
export function copySet(so: SetTable): SetTable {
  return so.frozen ? so : newSetLike(so, so);
}

/** set_union: a copy of so updated with each other. */
export function union(so: SetTable, others: readonly PyValue[]): SetTable {
  const result = newSetLike(so, so);
  for (const other of others) if (other !== so) result.update(other);
  return result;
}

/** set_intersection: walks the smaller set (or the iterable) and keeps what the other holds. */
export function intersection(so: SetTable, other: PyValue): SetTable {
  if (other === so) return newSetLike(so, so);
  const result = newSetLike(so);
  if (other instanceof SetTable) {
    const [big, small] = other.used > so.used ? [other, so] : [so, other];
    for (const [key, hash] of small.entries()) if (big.find(key, hash) >= 0) result.addEntry(key, hash);
    return result;
  }
  for (const key of iterate(other)) {
    const hash = pyHash(key);
    if (so.find(key, hash) >= 0) result.addEntry(key, hash);
  }
  return result;
}

export function intersectionMulti(so: SetTable, others: readonly PyValue[]): SetTable {
  let result = so;
  if (others.length === 0) return newSetLike(so, so);
  for (const other of others) result = intersection(result, other);
  return result;
}

/** set_difference_update_internal: discards other's elements, then drops the dummies if over a quarter. */
export function differenceUpdate(so: SetTable, other: PyValue): void {
  if (other === so) {
    so.clear();
    return;
  }
  if (other instanceof SetTable) {
    const walked = other.used >> 3 > so.used ? intersection(so, other) : other;
    for (const [key, hash] of walked.entries()) so.discardEntry(key, hash);
  } else {
    for (const key of iterate(other)) so.discardEntry(key, pyHash(key));
  }
  if (so.fill - so.used > so.mask >> 2) so.resize(so.used > 50000 ? so.used * 2 : so.used * 4);
}

/** set_difference: a copy of so less other when so is far bigger or other is a plain iterable, else so's kept elements added one by one. */
export function difference(so: SetTable, other: PyValue): SetTable {
  const otherSize = other instanceof SetTable ? other.used : other instanceof PyDict ? other.size : -1;
  if (otherSize < 0 || so.used >> 2 > otherSize) {
    const result = newSetLike(so, so);
    differenceUpdate(result, other);
    return result;
  }
  const result = newSetLike(so);
  for (const [key, hash] of so.entries()) {
    const inOther = other instanceof SetTable ? other.find(key, hash) >= 0 : (other as PyDict).has(key);
    if (!inOther) result.addEntry(key, hash);
  }
  return result;
}

export function differenceMulti(so: SetTable, others: readonly PyValue[]): SetTable {
  if (others.length === 0) return newSetLike(so, so);
  const result = difference(so, others[0]);
  for (const other of others.slice(1)) differenceUpdate(result, other);
  return result;
}

/** set_symmetric_difference_update: each of other's elements is discarded, or added when it was absent. */
export function symmetricDifferenceUpdate(so: SetTable, other: PyValue): void {
  if (other === so) {
    so.clear();
    return;
  }
  const entries: Iterable<[PyValue, bigint]> =
    other instanceof PyDict
      ? other.keys().map((key) => [key, pyHash(key)] as [PyValue, bigint])
      : (other instanceof SetTable ? other : newSetLike(so, other)).entries();
  for (const [key, hash] of entries) if (!so.discardEntry(key, hash)) so.addEntry(key, hash);
}

/** set_symmetric_difference: other copied as so's type, then updated with so. */
export function symmetricDifference(so: SetTable, other: PyValue): SetTable {
  const result = newSetLike(so, other);
  symmetricDifferenceUpdate(result, so);
  return result;
}

/** A plain iterable as a set, for the subset tests. */
function asSet(so: SetTable, other: PyValue): SetTable {
  if (other instanceof SetTable) return other;
  const result = so.make(false);
  result.update(other);
  return result;
}

export function isSubset(so: SetTable, other: PyValue): boolean {
  const set = asSet(so, other);
  if (so.used > set.used) return false;
  return so.entries().every(([key, hash]) => set.find(key, hash) >= 0);
}

export function isSuperset(so: SetTable, other: PyValue): boolean {
  return isSubset(asSet(so, other), so);
}

export function isDisjoint(so: SetTable, other: PyValue): boolean {
  if (other === so) return so.used === 0;
  if (other instanceof SetTable) {
    const [big, small] = other.used > so.used ? [other, so] : [so, other];
    return small.entries().every(([key, hash]) => big.find(key, hash) < 0);
  }
  for (const key of iterate(other)) if (so.find(key, pyHash(key)) >= 0) return false;
  return true;
}

/** set_richcompare between two sets: == by size and inclusion, < and > strict inclusion. */
export function compareSets(op: CompareOp, a: SetTable, b: SetTable): boolean {
  switch (op) {
    case 'eq':
      return a.used === b.used && isSubset(a, b);
    case 'ne':
      return !(a.used === b.used && isSubset(a, b));
    case 'le':
      return isSubset(a, b);
    case 'ge':
      return isSuperset(a, b);
    case 'lt':
      return a.used < b.used && isSubset(a, b);
    case 'gt':
      return a.used > b.used && isSuperset(a, b);
  }
}

/** `a | b`, `a & b`, `a - b`, `a ^ b` of two sets (a's type); undefined for other operators. */
export function setOperator(op: BinaryOp, a: SetTable, b: SetTable): SetTable | undefined {
  switch (op) {
    case 'or':
      return union(a, [b]);
    case 'and':
      return intersection(a, b);
    case 'sub':
      return difference(a, b);
    case 'xor':
      return symmetricDifference(a, b);
  }
  return undefined;
}

/** `a |= b` and the rest on a set: in place (set_ior, set_iand, set_isub, set_ixor). */
export function setInplaceOperator(op: BinaryOp, a: SetTable, b: SetTable): SetTable | undefined {
  switch (op) {
    case 'or':
      a.update(b);
      return a;
    case 'and':
      a.takeTable(intersection(a, b));
      return a;
    case 'sub':
      differenceUpdate(a, b);
      return a;
    case 'xor':
      symmetricDifferenceUpdate(a, b);
      return a;
  }
  return undefined;
}
