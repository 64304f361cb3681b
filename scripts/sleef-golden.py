#!/usr/bin/python3
"""Golden bits of PyTorch's SLEEF-computed float32 functions (torch.sin, torch.cos, F.softplus and
its gradient; sigmoid and elu, whose scalar tails take glibc's expf), for the ports in
src/lib/torch/core/sleef-trig.ts, glibc-expf.ts and activations.ts.

Run: /usr/bin/python3 scripts/sleef-golden.py   (Debian's python3-torch 1.13; CI does not need it)

The inputs are made by a xorshift32 generator that tests/unit/sleef-golden.test.ts repeats, so
the fixture holds no inputs: for each case only a hash of the output bits (FNV-1a over the
float32 words, NaNs as 0x7fc00000) and every 1999th output, to locate a mismatch. Each case is one
call on one contiguous tensor, so vec::map's groups of 8 start at its first element.
Writes tests/fixtures/sleef/golden.json.
"""
import json
import os

import numpy as np
import torch

torch.set_num_threads(1)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'sleef', 'golden.json')
SAMPLE = 1999


def xorshift(seed, n):
    """n uint32s of Marsaglia's xorshift32 from seed (the test's `xorshift`)."""
    out = np.empty(n, np.uint32)
    s = seed
    for i in range(n):
        s ^= (s << 13) & 0xffffffff
        s ^= s >> 17
        s ^= (s << 5) & 0xffffffff
        out[i] = s
    return out


def uniform(seed, n, scale):
    """float32((2u − 1)·scale), u = top 24 bits / 2^24: the same double operations as the test."""
    u = (xorshift(seed, n) >> 8).astype(np.float64) / 16777216
    return ((2 * u - 1) * scale).astype(np.float32)


SPECIAL = np.array([
    0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1e-38, 1.17549435e-38, 1e-30, 1e-8, 0.5, 1.0, -1.0,
    np.pi / 2, np.pi, -np.pi, 2 * np.pi, 3 * np.pi / 2, 100.0, 124.99999, 125.0, -125.0, 125.00001, 1000.0,
    12345.678, 1e6, 8388608.0, 16777216.0, 1e10, 1e20, 3.4028235e38, -3.4028235e38, 105414350.0, 7.0, 22.0, 355.0,
], np.float32)


def inputs():
    """The cases: name → float32 array (the test builds the same)."""
    cases = {
        'bits': xorshift(1, 120000).view(np.float32),  # every kind of float: huge, tiny, NaN
        'unit': uniform(2, 60000, 4.0),
        'ten': uniform(3, 100000, 10.0),
        'near-125': uniform(4, 40000, 130.0),
        'thousands': uniform(5, 20000, 5000.0),
        'special': SPECIAL,
    }
    # short tensors and their tails: a mix where one vector of 8 in three holds a big value
    mixed = uniform(6, 1100, 10.0)
    mixed[5::24] *= 40
    for n in list(range(1, 41)) + [100, 1000, 1001]:
        cases[f'n{n}'] = mixed[:n].copy()
    return cases


def fnv(values):
    words = values.astype(np.float32).view(np.uint32).copy()
    words[np.isnan(values)] = 0x7fc00000
    h = 0x811c9dc5
    for w in words.tolist():
        h = ((h ^ w) * 16777619) & 0xffffffff
    return h


def record(x):
    return {'hash': fnv(x), 'sample': [float(v) if np.isfinite(v) else repr(float(v)) for v in x[::SAMPLE]]}


def main():
    golden = {'torch': torch.__version__, 'sample_every': SAMPLE, 'cases': {}}
    for name, x in inputs().items():
        t = torch.from_numpy(x)
        case = {'n': len(x), 'sin': record(torch.sin(t).numpy()), 'cos': record(torch.cos(t).numpy())}
        finite = np.where(np.isfinite(x) & (np.abs(x) < 1e4), x, np.float32(1.5))  # softplus: overflowing exps aside
        w = torch.from_numpy(finite).requires_grad_()
        y = torch.nn.functional.softplus(w)
        y.backward(torch.ones_like(y))
        case['softplus'] = record(y.detach().numpy())
        case['softplus_grad'] = record(w.grad.numpy())
        y2 = torch.nn.functional.softplus(torch.from_numpy(finite), beta=2.0, threshold=5.0)
        case['softplus_b2'] = record(y2.numpy())
        # the scalar tails of other cpu_kernel_vec loops: glibc's expf (std::exp)
        case['sigmoid'] = record(torch.sigmoid(torch.from_numpy(finite)).numpy())
        w = torch.from_numpy(finite).requires_grad_()
        y = torch.nn.functional.elu(w)
        y.backward(torch.ones_like(y))
        case['elu'] = record(y.detach().numpy())
        case['elu_grad'] = record(w.grad.numpy())
        # pow by a Python number: exact special kernels (3, −2, −0.5), SLEEF's and glibc's powf (1.5, 0.3, and
        # the gradient of −2: x ** −3)
        base = np.abs(finite)
        for label, e in [('pow3', 3.0), ('pow_m2', -2.0), ('pow_m05', -0.5), ('pow15', 1.5), ('pow03', 0.3)]:
            w = torch.from_numpy(base).requires_grad_()
            y = w ** e
            y.backward(torch.ones_like(y))
            case[label] = record(y.detach().numpy())
            case[label + '_grad'] = record(w.grad.numpy())
        exponent = uniform(7, len(x), 3.0)  # tensor ** tensor: powf (SLEEF's, glibc's for the tail)
        case['pow_tt'] = record((torch.from_numpy(base) ** torch.from_numpy(exponent)).numpy())
        golden['cases'][name] = case
    with open(OUT, 'w') as fh:
        json.dump(golden, fh, indent=1)
        fh.write('\n')
    print(sum(c['n'] for c in golden['cases'].values()), 'inputs')


if __name__ == '__main__':
    main()
