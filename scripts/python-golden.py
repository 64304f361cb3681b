#!/usr/bin/python3
"""Runs every pure-Python program in tests/unit/python/golden/programs/ with CPython and records
what it printed and how it failed, in tests/unit/python/golden/expected.json.

The unit tests run the same programs through the in-page interpreter and compare. Run this with
the system CPython (`/usr/bin/python3 scripts/python-golden.py`) after adding or editing a
program; the tests themselves never need Python.
"""
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
PROGRAMS = ROOT / "tests/unit/python/golden/programs"
OUTPUT = ROOT / "tests/unit/python/golden/expected.json"


def run(path: pathlib.Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-X", "utf8", path.name],
        cwd=path.parent,
        capture_output=True,
        text=True,
        timeout=60,
    )
    error = None
    if result.returncode != 0:
        lines = [l for l in result.stderr.splitlines() if l.strip()]
        last = lines[-1]
        match = re.match(r"^(\w+)(?:: (.*))?$", last)
        frames = re.findall(r'File "[^"]*", line (\d+)', result.stderr)
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
