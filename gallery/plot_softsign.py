"""
Softsign
========

Softsign divides its input by one plus its absolute value. It is a tanh-like curve with
polynomial rather than exponential tails, so it saturates much more slowly.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.softsign` and :func:`activations.softsign_derivative`,
# :math:`1/(1 + |x|)^2`. The function is smooth enough to have a slope everywhere, but the
# derivative has a corner at the origin, marked with its value :math:`f'(0) = 1` (see
# :ref:`kinks`). The dotted lines are the bounds :math:`\pm 1`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
y = activations.softsign(x)
dy = activations.softsign_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{Softsign}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{Softsign}'(x)$")
ax.plot(0, activations.softsign_derivative(0.0), "C1o")  # the value at the corner
for bound in (-1, 1):
    ax.axhline(bound, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-1.2, 1.2), title="Softsign")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x / (1 + np.abs(x))) and np.all(np.abs(y) < 1)
assert np.allclose(dy, 1 / (1 + np.abs(x)) ** 2)
assert activations.softsign_derivative(0.0) == 1.0 and dy.max() == 1.0
assert [(k.x, k.derivative) for k in activations.catalog["softsign"].kinks] == [(0.0, 1.0)]
# sphinx_gallery_end_ignore

# %%
# The corner: just right of the origin the derivative falls with slope :math:`-2`, just left
# it rises with slope :math:`+2`, so the second derivative jumps.

h = 1e-6
right = (activations.softsign_derivative(h) - 1.0) / h
left = (1.0 - activations.softsign_derivative(-h)) / h
print(right, left)

# sphinx_gallery_start_ignore
assert np.isclose(right, -2.0, atol=1e-4) and np.isclose(left, 2.0, atol=1e-4)
# sphinx_gallery_end_ignore

# %%
# Softsign reaches half its bound at :math:`x = 1`, where tanh already reaches 0.76, and at
# :math:`x = 4` its slope, :math:`1/25`, is about 30 times that of tanh.

print(activations.softsign(1.0), activations.tanh(1.0))
print(activations.softsign_derivative(4.0) / activations.tanh_derivative(4.0))

# sphinx_gallery_start_ignore
assert activations.softsign(1.0) == 0.5
assert np.isclose(activations.tanh(1.0), 0.7616, atol=1e-4)
assert np.isclose(activations.softsign_derivative(4.0), 1 / 25)
assert 29 < activations.softsign_derivative(4.0) / activations.tanh_derivative(4.0) < 31
# sphinx_gallery_end_ignore
