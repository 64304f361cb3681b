#!/usr/bin/python3
"""What pandas 1.5.3 prints and shows for the programs the page's pandas runs, in tests/fixtures/pandas/golden.json.
tests/unit/python/pandas-golden.test.ts runs the same programs through the in-page kernel (with the CSV files of
tests/fixtures/pandas/ as its files) and compares; the tests never need Python.

Run: /usr/bin/python3 scripts/pandas-golden.py   (the output is committed)

  programs  each program (after `import pandas as pd`, `import numpy as np`), run as a Jupyter cell with
            Jupyter's display options (display.max_columns 20; the rest are pandas' defaults): its stdout, or
            its error (type, message), and what the cell shows for a last expression: `html`, the
            `_repr_html_()` of a DataFrame, or `text`, the repr of anything else.
pandas parses numbers with its own precise_xstrtod (17 digits, then one multiply or divide by a power of ten),
which is not always the correctly rounded double float() gives (2799 of the 26200 numbers in the course's CSV files
differ by an ulp); the `tolist()` programs print parsed values in full so the page's parser is held to pandas'.
"""
import ast
import contextlib
import io
import json
import os
import pathlib

import numpy as np
import pandas as pd
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests/fixtures/pandas"
OUTPUT = FIXTURES / "golden.json"

REG = "df = pd.read_csv('2022-09-22-regression.csv')\n"
EX0 = "df = pd.read_csv('2022-10-04-dnnex0.csv')\n"
EX3 = "df = pd.read_csv('2022-10-04-dnnex3.csv')\n"
MIX = "df = pd.read_csv('mixed.csv')\n"
SMALL = "df = pd.DataFrame({'x': [1.5, -2.0, 3.25, 0.5], 'y': [1, 2, 3, 4], 's': ['a', 'b', 'c', 'd']})\n"

