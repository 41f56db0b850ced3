"""
Binary step
===========

The binary step outputs 1 for non-negative inputs and 0 otherwise, as in the original
perceptron. Its derivative is zero wherever it exists, so gradient descent cannot train it.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.step`, the dashed line
# :func:`activations.step_derivative`. The function jumps at :math:`x = 0` (filled dot: the
# value taken there, open dot: the limit from the left); the derivative, taken as 0 at the
# jump, is zero everywhere.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("step")

x = FRAME.grid()
y = activations.step(x)
dy = activations.step_derivative(x)

assert np.all(y[x < 0] == 0.0) and np.all(y[x >= 0] == 1.0)
assert np.all(dy == 0.0)

# %%
# A zero derivative means backpropagation has nothing to pass back: every weight before a step
# unit receives a zero gradient. The sigmoid is the smooth stand-in for the step that made
# training by gradient descent possible; squeezed horizontally it approaches the step.

for scale in (1, 10, 100):
    steep = activations.sigmoid(scale * x)
    assert np.all((steep >= 0.5) == (x >= 0))
assert np.max(np.abs(activations.sigmoid(100 * x) - y)[np.abs(x) > 0.1]) < 1e-4

# %%
# At the jump itself the library follows the convention of the original blog post,
# :math:`\operatorname{step}(0) = 1`.

assert activations.step(0.0) == 1.0
