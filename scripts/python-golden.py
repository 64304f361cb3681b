#!/usr/bin/python3
"""Runs every pure-Python program in tests/unit/python/golden/programs/ with CPython and records
what it printed and how it failed, in tests/unit/python/golden/expected.json. Programs run in
tests/unit/python/golden/files/, so open('regression.csv') reads the files the tests give the kernel.

The unit tests run the same programs through the in-page interpreter and compare. Run this with
the system CPython (`/usr/bin/python3 scripts/python-golden.py`) after adding or editing a
program; the tests themselves never need Python.
"""
import json
import os
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests/unit/python/golden/programs"
OUTPUT = ROOT / "tests/unit/python/golden/expected.json"
FILES = ROOT / "tests/unit/python/golden/files"


def run(path: pathlib.Path) -> dict:
    result = subprocess.run(
        [sys.executable, str(path)],
        cwd=FILES,
        # A UTF-8 locale, as a Linux Jupyter kernel has: stdout and open() default to UTF-8, and
        # open() names it as the locale does (encoding='UTF-8'; Python's UTF-8 mode would say 'utf-8').
        env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    error = None
    if result.returncode != 0:
        lines = [l for l in result.stderr.splitlines() if l.strip()]
        last = lines[-1]
        match = re.match(r"^(\w+)(?:: (.*))?$", last)
        # The program's own innermost line (a library's frames, codecs.py's, are not the cell's).
        frames = re.findall(r'File "' + re.escape(str(path)) + r'", line (\d+)', result.stderr)
        error = {
            "type": match.group(1) if match else last,
            "message": (match.group(2) or "") if match else "",
            "line": int(frames[-1]) if frames else None,
        }
    return {"stdout": result.stdout, "error": error}


def main() -> None:
    expected = {
        "python": sys.version.split()[0],
        "programs": {p.stem: run(p) for p in sorted(PROGRAMS.glob("*.py"))},
    }
    OUTPUT.write_text(json.dumps(expected, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(expected['programs'])} programs -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
