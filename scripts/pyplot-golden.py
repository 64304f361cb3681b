#!/usr/bin/python3
"""What matplotlib 3.6 (and numpy 1.24 under it) gives for the pyplot calls the course makes, in
tests/fixtures/pyplot/golden.json. tests/unit/python/pyplot-golden.test.ts runs the same programs
through the in-page kernel and compares; the tests never need Python.

Run: /usr/bin/python3 scripts/pyplot-golden.py   (the output is committed)

  programs  (programs3d: on mplot3d's 3-D axes; programsGrid: GridSpec layouts and shared axes) each program's last expression as Jupyter shows it, or its error (type, message).
            Jupyter's IPython pretty printer is not installed here, so `shown` is repr() with
            IPython's two differences applied: a default repr `<m.Class object at 0x...>` shows as
            `<m.Class at 0x...>`, and a list or tuple wider than 79 columns puts one item per line.
            Addresses are masked as 0x… (they cannot match).
  surfaces  plot_surface's polygons (vertices before depth sorting) and their shaded RGBA colours
  projections  Axes3D.get_proj()'s matrix for limits and camera angles, and points projected with it
  hist      plt.hist's counts and bin edges for data sets, bins and ranges (float32: a float32 array)
  images    imshow's colours for data and keywords: ScalarMappable.to_rgba(get_array(), bytes=True)
            (Normalize and the colormap; clipped RGB(A)), and get_clim()
  imageLayouts  an image axes' position after drawing (aspect 'equal'), with and without a colorbar,
            the colorbar's position, and the ticks inside each view
  cycle     the default colour cycle (C0..C9)
"""
import json
import pathlib
import re

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "tests/fixtures/pyplot/golden.json"

RANDN = [float(v) for v in np.random.RandomState(0).randn(100)]
SMALL = [1, 2, 2, 3, 3, 3, 4.5]

