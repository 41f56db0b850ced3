"""
TanhExp (TeLU)
==============

TanhExp multiplies its input by the hyperbolic tangent of its exponential. It was proposed in
2020 as TanhExp and again in 2024 as TeLU: the same function under two names.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.tanhexp` and :func:`activations.tanhexp_derivative`,
# :math:`x \tanh(e^x)`. The dots mark the minimum, about :math:`-0.353` near
# :math:`x = -1.079`, and the slope's maximum, about :math:`1.062` near :math:`x = 0.70`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 12001)
y = activations.tanhexp(x)
dy = activations.tanhexp_derivative(x)
i, j = y.argmin(), dy.argmax()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\mathrm{TanhExp}(x)$")
ax.plot(x, dy, "C1--", label=r"$\mathrm{TanhExp}'(x)$")
ax.plot(x[i], y[i], "C0o")
ax.plot(x[j], dy[j], "C1o")
ax.axhline(1, color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-0.5, 2), title="TanhExp")
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert round(y[i], 3) == -0.353 and round(x[i], 3) == -1.079 and abs(dy[i]) < 1e-3
assert round(dy[j], 3) == 1.062 and round(x[j], 2) == 0.70
# sphinx_gallery_end_ignore

# %%
# Close to the identity on the right
# ----------------------------------
# :math:`\tanh(e^x)` reaches 1 quickly: from :math:`x = 3` on, the function differs from
# :math:`x` by less than :math:`10^{-7}` of :math:`x`. Its slope at the origin is
# :math:`\tanh 1 \approx 0.762`, steeper than the :math:`1/2` of
# :func:`activations.silu`, and it is compared with :func:`activations.mish` below.

print(activations.tanhexp_derivative(0.0))

# sphinx_gallery_alt = "TanhExp, Mish and SiLU: TanhExp is the steepest at the origin and the first to join the identity on the right."
fig, ax = plt.subplots()
ax.plot(x, y, label=r"$x \tanh(e^x)$")
ax.plot(x, activations.mish(x), label=r"$x \tanh(\mathrm{softplus}(x))$")
ax.plot(x, activations.silu(x), label=r"$x\,\sigma(x)$")
ax.set(xlabel="$x$", xlim=(-4, 3), ylim=(-0.5, 3))
ax.legend(loc="upper left")
plt.show()

# sphinx_gallery_start_ignore
assert np.all(np.abs(y - x)[x >= 3] < 1e-7 * x[x >= 3])
assert activations.tanhexp_derivative(0.0) == np.tanh(1.0) and round(np.tanh(1.0), 3) == 0.762
# sphinx_gallery_end_ignore

# %%
# One function, two names
# -----------------------
# Liu and Di introduced :math:`x \tanh(e^x)` as TanhExp (2020); Fernandez and Mali proposed it
# again as TeLU (2024). The library has one entry, with ``telu`` as a second name. None of
# PyTorch, JAX, Keras or MLX ships it.

print(activations.telu is activations.tanhexp)
# sphinx_gallery_start_ignore
record = activations.catalog["tanhexp"]
assert record.aliases == ("telu",) and record.origin.year == 2020
assert any(u.citation.year == 2024 for u in record.used_in)
assert all(spec.call is None for spec in record.frameworks.values())
# sphinx_gallery_end_ignore
