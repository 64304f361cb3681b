#!/usr/bin/python3
"""What matplotlib 3.6 gives for matplotlib.animation as the course uses it, in
tests/fixtures/pyplot/animation-golden.json; tests/unit/python/animation.test.ts runs the same
programs through the in-page kernel and compares (the tests never need Python).

Run: /usr/bin/python3 scripts/animation-golden.py   (the output is committed)

  programs  each program's stdout and last expression as Jupyter shows it, or its error (type,
            message). A last expression that is an Animation while rcParams['animation.html'] is
            not 'none' is displayed as Jupyter displays it: its _repr_html_() runs (to_jshtml,
            which calls func for every frame), and nothing is shown as text. Otherwise `shown` is
            repr() with IPython's difference for a default repr (`<m.Class at 0x...>`).
            Addresses are masked as 0x….
"""
import contextlib
import io
import json
import pathlib
import re
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import animation  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests/fixtures/pyplot/animation-golden.json"

HEAD = "import matplotlib.pyplot as plt\nfrom matplotlib import animation\n"
JS = "plt.rcParams['animation.html'] = 'jshtml'\n"
LINE = "fig, ax = plt.subplots()\nline, = ax.plot([0, 1, 2], [0, 1, 2])\n"

PROGRAMS = [
    LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=3)\nprint(ani)",
    LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=3)\nani",
    LINE + "line",
    LINE + "line.set_ydata([1, 2, 3])",
    LINE + "t = ax.set_title('a')\nt.set_text('b')\nax.get_title()",
    LINE + "ani = animation.FuncAnimation(fig)",
    LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=2.5)",
    LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=-1)\nani.save_count",
    JS + LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=-1)\nani",
    JS + LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=3, blit=True)\nani",
    JS + LINE + "ani = animation.FuncAnimation(fig, lambda i: 1 / (i - 1), frames=3)\nani",
    JS + LINE + "def f(i):\n    line.set_ydata([i, i, i])\n    return line,\nani = animation.FuncAnimation(fig, f, 3, None, (1,))\nani",
    JS + LINE + "def f(i):\n    line.set_ydata([i, i, i])\n    return line,\nani = animation.FuncAnimation(fig, f, frames=3, blit=True)\nani",
    JS + LINE + "ani = animation.FuncAnimation(fig, lambda i: line.set_ydata([1, 2]), frames=2)\nani",
    LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=4, interval=50)\nani._interval",
    LINE + "ani = animation.FuncAnimation(fig, lambda i: None, frames=[1, 2, 3])\nani.save_count",
    "plt.rcParams['animation.html']",
    "plt.rcParams['animation.html'] = 'foo'",
    "plt.rcParams['nonsense.key'] = 1",
    "plt.rcParams['nonsense.key']",
    "plt.rcParams['animation.html'] = 'jshtml'\nplt.rcParams['animation.html']",
    "plt.rcParams['animation.embed_limit']",
]


def shown_repr(value):
    return re.sub(r"^<([\w.]+) object at (0x[0-9a-f]+)>$", r"<\1 at \2>", repr(value))


def run(body):
    source = HEAD + body
    plt.close("all")
    matplotlib.rcParams.update(matplotlib.rcParamsDefault)
    matplotlib.use("Agg")
    *lines, last = source.split("\n")
    ns = {}
    out = io.StringIO()
    shown = None
    try:
        with contextlib.redirect_stdout(out), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                compile(last, "<cell>", "eval")
                exec("\n".join(lines), ns)
                value = eval(last, ns)
            except SyntaxError:
                exec(source, ns)
                value = None
            if isinstance(value, animation.Animation) and plt.rcParams["animation.html"] != "none":
                value._repr_html_()
            elif value is not None:
                shown = shown_repr(value)
    except Exception as error:  # noqa: BLE001
        return {"source": source, "error": {"type": type(error).__name__, "message": str(error)}}
    mask = lambda text: re.sub(r"\b0x[0-9a-f]+", "0x…", text)  # noqa: E731
    return {"source": source, "stdout": mask(out.getvalue()), "shown": None if shown is None else mask(shown)}


def main():
    programs = [run(body) for body in PROGRAMS]
    OUTPUT.write_text(json.dumps({"generator": "scripts/animation-golden.py", "matplotlib": matplotlib.__version__,
                                  "programs": programs}, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(programs)} programs")


main()
