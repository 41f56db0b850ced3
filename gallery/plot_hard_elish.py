"""
Hard ELiSH
==========

Hard ELiSH is ELiSH with the sigmoid replaced by a hard sigmoid, a ramp from 0 at
:math:`x = -1` to 1 at :math:`x = 1`. It is exactly 0 below -1 and the identity above 1.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.hard_elish` and :func:`activations.hard_elish_derivative`. The
# derivative jumps at :math:`x = -1` (from 0 to :math:`(e^{-1} - 1)/2 \approx -0.316`) and
# at :math:`x = 1` (from 3/2 to 1). Filled dots are the values the library returns there, the
# outer ones, 0 and 1: the gate's own slope counts as 0 at its corners, as for PyTorch's
# ``hardsigmoid``; open dots are the inner one-sided limits. At the origin the slope is
# :math:`1/2` from both sides.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3, 2, 5001)
y = activations.hard_elish(x)
dy = activations.hard_elish_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{HardELiSH}(x)$")
for piece in (x < -1, (x > -1) & (x < 1), x > 1):  # split at the jumps of f'
    ax.plot(x[piece], dy[piece], "C1--")
ax.plot([], [], "C1--", label=r"$\mathrm{HardELiSH}'(x)$")
ax.plot([-1, 1], activations.hard_elish_derivative([-1.0, 1.0]), "C1o")  # library values
ax.plot([-1, 1], [np.expm1(-1) / 2, 1.5], "o", mfc="none", mec="C1")  # inner limits
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="Hard ELiSH")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert list(activations.hard_elish_derivative([-1.0, 0.0, 1.0])) == [0.0, 0.5, 1.0]
assert [k.derivative for k in activations.catalog["hard_elish"].kinks] == [0.0, 0.5, 1.0]
left = activations.hard_elish_derivative(np.nextafter(-1.0, 0))
assert np.isclose(left, np.expm1(-1) / 2) and round(left, 3) == -0.316
assert np.isclose(activations.hard_elish_derivative(np.nextafter(1.0, 0)), 1.5)
assert np.all(y[x <= -1] == 0) and np.all(y[x >= 1] == x[x >= 1])
# sphinx_gallery_end_ignore

# %%
# Against ELiSH
# -------------
# :func:`activations.elish` (dotted) uses the smooth sigmoid: the two agree at the origin in
# value and slope, and Hard ELiSH's minimum, about :math:`-0.0997` at :math:`x \approx -0.443`,
# is shallower than ELiSH's :math:`-0.172`.

# sphinx_gallery_alt = "Hard ELiSH and ELiSH (dotted): the curves meet at the origin, and Hard ELiSH's marked minimum is the shallower."
fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{HardELiSH}(x)$")
ax.plot(x, activations.elish(x), "C2:", label=r"$\mathrm{ELiSH}(x)$")
i = y.argmin()
ax.plot(x[i], y[i], "C0o")
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="Hard ELiSH")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert round(y[i], 4) == -0.0997 and round(x[i], 3) == -0.443
assert round(activations.elish(x).min(), 3) == -0.172
assert activations.catalog["hard_elish"].range.low == activations.hard_elish(-0.4428544010023886)
# sphinx_gallery_end_ignore
