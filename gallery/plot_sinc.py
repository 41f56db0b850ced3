"""
Sinc
====

The sinc activation divides the sine by its argument. It is even, equals one at the origin,
and oscillates with decaying amplitude, crossing zero at every nonzero multiple of pi.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.sinc` and :func:`activations.sinc_derivative`. This is the unnormalised
# sinc, :math:`\sin(x)/x`, with the limit :math:`\operatorname{sinc}(0) = 1`
# (``numpy.sinc`` is the normalised :math:`\sin(\pi x)/(\pi x)`).

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-12, 12, 2401)
y = activations.sinc(x)
dy = activations.sinc_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{sinc}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{sinc}'(x)$")
ax.set(xlabel="$x$", title="Sinc")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert activations.sinc(0.0) == 1.0 and activations.sinc_derivative(0.0) == 0.0
assert np.allclose(y, np.sinc(x / np.pi)) and np.allclose(activations.sinc(-x), y)
# sphinx_gallery_end_ignore

# %%
# The first zeros are at :math:`x = \pm\pi`. The derivative is odd and is steepest at about
# :math:`x = \pm 2.08`, where :math:`|f'| \approx 0.436`.

print(activations.sinc(np.pi))
j = np.abs(dy).argmax()
print(f"{x[j]:.2f} {dy[j]:.3f}")

# sphinx_gallery_start_ignore
assert abs(activations.sinc(np.pi)) < 1e-16 and np.all(y[np.abs(x) < np.pi - 1e-9] > 0)
assert np.allclose(activations.sinc_derivative(-x), -dy)
k = np.array([-10, -3, -2, -1, 1, 2, 3, 10])  # sign changes at k pi
assert np.all(activations.sinc(k * np.pi - 1e-6) * activations.sinc(k * np.pi + 1e-6) < 0)
assert round(abs(x[j]), 2) == 2.08 and round(abs(dy[j]), 3) == 0.436
assert np.isclose(activations.catalog["sinc"].max_abs_derivative, 0.4362, atol=1e-4)
# sphinx_gallery_end_ignore

# %%
# The lobes keep shrinking: the first negative lobe bottoms out at about :math:`-0.217` near
# :math:`x = \pm 4.49`, where :math:`\tan x = x`, and :math:`|f(x)| \le 1/|x|` everywhere.

i = y.argmin()
print(f"{x[i]:.2f} {y[i]:.4f}")

# sphinx_gallery_start_ignore
wide = np.linspace(0.1, 400.0, 400_000)
assert round(abs(x[i]), 2) == 4.49 and round(y[i], 3) == -0.217
assert abs(activations.sinc_derivative(4.493409)) < 1e-6 and abs(np.tan(4.493409) - 4.493409) < 1e-4
assert np.all(np.abs(activations.sinc(wide)) <= 1 / wide)
# sphinx_gallery_end_ignore
