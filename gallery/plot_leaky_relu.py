"""
Leaky ReLU
==========

Leaky ReLU keeps a small slope for negative inputs, so no unit is ever cut off from the
gradient. The frameworks disagree on how small: 0.01, 0.2 or 0.3.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.leaky_relu`, the dashed line
# :func:`activations.leaky_relu_derivative`, with the default slope :math:`a = 0.01`. At the
# kink the library returns :math:`f'(0) = a`, like PyTorch (JAX's autograd returns 1 there).

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("leaky_relu")

x = FRAME.grid()
dy = activations.leaky_relu_derivative(x)

assert activations.leaky_relu_derivative(0.0) == 0.01
assert np.all(dy[x < 0] == 0.01) and np.all(dy[x > 0] == 1.0)

# %%
# Framework defaults
# ------------------
# PyTorch and JAX default to a slope of 0.01, Keras 3 to 0.2, and the ``LeakyReLU`` layer of
# Keras 2 used 0.3. A model ported between frameworks without setting the slope silently
# changes; the three settings side by side:

fig = plot_pair("leaky_relu", variants=[{"negative_slope": s} for s in (0.01, 0.2, 0.3)])

frameworks = activations.catalog["leaky_relu"].frameworks
assert frameworks["pytorch"].defaults["negative_slope"] == 0.01
assert frameworks["jax"].defaults["negative_slope"] == 0.01
assert frameworks["keras"].defaults["negative_slope"] == 0.2
assert "0.3" in frameworks["keras"].note and "at 0 is 1" in frameworks["jax"].note

# %%
# For negative inputs the function is the line :math:`a x` and the derivative the
# constant :math:`a`: at :math:`x = -4` the three settings give -0.04, -0.8 and -1.2.

for slope in (0.01, 0.2, 0.3):
    assert activations.leaky_relu(-4.0, negative_slope=slope) == -4 * slope
    assert activations.leaky_relu_derivative(-1.0, negative_slope=slope) == slope
