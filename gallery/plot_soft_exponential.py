"""
Soft exponential
================

The soft exponential is a family that slides from the logarithm through the identity to the
exponential as its parameter alpha goes from minus one to one.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.soft_exponential`, the dashed line
# :func:`activations.soft_exponential_derivative`, for the default :math:`\alpha = 0`, where
# the family is the identity, with slope 1 everywhere.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("soft_exponential")

x = FRAME.grid()
assert np.array_equal(activations.soft_exponential(x), x)
assert np.all(activations.soft_exponential_derivative(x) == 1.0)

# %%
# The parameter alpha
# -------------------
# For :math:`\alpha > 0` the curve is :math:`(e^{\alpha x} - 1)/\alpha + \alpha`, growing
# exponentially; for :math:`\alpha < 0` it is :math:`-\ln(1 - \alpha(x + \alpha))/\alpha`,
# defined only for :math:`x > 1/\alpha - \alpha` (missing part of the curves). At
# :math:`\alpha = 1` it is :math:`e^x`, at :math:`\alpha = -1` it is :math:`\ln x`.

alphas = (-1.0, -0.5, 0.0, 0.5, 1.0)
fig = plot_pair("soft_exponential", variants=[{"alpha": a} for a in alphas])

pos = x > 0
assert np.allclose(activations.soft_exponential(x, alpha=1.0), np.exp(x))
assert np.allclose(activations.soft_exponential(x[pos], alpha=-1.0), np.log(x[pos]))
assert np.all(np.isnan(activations.soft_exponential(x[x < -1.5], alpha=-0.5)))

# %%
# Opposite values of :math:`\alpha` give inverse functions:
# :math:`f(-\alpha, f(\alpha, x)) = x`.

for a in (0.5, 1.0):
    there = activations.soft_exponential(x, alpha=a)
    assert np.allclose(activations.soft_exponential(there, alpha=-a), x)