PROGRAMS = [
    # ── the course's cells: read_csv and the notebook's table ──
    REG + "df",
    EX0 + "df",
    EX3 + "df",
    "df = pd.read_csv('2022-10-04-dnnex2.csv')\nprint(df.head()); print(df.shape)",
    "df = pd.read_csv('ass2_overparameterized_model.csv')\nprint(df); print(df.dtypes)",
    "_df = pd.DataFrame({'x': range(-6, 7), 'y': [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1]})\n_df",
    "_df = pd.DataFrame({'x': range(-6, 7), 'y': [0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1]})\nprint(_df)",
    REG + "print(df)",
    REG + "print(df.x.tolist()); print(df.y.tolist())",
    "for name in ['2022-10-04-dnnex0.csv', '2022-10-04-dnnex1.csv', '2022-10-04-dnnex2.csv', '2022-10-04-dnnex3.csv', 'ass2_overparameterized_model.csv']:\n"
    "    df = pd.read_csv(name)\n    print([df[c].tolist()[::20] for c in df.columns])",
    EX0 + "print(df); print(len(df), df.shape)",
    # ── read_csv: types, missing values, options ──
    MIX + "print(df); print(df.dtypes)",
    MIX + "df",
    MIX + "print(repr(df.memo[0]), repr(df.memo[2]), repr(df.age[3]), repr(df.name[0]), df.passed[0])",
    "df = pd.read_csv('semicolon.csv', sep=';')\nprint(df); print(df.dtypes)",
    "df = pd.read_csv('semicolon.csv')\nprint(df); print(df.columns)",
    "df = pd.read_csv('2022-09-22-regression.csv', header=None)\nprint(df.head(3)); print(df.dtypes); print(df.columns)",
    "df = pd.read_csv('2022-09-22-regression.csv', names=['a', 'b'], header=0)\nprint(df.tail(2))",
    "pd.read_csv('no-such-file.csv')",
    "pd.read_csv('cp949.csv')",
    "pd.read_csv('cut.csv')",
    "print(pd.read_csv(open('mixed.csv')).shape, pd.read_csv(open('mixed.csv', 'rb')).shape)\nwith open('semicolon.csv') as f:\n    print(pd.read_csv(f, sep=';'))",
    "pd.read_csv(open('cp949.csv', 'rb'))",
    "import io\nprint(pd.read_csv(io.StringIO('a,b\\n1,x\\n2,\\n'))); print(io.UnsupportedOperation)",
    # ── attributes ──
    REG + "print(df.columns); print(df.index); print(df.shape, len(df), df.size, df.ndim)",
    REG + "print(df.dtypes); print(df.x.dtype, df.y.dtype == 'float64', df.x.dtype == np.float64)",
    REG + "print(df[df.x > 0].index)",
    REG + "print(df.head(3).index, df.tail(3).index)",
    SMALL + "print(list(df), 'x' in df, 'z' in df, len(df.columns))",
    SMALL + "print(type(df), type(df.x), type(df.index), type(df.columns), type(df[df.x > 0].index))",
    # ── columns and selection ──
    REG + "print(df.x.head()); print(df['y'].tail(3))",
    REG + "df.x",
    REG + "df['y'].head()",
    SMALL + "df[['s', 'x']]",
    SMALL + "print(df[['y']]); print(isinstance(df['x'], pd.Series), isinstance(df[['x']], pd.DataFrame), isinstance(df, pd.Series))",
    SMALL + "df['z']",
    SMALL + "df.z",
    SMALL + "df[['x', 'z']]",
    REG + "print(df[df.x > 2]); print(df[(df.x > 0) & (df.y < 2)]); print(df[(df.x < -2.3) | (df.x > 2.6)])",
    REG + "df[df.y > 12]",
    SMALL + "print(df[df.s == 'b']); print(df[df.s != 'b'].s.tolist()); print(df[~(df.y > 2)])",
    SMALL + "print(df.iloc[0]); print(df.iloc[-1].tolist()); print(df.iloc[1:3]); print(df.iloc[2, 0], df.iloc[0, 1])",
    SMALL + "print(df.iloc[:, 0]); print(df.iloc[[0, 2], [0, 1]])",
    SMALL + "print(df.loc[2]); print(df.loc[df.x > 0, 'y']); print(df.loc[:, ['s', 'y']]); print(df.loc[1, 's'])",
    REG + "print(df.x[0], df.x[99], df.y[df.x > 2.6].tolist())",
    REG + "print(df.x[97:]); print(df.x.iloc[-1], df.x.values[:3])",
    REG + "df[df.x > 0].x[3]",
    # ── building frames ──
    "pd.DataFrame({'a': [1, 2, 3], 'b': [0.5, None, 2.0], 'c': ['x', None, 'z'], 'd': [True, False, True]})",
    "print(pd.DataFrame([[1, 2.5], [3, 4.0]])); print(pd.DataFrame([[1, 'a'], [2, 'b']], columns=['n', 's']))",
    "df = pd.DataFrame(np.arange(6).reshape(3, 2), columns=['p', 'q'])\nprint(df); print(df.dtypes); print(df.columns, df.index)",
    "print(pd.DataFrame(np.array([[0.1, 2.0], [3.5, -1.0]])).columns)",
    "pd.DataFrame({'a': [1, 2], 'b': [1]})",
    "pd.DataFrame({'a': 1, 'b': 2})",
    "print(pd.DataFrame({'a': [1, 2, 3], 'k': 0}))",
    "df = pd.DataFrame({'x': [1.0, 2.0]}, index=['r1', 'r2'])\nprint(df); print(df.index); print(df.x['r2'])",
    "df = pd.DataFrame({'x': [1, 2, 3]})\ndf['y'] = df.x * 10\ndf['z'] = [7, 8, 9]\ndf['w'] = 0.5\nprint(df)\ndel df['y']\nprint(df.columns)",
    "df = pd.DataFrame({'x': [1, 2, 3]})\ndel df['q']",
    SMALL + "df.columns = ['A', 'B', 'C']\nprint(df.head(2)); print(df.columns)",
    SMALL + "print(df.assign(z=df.x * 2, w=[0, 1, 0, 1]))",
    SMALL + "print(df.query('y >= 3')); print(df.query('s == \"a\"'))",
    "df = pd.DataFrame(np.arange(12).reshape(4, 3))\nprint(df.assign(y=[0, 1, 0, 2]).query('y==0'))",
    "print(pd.DataFrame({'a': []})); print(pd.DataFrame())",
    "pd.DataFrame({'a': [], 'b': []})",
    # ── Series ──
    "s = pd.Series([1, 2, 3])\nprint(s); print(s.sum(), s.mean(), s.max(), s.min(), len(s))",
    "s = pd.Series([1.5, None, 3.0], name='v')\nprint(s); print(s.sum(), s.mean(), s.count(), s.max())",
    "s = pd.Series(['a', 'bb', None])\ns",
    "pd.Series([True, False, True], name='ok')",
    "s = pd.Series(range(5), name='n')\nprint(s * 2); print(s / 2); print(s // 2, s % 3, s ** 2)",
    "s = pd.Series([0.5, -1.5, 2.0])\nprint(-s); print(abs(s)); print(s + 1); print(1 - s); print(s * s); print(s > 0); print((s > 0) | (s < -1))",
    "s = pd.Series([1, 2, 3], index=[10, 20, 30])\nprint(s[20], s.iloc[0]); print(s[s > 1]); print(s.index)",
    "s = pd.Series([1.0, 2.0, 3.0])\nprint(list(s), s.tolist(), [v for v in s], s.to_numpy(), s.values)",
    "s = pd.Series(np.linspace(0, 1, 100))\ns",
    "s = pd.Series(np.linspace(0, 1, 100))\nprint(s.head(3)); print(s.tail(2))",
    "s = pd.Series([1, 2, 3])\nprint(s.apply(lambda v: v * 1.5)); print(s.astype(float)); print(s.map(lambda v: 'n' + str(v)))",
    "pd.Series([1, 2]) + pd.Series([1, 2, 3])",
    REG + "print(df.x + df.y); print((df.x - df.y).abs().max())",
    REG + "print(df.x.mean(), df.x.sum(), df.x.std(), df.x.var(), df.x.min(), df.x.max(), df.x.median(), df.x.count())",
    EX0 + "print(df.x.mean(), df.underlying.std(), df.y.sum(), df.underlying.median(), df.y.mean())",
    EX3 + "print(df.x1.std(), df.x2.var(), df.x1.sum(), df.x2.mean())",
    "s = pd.Series([3, 1, 4, 1, 5])\nprint(s.std(), s.var(), s.median(), s.std(ddof=0), s.sum(), s.mean())",
    # ── frame reductions and describe ──
    REG + "print(df.mean()); print(df.sum()); print(df.max()); print(df.min()); print(df.std())",
    SMALL + "print(df[['x', 'y']].mean()); print(df[['x', 'y']].sum()); print(df[['y']].max())",
    REG + "df.describe()",
    REG + "print(df.describe())",
    EX0 + "print(df.describe())",
    MIX + "print(df.describe())",
    "df = pd.DataFrame({'a': [1, 2, 3, 4], 'b': [10, 20, 30, 45]})\nprint(df.describe()); print(df.a.describe())",
    "np.random.seed(1)\na = np.random.rand(5000, 2) * 10 + 0.1\ndf = pd.DataFrame(a)\nm = df[0] > 1\n"
    "print(repr(df.sum()[1]), repr(df[1].sum()), repr(df.mean()[1]), repr(df[m].sum()[1]), repr(df.head(4000).sum()[1]))\n"
    "print(repr((df * 2).sum()[1]), repr(df.copy().sum()[1]), repr(df.assign(z=1.0).sum()[1]), repr(pd.DataFrame(a.tolist()).sum()[1]))",
    # ── the types pandas hands out: numpy scalars, Python numbers ──
    "import torch\ns = pd.Series([1.5, 2.5]); i = pd.Series([1, 2]); b = pd.Series([True, False]); f = pd.Series(torch.tensor([0.1, 0.2]))\n"
    "df = pd.DataFrame({'x': [1.5, 2.5], 'n': [1, 2]})\nt = lambda v: type(v).__name__\n"
    "print([t(v) for v in [s.sum(), s.mean(), s.max(), s.std(), s.median(), s.count(), i.sum(), i.mean(), i.max(), i.std(), i.median(), b.sum(), b.max(), b.mean()]])\n"
    "print([t(v) for v in [s[0], s.iloc[0], s.loc[0], i[0], b[0], df.iloc[0, 0], df.loc[0, 'n'], df.x[1], s.idxmax(), s.argmax(), list(s)[0], s.tolist()[0]]])\n"
    "print(f[0], f.max(), f.tolist(), list(f), f.values, f.values.dtype)\n"
    "print(df.iloc[0]['n'], t(df.iloc[0]['n']), t(s.values[0]), t(pd.Index([1, 2])[0]), t(df.index[0]), t(df.columns[0]), t(s.item()), t(df.mean()[0]), t(df.sum()['n']))",
    "s = pd.Series([0.5, 1.0, 2.0], name='v')\nprint(np.exp(s)); print(np.sqrt(s) + 1); print(np.array(s), np.asarray(s).dtype, np.maximum(s, 0.75))",
    "df = pd.DataFrame({'x': [0.5, 1.0]})\nprint(np.log(df.x).tolist(), np.array(df.values).shape)",
    # ── numpy and torch ──
    REG + "print(repr(df.x.values[:3]), df.x.values.shape, df.values.shape, repr(df.values[:2]))",
    SMALL + "print(repr(df[['x', 'y']].to_numpy())); print(repr(df.y.to_numpy()))",
    "import torch\n" + REG + "x = torch.tensor(df.x)\nprint(x[:3], x.dtype, x.shape)",
    "import torch\n" + REG + "x = torch.tensor(df.x, dtype=torch.float32).reshape(100, 1)\ny = torch.tensor(df.y).float().reshape(-1, 1)\nprint(x[:3], y[-2:], x.dtype, y.dtype)",
    "import torch\n" + REG + "X = torch.tensor(df.values)\nprint(X[:2], X.dtype, X.shape)",
    "import torch\n" + SMALL + "print(torch.tensor(df.y), torch.tensor(df[['x', 'y']].values))",
    "import torch\nt = torch.tensor([[1.0, 2.5], [3.0, 4.0]])\ndf = pd.DataFrame(t)\nprint(df); print(df.dtypes)",
    "import torch\nx = torch.linspace(-1, 1, 5)\ndf = pd.DataFrame({'x': x, 'y': x * 2 + 0.1, 'n': torch.tensor([1, 2, 3, 4, 5])})\nprint(df); print(df.dtypes); print(torch.tensor(df.x))",
    "import torch\nx = torch.linspace(-1, 1, 5)\ndf = pd.DataFrame({'x': x})\ndf",
    "import torch\nyhat = torch.tensor([[0.2], [0.7]], requires_grad=True)\npd.DataFrame({'a': [1, 2]}).assign(yhat=yhat.reshape(-1).detach().tolist())",
    "import torch\npd.DataFrame(torch.tensor([[1.0, 2.0]], requires_grad=True))",
    # ── printing: float formatting, widths, truncation ──
    "print(pd.DataFrame({'a': [1e7, 2.5], 'b': [1e-7, 1.0], 'c': [123456.789, 1.0], 'd': [1e6, 1.0]}))",
    "print(pd.DataFrame({'a': [1234567.891, 0.5], 'b': [np.inf, -1.0], 'c': [np.nan, np.nan], 'd': [0.0, -0.0]}))",
    "print(pd.Series([1e-10, 1.0])); print(pd.Series([1e20, 1.0])); print(pd.Series([0.1 + 0.2, 1 / 3]))",
    "print(pd.DataFrame({'s': ['x' * 60, 'short'], 'n': [1, -22]}))",
    "pd.DataFrame({'s': ['x' * 60, '<a href=\"#\">&amp;</a>'], 'n': [1, -22]})",
    "df = pd.DataFrame({f'c{i}': [i * 1.5, -i * 0.25] for i in range(12)})\nprint(df)",
    "df = pd.DataFrame({f'c{i}': [i, -i] for i in range(25)})\nprint(df)",
    "df = pd.DataFrame({f'c{i}': [i, -i] for i in range(25)})\ndf",
    "df = pd.DataFrame({'v': np.arange(60) * 0.5})\ndf",
    "df = pd.DataFrame({'v': np.arange(61) * 0.5})\ndf",
    "df = pd.DataFrame({'v': np.arange(61) * 0.5})\nprint(df)",
    "df = pd.DataFrame({'k': range(1000, 1200), 'v': np.arange(200) ** 2})\nprint(df)",
    "print(pd.Series(np.arange(61)))",
    "print(pd.Series(['a'] * 61, name='s'))",
    "print(pd.Series([], dtype=float)); print(pd.Series([1.5], name=0))",
    "print(pd.DataFrame({'a': [1, 2]}).to_string()); print(pd.DataFrame({'v': np.arange(70)}).to_string()[-20:])",
    "print(repr(pd.DataFrame({'a': [1.5]})._repr_html_()))",
    # ── more of the same, at the edges ──
    "print(pd.DataFrame(np.zeros((2, 25))))",
    "pd.DataFrame(np.zeros((2, 25)))",
    "df = pd.DataFrame({f'col{i}': [123456.789 * i, -0.5] for i in range(8)})\nprint(df)",
    "df = pd.DataFrame({f'col{i}': np.arange(70) * 1000.5 for i in range(9)})\nprint(df)",
    "print(pd.Series(range(150)).index); print(pd.Series(range(150))[pd.Series(range(150)) > 10].index)",
    "print(pd.Index(list('abcdefghijklmnopqrstuvwxyz') * 2)); print(pd.Index([1.5, 2.0])); print(pd.Index(['a', 1]))",
    "df = pd.DataFrame({'a': [1, 2, 3]}, index=[-1, 5, 100])\nprint(df); print(df.a); print(df.loc[5])",
    "df = pd.DataFrame({'a': [1, 2, 3]}, index=[0.5, 5, 100])\nprint(df); print(df.index)",
    "s = pd.Series([1, 2], index=['a', 'bbb'])\nprint(s); print(s['bbb'], s[0], s.index)",
    "s = pd.Series({'a': 1.5, 'b': 2.5})\nprint(s); print(pd.Series(7, index=['x', 'y'])); print(pd.Series(3))",
    "s = pd.Series([3.0, None, 1.0, 7.5])\nprint(s.isna()); print(s.notna().tolist()); print(s.fillna(0)); print(s.dropna())",
    "s = pd.Series([3.0, None, 1.0, 7.5])\nprint(s.idxmax(), s.idxmin(), s.argmax(), s.describe())",
    "print(pd.isna(None), pd.isna(1.5), pd.notna(np.nan)); print(pd.isna(pd.Series([1.0, np.nan])))",
    "s = pd.Series(['a', 'b', None])\nprint(s + '!'); print(s == 'a'); print(s > 'a')",
    "s = pd.Series([1, 2, 0])\nprint(s // 0); print(s % 0); print(s / 0); print(10 // s)",
    "s = pd.Series([True, False])\nprint(s + s); print(s & True); print(~s); print(s.sum(), s.mean(), s.max())",
    "s = pd.Series([1.5, 2.5])\nprint(s + np.array([1, 2])); print(s * [2, 3]); print(s + pd.Series([1, 2], index=[1, 2]))",
    "pd.Series([1.5, 2.5]) + [1, 2, 3]",
    "bool(pd.Series([1]))",
    "pd.Series([1.5, 2.5]) == pd.Series([1.5], index=[3])",
    "df = pd.DataFrame({'x': [1.5, 2.0], 'y': [1, 2]})\nprint(df * 2); print(df + df); print(1 - df); print(df / 4)",
    "df = pd.DataFrame({'x': [1.0, 2.0], 'y': [3.5, None]})\nprint(df.count()); print(df.describe()); print(df.median())",
    "df = pd.DataFrame({'x': [1, 2, 3, 4, 5]})\nprint(df.iloc[-2:]); print(df.iloc[::2]); print(df.iloc[[4, 0]]); print(df[1:3]); print(df[-1:])",
    "df = pd.DataFrame({'x': [1, 2]})\ndf.iloc[5]",
    "df = pd.DataFrame({'x': [1, 2]})\ndf.loc[5]",
    "df = pd.DataFrame({'x': [1, 2]})\ndf[['z', 'w']]",
    "df = pd.DataFrame({'x': [1, 2]})\ndf['y'] = [1, 2, 3]",
    "df = pd.DataFrame({'x': [1, 2]})\ndf[[True]]",
    "df = pd.DataFrame({'x': [1, 2]})\ndf[0]",
    "s = pd.Series([1, 2, 3], index=[10, 20, 30])\ns[[10, 5]]",
    "s = pd.Series([1, 2, 3], index=[10, 20, 30])\ns.iloc[5]",
    "df = pd.DataFrame({'a': [1, 2], 'b': ['x', 'y']})\nprint(df.loc[[1, 0], ['b']]); print(df.loc[:, 'a']); print(df.iloc[0, 1], df.loc[1, 'b'])",
    "df = pd.DataFrame({'a': [1, 2]})\nprint(df.columns.tolist(), df.columns[0], len(df.columns), df.index.tolist(), list(df.index))",
    "print(pd.DataFrame([1, 2, 3])); print(pd.DataFrame([[1, 2], [3, 4]], columns=['a', 'b'], index=['r', 's']))",
    "print(pd.DataFrame({'n': [1, 2]}, dtype=float)); print(pd.Series([1, 2], dtype='float64'))",
    "print(pd.Series([1.5, 2.5]).astype(int)); print(pd.Series([1.5, None]).astype(str).tolist()); print(pd.Series(['1', '2']).astype(int))",
    "print(pd.Series([1.5, 2.5]).abs().sum(), abs(pd.Series([-1, 2])).tolist(), pd.Series([7]).item(), float(pd.Series([2.5])), int(pd.Series([3])))",
    "float(pd.Series([1.0, 2.0]))",
    "import torch\ns = pd.Series(torch.tensor([0.1, 0.2, 0.3]))\nprint(s); print(s == 0.1); print(s + 1); print(s * np.array([1.0, 2.0, 3.0]))",
    "import torch\ndf = pd.DataFrame({'x': torch.tensor([0.5, 1.5]), 'y': [1.0, 2.0]})\nprint(df.iloc[0]); print(df.x.max(), df.x.tolist())",
    "df = pd.DataFrame({'s': ['tab\\there', 'new\\nline'], 'k': ['가나다', 'ab']})\nprint(df); print(df.s)",
    "df = pd.DataFrame({'s': ['tab\\there', 'new\\nline'], 'k': ['가나다', 'ab']})\ndf",
    "s = pd.Series([1.0, 2.0, 3.0])\nprint(s.iloc[1:], s.loc[1], s.iloc[[0, 2]].tolist(), s[s > 1.5].tolist())",
    "print(pd.Series([], dtype=object)); print(pd.Series([], name='x', dtype=int)); print(pd.Series([np.nan, np.nan]))",
    "print(pd.Series([1.0, 2.0], name='x').head(0)); print(pd.DataFrame({'x': [1.0]}).head(0))",
    "print(pd.Series(np.arange(61) * 0.5, index=[f'r{i}' for i in range(61)]))",
    "s = pd.Series([1, 2, 3], name='a')\nprint(s + pd.Series([1, 1, 1], name='b')); print(s * 2); print(s + pd.Series([1, 1, 1], name='a'))",
    "print(pd.DataFrame({'x': [0.000001, 0.00001]})); print(pd.DataFrame({'x': [1e-7, 0.0]})); print(pd.DataFrame({'x': [999999.5, 1000000.5]}))",
    "print(pd.DataFrame({'x': [123456789.123, 1.0]})); print(pd.DataFrame({'x': [-1e-300, 1.0]})); print(pd.Series([np.nan, 1e10]))",
]


