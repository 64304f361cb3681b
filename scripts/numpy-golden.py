#!/usr/bin/python3
"""What numpy 1.24 prints for the programs the page's numpy runs, in tests/fixtures/numpy/golden.json.
tests/unit/python/numpy-golden.test.ts runs the same programs through the in-page kernel and compares;
the tests never need Python.

Run: /usr/bin/python3 scripts/numpy-golden.py   (the output is committed)

  programs  each program (after `import numpy as np`): its stdout, or its error (type, message)
  draws     long seeded streams of normal draws (legacy RandomState: MT19937, the polar method with
            glibc's log): the sha256 of their float64 bytes and every 25 000th value, to compare bit for bit
"""
import contextlib
import hashlib
import io
import json
import pathlib

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests/fixtures/numpy/golden.json"

PROGRAMS = [
    # @ on float64 matrices (Extra-2's tastes: gemm and 1x2 @ 2x1, inner sizes up to 3), np.isnan
    "a = np.array([1.9, 0.0]).reshape(2, 1); b = np.array([2.0, 0.1]).reshape(2, 1)\n"
    "A = np.array([[1.9, 2.0, 2.5, 0.1, 0.2, 0.0], [0.0, 0.1, 1.0, 1.9, 2.1, 1.5]])\n"
    "B = np.array([[2.0, 1.9, 1.8, 0.3, 0.2, 0.1], [0.1, 0.2, 0.3, 2.1, 2.0, 1.9]])\n"
    "print(repr(a.T @ b), (a * b).sum(), repr(A.T @ B))\nprint((A.T @ B).tolist())\n"
    "x = np.arange(9.0).reshape(3, 3) * 0.1; print((x @ x).tolist(), np.array([0.1, 0.2, 0.3]) @ np.array([0.3, 0.2, 0.7]), [[0.1, 0.7]] @ b)\n"
    "print(np.isnan(np.array([1.0, np.nan])), np.isnan(np.nan), np.isnan(3), np.isnan(np.array([[np.nan], [2.0]], dtype=np.float32)))",
    "np.ones((2, 3)) @ np.ones((2, 3))",
    "np.ones(3) @ 2.0",
    # a range is a sequence of ints; strides in bytes of arrays, reshapes and transposes (10wk-1)
    "a = np.array(range(6)).reshape(3, 2)\nprint(repr(a), a.strides, np.array(range(4)).reshape(2,2).strides)\n"
    "print(np.zeros((2, 3), dtype=np.float32).strides, np.array([True, False]).strides, np.array(3.0).strides)\n"
    "print(a.T.strides, a.T.reshape(6).dtype, np.array(range(2, 11, 3)), np.array([range(3), range(3)]).shape)\n"
    "print(np.arange(6).reshape(3, 1, 2).strides, a.transpose().transpose().strides)",
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
    # meshgrid (loss surfaces over a grid of weights)
    "X, Y = np.meshgrid(np.arange(3), np.linspace(0, 1, 2))\nprint(repr(X)); print(repr(Y))",
    "X, Y = np.meshgrid([1, 2], [3, 4, 5], indexing='ij')\nprint(repr(X)); print(repr(Y)); print(X.shape)",
    "print(np.meshgrid(np.array([[1, 2], [3, 4]]), [5]))",
    "print(np.meshgrid([1, 2]))",
    "print(np.meshgrid())",
    "a, b, c = np.meshgrid([1, 2], [3], [4, 5, 6])\nprint(a.shape, b.shape, c.shape); print(repr(c))",
    "np.meshgrid([1], [2], indexing='yx')",
    # printing
    "print(repr(np.array([1e-5, 1.0]))); print(repr(np.array([1.5e-5, 1.0, 100.0]))); print(repr(np.array([1e8, 1.0])))",
    "print(repr(np.array([1e10, 2.5e-3]))); print(np.array([123456789.0, 1.0]))",
    "print(repr(np.array([0.1, 1/3, 2/3]))); print(repr(np.array([1/3, 1000.0])))",
    "print(repr(np.array([1.5, 1e-5, 0.0, 1/3, 1e10]))); print(repr(np.array([5e-324, 1e-300, -2.5e-10]))); print(repr(np.array([np.float32(5.29449), np.float32(1e-3), np.float32(1/3)])))",
    # exp and log: float64 through SVML, float32 through numpy's own AVX-512F kernels
    "x = np.linspace(-6, 6, 9)\nprint([repr(float(v)) for v in np.exp(x)]); print(repr(np.exp(x.astype(np.float32)))); print(repr(np.log(np.abs(x.astype(np.float32)) + 0.25)))",
    "print(repr(np.exp(0.1)), repr(np.exp(np.float32(0.1))), repr(np.log(np.float32(7))), repr(np.exp(np.array([-740.0, 708.5, 1e-17, -np.inf, np.inf, np.nan]))))",
    "x = np.linspace(0.01, 50, 11)\nprint([repr(float(v)) for v in np.log(x)]); print(repr(np.log(np.array([0.0, -1.0, 5e-324, 1e-310, 1.7976931348623157e308, np.inf, np.nan]))), repr(np.log(2.5)))",
    "x = np.linspace(-4, 4, 13)\nprint([repr(float(v)) for v in np.tanh(x)]); print(repr(np.tanh(x.astype(np.float32)))); print(repr(np.tanh(np.array([-0.0, 1e-300, 25.0, -np.inf, np.nan, 1e308]))))",
    "x = np.linspace(-7, 7, 15)\nprint([repr(float(v)) for v in np.sin(x)]); print([repr(float(v)) for v in np.cos(x)]); print(repr(np.sin(-0.0)), repr(np.cos(1e-9)), repr(np.sin(np.array([np.nan, np.inf, 1.6e7]))), repr(np.cos(2.6e7)))",
    "x = np.linspace(-7, 7, 15).astype(np.float32)\nprint(repr(np.sin(x))); print(repr(np.cos(x))); print(repr(np.sin(np.float32(-0.0))), repr(np.cos(np.float32(1e4))), repr(np.sin(np.array([np.nan, 117435.99], dtype=np.float32))))",
    "print(repr(np.exp(np.array([-104.0, -90.0, 88.5, 88.8, np.nan], dtype=np.float32))), repr(np.log(np.array([0, -1, 1e-45, 3e38, np.inf], dtype=np.float32))))",
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
    # float32 arrays and numpy scalars
    "f = np.array([1, 2], dtype=np.float32)\nprint(repr(f)); print(f); print(f.dtype, f.dtype.itemsize, repr(np.zeros(3, dtype='float32')), repr(np.arange(3, dtype=np.float32)))",
    "f = np.array([0.1, 0.2, 0.3], dtype=np.float32)\nprint(repr(f.sum()), repr(f.mean()), repr(f.std()), repr(f.var()), repr(f.max()), repr(f.min()), f.argmax())\nprint(type(f.sum()), type(f[0]), type(f.argmax()), type(np.array([1.5]).sum()), type(np.array([1, 2]).sum()), type(np.array([True]).sum()))",
    "f = np.array([1.5, 2.25], dtype=np.float32)\nfor other in [2, 0.1, 70000, -40000, 1e40, np.float64(0.1), np.int64(3), np.array(2.0), np.array([1, 2]), np.array([0.5, 0.5]), True]:\n    r = f * other\n    print(r.dtype, repr(r), (other + f).dtype)",
    "a = np.array([1, 2])\nb = np.array([True, False])\nfor other in [np.float32(1.5), 1.5, 300, np.array(2.5, dtype=np.float32)]:\n    print((a + other).dtype, (b + other).dtype, repr(a * other))",
    "x = np.float32(0.1)\nfor r in [x + x, x * 2, x * 2.0, x / 3, x + True, x ** 2, -x, abs(-x), x // 0.03, x % 0.03, np.int64(7) // 2, np.int64(7) / 2, np.bool_(True) + 1, np.float64(0.5) * np.float32(3)]:\n    print(type(r).__name__, repr(r))",
    "print(repr(np.float32(0.1)), repr(np.float32(1e-5)), repr(np.float32(123456789)), repr(np.float32(1e16)), repr(np.float32(-0.0)), repr(np.float32(np.inf)), repr(np.float32(np.nan)), repr(np.float32(2.5e-3)))\nprint(repr(np.float64(0.1)), repr(np.float64(1e16)), repr(np.int64(7)), repr(np.bool_(True)), np.float32(1) / 3)",
    "x = np.float32(0.1)\nprint(f'{x}', f'{x:.3f}', '%s' % x, '%.2f' % x, str(x), [x, np.float64(0.2), np.int64(3), np.bool_(False)], f'{np.int64(5):>4}', f'{np.float64(2.5):.1f}')",
    "f = np.array([0.1, 2.5], dtype=np.float32)\nprint(f.tolist(), f[0].item(), float(f[0]), int(f[1]), f.sum().item(), type(f.sum().item()), type(np.int64(3).item()), np.float32(0.5).dtype, np.float64(1).shape, np.float64(1).ndim)",
    "f = np.array([0.1, 2.0], dtype=np.float32)\nprint(f == 0.1, f[0] == 0.1, f > 0.1, f[0] > np.float64(0.1), repr(f[0] == f[0]), type(f[0] < 1))",
    "x = (np.arange(1, 1001) / 7).astype(np.float32)\nprint(repr(x.sum()), repr(x.mean()), repr(x.std()), repr(x.var()), repr(np.sum(x)), repr(np.mean(x)))\ny = x.reshape(40, 25)\nprint(repr(y.sum(axis=0)[:5]), repr(y.sum(axis=1)[:5]), repr(y.mean(axis=0)[:3]), repr(y.std(axis=1)[:3]))",
    "np.random.seed(0)\nx = np.random.randn(5000).astype(np.float32)\nprint(repr(x.sum()), repr(x.mean()), repr(x.std()), repr(x[:4]), repr(x.max()))",
    "print(repr(np.array([1e-5, 1.0], dtype=np.float32))); print(repr(np.array([0.1, 1/3, 2/3], dtype=np.float32))); print(repr(np.linspace(0, 1, 7).astype(np.float32))); print(np.array([[1.5, 2], [3, 4]], dtype=np.float32)); print(repr(np.linspace(-1, 1, 30).astype(np.float32)))",
    "print(repr(np.array([1e10, 1.0, 0.5], dtype=np.float32))); print(repr(np.array([np.nan, 0.1, -np.inf], dtype=np.float32))); print(repr(np.array([], dtype=np.float32))); print(repr(np.zeros((2, 0), dtype=np.float32)))",
    "a = np.arange(4.0)\nb = a\na += 1\nprint(b)\nc = np.array([1, 2])\nc *= 3\nprint(c)\nf = np.array([1, 2], dtype=np.float32)\nf += 0.1\nprint(repr(f))\nf -= np.array([0.1, 0.2])\nprint(repr(f))",
    "a = np.array([1, 2])\na += 1.5",
    "a = np.ones(2)\na += np.ones((2, 2))",
    "print(round(np.float64(2.675), 2), round(np.float32(0.1234567), 3), round(np.float64(2.5)), type(round(np.float64(2.5))), type(round(np.float32(1.26), 1)))\nprint(np.round(np.array([0.125, 2.675, -1.5]), 2), repr(np.array([1.25, 3.55], dtype=np.float32).round(1)), np.float64(1.23456).round(2))",
    "f = np.array([0.1, 2.0], dtype=np.float32)\nprint(list(f), max(f), sum(f), type(sum(f)), sorted(f, reverse=True), [x for x in np.array([1, 2])], 2.0 in f, 0.1 in f)",
    "f = np.array([-1.5, 0.5], dtype=np.float32)\nprint(repr(np.maximum(f, 0)), repr(np.where(f > 0, f, 0.1)), repr(np.abs(f)), repr(np.sqrt(np.abs(f))), repr(np.minimum(f, np.float64(0.25))))",
    "print(repr(np.float32([1, 2])), repr(np.float64(np.float32(0.1))), repr(np.int64(2.7)), repr(np.bool_(0)), isinstance(np.float32(1), np.float32), isinstance(np.float64(1), np.float32), repr(np.float32()))",
    "print(repr(np.array([np.float32(1), 2.0])), repr(np.array([np.float32(1), np.float32(2)])), repr(np.array([np.float32(1), True])), repr(np.array([np.int64(1), 2])))",
    "print(repr(np.array(1.5, dtype=np.float32) + 1), type(np.array(1.5) * 2), repr(np.exp(1.0)), type(np.exp(1.0)), repr(np.sqrt(np.float32(2))), repr(np.array(2.0)), repr(np.array(2.0, dtype=np.float32)))",
    "a = np.array([0, 1])\nprint(a.any(), a.all(), type(a.any()), np.zeros(2, dtype=np.float32).dtype == np.float32, np.dtype('float32'), np.float32, repr(np.array([1.5], dtype='f4').astype(int)))",
    "f = np.array([1.5, -2.5, 7.0], dtype=np.float32)\nprint(repr(f // 2), repr(f % 2), repr(f / 3), repr(f ** 2), repr(2 ** f), repr(-f), repr(f ** 0.5))",
    "a = np.array([1.5, 2.5, 4.0])\ni = np.array([3, 1, 2])\nf = a.astype(np.float32)\nprint('%d' % np.int64(3), '%.2f' % a.mean(), '{} {:.3f}'.format(f.mean(), f.mean()), '%s|%r' % (f[0], f[0]))\nprint(max(a), min(i), sum(i), sum(a), type(sum(i)))\nd = {a.sum(): 'x'}\nprint(d, 8.0 in d, d[8.0])",
    "import math\na = np.array([1.5, 2.5, 4.0])\ni = np.array([3, 1, 2])\nf = a.astype(np.float32)\nprint(str(np.float32(0.1)), repr(f.mean()), round(a.mean(), 1), round(f.std(), 3))\nprint(math.sqrt(a.sum()), math.floor(f[1]), int(i.argmax()), [10, 20, 30][i.argmin()], list(range(i.max())))\nx = a.sum()\nx += 1\nprint(x, type(x), -x, x > 5, x == 9.0, np.float64(3) == 3)\nprint(i[np.int64(1)], a[i.argmax()], f.tolist(), len(f), f.shape, f.T.shape, f.reshape(3, 1).shape, f.flatten().dtype, f.copy().dtype)",
    "{np.array([1, 2]): 1}",
    # random
    "np.random.seed(0)\nprint([repr(float(v)) for v in np.random.rand(5)])\nprint([repr(float(v)) for v in np.random.randn(5)])",
    "np.random.seed(42)\nprint(repr(np.random.rand(2, 3))); print(repr(np.random.randn(3, 2)))",
    "np.random.seed(1)\nprint([repr(float(v)) for v in np.random.randn(101)])",
    "np.random.seed(3)\nprint(np.random.randint(0, 10, size=20), np.random.randint(5), np.random.randint(-3, 3, size=(2, 4)))",
    "np.random.seed(3)\nprint(np.random.randint(0, 1000000, size=8), np.random.randint(0, 2**31, size=3))",
    "np.random.seed(7)\nprint([repr(float(v)) for v in np.random.normal(2.0, 0.5, size=4)], [repr(float(v)) for v in np.random.uniform(-1, 1, size=4)])",
    "np.random.seed(0)\nx = np.random.randn(1000)\nprint(repr(x.mean()), repr(x.std()), repr(x.sum()), repr(x.max()))",
    "np.random.seed(5)\na = np.random.rand()\nb = np.random.randn()\nc = np.random.random(3)\nprint(repr(a), repr(b), c)",
    "np.random.seed(2)\nprint(repr(np.random.standard_normal()), repr(np.random.standard_normal(3)), np.random.standard_normal((2, 2)).shape)",
    # not supported: these raise NotImplementedError on the page
    # np.float64 ** is the scalar maths' C pow (glibc's), not the ufunc's kernel
    "xs = [np.float64(0.1 * i + 0.013) for i in range(1, 60)]\nprint([x ** 1.7 for x in xs])\n"
    "print([x ** np.float64(3.0) for x in xs[:30]], [2.5 ** x for x in xs[30:]], [x ** -2 for x in xs[:10]])",
    # float64 array ** is SVML's __svml_pow8 (scalar exponents 0, ±1, 0.5 and 2 skip it: square, sqrt, …)
    "a = np.arange(1, 80) * 0.1 + 0.013\nprint((a ** 1.7).tolist())\nprint((a ** 3).tolist())\nprint((a ** -2.0).tolist())\n"
    "print((a ** 0.3).tolist())\nprint((2.5 ** a[:30]).tolist(), (a[:20] ** a[20:40]).tolist())\n"
    "print((a[:20] ** 2).tolist(), (a[:20] ** 0.5).tolist(), (a[:20] ** -1).tolist())",
    # views: basic slices, .T, transpose and reshape share memory with their array, both ways
    "a = np.arange(6.0).reshape(2, 3)\ns = a[:, 0]\ns[1] = 50\nr = a[1]\nr += 1\nprint(a)\na[0, 0] = -3\nprint(s, r, a.T[0])",
    "a = np.zeros((3, 4))\na[1][2] = 5\na[::2, ::3] = 7\nb = a.T\nb[0, 1] = -1\nt = a.transpose()[1:, :2]\nt *= 10\nprint(a)",
    "a = np.arange(12).reshape(3, 4)\nv = a[1:, ::2]\nw = v.T\nw[1, 0] = 100\nprint(a, v, sep='\\n')\na += 1\nprint(w)",
    "a = np.arange(8.0)\nr = a.reshape(2, 4)\nr[1, 1] = -5\nc = r[:, 1:3].reshape(4)\nc[0] = 99\nprint(a, c)",
    "a = np.arange(6).reshape(2, 3)\nt = a.T.reshape(6)\nt[0] = 42\nf = a.ravel()\nf[1] = -1\nprint(a, t)",
    "a = np.arange(6).reshape(2, 3)\nv = a[None, :, 1]\nv[0, 1] = 7\nx = a[..., ::-1]\nx[0, 0] = -9\nprint(a, v, x, sep='\\n')",
    "a = np.zeros(4)\na[1:3] += 2\na[::2] -= 1\nb = a[1:]\nb[:] = b * 2\nprint(a, b)",
    "a = np.arange(24.0).reshape(2, 3, 4)\nr = a[..., 1][:, None].ravel()\nr[...] = 0\nq = a[0].ravel()\nq[1] = -1\nz = a[1, 2][..., 3]\nz[...] = 100\nprint(a.sum(), repr(z), z.shape, q[:3], r)",
    "a = np.arange(12.0).reshape(3, 4)\nprint(a[::2, 1:].strides, a[:, None, 1].strides, a.T[1:].strides, a[:, 1].reshape(3, 1).strides, a[::-1].strides, a[1].ravel().strides)",
    "a = np.arange(12).reshape(3, 4)\nv = a[::-1, ::-2]\nv += 1000\nw = a.T[::-1]\nw[0, 0] = -7\nprint(a, v, w.reshape(-1)[:4], sep='\\n')",
]

