"""
Squared ReLU
============

Squared ReLU is zero for negative inputs and the parabola x² for positive ones. Found by
architecture search for Primer, it is the MLP activation of several recent language models.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.relu_squared` and :func:`activations.relu_squared_derivative`. The
# derivative :math:`2\max(0, x)` is a ReLU itself: it is continuous, and only the second
# derivative jumps at 0, where the library returns :math:`f'(0) = 0` (filled dot), as
# PyTorch's autograd gives for ``relu(x) ** 2``.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2, 2, 801)
y = activations.relu_squared(x)
dy = activations.relu_squared_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ReLU}(x)^2$")
ax.plot(x, dy, "C1--", label=r"$2\,\mathrm{ReLU}(x)$")
ax.plot(0, activations.relu_squared_derivative(0.0), "C1o")  # the library's value at the kink
ax.set(xlabel="$x$", ylim=(-0.5, 4.5), title="Squared ReLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.relu_squared_derivative(0.0) == 0.0
assert np.array_equal(dy, 2 * activations.relu(x))
assert [(k.x, k.derivative) for k in activations.catalog["relu_squared"].kinks] == [(0, 0)]
# sphinx_gallery_end_ignore

# %%
# Against ReLU
# ------------
# The square is below ReLU on :math:`(0, 1)` and above it from 1 on, where the two meet: small
# positive inputs are damped and large ones amplified, and the slope is not bounded. Of the four
# frameworks only MLX ships it, as ``mlx.nn.relu2`` (an alias here, ``activations.relu2``);
# model code elsewhere writes ``relu(x).square()``.

# sphinx_gallery_alt = "ReLU and squared ReLU: the square lies below ReLU between 0 and 1 and above it after the marked point (1, 1)."
fig, ax = plt.subplots()
ax.plot(x, activations.relu(x), "C2", label=r"$\mathrm{ReLU}(x)$")
ax.plot(x, y, label=r"$\mathrm{ReLU}(x)^2$")
ax.plot(1, 1, "ko")
ax.set(xlabel="$x$", ylim=(-0.5, 4.5), title="Squared ReLU and ReLU")
ax.legend(loc="upper left")
plt.show()

print(activations.relu_squared([0.5, 1.0, 2.0]), activations.relu([0.5, 1.0, 2.0]))

# sphinx_gallery_start_ignore
assert activations.relu_squared(1.0) == activations.relu(1.0) == 1.0
between = (x > 0) & (x < 1)
assert np.all(y[between] < x[between]) and np.all(y[x > 1] > x[x > 1])
frameworks = activations.catalog["relu_squared"].frameworks
assert frameworks["mlx"].name == "mlx.nn.relu2" and activations.relu2 is activations.relu_squared
assert all(frameworks[key].name is None for key in ("pytorch", "jax", "keras"))
# sphinx_gallery_end_ignore
