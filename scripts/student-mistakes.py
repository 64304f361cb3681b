#!/usr/bin/python3
"""Golden errors and warnings of the mistakes students make in the course's cells, from real PyTorch 1.13,
CPython 3.11, numpy 1.24, pandas 1.5 and matplotlib 3.6.

Run: /usr/bin/python3 scripts/student-mistakes.py [NAME ...]   (CI does not need it)

Each tests/fixtures/student-mistakes/NAME.py is a notebook of mistakes: a setup cell, then one
mistake per cell (cells split at '# %%'). NAME.json gets, per cell, what scripts/course-programs.py
records (stdout, shown, error, warnings, figures), the error also with `line` (the cell's line the
traceback points at) and its message as CPython 3.11 prints it (a SyntaxError's bare message, a
NameError's "Did you mean"). tests/unit/student-mistakes.test.ts runs the same cells through the
page's kernel and compares.
"""
import importlib.util
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
HERE = os.path.join(ROOT, 'tests', 'fixtures', 'student-mistakes')

# Running and recording a program's cells: the one copy, in scripts/course-programs.py.
_spec = importlib.util.spec_from_file_location('course_programs', os.path.join(ROOT, 'scripts', 'course-programs.py'))
course_programs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(course_programs)

if __name__ == '__main__':
    if sys.argv[1:2] == ['--one']:
        course_programs.record(sys.argv[2], HERE, with_line=True)
    else:
        course_programs.main(sys.argv[1:], HERE, __file__)
