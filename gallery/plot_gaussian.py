"""
Gaussian
========

The Gaussian activation is the bell curve exp(-x squared). It responds only to inputs near
zero, as in radial basis function networks, and is not monotonic.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.gaussian` and :func:`activations.gaussian_derivative`,
# :math:`f'(x) = -2x\,e^{-x^2}`. The function peaks at 1 at the origin, where the derivative
# crosses zero.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-3.5, 3.5, 701)
y = activations.gaussian(x)
dy = activations.gaussian_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$e^{-x^2}$")
ax.plot(x, dy, "C1--", label=r"$-2x\,e^{-x^2}$")
top = 1 / np.sqrt(2)  # where the slope is steepest
ax.plot([-top, top], activations.gaussian_derivative(np.array([-top, top])), "C1o")
ax.set(xlabel="$x$", title="Gaussian")
ax.legend(loc="upper right")
plt.show()

# sphinx_gallery_start_ignore
assert activations.gaussian(0.0) == 1.0 and activations.gaussian_derivative(0.0) == 0.0
assert np.allclose(dy, -2 * x * y) and np.allclose(y, np.exp(-(x**2)))
# sphinx_gallery_end_ignore

# %%
# The slope is steepest at :math:`x = \pm 1/\sqrt{2}` (dots), where
# :math:`|f'| = \sqrt{2/e} \approx 0.858`, the inflection points of the bell.

print(activations.gaussian_derivative(-top), np.sqrt(2 / np.e))

# sphinx_gallery_start_ignore
assert np.isclose(activations.gaussian_derivative(-top), np.sqrt(2 / np.e))
assert np.isclose(activations.catalog["gaussian"].max_abs_derivative, np.sqrt(2 / np.e))
step = activations.gaussian_derivative(top + 1e-6) - activations.gaussian_derivative(top - 1e-6)
assert abs(step) < 1e-10  # f''(1/sqrt(2)) = 0: an inflection point
assert np.all(np.abs(dy) <= np.sqrt(2 / np.e) + 1e-15) and round(np.sqrt(2 / np.e), 3) == 0.858
# sphinx_gallery_end_ignore

# %%
# The response dies quickly on both sides: beyond :math:`|x| = 3` the output is below
# :math:`1.3 \times 10^{-4}` and the gradient below :math:`10^{-3}`. A unit whose input drifts
# away from 0 stops learning, in both directions.

print(activations.gaussian(3.0), activations.gaussian_derivative(3.0))

# sphinx_gallery_start_ignore
far = np.concatenate([-np.geomspace(3, 1e3, 1000), np.geomspace(3, 1e3, 1000)])
assert activations.gaussian(far).max() < 1.3e-4
assert np.abs(activations.gaussian_derivative(far)).max() < 1e-3
# sphinx_gallery_end_ignore