def split_last_expression(source):
    tree = ast.parse(source)
    if tree.body and isinstance(tree.body[-1], ast.Expr):
        last = tree.body.pop()
        return compile(tree, "<cell>", "exec"), compile(ast.Expression(last.value), "<cell>", "eval")
    return compile(tree, "<cell>", "exec"), None


def run(source):
    namespace = {"pd": pd, "np": np}
    out = io.StringIO()
    entry = {"source": source}
    with contextlib.redirect_stdout(out):
        try:
            body, last = split_last_expression(source)
            exec(body, namespace)
            value = eval(last, namespace) if last is not None else None
            if isinstance(value, pd.DataFrame):
                entry["html"] = value._repr_html_()
            elif value is not None:
                entry["text"] = repr(value)
        except Exception as error:  # noqa: BLE001
            entry["error"] = {"type": type(error).__name__, "message": str(error)}
    entry["stdout"] = out.getvalue()
    return entry


def main():
    os.chdir(FIXTURES)
    pd.set_option("display.max_columns", 20)  # Jupyter's value (pandas sets 0 in a terminal)
    result = {
        "generator": "scripts/pandas-golden.py",
        "pandas": pd.__version__,
        "numpy": np.__version__,
        "torch": torch.__version__,
        "programs": [run(p) for p in PROGRAMS],
    }
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(PROGRAMS)} programs")


main()
