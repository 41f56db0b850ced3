"""
Parametric ReLU
===============

PReLU is a leaky ReLU whose negative slope is a weight learned with the network, starting from
0.25. The figure shows the initial slope and a few values training might reach.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.prelu` and :func:`activations.prelu_derivative` for the initial weight
# :math:`w = 0.25`. At the kink the derivative with respect to :math:`x` is taken as
# :math:`w`, as in PyTorch (filled dot; Keras returns 0 there and MLX :math:`1 + w`, see
# :ref:`kinks`). The open dots are the limits from either side.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.prelu(x)
dy = activations.prelu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{PReLU}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{PReLU}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")
ax.plot([0, 0], [0.25, 1], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(0, activations.prelu_derivative(0.0), "C1o")  # the value the library returns
ax.set(xlabel="$x$", title="PReLU, $w = 0.25$")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.prelu_derivative(0.0) == 0.25
assert np.all(dy[x < 0] == 0.25) and np.all(dy[x > 0] == 1.0)
assert activations.catalog["prelu"].kinks[0].frameworks == {"keras": 0.0, "mlx": 1.25}
# sphinx_gallery_end_ignore

# %%
# Learned slopes
# --------------
# Training moves :math:`w` like any other weight. With :math:`w = 0` PReLU is ReLU (Keras
# starts training there), with :math:`w = 1` it is the identity, and a negative :math:`w`
# makes the function non-monotonic.

# sphinx_gallery_alt = "PReLU for w = 0, 0.25, 1 and −0.25: w is the slope of the negative side, and w = 1 gives the identity."
fig, ax = plt.subplots()
for w in (0.0, 0.25, 1.0, -0.25):
    ax.plot(x, activations.prelu(x, weight=w), label=f"$w = {w}$")
ax.set(xlabel="$x$", ylabel=r"$\mathrm{PReLU}(x)$", title="PReLU")
ax.legend(loc="lower right")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(activations.prelu(x, weight=0.0), activations.relu(x))
assert np.array_equal(activations.prelu(x, weight=1.0), x)
steps = np.diff(activations.prelu(x, weight=-0.25))
assert steps.min() < 0 < steps.max()
assert activations.catalog["prelu"].frameworks["keras"].defaults["weight"] == 0.0
# sphinx_gallery_end_ignore

# %%
# Unlike a fixed leaky slope, :math:`w` gets its own gradient,
# :math:`\partial f / \partial w = \min(0, x)`, summed over every input that shares the weight.
# A central difference in :math:`w` confirms it:

eps = 1e-6
numeric = activations.prelu(x, weight=0.25 + eps) - activations.prelu(x, weight=0.25 - eps)
print(np.allclose(numeric / (2 * eps), np.minimum(0.0, x)))

# sphinx_gallery_start_ignore
assert np.allclose(numeric / (2 * eps), np.minimum(0.0, x), atol=1e-8)
# sphinx_gallery_end_ignore
