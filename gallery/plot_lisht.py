"""
LiSHT
=====

LiSHT multiplies its input by its hyperbolic tangent. The result is even and never negative,
a smoothed absolute value, and its slope overshoots 1 before settling.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.lisht` and :func:`activations.lisht_derivative`,
# :math:`f(x) = x \tanh x`. The dotted line is :math:`|x|`, which the function approaches on
# both sides; the dots mark the largest and smallest slopes.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-4, 4, 8001)
y = activations.lisht(x)
dy = activations.lisht_derivative(x)
i, j = dy.argmin(), dy.argmax()

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$x \tanh x$")
ax.plot(x, dy, "C1--", label=r"$f'(x)$")
ax.plot(x[[i, j]], dy[[i, j]], "C1o")
ax.plot(x, np.abs(x), color="0.5", linestyle=":", linewidth=1)
ax.set(xlabel="$x$", ylim=(-1.5, 4), title="LiSHT")
ax.legend(loc="upper center")
plt.show()

# sphinx_gallery_start_ignore
assert np.allclose(y, x * np.tanh(x)) and np.all(y >= 0)
assert np.allclose(y, y[::-1], rtol=1e-14)  # even
# sphinx_gallery_end_ignore

# %%
# The minimum is :math:`f(0) = 0`, with a flat slope there. The slope peaks at about
# :math:`1.1997` near :math:`x = 1.1997`: where :math:`x \tanh x = 1`, the slope equals
# :math:`x`. Beyond, it falls back to 1.

print(activations.lisht(0.0), activations.lisht_derivative(0.0))
print(f"{x[j]:.4f} {dy[j]:.4f}")  # the largest slope

# sphinx_gallery_start_ignore
assert activations.lisht(0.0) == 0.0 and activations.lisht_derivative(0.0) == 0.0
assert round(dy[j], 4) == 1.1997 and round(x[j], 2) == 1.20 and np.isclose(x[i], -x[j])
assert np.all(dy[x > x[j]] > 1) and abs(dy[-1] - 1) < 1e-2
# sphinx_gallery_end_ignore

# %%
# Unlike ReLU, negative inputs are not discarded but mirrored: :math:`f(-x) = f(x)`, and
# the slope tends to :math:`-1` on the left instead of 0. Far out, the function is
# :math:`|x|` up to :math:`2|x|e^{-2|x|}`.

print(activations.lisht(np.array([-20.0, 20.0])), activations.lisht_derivative(-30.0))

# sphinx_gallery_start_ignore
assert np.all(activations.lisht(np.array([-20.0, 20.0])) == 20.0)
assert activations.lisht_derivative(-30.0) == -1.0
assert abs(activations.lisht(5.0) - (5 - 10 * np.exp(-10))) < 3e-8  # next term 10 e^{-20}
# sphinx_gallery_end_ignore
