#!/usr/bin/python3
"""Checks the page's bit-exact ports of C maths routines against the real library, on this machine.

For each port: draws ≥ 10^6 inputs (random bit patterns over every exponent, the ranges the
callers use, values near the algorithm's seams, subnormals, huge values and specials), gets the
real library's results (glibc's libm through ctypes, numpy 1.24's ufuncs), and runs
scripts/libm-check.ts (bundled with esbuild) to count the results whose bits differ — for the
port and for the Math.* it replaced. Prints one JSON line per port.

Run: /usr/bin/python3 scripts/libm-check.py [name ...]   (nothing is written to the repository)
     /usr/bin/python3 scripts/libm-check.py --golden        (writes tests/fixtures/numpy/libm-golden.json)

The golden: for each port, 200 000 inputs drawn by a xorshift32 stream that
tests/unit/python/libm-golden.test.ts draws the same way (raw bit patterns, and values over the
ranges each routine splits on), with the sha256 of the real library's results and a few of them,
so the unit test checks every bit without Python.
"""
import ctypes
import hashlib
import json
import pathlib
import subprocess
import sys
import tempfile

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
libm = ctypes.CDLL("libm.so.6")
for _name, _arity in (("log", 1), ("exp", 1), ("pow", 2), ("log10", 1), ("log2", 1), ("sin", 1), ("cos", 1), ("tan", 1),
                      ("atan", 1), ("atan2", 2), ("asin", 1), ("acos", 1)):
    getattr(libm, _name).restype = ctypes.c_double
    getattr(libm, _name).argtypes = [ctypes.c_double] * _arity


def positive_doubles(rng, n):
    """Random bit patterns of positive finite doubles: every exponent, subnormals included."""
    bits = rng.integers(0, 0x7FF0000000000000, size=n, dtype=np.uint64)
    return bits.view(np.float64)


def log_inputs(rng):
    parts = [
        positive_doubles(rng, 1_000_000),
        rng.random(1_000_000),  # randn's r2 = x1² + x2² in (0, 1)
        1 + rng.uniform(-0.07, 0.07, 500_000),  # the near-1 path and its edges
        1 + rng.integers(-2**20, 2**20, 50_000) * 2.0**-52,  # just around 1
        (rng.integers(1, 2**52, 50_000, dtype=np.uint64)).view(np.float64),  # subnormals
        np.exp(rng.uniform(600, 709.7, 50_000)),  # huge
        np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 5e-324, 1.7976931348623157e308,
                  0.9375, 1.0 + 0x109 * 2.0**-12, np.nextafter(0.9375, 0), np.nextafter(1.0 + 0x109 * 2.0**-12, 2)]),
    ]
    return np.concatenate(parts)


def glibc_log(x):
    f = libm.log
    return np.fromiter((f(v) for v in x), dtype=np.float64, count=len(x))


def glibc_unary(name):
    f = getattr(libm, name)
    return lambda x: np.fromiter((f(v) for v in x), dtype=np.float64, count=len(x))


glibc_exp = glibc_unary("exp")


def pow_inputs(rng):
    """Pairs (x, y) interleaved: the course's bases and exponents, every bit pattern, the edges."""
    n = 200_000
    sign = lambda m: np.where(rng.random(m) < 0.5, 1, -1)
    pairs = [
        (rng.uniform(0, 10, n), rng.uniform(-5, 5, n)),
        (rng.uniform(0, 100, n), rng.choice([3.0, 1.5, -2.0, 0.3, 1.7, -0.5, 2.0, 0.5, 10.0], n)),
        (rng.uniform(-10, 10, n), rng.integers(-20, 21, n).astype(np.float64)),  # negative bases, integer powers
        (positive_doubles(rng, n), rng.uniform(-3, 3, n)),  # every magnitude of x
        (rng.uniform(0.5, 2, n), sign(n) * positive_doubles(rng, n)),  # every magnitude of y: overflow, underflow
        (1 + rng.uniform(-1e-3, 1e-3, n), rng.uniform(-1e5, 1e5, n)),  # x near 1, big y
        (rng.uniform(0, 10, n), rng.uniform(-1100, 1100, n)),  # results near the overflow and subnormal edges
        ((rng.integers(1, 2**52, 20_000, dtype=np.uint64)).view(np.float64), rng.uniform(-1.2, 1.2, 20_000)),  # subnormal x
    ]
    specials = np.array([0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, np.inf, -np.inf, np.nan, 3.0, -3.0, 1e-320, 2.0**-1074, 1e308])
    sx, sy = np.meshgrid(specials, specials)
    pairs.append((sx.ravel(), sy.ravel()))
    x = np.concatenate([p[0] for p in pairs])
    y = np.concatenate([p[1] for p in pairs])
    return np.stack([x, y], axis=1).ravel()


