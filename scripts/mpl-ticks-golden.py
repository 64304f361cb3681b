#!/usr/bin/python3
"""Which ticks matplotlib 3.6 puts on an axis and how it labels them, in
tests/fixtures/pyplot/ticks.json. tests/unit/mpl-ticks.test.ts gives the page's tick code the same
view limits and axis lengths and compares; the tests never need Python.

Run: /usr/bin/python3 scripts/mpl-ticks-golden.py   (the output is committed)

Each case draws data on an axes of a figure (figsize, grid), then records per axis the view limits
(autoscaled with matplotlib's 5% margins), the tick space (how many labels fit: get_tick_space),
every tick location the locator gives (those inside the view are drawn), their labels (unicode minus as drawn) and the offset text ("1e6", "+1e3").
"""
import json
import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests/fixtures/pyplot/ticks.json"

# (x data range, y data range): lines from the first to the last value, as a cell plots them.
RANGES = [
    ((0, 1), (0, 1)),
    ((-1, 1), (-0.0003, 0.0004)),
    ((-10, 3), (-1, 10)),
    ((0, 1000), (0.5, 0.51)),
    ((0, 10000), (1e6, 3e6)),
    ((-3.7, 12.2), (0.001, 0.0035)),
    ((2000, 2001), (-250, 37)),
    ((0, 2 * np.pi), (-1, 1)),
    ((1, 1), (5, 5)),
    ((0, 0.05), (100, 100.5)),
    ((-5e-6, 5e-6), (1e-7, 9e-7)),
    ((12345.6, 12346.1), (-1e9, 1e9)),
    ((0, 299), (0.69, 0.72)),
    ((-2, 2), (0, 0.45)),
    ((0, 9999), (0.1, 8.7)),
    ((-0.5, 0.5), (-7.3, -2.1)),
]
# Ranges a golden list would not think of: random centres and spans over 13 orders of magnitude.
_rng = np.random.RandomState(1)
for _ in range(40):
    centre = _rng.uniform(-1, 1) * 10 ** _rng.uniform(-6, 7)
    span = 10 ** _rng.uniform(-6, 7)
    a, b = centre - span * _rng.uniform(0, 1), centre + span * _rng.uniform(0, 1)
    c = _rng.uniform(-1, 1) * 10 ** _rng.uniform(-3, 4)
    RANGES.append(((float(a), float(b)), (float(c), float(c + 10 ** _rng.uniform(-4, 4)))))

FIGURES = [
    ((6.4, 4.8), (1, 1)),
    ((8, 8), (4, 2)),
    ((12, 4), (1, 3)),
    ((4, 3), (1, 1)),
    ((10, 5), (2, 2)),
]


def axis_record(axis, view):
    # Every location the locator gives (matplotlib draws those inside the view) and its label.
    locs = [float(v) for v in axis.get_majorticklocs()]
    labels = [t.get_text() for t in axis.get_majorticklabels()]
    assert len(locs) == len(labels)
    return {
        "view": [float(v) for v in view],
        "space": int(axis.get_tick_space()),
        "ticks": locs,
        "labels": labels,
        "offset": axis.get_major_formatter().get_offset(),
    }


cases = []
for figsize, (rows, cols) in FIGURES:
    for xr, yr in RANGES:
        fig, axes = plt.subplots(rows, cols, figsize=figsize, squeeze=False)
        ax = axes[0][0]
        ax.plot(np.linspace(xr[0], xr[1], 50), np.linspace(yr[0], yr[1], 50))
        fig.canvas.draw()
        cases.append({
            "data": {"x": [float(v) for v in xr], "y": [float(v) for v in yr]},
            "figsize": list(figsize),
            "grid": [rows, cols],
            "x": axis_record(ax.xaxis, ax.get_xlim()),
            "y": axis_record(ax.yaxis, ax.get_ylim()),
        })
        plt.close(fig)

OUTPUT.write_text(json.dumps({"matplotlib": matplotlib.__version__, "cases": cases}, indent=1) + "\n")
print(f"{len(cases)} cases -> {OUTPUT.relative_to(ROOT)}")
