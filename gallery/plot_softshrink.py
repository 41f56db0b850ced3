"""
Soft shrink
===========

Soft shrink zeroes the inputs between minus lambda and lambda and moves all the others towards
zero by lambda. It is the proximal operator of the absolute value, used in sparse coding.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.softshrink`, the dashed line
# :func:`activations.softshrink_derivative`, for :math:`\lambda = 0.5`. Unlike hard shrink the
# function is continuous; its derivative jumps from 0 to 1 at :math:`\pm\lambda`, where the
# library returns :math:`f'(\pm\lambda) = 0` like PyTorch.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("softshrink")

x = FRAME.grid()
y = activations.softshrink(x)
dy = activations.softshrink_derivative(x)

assert np.allclose(y, np.sign(x) * np.maximum(np.abs(x) - 0.5, 0.0))
assert activations.softshrink_derivative(0.5) == activations.softshrink_derivative(-0.5) == 0.0
assert np.all(dy[np.abs(x) > 0.5] == 1.0) and np.all(dy[np.abs(x) < 0.5] == 0.0)

# %%
# Every surviving value loses exactly :math:`\lambda` of its magnitude, so the output is
# hard shrink minus :math:`\lambda` times the sign.

assert np.allclose(y, activations.hardshrink(x) - 0.5 * np.sign(x) * (np.abs(x) > 0.5))

# %%
# The parameter lambda
# --------------------
# A larger :math:`\lambda` widens the dead zone and shifts both linear pieces further. Keras
# calls this parameter ``threshold``; PyTorch calls it ``lambd``.

lambdas = (0.5, 1.0, 2.0)
fig = plot_pair("softshrink", variants=[{"lambd": v} for v in lambdas])

for v in lambdas:
    assert activations.softshrink(v, lambd=v) == 0.0
    assert np.isclose(activations.softshrink(4.0, lambd=v), 4.0 - v)
