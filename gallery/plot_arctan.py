"""
Arctangent
==========

The arctangent is a sigmoid-shaped curve bounded by plus and minus pi over two. Its derivative
decays like one over x squared, far more slowly than the exponential tails of tanh.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.arctan` and :func:`activations.arctan_derivative`,
# :math:`f'(x) = 1 / (1 + x^2)`. Like tanh, the curve passes through the origin with slope 1
# and is odd. The dotted lines are its bounds, :math:`\pm\pi/2`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-10, 10, 1001)
y = activations.arctan(x)
dy = activations.arctan_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\arctan(x)$")
ax.plot(x, dy, "C1--", label=r"$\arctan'(x)$")
for bound in (-np.pi / 2, np.pi / 2):
    ax.axhline(bound, color="0.5", linestyle=":", linewidth=1)
ticks = [-np.pi / 2, -1, 0, 1, np.pi / 2]
ax.set_yticks(ticks, [r"$-\pi/2$", "$-1$", "0", "1", r"$\pi/2$"])
ax.set(xlabel="$x$", ylim=(-1.9, 1.9), title="Arctangent")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.arctan(0.0) == 0.0 and activations.arctan_derivative(0.0) == 1.0
assert np.allclose(activations.arctan(-x), -y)
assert np.allclose(dy, 1 / (1 + x**2))
assert np.all(np.abs(y) < np.pi / 2)
# sphinx_gallery_end_ignore

# %%
# The limits are :math:`\pm\pi/2 \approx \pm 1.571`, wider than tanh's :math:`\pm 1`, and the
# curve approaches them slowly: at :math:`x = 4` it has covered only 84 percent of the way.

print(np.pi / 2, activations.arctan(4.0) / (np.pi / 2))

# sphinx_gallery_start_ignore
assert np.isclose(activations.arctan(np.inf), np.pi / 2) and round(np.pi / 2, 3) == 1.571
assert 0.84 < activations.arctan(4.0) / (np.pi / 2) < 0.845
# sphinx_gallery_end_ignore

# %%
# The slow approach is the point: at :math:`x = 4` the derivative is still :math:`1/17 \approx
# 0.059`, against :math:`0.0013` for tanh. The tails pass back more gradient before saturating.

print(activations.arctan_derivative(4.0), activations.tanh_derivative(4.0))

# sphinx_gallery_start_ignore
assert np.isclose(activations.arctan_derivative(4.0), 1 / 17) and round(1 / 17, 3) == 0.059
assert round(activations.tanh_derivative(4.0), 4) == 0.0013
# sphinx_gallery_end_ignore