def glibc_trig_inputs(rng):
    """sin, cos, tan, atan: the course's ranges, every magnitude, each seam of the routines."""
    sign = lambda m: np.where(rng.random(m) < 0.5, 1, -1)
    seams = np.array([2.0**-27, 2.0**-26, 1.259e-8, 0.0608, 0.126, 0.787, 0.855469, 2.426265, 25.0, 1e8, 105414350.0])
    parts = [
        sign(300_000) * positive_doubles(rng, 300_000),  # every magnitude: the huge ones take branred
        rng.uniform(-10, 10, 600_000),
        rng.uniform(-1e3, 1e3, 300_000),
        rng.uniform(-3e8, 3e8, 100_000),  # both reductions and their border
        rng.integers(-50_000, 50_000, 100_000) * (np.pi / 2) * (1 + rng.uniform(-1e-12, 1e-12, 100_000)),  # near k·π/2
        sign(100_000) * rng.choice(seams, 100_000) * (1 + rng.integers(-2**20, 2**20, 100_000) * 2.0**-52),
        sign(50_000) * np.exp(rng.uniform(-60, 60, 50_000)),  # atan's every range
        np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -5e-324, 1.7976931348623157e308, np.pi, -np.pi / 2]),
    ]
    return np.concatenate(parts)


def asin_inputs(rng):
    """asin, acos: (−1, 1) evenly, near ±1 and each band's edge, tiny values, outside and specials."""
    sign = lambda m: np.where(rng.random(m) < 0.5, 1, -1)
    edges = np.array([2.0**-55, 2.0**-26, 0.125, 0.25, 0.5, 0.75, 0.921875, 0.953125, 0.96875, 1.0])
    parts = [
        rng.uniform(-1, 1, 800_000),
        sign(200_000) * (1 - np.exp(rng.uniform(-37, np.log(0.03125), 200_000))),  # the √ path up to 1
        sign(200_000) * rng.choice(edges, 200_000) * (1 + rng.integers(-2**20, 2**20, 200_000) * 2.0**-52),
        sign(100_000) * np.exp(rng.uniform(-45, -2, 100_000)),
        sign(100_000) * positive_doubles(rng, 100_000),  # mostly |x| > 1: NaN
        np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 5e-324, np.nextafter(1, 0), np.nextafter(-1, 0), np.nextafter(1, 2)]),
    ]
    return np.concatenate(parts)


def atan2_inputs(rng):
    """Pairs (y, x) interleaved: the course's ranges, every pair of magnitudes and signs, the edges."""
    n = 250_000
    sign = lambda m: np.where(rng.random(m) < 0.5, 1, -1)
    pairs = [
        (rng.uniform(-10, 10, n), rng.uniform(-10, 10, n)),
        (rng.uniform(-1e3, 1e3, n), rng.uniform(-3, 3, n)),
        (sign(n) * positive_doubles(rng, n), sign(n) * positive_doubles(rng, n)),  # every ratio, the 2^±500 scalings
        (rng.uniform(-1, 1, n), rng.uniform(-1, 1, n) * np.exp(rng.uniform(-45, 45, n))),  # u on both sides of 1/16, 1
        (sign(n) * (rng.integers(1, 2**52, n, dtype=np.uint64)).view(np.float64), rng.uniform(-1e-300, 1e-300, n)),  # subnormal y
    ]
    specials = np.array([0.0, -0.0, 1.0, -1.0, 0.5, -3.0, np.inf, -np.inf, np.nan, 5e-324, -1e-310, 1e300, -1.7976931348623157e308])
    sy, sx = np.meshgrid(specials, specials)
    pairs.append((sy.ravel(), sx.ravel()))
    y = np.concatenate([p[0] for p in pairs])
    x = np.concatenate([p[1] for p in pairs])
    return np.stack([y, x], axis=1).ravel()


