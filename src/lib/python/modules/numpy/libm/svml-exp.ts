/**
 * exp(x) for float64 arrays as numpy 1.24 computes it on an AVX-512 (SKX) machine: numpy links
 * Intel's SVML there and calls __svml_exp8 (numpy/SVML, the `_la` variant), whose last bit
 * differs from a correctly rounded exp (and from Math.exp) on about a quarter of inputs.
 * Ported from the instructions of the shipped library (Debian's numpy 1.24.2), FMAs included:
 * x = (k + j/16)·ln2 + r with k + j/16 = ⌊16·x·log2(e)⌋/16 (the FMA rounds toward zero),
 * exp(r) by a degree-5 polynomial, times 2^(j/16) from a table and 2^k. Lanes with
 * |x| ≥ 707.70… go to SVML's scalar routine (64-entry table, no FMAs), ported as `scalarExp`,
 * which also gives the subnormal results. scripts/libm-check.py compares with numpy.
 */
import { fma } from '../../../../libm/fma';

/** 2^(j/16), j = 0..15. */
const T16 = [
  1.0, 1.0442737824274138, 1.0905077326652577, 1.1387886347566916, 1.189207115002721, 1.241857812073484,
  1.2968395546510096, 1.3542555469368927, 1.4142135623730951, 1.4768261459394993, 1.5422108254079407,
  1.6104903319492543, 1.681792830507429, 1.7562521603732995, 1.8340080864093424, 1.9152065613971474,
];
/** The scalar routine's table: 2^(j/64) as a leading double and its tail, j = 0..63. */
const T64 = [
  1.0, 0.0, 1.0108892860517005, -1.507066976926039e-17, 1.0218971486541166, 4.9997448722726326e-17,
  1.0330248790212284, 7.357846871247418e-18, 1.0442737824274138, 8.189317638195515e-17, 1.0556451783605572,
  1.6665881442326747e-18, 1.0671404006768237, -7.402825309426177e-17, 1.0787607977571199, -6.170654745608695e-17,
  1.0905077326652577, -2.7939114859515733e-17, 1.102382583307841, 4.776959425256223e-17, 1.1143867425958924,
  9.341710609905046e-17, 1.1265216186082418, 4.585670326662351e-17, 1.1387886347566916, 7.826573258636076e-17,
  1.1511892299529827, 2.823784425951061e-17, 1.1637248587775775, 3.2904726646008416e-17, 1.1763969916502812,
  4.721368121170128e-17, 1.189207115002721, 3.3484623336251524e-17, 1.202156731452703, 5.527550048505249e-17,
  1.215247359980469, -6.346552106729483e-17, 1.22848053610687, -1.5456342819397733e-17, 1.241857812073484,
  3.750854201303127e-17, 1.255380757024691, -5.346099009198751e-18, 1.2690509571917332, 2.1023049675215714e-18,
  1.2828700160787783, 1.3357510088834541e-17, 1.2968395546510096, 1.9572585293112036e-17, 1.3109612115247644,
  -5.478069123926778e-17, 1.3252366431597413, -2.1571477251208752e-17, 1.339667524053303, 6.663804589232195e-17,
  1.3542555469368927, 5.68648095791174e-17, 1.3690024229745905, 7.007875046906994e-17, 1.383909881963832,
  -4.8923067513522756e-17, 1.3989796725383112, -6.872303720902018e-17, 1.4142135623730951, -6.835808657661922e-17,
  1.42961333839197, -8.416011634717156e-18, 1.4451808069770467, -2.092304381843353e-17, 1.460917794180647,
  -3.833464968654295e-17, 1.4768261459394993, -2.3591094770850053e-17, 1.4929077282912648, 9.50689710108796e-18,
  1.5091644275934228, -6.735219232374683e-17, 1.5255981507445384, -7.226635472101257e-17, 1.5422108254079407,
  5.1548301170786783e-17, 1.559004400237837, 2.4253985766689806e-17, 1.5759808451078865, -6.432131775424189e-18,
  1.593142151342267, -6.336161863401293e-17, 1.6104903319492543, 1.5341410053603723e-17, 1.6280274218573478,
  -4.123367330661149e-17, 1.645755478153965, -6.152602891550265e-17, 1.6636765803267364, 3.540948262646183e-17,
  1.681792830507429, 4.875160526227062e-17, 1.7001063537185235, -4.719539664590972e-18, 1.718619298122478,
  -1.0772487078934056e-17, 1.7373338352737062, 1.821405440362259e-17, 1.7562521603732995, 1.685487290628973e-17,
  1.7753764925265212, 3.621615935336894e-17, 1.7947090750031072, 1.01562190116415e-17, 1.8142521755003989,
  -5.495118966122005e-17, 1.8340080864093424, 1.790126907604513e-17, 1.8539791250833855, 5.265370768556274e-17,
  1.8741676341103, -3.266924100901318e-17, 1.8945759815869656, 1.7963932659833022e-17, 1.9152065613971474,
  -5.545065618639427e-17, 1.9360617934922943, 5.336805878514151e-17, 1.9571441241754002, 4.5784915277060095e-17,
  1.978456026387951, 2.0414278897578303e-17,
];

