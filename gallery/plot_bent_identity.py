"""
Bent identity
=============

The bent identity adds half a hyperbola to the identity. It is smooth and increasing, with a
slope that slides from one half to three halves, so it never saturates.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.bent_identity` and :func:`activations.bent_identity_derivative`,
# :math:`f'(x) = 1 + x / (2\sqrt{x^2 + 1})`. At the origin :math:`f(0) = 0` and
# :math:`f'(0) = 1`, like the identity. The dotted lines are the bounds of the slope,
# :math:`1/2` and :math:`3/2`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 5, 1001)
y = activations.bent_identity(x)
dy = activations.bent_identity_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{bent}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{bent}'(x)$")
for bound in (0.5, 1.5):
    ax.axhline(bound, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", title="Bent identity")
ax.legend(loc="upper left")
plt.show()

print(activations.bent_identity(0.0), activations.bent_identity_derivative(0.0))

# sphinx_gallery_start_ignore
assert activations.bent_identity(0.0) == 0.0 and activations.bent_identity_derivative(0.0) == 1.0
assert np.allclose(y, (np.sqrt(x**2 + 1) - 1) / 2 + x)
assert np.allclose(dy, 1 + x / (2 * np.sqrt(x**2 + 1)))
# sphinx_gallery_end_ignore

# %%
# The derivative stays strictly between :math:`1/2` and :math:`3/2`: the function never
# saturates and never amplifies a gradient by more than 1.5. For large inputs it follows the
# lines :math:`3x/2 - 1/2` and :math:`x/2 - 1/2`:

print(activations.bent_identity([-1e6, 1e6]), [-0.5e6 - 0.5, 1.5e6 - 0.5])

# sphinx_gallery_start_ignore
slope = activations.bent_identity_derivative(np.linspace(-1e4, 1e4, 200_001))
assert np.all((slope > 0.5) & (slope < 1.5))
assert np.isclose(activations.bent_identity(1e6), 1.5e6 - 0.5)
assert np.isclose(activations.bent_identity(-1e6), -0.5e6 - 0.5)
assert activations.catalog["bent_identity"].max_abs_derivative == 1.5
# sphinx_gallery_end_ignore
