"""
Hard shrink
===========

Hard shrink zeroes every input whose magnitude is at most lambda and keeps the others
unchanged. The function jumps at plus and minus lambda, as in hard-thresholding of wavelet
coefficients.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.hard_shrink` (top) and :func:`activations.hard_shrink_derivative` (bottom)
# for :math:`\lambda = 0.5`. Both jump at :math:`x = \pm\lambda`: the filled dots are the
# values the library returns there, 0 for both as in PyTorch, and the open dots are the limits
# from either side. :ref:`kinks` explains the choice.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2, 2, 401)
y = activations.hard_shrink(x)
dy = activations.hard_shrink_derivative(x)
kinks = np.array([-0.5, 0.5])

fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
for piece in (x < -0.5, np.abs(x) < 0.5, x > 0.5):
    top.plot(x[piece], y[piece], "C0-")
    bottom.plot(x[piece], dy[piece], "C1--")
top.plot([-0.5, 0.5], [-0.5, 0.5], "C0o", markerfacecolor="white")  # limits from outside
top.plot(kinks, activations.hard_shrink(kinks), "C0o")  # the library's values
bottom.plot([-0.5, -0.5, 0.5, 0.5], [1, 0, 0, 1], "C1o", markerfacecolor="white")
bottom.plot(kinks, activations.hard_shrink_derivative(kinks), "C1o")
top.set(ylabel=r"$\mathrm{Hardshrink}(x)$", title="Hard shrink")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{Hardshrink}'(x)$")
plt.show()

# sphinx_gallery_start_ignore
inside = np.abs(x) <= 0.5
assert np.all(y[inside] == 0.0) and np.array_equal(y[~inside], x[~inside])
assert np.all(dy[inside] == 0.0) and np.all(dy[~inside] == 1.0)
for kink in activations.catalog["hard_shrink"].kinks:
    assert activations.hard_shrink(kink.x) == 0.0 and abs(kink.x) == 0.5
    assert activations.hard_shrink_derivative(kink.x) == kink.derivative == 0.0
# sphinx_gallery_end_ignore

# %%
# The parameter lambda
# --------------------
# :math:`\lambda` is the half-width of the dead zone :math:`[-\lambda, \lambda]`. The jump at
# its edges has height :math:`\lambda`: small inputs vanish while large ones pass untouched,
# unlike soft shrink, which moves every surviving value towards 0 by :math:`\lambda`.

x = np.linspace(-3, 3, 601)
# sphinx_gallery_alt = "Hard shrink with λ = 0.5, 1 and 2, one panel each: zero on [−λ, λ], the identity outside, with a jump at ±λ."
fig, axes = plt.subplots(1, 3, sharey=True, figsize=(4.8, 2.8))
for ax, lam in zip(axes, (0.5, 1.0, 2.0), strict=True):
    y = activations.hard_shrink(x, lambd=lam)
    for piece in (x < -lam, np.abs(x) < lam, x > lam):
        ax.plot(x[piece], y[piece], "C0-")
    ax.plot([-lam, lam], [-lam, lam], "C0o", markerfacecolor="white")
    ax.plot([-lam, lam], activations.hard_shrink([-lam, lam], lambd=lam), "C0o")
    ax.set(xlabel="$x$", title=rf"$\lambda = {lam:g}$")
axes[0].set_ylabel(r"$\mathrm{Hardshrink}(x)$")
fig.suptitle("Hard shrink")
plt.show()

for lam in (0.5, 1.0, 2.0):
    print(lam, activations.hard_shrink([lam, lam + 1e-9, 3.0], lambd=lam))

# sphinx_gallery_start_ignore
for lam in (0.5, 1.0, 2.0):
    jump = activations.hard_shrink(lam + 1e-12, lambd=lam) - activations.hard_shrink(lam, lambd=lam)
    assert np.isclose(jump, lam) and activations.hard_shrink(3.0, lambd=lam) == 3.0
    assert activations.catalog["soft_shrink"].function(3.0, lambd=lam) == 3.0 - lam
# sphinx_gallery_end_ignore