def glibc_atan2(yx):
    f = libm.atan2
    return np.fromiter((f(a, b) for a, b in zip(yx[0::2], yx[1::2])), dtype=np.float64, count=len(yx) // 2)


def glibc_pow(xy):
    f = libm.pow
    return np.fromiter((f(a, b) for a, b in zip(xy[0::2], xy[1::2])), dtype=np.float64, count=len(xy) // 2)


def exp_inputs(rng):
    parts = [
        positive_doubles(rng, 300_000) * np.where(rng.random(300_000) < 0.5, 1, -1),  # every magnitude, both signs
        rng.uniform(-20, 20, 800_000),  # softmax and sigmoid arguments
        rng.uniform(-745.2, 709.8, 500_000),  # the whole finite range
        rng.uniform(-746, -707, 200_000),  # SVML's scalar routine, subnormal results
        rng.uniform(707, 710, 100_000),
        rng.integers(-2**20, 2**20, 100_000) * 2.0**-50,  # tiny arguments
        np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 707.7032713517042, -707.7032713517042, 709.782712893384,
                  709.7827128933841, -745.1332191019411, -745.1332191019412, -708.3964185322641, 5e-324]),
    ]
    return np.concatenate(parts)


def trig_inputs(rng):
    parts = [
        positive_doubles(rng, 300_000) * np.where(rng.random(300_000) < 0.5, 1, -1),
        rng.uniform(-10, 10, 800_000),
        rng.uniform(-3e7, 3e7, 500_000),
        rng.integers(-2**20, 2**20, 100_000) * 2.0**-40,
        np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 16777216.0, 16777217.0, 2**-27, -2**-27, np.pi, -np.pi / 2]),
    ]
    return np.concatenate(parts)


def float32_inputs(make):
    def inputs(rng):
        x = make(rng).astype(np.float32)
        bits = rng.integers(0, 2**32, 1_000_000, dtype=np.uint64).astype(np.uint32).view(np.float32)  # every float32 pattern
        return np.concatenate([x, bits])
    return inputs


def exp_float32_ties():
    """The float32 within 200 ulps of each (k + 1/2)·ln 2, where x·log2(e) rounds to k or k + 1."""
    centre = ((np.arange(-151, 129) + 0.5) * np.log(2)).astype(np.float32).view(np.int32)
    bits = (centre[:, None] + np.arange(-200, 201)[None, :]).ravel().astype(np.int32)
    return bits.view(np.float32).astype(np.float64)


def float32_ufunc(f):
    return lambda x: f(x.astype(np.float32))


