#!/usr/bin/python3
"""The public names of the libraries course code imports, from the real libraries the goldens come from
(Debian: PyTorch 1.13, matplotlib 3.6, numpy 1.24, pandas 1.5, CPython 3.11), into src/lib/library-names.json.

Run: /usr/bin/python3 scripts/library-names.py   (CI does not need it; the output is committed)

A name the page's kernel lacks but the real library has is "not supported yet" (NotImplementedError,
naming it); a name neither has stays the AttributeError the library would give (a typo).
  modules         for each module the page provides, the public names of the real module
  types           for the page's object types that mirror a library class: its qualified name and public attributes
  missingModules  modules the course imports that the page does not provide yet (numpy, pandas, ...),
                  each checked to exist in this Python
  rcParams        the keys of matplotlib.rcParams (plt.rcParams[key] = v with another key is a KeyError)
"""
import importlib
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/lib/library-names.json"

# What the page provides (src/lib/course-kernel.ts registers these), by their import names.
PROVIDED = [
    "torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.optim", "torch.optim.lr_scheduler",
    "torch.utils", "torch.utils.data", "matplotlib", "matplotlib.pyplot", "matplotlib.animation", "math", "numpy", "numpy.random",
    "urllib.error", "urllib.request",
    "pandas", "io",
    "mpl_toolkits", "mpl_toolkits.mplot3d",
]
# What course notebooks import beyond that (DL2022 and its kind of course code).
WANTED = [
    "torchvision",
    "sklearn", "scipy", "seaborn", "IPython", "IPython.display", "PIL", "fastai", "random", "time",
    "torch.autograd", "torch.linalg", "torch.distributions", "torch.nn.utils", "torch.cuda", "urllib.parse",
]


def public(obj):
    return sorted(name for name in dir(obj) if not name.startswith("_"))


def importable(name):
    try:
        importlib.import_module(name)
        return True
    except Exception:
        return False


def pandas_types():
    """pandas 1.5's classes by the type names the page's objects report (an Index reports its kind)."""
    import warnings

    import pandas as pd
    warnings.simplefilter("ignore", FutureWarning)  # pandas.Int64Index/Float64Index: deprecated in 1.5, what 1.5 shows
    types = {"DataFrame": pd.DataFrame, "Series": pd.Series, "Index": pd.Index, "RangeIndex": pd.RangeIndex,
             "Int64Index": pd.Int64Index, "Float64Index": pd.Float64Index}
    return {name: {"qualname": f"pandas.{name}", "attributes": public(cls)} for name, cls in types.items()}


def main():
    import torch
    modules = {name: public(importlib.import_module(name)) for name in PROVIDED}
    import matplotlib.axes  # after the module names: importing it adds names to the matplotlib package
    import matplotlib.figure
    import matplotlib.lines
    import matplotlib.text
    from mpl_toolkits.mplot3d import art3d, axes3d
    result = {
        "generator": "scripts/library-names.py",
        "versions": {"torch": torch.__version__, "matplotlib": importlib.import_module("matplotlib").__version__,
                     "numpy": importlib.import_module("numpy").__version__, "pandas": importlib.import_module("pandas").__version__},
        "modules": modules,
        # by the type name the page's objects report (Parameter is a Tensor too)
        "types": {
            "Tensor": {"qualname": "torch.Tensor", "attributes": public(torch.Tensor)},
            "Parameter": {"qualname": "torch.nn.Parameter", "attributes": public(torch.nn.Parameter)},
            # matplotlib 3.6 names the Axes of plt.subplots 'AxesSubplot' (its repr and its errors)
            "AxesSubplot": {"qualname": "matplotlib.axes.Axes", "attributes": public(matplotlib.axes.Axes)},
            "Figure": {"qualname": "matplotlib.figure.Figure", "attributes": public(matplotlib.figure.Figure)},
            "ndarray": {"qualname": "numpy.ndarray", "attributes": public(importlib.import_module("numpy").ndarray)},
            "Line2D": {"qualname": "matplotlib.lines.Line2D", "attributes": public(matplotlib.lines.Line2D)},
            "Text": {"qualname": "matplotlib.text.Text", "attributes": public(matplotlib.text.Text)},
            # what imshow and colorbar return
            "AxesImage": {"qualname": "matplotlib.image.AxesImage", "attributes": public(importlib.import_module("matplotlib.image").AxesImage)},
            "Colorbar": {"qualname": "matplotlib.colorbar.Colorbar", "attributes": public(importlib.import_module("matplotlib.colorbar").Colorbar)},
            "FuncAnimation": {"qualname": "matplotlib.animation.FuncAnimation",
                              "attributes": public(importlib.import_module("matplotlib.animation").FuncAnimation)},
            # what open() and urlopen() return, and the bytes they read
            "TextIOWrapper": {"qualname": "_io.TextIOWrapper", "attributes": public(importlib.import_module("io").TextIOWrapper)},
            "BufferedReader": {"qualname": "_io.BufferedReader", "attributes": public(importlib.import_module("io").BufferedReader)},
            "HTTPResponse": {"qualname": "http.client.HTTPResponse", "attributes": public(importlib.import_module("http.client").HTTPResponse)},
            "bytes": {"qualname": "bytes", "attributes": public(bytes)},
            **pandas_types(),
            "StringIO": {"qualname": "io.StringIO", "attributes": public(importlib.import_module("io").StringIO)},
            # mplot3d: what projection='3d' and its plotting calls return
            "Axes3DSubplot": {"qualname": "mpl_toolkits.mplot3d.axes3d.Axes3D", "attributes": public(axes3d.Axes3D)},
            "Poly3DCollection": {"qualname": "mpl_toolkits.mplot3d.art3d.Poly3DCollection", "attributes": public(art3d.Poly3DCollection)},
            "Path3DCollection": {"qualname": "mpl_toolkits.mplot3d.art3d.Path3DCollection", "attributes": public(art3d.Path3DCollection)},
            "Line3DCollection": {"qualname": "mpl_toolkits.mplot3d.art3d.Line3DCollection", "attributes": public(art3d.Line3DCollection)},
            "Line3D": {"qualname": "mpl_toolkits.mplot3d.art3d.Line3D", "attributes": public(art3d.Line3D)},
        },
        "missingModules": [name for name in WANTED if importable(name)],
        # the keys plt.rcParams accepts (setting another is matplotlib's KeyError)
        "rcParams": sorted(importlib.import_module("matplotlib").rcParams.keys()),
    }
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {sum(map(len, modules.values()))} module names, "
          f"{len(result['types']['Tensor']['attributes'])} Tensor attributes, missing modules {result['missingModules']}")


main()