PROGRAMS = [
    "fig, ax = plt.subplots(4, 2, figsize=(8, 8))\nax",
    "fig, ax = plt.subplots(1, 3)\nax",
    "fig, ax = plt.subplots(3, 1)\nax.shape",
    "fig, ax = plt.subplots(2, 2)\nax.shape",
    "fig, ax = plt.subplots(2, 2)\nlen(ax)",
    "fig, ax = plt.subplots(2, 2)\nlen(list(ax.flat))",
    "fig, ax = plt.subplots(2, 2)\nax[0]",
    "fig, ax = plt.subplots(2, 2)\nax[:, 1]",
    "fig, ax = plt.subplots(2, 2)\nax[-1, -1].set_title('last')\nax[1, 1]",
    "fig, ax = plt.subplots(2, 2)\nax[2, 0]",
    "fig, ax = plt.subplots(2, 2)\nax[0, 2]",
    "fig, ax = plt.subplots(2, 2)\nax[0, 0, 0]",
    "fig, ax = plt.subplots(1, 3)\nax[3]",
    "fig, ax = plt.subplots(1, 3)\nax[0, 0]",
    "fig, ax = plt.subplots(2, 2)\nax[0, 0].plot([1, 2], [3, 4], 'o', color='C0')",
    "fig, ax = plt.subplots()\nax",
    "fig, ax = plt.subplots(figsize=(8, 8))\nfig",
    "fig, ax = plt.subplots(4, 2, figsize=(8, 8))\nfig",
    "fig, ax = plt.subplots(2, 2)\nfig.suptitle('x')",
    "fig, ax = plt.subplots()\nax.set_title('t')",
    "fig, ax = plt.subplots()\nax.set_xlabel('x')",
    "fig, ax = plt.subplots()\nax.set_ylabel('y')",
    "fig, ax = plt.subplots()\nax.set_title('t')\nax.set_xlabel('x')\nax.set_ylabel('y')\nax",
    "fig, ax = plt.subplots()\nax.set_xlim(0, 3)",
    "fig, ax = plt.subplots()\nax.set_ylim([-1, 1])",
    "fig, ax = plt.subplots()\nax.axhline(0.5)",
    "fig, ax = plt.subplots()\nax.axvline(0.5, color='r', ls='--')",
    "fig, ax = plt.subplots()\nax.fill_between([1, 2, 3], [1, 2, 1], alpha=0.3)",
    "fig, ax = plt.subplots()\nax.scatter([1, 2], [1, 2])",
    "fig, ax = plt.subplots()\nax.grid()",
    "fig, ax = plt.subplots()\nax.plot([1, 2], label='a')\nax.legend()",
    "plt.plot([1, 2])",
    "plt.plot([1, 2], [1, 4], 'r--', lw=2)",
    "plt.title('a')",
    "plt.xlabel('x')",
    "plt.ylabel('y')",
    "plt.xlim(0, 1)",
    "plt.ylim(-2, 2)",
    "plt.suptitle('s')",
    "plt.axhline(1)",
    "plt.axvline(0)",
    "plt.tight_layout()",
    "plt.subplot(2, 2, 1)",
    "plt.subplot(221)",
    "fig = plt.figure()\nfig.add_subplot(1, 2, 1)",
    "fig = plt.figure(figsize=(4, 3))\nfig",
    f"plt.hist({SMALL})",
    "plt.hist([1, 2, 3], bins=3)",
    "plt.hist([1, 2, 3], bins=[0, 1.5, 3])",
    "plt.hist([5, 5, 5])",
    "plt.hist([0.5, 1.5, 2.5, 9.5], bins=4, range=(0, 10))",
    f"plt.hist({RANDN})",
    f"plt.hist({RANDN}, bins=20)",
    f"n, bins, patches = plt.hist({RANDN}, bins=30)\nbins",
    "n, bins, patches = plt.hist([1, 2, 2, 3], bins=3, density=True)\nn",
    # numpy arrays in and out: hist's counts and edges are numpy arrays, plot keeps what it was given
    "n, bins, _ = plt.hist(np.linspace(0, 1, 5))\nn, bins",
    "n, bins, _ = plt.hist(np.array([0.1, 0.5, 0.9, 1.3], dtype=np.float32), bins=4)\nbins",
    "n, bins, _ = plt.hist(np.array([1, 2, 2, 3]))\nn.sum(), type(n), bins.dtype, len(bins)",
    "plt.plot(np.array([1.0, 2.0]), [3, 4])",
    "line, = plt.plot([1, 2], [3, 4])\nline.get_xdata(), line.get_ydata()",
    "line, = plt.plot([1.5, 2])\nline.get_data()",
    "line, = plt.plot(np.arange(3), np.array([1.5, 2.5, 3.5], dtype=np.float32))\nline.get_xdata(), line.get_ydata()",
    "line, = plt.plot(np.arange(3), np.arange(3) ** 2)\nline.set_ydata([5, 6, 7])\nline.get_ydata()",
    "lines = plt.plot(np.array([[1, 2], [3, 4], [5, 6]]))\n[l.get_ydata() for l in lines]",
    "plt.plot(1, 2, 'o')[0].get_xdata()",
    "plt.scatter(np.array([1, 2]), np.array([1.5, 2.5], dtype=np.float32))",
    "fig, ax = plt.subplots()\nax.fill_between(np.array([1, 2, 3]), np.array([1, 2, 1]), alpha=0.3)",
    "plt.xlim(np.float64(0.5), np.float32(2.5))",
    "plt.axhline(np.float32(0.5))",
    "fig, ax = plt.subplots()\nax.set_xticks([])",
    "fig, ax = plt.subplots()\nax.set_xticks([0, 1])",
    "fig, ax = plt.subplots()\nax.set_yticks([0.5])",
    # matshow, tick labels and the figure's size (10wk-1's Vis2)
    "im = plt.matshow(np.zeros((15, 7)), vmin=-7, vmax=7, cmap='bwr')\nim, im.get_clim(), plt.gcf().get_size_inches().tolist(), plt.gci() is im",
    "plt.matshow(np.zeros((3, 40)))\nplt.gcf().get_size_inches().tolist()",
    "plt.matshow(np.zeros((3, 4)))\nplt.gcf().set_figwidth(15)\nplt.gcf().set_figheight(7.5)\nplt.gcf()",
    "plt.matshow(np.zeros((3, 4)))\nplt.xticks(range(3), labels=['$h$', 'a', 'b'], size=14)[1]",
    "plt.plot([1, 2])\nplt.xticks([0.5, 1], ['x', 'y'])[1], plt.yticks(range(2), labels=['a', 'b'])[1]",
    "plt.plot([1, 2])\nplt.xticks(range(3), labels=['a'])",
    "fig, ax = plt.subplots()\nax.set_xticks([0, 1], labels=('p', 'q'))\nax.matshow(np.zeros((2, 2)))",
    # imshow and colorbar (the 6wk-1 lecture's images)
    "plt.imshow([[1, 2], [3, 4]])",
    "plt.imshow([[1, 2], [3, 4]])\nplt.colorbar()",
    "fig, ax = plt.subplots()\nim = ax.imshow(np.zeros((3, 3)))\nfig.colorbar(im, ax=ax)",
    "plt.imshow([[1., 2], [2, 4]])\nplt.xlim(), plt.ylim()",
    "plt.imshow([[1., 2], [2, 4]], origin='lower')\nplt.xlim(), plt.ylim()",
    "plt.imshow([[1., 2], [2, 4]], extent=(0, 10, 0, 5))\nplt.xlim(), plt.ylim()",
    "fig, ax = plt.subplots()\nax.imshow(np.zeros((3, 5)))\nax.get_xlim(), ax.get_ylim(), ax.get_aspect()",
    "plt.imshow(np.zeros((3, 5)), aspect='auto')\nplt.gca().get_aspect()",
    "plt.imshow(np.zeros((3, 5)), aspect=2)\nplt.gca().get_aspect()",
    "im = plt.imshow([[1, 2]])\nim.get_clim(), im.get_extent()",
    "im = plt.imshow([[1, 2]], vmin=0)\nim.get_clim()",
    "im = plt.imshow(np.array([[0.5, 2]], dtype=np.float32))\nim.get_clim()",
    "im = plt.imshow([[1, 2]])\nim.set_clim(0, 4)\nim.get_clim()",
    "im = plt.imshow(np.zeros((2, 2)))\nplt.colorbar()\nim.get_clim()",
    "im = plt.imshow([[1, 2]])\nplt.colorbar()\nrepr(plt.gcf())",
    "plt.imshow([[1, 2]])\nplt.gci()",
    "plt.imshow([[1, 2]])\ncb = plt.colorbar()\ncb.set_label('intensity')",
    "plt.imshow([[1, 2]])\nplt.colorbar(label='x')",
    # scatter coloured by values: a mappable plt.colorbar finds
    "sc = plt.scatter([1, 2, 3], [1, 2, 3], c=[1, 2, 3])\nplt.colorbar()\nsc.get_clim(), plt.gci() is sc",
    "sc = plt.scatter([1, 2, 3], [1, 2, 3], c=[1, 2, 3], vmin=0)\nsc",
    "plt.scatter([1, 2, 3], [1, 2, 3], c=[1, 2])",
    "plt.scatter([1, 2, 3], [1, 2, 3], c=[1, 2, 3], cmap='nope')",
    "plt.imshow(np.zeros((2, 3, 1)))\nplt.xlim(), plt.ylim()",
    "plt.imshow([1, 2, 3])",
    "plt.imshow(np.zeros((2, 2, 5)))",
    "plt.imshow(np.zeros((2, 2, 2, 2)))",
    "plt.imshow([[1, 2]], cmap='nope')",
    "plt.imshow([[1, 2]], interpolation='nope')",
    "plt.imshow([[1, 2]], origin='nope')",
    "plt.imshow([[1, 2]], aspect='wide')",
    "plt.imshow([[1, 2]], aspect=-1)",
    "plt.imshow([[1, 2]], foo=1)",
    "plt.colorbar()",
    "plt.plot([1, 2])\nplt.colorbar()",
    "fig, ax = plt.subplots()\nim = ax.imshow([[1, 2]])\nfig.colorbar()",
]

