"""
Bent identity
=============

The bent identity adds half a hyperbola to the identity. It is smooth and increasing, with a
slope that slides from one half to three halves, so it never saturates.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.bent_identity`, the dashed line
# :func:`activations.bent_identity_derivative`,
# :math:`f'(x) = 1 + x / (2\sqrt{x^2 + 1})`. At the origin :math:`f(0) = 0` and
# :math:`f'(0) = 1`, like the identity.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("bent_identity")

x = FRAME.grid()
y = activations.bent_identity(x)
dy = activations.bent_identity_derivative(x)

assert activations.bent_identity(0.0) == 0.0 and activations.bent_identity_derivative(0.0) == 1.0
assert np.allclose(y, (np.sqrt(x**2 + 1) - 1) / 2 + x)
assert np.allclose(dy, 1 + x / (2 * np.sqrt(x**2 + 1)))

# %%
# The derivative stays strictly between :math:`1/2` and :math:`3/2`: the function never
# saturates and never amplifies a gradient by more than 1.5. For large inputs it follows the
# lines :math:`3x/2 - 1/2` and :math:`x/2 - 1/2`.

assert np.all((dy > 0.5) & (dy < 1.5))
assert np.isclose(activations.bent_identity(1e6), 1.5e6 - 0.5)
assert np.isclose(activations.bent_identity(-1e6), -0.5e6 - 0.5)
assert activations.catalog["bent_identity"].max_abs_derivative == 1.5
