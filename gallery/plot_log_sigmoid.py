"""
Log-sigmoid
===========

Log-sigmoid is the logarithm of the sigmoid. It is negative everywhere, follows the identity
on the left, flattens to zero on the right, and appears in logistic losses.
"""

# %%
# Function and derivative
# -----------------------
# :func:`activations.log_sigmoid` and :func:`activations.log_sigmoid_derivative`. The function
# is a reflected softplus, :math:`\log\sigma(x) = -\operatorname{softplus}(-x)`, and its
# derivative is :math:`\sigma(-x)`. At the origin it is :math:`-\log 2 \approx -0.69` with
# slope :math:`1/2`.

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

x = np.linspace(-6, 6, 601)
y = activations.log_sigmoid(x)
dy = activations.log_sigmoid_derivative(x)

fig, ax = plt.subplots()
ax.plot(x, y, label=r"$\log\sigma(x)$")
ax.plot(x, dy, "C1--", label=r"$(\log\sigma)'(x)$")
ax.set(xlabel="$x$", title="Log-sigmoid")
ax.legend(loc="lower right")
plt.show()

# sphinx_gallery_start_ignore
assert np.all(y < 0)
assert np.allclose(y, -np.log1p(np.exp(-x)))  # minus softplus(-x)
assert np.allclose(dy, activations.sigmoid(-x))
assert np.isclose(activations.log_sigmoid(0.0), -np.log(2)) and round(-np.log(2), 2) == -0.69
assert activations.log_sigmoid_derivative(0.0) == 0.5
# sphinx_gallery_end_ignore

# %%
# The derivative falls from 1 to 0: the function saturates only on the right. Far on the left
# it is the identity, so a very negative input still gets slope 1, without overflow:

print(activations.log_sigmoid(-800.0), activations.log_sigmoid_derivative(-800.0))

# sphinx_gallery_start_ignore
assert np.all(np.diff(dy) < 0) and dy[0] > 0.99 and dy[-1] < 0.01
assert activations.log_sigmoid(-800.0) == -800.0
assert activations.log_sigmoid_derivative(-800.0) == 1.0
# sphinx_gallery_end_ignore

# %%
# Taking :math:`\log(\sigma(x))` in two steps loses everything once :math:`\sigma(x)`
# underflows to 0; the library's single step does not.

with np.errstate(divide="ignore"):
    naive = np.log(activations.sigmoid(-800.0))
print(naive, activations.log_sigmoid(-800.0))

# sphinx_gallery_start_ignore
assert activations.sigmoid(-800.0) == 0.0
assert naive == -np.inf and np.isfinite(activations.log_sigmoid(-800.0))
# sphinx_gallery_end_ignore
