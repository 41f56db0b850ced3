"""
Continuously differentiable ELU
===============================

CELU rescales the exponential side of ELU so that its derivative is continuous for every
alpha. With alpha equal to one it is exactly ELU.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.celu`, the dashed line
# :func:`activations.celu_derivative`, for :math:`\alpha = 1`. The negative side is
# :math:`\alpha(e^{x/\alpha} - 1)`, whose slope :math:`e^{x/\alpha}` reaches 1 at the origin;
# the marked kink, :math:`f'(0) = 1`, is only in the second derivative.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("celu")

x = FRAME.grid()
y = activations.celu(x)
dy = activations.celu_derivative(x)

assert np.allclose(y, activations.elu(x)) and np.allclose(dy, activations.elu_derivative(x))
assert activations.celu_derivative(0.0) == 1.0

# %%
# The parameter alpha
# -------------------
# A larger :math:`\alpha` lowers the floor to :math:`-\alpha` and stretches the exponential
# horizontally by the same factor. Unlike ELU's, the derivative stays continuous at the origin,
# equal to 1 from both sides, whatever :math:`\alpha`.

alphas = (0.5, 1.0, 2.0)
fig = plot_pair("celu", variants=[{"alpha": a} for a in alphas])

for a in alphas:
    assert np.isclose(activations.celu(-1e3, alpha=a), -a)
    assert np.isclose(activations.celu_derivative(-1e-9, alpha=a), 1.0)
    assert activations.celu_derivative(1e-9, alpha=a) == 1.0

# %%
# The relation to ELU is a change of scale:
# :math:`\operatorname{CELU}_\alpha(x) = \alpha\,\operatorname{ELU}_1(x/\alpha)`.

for a in alphas:
    assert np.allclose(activations.celu(x, alpha=a), a * activations.elu(x / a))
