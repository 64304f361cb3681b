#!/usr/bin/python3
"""Golden outputs of the course's own notebooks, cell by cell, from real PyTorch 1.13 + matplotlib 3.6.

Run: /usr/bin/python3 scripts/course-programs.py [NAME ...]   (CI does not need it)

Each tests/fixtures/course-programs/NAME.py is a notebook made runnable: the code cells of a DL2022
lecture in order, split at lines '# %%', with what needs the internet, fastai, torchvision data
sets, seaborn or pandas dropped or replaced by the same numbers written out (the program says so
in its header). A program with a line '# files: LECTURE' reads that lecture's data files: each
address the lecture's frontmatter maps reads the shipped copy in content/data/LECTURE/ (as the page). For every program NAME.json gets, per cell, what a notebook shows:
  stdout    what the cell printed
  shown     its last expression as IPython displays it (IPython's pretty rules of
            scripts/torch-programs.py; `<m.Class object at 0x…>` shows as `<m.Class at 0x…>`),
            addresses masked as 0x…; null for None, a hidden result (';') or a figure
  error     {type, message} when the cell raised (the notebook goes on with the next cell)
  warnings  'Category: message' of each distinct warning the cell raised
  figures   how many figures the cell shows (open figures at its end, and a Figure it displays)
and `seconds`, PyTorch's time for the whole program (one thread).
tests/unit/course-programs.test.ts runs the same cells through the page's kernel and compares.
"""
import ast
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import time
import traceback
import warnings
from contextlib import redirect_stderr, redirect_stdout

import matplotlib

matplotlib.use('Agg')
import matplotlib.pyplot as plt  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1)
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
HERE = os.path.join(ROOT, 'tests', 'fixtures', 'course-programs')

# IPython's display of tuples and lists, and the split into cells: the one copy, in scripts/torch-programs.py.
_spec = importlib.util.spec_from_file_location('torch_programs', os.path.join(ROOT, 'scripts', 'torch-programs.py'))
_torch_programs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_torch_programs)


def shown_text(value):
    text = _torch_programs.pretty(value)
    text = re.sub(r'<([\w.]+) object at (0x[0-9a-f]+)>', r'<\1 at \2>', text)
    return re.sub(r'\b0x[0-9a-f]+', '0x…', text)


def error_line(error):
    """The cell's line Jupyter's traceback points at: a SyntaxError's own line, else the innermost '<cell>' frame."""
    if isinstance(error, SyntaxError):
        return error.lineno
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == '<cell>']
    return frames[-1].lineno if frames else 0


def run_cell(source, env, with_line=False):
    """with_line: the error also records the cell's line (error_line), its message as CPython prints it."""
    record = {'stdout': '', 'shown': None, 'error': None, 'warnings': [], 'figures': 0}
    buffer = io.StringIO()
    with warnings.catch_warnings(record=True) as caught, redirect_stdout(buffer):
        warnings.simplefilter('always')
        try:
            tree = ast.parse(source, '<cell>')
            last = tree.body[-1] if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            # A trailing ';' hides the result, as in IPython.
            if last is not None and source.rstrip().endswith(';'):
                last = None
            body = tree.body[:-1] if last else tree.body
            exec(compile(ast.Module(body=body, type_ignores=[]), '<cell>', 'exec'), env)
            if last:
                value = eval(compile(ast.Expression(last.value), '<cell>', 'eval'), env)
                if isinstance(value, matplotlib.figure.Figure):
                    record['figures'] += 1
                elif value is not None:
                    record['shown'] = shown_text(value)
        except Exception as error:  # the notebook shows the error and goes on
            record['error'] = {'type': type(error).__name__, 'message': str(error)}
            if with_line:
                # The message as CPython 3.11 prints it: a SyntaxError's bare msg, a NameError's "Did you mean"
                # (3.11 computes it only in the C printer, sys.__excepthook__, not in the traceback module).
                printed = io.StringIO()
                with redirect_stderr(printed):
                    sys.__excepthook__(type(error), error, error.__traceback__)
                shown = printed.getvalue().rstrip('\n').split('\n')[-1]
                record['error']['message'] = shown[len(type(error).__name__) + 2:] if ': ' in shown else ''
                record['error']['line'] = error_line(error)
    record['stdout'] = buffer.getvalue()
    seen = []
    for w in caught:
        text = f'{w.category.__name__}: {w.message}'
        if text not in seen:
            seen.append(text)
    record['warnings'] = seen
    record['figures'] += len(plt.get_fignums())
    plt.close('all')
    return record


def serve_lecture_files(lecture):
    """pandas.read_csv and urlopen read the lecture's mapped addresses from its shipped files (scripts/lecture-cells.py)."""
    spec = importlib.util.spec_from_file_location('lecture_cells', os.path.join(ROOT, 'scripts', 'lecture-cells.py'))
    lecture_cells = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(lecture_cells)
    front, _ = lecture_cells.read_lecture(lecture)
    lecture_cells.map_addresses((front.get('data') or {}).get('urls', {}), os.path.join(ROOT, 'content', 'data', lecture))


def record(file, folder=HERE, with_line=False):
    """Runs one program in this process and writes its NAME.json (with_line: errors with their line, no timing)."""
    name = os.path.splitext(file)[0]
    with open(os.path.join(folder, file), encoding='utf8') as fh:
        source = fh.read()
    lecture = re.search(r'^# files: (\S+)$', source, re.M)
    if lecture:
        serve_lecture_files(lecture.group(1))
    env = {'__name__': '__main__'}
    # A fresh PyTorch seeds its generator at random; the page's kernel starts from PyTorch's
    # documented default seed, so unseeded cells draw the same numbers here as there.
    torch.manual_seed(67280421310721)
    start = time.perf_counter()
    cells = [run_cell(cell, env, with_line) for cell in _torch_programs.cells_of(source)]
    seconds = time.perf_counter() - start
    result = {'program': file, 'torch': torch.__version__, 'cells': cells}
    if not with_line:
        result['seconds'] = round(seconds, 3)
    with open(os.path.join(folder, name + '.json'), 'w', encoding='utf8') as fh:
        json.dump(result, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    errors = sum(1 for c in cells if c['error'])
    print(f'{name}: {len(cells)} cells, {errors} raising, {seconds:.2f} s', file=sys.stderr)


def main(names, folder=HERE, script=__file__):
    # One fresh process per program, as a page has one fresh kernel: PyTorch's TORCH_WARN_ONCE
    # warnings and the default generator's state start over. `script --one FILE` records one.
    for file in sorted(os.listdir(folder)):
        name, ext = os.path.splitext(file)
        if ext == '.py' and (not names or name in names):
            subprocess.run([sys.executable, script, '--one', file], check=True)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--one']:
        record(sys.argv[2])
    else:
        main(sys.argv[1:])
