"""
Softplus
========

Softplus is a smooth ReLU, the logarithm of one plus the exponential. Its derivative is exactly
the sigmoid, and its parameter beta trades smoothness for closeness to ReLU.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.softplus` and :func:`activations.softplus_derivative` for
# :math:`\beta = 1`. The curve is smooth, with no kink, and positive everywhere:
# :math:`\operatorname{softplus}(0) = \ln 2` (dot).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 801)
y = activations.softplus(x)
dy = activations.softplus_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{softplus}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{softplus}'(x)$")
ax.plot(0, activations.softplus(0.0), "C0o")
ax.annotate(r"$\ln 2$", (0, np.log(2)), xytext=(-6, 4), textcoords="offset points", ha="right")
ax.set(xlabel="$x$", title="Softplus")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.softplus(0.0) == np.log(2) and np.all(y > 0) and activations.softplus(-700.0) > 0
# sphinx_gallery_end_ignore

# %%
# The derivative is the sigmoid, so it rises from 0 to 1 and equals 1/2 at the origin. For
# large :math:`|x|` the function approaches ReLU: at :math:`x = \pm 4` the gap is below 0.02.

print(activations.softplus(4.0) - 4.0, activations.softplus(-4.0))

# sphinx_gallery_start_ignore
assert np.allclose(dy, activations.sigmoid(x)) and activations.softplus_derivative(0.0) == 0.5
assert np.max(np.abs(y - activations.relu(x))[np.abs(x) >= 4]) < 0.02
# sphinx_gallery_end_ignore

# %%
# The parameter beta
# ------------------
# :math:`\operatorname{softplus}_\beta(x) = \ln(1 + e^{\beta x}) / \beta`. A larger
# :math:`\beta` bends the curve more sharply; the gap to ReLU (dotted), largest at the origin,
# is :math:`\ln 2 / \beta`. JAX, Keras and MLX have no :math:`\beta`: they always use 1. PyTorch's
# ``threshold`` argument, which returns :math:`x` itself where :math:`\beta x > 20`, is not
# copied: at :math:`x = 25` the library keeps the tiny :math:`\ln(1 + e^{-25})` (printed).

# sphinx_gallery_alt = "Softplus for β = 0.5, 1, 2 and 5 above ReLU (dotted): the function (top) bends more sharply as β grows, and its derivative (bottom)."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
top.plot(x, activations.relu(x), color="0.5", linestyle=":", linewidth=1)
for beta in (0.5, 1.0, 2.0, 5.0):
    top.plot(x, activations.softplus(x, beta=beta), label=rf"$\beta = {beta}$")
    bottom.plot(x, activations.softplus_derivative(x, beta=beta))
top.set(ylabel=r"$\mathrm{softplus}(x)$", title="Softplus")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{softplus}'(x)$")
top.legend()
plt.show()

print(activations.softplus(25.0) - 25.0)

# sphinx_gallery_start_ignore
for beta in (0.5, 1.0, 2.0, 5.0):
    gap = activations.softplus(x, beta=beta) - activations.relu(x)
    assert np.isclose(gap.max(), np.log(2) / beta) and x[gap.argmax()] == 0.0
fw = {k: v.defaults for k, v in activations.catalog["softplus"].frameworks.items()}
assert fw == {"pytorch": {"beta": 1.0}, "jax": {}, "keras": {}, "mlx": {}}
assert "threshold=20" in activations.catalog["softplus"].frameworks["pytorch"].note
assert np.isclose(activations.softplus(25.0) - 25.0, np.log1p(np.exp(-25.0)), rtol=1e-3)
# sphinx_gallery_end_ignore
