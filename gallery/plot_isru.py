"""
Inverse square root unit
========================

ISRU divides its input by the square root of one plus alpha times its square. It looks like
tanh but needs only a square root, and alpha sets its bounds.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.isru`, the dashed line
# :func:`activations.isru_derivative`, for :math:`\alpha = 1`. The curve passes through the
# origin with slope 1 and saturates at :math:`\pm 1/\sqrt{\alpha}`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("isru")

x = FRAME.grid()
y = activations.isru(x)
dy = activations.isru_derivative(x)

assert activations.isru(0.0) == 0.0 and activations.isru_derivative(0.0) == 1.0
assert np.allclose(dy, (1 + x**2) ** -1.5)

# %%
# Compared with tanh the approach to the bounds is slow: at :math:`x = 4` the derivative is
# :math:`17^{-3/2} \approx 0.014`, ten times tanh's.

assert np.isclose(activations.isru_derivative(4.0), 17**-1.5)
assert activations.isru_derivative(4.0) > 10 * activations.tanh_derivative(4.0)

# %%
# The parameter alpha
# -------------------
# A larger :math:`\alpha` narrows the range to :math:`(-1/\sqrt{\alpha}, 1/\sqrt{\alpha})` and
# makes the curve bend sooner, while the slope at the origin stays 1.

alphas = (0.25, 1.0, 4.0)
fig = plot_pair("isru", variants=[{"alpha": a} for a in alphas])

for a in alphas:
    assert np.isclose(activations.isru(1e8, alpha=a), 1 / np.sqrt(a))
    assert activations.isru_derivative(0.0, alpha=a) == 1.0
