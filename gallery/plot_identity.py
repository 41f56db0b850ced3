"""
Identity
========

The identity returns its input unchanged. It is the activation of a linear layer, used for
regression outputs, and the reference against which other activations are compared near 0.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.identity` and :func:`activations.identity_derivative`. The function is
# the diagonal and the derivative is the constant 1 everywhere.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.identity(x)
dy = activations.identity_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{Identity}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{Identity}'(x)$")
ax.set(xlabel="$x$", title="Identity")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.array_equal(y, x)
assert np.all(dy == 1.0)
assert activations.catalog["identity"].kinks == ()
# sphinx_gallery_end_ignore

# %%
# A stack of layers with identity activations is a single linear map: composing
# :math:`W_2 (W_1 x)` gives :math:`(W_2 W_1) x`, so depth adds nothing. That is why hidden
# layers need a nonlinear activation.

rng = np.random.default_rng(0)
w1, w2 = rng.normal(size=(3, 2)), rng.normal(size=(2, 3))
v = rng.normal(size=2)
two_layers = w2 @ activations.identity(w1 @ v)
print(np.allclose(two_layers, (w2 @ w1) @ v))

# sphinx_gallery_start_ignore
assert np.allclose(two_layers, (w2 @ w1) @ v)
# sphinx_gallery_end_ignore

# %%
# Activations that "approximate the identity near the origin" have :math:`f(0) = 0` and
# :math:`f'(0) = 1`, like tanh; the identity is the extreme case.

print(activations.tanh(0.0), activations.tanh_derivative(0.0))

# sphinx_gallery_start_ignore
assert activations.identity(0.0) == 0.0 and activations.identity_derivative(0.0) == 1.0
assert activations.tanh(0.0) == 0.0 and activations.tanh_derivative(0.0) == 1.0
# sphinx_gallery_end_ignore
