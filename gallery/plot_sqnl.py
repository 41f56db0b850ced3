"""
Square nonlinearity
===================

SQNL builds a tanh-like curve from two parabolas and two constants. It is cheap to compute,
reaches its bounds exactly at plus and minus two, and is flat beyond.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.sqnl` and :func:`activations.sqnl_derivative`. The derivative is the tent
# :math:`1 - |x|/2`, clipped at 0, so it is continuous but has three corners, marked with
# their values: :math:`f'(\pm 2) = 0` and :math:`f'(0) = 1` (see :ref:`kinks`).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 801)
y = activations.sqnl(x)
dy = activations.sqnl_derivative(x)
corners = np.array([-2.0, 0.0, 2.0])

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{SQNL}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{SQNL}'(x)$")
ax.plot(corners, activations.sqnl_derivative(corners), "C1o")  # values at the corners
ax.set(xlabel="$x$", title="SQNL")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(dy, np.maximum(0.0, 1 - np.abs(x) / 2))
assert [k.x for k in activations.catalog["sqnl"].kinks] == corners.tolist()
for kink in activations.catalog["sqnl"].kinks:
    assert activations.sqnl_derivative(kink.x) == kink.derivative
# sphinx_gallery_end_ignore

# %%
# Unlike tanh, SQNL reaches its bounds :math:`\pm 1` at :math:`x = \pm 2` and stays there:
# beyond that the gradient is exactly zero.

print(activations.sqnl([-3.0, -2.0, 2.0, 3.0]), activations.sqnl_derivative([-3.0, 3.0]))

# sphinx_gallery_start_ignore
assert activations.sqnl(2.0) == 1.0 and activations.sqnl(-2.0) == -1.0
assert np.all(y[np.abs(x) >= 2] == np.sign(x[np.abs(x) >= 2]))
assert np.all(dy[np.abs(x) > 2] == 0.0)
# sphinx_gallery_end_ignore

# %%
# The curve stays within 0.05 of tanh everywhere, and both have slope 1 at the origin.

print(np.abs(y - activations.tanh(x)).max())

# sphinx_gallery_start_ignore
wide = np.linspace(-50, 50, 100001)
assert np.abs(activations.sqnl(wide) - activations.tanh(wide)).max() < 0.05
assert activations.sqnl_derivative(0.0) == activations.tanh_derivative(0.0) == 1.0
# sphinx_gallery_end_ignore
