#!/usr/bin/python3
"""Golden outputs of whole programs from real PyTorch, for the torch subset and its Python binding.

Run: /usr/bin/python3 scripts/torch-programs.py [NAME ...]   (Debian's python3-torch; CI does not need it)
     (with names, only those programs are run and rewritten)

For every tests/fixtures/torch-programs/NAME.py writes NAME.json with
  stdout      what the program printed, as a notebook shows it: a program is split into cells at
              lines '# %%'; a cell that ends with an expression displays it like IPython does
              (repr, and tuples/lists broken one item per line when they do not fit)
  parameters  the final values of every nn.Module parameter ('net.0.weight') and of every global
              leaf tensor that requires grad ('w'), as flat float lists
  seconds     wall time PyTorch took (one thread), for the speed comparison
One thread, so PyTorch's kernels run serially as they do in the page.
"""
import ast
import glob
import io
import json
import os
import sys
import time
from contextlib import redirect_stdout

import torch

torch.set_num_threads(1)
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'torch-programs')


def pretty(obj, indent=0):
    """IPython's default display (IPython.lib.pretty) for what the lectures show: reprs, and
    tuples/lists/sets (sets sorted) that stay on one line when they fit in 79 columns, else one item per line. A
    tuple subclass with its own __repr__ (torch.return_types.max) shows that repr, as IPython does."""
    if type(obj) in (set, frozenset) and obj:
        # IPython sorts a set's items (_sorted_for_pprint: sorted, else sorted by str, else as is).
        try:
            items = sorted(obj)
        except Exception:
            try:
                items = sorted(obj, key=str)
            except Exception:
                items = list(obj)
        open_, close = ('{', '}') if type(obj) is set else ('frozenset({', '})')
        parts = [pretty(item, indent + len(open_)) for item in items]
        one_line = open_ + ', '.join(parts) + close
        if '\n' not in one_line and indent + len(one_line) <= 79:
            return one_line
        return open_ + (',\n' + ' ' * (indent + len(open_))).join(parts) + close
    if isinstance(obj, (tuple, list)) and type(obj).__repr__ in (tuple.__repr__, list.__repr__):
        open_, close = ('(', ')') if isinstance(obj, tuple) else ('[', ']')
        parts = [pretty(item, indent + 1) for item in obj]
        if isinstance(obj, tuple) and len(obj) == 1:
            return open_ + parts[0] + ',' + close
        one_line = open_ + ', '.join(parts) + close
        if '\n' not in one_line and indent + len(one_line) <= 79:
            return one_line
        return open_ + (',\n' + ' ' * (indent + 1)).join(parts) + close
    return repr(obj).replace('\n', '\n' + ' ' * indent)


def cells_of(source):
    """A program's notebook cells: its lines split at '# %%'."""
    cells = [[]]
    for line in source.split('\n'):
        if line.strip() == '# %%':
            cells.append([])
        else:
            cells[-1].append(line)
    return ['\n'.join(lines) for lines in cells]


def run_cells(source, env):
    for cell in cells_of(source):
        tree = ast.parse(cell)
        last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
        body = tree.body[:-1] if last else tree.body
        exec(compile(ast.Module(body=body, type_ignores=[]), '<cell>', 'exec'), env)
        if last:
            value = eval(compile(ast.Expression(last.value), '<cell>', 'eval'), env)
            if value is not None:
                print(pretty(value))


def parameters(env):
    out = {}
    for name, value in env.items():
        if isinstance(value, torch.nn.Module):
            for pname, p in value.named_parameters():
                out[f'{name}.{pname}'] = p.detach().flatten().tolist()
        elif isinstance(value, torch.Tensor) and value.requires_grad and value.is_leaf:
            out[name] = value.detach().flatten().tolist()
    return out


def main(names):
    paths = sorted(glob.glob(os.path.join(HERE, '*.py')))
    if names:
        paths = [p for p in paths if os.path.splitext(os.path.basename(p))[0] in names]
    for path in paths:
        name = os.path.splitext(os.path.basename(path))[0]
        with open(path, encoding='utf8') as fh:
            source = fh.read()
        env = {'__name__': '__main__'}
        buffer = io.StringIO()
        start = time.perf_counter()
        with redirect_stdout(buffer):
            run_cells(source, env)
        seconds = time.perf_counter() - start
        result = {
            'program': os.path.basename(path),
            'torch': torch.__version__,
            'stdout': buffer.getvalue(),
            'parameters': parameters(env),
            'seconds': round(seconds, 3),
        }
        with open(os.path.join(HERE, name + '.json'), 'w', encoding='utf8') as fh:
            json.dump(result, fh, indent=1, ensure_ascii=False)
            fh.write('\n')
        print(f'{name}: {len(result["stdout"])} chars of stdout, {len(result["parameters"])} parameters, {seconds:.2f} s',
              file=sys.stderr)


if __name__ == '__main__':
    main(sys.argv[1:])
