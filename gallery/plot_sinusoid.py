"""
Sinusoid
========

The sine as an activation: periodic, bounded and smooth, with the identity's slope at the
origin, and in SIREN with a frequency omega_0. Its derivative never settles, so there is no
saturation.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.sinusoid` and :func:`activations.sinusoid_derivative`, the cosine. Near
# the origin :math:`\sin x \approx x` (dotted), with :math:`f(0) = 0` and :math:`f'(0) = 1`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-2 * np.pi, 2 * np.pi, 1001)
y = activations.sinusoid(x)
dy = activations.sinusoid_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\sin x$")
ax.plot(x, dy, "C1--", label=r"$\cos x$")
ax.plot(x, x, color="0.5", linestyle=":", linewidth=1)
ax.set_xticks(np.pi * np.arange(-2, 3), [r"$-2\pi$", r"$-\pi$", "0", r"$\pi$", r"$2\pi$"])
ax.set(xlabel="$x$", ylim=(-1.3, 1.9), title="Sinusoid")
ax.legend(loc="upper center", ncols=2)
plt.show()

# sphinx_gallery_start_ignore
assert activations.sinusoid(0.0) == 0.0 and activations.sinusoid_derivative(0.0) == 1.0
assert np.allclose(y, np.sin(x)) and "sin" in activations.catalog["sinusoid"].aliases
assert np.all(np.abs(y - x)[np.abs(x) < 0.3] < 0.005)  # sin x ≈ x near 0
# sphinx_gallery_end_ignore

# %%
# The function is not monotonic: it turns at every odd multiple of :math:`\pi/2`, where the
# derivative vanishes, and the same output is reached from many inputs. It increases from
# :math:`-\pi/2` to :math:`\pi/2`, decreases from :math:`\pi/2` to :math:`3\pi/2`, and so on.

print(activations.sinusoid_derivative(np.pi / 2 * np.array([-3, -1, 1, 3])))

# sphinx_gallery_start_ignore
assert np.allclose(activations.sinusoid_derivative(np.pi / 2 * np.arange(-9, 10, 2)), 0.0)
assert np.all(dy[np.abs(x) < np.pi / 2 - 1e-9] > 0)
assert np.all(dy[(x > np.pi / 2 + 1e-9) & (x < 3 * np.pi / 2 - 1e-9)] < 0)
# sphinx_gallery_end_ignore

# %%
# SIREN's frequency
# -----------------
# SIREN multiplies the input by a frequency :math:`\omega_0 = 30` before the sine
# (``omega_0=30.0``): the period shrinks to :math:`2\pi/30 \approx 0.209` and the slope at the
# origin grows to 30 (drawn divided by :math:`\omega_0`). The derivative keeps oscillating, so
# the gradient never vanishes for good, unlike tanh's. ``np.sin(30 * x)`` is the sine of the
# rounded product; the library keeps the product exact: at :math:`x = 12345.6789` the two
# differ by about :math:`6 \times 10^{-13}`.

w, x30 = 30.0, np.linspace(-0.5, 0.5, 2001)
# sphinx_gallery_alt = "The sine with frequency ω₀ = 30 and its derivative divided by 30, for x from −0.5 to 0.5: fast oscillations of period about 0.21."
fig, ax = plt.subplots()
ax.plot(x30, activations.sinusoid(x30, omega_0=w), label=r"$\sin(\omega_0 x)$")
ax.plot(x30, activations.sinusoid_derivative(x30, omega_0=w) / w, "C1--", label=r"$f'(x)/\omega_0$")
ax.set(xlabel="$x$", ylim=(-1.3, 1.9), title="Sinusoid")
ax.legend(loc="upper center", ncols=2)
plt.show()

print(activations.sinusoid(12345.6789, omega_0=w) - np.sin(w * 12345.6789))

# sphinx_gallery_start_ignore
assert activations.sinusoid_derivative(0.0, omega_0=w) == 30.0 and round(2 * np.pi / w, 3) == 0.209
assert np.abs(activations.sinusoid_derivative(np.linspace(100, 110, 1001))).max() > 0.99
assert activations.tanh_derivative(100.0) < 1e-80
assert round(activations.sinusoid(12345.6789, omega_0=w) - np.sin(w * 12345.6789), 13) == 6e-13
# sphinx_gallery_end_ignore
