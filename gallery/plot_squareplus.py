"""
Squareplus
==========

Squareplus is a smooth ReLU built from a square root instead of an exponential and a
logarithm. Its parameter b sets how far the curve lifts off ReLU at the origin.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.squareplus` and :func:`activations.squareplus_derivative` for
# :math:`b = 4`, the default of JAX and Keras: :math:`f(x) = (x + \sqrt{x^2 + b})/2`. The
# curve is smooth and positive. At the origin (dots) :math:`f(0) = \sqrt{b}/2 = 1`, above
# softplus' :math:`\ln 2`, and the slope is :math:`1/2`, the same as softplus'.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 5, 1001)
y = activations.squareplus(x)
dy = activations.squareplus_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{squareplus}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{squareplus}'(x)$")
ax.plot(0, activations.squareplus(0.0), "C0o")
ax.plot(0, activations.squareplus_derivative(0.0), "C1o")
ax.set(xlabel="$x$", title="Squareplus")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.squareplus(0.0) == 1.0 and activations.squareplus_derivative(0.0) == 0.5
assert activations.softplus(0.0) == np.log(2)
assert np.isclose((activations.softplus(1e-6) - activations.softplus(-1e-6)) / 2e-6, 0.5)
assert np.allclose(y, (x + np.sqrt(x**2 + 4)) / 2) and np.all(y > 0) and np.all(dy > 0)
fw = activations.catalog["squareplus"].frameworks
assert fw["jax"].defaults == fw["keras"].defaults == {"b": 4.0} and fw["pytorch"].name is None
# sphinx_gallery_end_ignore

# %%
# With :math:`b = 4` it sits above softplus: its tails approach ReLU only algebraically, so
# at :math:`x = -4` it is still 0.24 where softplus is 0.018.

print(activations.squareplus(-4.0), activations.softplus(-4.0))

# sphinx_gallery_start_ignore
assert np.all(y >= activations.softplus(x)) and activations.squareplus(-1e3) > 1e-4
assert round(activations.squareplus(-4.0), 2) == 0.24
assert round(activations.softplus(-4.0), 3) == 0.018
# sphinx_gallery_end_ignore

# %%
# The parameter b
# ---------------
# The gap to ReLU (dotted) is largest at the origin, where it equals :math:`\sqrt{b}/2`; a
# smaller :math:`b` bends the curve more sharply. The library requires :math:`b > 0`.

# sphinx_gallery_alt = "Squareplus for b = 0.25, 1 and 4 above ReLU (dotted): the function (top) bends more sharply as b shrinks, and its derivative (bottom)."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
top.plot(x, activations.relu(x), color="0.5", linestyle=":", linewidth=1)
for b in (0.25, 1.0, 4.0):
    top.plot(x, activations.squareplus(x, b=b), label=f"$b = {b}$")
    bottom.plot(x, activations.squareplus_derivative(x, b=b))
top.set(ylabel=r"$\mathrm{squareplus}(x)$", title="Squareplus")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{squareplus}'(x)$")
top.legend()
plt.show()

# sphinx_gallery_start_ignore
for b in (0.25, 1.0, 4.0):
    gap = activations.squareplus(x, b=b) - activations.relu(x)
    assert np.isclose(gap.max(), np.sqrt(b) / 2) and x[gap.argmax()] == 0.0
np.testing.assert_raises(ValueError, activations.squareplus, 1.0, b=0.0)
# sphinx_gallery_end_ignore
