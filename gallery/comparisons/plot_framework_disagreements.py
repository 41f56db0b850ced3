"""
Where frameworks disagree
=========================

PyTorch, JAX, Keras and MLX do not always agree on an activation's default parameters: the
same name can mean a different curve. Every disagreement recorded in the catalogue, plotted,
with the difference it makes.
"""

# %%
# The disagreements in the catalogue
# ----------------------------------
#
# Each record lists, for each framework, the defaults it uses (see
# :ref:`catalog-comparison-disagreements`). A record's ``disagreements`` collects the parameters
# whose defaults differ. The catalogue records every default in this library's spelling (JAX's
# ``approximate=True`` for GELU is ``approximate="tanh"`` of :func:`activations.gelu`), so the
# values compare directly.
# A disagreement about the ``axis`` of a vector activation changes no curve, so it is listed
# but not drawn.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

NAMES = activations.FRAMEWORKS

panels = []  # (record, parameter, {library value: [frameworks]})
for name, record in activations.catalog.items():
    for param, by_framework in record.disagreements.items():
        print(f"{name}.{param}: {by_framework}")
        if param == "axis":
            continue
        groups = {}
        for framework, value in by_framework.items():
            groups.setdefault(value, []).append(NAMES[framework])
        if len(groups) > 1:
            panels.append((record, param, groups))

# %%
# Each curve in its framework's default
# -------------------------------------
#
# Upper panel of each figure: the function with each framework's default, labelled with the
# frameworks that use it. Lower panel: the difference from PyTorch's default curve.

x = np.linspace(-4, 4, 1601)
# sphinx_gallery_alt = "Leaky ReLU with each framework's default slope (top) and the difference from PyTorch's curve (bottom)."
# sphinx_gallery_alt = "PReLU with each framework's default initial slope (top) and the difference from PyTorch's curve (bottom)."
# sphinx_gallery_alt = "GELU with each framework's default form, exact or tanh (top), and the difference from PyTorch's curve (bottom)."
for record, param, groups in panels:
    pytorch = record.function(x, **{param: record.disagreements[param]["pytorch"]})
    fig, (top, bottom) = plt.subplots(2, 1, figsize=(4.8, 5.2), sharex=True)
    for value, frameworks in groups.items():
        y = record.function(x, **{param: value})
        top.plot(x, y, label=f"{', '.join(frameworks)}: {value!r}")
        bottom.plot(x, y - pytorch)
    top.set(xlim=(-4, 4), ylim=(-1.5, 3.0), ylabel="$f(x)$", title=record.title_en)
    top.legend(loc="upper left", title=param)
    bottom.set(xlabel="$x$", ylabel=r"$f(x) - f_\mathrm{PyTorch}(x)$")
    bottom.ticklabel_format(axis="y", style="sci", scilimits=(-2, 2))
plt.show()

# %%
# - Keras's default leaky ReLU slope is 0.2, twenty times the 0.01 of PyTorch, JAX and MLX: a
#   network moved from one framework to another changes its negative side.
# - JAX's ``jax.nn.gelu`` defaults to the tanh approximation, PyTorch, Keras and MLX to the
#   exact :math:`x\,\Phi(x)`; the two curves differ by less than :math:`10^{-3}`, too little to
#   see in the upper panel but enough to change results in the last digits.
# - Keras starts a learned PReLU slope at 0 (a plain ReLU), PyTorch and MLX at 0.25.

# sphinx_gallery_start_ignore
by_name = {record.name: groups for record, _, groups in panels}
assert by_name["leaky_relu"] == {0.01: ["PyTorch", "JAX", "MLX"], 0.2: ["Keras"]}
assert by_name["gelu"] == {"none": ["PyTorch", "Keras", "MLX"], "tanh": ["JAX"]}
assert by_name["prelu"] == {0.25: ["PyTorch", "MLX"], 0.0: ["Keras"]}
gap = np.abs(activations.gelu(x, approximate="tanh") - activations.gelu(x)).max()
assert 0 < gap < 1e-3
# sphinx_gallery_end_ignore
