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

It also writes src/lib/python-dir-names.json: what dir() lists, names and dunders alike, loaded only
when a cell calls dir() (src/lib/python/objects/dir.ts):
  lists           each distinct sorted list once; the sections below give an index into it
  builtins        dir(cls) of every class in builtins (equal to dir(instance) for those the page makes)
  instances       dir(value) of built-in values whose type is not in builtins (function, generator, ...)
  modules         dir(module) of each module the page provides
  hostTypes       dir(value) of library objects by the type name the page reports (Tensor, SGD, ndarray)
  nnModule        nn.Module's own part of Module.__dir__: dir(torch.nn.Module) and a fresh instance's __dict__ keys
  nnModules       per torch.nn class: what dir() of an instance adds to dir(torch.nn.Module()) (its
                  class's methods, constructor attributes, parameters and buffers)
"""
import importlib
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/lib/library-names.json"
DIR_OUTPUT = ROOT / "src/lib/python-dir-names.json"

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


class DistinctLists:
    """Each distinct list once (many types share object's dunders only, or Module's)."""

    def __init__(self):
        self.lists, self.index = [], {}

    def add(self, names):
        key = tuple(names)
        if key not in self.index:
            self.index[key] = len(self.lists)
            self.lists.append(list(key))
        return self.index[key]


def nn_module_samples(torch):
    """A fresh instance of each torch.nn Module class (constructor arguments where it needs some)."""
    args = {
        "Linear": (1, 1), "Bilinear": (1, 1, 1), "LazyLinear": (1,), "Conv1d": (1, 1, 1), "Conv2d": (1, 1, 1), "Conv3d": (1, 1, 1),
        "ConvTranspose1d": (1, 1, 1), "ConvTranspose2d": (1, 1, 1), "ConvTranspose3d": (1, 1, 1),
        "MaxPool1d": (1,), "MaxPool2d": (1,), "MaxPool3d": (1,), "AvgPool1d": (1,), "AvgPool2d": (1,), "AvgPool3d": (1,),
        "AdaptiveAvgPool1d": (1,), "AdaptiveAvgPool2d": (1,), "AdaptiveMaxPool1d": (1,), "AdaptiveMaxPool2d": (1,),
        "Embedding": (2, 1), "RNNCell": (1, 1), "LSTMCell": (1, 1), "GRUCell": (1, 1), "RNN": (1, 1), "LSTM": (1, 1), "GRU": (1, 1),
        "BatchNorm1d": (1,), "BatchNorm2d": (1,), "BatchNorm3d": (1,), "LayerNorm": (1,), "GroupNorm": (1, 1),
        "Softmax": (), "LogSoftmax": (), "Dropout": (), "Unflatten": (1, (1,)),
    }
    samples = {}
    for name in sorted(dir(torch.nn)):
        cls = getattr(torch.nn, name)
        # Transformer's constructor deep-copies its layers, which caches __slotnames__ on Linear, Dropout, ...
        if not (isinstance(cls, type) and issubclass(cls, torch.nn.Module)) or name.startswith(("_", "Transformer")):
            continue
        try:
            samples[name] = cls(*args.get(name, ()))
        except Exception:
            pass  # a class needing other arguments: dir() of it stays "not supported yet"
    return samples


def dir_names(torch, provided_dirs):
    import builtins

    import numpy as np
    lists = DistinctLists()

    def generator():
        yield 1

    linear = torch.nn.Linear(1, 1)
    instances = {
        "NoneType": None, "function": generator, "builtin_function_or_method": len, "method": linear.parameters,
        "generator": linear.parameters(), "list_iterator": iter([]), "tuple_iterator": iter(()), "range_iterator": iter(range(1)),
        "set_iterator": iter(set()), "dict_keys": {}.keys(), "dict_values": {}.values(), "dict_items": {}.items(),
    }
    for name, value in instances.items():
        assert type(value).__name__ == name, name
    # dir(instance) equals dir(cls) for the builtins the page makes (int, list, ValueError('x'), ...)
    for value in [1, 1.5, True, "s", [1], (1,), {1: 2}, {1}, frozenset(), range(1), enumerate([]), zip(), ValueError("x"), object()]:
        assert dir(value) == dir(type(value)), type(value)
    classes = {name: getattr(builtins, name) for name in dir(builtins) if isinstance(getattr(builtins, name), type)}
    tensor = torch.tensor([1.0])
    host_types = {
        # Tensor.__dir__ leaves out 'volatile' and (on the CPU) '__cuda_array_interface__': dir(instance), not dir(torch.Tensor)
        "Tensor": tensor, "Parameter": linear.weight,
        "SGD": torch.optim.SGD(linear.parameters(), lr=0.1), "Adam": torch.optim.Adam(linear.parameters()),
        "RMSprop": torch.optim.RMSprop(linear.parameters()), "Adagrad": torch.optim.Adagrad(linear.parameters()),
        "ndarray": np.array([1.0]),
    }
    base = torch.nn.Module()
    base_dir = set(dir(base))
    nn_modules = {}
    for name, sample in nn_module_samples(torch).items():
        names = dir(sample)
        assert "__slotnames__" not in names, name
        extra = sorted(set(names) - base_dir)
        # the table gives sorted(dir(Module()) + extra): true only where Module.__dir__ repeats no name
        assert sorted(base_dir | set(extra)) == names, name
        nn_modules[name] = extra
    return {
        "generator": "scripts/library-names.py",
        "versions": {"python": sys.version.split()[0], "torch": torch.__version__, "numpy": np.__version__},
        "builtins": {name: lists.add(dir(cls)) for name, cls in classes.items()},
        "instances": {name: lists.add(dir(value)) for name, value in instances.items()},
        "modules": {name: lists.add(names) for name, names in provided_dirs.items()},
        "hostTypes": {name: lists.add(dir(value)) for name, value in host_types.items()},
        "nnModule": {"classDir": lists.add(dir(torch.nn.Module)), "instanceDict": list(base.__dict__),
                     "instanceDir": lists.add(dir(base))},
        "nnModules": nn_modules,
        "lists": lists.lists,
    }


def main():
    import torch
    # one pass, in this order: importing a submodule adds names to its package (matplotlib.pyplot to matplotlib)
    provided_dirs = {name: dir(importlib.import_module(name)) for name in PROVIDED}
    modules = {name: [n for n in names if not n.startswith("_")] for name, names in provided_dirs.items()}
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
    DIR_OUTPUT.write_text(json.dumps(dir_names(torch, provided_dirs), ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {sum(map(len, modules.values()))} module names, "
          f"{len(result['types']['Tensor']['attributes'])} Tensor attributes, missing modules {result['missingModules']}")


main()
