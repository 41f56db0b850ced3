"""
Hard shrink
===========

Hard shrink zeroes every input whose magnitude is at most lambda and keeps the others
unchanged. The function jumps at plus and minus lambda, as in hard-thresholding of wavelet
coefficients.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.hardshrink`, the dashed line
# :func:`activations.hardshrink_derivative`, for :math:`\lambda = 0.5`. The function jumps at
# :math:`x = \pm\lambda` (filled dots: the values taken there, 0; open dots: the limits), and the
# library returns :math:`f'(\pm\lambda) = 0`, as PyTorch does.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("hardshrink")

x = FRAME.grid()
y = activations.hardshrink(x)
dy = activations.hardshrink_derivative(x)

assert np.all(y[np.abs(x) <= 0.5] == 0.0) and np.array_equal(y[np.abs(x) > 0.5], x[np.abs(x) > 0.5])
assert activations.hardshrink(0.5) == 0.0 and activations.hardshrink_derivative(0.5) == 0.0
assert np.all(dy[np.abs(x) > 0.5] == 1.0)

# %%
# The parameter lambda
# --------------------
# :math:`\lambda` is the width of the dead zone. The jump at its edges has height
# :math:`\lambda`: small inputs vanish while large ones pass untouched, unlike soft shrink,
# which moves every surviving value towards 0.

lambdas = (0.5, 1.0, 2.0)
fig = plot_pair("hardshrink", variants=[{"lambd": v} for v in lambdas])

for v in lambdas:
    jump = activations.hardshrink(v + 1e-12, lambd=v) - activations.hardshrink(v, lambd=v)
    assert np.isclose(jump, v)
    assert activations.hardshrink(3.0, lambd=v) == 3.0