# 3-D axes (mplot3d), as lecture 05wk-1's loss surfaces use them
AX3 = "ax = plt.axes(projection='3d')\n"
GRID = "X = np.array([[0., 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2]])\nY = np.array([[0., 0, 0], [1, 1, 1], [2, 2, 2], [3, 3, 3]])\n"
PROGRAMS_3D = [
    "fig = plt.figure()\nfig.add_subplot(1, 2, 2, projection='3d')",
    "plt.axes(projection='3d')",
    "fig, ax = plt.subplots(subplot_kw={'projection': '3d'})\nax",
    "fig, ax = plt.subplots(1, 2, subplot_kw={'projection': '3d'})\nax",
    "plt.subplots(subplot_kw=5)",
    "plt.subplot(1, 2, 1, projection='3d')",
    "fig = plt.figure()\nax = fig.add_subplot(1, 2, 1, projection='3d')\nax2 = fig.add_subplot(1, 2, 2)\nfig.axes",
    "fig = plt.figure()\nax = fig.add_subplot(1, 2, 1, projection='3d')\nfig",
    "fig = plt.figure()\nfig.add_subplot(111, projection='4d')",
    "fig = plt.figure()\nfig.add_subplot(111, projection=3)",
    "fig = plt.figure()\nfig.add_subplot(111, projection=None)",
    AX3 + "ax",
    AX3 + "ax.set_zlabel('z')",
    AX3 + "ax.set_xlabel('x')",
    AX3 + "ax.set_ylabel('y')",
    AX3 + "ax.set_title('t')",
    AX3 + "ax.set_xlabel('w0')\nax.set_ylabel('w1')\nax.set_zlabel('loss')\nax.set_title('MSE')\nax",
    AX3 + "ax.get_zlabel()",
    AX3 + "(ax.elev, ax.azim, ax.roll)",
    AX3 + "ax.elev = 15\nax.azim = 75\n(ax.elev, ax.azim)",
    AX3 + "ax.view_init(10, 20)",
    AX3 + "ax.view_init(10)\n(ax.elev, ax.azim, ax.roll)",
    AX3 + "ax.view_init(elev=15, azim=75, roll=5)\n(ax.elev, ax.azim, ax.roll)",
    AX3 + "ax.view_init(1, 2, 3, 4)",
    AX3 + "ax.get_xlim()",
    AX3 + "ax.get_zlim()",
    AX3 + "ax.set_zlim(0, 1)",
    AX3 + "ax.set_zlim((1, 2))",
    AX3 + "ax.set_zlim(top=2)",
    AX3 + "ax.set_zlim(bottom=1, zmin=2)",
    AX3 + "ax.set_xlim(-1, 1)",
    AX3 + "ax.set_zticks([])",
    AX3 + "ax.set_zticks([0, 1])",
    AX3 + "ax.set_yticks([0, 1])",
    AX3 + GRID + "ax.plot_surface(X, Y, X + Y)",
    AX3 + GRID + "ax.plot_surface(X, Y, X + Y)\n(ax.get_xlim(), ax.get_ylim(), ax.get_zlim())",
    AX3 + GRID + "ax.plot_surface(X, Y, X * Y, rstride=2, cstride=1, alpha=0.5)",
    AX3 + GRID + "ax.plot_surface(X, Y, X + Y, rstride=1, rcount=2)",
    AX3 + GRID + "ax.plot_surface(X, Y, X + Y, shade=None)",
    AX3 + GRID + "ax.plot_surface(X, Y)",
    AX3 + GRID + "ax.plot_surface(X, Y, [[1, 2], [3, 4]])",
    AX3 + GRID + "ax.plot_surface(X, Y, np.array([1., 2, 3]))",
    AX3 + GRID + "ax.plot_surface(X, Y, np.zeros((2, 2)))",
    AX3 + GRID + "ax.plot_wireframe(X, Y, X + Y)",
    AX3 + GRID + "ax.plot_wireframe(X, Y, X + Y, rstride=0, cstride=0)",
    AX3 + GRID + "ax.plot_wireframe(X, Y, X + Y)\n(ax.get_xlim(), ax.get_ylim(), ax.get_zlim())",
    AX3 + "ax.scatter([1, 2], [3, 4], [5, 6])",
    AX3 + "ax.scatter3D([1, 2], [3, 4], [5, 6])",
    AX3 + "ax.scatter([1, 2], [3, 4], [5, 6])\n(ax.get_xlim(), ax.get_ylim(), ax.get_zlim())",
    AX3 + "ax.scatter(1, 2, 3)\n(ax.get_xlim(), ax.get_ylim(), ax.get_zlim())",
    AX3 + "ax.scatter([1, 2], [3, 4])\nax.get_zlim()",
    AX3 + "ax.scatter([1, 2], [3, 4], [1, 2, 3])",
    AX3 + "ax.plot([1, 2], [3, 4], [5, 6])",
    AX3 + "ax.plot3D([1, 2], [3, 4], [5, 6], 'r--')",
    AX3 + "ax.plot([1, 2], [3, 4], [5, 6])\n(ax.get_xlim(), ax.get_ylim(), ax.get_zlim())",
    AX3 + "ax.plot([1, 2], [3, 4], 5)\nax.get_zlim()",
    AX3 + "ax.plot([1, 2], [3, 4])\nax.get_zlim()",
    AX3 + "ax.plot([1, 2], [3, 4], [1, 2, 3])",
    AX3 + "ax.plot([1, 2], [3, 4, 5], [1, 2])",
    AX3 + "line, = ax.plot([1, 2], [3, 4], [5, 6])\nline.set_data_3d([1], [2], [3])",
    AX3 + "line, = ax.plot([1, 2], [3, 4], [5, 6])\nline.set_data_3d(([1], [2], [3]))\nline.get_data_3d()",
    AX3 + "line, = ax.plot([1, 2], [3, 4], [5, 6])\nline.get_data_3d()",
    AX3 + "s = ax.scatter([1, 2], [3, 4], [5, 6])\ns._offsets3d = ([1], [2], [3])\ns._offsets3d",
    AX3 + GRID + "ax.plot_surface(X, Y, X + Y)\nax.plot_surface(X, Y, X - Y)\nax.scatter([0], [0], [0])\nax.get_zlim()",
    AX3 + "ax.zlabel",
    "from mpl_toolkits.mplot3d import Axes3D\nAxes3D",
    "fig = plt.figure()\nfig.gca(projection='3d')",
    "plt.gca(projection='3d')",
    "from mpl_toolkits.mplot3d import Axes3D\n" + AX3 + "(isinstance(ax, Axes3D), isinstance(plt.figure().add_subplot(), Axes3D))",
]