# (seed, method, loc/scale): 5 × 250 000 draws, 1.25 million in all.
DRAWS = [(0, "randn", None), (1, "randn", None), (43052, "standard_normal", None), (2**32 - 1, "normal", (3.0, 2.5)), (202212, "normal", (-1.0, 0.1))]
DRAW_COUNT = 250_000
SAMPLE_EVERY = 25_000


def draws(seed, method, params):
    np.random.seed(seed)
    if method == "randn":
        x = np.random.randn(DRAW_COUNT)
    elif method == "standard_normal":
        x = np.random.standard_normal(size=DRAW_COUNT)
    else:
        x = np.random.normal(*params, size=DRAW_COUNT)
    samples = {str(i): repr(float(x[i])) for i in [*range(0, DRAW_COUNT, SAMPLE_EVERY), DRAW_COUNT - 1]}
    return {"seed": seed, "method": method, "params": params, "count": DRAW_COUNT,
            "sha256": hashlib.sha256(x.astype("<f8").tobytes()).hexdigest(), "samples": samples}


def run(source):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(source, {"np": np})
        except Exception as error:  # noqa: BLE001
            return {"source": source, "stdout": out.getvalue(), "error": {"type": type(error).__name__, "message": str(error)}}
    return {"source": source, "stdout": out.getvalue()}


def main():
    result = {"generator": "scripts/numpy-golden.py", "numpy": np.__version__, "programs": [run(p) for p in PROGRAMS],
              "draws": [draws(*d) for d in DRAWS]}
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(PROGRAMS)} programs")


main()
