"""
Swish
=====

Swish multiplies its input by the sigmoid of beta times that input. With beta = 1 it is SiLU;
a larger beta bends it towards ReLU, a smaller one towards a straight line through the origin.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.swish` and :func:`activations.swish_derivative`, :math:`x\,\sigma(\beta x)`,
# for :math:`\beta = 2`. The dot marks the minimum, at :math:`x = -1.278/\beta`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 12001)
y = activations.swish(x, beta=2.0)
dy = activations.swish_derivative(x, beta=2.0)
i = y.argmin()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{swish}_2(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{swish}_2'(x)$")
ax.plot(x[i], y[i], "C0o")
ax.set(xlabel="$x$", ylim=(-0.5, 2), title=r"Swish, $\beta = 2$")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x * activations.sigmoid(2.0 * x)) and round(x[i], 2) == round(-1.2785 / 2, 2)
# sphinx_gallery_end_ignore

# %%
# Swish is SiLU scaled
# --------------------
# :math:`\operatorname{swish}_\beta(x) = \operatorname{SiLU}(\beta x)/\beta`: the curve is
# :func:`activations.silu` shrunk by :math:`1/\beta` in both directions. Its minimum is
# :math:`-0.278/\beta`, and its slope ranges from about :math:`-0.10` to :math:`1.10` for
# every :math:`\beta`. With :math:`\beta = 1` it returns SiLU's values bit for bit.

print(activations.swish(-1.0, beta=1.0), activations.silu(-1.0))

# sphinx_gallery_start_ignore
assert activations.swish(-1.0, beta=1.0) == activations.silu(-1.0) and round(2 * y[i], 3) == -0.278
for beta in (0.5, 2.0, 5.0):
    assert np.allclose(activations.swish(x, beta=beta), activations.silu(beta * x) / beta)
    slope = activations.swish_derivative(x, beta=beta)
    assert round(slope.min(), 2) == -0.10 and round(slope.max(), 2) == 1.10
# sphinx_gallery_end_ignore

# %%
# The parameter beta
# ------------------
# A larger :math:`\beta` brings the curve closer to ReLU (dotted); as :math:`\beta \to 0` it
# tends to :math:`x/2`. PyTorch and MLX ship only :math:`\beta = 1`, as ``silu``; JAX's and
# Keras's ``swish`` is their ``silu``, with no :math:`\beta` either.

# sphinx_gallery_alt = "Swish for β = 0.5, 1, 2 and 5 above ReLU (dotted): the function (top) approaches ReLU as β grows, and its derivative (bottom)."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
top.plot(x, activations.relu(x), color="0.5", linestyle=":", linewidth=1)
for beta in (0.5, 1.0, 2.0, 5.0):
    top.plot(x, activations.swish(x, beta=beta), label=rf"$\beta = {beta}$")
    bottom.plot(x, activations.swish_derivative(x, beta=beta))
top.set(ylabel=r"$\mathrm{swish}_\beta(x)$", ylim=(-1, 6), title="Swish")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{swish}_\beta'(x)$")
top.legend()
plt.show()

# sphinx_gallery_start_ignore
gaps = [np.max(np.abs(activations.swish(x, beta=b) - activations.relu(x))) for b in (0.5, 1, 2, 5)]
assert all(np.diff(gaps) < 0) and np.allclose(activations.swish(x, beta=1e-8), x / 2)
fw = activations.catalog["swish"].frameworks
assert fw["pytorch"].call is None and fw["mlx"].call is None
assert fw["jax"].name == "jax.nn.swish" and fw["keras"].name == "keras.activations.swish"
# sphinx_gallery_end_ignore
