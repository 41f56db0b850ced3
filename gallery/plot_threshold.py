"""
Threshold
=========

Threshold keeps inputs above a threshold theta and replaces the others by a constant value.
With both parameters at zero it is ReLU; otherwise the function usually jumps.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.threshold`, the dashed line
# :func:`activations.threshold_derivative`, with this library's defaults
# :math:`\theta = 0` and :math:`v = 0` (PyTorch and Keras have no defaults: both arguments are
# required). At the kink the library returns :math:`f'(\theta) = 0` like PyTorch.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("threshold")

x = FRAME.grid()
y = activations.threshold(x)

assert np.array_equal(y, activations.relu(x))
assert activations.threshold_derivative(0.0) == 0.0

# %%
# Other thresholds and values
# ---------------------------
# With :math:`\theta = 1, v = 0` the function jumps by 1 at :math:`x = 1`; with
# :math:`\theta = 1, v = 1` it is continuous again, a ReLU shifted up and right; with
# :math:`v = -1` the replaced inputs go below zero. The derivative is 0 up to :math:`\theta`
# and 1 after, whatever :math:`v`.

settings = [{"threshold": 1.0, "value": v} for v in (0.0, 1.0, -1.0)]
fig = plot_pair("threshold", variants=settings)

assert activations.threshold(1.0 + 1e-12, threshold=1.0, value=0.0) > 1.0
assert activations.threshold(1.0, threshold=1.0, value=0.0) == 0.0
assert np.array_equal(activations.threshold(x, threshold=1.0, value=1.0), np.maximum(x, 1.0))
for s in settings:
    d = activations.threshold_derivative(x, **s)
    assert np.all(d[x <= 1] == 0.0) and np.all(d[x > 1] == 1.0)
