"""
Gaussian
========

The Gaussian activation is the bell curve exp(-x squared). It responds only to inputs near
zero, as in radial basis function networks, and is not monotonic.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.gaussian`, the dashed line
# :func:`activations.gaussian_derivative`, :math:`f'(x) = -2x\,e^{-x^2}`. The function peaks
# at 1 at the origin, where the derivative crosses zero.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("gaussian")

x = FRAME.grid()
y = activations.gaussian(x)
dy = activations.gaussian_derivative(x)

assert activations.gaussian(0.0) == 1.0 and activations.gaussian_derivative(0.0) == 0.0
assert np.allclose(dy, -2 * x * y)

# %%
# The slope is steepest at :math:`x = \pm 1/\sqrt{2}`, where
# :math:`|f'| = \sqrt{2/e} \approx 0.858`, the inflection points of the bell.

top = 1 / np.sqrt(2)
assert np.isclose(activations.gaussian_derivative(-top), np.sqrt(2 / np.e))
assert np.isclose(activations.catalog["gaussian"].max_abs_derivative, np.sqrt(2 / np.e))
assert np.all(np.abs(dy) <= np.sqrt(2 / np.e) + 1e-15)

# %%
# The response dies quickly on both sides: beyond :math:`|x| = 3` the output is below
# :math:`1.3 \times 10^{-4}` and the gradient below :math:`10^{-3}`. A unit whose input drifts
# away from 0 stops learning, in both directions.

far = np.abs(x) >= 3
assert y[far].max() < 1.3e-4 and np.abs(dy[far]).max() < 1e-3
