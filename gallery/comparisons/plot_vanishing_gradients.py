"""
Vanishing and exploding gradients
=================================

How large is the gradient that reaches each layer of a deep, freshly initialised network? The
original blog post's observation, that the sigmoid's derivative never exceeds 0.25 while tanh
and ReLU reach 1, measured in a 30-layer perceptron under three standard initialisations.
"""

# %%
# The largest slope
# -----------------
#
# Backpropagation multiplies the gradient, layer after layer, by the activation's derivative.
# The largest value that derivative takes bounds how much of the gradient can get through. Here
# it is for every element-wise activation of the catalogue, measured on a fine grid and far out
# in the tails with each ``_derivative`` function, e.g. :func:`activations.sigmoid_derivative`.

# sphinx_gallery_thumbnail_number = 2
import itertools

import matplotlib.pyplot as plt
import numpy as np

import activations

plt.style.use("activations.site")

tails = np.geomspace(10.0, 1e8, 71)
grid = np.concatenate([-tails[::-1], np.linspace(-10.0, 10.0, 20_001), [0.0], tails])
peak = {
    name: float(np.max(np.abs(record.derivative(grid))))
    for name, record in activations.catalog.items()
    if not record.vector
}
# sphinx_gallery_start_ignore
assert peak["sigmoid"] == 0.25 and peak["tanh"] == 1.0 and peak["relu"] == 1.0
# sphinx_gallery_end_ignore

order = sorted(peak, key=peak.get)
values = [peak[name] for name in order]
colors = ["C1" if value <= 0.25 else "C0" for value in values]

# sphinx_gallery_alt = "A bar chart of the largest slope of each element-wise activation: step, hard sigmoid and sigmoid stay at or below 0.25, and most reach 1."
fig, ax = plt.subplots(figsize=(4.8, 1.2 + 0.27 * len(order)))
ax.barh(order, values, color=colors, height=0.7)
for i, value in enumerate(values):
    ax.annotate(f"{value:.3g}", (value, i), xytext=(3, 0), textcoords="offset points", va="center")
ax.axvline(0.25, color="C1", linestyle=":", linewidth=1)
ax.axvline(1.0, color="0.4", linestyle=":", linewidth=1)
ax.set_xticks([0, 0.25, 1, 1.5], ["0", "0.25", "1", "1.5"])
ax.set(xlabel=r"$\max_x |f'(x)|$", xlim=(0, 2.0), ylim=(-0.7, len(order) - 0.3))
ax.tick_params(axis="y", labelsize=12)
ax.grid(False, axis="y")
plt.show()

# %%
# The sigmoid's peak is exactly 1/4, at :math:`x = 0`; :func:`activations.tanh` and
# :func:`activations.relu` reach exactly 1, and so do most activations of the catalogue. A
# product of 29 factors no larger than 1/4 is below :math:`4^{-29} \approx 3 \times 10^{-18}`.

# sphinx_gallery_start_ignore
assert 3e-18 < 0.25**29 < 4e-18
assert sum(v > 0.999 for v in peak.values()) > len(peak) / 2
# sphinx_gallery_end_ignore

# %%
# A deep network at initialisation
# --------------------------------
#
# Thirty fully connected layers, alternately 128 and 64 units wide, biases zero, weights drawn
# from a normal distribution whose variance follows one of three rules: LeCun
# (:math:`1/n_\mathrm{in}`), Xavier or Glorot (:math:`2/(n_\mathrm{in} + n_\mathrm{out})`) and He
# (:math:`2/n_\mathrm{in}`). A batch of 256 random inputs goes forward; a random gradient comes
# back from the top; we record the norm of the gradient with respect to each layer's
# pre-activations :math:`z_\ell`, relative to the top layer's.