# GridSpec layouts and shared axes (plt.subplots(sharex=...), ax.sharex): reprs, indexing errors,
# where each axes sits (get_position with the default subplot parameters) and shared limits
GS = "import matplotlib.gridspec as gridspec\nfig = plt.figure()\nspec = fig.add_gridspec(3, 2)\n"
SHARED = "fig, ax = plt.subplots(2, 2, sharex=True)\nax[0, 0].plot([1, 3], [2, 5])\nax[1, 1].plot([0, 2], [0, 1])\n"
PROGRAMS_GRID = [
    GS + "spec",
    GS + "spec[0, :]",
    GS + "spec[1:, 1]",
    GS + "spec[0]",
    GS + "spec[-1]",
    GS + "spec[-1, -2]",
    GS + "spec[0:3]",
    GS + "spec[1:4]",
    GS + "spec[::2, 0]",
    GS + "spec[3, 0]",
    GS + "spec[0, 2]",
    GS + "spec[-4, 0]",
    GS + "spec[6]",
    GS + "spec[0, 0, 0]",
    GS + "spec[0:0, 0]",
    GS + "spec[1, 1:1]",
    GS + "spec[1, :].rowspan",
    GS + "spec[1:, 1].colspan",
    GS + "(spec.nrows, spec.ncols, spec.get_geometry())",
    GS + "spec[1, :].get_gridspec()",
    GS + "fig.add_subplot(spec[0, :])",
    GS + "fig.add_subplot(spec[0, :]).get_position()",
    GS + "fig.add_subplot(spec[0, :]).get_position().bounds",
    GS + "fig.add_subplot(spec[1:, 1]).get_position().bounds",
    GS + "fig.add_subplot(spec[1, 0]).get_position().bounds",
    GS + "fig.add_subplot(spec[2, 0]).get_position().bounds",
    GS + "fig.add_subplot(spec[5]).get_position().bounds",
    GS + "str(fig.add_subplot(spec[0, :]))",
    GS + "ax = fig.add_subplot(spec[0, :])\nax2 = fig.add_subplot(spec[1:, 1])\nlen(fig.axes)",
    GS + "plt.subplot(spec[1:, 0])",
    GS + "plt.subplot(spec[1:, 0]).get_position().bounds",
    "plt.GridSpec(2, 2)",
    "import matplotlib.gridspec as gridspec\ngridspec.GridSpec(2, 3, figure=plt.figure())",
    "plt.GridSpec(0, 2)",
    "plt.GridSpec(2, 0)",
    "plt.GridSpec(2.0, 2)",
    "plt.subplot2grid((3, 3), (0, 0), colspan=2)",
    "plt.subplot2grid((3, 3), (1, 0), rowspan=2).get_position().bounds",
    "plt.subplot2grid((3, 3), (0, 2), rowspan=3).get_position().bounds",
    "fig, ax = plt.subplots(2, 2)\nax[1, 0].get_position().bounds",
    "fig, ax = plt.subplots(2, 3)\nax[0, 2].get_position()",
    "fig, ax = plt.subplots()\nax.get_position().bounds",
    "fig, ax = plt.subplots()\nstr(ax)",
    "fig, ax = plt.subplots(4, 2, figsize=(8, 8))\nstr(ax[3, 1])",
    "fig, ax = plt.subplots()\nax.get_xlim()",
    "fig, ax = plt.subplots()\nax.plot([1, 2, 3], [4, 6, 5])\n(ax.get_xlim(), ax.get_ylim())",
    "fig, ax = plt.subplots()\nax.hist([1, 2, 2, 3])\nax.get_ylim()",
    "fig, ax = plt.subplots()\nax.plot([1, 2, 3], [4, 6, 5])\nax.set_xlim(left=0)",
    "plt.plot([0, 10], [1, 2])\nplt.xlim()",
    SHARED + "(ax[0, 1].get_xlim(), ax[0, 1].get_ylim())",
    SHARED + "(ax[0, 0].get_xlim(), ax[1, 1].get_xlim())",
    SHARED + "(ax[0, 0].get_ylim(), ax[1, 1].get_ylim())",
    SHARED + "ax[1, 0].set_xlim(0, 10)\n(ax[0, 0].get_xlim(), ax[0, 1].get_xlim(), ax[1, 1].get_ylim())",
    "fig, ax = plt.subplots(2, 2, sharey=True)\nax[0, 0].plot([1, 3], [2, 5])\nax[1, 1].plot([0, 2], [0, 1])\n(ax[0, 1].get_ylim(), ax[1, 0].get_ylim(), ax[1, 0].get_xlim())",
    "fig, ax = plt.subplots(2, 2, sharex='col')\nax[0, 0].plot([1, 3], [2, 5])\nax[1, 1].plot([0, 2], [0, 1])\n(ax[1, 0].get_xlim(), ax[0, 1].get_xlim(), ax[1, 1].get_xlim())",
    "fig, ax = plt.subplots(2, 2, sharex='row', sharey='all')\nax[0, 0].plot([1, 3], [2, 5])\nax[1, 1].plot([0, 2], [0, 1])\n(ax[0, 1].get_xlim(), ax[1, 0].get_xlim(), ax[1, 0].get_ylim())",
    "fig, ax = plt.subplots(1, 2, sharey=True)\nax[0].hist([1, 2, 2, 3])\nax[1].plot([0, 1], [-1, 1])\n(ax[0].get_ylim(), ax[1].get_ylim())",
    "fig, ax = plt.subplots(2, 2, sharex='none')\nax[0, 0].plot([1, 3], [2, 5])\nax[0, 1].get_xlim()",
    "plt.subplots(2, 2, sharex='foo')",
    "plt.subplots(2, 2, sharey='columns')",
    "plt.subplots(2, 2, sharey=None)",
    "fig, ax = plt.subplots(1, 2)\nax[0].plot([1, 2])\nax[1].sharex(ax[0])\nax[1].get_xlim()",
    "fig, ax = plt.subplots(1, 2)\nax[0].set_xlim(3, 4)\nax[1].sharex(ax[0])\nax[1].get_xlim()",
    "fig, ax = plt.subplots(1, 3)\nax[1].sharex(ax[0])\nax[1].sharex(ax[2])",
    "fig, ax = plt.subplots(1, 2)\nax[1].sharey(ax[0])\nax[0].plot([1, 2], [5, 7])\nax[1].get_ylim()",
    "fig, ax = plt.subplots(1, 2, sharex=True)\nax[1].sharex(ax[0])",
    "fig, ax = plt.subplots(1, 2, sharex=True)\nax[0].sharex(ax[1])\nax[0].get_xlim()",
    "fig, ax = plt.subplots(2, 2, sharex=True, sharey=True)\nax",
]

