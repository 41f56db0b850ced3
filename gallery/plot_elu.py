"""
Exponential linear unit
=======================

ELU is the identity for positive inputs and an exponential that levels off at minus alpha for
negative ones. Its mean output is closer to zero than ReLU's, and it never cuts the gradient.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.elu`, the dashed line
# :func:`activations.elu_derivative`, for :math:`\alpha = 1`. For negative inputs the
# derivative is :math:`\alpha e^{x}`, so with :math:`\alpha = 1` it meets the right-hand value
# 1 at the origin: the kink is only in the second derivative, marked with :math:`f'(0) = 1`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("elu")

x = FRAME.grid()
y = activations.elu(x)
dy = activations.elu_derivative(x)

assert activations.elu_derivative(0.0) == 1.0
assert np.allclose(dy[x < 0], np.exp(x[x < 0])) and np.all(dy[x > 0] == 1.0)

# %%
# The negative side saturates at :math:`-\alpha`: at :math:`x = -4` the output is already
# within 0.02 of :math:`-1`, and the gradient there is :math:`e^{-4} \approx 0.018`, small but
# not zero.

assert -1.0 < activations.elu(-4.0) < -0.98
assert np.isclose(activations.elu_derivative(-4.0), np.exp(-4.0))

# %%
# The parameter alpha
# -------------------
# :math:`\alpha` sets the negative floor :math:`-\alpha`. For :math:`\alpha \ne 1` the
# derivative jumps at the origin from :math:`\alpha` to 1; the library returns
# :math:`f'(0) = \alpha`, the left-hand value, as PyTorch does.

alphas = (0.5, 1.0, 2.0)
fig = plot_pair("elu", variants=[{"alpha": a} for a in alphas])

for a in alphas:
    assert np.isclose(activations.elu(-1e3, alpha=a), -a)
    assert activations.elu_derivative(0.0, alpha=a) == a
    assert activations.elu_derivative(1e-9, alpha=a) == 1.0
