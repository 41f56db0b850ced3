"""
Serf
====

Serf multiplies its input by the error function of its softplus. It is Mish with erf in place
of tanh: smooth, not monotonic, with a deeper dip below zero and a steeper slope at the origin.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.serf` and :func:`activations.serf_derivative`,
# :math:`\operatorname{Serf}(x) = x \operatorname{erf}(\operatorname{softplus}(x))`. The dots
# mark the function's minimum and the slope's minimum and maximum; the dotted line is the
# slope 1.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-5, 5, 10001)
y = activations.serf(x)
dy = activations.serf_derivative(x)
i, j, k = y.argmin(), dy.argmax(), dy.argmin()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{Serf}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{Serf}'(x)$")
ax.plot(x[i], y[i], "C0o")
ax.plot(x[[j, k]], dy[[j, k]], "C1o")
ax.axhline(1, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="Serf")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
import math

assert np.allclose(y, x * np.array([math.erf(s) for s in activations.softplus(x)]))
# sphinx_gallery_end_ignore

# %%
# The minimum is about :math:`-0.348` near :math:`x = -1.19`, deeper than Mish's
# :math:`-0.309` at almost the same place. At the origin the slope is
# :math:`\operatorname{erf}(\ln 2) \approx 0.673`, against Mish's :math:`3/5`.

print(f"{x[i]:.3f} {y[i]:.4f}")  # the minimum
print(activations.mish(x).min())
print(activations.serf_derivative(0.0))

# sphinx_gallery_start_ignore
assert round(y[i], 3) == -0.348 and round(x[i], 2) == -1.19
assert round(activations.mish(x).min(), 3) == -0.309
assert round(x[np.argmin(activations.mish(x))], 2) == -1.19
assert round(float(activations.serf_derivative(0.0)), 3) == 0.673
assert np.all(dy[x < x[i]] < 0) and np.all(dy[x > x[i]] > 0)  # a single minimum
# sphinx_gallery_end_ignore

# %%
# The derivative is most negative, about :math:`-0.127`, near :math:`x = -2.26`, and peaks at
# about :math:`1.09` near :math:`x = 1.10` before settling to 1 from above. Serf reaches the
# identity faster than Mish: at :math:`x = 3` it is within :math:`10^{-4}` of :math:`x`, Mish
# only within :math:`0.02`.

print(f"{x[k]:.3f} {dy[k]:.4f}")  # the most negative slope
print(f"{x[j]:.3f} {dy[j]:.4f}")  # the largest slope
print(3 - activations.serf(3.0), 3 - activations.mish(3.0))

# sphinx_gallery_start_ignore
assert round(dy[k], 3) == -0.127 and round(x[k], 2) == -2.26
assert round(dy[j], 2) == 1.09 and round(x[j], 2) == 1.10
assert np.all(dy[x > x[j]] > 1.0) and np.all(np.diff(dy[x > x[j]]) < 0)
assert 0 < 3 - activations.serf(3.0) < 1e-4 and 0.01 < 3 - activations.mish(3.0) < 0.02
# sphinx_gallery_end_ignore