HIST = [
    {"data": SMALL, "bins": 10},
    {"data": [1, 2, 3], "bins": 3},
    {"data": [5, 5, 5], "bins": 10},
    {"data": [0.1, 0.2, 0.3], "bins": 10},
    {"data": RANDN, "bins": 10},
    {"data": RANDN, "bins": 7},
    {"data": RANDN, "bins": 50},
    {"data": RANDN, "bins": [-3, -1, 0, 0.5, 2, 3]},
    {"data": RANDN, "bins": 10, "range": [-1, 1]},
    {"data": [0.1, 0.5, 0.9, 1.3], "bins": 10, "float32": True},
    {"data": RANDN, "bins": 10, "float32": True},
    {"data": RANDN, "bins": 33, "float32": True},
]


def pretty(value, indent=0):
    """IPython's pretty printer, for what these programs show (lists and tuples of reprs)."""
    if type(value) in (list, tuple):  # a tuple subclass with its own repr (BarContainer) prints that repr
        flat = flat_pretty(value)
        if "\n" not in flat and indent + len(flat) <= 79:
            return flat
        open_, close = ("[", "]") if isinstance(value, list) else ("(", ")")
        parts = [pretty(item, indent + 1) for item in value]
        return open_ + (",\n" + " " * (indent + 1)).join(parts) + ("," if isinstance(value, tuple) and len(value) == 1 else "") + close
    return "\n".join(line if i == 0 else " " * indent + line for i, line in enumerate(one(value).split("\n")))


