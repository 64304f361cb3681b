// hash(x) as CPython 3.11 computes it (64-bit build), the one place values are hashed: the builtin
// hash() returns it and sets (set.ts) place their elements by it, so a set prints and iterates in
// CPython's order. Hashes are signed 64-bit integers held as bigint; -1 is never a hash.
//
// str: SipHash-1-3 over the PEP 393 buffer (latin-1, UCS-2 or UCS-4 bytes) with the key CPython
// uses under PYTHONHASHSEED=0. CPython draws a random key per process otherwise, so any string
// order is a valid CPython order; this one is reproducible (and what the goldens record).
// None: 3.11 hashes None by its address (3.12 made it a constant); 612812 is Debian's non-PIE
// /usr/bin/python3 3.11's value (id(None) >> 4), the CPython the goldens come from.
import { PyInstance } from './classes';
import { pyError } from './errors';
import { fakeAddressNumber } from './host';
import { call } from './protocol';
import { PyDict, PyList, PyObject, PyTuple, UnhashableError, type PyValue } from './values';

const MASK64 = (1n << 64n) - 1n;
/** _PyHASH_MODULUS: hashes of numbers are their value modulo this prime, so 1 == 1.0 == True hash alike. */
const MODULUS = (1n << 61n) - 1n;
const HASH_INF = 314159n;
const HASH_NONE = 612812n;

/** A value of the unsigned 64-bit hash arithmetic as CPython's signed Py_hash_t, -1 made -2. */
function signed(x: bigint): bigint {
  const value = BigInt.asIntN(64, x);
  return value === -1n ? -2n : value;
}

/** long_hash: sign * (|n| mod 2**61 - 1). */
export function intHash(n: bigint): bigint {
  const h = n < 0n ? -(-n % MODULUS) : n % MODULUS;
  return h === -1n ? -2n : h;
}

const floatBits = new DataView(new ArrayBuffer(8));

/** _Py_HashDouble: an integral float hashes as its int; m * 2**e reduces with 2**61 ≡ 1. */
export function floatHash(x: number): bigint {
  if (Number.isNaN(x)) return 0n; // 3.11 hashes a NaN by its address: any value is as arbitrary
  if (!Number.isFinite(x)) return x > 0 ? HASH_INF : -HASH_INF;
  floatBits.setFloat64(0, x);
  const high = floatBits.getUint32(0);
  const low = floatBits.getUint32(4);
  const biased = (high >>> 20) & 0x7ff;
  let mantissa = (BigInt(high & 0xfffff) << 32n) | BigInt(low);
  let exponent = biased - 1075;
  if (biased === 0) exponent = -1074;
  else mantissa |= 1n << 52n;
  const e = ((exponent % 61) + 61) % 61;
  const h = (mantissa * (1n << BigInt(e))) % MODULUS;
  return signed(x < 0 ? -h : h);
}

/** SipHash-1-3 with CPython's final fold ((v0 ^ v1) ^ (v2 ^ v3)) and a zero key. */
function siphash13(bytes: Uint8Array): bigint {
  const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & MASK64;
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK64;
    v2 = (v2 + v3) & MASK64;
    v1 = rotl(v1, 13n) ^ v0;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK64;
    v0 = (v0 + v3) & MASK64;
    v1 = rotl(v1, 17n) ^ v2;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = rotl(v2, 32n);
  };
  const word = (at: number, count: number) => {
    let m = 0n;
    for (let k = count - 1; k >= 0; k--) m = (m << 8n) | BigInt(bytes[at + k]);
    return m;
  };
  const whole = bytes.length - (bytes.length % 8);
  for (let at = 0; at < whole; at += 8) {
    const m = word(at, 8);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  const b = (BigInt(bytes.length & 0xff) << 56n) | word(whole, bytes.length - whole);
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

/** The string's PEP 393 buffer: one, two or four little-endian bytes a code point, by its widest one. */
function pep393Bytes(s: string): Uint8Array {
  const points = Array.from(s, (c) => c.codePointAt(0)!);
  const widest = points.reduce((a, b) => Math.max(a, b), 0);
  const width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  const bytes = new Uint8Array(points.length * width);
  points.forEach((p, i) => {
    for (let k = 0; k < width; k++) bytes[i * width + k] = (p >>> (8 * k)) & 0xff;
  });
  return bytes;
}

const stringHashes = new Map<string, bigint>();

export function strHash(s: string): bigint {
  if (s === '') return 0n;
  let h = stringHashes.get(s);
  if (h === undefined) {
    h = signed(siphash13(pep393Bytes(s)));
    if (stringHashes.size > 10000) stringHashes.clear();
    stringHashes.set(s, h);
  }
  return h;
}

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** tuplehash: xxHash's round over the items' hashes (CPython 3.8+). */
function tupleHash(items: readonly PyValue[]): bigint {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = BigInt.asUintN(64, pyHash(item));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  return acc === MASK64 ? 1546275796n : BigInt.asIntN(64, acc);
}

/** _Py_HashPointer of the object's (fake) address: object.__hash__, as id(x) >> 4 is in CPython. */
function identityHash(object: object): bigint {
  const address = BigInt(fakeAddressNumber(object));
  return signed((address >> 4n) | ((address << 60n) & MASK64));
}

/** A cell's class: its __hash__, unhashable when it defines __eq__ without one, else by identity. */
function instanceHash(instance: PyInstance): bigint {
  const method = instance.cls.lookup('__hash__');
  if (method === null || (method === undefined && instance.cls.lookup('__eq__') !== undefined)) {
    throw new UnhashableError(instance.typeName);
  }
  if (method === undefined) return identityHash(instance);
  const result = call(instance.getAttr('__hash__')!, []);
  if (typeof result !== 'bigint' && typeof result !== 'boolean') throw pyError('TypeError', '__hash__ method should return an integer');
  // slot_tp_hash: a result that fits in 64 bits is the hash itself, a bigger int is hashed.
  const n = BigInt(result);
  return BigInt.asIntN(64, n) === n ? (n === -1n ? -2n : n) : intHash(n);
}

/** hash(value); UnhashableError ("unhashable type: 'list'") for mutable containers. */
export function pyHash(value: PyValue): bigint {
  switch (typeof value) {
    case 'bigint':
      return intHash(value);
    case 'boolean':
      return value ? 1n : 0n;
    case 'number':
      return floatHash(value);
    case 'string':
      return strHash(value);
  }
  if (value === null) return HASH_NONE;
  if (value instanceof PyTuple) return tupleHash(value.items);
  if (value instanceof PyList || value instanceof PyDict) throw new UnhashableError(value.typeName);
  if (value.pythonHash) return value.pythonHash();
  if (value instanceof PyInstance) return instanceHash(value);
  if (value.dictKeyValue) {
    const key = value.dictKeyValue();
    if (key === null) throw new UnhashableError(value.typeName);
    return pyHash(key);
  }
  return identityHash(value as PyObject);
}