CHECKS = {
    "glibc-log": (log_inputs, glibc_log),
    "numpy-exp-float64": (exp_inputs, np.exp),
    "numpy-log-float64": (lambda rng: np.concatenate([log_inputs(rng), -positive_doubles(rng, 1000)]), np.log),
    "numpy-tanh-float64": (lambda rng: np.concatenate([exp_inputs(rng), rng.uniform(-0.3, 0.3, 300_000)]), np.tanh),
    "numpy-tanh-float32": (float32_inputs(lambda rng: np.concatenate([rng.uniform(-12, 12, 500_000), rng.uniform(-0.3, 0.3, 500_000)])), float32_ufunc(np.tanh)),
    "numpy-sin-float32": (float32_inputs(lambda rng: np.concatenate([rng.uniform(-10, 10, 500_000), rng.uniform(-117435, 117435, 500_000)])), float32_ufunc(np.sin)),
    "numpy-cos-float32": (float32_inputs(lambda rng: np.concatenate([rng.uniform(-10, 10, 500_000), rng.uniform(-71476, 71476, 500_000)])), float32_ufunc(np.cos)),
    "numpy-sin-float64": (lambda rng: trig_inputs(rng), np.sin),
    "numpy-cos-float64": (lambda rng: trig_inputs(rng), np.cos),
    "numpy-exp-float32": (float32_inputs(lambda rng: np.concatenate([rng.uniform(-110, 90, 500_000), rng.uniform(-20, 20, 500_000), exp_float32_ties()])), float32_ufunc(np.exp)),
    "numpy-log-float32": (float32_inputs(lambda rng: np.concatenate([rng.uniform(0, 4, 500_000), np.exp(rng.uniform(-100, 88, 500_000))])), float32_ufunc(np.log)),
    # CPython's float maths (appended: each port's golden seed is its place here).
    "glibc-exp": (lambda rng: np.concatenate([exp_inputs(rng), rng.uniform(-5, 5, 300_000)]), glibc_exp),
    "glibc-pow": (pow_inputs, glibc_pow),
    "numpy-pow-float64": (pow_inputs, lambda xy: np.power(xy[0::2].copy(), xy[1::2].copy())),
    # the same, with the lanes SVML's scalar routine takes (not ported) given glibc's pow: how often that differs
    "numpy-pow-float64-fallback": (pow_inputs, lambda xy: np.power(xy[0::2].copy(), xy[1::2].copy())),
    "glibc-log10": (lambda rng: np.concatenate([log_inputs(rng), rng.uniform(0, 10, 500_000)]), glibc_unary("log10")),
    "glibc-log2": (lambda rng: np.concatenate([log_inputs(rng), rng.uniform(0, 10, 500_000), 1 + rng.uniform(-0.05, 0.05, 300_000)]), glibc_unary("log2")),
    "glibc-sin": (glibc_trig_inputs, glibc_unary("sin")),
    "glibc-cos": (glibc_trig_inputs, glibc_unary("cos")),
    "glibc-tan": (glibc_trig_inputs, glibc_unary("tan")),
    "glibc-atan": (glibc_trig_inputs, glibc_unary("atan")),
    "glibc-atan2": (atan2_inputs, glibc_atan2),
    "glibc-asin": (lambda rng: asin_inputs(rng), glibc_unary("asin")),
    "glibc-acos": (lambda rng: asin_inputs(rng), glibc_unary("acos")),
}


GOLDEN = ROOT / "tests/fixtures/numpy/libm-golden.json"
GOLDEN_COUNT = 50_000  # per input family


def xorshift32(seed):
    state = seed
    while True:
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
        yield state


def golden_inputs(name, seed):
    """The families of libm-golden.test.ts's goldenInputs, value for value."""
    words = xorshift32(seed)
    float32 = name.endswith("float32")
    out = []
    for family in range(4):
        for _ in range(GOLDEN_COUNT):
            w1, w2 = next(words), next(words)
            u = ((w1 >> 5) * 67108864.0 + (w2 >> 6)) / 9007199254740992.0  # [0, 1), as numpy's random()
            if family == 0:  # any bit pattern
                v = (np.array([w1], np.uint32).view(np.float32)[0] if float32 else np.array([(w1 << 32) | w2], np.uint64).view(np.float64)[0])
                if "log" in name:
                    v = abs(v)
            elif "asin" in name or "acos" in name:  # (-1, 1), then the √ path near ±1, then tiny
                v = [None, 2 * u - 1, (-1 if w1 & 1 else 1) * (0.96875 + u * 0.03125), (2 * u - 1) * 2 ** -20][family]
            elif "log" not in name:  # exp and tanh: symmetric ranges
                v = [None, (2 * u - 1) * (110 if float32 else 750), (2 * u - 1) * 20, (2 * u - 1) * 2 ** -20][family]
            elif family == 1:
                v = u * 4
            elif family == 2:
                v = 1 + (2 * u - 1) * 0.07
            else:  # subnormals
                v = (np.array([w1 & 0x7FFFFF], np.uint32).view(np.float32)[0] if float32 else np.array([((w1 & 0xFFFFF) << 32) | w2], np.uint64).view(np.float64)[0])
            out.append(v)
    return np.array(out, dtype=np.float32 if float32 else np.float64)


