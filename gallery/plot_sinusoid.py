"""
Sinusoid
========

The sine as an activation: periodic, bounded and smooth, with the identity's slope at the
origin. Its derivative, the cosine, never settles, so there is no saturation.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.sinusoid`, the dashed line
# :func:`activations.sinusoid_derivative`, the cosine. Near the origin
# :math:`\sin x \approx x`, with :math:`f(0) = 0` and :math:`f'(0) = 1`.

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("sinusoid")

x = FRAME.grid()
y = activations.sinusoid(x)
dy = activations.sinusoid_derivative(x)

assert activations.sinusoid(0.0) == 0.0 and activations.sinusoid_derivative(0.0) == 1.0
assert np.allclose(y, np.sin(x)) and np.allclose(dy, np.cos(x))
assert "sin" in activations.catalog["sinusoid"].aliases

# %%
# The function is not monotonic: it turns at :math:`x = \pm\pi/2`, where the derivative
# vanishes, and the same output is reached from many inputs. Between the turns it is
# increasing, outside them decreasing within the frame.

assert np.isclose(activations.sinusoid_derivative(np.pi / 2), 0.0, atol=1e-15)
assert np.all(dy[np.abs(x) < np.pi / 2] > 0) and np.all(dy[np.abs(x) > np.pi / 2] < 0)

# %%
# Because the derivative keeps oscillating between :math:`-1` and 1, the gradient never
# vanishes for good, unlike tanh; periodic units are used in implicit neural representations
# (SIREN) to fit fine detail.

far = np.linspace(100.0, 110.0, 1001)
assert np.abs(activations.sinusoid_derivative(far)).max() > 0.99
assert activations.tanh_derivative(100.0) < 1e-80
