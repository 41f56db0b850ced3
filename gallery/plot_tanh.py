"""
Hyperbolic tangent
==================

The hyperbolic tangent is a sigmoid rescaled to the interval (-1, 1). It is zero-centred and its
derivative reaches 1 at the origin, four times the largest slope of the sigmoid.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.tanh` and :func:`activations.tanh_derivative`. Near the origin the
# function follows the identity, :math:`\tanh(x) \approx x`; further out it saturates at
# :math:`\pm 1`. The curve is smooth, so there is no kink to mark.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 801)
y = activations.tanh(x)
dy = activations.tanh_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\tanh(x)$")
ax.plot(x, dy, "C1--", label=r"$\tanh'(x)$")
ax.set(xlabel="$x$", title="Hyperbolic tangent")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.tanh(0.0) == 0.0 and activations.tanh_derivative(0.0) == 1.0
assert np.abs(y[np.abs(x) <= 0.1] - x[np.abs(x) <= 0.1]).max() < 4e-4
assert activations.tanh(4.0) > 0.999 and activations.tanh(-4.0) < -0.999
# sphinx_gallery_end_ignore

# %%
# The derivative peaks at :math:`\tanh'(0) = 1` and falls below :math:`0.01` at
# :math:`x = \pm 3`: outside that band a tanh unit passes back almost no gradient.

print(dy.max(), activations.tanh_derivative([-3.0, 3.0]))

# sphinx_gallery_start_ignore
assert dy.max() == 1.0 and x[dy.argmax()] == 0.0
assert np.all(activations.tanh_derivative([-3.0, 3.0]) < 0.01)
# sphinx_gallery_end_ignore

# %%
# The function is odd, :math:`\tanh(-x) = -\tanh(x)`, and its derivative is
# :math:`1 - \tanh^2(x)`. It is the sigmoid compressed horizontally by 2, stretched vertically
# by 2 and shifted down by 1, :math:`\tanh(x) = 2\sigma(2x) - 1`, which maps the sigmoid's
# range (0, 1) onto (-1, 1) and multiplies its slope by 4.

print(np.allclose(y, 2 * activations.sigmoid(2 * x) - 1))

# sphinx_gallery_start_ignore
assert np.allclose(activations.tanh(-x), -y)
assert np.allclose(dy, 1 - y**2)
assert np.allclose(y, 2 * activations.sigmoid(2 * x) - 1)
assert np.allclose(dy, 4 * activations.sigmoid_derivative(2 * x))
# sphinx_gallery_end_ignore

# %%
# Comparing the maximal slopes: :math:`\tanh'(0) = 1` against :math:`\sigma'(0) = 1/4`. A
# sigmoid layer shrinks the gradient at least fourfold at every input; a tanh layer passes it
# unchanged at the origin and shrinks it elsewhere, in the tails even more than a sigmoid
# layer does (at :math:`x = 4`, 0.0013 against 0.018).

print(activations.tanh_derivative(4.0), activations.sigmoid_derivative(4.0))

# sphinx_gallery_start_ignore
assert activations.tanh_derivative(0.0) == 4 * activations.sigmoid_derivative(0.0)
assert np.all(activations.sigmoid_derivative(x) <= 0.25) and np.all(dy[x != 0] < 1)
assert round(activations.tanh_derivative(4.0), 4) == 0.0013
assert round(activations.sigmoid_derivative(4.0), 3) == 0.018
# sphinx_gallery_end_ignore