# Inputs a port leaves to NotImplementedError: numpy calls glibc's sinf/cosf beyond Cody–Waite's range.
REFUSED = {
    "numpy-sin-float64": lambda x: np.isfinite(x) & ~(np.abs(x) <= 2.0**24),
    "numpy-cos-float64": lambda x: np.isfinite(x) & ~(np.floor(np.abs(x) / np.pi) <= 8388606),
    "numpy-sin-float32": lambda x: ~(np.abs(x) <= np.float32(117435.992)),
    "numpy-cos-float32": lambda x: ~(np.abs(x) <= np.float32(71476.0625)),
    # SVML's scalar routine: x not a positive normal number, y inf or NaN, |y·log2 x| > 1021.5
    "numpy-pow-float64": lambda xy: ~((xy[0::2] >= 2.2250738585072014e-308) & (xy[0::2] < np.inf) & np.isfinite(xy[1::2])
                                      & (np.abs(xy[1::2] * np.log2(np.abs(xy[0::2]))) <= 1021.5)),
}


def golden_pow_inputs(seed):
    """pow's pairs: x drawn as log's inputs are, y as exp's (seed + 1000), interleaved."""
    return np.stack([golden_inputs("pow-log", seed), golden_inputs("pow-exp", seed + 1000)], axis=1).ravel()


def write_golden():
    golden = {"generator": "scripts/libm-check.py --golden", "numpy": np.__version__, "ports": {}}
    for seed, name in enumerate(CHECKS, start=1):
        if name.endswith("-fallback"):  # a measurement, not a port
            continue
        if "pow" in name:
            x = golden_pow_inputs(seed)
        elif "atan2" in name:  # pairs (y, x), both drawn as exp's inputs are (symmetric ranges), x with seed + 1000
            x = np.stack([golden_inputs("atan2-y", seed), golden_inputs("atan2-x", seed + 1000)], axis=1).ravel()
        else:
            x = golden_inputs(name, seed)
        with np.errstate(all="ignore"):
            y = CHECKS[name][1](x)
        y = y.astype(np.float32 if name.endswith("float32") else np.float64)
        y[np.isnan(y)] = np.nan  # one NaN pattern: the routines' NaN signs and payloads are not compared
        if name in REFUSED:  # what the port refuses (NotImplementedError on the page) stands as NaN
            with np.errstate(all="ignore"):
                y[REFUSED[name](x)] = np.nan
        samples = y.astype(np.float64).view(np.uint64)
        golden["ports"][name] = {"seed": seed, "count": len(y), "sha256": hashlib.sha256(y.tobytes()).hexdigest(),
                                 "samples": {str(i): f"{samples[i]:016x}" for i in range(0, len(y), 20_011)}}
    GOLDEN.write_text(json.dumps(golden, indent=1) + "\n")
    print(f"wrote {GOLDEN.relative_to(ROOT)}")


def main(names):
    rng = np.random.default_rng(20240601)
    with tempfile.TemporaryDirectory() as tmp:
        bundle = pathlib.Path(tmp) / "libm-check.mjs"
        subprocess.run(["npx", "esbuild", str(ROOT / "scripts/libm-check.ts"), "--bundle", "--platform=node",
                        "--format=esm", f"--outfile={bundle}", "--log-level=warning"], cwd=ROOT, check=True)
        for name in names or CHECKS:
            make_inputs, oracle = CHECKS[name]
            x = make_inputs(rng)
            with np.errstate(all="ignore"):
                y = oracle(x)
            (pathlib.Path(tmp) / "x.bin").write_bytes(x.tobytes())
            (pathlib.Path(tmp) / "y.bin").write_bytes(y.tobytes())
            out = subprocess.run(["node", str(bundle), name, f"{tmp}/x.bin", f"{tmp}/y.bin"], capture_output=True, text=True, check=True)
            print(out.stdout, end="")


if __name__ == "__main__":
    if sys.argv[1:] == ["--golden"]:
        write_golden()
    else:
        main(sys.argv[1:])
