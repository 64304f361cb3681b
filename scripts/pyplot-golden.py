#!/usr/bin/python3
"""What matplotlib 3.6 (and numpy 1.24 under it) gives for the pyplot calls the course makes, in
tests/fixtures/pyplot/golden.json. tests/unit/python/pyplot-golden.test.ts runs the same programs
through the in-page kernel and compares; the tests never need Python.

Run: /usr/bin/python3 scripts/pyplot-golden.py   (the output is committed)

  programs  each program's last expression as Jupyter shows it, or its error (type, message).
            Jupyter's IPython pretty printer is not installed here, so `shown` is repr() with
            IPython's two differences applied: a default repr `<m.Class object at 0x...>` shows as
            `<m.Class at 0x...>`, and a list or tuple wider than 79 columns puts one item per line.
            Addresses are masked as 0x… (they cannot match).
  hist      plt.hist's counts and bin edges for data sets, bins and ranges (float32: a float32 array)
  cycle     the default colour cycle (C0..C9)
"""
import json
import pathlib
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests/fixtures/pyplot/golden.json"

RANDN = [float(v) for v in np.random.RandomState(0).randn(100)]
SMALL = [1, 2, 2, 3, 3, 3, 4.5]

PROGRAMS = [
    "fig, ax = plt.subplots(4, 2, figsize=(8, 8))\nax",
    "fig, ax = plt.subplots(1, 3)\nax",
    "fig, ax = plt.subplots(3, 1)\nax.shape",
    "fig, ax = plt.subplots(2, 2)\nax.shape",
    "fig, ax = plt.subplots(2, 2)\nlen(ax)",
    "fig, ax = plt.subplots(2, 2)\nlen(list(ax.flat))",
    "fig, ax = plt.subplots(2, 2)\nax[0]",
    "fig, ax = plt.subplots(2, 2)\nax[:, 1]",
    "fig, ax = plt.subplots(2, 2)\nax[-1, -1].set_title('last')\nax[1, 1]",
    "fig, ax = plt.subplots(2, 2)\nax[2, 0]",
    "fig, ax = plt.subplots(2, 2)\nax[0, 2]",
    "fig, ax = plt.subplots(2, 2)\nax[0, 0, 0]",
    "fig, ax = plt.subplots(1, 3)\nax[3]",
    "fig, ax = plt.subplots(1, 3)\nax[0, 0]",
    "fig, ax = plt.subplots(2, 2)\nax[0, 0].plot([1, 2], [3, 4], 'o', color='C0')",
    "fig, ax = plt.subplots()\nax",
    "fig, ax = plt.subplots(figsize=(8, 8))\nfig",
    "fig, ax = plt.subplots(4, 2, figsize=(8, 8))\nfig",
    "fig, ax = plt.subplots(2, 2)\nfig.suptitle('x')",
    "fig, ax = plt.subplots()\nax.set_title('t')",
    "fig, ax = plt.subplots()\nax.set_xlabel('x')",
    "fig, ax = plt.subplots()\nax.set_ylabel('y')",
    "fig, ax = plt.subplots()\nax.set_title('t')\nax.set_xlabel('x')\nax.set_ylabel('y')\nax",
    "fig, ax = plt.subplots()\nax.set_xlim(0, 3)",
    "fig, ax = plt.subplots()\nax.set_ylim([-1, 1])",
    "fig, ax = plt.subplots()\nax.axhline(0.5)",
    "fig, ax = plt.subplots()\nax.axvline(0.5, color='r', ls='--')",
    "fig, ax = plt.subplots()\nax.fill_between([1, 2, 3], [1, 2, 1], alpha=0.3)",
    "fig, ax = plt.subplots()\nax.scatter([1, 2], [1, 2])",
    "fig, ax = plt.subplots()\nax.grid()",
    "fig, ax = plt.subplots()\nax.plot([1, 2], label='a')\nax.legend()",
    "plt.plot([1, 2])",
    "plt.plot([1, 2], [1, 4], 'r--', lw=2)",
    "plt.title('a')",
    "plt.xlabel('x')",
    "plt.ylabel('y')",
    "plt.xlim(0, 1)",
    "plt.ylim(-2, 2)",
    "plt.suptitle('s')",
    "plt.axhline(1)",
    "plt.axvline(0)",
    "plt.tight_layout()",
    "plt.subplot(2, 2, 1)",
    "plt.subplot(221)",
    "fig = plt.figure()\nfig.add_subplot(1, 2, 1)",
    "fig = plt.figure(figsize=(4, 3))\nfig",
    f"plt.hist({SMALL})",
    "plt.hist([1, 2, 3], bins=3)",
    "plt.hist([1, 2, 3], bins=[0, 1.5, 3])",
    "plt.hist([5, 5, 5])",
    "plt.hist([0.5, 1.5, 2.5, 9.5], bins=4, range=(0, 10))",
    f"plt.hist({RANDN})",
    f"plt.hist({RANDN}, bins=20)",
    f"n, bins, patches = plt.hist({RANDN}, bins=30)\nbins",
    "n, bins, patches = plt.hist([1, 2, 2, 3], bins=3, density=True)\nn",
    # numpy arrays in and out: hist's counts and edges are numpy arrays, plot keeps what it was given
    "n, bins, _ = plt.hist(np.linspace(0, 1, 5))\nn, bins",
    "n, bins, _ = plt.hist(np.array([0.1, 0.5, 0.9, 1.3], dtype=np.float32), bins=4)\nbins",
    "n, bins, _ = plt.hist(np.array([1, 2, 2, 3]))\nn.sum(), type(n), bins.dtype, len(bins)",
    "plt.plot(np.array([1.0, 2.0]), [3, 4])",
    "line, = plt.plot([1, 2], [3, 4])\nline.get_xdata(), line.get_ydata()",
    "line, = plt.plot([1.5, 2])\nline.get_data()",
    "line, = plt.plot(np.arange(3), np.array([1.5, 2.5, 3.5], dtype=np.float32))\nline.get_xdata(), line.get_ydata()",
    "line, = plt.plot(np.arange(3), np.arange(3) ** 2)\nline.set_ydata([5, 6, 7])\nline.get_ydata()",
    "lines = plt.plot(np.array([[1, 2], [3, 4], [5, 6]]))\n[l.get_ydata() for l in lines]",
    "plt.plot(1, 2, 'o')[0].get_xdata()",
    "plt.scatter(np.array([1, 2]), np.array([1.5, 2.5], dtype=np.float32))",
    "fig, ax = plt.subplots()\nax.fill_between(np.array([1, 2, 3]), np.array([1, 2, 1]), alpha=0.3)",
    "plt.xlim(np.float64(0.5), np.float32(2.5))",
    "plt.axhline(np.float32(0.5))",
]

