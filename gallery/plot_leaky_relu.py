"""
Leaky ReLU
==========

Leaky ReLU keeps a small slope for negative inputs, so no unit is ever cut off from the
gradient. The frameworks disagree on how small: 0.01, 0.2 or 0.3.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.leaky_relu` and :func:`activations.leaky_relu_derivative` with the default
# slope :math:`a = 0.01`. At the kink the library returns :math:`f'(0) = a`, like PyTorch
# (filled dot; JAX, Keras and MLX return 1 there, see :ref:`kinks`). The open dots are the limits
# from either side.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.leaky_relu(x)
dy = activations.leaky_relu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{LeakyReLU}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{LeakyReLU}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")
ax.plot([0, 0], [0.01, 1], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(0, activations.leaky_relu_derivative(0.0), "C1o")  # the value the library returns
ax.set(xlabel="$x$", title="Leaky ReLU, $a = 0.01$")
ax.legend()
plt.show()

# sphinx_gallery_start_ignore
assert activations.leaky_relu_derivative(0.0) == 0.01
assert np.all(dy[x < 0] == 0.01) and np.all(dy[x > 0] == 1.0)
assert activations.catalog["leaky_relu"].kinks[0].frameworks == {"jax": 1, "keras": 1, "mlx": 1}
# sphinx_gallery_end_ignore

# %%
# Framework defaults
# ------------------
# PyTorch and JAX default to a slope of 0.01, ``keras.activations.leaky_relu`` to 0.2, and the
# ``keras.layers.LeakyReLU`` layer to 0.3. A model ported between frameworks without setting
# the slope silently changes; the three settings side by side:

# sphinx_gallery_alt = "Leaky ReLU with the negative slopes 0.01, 0.2 and 0.3 of the frameworks' defaults: the function (top) and its derivative (bottom)."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
for slope in (0.01, 0.2, 0.3):
    label = f"$a = {slope}$"
    top.plot(x, activations.leaky_relu(x, negative_slope=slope), label=label)
    bottom.plot(x, activations.leaky_relu_derivative(x, negative_slope=slope), label=label)
top.set(ylabel=r"$\mathrm{LeakyReLU}(x)$", title="Leaky ReLU")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{LeakyReLU}'(x)$")
top.legend()
plt.show()

# sphinx_gallery_start_ignore
frameworks = activations.catalog["leaky_relu"].frameworks
assert frameworks["pytorch"].defaults["negative_slope"] == 0.01
assert frameworks["jax"].defaults["negative_slope"] == 0.01
assert frameworks["keras"].defaults["negative_slope"] == 0.2
assert "0.3" in frameworks["keras"].note
# sphinx_gallery_end_ignore

# %%
# For negative inputs the function is the line :math:`a x` and the derivative the
# constant :math:`a`: at :math:`x = -4` the three settings give -0.04, -0.8 and -1.2.

for slope in (0.01, 0.2, 0.3):
    print(slope, activations.leaky_relu(-4.0, negative_slope=slope))

# sphinx_gallery_start_ignore
for slope in (0.01, 0.2, 0.3):
    assert activations.leaky_relu(-4.0, negative_slope=slope) == -4 * slope
    assert activations.leaky_relu_derivative(-1.0, negative_slope=slope) == slope
# sphinx_gallery_end_ignore
