#!/usr/bin/python3
"""matplotlib 3.6's colormaps as the page ships them: src/data/colormaps.json.

Run: /usr/bin/python3 scripts/colormaps.py   (the output is committed)

  names  every colormap name matplotlib registers (its "not a valid value for cmap" error lists them)
  luts   for the maps the page draws: the 256 RGB entries of cmap(range(256), bytes=True), as
         base64 of 768 bytes (each map's alpha is 255 throughout; checked here), and of its
         reversed map name_r (a segmented map's reverse is sampled anew, not read backwards).
  roundUp  per map, 768 bits (base64, numpy's packbits order): where round(v * 255) is one more
         than the truncated byte, so the float colours plot_surface(cmap=...) gives (as '#rrggbb',
         rounded) come from the same data
"""
import base64
import json
import pathlib

import matplotlib
import numpy as np

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "src/data/colormaps.json"

# The default (viridis), the perceptual ones, greys, the classic ones and the diverging ones a
# lecture is likely to name; each is a 256-entry map.
SHIPPED = [
    "viridis", "plasma", "inferno", "magma", "cividis",
    "gray", "Greys", "binary", "bone", "hot", "jet", "rainbow", "turbo", "cool",
    "Blues", "Reds", "Greens", "Oranges", "Purples",
    "coolwarm", "bwr", "seismic", "RdBu", "RdYlGn", "Spectral",
]


def main():
    registry = matplotlib.colormaps
    luts = {}
    round_up = {}
    for name in [n + suffix for n in SHIPPED for suffix in ("", "_r")]:
        cmap = registry[name]
        assert cmap.N == 256, name
        rgba = cmap(np.arange(256), bytes=True)
        assert (rgba[:, 3] == 255).all(), name
        # under and over are the first and last entries, bad is transparent (the defaults)
        assert (cmap(np.array([-1.0, 2.0]), bytes=True) == rgba[[0, 255]]).all(), name
        assert tuple(cmap.get_bad()) == (0.0, 0.0, 0.0, 0.0), name
        luts[name] = base64.b64encode(rgba[:, :3].astype(np.uint8).tobytes()).decode("ascii")
        rounded = np.floor(cmap(np.arange(256))[:, :3] * 255 + 0.5).astype(int)
        up = rounded - rgba[:, :3].astype(int)
        assert set(np.unique(up)) <= {0, 1}, name
        round_up[name] = base64.b64encode(np.packbits(up.ravel().astype(np.uint8)).tobytes()).decode("ascii")
    result = {
        "generator": "scripts/colormaps.py",
        "matplotlib": matplotlib.__version__,
        "default": matplotlib.rcParams["image.cmap"],
        "names": sorted(registry),
        "luts": luts,
        "roundUp": round_up,
    }
    OUTPUT.write_text(json.dumps(result, indent=0) + "\n")


if __name__ == "__main__":
    main()
