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
# :func:`activations.silu`, :func:`activations.mish`, :func:`activations.squareplus` and
# :func:`activations.smelu`, with their default parameters. The library has no second derivatives: :math:`f''` here is the
# central difference of each ``_derivative`` function (e.g.
# :func:`activations.gelu_derivative`) with step :math:`h = 10^{-5}`. For softplus, whose exact
# :math:`f''` is :math:`\sigma'(x)`, it is within :math:`10^{-9}` of it. ReLU's :math:`f''` is 0
# away from the origin and a Dirac impulse :math:`\delta(x)` at it, drawn as an arrow.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

names = {
    "relu": "ReLU",
    "softplus": "Softplus",
    "gelu": "GELU",
    "silu": "SiLU",
    "mish": "Mish",
    "squareplus": "Squareplus",
    "smelu": "SmeLU",
}
h = 1e-5
x = np.linspace(-4, 4, 1601)
curves = {}
for name in names:
    f = getattr(activations, name)
    df = getattr(activations, name + "_derivative")
    slope = df(x)
    second = (df(x + h) - df(x - h)) / (2 * h)  # central difference of f'
    if name == "relu":  # break the lines at the kink instead of drawing the jump
        slope[np.abs(x) <= h] = np.nan
        second[np.abs(x) <= h] = np.nan
    curves[name] = (f(x), slope, second)

# sphinx_gallery_alt = "ReLU and six smooth relatives: the functions (top), their derivatives (middle) and their second derivatives (bottom), where ReLU's is an impulse at 0."
fig, axes = plt.subplots(3, 1, figsize=(4.8, 8.4), sharex=True)
for k, ax in enumerate(axes):
    for name, label in names.items():
        ax.plot(x, curves[name][k], label=label)
    ax.axhline(0, color="0.5", linewidth=0.8, zorder=1)
axes[0].set(ylim=(-0.5, 3.0), ylabel="$f(x)$")
axes[1].set(ylim=(-0.2, 1.2), ylabel="$f'(x)$")
axes[2].set(ylim=(-0.3, 1.0), ylabel="$f''(x)$", xlim=(-4, 4), xlabel="$x$")
axes[0].legend(loc="upper left", ncols=2)
# ReLU'(0): the value the library returns (filled) and the limit from the right (open)
axes[1].plot(0, activations.relu_derivative(0.0), "C0o")
axes[1].plot(0, 1, "C0o", markerfacecolor="white")
# ReLU'' is a Dirac impulse at 0: an arrow
axes[2].annotate("", xy=(0, 0.95), xytext=(0, 0), arrowprops={"arrowstyle": "->", "color": "C0"})
axes[2].annotate(r"$\delta(x)$", (0.3, 0.8), color="C0")
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
# - SmeLU is smooth only once: its second derivative is a box, :math:`1/(2\beta) = 1/4` on
#   :math:`(-\beta, \beta)` and 0 outside, with jumps at :math:`\pm\beta = \pm 2`.
#
# A finite second derivative means gradient descent sees the slope change gradually, which
# is one reason given for the smooth variants; ReLU is cheaper and exactly linear on each side.

# sphinx_gallery_start_ignore
tiny = 1e-12
softplus_second = activations.sigmoid_derivative(x)  # exact f'' of softplus with beta = 1
assert np.max(np.abs(curves["softplus"][2] - softplus_second)) < 1e-9
assert activations.relu_derivative(tiny) - activations.relu_derivative(-tiny) == 1
assert activations.relu_derivative(0.0) == 0
peaks = {name: np.nanmax(curves[name][2]) for name in list(names)[1:]}
at_origin = {name: x[np.nanargmax(curves[name][2])] for name in list(names)[1:]}
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
inside, outside = np.abs(x) < 2 - 2 * h, np.abs(x) > 2 + 2 * h
assert np.max(np.abs(curves["smelu"][2][inside] - 0.25)) < 1e-9
assert np.max(np.abs(curves["smelu"][2][outside])) < 1e-9
assert activations.catalog["smelu"].defaults == {"beta": 2.0}
# sphinx_gallery_end_ignore
