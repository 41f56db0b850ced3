"""
Snake
=====

Snake adds a squared sine to the identity: a ripple around the line y = x, whose frequency is
alpha. It is increasing, and its slope swings between 0 and 2.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.snake` and :func:`activations.snake_derivative`,
# :math:`f(x) = x + \sin^2(\alpha x)/\alpha` with :math:`\alpha = 1`. The dotted line is
# :math:`y = x`, which the function touches at the multiples of :math:`\pi`; the dots mark
# the flat points, where the slope is 0.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 12001)
y = activations.snake(x)
dy = activations.snake_derivative(x)
flat = np.pi * (np.arange(-1, 3) - 0.25)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$x + \sin^2 x$")
ax.plot(x, dy, "C1--", label=r"$1 + \sin 2x$")
ax.plot(x, x, color="0.5", linestyle=":", linewidth=1)
ax.plot(flat, activations.snake(flat), "C0o")
ax.set(xlabel="$x$", ylim=(-6, 7), title="Snake")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x + np.sin(x) ** 2) and np.all(np.diff(y) > 0)
assert np.allclose(activations.snake_derivative(flat), 0.0)
# sphinx_gallery_end_ignore

# %%
# The slope :math:`1 + \sin 2\alpha x` lies in :math:`[0, 2]`: 1 at the origin, where the
# function starts as the identity, 2 at :math:`\alpha x = \pi/4 + k\pi` and 0 at
# :math:`\alpha x = -\pi/4 + k\pi`. So Snake is monotonic, unlike the sine it is built from.

print(activations.snake(0.0), activations.snake_derivative(np.array([0.0, np.pi / 4])))

# sphinx_gallery_start_ignore
assert activations.snake(0.0) == 0.0 and activations.snake_derivative(0.0) == 1.0
assert activations.snake_derivative(np.pi / 4) == 2.0 and dy.min() >= 0 and dy.max() <= 2
# sphinx_gallery_end_ignore

# %%
# Frequency :math:`\alpha`
# ------------------------
# A larger :math:`\alpha` gives faster, smaller ripples: their period is :math:`\pi/\alpha`
# and their height :math:`1/\alpha`. BigVGAN and DAC learn one :math:`\alpha` per channel,
# starting from 1.

# sphinx_gallery_alt = "Snake for α = 0.5, 1 and 3 around the dotted line y = x: the larger α, the faster and smaller the ripples."
fig, ax = plt.subplots()
for k, alpha in enumerate([0.5, 1.0, 3.0]):
    ax.plot(x, activations.snake(x, alpha=alpha), f"C{k}", label=rf"$\alpha = {alpha:g}$")
ax.plot(x, x, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-6, 8), title="Snake")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
for alpha in (0.5, 1.0, 3.0):
    ripple = activations.snake(x, alpha=alpha) - x
    assert np.isclose(ripple.max(), 1 / alpha, rtol=1e-6) and ripple.min() >= 0
    assert np.allclose(
        activations.snake(x + np.pi / alpha, alpha=alpha) - x, np.pi / alpha + ripple
    )
# sphinx_gallery_end_ignore
