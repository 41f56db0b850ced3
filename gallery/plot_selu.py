"""
Scaled ELU
==========

SELU is an ELU scaled by two fixed constants chosen so that activations of a standard normal
input keep mean zero and variance one, layer after layer, without normalisation layers.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.selu` and :func:`activations.selu_derivative`, with
# :math:`\lambda \approx 1.0507` and :math:`\alpha \approx 1.6733`. The derivative jumps at
# the origin from :math:`\lambda\alpha \approx 1.758` to :math:`\lambda` (open dots, the limits
# from either side); the library returns the left-hand value :math:`\lambda\alpha` there, as
# PyTorch does (filled dot, see :ref:`kinks`).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

lam, alpha = activations.SELU_SCALE, activations.SELU_ALPHA
x = np.linspace(-6, 3, 901)
y = activations.selu(x)
dy = activations.selu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{SELU}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{SELU}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")
ax.plot([0, 0], [lam * alpha, lam], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(0, activations.selu_derivative(0.0), "C1o")  # the value the library returns
ax.axhline(-lam * alpha, color="0.5", linestyle=":", linewidth=1)  # the floor
ax.text(3, -lam * alpha, r"$-\lambda\alpha$", ha="right", va="bottom")
ax.set(xlabel="$x$", ylim=(-2.2, 3.4), title="SELU")
ax.legend(loc="upper left")
plt.show()

print(lam, alpha, lam * alpha)

# sphinx_gallery_start_ignore
assert (round(lam, 4), round(alpha, 4), round(lam * alpha, 3)) == (1.0507, 1.6733, 1.758)
assert activations.selu_derivative(0.0) == lam * alpha
assert np.allclose(dy[x < 0], lam * alpha * np.exp(x[x < 0])) and np.all(dy[x > 0] == lam)
# sphinx_gallery_end_ignore

# %%
# The slope to the right is :math:`\lambda > 1` rather than 1: positive inputs are amplified,
# which balances the shrinking negative side. The floor (dotted) is :math:`-\lambda\alpha`.

print(activations.selu_derivative(1.0), activations.selu(-50.0))

# sphinx_gallery_start_ignore
assert activations.selu_derivative(1.0) == lam > 1.0
assert activations.selu(-50.0) == -lam * alpha
# sphinx_gallery_end_ignore

# %%
# Self-normalisation
# ------------------
# For :math:`z \sim \mathcal{N}(0, 1)` the output has mean 0 and second moment 1. We check
# it by integrating against the normal density on a fine grid:

z = np.linspace(-12.0, 12.0, 480_001)
density = np.exp(-(z**2) / 2) / np.sqrt(2 * np.pi)
out = activations.selu(z)
mean = np.trapezoid(out * density, z)
second = np.trapezoid(out**2 * density, z)
print(mean, second)

# sphinx_gallery_start_ignore
assert abs(mean) < 1e-6 and abs(second - 1) < 1e-6
# sphinx_gallery_end_ignore
