#!/usr/bin/python3
"""What numpy 1.24 prints for the programs the page's numpy runs, in tests/fixtures/numpy/golden.json.
tests/unit/python/numpy-golden.test.ts runs the same programs through the in-page kernel and compares;
the tests never need Python.

Run: /usr/bin/python3 scripts/numpy-golden.py   (the output is committed)

  programs  each program (after `import numpy as np`): its stdout, or its error (type, message)
"""
import contextlib
import io
import json
import pathlib

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests/fixtures/numpy/golden.json"

PROGRAMS = [
    # creation, dtype inference, attributes
    "a = np.array([1, 2, 3])\nprint(repr(a)); print(a); print(a.dtype, a.shape, a.ndim, len(a))",
    "print(repr(np.array([1.0, 2, 3])))",
    "print(repr(np.array([True, False, True])))",
    "print(repr(np.array([True, 2])))",
    "print(repr(np.array((1, 2.5))))",
    "a = np.array([[1, 2], [3, 4]])\nprint(repr(a)); print(a)",
    "a = np.array([[1., 2.5], [3, 4]])\nprint(repr(a)); print(a)",
    "print(repr(np.array([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])))",
    "print(repr(np.array([])))",
    "print(repr(np.zeros((0, 3))))",
    "print(repr(np.zeros(3)), repr(np.ones((2, 3))), repr(np.zeros((2, 2), dtype=int)))",
    "print(repr(np.arange(10)), repr(np.arange(2, 10, 3)), repr(np.arange(0, 1, 0.1)))",
    "print(repr(np.arange(10.0)))",
    "print(repr(np.linspace(0, 1, 5))); print(repr(np.linspace(-3, 3, 7))); print(repr(np.linspace(0, 1, 11)))",
    "print(repr(np.linspace(0, 2 * np.pi, 10)))",
    "print(np.array([1, 2, 3]).dtype == 'int64', np.zeros(2).dtype == np.float64, repr(np.zeros(2).dtype))",
    "a = np.arange(12).reshape(3, -1)\nprint(repr(a)); print(repr(a.T)); print(a.reshape((2, 6))); print(a.tolist())",
    "np.array([[1, 2], [3]])",
    "np.arange(6).reshape(4, -1)",
    # indexing
    "a = np.arange(12).reshape(3, 4)\nprint(a[1], a[-1, -1], a[:, 1], a[1:, ::2], a[0, 1:3], a[..., 0], a[:, None, 0].shape)",
    "a = np.array([3., -1., 4., -1.5])\nprint(a[a > 0], a[[0, 2]], a[-2:])\na[a < 0] = 0\nprint(a)",
    "a = np.zeros((2, 3))\na[0, 1] = 5\na[1] = [1, 2, 3]\na[:, 2] = 9\nprint(a)",
    "a = np.arange(5)\na[10]",
    "a = np.arange(6).reshape(2, 3)\na[0, 5]",
    "a = np.arange(6).reshape(2, 3)\na[0, 0, 0]",
    # arithmetic and comparisons
    "a = np.array([1, 2, 3]); b = np.array([4., 5., 6.])\nprint(a + b, a * 2, a / 2, a // 2, a % 2, a ** 2, 2 ** a, 1 - a, b / a)",
    "a = np.array([-7, -2, 3, 7])\nprint(a // 3, a % 3, a / 3, -a, abs(a))",
    "a = np.array([-7.5, -2.0, 3.25, 7.0])\nprint(a // 2, a % 2, a // -2.5, a % -2.5)",
    "a = np.arange(6).reshape(2, 3)\nprint(a + np.array([10, 20, 30])); print(a * np.array([[1], [2]]))",
    "np.ones((2, 3)) + np.ones((3, 2))",
    "a = np.array([1, 2, 3])\nprint(a > 1, a == 2, (a > 1) & (a < 3), repr(a >= 2))",
    "print(repr(np.array([True, False]) + 1), repr(np.array([1, 2]) + 0.5), repr(np.array([True, False]) * 2.0))",
    "print(repr(np.array([0.1, 0.2, 0.3]) * 3))",
    # maths and reductions
    "x = np.array([0., 0.5, 1., 2.])\nprint(np.exp(x)); print(np.log(x + 1)); print(np.sqrt(x)); print(np.sin(x)); print(np.cos(x)); print(np.abs(-x))",
    "a = np.arange(12).reshape(3, 4)\nprint(a.sum(), a.sum(axis=0), a.sum(axis=1), a.mean(), a.mean(axis=0), a.max(), a.min(axis=1), a.argmax(), a.argmin(axis=0))",
    "a = np.array([[1.5, -2.0, 3.25], [0.1, 0.2, 0.3]])\nprint(a.std(), a.std(axis=0), a.std(axis=1), np.sum(a), np.mean(a, axis=1), np.max(a, axis=0))",
    "np.random.seed(43052)\ng = np.random.uniform(low=-2, high=2, size=100)\nprint(g.prod(), np.prod(g), repr(g.reshape(4, 25).prod(axis=0)[:3]), g.reshape(10, 10).prod(axis=1, keepdims=True).shape)",
    "a = np.arange(1, 7).reshape(2, 3)\nprint(a.prod(), repr(a.prod(axis=0)), a.prod(axis=1), repr(np.prod([1.5, 2.0, -3.0])))",
    "x = np.linspace(0, 1, 1000)\nprint(x.sum(), (x ** 2).sum(), x.mean(), x.std(), np.sin(x).sum())",
    "x = np.arange(1, 301) / 7\nprint(x.sum(), x.mean(), x.std(), x.sum(axis=0))",
    "print(np.array([[0.1] * 10] * 20).sum(), np.array([[0.1] * 10] * 20).sum(axis=0)[0], np.array([[0.1] * 10] * 20).sum(axis=1)[0])",
    "print(np.concatenate([np.array([1, 2]), np.array([3.5])])); print(np.concatenate([np.ones((2, 2)), np.zeros((1, 2))])); print(np.concatenate([np.ones((2, 2)), np.zeros((2, 1))], axis=1))",
    "print(np.stack([np.array([1, 2]), np.array([3, 4])])); print(np.stack([np.array([1, 2]), np.array([3, 4])], axis=1))",
    "np.array([]).max()",
    # printing
    "print(repr(np.array([1e-5, 1.0]))); print(repr(np.array([1.5e-5, 1.0, 100.0]))); print(repr(np.array([1e8, 1.0])))",
    "print(repr(np.array([1e10, 2.5e-3]))); print(np.array([123456789.0, 1.0]))",
    "print(repr(np.array([0.1, 1/3, 2/3]))); print(repr(np.array([1/3, 1000.0])))",
    "print(repr(np.array([np.nan, 1.0, -np.inf]))); print(repr(np.array([np.inf, 0.5])))",
    "print(repr(np.array([-1.0, 0.0, 1.0]))); print(repr(np.array([-0.5, 12.125])))",
    "print(repr(np.arange(30) * 1.1))",
    "print(repr(np.arange(40) * 1000))",
    "print(repr(np.arange(2000))); print(np.arange(2000))",
    "print(repr(np.arange(2000.0).reshape(40, 50)))",
    "print(repr(np.arange(1001) / 3))",
    "print(repr(np.linspace(0, 1, 30).reshape(5, 6)))",
    "print(repr(np.array([[True, False], [False, True]]))); print(np.array([True, False]))",
    "print(repr(np.array([-123, 4, 56789]))); print(np.array([[-1, 10], [100, -1000]]))",
    "print(repr(np.array([1e-300, 1e300]))); print(repr(np.array([1.23456789e-7, 5.0])))",
    # random
    "np.random.seed(0)\nprint([repr(float(v)) for v in np.random.rand(5)])\nprint([repr(float(v)) for v in np.random.randn(5)])",
    "np.random.seed(42)\nprint(repr(np.random.rand(2, 3))); print(repr(np.random.randn(3, 2)))",
    "np.random.seed(1)\nprint([repr(float(v)) for v in np.random.randn(101)])",
    "np.random.seed(3)\nprint(np.random.randint(0, 10, size=20), np.random.randint(5), np.random.randint(-3, 3, size=(2, 4)))",
    "np.random.seed(3)\nprint(np.random.randint(0, 1000000, size=8), np.random.randint(0, 2**31, size=3))",
    "np.random.seed(7)\nprint([repr(float(v)) for v in np.random.normal(2.0, 0.5, size=4)], [repr(float(v)) for v in np.random.uniform(-1, 1, size=4)])",
    "np.random.seed(0)\nx = np.random.randn(1000)\nprint(repr(x.mean()), repr(x.std()), repr(x.sum()), repr(x.max()))",
    "np.random.seed(5)\na = np.random.rand()\nb = np.random.randn()\nc = np.random.random(3)\nprint(repr(a), repr(b), c)",
    # not supported: these raise NotImplementedError on the page
]


def run(source):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(source, {"np": np})
        except Exception as error:  # noqa: BLE001
            return {"source": source, "stdout": out.getvalue(), "error": {"type": type(error).__name__, "message": str(error)}}
    return {"source": source, "stdout": out.getvalue()}


def main():
    result = {"generator": "scripts/numpy-golden.py", "numpy": np.__version__, "programs": [run(p) for p in PROGRAMS]}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(PROGRAMS)} programs")


main()
