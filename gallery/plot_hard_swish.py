"""
Hard swish
==========

Hard swish multiplies the input by the hard sigmoid, a piecewise-quadratic copy of SiLU
designed for mobile networks. It is exactly zero below minus three and the identity above three.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.hard_swish` and :func:`activations.hard_swish_derivative`. Between the
# kinks at :math:`x = \pm 3` the derivative is the line :math:`(2x + 3)/6`, which jumps at
# both ends (open dots: the limits from either side). The library returns :math:`f'(-3) = 0`
# and :math:`f'(3) = 1` (filled dots), as current PyTorch does; older releases returned
# :math:`-1/2` and :math:`3/2`. :ref:`kinks` explains the choice.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 4, 901)
y = activations.hard_swish(x)
dy = activations.hard_swish_derivative(x)
kinks = np.array([-3.0, 3.0])

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{HardSwish}(x)$")
ax.plot(x[x < -3], dy[x < -3], "C1--", label=r"$\mathrm{HardSwish}'(x)$")
ax.plot(x[np.abs(x) < 3], dy[np.abs(x) < 3], "C1--")
ax.plot(x[x > 3], dy[x > 3], "C1--")
ax.plot([-3, -3, 3, 3], [0, -1 / 2, 3 / 2, 1], "C1o", markerfacecolor="white")  # limits
ax.plot(kinks, activations.hard_swish_derivative(kinks), "C1o")  # the library's values
ax.set(xlabel="$x$", title="Hard swish")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x * activations.hard_sigmoid(x))
assert np.array_equal(activations.hard_swish_derivative(kinks), [0.0, 1.0])
assert np.allclose(dy[np.abs(x) < 3], (2 * x[np.abs(x) < 3] + 3) / 6)
assert np.all(dy[x < -3] == 0.0) and np.all(dy[x > 3] == 1.0)
assert np.all(y[x <= -3] == 0.0) and np.array_equal(y[x >= 3], x[x >= 3])
assert "older releases gave f'(-3) = -1/2 and f'(3) = 3/2" in (
    activations.catalog["hard_swish"].frameworks["pytorch"].note
)
# sphinx_gallery_end_ignore

# %%
# The dip reaches :math:`-3/8` at :math:`x = -3/2`, where the derivative crosses zero. Inside
# the ramp the derivative runs from :math:`-1/2` to :math:`3/2`, so the slope comes close to
# :math:`3/2` just left of :math:`x = 3`.

print(x[y.argmin()], y.min(), activations.hard_swish_derivative(-1.5))

# sphinx_gallery_start_ignore
assert y.min() == -0.375 and x[y.argmin()] == -1.5
assert activations.hard_swish_derivative(-1.5) == 0.0
assert dy.max() < 1.5 and np.isclose(activations.hard_swish_derivative(3 - 1e-9), 1.5)
assert activations.catalog["hard_swish"].max_abs_derivative == 1.5
# sphinx_gallery_end_ignore

# %%
# Against SiLU, :math:`x\,\sigma(x)`, the curve differs by at most about 0.14, at
# :math:`x = -3`, and it needs no exponential at all.

gap = np.abs(y - x * activations.sigmoid(x))
print(gap.max(), x[gap.argmax()])

# sphinx_gallery_start_ignore
wide = np.linspace(-50, 50, 100001)
wide_gap = np.abs(activations.hard_swish(wide) - wide * activations.sigmoid(wide))
assert 0.135 < wide_gap.max() < 0.145 and wide[wide_gap.argmax()] == -3.0
# sphinx_gallery_end_ignore
