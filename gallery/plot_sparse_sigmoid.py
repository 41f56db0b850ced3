"""
Sparse sigmoid
==============

The sparse sigmoid is a linear ramp from 0 at minus one to 1 at plus one. It reaches its bounds
exactly, so its outputs can be exactly zero or one: sparse probabilities.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.sparse_sigmoid` and :func:`activations.sparse_sigmoid_derivative`. The
# slope is :math:`1/2` on the ramp and 0 outside; at the kinks :math:`x = \pm 1` the library
# returns 0 (filled dots; JAX and Keras return :math:`1/4` there, PyTorch has no such
# function, see :ref:`kinks`). The open dots are the limits from either side.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.sparse_sigmoid(x)
dy = activations.sparse_sigmoid_derivative(x)
kinks = np.array([-1.0, 1.0])

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{SparseSigmoid}(x)$")
ax.plot(x[x < -1], dy[x < -1], "C1--", label=r"$\mathrm{SparseSigmoid}'(x)$")
ax.plot(x[np.abs(x) < 1], dy[np.abs(x) < 1], "C1--")
ax.plot(x[x > 1], dy[x > 1], "C1--")
ax.plot([-1, -1, 1, 1], [0, 0.5, 0.5, 0], "C1o", markerfacecolor="white")  # limits
ax.plot(kinks, activations.sparse_sigmoid_derivative(kinks), "C1o")  # library's values
ax.set(xlabel="$x$", title="Sparse sigmoid")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, np.clip((x + 1) / 2, 0.0, 1.0))
assert np.all(dy[np.abs(x) < 1] == 0.5) and np.all(dy[np.abs(x) > 1] == 0.0)
for kink in activations.catalog["sparse_sigmoid"].kinks:
    assert activations.sparse_sigmoid_derivative(kink.x) == kink.derivative == 0.0
    assert abs(kink.x) == 1 and kink.frameworks == {"jax": 0.25, "keras": 0.25}
assert activations.catalog["sparse_sigmoid"].frameworks["pytorch"].name is None
# sphinx_gallery_end_ignore

# %%
# Compared with the sigmoid, both pass through :math:`(0, 1/2)`, but the ramp is twice as steep
# and reaches 0 and 1 exactly at :math:`x = \mp 1`, where the sigmoid is still at 0.27 and 0.73.

print(activations.sigmoid([-1.0, 1.0]), activations.sparse_sigmoid([-1.0, 1.0]))

# sphinx_gallery_start_ignore
assert activations.sparse_sigmoid(0.0) == 0.5 == activations.sigmoid(0.0)
assert activations.sparse_sigmoid_derivative(0.0) == 2 * activations.sigmoid_derivative(0.0)
assert np.isclose(activations.sigmoid(-1.0), 0.27, atol=5e-3)
assert np.isclose(activations.sigmoid(1.0), 0.73, atol=5e-3)
# sphinx_gallery_end_ignore

# %%
# It is the derivative of the sparse plus function, as the sigmoid is that of softplus: its
# integral from :math:`-1` to :math:`1` is 1, the rise of sparse plus over that interval.

print(np.allclose(activations.sparse_plus_derivative(x), y))

# sphinx_gallery_start_ignore
assert np.allclose(np.gradient(np.logaddexp(0, x), x), activations.sigmoid(x), atol=1e-3)
assert np.isclose(np.trapezoid(y[np.abs(x) <= 1], x[np.abs(x) <= 1]), 1.0)
# sphinx_gallery_end_ignore
