"""
Mish
====

Mish multiplies its input by the tanh of its softplus. Like SiLU it is smooth, dips slightly
below zero and is not monotonic, but its dip is deeper and its slope steeper at the origin.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.mish`, the dashed line
# :func:`activations.mish_derivative`:
# :math:`\operatorname{mish}(x) = x \tanh(\operatorname{softplus}(x))`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("mish")

x = FRAME.grid()
y = activations.mish(x)
dy = activations.mish_derivative(x)

assert np.allclose(y, x * np.tanh(activations.softplus(x)))

# %%
# The minimum is about :math:`-0.309` near :math:`x = -1.19`, deeper than SiLU's
# :math:`-0.278`. At the origin the slope is :math:`\tanh(\ln 2) = 0.6` exactly, against SiLU's
# :math:`0.5`.

i = y.argmin()
assert np.isclose(y[i], -0.3088, atol=5e-4) and np.isclose(x[i], -1.192, atol=5e-3)
assert y.min() < activations.silu(x).min()
assert np.isclose(activations.mish_derivative(0.0), 0.6)

# %%
# Like SiLU's, the derivative overshoots 1, peaking at about :math:`1.09` near
# :math:`x = 1.5`. Mish approaches the identity faster: at :math:`x = 4` it is within
# :math:`0.005` of :math:`x`, SiLU only within :math:`0.08`.

j = dy.argmax()
assert np.isclose(dy[j], 1.0885, atol=5e-4) and np.isclose(x[j], 1.49, atol=2e-2)
assert 4 - activations.mish(4.0) < 0.005
assert 0.05 < 4 - activations.silu(4.0) < 0.08
