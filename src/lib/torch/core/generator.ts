/**
 * PyTorch's CPU random generator (at::CPUGeneratorImpl, PyTorch 1.13), reproduced bit for bit:
 * the same seed gives the same uint32 stream as `torch.manual_seed(seed)` in Python, so the
 * numbers derived from it (rand, bernoulli, nn.Linear's init, randn) match what a student gets
 * in Colab. Plain JS integer arithmetic only, so Node, every browser and the build agree.
 */
import { recordOpaque } from './recording';
import { simdFillBernoulli } from './simd/engine';

const STATE_SIZE = 624; // MERSENNE_STATE_N
const SHIFT_SIZE = 397; // MERSENNE_STATE_M
// As int32 constants (the state is also read as Int32Array words): the same bits.
const UPPER_MASK = 0x80000000 | 0;
const LOWER_MASK = 0x7fffffff;
const MATRIX_A = 0x9908b0df | 0;
const TEMPER_B = 0x9d2c5680 | 0;
const TEMPER_C = 0xefc60000 | 0;
const TWO_POW_32 = 4294967296;

/** MT19937's tempering of one state word (as int32; `>>> 0` makes it the uint32 draw). */
function temper(y: number): number {
  y ^= y >>> 11;
  y ^= (y << 7) & TEMPER_B;
  y ^= (y << 15) & TEMPER_C;
  return y ^ (y >>> 18);
}

/** PyTorch's default seed before any manual_seed (c10::detail::default_rng_seed_val). */
const DEFAULT_TORCH_SEED = 67280421310721n;

/** A seed as torch.manual_seed accepts it: any integer; only its low 32 bits reach MT19937. */
export type TorchSeed = number | bigint;

/** The low 32 bits of a seed, as at::mt19937's init_with_uint32 keeps them (`seed & 0xffffffff`). */
function seedLow32(seed: TorchSeed): number {
  if (typeof seed === 'bigint') return Number(BigInt.asUintN(32, seed));
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  // ToUint32 is "mod 2^32" for every safe integer, negative ones included (two's complement).
  return seed >>> 0;
}

/** The CPU generator's state: MT19937 plus the cached second value of the double Box–Muller. */
export class TorchGenerator {
  private readonly state = new Uint32Array(STATE_SIZE);
  /** The same state as int32 words, for the twist and the bulk draws. */
  private readonly words = new Int32Array(this.state.buffer);
  private left = 1;
  private next = 0;
  private seed = 0;
  /** Cached r·sin(θ) from the last double-precision Box–Muller pair (next_double_normal_sample). */
  nextDoubleNormal: number | null = null;
  /** Cached float normal (next_float_normal_sample); reset by manualSeed like PyTorch's. */
  nextFloatNormal: number | null = null;

  constructor(seed: TorchSeed = DEFAULT_TORCH_SEED) {
    this.manualSeed(seed);
  }

  /** Reseeds like torch.manual_seed: fresh MT19937 state and both normal caches cleared. */
  manualSeed(seed: TorchSeed): this {
    recordOpaque('manual_seed');
    const s = seedLow32(seed);
    this.seed = s;
    this.state[0] = s;
    for (let j = 1; j < STATE_SIZE; j++) {
      const prev = this.state[j - 1];
      this.state[j] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + j) >>> 0;
    }
    this.left = 1;
    this.next = 0;
    this.nextDoubleNormal = null;
    this.nextFloatNormal = null;
    return this;
  }

  /** The seed's low 32 bits, as `torch.initial_seed()` reports for seeds below 2^32. */
  initialSeed(): number {
    return this.seed;
  }

  /** Next uint32 of the MT19937 stream (CPUGeneratorImpl::random). */
  random(): number {
    recordOpaque('random draw'); // a replay would not draw again
    if (--this.left === 0) this.twist();
    return temper(this.words[this.next++]) >>> 0;
  }

  /** Next 64 bits: the first uint32 is the high half (CPUGeneratorImpl::random64). */
  random64(): bigint {
    const hi = this.random();
    const lo = this.random();
    return (BigInt(hi) << 32n) | BigInt(lo);
  }

  /** Float32 uniform in [0, 1): the low 24 bits of random() times 2^-24 (exact in float32). */
  uniformFloat32(): number {
    return (this.random() & 0xffffff) / 16777216;
  }

  /** Float64 uniform in [0, 1): the low 53 bits of random64() times 2^-53 (exact in float64). */
  uniformFloat64(): number {
    const hi = this.random();
    const lo = this.random();
    return ((hi & 0x1fffff) * TWO_POW_32 + lo) / 9007199254740992;
  }

  /**
   * out[i] = uniformFloat64() < below ? value : 0 for every i, in order (bernoulli_(below)
   * scaled: dropout's mask). The draws are random()'s, inlined; unlike random() they do not
   * make a loop recording opaque, because the caller records an op that draws them again.
   */
  fillBernoulli(out: Float32Array, below: number, value: number): void {
    // The stream's position as the engine counts it: 624 = twist before the next draw.
    const after = simdFillBernoulli(this.state, this.left === 1 ? STATE_SIZE : this.next, out, below, value);
    if (after >= 0) {
      this.next = after;
      this.left = STATE_SIZE + 1 - after;
      return;
    }
    for (let i = 0; i < out.length; i++) {
      // random() twice, without its opaque mark
      if (--this.left === 0) this.twist();
      const hi = temper(this.words[this.next++]);
      if (--this.left === 0) this.twist();
      const lo = temper(this.words[this.next++]) >>> 0;
      out[i] = ((hi & 0x1fffff) * TWO_POW_32 + lo) / 9007199254740992 < below ? value : 0;
    }
  }

  private twist(): void {
    // On the state's words as int32 (the same bits): no uint32-to-double conversions.
    const s = this.words;
    let k = 0;
    // The modulo of the textbook loop, split into its three ranges.
    for (; k < STATE_SIZE - SHIFT_SIZE; k++) {
      const y = (s[k] & UPPER_MASK) | (s[k + 1] & LOWER_MASK);
      s[k] = s[k + SHIFT_SIZE] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    for (; k < STATE_SIZE - 1; k++) {
      const y = (s[k] & UPPER_MASK) | (s[k + 1] & LOWER_MASK);
      s[k] = s[k + SHIFT_SIZE - STATE_SIZE] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    }
    const y = (s[k] & UPPER_MASK) | (s[0] & LOWER_MASK);
    s[k] = s[SHIFT_SIZE - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
    this.left = STATE_SIZE;
    this.next = 0;
  }
}

/** Like `torch.manual_seed(seed)`: a generator in the state PyTorch's default one has afterwards. */
export function manualSeed(seed: TorchSeed): TorchGenerator {
  return new TorchGenerator(seed);
}
