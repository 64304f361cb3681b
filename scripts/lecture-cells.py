#!/usr/bin/python3
"""Golden outputs of a lecture's ```python run cells, cell by cell, from real PyTorch 1.13 + matplotlib 3.6 + pandas 1.5.

Run: /usr/bin/python3 scripts/lecture-cells.py [LECTURE ...]   (default: every lecture listed in LECTURES)

The cells of content/lectures/LECTURE.mdx run in order in one process (as a page's one kernel),
in the lecture's data folder content/data/LECTURE/ (so open('x.csv') reads a shipped file), with
pandas.read_csv and urllib.request.urlopen reading each address the frontmatter's data.urls maps
from the shipped file instead of the network. Each cell is recorded as scripts/course-programs.py
records a notebook cell (stdout, shown, error, warnings, figures) into
tests/fixtures/lecture-cells/LECTURE.json, with `seconds` per cell (PyTorch, one thread).
tests/unit/lecture-cells.test.ts runs the same cells through the page's kernel and compares.
"""
import html.parser
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pandas
import torch
import yaml

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'lecture-cells')
# The lectures whose every cell is checked (the earlier ones train 10 000 epochs in several
# cells, checked by lecture-runs and the e2e tests instead).
LECTURES = ['03-deep-neural-network']

_spec = importlib.util.spec_from_file_location('course_programs', os.path.join(ROOT, 'scripts', 'course-programs.py'))
_course = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_course)


class _TableReader(html.parser.HTMLParser):
    """The table Jupyter shows for a DataFrame (its _repr_html_): column labels, rows, and the size line."""

    def __init__(self):
        super().__init__()
        self.columns, self.rows, self.dimensions = [], [], None
        self.part, self.row, self.text = None, None, None

    def handle_starttag(self, tag, attrs):
        if tag in ('thead', 'tbody'):
            self.part = tag
        elif tag == 'tr':
            self.row = []
        elif tag in ('th', 'td', 'p'):
            self.text = ''

    def handle_data(self, data):
        if self.text is not None:
            self.text += data

    def handle_endtag(self, tag):
        if tag in ('th', 'td'):
            self.row.append(self.text)
            self.text = None
        elif tag == 'p':
            self.dimensions, self.text = self.text, None
        elif tag == 'tr' and self.part == 'thead':
            self.columns = self.row[1:]
        elif tag == 'tr' and self.part == 'tbody':
            self.rows.append({'index': self.row[0], 'cells': self.row[1:]})


def table_of(frame):
    reader = _TableReader()
    reader.feed(frame._repr_html_())
    return {'columns': reader.columns, 'rows': reader.rows, 'dimensions': reader.dimensions}


def read_lecture(name):
    with open(os.path.join(ROOT, 'content', 'lectures', name + '.mdx'), encoding='utf8') as fh:
        text = fh.read()
    front = yaml.safe_load(re.match(r'^---\n(.*?)\n---\n', text, re.S).group(1))
    cells = re.findall(r'^```python run\n(.*?)\n```$', text, re.M | re.S)
    return front, cells


def canonical(url):
    # As the page's lecture-files.ts: percent-escapes and the host's case do not matter.
    parts = urllib.parse.urlsplit(url.strip())
    return urllib.parse.urlunsplit(parts._replace(netloc=parts.netloc.lower(), path=urllib.parse.unquote(parts.path)))


def map_addresses(urls, folder):
    table = {canonical(url): os.path.join(folder, file) for url, file in urls.items()}

    def local(name):
        if isinstance(name, str) and re.match(r'^[a-z]+://', name):
            if canonical(name) not in table:
                raise urllib.error.URLError(f'{name} is not one of the lecture\'s files')
            return table[canonical(name)]
        return name

    read_csv = pandas.read_csv
    pandas.read_csv = lambda source, *args, **kwargs: read_csv(local(source), *args, **kwargs)
    urlopen = urllib.request.urlopen
    urllib.request.urlopen = lambda url, *args, **kwargs: open(local(url), 'rb') if local(url) != url else urlopen(url, *args, **kwargs)


def record(name):
    front, cells = read_lecture(name)
    folder = os.path.join(ROOT, 'content', 'data', name)
    map_addresses((front.get('data') or {}).get('urls', {}), folder)
    if os.path.isdir(folder):
        os.chdir(folder)
    env = {'__name__': '__main__'}
    torch.manual_seed(67280421310721)  # the page kernel's default seed (see course-programs.py)
    # A DataFrame the cell ends with shows as Jupyter's HTML table, not as its text.
    shown_text, last = _course.shown_text, {}
    _course.shown_text = lambda value: last.setdefault('value', value) is not None and shown_text(value)
    records = []
    for cell in cells:
        last.clear()
        start = time.perf_counter()
        result = _course.run_cell(cell, env)
        result['table'] = None
        if isinstance(last.get('value'), pandas.DataFrame):
            result['shown'], result['table'] = None, table_of(last['value'])
        result['seconds'] = round(time.perf_counter() - start, 3)
        records.append(result)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf8') as fh:
        json.dump({'lecture': name, 'torch': torch.__version__, 'pandas': pandas.__version__, 'cells': records}, fh, indent=1, ensure_ascii=False)
        fh.write('\n')
    errors = sum(1 for c in records if c['error'])
    print(f'{name}: {len(records)} cells, {errors} raising, {sum(c["seconds"] for c in records):.2f} s', file=sys.stderr)


if __name__ == '__main__':
    if sys.argv[1:2] == ['--one']:
        record(sys.argv[2])
    else:
        # One fresh process per lecture, as a page has one fresh kernel.
        for lecture in sys.argv[1:] or LECTURES:
            subprocess.run([sys.executable, __file__, '--one', lecture], check=True)
