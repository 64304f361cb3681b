#!/usr/bin/python3
"""Golden numbers from real PyTorch for src/lib/torch (run: /usr/bin/python3 scripts/torch-golden.py).

Writes the test goldens to tests/fixtures/torch/*.json, and the lecture's seeded runs to
src/data/torch/lecture.json: the site prints those (components/SeededTorchRun.astro), so they
live in its source, and the tests read them there. Float32 values are stored losslessly as the
8 hex digits of their IEEE bits (big-endian, e.g. 3f800000 = 1.0) so tests can compare bit for
bit; labels y are stored as a string of 0/1 characters. One thread, so PyTorch's kernels run as
one serial range.
"""
import json
import math
import os
import struct
import sys

import torch

torch.set_num_threads(1)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
TEST_GOLDENS = os.path.join(ROOT, 'tests', 'fixtures', 'torch')
SHIPPED_DATA = os.path.join(ROOT, 'src', 'data', 'torch')
SEEDS = [43052, 7, 0, 2022]


def hexes(t):
    """float32 tensor → list of 8-hex-digit bit patterns."""
    return [struct.pack('>f', v).hex() for v in t.detach().to(torch.float32).flatten().tolist()]


def bits(t):
    return ''.join('1' if v else '0' for v in t.flatten().tolist())


def meta():
    return {
        'torch': torch.__version__,
        'cpuCapability': next((l.split(':')[1].strip() for l in torch.__config__.show().splitlines() if 'CPU capability' in l), None),
        'threads': torch.get_num_threads(),
        'generator': 'scripts/torch-golden.py',
    }


def write(folder, name, payload):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), 'w') as f:
        json.dump({'meta': meta(), **payload}, f, separators=(',', ':'))
        f.write('\n')
    print('wrote', os.path.relpath(os.path.join(folder, name), ROOT), file=sys.stderr)


def rand_fixture():
    cases = []
    for seed in SEEDS:
        for n in [1, 5, 100, 1000]:
            torch.manual_seed(seed)
            cases.append({'seed': seed, 'n': n, 'values': hexes(torch.rand(n))})
        # uniform_ with bounds that are not powers of two, so fused and unfused arithmetic differ
        for lo, hi in [(-2.0, 3.0), (-1 / math.sqrt(3), 1 / math.sqrt(3)), (0.1, 0.7)]:
            torch.manual_seed(seed)
            cases.append({'seed': seed, 'n': 200, 'from': lo, 'to': hi, 'values': hexes(torch.empty(200).uniform_(lo, hi))})
    return {'cases': cases}


def bernoulli_fixture():
    cases = []
    for seed in SEEDS:
        for n in [10, 1000]:
            torch.manual_seed(seed)
            p = torch.linspace(0, 1, n)
            cases.append({'seed': seed, 'p': hexes(p), 'y': bits(torch.bernoulli(p))})
    return {'cases': cases}


def randn_fixture():
    cases = []
    for seed in SEEDS:
        for n in [1, 7, 15, 16, 17, 100, 2000]:
            torch.manual_seed(seed)
            cases.append({'seed': seed, 'sizes': [n], 'values': [hexes(torch.randn(n))]})
        # successive calls: the cached second Box–Muller value carries over between small calls
        sizes = [1, 1, 3, 16, 1, 33, 2]
        torch.manual_seed(seed)
        cases.append({'seed': seed, 'sizes': sizes, 'values': [hexes(torch.randn(n)) for n in sizes]})
    return {'cases': cases}


def linspace_fixture():
    cases = []
    for start, end in [(-1.0, 1.0), (0.0, 1.0), (-3.0, 2.5)]:
        for n in [1, 2, 5, 7, 15, 16, 17, 31, 32, 33, 100, 1001, 2000, 4097]:
            cases.append({'start': start, 'end': end, 'steps': n, 'values': hexes(torch.linspace(start, end, n))})
    return {'cases': cases}


def exp_fixture():
    # torch.exp on float32: SLEEF's expf8_u10 in blocks of 16 lanes, libm expf for the tail
    cases = []
    for start, end, n in [(-110.0, 95.0, 4099), (-6.0, 4.0, 2000), (-1e-3, 1e-3, 37)]:
        x = torch.linspace(start, end, n)
        cases.append({'x': hexes(x), 'values': hexes(torch.exp(x))})
    torch.manual_seed(0)
    x = torch.randn(1000) * 10
    cases.append({'x': hexes(x), 'values': hexes(torch.exp(x))})
    return {'cases': cases}


def linear_init_fixture():
    cases = []
    for seed in SEEDS:
        for fan_in, fan_out in [(1, 1), (2, 3), (3, 2)]:
            torch.manual_seed(seed)
            layer = torch.nn.Linear(fan_in, fan_out)
            cases.append({'seed': seed, 'in': fan_in, 'out': fan_out, 'weight': hexes(layer.weight), 'bias': hexes(layer.bias)})
    return {'cases': cases}


def lecture_run(seed, n, checkpoints):
    """The lecture's cells verbatim (data, net, BCE loop, then the homework's MSE loop)."""
    torch.manual_seed(seed)
    X = torch.linspace(-1, 1, n).reshape(n, 1)
    w0 = -1
    w1 = 5
    u = w0 + X * w1
    v = torch.exp(u) / (1 + torch.exp(u))
    y = torch.bernoulli(v)
    l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)
    a1 = torch.nn.Sigmoid()
    net = torch.nn.Sequential(l1, a1)
    optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
    case = {'seed': seed, 'n': n, 'x': hexes(X), 'u': hexes(u), 'v': hexes(v), 'y': bits(y),
            'ySum': int(y.sum().item()),
            'init': {'w1': hexes(l1.weight)[0], 'w0': hexes(l1.bias)[0]}, 'bce': [], 'mse': []}

    def snapshot(epochs, loss):
        return {'epochs': epochs, 'w1': hexes(l1.weight)[0], 'w0': hexes(l1.bias)[0], 'loss': hexes(loss)[0]}

    last = max(checkpoints)
    for epoc in range(last):
        yhat = net(X)
        loss = -torch.mean(y * torch.log(yhat) + (1 - y) * torch.log(1 - yhat))
        loss.backward()
        optimizer.step()
        net.zero_grad()
        if epoc + 1 in checkpoints:
            case['bce'].append(snapshot(epoc + 1, loss))
    loss_fn = torch.nn.MSELoss()
    for epoc in range(last):
        yhat = net(X)
        loss = loss_fn(y, yhat)
        loss.backward()
        optimizer.step()
        net.zero_grad()
        if epoc + 1 in checkpoints:
            case['mse'].append(snapshot(epoc + 1, loss))
    return case


def lecture_fixture():
    cases = []
    for seed in SEEDS:
        for n in [2000, 100]:
            cases.append(lecture_run(seed, n, {10, 100, 10000}))
    return {'w0': -1, 'w1': 5, 'lr': 0.05, 'cases': cases}


if __name__ == '__main__':
    write(TEST_GOLDENS, 'rand.json', rand_fixture())
    write(TEST_GOLDENS, 'bernoulli.json', bernoulli_fixture())
    write(TEST_GOLDENS, 'randn.json', randn_fixture())
    write(TEST_GOLDENS, 'linspace.json', linspace_fixture())
    write(TEST_GOLDENS, 'linear-init.json', linear_init_fixture())
    write(TEST_GOLDENS, 'exp.json', exp_fixture())
    write(SHIPPED_DATA, 'lecture.json', lecture_fixture())
