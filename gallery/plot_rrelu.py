"""
Randomized leaky ReLU
=====================

RReLU is a leaky ReLU whose negative slope is drawn at random for every element during
training and fixed to the average slope at evaluation.
"""

# %%
# Evaluation form
# ---------------
# The solid line is :func:`activations.rrelu`, the dashed line
# :func:`activations.rrelu_derivative`, in evaluation mode: the slope for negative inputs is
# :math:`(l + u)/2 = 11/48 \approx 0.229` with PyTorch's bounds :math:`l = 1/8`,
# :math:`u = 1/3`, and that is also the value returned at the kink.

import numpy as np

import activations
from activations.plotting import COLORS, FRAME, figure, plot_activation, plot_pair

fig = plot_pair("rrelu")

x = FRAME.grid()
assert activations.rrelu_derivative(0.0) == 11 / 48
assert np.allclose(activations.rrelu(x), activations.leaky_relu(x, negative_slope=11 / 48))

# %%
# Training draws
# --------------
# In training each element gets its own slope :math:`a \sim U(l, u)`, drawn from a numpy
# ``Generator`` passed explicitly, so a seed reproduces the draws. The dots are 60 training
# outputs; they fall between the lines :math:`x/8` and :math:`x/3` (thin), around the
# evaluation line.

fig, ax = figure()
plot_activation("rrelu", ax, derivative=False, label=r"$\frac{11}{48}x$")
xs = np.linspace(-4.0, 4.0, 60)
ys = activations.rrelu(xs, training=True, generator=np.random.default_rng(0))
ax.scatter(xs, ys, s=14, color=COLORS[1], marker="D", zorder=4, label="$f(x;\\,a)$")
for slope in (1 / 8, 1 / 3):
    ax.plot(x, np.where(x < 0, slope * x, x), color="#777777", lw=0.8, ls=":")
ax.legend(loc="upper left")

neg = xs < 0
assert np.all((ys[neg] <= xs[neg] / 8) & (ys[neg] >= xs[neg] / 3))
assert np.array_equal(ys[~neg], xs[~neg])

# %%
# The derivative drawn with a generator in the same state uses the same slopes, so the
# backward pass matches the forward pass element by element:

slopes = activations.rrelu_derivative(xs, training=True, generator=np.random.default_rng(0))
assert np.allclose(ys[neg], slopes[neg] * xs[neg]) and np.all(slopes[~neg] == 1.0)
