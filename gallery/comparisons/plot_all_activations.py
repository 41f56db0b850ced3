"""
All activations at a glance
===========================

Every activation of the catalogue in one grid, then every derivative, all in one frame (the
frame of the gallery's thumbnails): shapes, ranges and slopes compare at a glance, family by
family.
"""

# %%
# The functions
# -------------
#
# One small panel per entry of ``activations.catalog``, in the catalogue's order: each family
# starts a new row, and the colour gives the family, in the site's order (see
# :ref:`catalog-families`): piecewise-linear in blue, sigmoidal in vermilion, exponential linear
# units in green, smooth rectifiers in purple, bumps and waves in orange, vector activations in
# sky blue. Vector activations such as :func:`activations.softmax` are shown along a line
# through the origin, as on their own pages. The frame is :math:`-4 \le x \le 4`, :math:`-1.5 \le y \le 3`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 1601)
columns = 4
rows = []  # (colour, names): one row or more per family, C0 for the first family, C1 ...
for k, family in enumerate(activations.FAMILIES):
    members = [name for name, record in activations.catalog.items() if record.family == family]
    rows += [(f"C{k}", members[i : i + columns]) for i in range(0, len(members), columns)]


def curves(name):
    """f(x) and f'(x); a vector activation along v = (x, 0), or v = (x, x) if it halves v."""
    f, df = getattr(activations, name), getattr(activations, name + "_derivative")
    if not activations.catalog[name].vector:
        return f(x), df(x)
    direction = np.array([1.0, 1.0]) if f(np.zeros(2)).size == 1 else np.array([1.0, 0.0])
    v = x[:, None] * direction
    return f(v)[:, 0], df(v)[:, 0, :] @ direction  # the first output, and its slope


def gaps(y):
    """y with NaN after each jump, so that a step is not drawn as a vertical line."""
    y = y.copy()
    y[1:][np.abs(np.diff(y)) > 0.1] = np.nan
    return y


def grid(derivative, title):
    """One panel per activation, one row (or more) per family."""
    fig, axes = plt.subplots(
        len(rows), columns, figsize=(4.8, 0.6 + 1.15 * len(rows)), sharex=True, sharey=True
    )
    for row, (color, members) in zip(axes, rows, strict=True):
        for ax, name in zip(row, members, strict=False):
            f, df = curves(name)
            ax.plot(x, gaps(df if derivative else f), color=color, linewidth=1.5)
            ax.set_title(name, fontsize=10, pad=2)
            ax.tick_params(labelsize=9)
        for ax in row[len(members) :]:
            ax.set_axis_off()
    # the panels share their axes: one call frames them all
    axes[0, 0].set(xlim=(-4, 4), ylim=(-1.5, 3), xticks=[-4, 0, 4], yticks=[-1, 0, 1, 2, 3])
    fig.suptitle(title)
    return fig


# sphinx_gallery_alt = "A grid of small plots, one per activation of the catalogue, each family in its own colour."
grid(derivative=False, title="$f(x)$")
plt.show()

# sphinx_gallery_start_ignore
assert list(activations.FAMILIES) == [
    "piecewise",
    "sigmoidal",
    "exponential",
    "smooth",
    "nonmonotonic",
    "vector",
]
# sphinx_gallery_end_ignore

# %%
# The derivatives
# ---------------
#
# The same grid for :math:`f'`, as computed by each ``_derivative`` function, e.g.
# :func:`activations.sigmoid_derivative`; for vector activations the slope of the first output
# along the line. The sigmoidal derivatives are bumps that vanish on both sides, the
# rectifiers' climb to 1 and stay there, and some, such as those of SELU, GELU, SiLU and Mish,
# exceed 1.

# sphinx_gallery_alt = "The same grid for the derivatives of all activations, each family in its own colour."
grid(derivative=True, title="$f'(x)$")
plt.show()

# %%
# Every element-wise derivative shown is bounded by the record's :math:`\max |f'|` (listed in
# the comparison table), here checked over the frame.

bounded = [
    np.abs(record.derivative(x)).max() <= record.max_abs_derivative * (1 + 1e-12)
    for record in activations.catalog.values()
    if not record.vector
]
print(f"{sum(bounded)} of {len(bounded)} derivatives within their max |f'|")

# sphinx_gallery_start_ignore
for name in ("selu", "gelu", "silu", "mish"):
    assert activations.catalog[name].derivative(x).max() > 1
for name, record in activations.catalog.items():
    if not record.vector:
        assert abs(record.derivative(x)).max() <= record.max_abs_derivative * (1 + 1e-12), name
assert all(bounded)
# sphinx_gallery_end_ignore