HIST = [
    {"data": SMALL, "bins": 10},
    {"data": [1, 2, 3], "bins": 3},
    {"data": [5, 5, 5], "bins": 10},
    {"data": [0.1, 0.2, 0.3], "bins": 10},
    {"data": RANDN, "bins": 10},
    {"data": RANDN, "bins": 7},
    {"data": RANDN, "bins": 50},
    {"data": RANDN, "bins": [-3, -1, 0, 0.5, 2, 3]},
    {"data": RANDN, "bins": 10, "range": [-1, 1]},
    {"data": [0.1, 0.5, 0.9, 1.3], "bins": 10, "float32": True},
    {"data": RANDN, "bins": 10, "float32": True},
    {"data": RANDN, "bins": 33, "float32": True},
]


def pretty(value, indent=0):
    """IPython's pretty printer, for what these programs show (lists and tuples of reprs)."""
    if type(value) in (list, tuple):  # a tuple subclass with its own repr (BarContainer) prints that repr
        flat = flat_pretty(value)
        if "\n" not in flat and indent + len(flat) <= 79:
            return flat
        open_, close = ("[", "]") if isinstance(value, list) else ("(", ")")
        parts = [pretty(item, indent + 1) for item in value]
        return open_ + (",\n" + " " * (indent + 1)).join(parts) + ("," if isinstance(value, tuple) and len(value) == 1 else "") + close
    return "\n".join(line if i == 0 else " " * indent + line for i, line in enumerate(one(value).split("\n")))


def flat_pretty(value):
    if type(value) is list:
        return "[" + ", ".join(flat_pretty(v) for v in value) + "]"
    if type(value) is tuple:
        return "(" + ", ".join(flat_pretty(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return one(value)


def one(value):
    return re.sub(r"^<([\w.]+) object at (0x[0-9a-f]+)>$", r"<\1 at \2>", repr(value))


def run(source):
    plt.close("all")
    namespace = {"plt": plt, "np": np}
    *body, last = source.split("\n")
    try:
        exec("\n".join(body), namespace)
        value = eval(last, namespace)
    except Exception as error:  # noqa: BLE001
        return {"source": source, "error": {"type": type(error).__name__, "message": str(error)}}
    shown = None if value is None else re.sub(r"\b0x[0-9a-f]+", "0x…", pretty(value))
    return {"source": source, "shown": shown}


def hist(case):
    plt.close("all")
    data = np.array(case["data"], dtype=np.float32 if case.get("float32") else np.float64)
    kwargs = {"range": tuple(case["range"])} if "range" in case else {}
    n, bins, _ = plt.hist(data, bins=case["bins"], **kwargs)
    return {**case, "counts": n.tolist(), "edges": [float(b) for b in bins]}


def main():
    result = {
        "generator": "scripts/pyplot-golden.py",
        "versions": {"matplotlib": matplotlib.__version__, "numpy": np.__version__},
        "cycle": plt.rcParams["axes.prop_cycle"].by_key()["color"],
        "programs": [run(source) for source in PROGRAMS],
        "hist": [hist(case) for case in HIST],
    }
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(result['programs'])} programs, {len(result['hist'])} histograms")


main()
