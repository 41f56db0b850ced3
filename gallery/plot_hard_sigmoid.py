"""
Hard sigmoid
============

The hard sigmoid replaces the logistic curve by a straight ramp from 0 to 1, cheap to compute
on mobile hardware. Keras 2 used a steeper ramp than PyTorch, JAX and Keras 3.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.hard_sigmoid`, the dashed line
# :func:`activations.hard_sigmoid_derivative`:
# :math:`\operatorname{ReLU6}(x + 3) / 6`, a ramp of slope :math:`1/6` between the kinks at
# :math:`x = \pm 3`, where the library returns :math:`f'(\pm 3) = 0` like PyTorch.

import numpy as np

import activations
from activations.plotting import COLORS, FRAME, LINESTYLES, figure, plot_activation, plot_pair

fig = plot_pair("hard_sigmoid")

x = FRAME.grid()
y = activations.hard_sigmoid(x)

assert np.allclose(y, activations.relu6(x + 3) / 6)
assert activations.hard_sigmoid_derivative(0.0) == 1 / 6
assert activations.hard_sigmoid_derivative(-3.0) == activations.hard_sigmoid_derivative(3.0) == 0

# %%
# Two ramps and the sigmoid
# -------------------------
# The sigmoid (dashed) has slope :math:`1/4` at the origin, steeper than the ramp. Keras 2's
# hard sigmoid, :math:`\operatorname{clip}(0.2x + 0.5, 0, 1)` (dash-dotted), is steeper too
# and saturates at :math:`\pm 2.5`. Both ramps stay within 0.08 of the sigmoid.

fig, ax = figure()
plot_activation("hard_sigmoid", ax, derivative=False, label=r"$\operatorname{ReLU6}(x+3)/6$")
plot_activation(
    "sigmoid", ax, derivative=False, label=r"$\sigma(x)$", linestyle="--", color=COLORS[1]
)
keras2 = np.clip(0.2 * x + 0.5, 0.0, 1.0)
ax.plot(x, keras2, color=COLORS[2], linestyle=LINESTYLES[2], lw=2, label="$0.2x + 0.5$")
ax.legend(loc="upper left")

assert np.max(np.abs(y - activations.sigmoid(x))) < 0.07
assert np.max(np.abs(keras2 - activations.sigmoid(x))) < 0.08
assert "Keras 2" in activations.catalog["hard_sigmoid"].frameworks["keras"].note
