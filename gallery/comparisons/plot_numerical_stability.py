"""
Naive formulas against stable ones
==================================

Textbook formulas, typed as written, lose every significant digit in the tails: the original blog
post's sigmoid derivative returns 0 beyond x = 37. Their relative error against a 256-bit reference,
next to the library's.
"""

# %%
# Four textbook formulas
# ----------------------
#
# Each naive formula is the definition typed into numpy: the derivative of the sigmoid as
# ``s * (1 - s)``, as in the original blog post; that of tanh as ``1 - tanh(x)**2``; softplus as
# ``log(1 + exp(x))``; GELU with the error function. The library's versions are
# :func:`activations.sigmoid_derivative`, :func:`activations.tanh_derivative`,
# :func:`activations.softplus` and :func:`activations.gelu`. The reference is each catalogue
# record's own mpmath function, evaluated with 256 bits.

import matplotlib.pyplot as plt
import mpmath
import numpy as np
from scipy.special import erf

import activations

plt.style.use("activations.site")


def naive_sigmoid_derivative(x):
    s = 1 / (1 + np.exp(-x))
    return s * (1 - s)


def naive_tanh_derivative(x):
    return 1 - np.tanh(x) ** 2


def naive_softplus(x):
    return np.log(1 + np.exp(x))


def naive_gelu(x):
    return x / 2 * (1 + erf(x / np.sqrt(2)))


def exact(name, xs):
    """Library function ``name`` at every x, from its record's mpmath reference with 256 bits."""
    record = activations.catalog[name.removesuffix("_derivative")]
    is_derivative = name.endswith("_derivative")
    reference = record.derivative_reference if is_derivative else record.reference
    with mpmath.workprec(256):
        params = {
            k: mpmath.mpf(v) if isinstance(v, float) else v for k, v in record.defaults.items()
        }
        return np.array([float(reference(mpmath.mpf(x), **params)) for x in xs])


def relative_error(ours, truth):
    """|ours - truth| / |truth|, with inf where ours is not finite."""
    with np.errstate(all="ignore"):
        error = np.abs(ours - truth) / np.abs(truth)
    return np.where(np.isfinite(ours), error, np.inf)


cases = {  # library function: (naive formula, its code, x range)
    "sigmoid_derivative": (naive_sigmoid_derivative, "s * (1 - s)", (-20, 60)),
    "tanh_derivative": (naive_tanh_derivative, "1 - tanh(x)**2", (-30, 30)),
    "softplus": (naive_softplus, "log(1 + exp(x))", (-60, 750)),
    "gelu": (naive_gelu, "x/2 * (1 + erf(x/√2))", (-35, 5)),
}
errors = {}
for name, (naive, _, (lo, hi)) in cases.items():
    x = np.linspace(lo, hi, 301)
    truth = exact(name, x)
    library = getattr(activations, name)
    with np.errstate(all="ignore"):  # overflow in exp is the point of the naive forms
        naive_values = naive(x)
    errors[name] = (x, relative_error(naive_values, truth), relative_error(library(x), truth))

# %%
# Relative error
# --------------
#
# Dashed: the naive formula; solid: the library. Errors below :math:`10^{-17}` (exact results
# included) are drawn at :math:`10^{-17}`, infinite results at :math:`10^{3}`; the dotted line is
# the float64 unit roundoff :math:`2^{-53}`.

floor, ceiling = 1e-17, 1e3
titles = [r"$\sigma'(x)$", r"$\tanh'(x)$", r"$\mathrm{softplus}(x)$", r"$\mathrm{GELU}(x)$"]
# sphinx_gallery_alt = "Relative error of the naive formula and of the library for the derivatives of sigmoid and tanh, softplus and GELU, on a log scale: the naive errors grow large, the library's stay near 10⁻¹⁶."
fig, axes = plt.subplots(4, 1, figsize=(4.8, 11.2))
for ax, title, (name, (_, code, _)) in zip(axes, titles, cases.items(), strict=True):
    x, naive_error, library_error = errors[name]
    ax.plot(x, np.clip(naive_error, floor, ceiling), "C1--", label=code)
    ax.plot(x, np.clip(library_error, floor, ceiling), "C0-", label=f"{name}(x)")
    ax.axhline(2.0**-53, color="0.4", linestyle=":", linewidth=1)
    ax.set(yscale="log", ylim=(floor / 3, ceiling * 1e5), xlabel="$x$", title=title)
    ax.set(ylabel=r"$|\hat f - f| / |f|$", yticks=[1e-16, 1e-12, 1e-8, 1e-4, 1])
    ax.legend(loc="upper center", prop={"family": "monospace"})
plt.show()

# %%
# What breaks
# -----------
#
# - ``s * (1 - s)`` is exactly 0 for every :math:`x \ge 37`: :math:`1 - s` rounds to 0 although
#   :math:`\sigma'(x) \approx e^{-x}` is still a normal number far below. The relative error
#   is 1, i.e. no correct digit.
# - ``1 - tanh(x)**2`` is 0 for every :math:`|x| \ge 20`, for the same reason.
# - ``log(1 + exp(x))`` overflows to infinity beyond :math:`x \approx 709.78`, and returns 0
#   below :math:`x \approx -37`, where :math:`1 + e^{x}` rounds to 1.
# - The error-function form of GELU cancels, :math:`1 + \operatorname{erf}(x/\sqrt{2})`, for
#   negative :math:`x`: the relative error exceeds :math:`10^{-4}` at :math:`x = -7.5` and 1 %
#   at :math:`x = -8`, and the result is 0, no digit correct, for every :math:`x \le -8.5`.
#
# The library's error stays within a few units of :math:`2^{-53}` everywhere.

# sphinx_gallery_start_ignore
from activations.textbook import FORMULAS  # the formulas the numerical-stability page quotes

wide = np.linspace(-800.0, 800.0, 16_001)
with np.errstate(all="ignore"):
    assert np.array_equal(naive_sigmoid_derivative(wide), FORMULAS["sigmoid"].derivative(wide))
    assert np.array_equal(naive_tanh_derivative(wide), FORMULAS["tanh"].derivative(wide))
    assert np.array_equal(naive_softplus(wide), FORMULAS["softplus"].function(wide))
    assert np.array_equal(naive_gelu(wide), FORMULAS["gelu"].function(wide))
x, err_naive, err_lib = errors["sigmoid_derivative"]
assert np.all(err_naive[x >= 37] == 1)
beyond = np.linspace(37.0, 700.0, 100_001)
assert np.all(naive_sigmoid_derivative(beyond) == 0)
assert np.all(naive_tanh_derivative(np.concatenate([beyond - 17, 17 - beyond])) == 0)
with np.errstate(over="ignore"):
    assert np.isinf(naive_softplus(709.79)) and np.isfinite(naive_softplus(709.78))
    assert np.all(naive_softplus(-beyond) == 0)
points = np.array([-7.5, -8.0])
gelu_error = relative_error(naive_gelu(points), exact("gelu", points))
assert gelu_error[0] > 1e-4 and gelu_error[1] > 1e-2
assert np.all(naive_gelu(np.linspace(-8.5, -35.0, 1001)) == 0)
assert all(np.max(library_error) < 8 * 2.0**-53 for _, _, library_error in errors.values())
# sphinx_gallery_end_ignore