const LOG2E = 1.4426950408889634;
/** 1.5·2^48 + 1023: its last 4 bits hold j, its ulp is 1/16. */
const SHIFTER = 422212465067007.0;
const LN2 = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;
const C2 = 0.5000000000010838;
const C3 = 0.16666666637508337;
const C4 = 0.041666695348322125;
const C5 = 0.008332058899382488;
const C6 = 0.0014149452874381984;
/** |x| from which a lane goes to the scalar routine. */
const VECTOR_LIMIT = 707.7032713517042;

const word = new Float64Array(1);
const halves = new Uint32Array(word.buffer);

/** 2^n for an integer n in [-1022, 1023], exactly. */
function pow2(n: number): number {
  halves[0] = 0;
  halves[1] = (n + 1023) << 20;
  return word[0];
}

/** SVML's exp of a float64 (numpy 1.24's np.exp on float64). */
export function svmlExp(x: number): number {
  if (!(Math.abs(x) < VECTOR_LIMIT)) return Number.isNaN(x) ? x : scalarExp(x);
  // t = x·log2(e) + SHIFTER rounded toward zero (the FMA's {rz-sae}): one step down when the nearest rounded up.
  let t = fma(x, LOG2E, SHIFTER);
  if (fma(x, LOG2E, -(t - SHIFTER)) < 0) t -= 0.0625;
  const kd = t - SHIFTER; // k + j/16
  const k = Math.floor(kd);
  const j = (kd - k) * 16;
  let r = fma(-kd, LN2, x);
  r = fma(-LN2_LO, kd, r);
  const r2 = r * r;
  const r3 = r2 * r;
  const high = fma(r2, fma(C6, r, C5), fma(C4, r, C3));
  const poly = fma(r3, high, fma(r2, C2, r));
  const table = T16[j];
  return fma(table, poly, table) * pow2(k);
}

const SCALAR_MAX = 709.782712893384; // 0x1.62e42fefa39efp+9
const SCALAR_MIN = -745.1332191019411; // -0x1.74910d52d3051p+9: below, 0
const SUBNORMAL_BELOW = -708.3964185322641; // -0x1.6232bdd7abcd2p+9
const INV_LN2_64 = 92.33248261689366; // 64/ln2
const SHIFTER_52 = 6755399441055744; // 1.5·2^52
const L1 = 0.010830424696223417; // ln2/64, high part
const L2 = 2.572804622327669e-14; // ln2/64, low part
const P1 = 0.5;
const TWO_M60 = 8.673617379884035e-19;
const P2 = 0.1666666666665788;
const P3 = 0.04166666666677052;
const P4 = 0.008333341995140497;
const P5 = 0.0013888870459233254;

/** SVML's scalar exp (its callout for |x| ≥ 707.70…, infinities and the results below 2^-1022), multiplies and adds rounded one by one. */
function scalarExp(x: number): number {
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (x > SCALAR_MAX) return Infinity;
  if (x < SCALAR_MIN) return 0;
  const t = x * INV_LN2_64 + SHIFTER_52;
  word[0] = t;
  const n = halves[0] | 0;
  const kd = t - SHIFTER_52;
  let r = x - kd * L1;
  r -= kd * L2;
  const jj = 2 * (n & 63);
  const hi = T64[jj];
  const p = ((((((P5 * r + P4) * r + P3) * r + P2) * r + P1) * r) * r + r + T64[jj + 1]) * hi;
  const m = n >> 6;
  if (!(x < SUBNORMAL_BELOW)) {
    const e = (m + 0x3ff) & 0x7ff;
    if (e <= 0x7fe) return (p + hi) * pow2(e - 1023);
    return (p + hi) * pow2(e - 1024) * 2;
  }
  // Below 2^-1022: scaled by 2^60 first, the sum split so that the final scaling rounds once.
  const e = (m + 0x43b) & 0x7ff;
  const scale = pow2(e - 1023);
  const lo = p * scale;
  const top = scale * hi;
  const s = top + lo;
  if (e <= 0x32) return s * TWO_M60;
  const err = top - s + lo;
  const big = s * 6442450944; // 1.5·2^32
  const c = s + big - big;
  const d = s - c + err;
  return c * TWO_M60 + d * TWO_M60;
}