def flat_pretty(value):
    if type(value) is list:
        return "[" + ", ".join(flat_pretty(v) for v in value) + "]"
    if type(value) is tuple:
        return "(" + ", ".join(flat_pretty(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    return one(value)


def one(value):
    return re.sub(r"^<([\w.]+) object at (0x[0-9a-f]+)>$", r"<\1 at \2>", repr(value))


def run(source):
    plt.close("all")
    namespace = {"plt": plt, "np": np}
    *body, last = source.split("\n")
    try:
        exec("\n".join(body), namespace)
        value = eval(last, namespace)
    except Exception as error:  # noqa: BLE001
        return {"source": source, "error": {"type": type(error).__name__, "message": str(error)}}
    shown = None if value is None else re.sub(r"\b0x[0-9a-f]+", "0x…", pretty(value))
    return {"source": source, "shown": shown}


def hist(case):
    plt.close("all")
    data = np.array(case["data"], dtype=np.float32 if case.get("float32") else np.float64)
    kwargs = {"range": tuple(case["range"])} if "range" in case else {}
    n, bins, _ = plt.hist(data, bins=case["bins"], **kwargs)
    return {**case, "counts": n.tolist(), "edges": [float(b) for b in bins]}


def literal(array):
    """numpy source for an array, as the page's kernel reads it too (nan and inf spelled out)."""
    values = ", ".join("float('nan')" if np.isnan(v) else f"float('{v}')" if np.isinf(v) else repr(v) for v in array.ravel().tolist())
    return f"np.array([{values}], dtype={'np.' + array.dtype.name if array.dtype != bool else 'bool'}).reshape({array.shape})"


_rand = np.random.RandomState(0)
IMAGES = [
    (np.array([[1.0, 2], [2, 4]]), {"cmap": "gray"}),
    (np.linspace(-1, 1, 64).reshape(8, 8), {}),
    ((np.arange(30, dtype=np.float32) / 7).reshape(5, 6), {"cmap": "jet"}),
    (np.arange(20).reshape(4, 5), {"cmap": "hot", "vmin": 3, "vmax": 15}),
    (np.array([[0, np.nan, 1], [np.inf, 0.5, -1]]), {"cmap": "coolwarm"}),
    (np.eye(3, dtype=bool), {"cmap": "binary"}),
    (np.zeros((2, 3)), {"cmap": "Greys"}),
    (np.arange(6.0).reshape(2, 3), {"cmap": "viridis_r"}),
    (np.arange(6.0).reshape(2, 3), {"cmap": "gray_r"}),
    (_rand.rand(16, 16).astype(np.float32), {"cmap": "RdBu"}),
    (_rand.rand(16, 16), {"cmap": "Greys", "vmin": 0.2, "vmax": 0.7}),
    ((_rand.rand(12, 12) * 255).astype(np.float32).round(), {"cmap": "gray"}),
    (np.linspace(-0.2, 1.2, 24).reshape(2, 4, 3), {}),
    (np.linspace(0, 1, 32).reshape(2, 4, 4), {}),
    (np.linspace(0, 1, 24).reshape(2, 4, 3).astype(np.float32), {}),
    (np.arange(0, 360, 15).reshape(2, 4, 3), {}),
]


# scatter(c=values, cmap=...): each point's colour (PathCollection.to_rgba of its array, floats)
SCATTERS = [
    {"c": [0.5, 1.0, 2.5, -1.0, 3.25], "kwargs": {}},
    {"c": [0.5, 1.0, 2.5, -1.0, 3.25], "kwargs": {"cmap": "coolwarm", "vmin": 0, "vmax": 2}},
    {"c": [float(v) for v in np.linspace(0, 1, 40) ** 2], "kwargs": {"cmap": "jet"}},
]


def scatter(case):
    plt.close("all")
    n = len(case["c"])
    sc = plt.scatter(list(range(n)), list(range(n)), c=case["c"], **case["kwargs"])
    return {**case, "colors": sc.to_rgba(sc.get_array()).tolist()}


def image(case):
    plt.close("all")
    data, kwargs = case
    source = literal(data)
    im = plt.imshow(eval(source, {"np": np, "float": float}), **kwargs)
    rgba = im.to_rgba(im.get_array(), bytes=True)
    return {"source": source, "kwargs": kwargs, "rgba": rgba.ravel().tolist(), "clim": one(im.get_clim())}


# where matplotlib puts an image's axes (aspect 'equal', after drawing) and a colorbar, and the ticks in view
IMAGE_LAYOUTS = [
    {"shape": [2, 2], "colorbar": True},
    {"shape": [28, 28], "colorbar": False},
    {"shape": [28, 28], "colorbar": True},
    {"shape": [5, 10], "colorbar": False},
    {"shape": [20, 40], "colorbar": True},
    {"shape": [100, 30], "colorbar": False},
    {"shape": [3, 4], "colorbar": True, "vmin": 0, "vmax": 0},
    {"shape": [3, 4], "colorbar": True, "vmin": -3.5, "vmax": 1200},
]


def image_layout(case):
    plt.close("all")
    rows, cols = case["shape"]
    low, high = case.get("vmin", 0), case.get("vmax", rows * cols - 1)
    im = plt.imshow(np.linspace(low, high, rows * cols).reshape(rows, cols))
    cb = plt.colorbar() if case["colorbar"] else None
    plt.gcf().canvas.draw()
    ax = im.axes

    def inside(ticks, lim):
        return [float(t) for t in ticks if min(lim) <= t <= max(lim)]

    result = {
        **case,
        "axes": list(ax.get_position().bounds),
        "xticks": inside(ax.get_xticks(), ax.get_xlim()),
        "yticks": inside(ax.get_yticks(), ax.get_ylim()),
    }
    if cb:
        result["colorbarBox"] = list(cb.ax.get_position().bounds)
        result["colorbarTicks"] = inside(cb.ax.get_yticks(), cb.ax.get_ylim())
        result["colorbarLimits"] = list(cb.ax.get_ylim())
    return result


# plot_surface's polygons and shading: the polygons' vertices (perimeters of the strided patches,
# before depth sorting) and each polygon's RGBA, as Poly3DCollection keeps them
SURFACES = [
    {"rows": 4, "cols": 3, "z": "x * y", "kwargs": {}},
    {"rows": 5, "cols": 7, "z": "np.sin(x) + y ** 2 / 4", "kwargs": {"rstride": 2, "cstride": 3}},
    {"rows": 6, "cols": 6, "z": "x - 2 * y", "kwargs": {"rstride": 2, "cstride": 2, "color": "C1", "alpha": 0.5}},
    {"rows": 60, "cols": 8, "z": "np.cos(x) * y", "kwargs": {}},
    {"rows": 4, "cols": 4, "z": "x + y", "kwargs": {"shade": False, "color": "grey"}},
    # a colormap: each polygon by its mean z (its colours are set when drawn: to_rgba of get_array())
    {"rows": 5, "cols": 7, "z": "np.sin(x) + y ** 2 / 4", "kwargs": {"cmap": "viridis"}},
    {"rows": 30, "cols": 25, "z": "np.cos(x) * np.sin(3 * y)", "kwargs": {"cmap": "coolwarm", "rstride": 1, "cstride": 1}},
    {"rows": 12, "cols": 12, "z": "x * y - 1", "kwargs": {"cmap": "jet", "vmin": -0.5, "alpha": 0.7}},
    {"rows": 60, "cols": 8, "z": "np.cos(x) * y", "kwargs": {"cmap": "RdBu_r"}},
]


def surface(case):
    plt.close("all")
    ax = plt.axes(projection="3d")
    x, y = np.meshgrid(np.arange(case["cols"]) * 0.5, np.arange(case["rows"]) * 0.25)
    z = eval(case["z"], {"np": np, "x": x, "y": y})
    poly = ax.plot_surface(x, y, z, **case["kwargs"])
    colors = poly.to_rgba(poly.get_array(), alpha=poly.get_alpha()) if "cmap" in case["kwargs"] else poly._facecolor3d
    return {
        **case,
        "polygons": [poly._vec[:3, sl].T.tolist() for sl in poly._segslices],
        "colors": colors.tolist(),
    }


# the projection matrix of Axes3D.get_proj for limits and camera angles, and points through it
PROJECTIONS = [
    {"lims": [0, 1, 0, 1, 0, 1], "elev": 30, "azim": -60, "roll": 0},
    {"lims": [-10, 3, -1, 10, 0, 0.3], "elev": 15, "azim": 75, "roll": 0},
    {"lims": [-2, 2, -3, 5, -1, 1], "elev": -20, "azim": 200, "roll": 0},
    {"lims": [0, 1, 0, 2, 0, 3], "elev": 95, "azim": 10, "roll": 0},
    {"lims": [0, 1, 0, 1, 0, 1], "elev": 30, "azim": -60, "roll": 20},
]
POINTS = [[0, 0, 0], [1, 0.5, 0.25], [-3, 4, 0.1], [0.5, 0.5, 0.5]]


def projection(case):
    from mpl_toolkits.mplot3d import proj3d

    plt.close("all")
    ax = plt.axes(projection="3d")
    x0, x1, y0, y1, z0, z1 = case["lims"]
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_zlim(z0, z1)
    ax.view_init(case["elev"], case["azim"], case["roll"])
    m = ax.get_proj()
    xs, ys, zs = (np.array(c, dtype=float) for c in zip(*POINTS))
    px, py, pz = proj3d.proj_transform(xs, ys, zs, m)
    return {**case, "matrix": m.tolist(), "points": POINTS, "projected": [list(t) for t in zip(px.tolist(), py.tolist(), pz.tolist())]}


def main():
    result = {
        "generator": "scripts/pyplot-golden.py",
        "versions": {"matplotlib": matplotlib.__version__, "numpy": np.__version__},
        "cycle": plt.rcParams["axes.prop_cycle"].by_key()["color"],
        "programs": [run(source) for source in PROGRAMS],
        "programs3d": [run(source) for source in PROGRAMS_3D],
        "programsGrid": [run(source) for source in PROGRAMS_GRID],
        "surfaces": [surface(case) for case in SURFACES],
        "projections": [projection(case) for case in PROJECTIONS],
        "hist": [hist(case) for case in HIST],
        "images": [image(case) for case in IMAGES],
        "scatters": [scatter(case) for case in SCATTERS],
        "imageLayouts": [image_layout(case) for case in IMAGE_LAYOUTS],
    }
    OUTPUT.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(result['programs'])} programs, {len(result['programs3d'])} 3-D programs, "
          f"{len(result['surfaces'])} surfaces, {len(result['projections'])} projections, {len(result['hist'])} histograms, "
          f"{len(result['images'])} images, {len(result['imageLayouts'])} image layouts")


main()
