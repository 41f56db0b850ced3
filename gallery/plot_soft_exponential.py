"""
Soft exponential
================

The soft exponential is a family that slides from the logarithm through the identity to the
exponential as its parameter alpha goes from minus one to one.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.soft_exponential` and :func:`activations.soft_exponential_derivative`
# for the default :math:`\alpha = 0`, where the family is the identity, with slope 1
# everywhere.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 3, 601)
y = activations.soft_exponential(x)
dy = activations.soft_exponential_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$f(0, x)$")
ax.plot(x, dy, "C1--", label=r"$f'(0, x)$")
ax.set(xlabel="$x$", title="Soft exponential")
ax.legend(loc="upper left")
plt.show()

print(np.array_equal(y, x), np.all(dy == 1.0))

# sphinx_gallery_start_ignore
assert np.array_equal(y, x) and np.all(dy == 1.0)
# sphinx_gallery_end_ignore

# %%
# The parameter alpha
# -------------------
# For :math:`\alpha > 0` the curve is :math:`(e^{\alpha x} - 1)/\alpha + \alpha`, growing
# exponentially; for :math:`\alpha < 0` it is :math:`-\ln(1 - \alpha(x + \alpha))/\alpha`,
# defined only for :math:`x > 1/\alpha - \alpha` (below that the library returns NaN, and the
# curves stop). At :math:`\alpha = 1` it is :math:`e^x`, at :math:`\alpha = -1` it is
# :math:`\ln x`.

# sphinx_gallery_alt = "Soft exponential for α = −1, −0.5, 0, 0.5 and 1: the function (top) goes from a logarithm through the identity to an exponential, and its derivative (bottom)."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
for alpha in (-1.0, -0.5, 0.0, 0.5, 1.0):
    top.plot(x, activations.soft_exponential(x, alpha=alpha))
    d = activations.soft_exponential_derivative(x, alpha=alpha)
    bottom.plot(x, d, label=rf"$\alpha = {alpha}$")
top.set(ylabel=r"$f(\alpha, x)$", ylim=(-3.5, 5), title="Soft exponential")
bottom.set(xlabel="$x$", ylabel=r"$f'(\alpha, x)$", ylim=(0, 5))
bottom.legend(loc="upper left", fontsize=10)
plt.show()

# sphinx_gallery_start_ignore
pos = x > 0
assert np.allclose(activations.soft_exponential(x, alpha=1.0), np.exp(x))
assert np.allclose(activations.soft_exponential(x[pos], alpha=-1.0), np.log(x[pos]))
assert np.all(np.isnan(activations.soft_exponential(x[x < -1.5 - 1e-9], alpha=-0.5)))
assert np.all(np.isfinite(activations.soft_exponential(x[x > -1.5 + 1e-9], alpha=-0.5)))
# sphinx_gallery_end_ignore

# %%
# Opposite values of :math:`\alpha` give inverse functions:
# :math:`f(-\alpha, f(\alpha, x)) = x`.

for alpha in (0.5, 1.0):
    there = activations.soft_exponential(x, alpha=alpha)
    print(alpha, np.allclose(activations.soft_exponential(there, alpha=-alpha), x))

# sphinx_gallery_start_ignore
for alpha in (0.5, 1.0):
    there = activations.soft_exponential(x, alpha=alpha)
    assert np.allclose(activations.soft_exponential(there, alpha=-alpha), x)
# sphinx_gallery_end_ignore
