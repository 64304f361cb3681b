#!/usr/bin/python3
"""Golden errors and warnings of the mistakes students make in the course's cells, from real PyTorch 1.13,
CPython 3.11, numpy 1.24, pandas 1.5 and matplotlib 3.6.

Run: /usr/bin/python3 scripts/student-mistakes.py [NAME ...]   (CI does not need it)

Each tests/fixtures/student-mistakes/NAME.py is a notebook of mistakes: a setup cell, then one
mistake per cell (cells split at '# %%'). NAME.json gets, per cell, what scripts/course-programs.py
records (stdout, shown, error, warnings, figures), the error also with `line` (the cell's line the
traceback points at) and a SyntaxError's bare message, as Jupyter shows them.
tests/unit/student-mistakes.test.ts runs the same cells through the page's kernel and compares.
"""
import importlib.util
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
HERE = os.path.join(ROOT, 'tests', 'fixtures', 'student-mistakes')

# Running a cell as Jupyter shows it, and the split into cells: the one copy, in scripts/course-programs.py.
_spec = importlib.util.spec_from_file_location('course_programs', os.path.join(ROOT, 'scripts', 'course-programs.py'))
course_programs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(course_programs)


def record(file):
    with open(os.path.join(HERE, file), encoding='utf8') as fh:
        source = fh.read()
    env = {'__name__': '__main__'}
    course_programs.torch.manual_seed(67280421310721)  # PyTorch's default seed, as the page's kernel starts
    cells = [course_programs.run_cell(cell, env, with_line=True) for cell in course_programs._torch_programs.cells_of(source)]
    result = {'program': file, 'torch': course_programs.torch.__version__, 'cells': cells}
    with open(os.path.join(HERE, os.path.splitext(file)[0] + '.json'), 'w', encoding='utf8') as fh:
        json.dump(result, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    print(f'{file}: {len(cells)} cells, {sum(1 for c in cells if c["error"])} raising, {sum(1 for c in cells if c["warnings"])} warning', file=sys.stderr)


def main(names):
    # One fresh process per program: PyTorch's warn-once warnings and the generator start over, as in a fresh kernel.
    for file in sorted(os.listdir(HERE)):
        name, ext = os.path.splitext(file)
        if ext == '.py' and (not names or name in names):
            subprocess.run([sys.executable, __file__, '--one', file], check=True)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--one']:
        record(sys.argv[2])
    else:
        main(sys.argv[1:])
