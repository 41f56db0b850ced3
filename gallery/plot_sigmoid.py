"""
Sigmoid
=======

The logistic sigmoid squashes every input into the interval (0, 1). Its derivative never
exceeds 1/4, so each sigmoid layer shrinks the gradient that flows back through it.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.sigmoid` and :func:`activations.sigmoid_derivative`. The curve is smooth,
# so there is no kink to mark. The dotted line is the derivative's largest value, 1/4, which it
# reaches at :math:`x = 0`, where :math:`\sigma(0) = 1/2`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
y = activations.sigmoid(x)
dy = activations.sigmoid_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\sigma(x)$")
ax.plot(x, dy, "C1--", label=r"$\sigma'(x)$")
ax.axhline(0.25, color="0.5", linestyle=":", linewidth=1)
ax.annotate("1/4", (6, 0.25), xytext=(0, 4), textcoords="offset points", ha="right")
ax.set(xlabel="$x$", ylim=(-0.05, 1.05), title="Sigmoid")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.sigmoid(0.0) == 0.5
assert activations.sigmoid_derivative(0.0) == 0.25
assert dy.max() == 0.25 and x[dy.argmax()] == 0.0
# sphinx_gallery_end_ignore

# %%
# The derivative is a bump that decays on both sides: the sigmoid saturates. At
# :math:`x = \pm 4` the slope is already below 0.02.

print(activations.sigmoid_derivative([-4.0, 4.0]))

# sphinx_gallery_start_ignore
assert activations.sigmoid_derivative(4.0) < 0.02
assert activations.sigmoid_derivative(-4.0) < 0.02
# sphinx_gallery_end_ignore

# %%
# Two identities are visible in the figure: the curve is symmetric about the point
# :math:`(0, 1/2)`, :math:`\sigma(-x) = 1 - \sigma(x)`, and the derivative is the product
# :math:`\sigma'(x) = \sigma(x)\,(1 - \sigma(x))`.

print(np.allclose(activations.sigmoid(-x), 1 - y), np.allclose(dy, y * (1 - y)))

# sphinx_gallery_start_ignore
assert np.allclose(activations.sigmoid(-x), 1 - y)
assert np.allclose(dy, y * (1 - y))
# sphinx_gallery_end_ignore

# %%
# Backpropagation multiplies one such factor per layer. Through ten sigmoid layers the
# gradient is scaled by at most :math:`(1/4)^{10} \approx 10^{-6}`, which is the vanishing
# gradient problem that ReLU avoids.

print(0.25**10)

# sphinx_gallery_start_ignore
assert 0.25**10 < 1e-6
# sphinx_gallery_end_ignore
