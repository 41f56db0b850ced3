"""
xIELU
=====

xIELU grows like a parabola for positive inputs and, for negative ones, dips to a minimum and
then rises again with slope β − αₙ. It is the activation of the Apertus language models.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.xielu` and :func:`activations.xielu_derivative` with the defaults of the
# reference code, :math:`\alpha_p = \alpha_n = 0.8`, :math:`\beta = 0.5`,
# :math:`\varepsilon = -10^{-6}`. Its derivative is linear for :math:`x > 0` and an ELU
# shifted down for :math:`x < 0`. The dots mark the minimum, about :math:`-0.206` at
# :math:`x = \ln(1 - \beta/\alpha_n) \approx -0.981`, and :math:`f'(0) = \beta - \alpha_n =
# -0.3`, the slope just left of 0 (see the last section). Far to the left the slope tends to
# -0.3 again: the function grows.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 2, 7001)
y = activations.xielu(x)
dy = activations.xielu_derivative(x)
i = y.argmin()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{xIELU}(x)$")
ax.plot(x[x < 0], dy[x < 0], "C1--", label=r"$\mathrm{xIELU}'(x)$")
ax.plot(x[x > 0], dy[x > 0], "C1--")  # split at the kink
ax.plot(x[i], y[i], "C0o")  # the minimum
ax.plot(0, activations.xielu_derivative(0.0), "C1o")  # f'(0), the library's value
ax.set(xlabel="$x$", ylim=(-0.5, 3.2), title="xIELU")
ax.legend(loc="upper left")
plt.show()
# sphinx_gallery_start_ignore
assert round(y[i], 3) == -0.206 and round(x[i], 3) == round(np.log(1 - 0.5 / 0.8), 3) == -0.981
assert np.isclose(activations.xielu_derivative(-1e3), -0.3) and dy[x == 0] == 0.5 - 0.8
# sphinx_gallery_end_ignore

# %%
# What the parameters mean
# ------------------------
# The library takes the effective values, ``alpha_p_init`` and ``alpha_n_init`` of Hugging
# Face's ``XIELUActivation``, which trains :math:`\alpha_p = \operatorname{softplus}(p) > 0`
# and :math:`\alpha_n = \beta + \operatorname{softplus}(n) > \beta`. A larger :math:`\alpha_n`
# deepens the dip and steepens the left side.
fig, ax = plt.subplots()
# sphinx_gallery_alt = "xIELU for αₙ = 0.6, 0.8 and 1.2: a larger αₙ deepens the dip and steepens the left side."
for alpha_n in (0.6, 0.8, 1.2):
    ax.plot(x, activations.xielu(x, alpha_n=alpha_n), label=rf"$\alpha_n = {alpha_n}$")
ax.set(xlabel="$x$", ylabel=r"$\mathrm{xIELU}(x)$", ylim=(-0.5, 3.2))
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert all(np.isclose(activations.xielu_derivative(-1e3, alpha_n=a), 0.5 - a) for a in (0.6, 1.2))
# sphinx_gallery_end_ignore

# %%
# The cut-off at the origin
# -------------------------
# The reference code computes :math:`e^{\min(x, \varepsilon)}`, so on
# :math:`(\varepsilon, 0]` the exponential is frozen at :math:`e^{\varepsilon}`: there the
# slope is :math:`\beta - \alpha_n = -0.3`, and at 0 the function is
# :math:`\alpha_n(e^{\varepsilon} - 1) \approx -8 \times 10^{-7}` instead of 0, a jump far too
# small to see at any plotting scale. :func:`activations.xielu` reproduces it; pass
# ``eps=0.0`` for the function without the cut-off, continuous at 0.

print(activations.xielu(0.0), activations.xielu(0.0, eps=0.0))

# sphinx_gallery_start_ignore
assert np.isclose(activations.xielu(0.0), 0.8 * np.expm1(-1e-6)) and round(y[x == 0][0] * 1e7) == -8
assert activations.xielu(0.0, eps=0.0) == 0.0 and activations.xielu_derivative(-5e-7) == 0.5 - 0.8
# sphinx_gallery_end_ignore
