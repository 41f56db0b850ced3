"""
Sinc
====

The sinc activation divides the sine by its argument. It is even, equals one at the origin,
and oscillates with decaying amplitude, crossing zero at every multiple of pi.
"""

# %%
# Function and derivative
# -----------------------
# The solid line is :func:`activations.sinc`, the dashed line
# :func:`activations.sinc_derivative`. This is the unnormalised sinc, :math:`\sin(x)/x`,
# with the limit :math:`\operatorname{sinc}(0) = 1` (``numpy.sinc`` is the normalised
# :math:`\sin(\pi x)/(\pi x)`).

import numpy as np

import activations
from activations.plotting import FRAME, plot_pair

fig = plot_pair("sinc")

x = FRAME.grid()
y = activations.sinc(x)
dy = activations.sinc_derivative(x)

assert activations.sinc(0.0) == 1.0 and activations.sinc_derivative(0.0) == 0.0
assert np.allclose(y, np.sinc(x / np.pi))
assert np.allclose(activations.sinc(-x), y)

# %%
# The first zeros are at :math:`x = \pm\pi`. The derivative is odd and is steepest at about
# :math:`x = \pm 2.08`, where :math:`|f'| \approx 0.436`.

assert np.isclose(activations.sinc(np.pi), 0.0, atol=1e-16)
i = np.abs(dy).argmax()
assert np.isclose(abs(x[i]), 2.08, atol=0.01) and np.isclose(np.abs(dy).max(), 0.436, atol=1e-3)
assert np.isclose(activations.catalog["sinc"].max_abs_derivative, 0.4362, atol=1e-4)

# %%
# Beyond the frame the lobes keep shrinking: the first negative lobe bottoms out at about
# :math:`-0.217` near :math:`x = 4.49`, and :math:`|f(x)| \le 1/|x|` everywhere.

wide = np.linspace(0.1, 40.0, 40_000)
j = activations.sinc(wide)[wide < 6].argmin()
assert np.isclose(activations.sinc(wide[j]), -0.2172, atol=1e-4) and np.isclose(
    wide[j], 4.49, atol=0.01
)
assert np.all(np.abs(activations.sinc(wide)) <= 1 / wide)
