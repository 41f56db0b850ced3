"""
All activations at a glance
===========================

Every activation of the catalogue in one grid, then every derivative, all in the frame that the
individual pages share: shapes, ranges and slopes compare at a glance, family by family.
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
from matplotlib.mathtext import MathTextParser

import activations
from activations.plotting import (
    COLORS,
    FRAME,
    derivative_symbol,
    function_symbol,
    plot_activation,
    style,
)

assert list(activations.FAMILIES) == [
    "piecewise",
    "sigmoidal",
    "exponential",
    "smooth",
    "nonmonotonic",
    "vector",
]
COLUMNS = 6
rows = []
for family in activations.FAMILIES:
    members = [name for name, record in activations.catalog.items() if record.family == family]
    rows += [(family, members[i : i + COLUMNS]) for i in range(0, len(members), COLUMNS)]


def symbol(name, derivative=False):
    """A short math title: the record's symbol, else its formula's short side, else the name."""
    text = (derivative_symbol if derivative else function_symbol)(name)
    if text not in ("f(x)", "f'(x)"):
        return f"${text}$"
    if derivative:  # (x^2)' for an entry whose formula reads f(x) = x^2
        base = symbol(name)[1:-1]
        return f"${base}'$" if base.startswith(r"\mathtt") else f"$({base})'$"
    record = activations.catalog[name]
    lhs, _, rhs = record.formula.partition("=")
    for candidate in (lhs.strip() if record.vector else "", rhs.strip()):
        if 0 < len(candidate) <= 30:
            try:
                MathTextParser("path").parse(f"${candidate}$")
            except ValueError:
                continue
            return f"${candidate}$"
    return r"$\mathtt{" + name.replace("_", r"\_") + "}$"


def grid(derivative):
    """One panel per activation, one row (or more) per family."""
    with style():
        fig, axes = plt.subplots(len(rows), COLUMNS, figsize=(7.2, 1.2 * len(rows)))
        fig.subplots_adjust(left=0.06, right=0.99, top=0.97, bottom=0.03, hspace=0.45, wspace=0.1)
        for row, (family, members) in zip(axes, rows, strict=True):
            color = COLORS[list(activations.FAMILIES).index(family) % len(COLORS)]
            for ax, name in zip(row, members, strict=False):
                plot_activation(
                    name,
                    ax,
                    function=not derivative,
                    derivative=derivative,
                    kinks=False,
                    color=color,
                    derivative_color=color,
                    derivative_linestyle="-",
                )
                ax.set_title(symbol(name, derivative), fontsize=8, pad=2)
                ax.set(xlabel="", xticks=[-4, 0, 4], yticks=[-1, 0, 1, 2, 3])
                ax.tick_params(labelsize=7, length=2, pad=1)
                ax.label_outer(remove_inner_ticks=False)
            for ax in row[len(members) :]:
                ax.set_axis_off()
    return fig


fig = grid(derivative=False)
plt.show()

# %%
# The derivatives
# ---------------
#
# The same grid for :math:`f'`, as computed by each ``_derivative`` function, e.g.
# :func:`activations.sigmoid_derivative`; for vector activations the slope of the first output
# along the line. The sigmoidal derivatives are bumps that vanish on both sides, the
# rectifiers' climb to 1 and stay there, and some, such as those of SELU, GELU, SiLU and Mish,
# exceed 1.

fig = grid(derivative=True)
plt.show()

# %%
# Every element-wise derivative shown is bounded by the record's :math:`\max |f'|` (listed in
# the comparison table), here checked over the frame.

x = FRAME.grid()
for name in ("selu", "gelu", "silu", "mish"):
    assert activations.catalog[name].derivative(x).max() > 1
for name, record in activations.catalog.items():
    if not record.vector:
        assert abs(record.derivative(x)).max() <= record.max_abs_derivative * (1 + 1e-12), name
