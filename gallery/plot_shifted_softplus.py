"""
Shifted softplus
================

Shifted softplus is softplus moved down by log 2 so that it passes through the origin. SchNet
uses it in its molecular networks; its derivative is still the sigmoid.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.shifted_softplus` and :func:`activations.shifted_softplus_derivative`,
# :math:`\operatorname{ssp}(x) = \log(1 + e^x) - \log 2`. The curve passes through the origin
# (dot) with slope :math:`1/2` and tends to :math:`-\log 2` on the left (dotted line).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 1201)
y = activations.shifted_softplus(x)
dy = activations.shifted_softplus_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ssp}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{ssp}'(x)$")
ax.plot(0, 0, "C0o")
ax.axhline(-np.log(2), color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-1, 3), title="Shifted softplus")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.shifted_softplus(0.0) == 0.0
assert activations.shifted_softplus_derivative(0.0) == 0.5
assert np.all(y > -np.log(2)) and activations.shifted_softplus(-np.inf) == -np.log(2)
assert np.allclose(y, activations.softplus(x) - np.log(2))
assert np.allclose(dy, activations.sigmoid(x), rtol=1e-15, atol=0)
# sphinx_gallery_end_ignore

# %%
# Near the origin
# ---------------
# Computed as written, :math:`\log(1 + e^x) - \log 2` subtracts two nearly equal numbers near
# the origin, where the value is about :math:`x/2`: at :math:`x = 10^{-12}` the textbook
# formula keeps only about four correct digits (printed, with the library's value). The
# library uses the equal form :math:`\operatorname{log1p}(\operatorname{expm1}(x)/2)`, which
# never subtracts.

t = 1e-12
print(np.log(1 + np.exp(t)) - np.log(2), activations.shifted_softplus(t))

# sphinx_gallery_start_ignore
naive = np.log(1 + np.exp(t)) - np.log(2)
assert 1e-5 < abs(naive - t / 2) / (t / 2) < 1e-3  # about four correct digits
assert activations.shifted_softplus(t) == 5.00000000000125e-13  # t/2 + t^2/8, rounded
# sphinx_gallery_end_ignore
