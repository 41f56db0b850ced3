"""
Sinusoid
========

The sine as an activation: periodic, bounded and smooth, with the identity's slope at the
origin. Its derivative, the cosine, never settles, so there is no saturation.
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

print(activations.sinusoid(0.0), activations.sinusoid_derivative(0.0))

# sphinx_gallery_start_ignore
assert activations.sinusoid(0.0) == 0.0 and activations.sinusoid_derivative(0.0) == 1.0
assert np.allclose(y, np.sin(x)) and np.allclose(dy, np.cos(x))
assert "sin" in activations.catalog["sinusoid"].aliases
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
# Because the derivative keeps oscillating between :math:`-1` and 1, the gradient never
# vanishes for good, unlike tanh; periodic units are used in implicit neural representations
# (SIREN) to fit fine detail.

far = np.linspace(100.0, 110.0, 1001)
print(np.abs(activations.sinusoid_derivative(far)).max(), activations.tanh_derivative(100.0))

# sphinx_gallery_start_ignore
assert np.abs(activations.sinusoid_derivative(far)).max() > 0.99
assert activations.tanh_derivative(100.0) < 1e-80
# sphinx_gallery_end_ignore
