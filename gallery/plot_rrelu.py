"""
Randomized leaky ReLU
=====================

RReLU is a leaky ReLU whose negative slope is drawn at random for every element during
training and fixed to the average slope at evaluation.
"""

# %%
# Evaluation form
# ---------------
# :func:`activations.rrelu` and :func:`activations.rrelu_derivative` in evaluation mode: the
# slope for negative inputs is :math:`(l + u)/2 = 11/48 \approx 0.229` with PyTorch's bounds
# :math:`l = 1/8`, :math:`u = 1/3`. The library returns that slope at the kink, as PyTorch
# does (filled dot; see :ref:`kinks`); the open dots are the limits from either side.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 2, 601)
y = activations.rrelu(x)
dy = activations.rrelu_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{RReLU}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{RReLU}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")
ax.plot([0, 0], [11 / 48, 1], "C1o", markerfacecolor="white")  # one-sided limits
ax.plot(0, activations.rrelu_derivative(0.0), "C1o")  # the value the library returns
ax.set(xlabel="$x$", title="RReLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
kink = activations.catalog["rrelu"].kinks[0]
assert activations.rrelu_derivative(0.0) == kink.derivative == (1 / 8 + 1 / 3) / 2 == 11 / 48
assert np.allclose(y, activations.leaky_relu(x, negative_slope=11 / 48)) and kink.x == 0
# sphinx_gallery_end_ignore

# %%
# Training draws
# --------------
# In training each element gets its own slope :math:`a \sim U(l, u)`, drawn from a numpy
# ``Generator`` passed explicitly, so a seed reproduces the draws. The diamonds are 60 training
# outputs; they fall between the lines :math:`x/8` and :math:`x/3` (dotted), around the
# evaluation line.

xs = np.linspace(-4, 2, 60)
ys = activations.rrelu(xs, training=True, generator=np.random.default_rng(0))

# sphinx_gallery_alt = "RReLU's evaluation curve and 60 training outputs as diamonds, which for negative x scatter between the dotted lines x/8 and x/3."
fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{RReLU}(x)$")
ax.plot(xs, ys, "C1D", markersize=4, label=r"$\mathrm{RReLU}(x)$, $a \sim U(l, u)$")
for slope in (1 / 8, 1 / 3):
    ax.plot(x, np.where(x < 0, slope * x, x), color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", title="RReLU")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
neg = xs < 0
assert np.all((ys[neg] <= xs[neg] / 8) & (ys[neg] >= xs[neg] / 3))
assert np.array_equal(ys[~neg], xs[~neg]) and len(xs) == 60
# sphinx_gallery_end_ignore

# %%
# The derivative drawn with a generator in the same state uses the same slopes, so the
# backward pass matches the forward pass element by element:

same = np.random.default_rng(0)
slopes = activations.rrelu_derivative(xs, training=True, generator=same)
print(np.allclose(ys[xs < 0], slopes[xs < 0] * xs[xs < 0]))

# sphinx_gallery_start_ignore
assert np.allclose(ys[neg], slopes[neg] * xs[neg]) and np.all(slopes[~neg] == 1.0)
# sphinx_gallery_end_ignore
