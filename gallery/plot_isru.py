"""
Inverse square root unit
========================

ISRU divides its input by the square root of one plus alpha times its square. It looks like
tanh but needs only a square root, and alpha sets its bounds.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.isru` and :func:`activations.isru_derivative` for :math:`\alpha = 1`,
# where :math:`f'(x) = (1 + x^2)^{-3/2}`. The curve passes through the origin with slope 1
# and saturates at :math:`\pm 1/\sqrt{\alpha}` (dotted).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
y = activations.isru(x)
dy = activations.isru_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{ISRU}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{ISRU}'(x)$")
for bound in (-1, 1):
    ax.axhline(bound, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-1.2, 1.2), title="ISRU, $\\alpha = 1$")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.isru(0.0) == 0.0 and activations.isru_derivative(0.0) == 1.0
assert np.allclose(dy, (1 + x**2) ** -1.5) and np.all(np.abs(y) < 1)
assert activations.isru(1e8) == 1.0 and activations.isru(-1e8) == -1.0
# sphinx_gallery_end_ignore

# %%
# Compared with tanh the approach to the bounds is slow: at :math:`x = 4` the derivative is
# :math:`17^{-3/2} \approx 0.014`, more than ten times tanh's.

print(activations.isru_derivative(4.0), activations.tanh_derivative(4.0))

# sphinx_gallery_start_ignore
assert np.isclose(activations.isru_derivative(4.0), 17**-1.5) and round(17**-1.5, 3) == 0.014
assert activations.isru_derivative(4.0) > 10 * activations.tanh_derivative(4.0)
# sphinx_gallery_end_ignore

# %%
# The parameter alpha
# -------------------
# A larger :math:`\alpha` narrows the range to :math:`(-1/\sqrt{\alpha}, 1/\sqrt{\alpha})` and
# makes the curve bend sooner, while the slope at the origin stays 1.

# sphinx_gallery_alt = "ISRU for α = 0.25, 1 and 4: the function (top) stays between ±1/√α, and its derivative (bottom) is 1 at the origin for every α."
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(4.8, 5))
for alpha in (0.25, 1.0, 4.0):
    label = rf"$\alpha = {alpha:g}$"
    top.plot(x, activations.isru(x, alpha=alpha), label=label)
    bottom.plot(x, activations.isru_derivative(x, alpha=alpha), label=label)
top.set(ylabel=r"$\mathrm{ISRU}(x)$", title="ISRU")
bottom.set(xlabel="$x$", ylabel=r"$\mathrm{ISRU}'(x)$")
top.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
for alpha in (0.25, 1.0, 4.0):
    assert np.isclose(activations.isru(1e8, alpha=alpha), 1 / np.sqrt(alpha))
    assert activations.isru_derivative(0.0, alpha=alpha) == 1.0
# sphinx_gallery_end_ignore
