// numpy.random's legacy RandomState (MT19937) as numpy 1.24 draws it: seed(n) is init_genrand,
// rand/random 53-bit doubles from two 32-bit words, randn/normal the polar Box–Muller with the
// cached second value, uniform low + (high-low)·u, randint masked rejection sampling. The polar
// method's log is glibc's (libm/glibc-log.ts), as numpy calls it: Math.log's last bit differs.
import { glibcLog } from '../../../libm/glibc-log';

export class RandomState {
  private readonly mt = new Uint32Array(624);
  private index = 624;
  private hasGauss = false;
  private gauss = 0;
  constructor(seed = 0) {
    this.seed(seed);
  }
  seed(seed: number): void {
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = 624;
    this.hasGauss = false;
    this.gauss = 0;
  }
  private twist(): void {
    const mt = this.mt;
    for (let i = 0; i < 624; i++) {
      const y = (mt[i] & 0x80000000) | (mt[(i + 1) % 624] & 0x7fffffff);
      mt[i] = mt[(i + 397) % 624] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
    }
    this.index = 0;
  }
  nextUint32(): number {
    if (this.index >= 624) this.twist();
    let y = this.mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
  }
  gaussian(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      const t = this.gauss;
      this.gauss = 0;
      return t;
    }
    let x1: number, x2: number, r2: number;
    do {
      x1 = 2.0 * this.nextDouble() - 1.0;
      x2 = 2.0 * this.nextDouble() - 1.0;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 === 0.0);
    const f = Math.sqrt((-2.0 * glibcLog(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }
  /** An integer in [low, high] (inclusive; high - low < 2^32), numpy's masked rejection. */
  boundedInt(low: number, range: number): number {
    if (range === 0) return low;
    if (range === 0xffffffff) return low + this.nextUint32();
    let mask = range;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let v: number;
    while ((v = (this.nextUint32() & mask) >>> 0) > range);
    return low + v;
  }
}
