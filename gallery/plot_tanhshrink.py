"""
Tanhshrink
==========

Tanhshrink subtracts tanh from the identity. It is nearly flat around the origin and grows like
the identity shifted by one for large inputs, a soft version of a shrinkage function.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.tanhshrink`, the dashed line
# :func:`activations.tanhshrink_derivative`, :math:`\tanh^2(x)`. Both are smooth; the
# derivative is 0 at the origin and tends to 1 on both sides.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("tanhshrink")

x = FRAME.grid()
y = activations.tanhshrink(x)
dy = activations.tanhshrink_derivative(x)

assert np.allclose(y, x - activations.tanh(x))
assert np.allclose(dy, activations.tanh(x) ** 2)
assert activations.tanhshrink_derivative(0.0) == 0.0

# %%
# Near the origin the function is almost zero, :math:`x^3/3` to leading order: small inputs
# are shrunk away. For large inputs it approaches :math:`x - 1` or :math:`x + 1`.

assert np.isclose(activations.tanhshrink(0.1), 0.1**3 / 3, rtol=0.01)
assert np.isclose(activations.tanhshrink(20.0), 19.0)
assert np.isclose(activations.tanhshrink(-20.0), -19.0)

# %%
# The derivative equals 1 minus the derivative of tanh, so the two always add up to the
# identity's slope, and it is even: :math:`f'(-x) = f'(x)`.

assert np.allclose(dy + activations.tanh_derivative(x), 1.0)
assert np.allclose(activations.tanhshrink_derivative(-x), dy)
