"""
Smooth versus piecewise
=======================

ReLU and its smooth relatives look alike from afar. Their derivatives tell them apart: ReLU's
slope jumps from 0 to 1 at the origin, theirs turns gradually, with a bounded second derivative.
"""

# %%
# Function, derivative and second derivative
# ------------------------------------------
#
# :func:`activations.relu` against :func:`activations.softplus`, :func:`activations.gelu`,
# :func:`activations.silu`, :func:`activations.mish` and :func:`activations.squareplus`, with
# their default parameters. The library has no second derivatives: :math:`f''` here is the
# central difference of each ``_derivative`` function (e.g.
# :func:`activations.gelu_derivative`) with step :math:`h = 10^{-5}`. For softplus, whose exact
# :math:`f''` is :math:`\sigma'(x)`, it is within :math:`10^{-9}` of it. ReLU's :math:`f''` is 0
# away from the origin and a Dirac impulse :math:`\delta(x)` at it, drawn as an arrow.

import matplotlib.pyplot as plt
import numpy as np

import activations
from activations.plotting import COLORS, FRAME, LINESTYLES, function_symbol, style

names = ["relu", "softplus", "gelu", "silu", "mish", "squareplus"]
h = 1e-5
x = FRAME.grid()
curves = {}
for name in names:
    f, df = getattr(activations, name), getattr(activations, name + "_derivative")
    slope, second = df(x), (df(x + h) - df(x - h)) / (2 * h)
    if name == "relu":  # break the lines at the kink instead of drawing the jump
        slope[np.abs(x) <= h], second[np.abs(x) <= h] = np.nan, np.nan
    curves[name] = (f(x), slope, second)

with style():
    fig, axes = plt.subplots(1, 3, figsize=(7.2, 3.4), layout="constrained")
    for k, (ax, ylim, ylabel) in enumerate(
        zip(
            axes,
            [(-0.5, 3.0), (-0.2, 1.2), (-0.3, 1.0)],
            ["$f(x)$", "$f'(x)$", "$f''(x)$"],
            strict=True,
        )
    ):
        ax.set_prop_cycle(color=COLORS[: len(names)], linestyle=LINESTYLES[: len(names)])
        for name in names:
            ax.plot(x, curves[name][k], label=f"${function_symbol(name)}$", lw=1.6)
        ax.set(xlim=(-4, 4), ylim=ylim, xlabel="$x$", title=ylabel)
        ax.axhline(0, color="#888888", lw=0.8, zorder=1)
    axes[2].annotate(
        "",
        xy=(0, 0.95),
        xytext=(0, 0),
        arrowprops={"arrowstyle": "->", "color": COLORS[0], "lw": 1.6},
    )
    axes[2].annotate(r"$\delta(x)$", (0.3, 0.85), color=COLORS[0], fontsize=10)
    axes[1].plot([0], [activations.relu_derivative(0.0)], "o", color=COLORS[0], zorder=5)
    axes[1].plot([0], [1], "o", color=COLORS[0], mfc="white", zorder=5)
    fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncols=3)
plt.show()

# %%
# What the figure shows
# ---------------------
#
# - ReLU's slope jumps by exactly 1 at :math:`x = 0`; the library returns
#   :math:`\mathrm{ReLU}'(0) = 0` (filled dot), as PyTorch does.
# - Every smooth relative has a bounded second derivative with its peak at the origin:
#   1/4 for softplus (:math:`\beta/4`) and for squareplus (:math:`1/(2\sqrt{b})` with
#   :math:`b = 4`), 1/2 for SiLU, and :math:`\sqrt{2/\pi} \approx 0.80` for GELU.
# - GELU, SiLU and Mish dip below zero for negative inputs and their slope exceeds 1 for
#   moderate positive inputs, visible where :math:`f''` changes sign; softplus and squareplus are
#   monotonic with slopes between 0 and 1.
#
# A finite second derivative means gradient descent sees the slope change gradually, which
# is one reason given for the smooth variants; ReLU is cheaper and exactly linear on each side.

tiny = 1e-12
softplus_second = activations.sigmoid_derivative(x)  # exact f'' of softplus with beta = 1
assert np.max(np.abs(curves["softplus"][2] - softplus_second)) < 1e-9
assert activations.relu_derivative(tiny) - activations.relu_derivative(-tiny) == 1
assert activations.relu_derivative(0.0) == 0
peaks = {name: np.nanmax(curves[name][2]) for name in names[1:]}
at_origin = {name: x[np.nanargmax(curves[name][2])] for name in names[1:]}
expected = {"softplus": 0.25, "squareplus": 0.25, "silu": 0.5, "gelu": np.sqrt(2 / np.pi)}
for name, value in expected.items():
    assert abs(peaks[name] - value) < 1e-6 and at_origin[name] == 0.0, name
assert abs(np.sqrt(2 / np.pi) - 0.80) < 0.005
for name in ("gelu", "silu", "mish"):
    assert curves[name][0].min() < 0 and curves[name][1].max() > 1
for name in ("softplus", "squareplus"):
    assert (
        np.all(np.diff(curves[name][0]) > 0)
        and 0 < curves[name][1].min() < curves[name][1].max() < 1
    )
