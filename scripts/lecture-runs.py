#!/usr/bin/python3
"""Runs whose numbers a lecture's prose quotes, run in real PyTorch (/usr/bin/python3 scripts/lecture-runs.py).

Each run is a program in the course's style that ends with a dict `results` of plain numbers
and lists. This script runs it in PyTorch 1.13 (one thread) and writes, per lecture,
src/data/runs/<lecture>.json = { meta, runs: { name: { program, results } } }.
A lecture prints a number with <RunNumber run="<lecture>/<name>" of="path.to.value" />, so no
number a run produces is typed by hand, and tests/unit/lecture-runs.test.ts runs every program
through the page's own kernel and requires the same results.
"""
import json
import os
import sys

import torch

torch.set_num_threads(1)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'src', 'data', 'runs')

# The lecture's data, as lecture 1 draws it with its seed (the course's notebooks draw it unseeded).
DATA = '''import torch
torch.manual_seed(43052)
X = torch.linspace(-1, 1, 2000).reshape(2000, 1)
w0 = -1
w1 = 5
u = w0 + X*w1
v = torch.exp(u)/(1+torch.exp(u))
y = torch.bernoulli(v)
'''

# One training run: Linear(1,1) + Sigmoid from a given start (or from torch.manual_seed(43052)
# right before the layer, as the source lecture does), recording (w0, w1) every 20 epochs.
TRAIN = '''
def train(loss_fn, start=None, optimizer='SGD', epochs=1000, every=20):
    if start is None:
        torch.manual_seed(43052)
    l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)
    net = torch.nn.Sequential(l1, torch.nn.Sigmoid())
    if start is not None:
        l1.bias.data = torch.tensor([float(start[0])])
        l1.weight.data = torch.tensor([[float(start[1])]])
    if optimizer == 'SGD':
        opt = torch.optim.SGD(net.parameters(), lr=0.05)
    else:
        opt = torch.optim.Adam(net.parameters(), lr=0.05)
    path = [[l1.bias.item(), l1.weight.item()]]
    for epoc in range(epochs):
        yhat = net(X)
        loss = loss_fn(yhat, y)
        loss.backward()
        opt.step()
        opt.zero_grad()
        if (epoc + 1) % every == 0:
            path.append([l1.bias.item(), l1.weight.item()])
    return {'w0': l1.bias.item(), 'w1': l1.weight.item(), 'loss': loss.item(), 'path': path}
'''

LECTURES = {
    # Lecture 01: where the seeded cells start (the seed comes before the data, so the layer's
    # weights are the numbers the generator gives after 2000 uniforms and 2000 Bernoulli draws).
    '01-logistic-regression': {
        'start': {
            'program': DATA + '''l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)
results = {'w0': l1.bias.item(), 'w1': l1.weight.item()}
''',
        },
        # After the seeded BCE cell, BCELoss with its arguments swapped (target first): the
        # 0/1 labels go through log, which BCELoss clamps at -100.
        'bce-swapped': {
            'program': DATA + '''l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)
a1 = torch.nn.Sigmoid()
net = torch.nn.Sequential(l1, a1)
optimizer = torch.optim.SGD(net.parameters(), lr=0.05)
for epoc in range(10000):
    yhat = net(X)
    loss = -torch.mean(y*torch.log(yhat) + (1-y)*torch.log(1-yhat))
    loss.backward()
    optimizer.step()
    net.zero_grad()
yhat = net(X)
results = {'right': torch.nn.BCELoss()(yhat, y).item(), 'swapped': torch.nn.BCELoss()(y, yhat).item()}
''',
        },
    },
    # Lecture 02 (the second half of 05wk-1 reconstructed): BCE and MSE compared.
    '02-bce-vs-mse': {
        'start': {
            'program': '''import torch
torch.manual_seed(43052)
l1 = torch.nn.Linear(in_features=1, out_features=1, bias=True)
results = {'w0': l1.bias.item(), 'w1': l1.weight.item()}
''',
        },
        'seeded': {
            'program': DATA + TRAIN + '''
results = {'bce': train(torch.nn.BCELoss()), 'mse': train(torch.nn.MSELoss())}
''',
        },
        'sgd': {
            'program': DATA + TRAIN + '''
good, bad = (-3, -1), (-10, -1)
results = {
    'mse_good': train(torch.nn.MSELoss(), good), 'bce_good': train(torch.nn.BCELoss(), good),
    'mse_bad': train(torch.nn.MSELoss(), bad), 'bce_bad': train(torch.nn.BCELoss(), bad),
}
''',
        },
        'adam': {
            'program': DATA + TRAIN + '''
good, bad = (-3, -1), (-10, -1)
results = {
    'mse_good': train(torch.nn.MSELoss(), good, 'Adam'), 'bce_good': train(torch.nn.BCELoss(), good, 'Adam'),
    'mse_bad': train(torch.nn.MSELoss(), bad, 'Adam'), 'bce_bad': train(torch.nn.BCELoss(), bad, 'Adam'),
}
''',
        },
    },
}


def run(program):
    scope = {}
    exec(compile(program, '<run>', 'exec'), scope)
    return scope['results']


def meta():
    return {
        'torch': torch.__version__,
        'cpuCapability': next((l.split(':')[1].strip() for l in torch.__config__.show().splitlines() if 'CPU capability' in l), None),
        'threads': torch.get_num_threads(),
        'generator': 'scripts/lecture-runs.py',
    }


if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for lecture, runs in LECTURES.items():
        payload = {'meta': meta(), 'runs': {name: {'program': spec['program'], 'results': run(spec['program'])} for name, spec in runs.items()}}
        path = os.path.join(OUT, f'{lecture}.json')
        with open(path, 'w') as f:
            json.dump(payload, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('wrote', os.path.relpath(path, ROOT), file=sys.stderr)