depth, batch = 30, 256
widths = [128 if layer % 2 == 0 else 64 for layer in range(depth + 1)]
inits = {
    r"LeCun: $\mathrm{Var}(W) = 1/n_\mathrm{in}$": lambda n_in, n_out: 1.0 / n_in,
    r"Xavier: $\mathrm{Var}(W) = 2/(n_\mathrm{in} + n_\mathrm{out})$": (
        lambda n_in, n_out: 2.0 / (n_in + n_out)
    ),
    r"He: $\mathrm{Var}(W) = 2/n_\mathrm{in}$": lambda n_in, n_out: 2.0 / n_in,
}
names = {
    "sigmoid": "Sigmoid",
    "tanh": "Tanh",
    "relu": "ReLU",
    "elu": "ELU",
    "selu": "SELU",
    "gelu": "GELU",
    "silu": "SiLU",
}

# sphinx_gallery_start_ignore
assert depth == 30 and len(names) == 7 and len(inits) == 3  # as the pages say
# sphinx_gallery_end_ignore


def gradient_norms(name, variance, seed=0):
    """Norm of the loss gradient with respect to each layer's pre-activations, first layer first."""
    rng = np.random.default_rng(seed)
    f, df = getattr(activations, name), getattr(activations, name + "_derivative")
    weights = [
        rng.normal(0.0, np.sqrt(variance(m, n)), (m, n)) for m, n in itertools.pairwise(widths)
    ]
    h, pre = rng.standard_normal((batch, widths[0])), []
    for w in weights:
        pre.append(h @ w)
        h = f(pre[-1])
    delta = rng.standard_normal(h.shape) * df(pre[-1])  # loss = sum(h * g), g random
    norms = [np.linalg.norm(delta)]
    for layer in range(depth - 1, 0, -1):
        delta = (delta @ weights[layer].T) * df(pre[layer - 1])
        norms.append(np.linalg.norm(delta))
    return np.array(norms[::-1]) / norms[0]


norms = {(i, n): gradient_norms(n, rule) for i, rule in enumerate(inits.values()) for n in names}
ratio = {key: value[0] for key, value in norms.items()}
for name in names:
    print(f"{name:>10}: " + "  ".join(f"{ratio[i, name]:9.2e}" for i in range(len(inits))))

layers = np.arange(1, depth + 1)
ylabel = r"$\|\partial L / \partial z_\ell\| \;/\; \|\partial L / \partial z_{30}\|$"
# sphinx_gallery_alt = "Gradient norm per layer relative to the top layer, on a log scale, for seven activations under the LeCun, Xavier and He rules: with the sigmoid it shrinks more than 10¹²-fold."
fig, axes = plt.subplots(3, 1, figsize=(4.8, 10.0), sharex=True, sharey=True)
for i, (ax, title) in enumerate(zip(axes, inits, strict=True)):
    for name, label in names.items():
        ax.plot(layers, norms[i, name], label=label)
    ax.set(title=title, yscale="log", ylabel=ylabel)
axes[-1].set_xlabel(r"$\ell$")
fig.legend(*axes[0].get_legend_handles_labels(), loc="outside lower center", ncols=3)
plt.show()

# %%
# The printed table gives, for each activation and each rule, the gradient norm at layer 1
# divided by that at layer 30. With :func:`activations.sigmoid` the first layer receives a
# gradient more than :math:`10^{12}` times smaller than the last, whatever the rule: the first
# layers of such a network barely learn. :func:`activations.relu` keeps the gradient within a
# factor of 2 across all thirty layers with the He rule, which was designed for it, but loses more
# than a factor of :math:`10^4` with LeCun's. :func:`activations.tanh` with the LeCun or Xavier
# rule stays within a factor of 100. :func:`activations.gelu` and :func:`activations.silu` have
# slope 1/2 at the origin, so when the signal shrinks towards 0 they halve the gradient at each
# layer, like a mild sigmoid: more than :math:`10^8` lost under LeCun's rule. The opposite failure
# shows too: :func:`activations.selu` with the He rule amplifies the gradient more than tenfold.

# sphinx_gallery_start_ignore
assert all(ratio[i, "sigmoid"] < 1e-12 for i in range(3))
assert 0.5 < ratio[2, "relu"] < 2 and ratio[0, "relu"] < 1e-4
assert all(1e-2 < ratio[i, "tanh"] < 1e2 for i in (0, 1))
assert ratio[0, "gelu"] < 1e-8 and ratio[0, "silu"] < 1e-8
assert ratio[2, "selu"] > 10
# sphinx_gallery_end_ignore
