"""Smooth rectifiers: hand-derived values, identities, kinks, parameters and the numerical traps.

The catalogue-wide tests (accuracy, properties, contract) cover every entry at its default
parameters over a coarse grid; these add what is specific to the family: the zeros of GELU',
SiLU' and Mish' (where a derivative computed as a sum has no relative accuracy left), the far
left tail (where the erf and erfc forms of GELU fail), the non-default parameters, and the
provenance of the GELU table and the root constants (regenerated here with mpmath).
"""

from __future__ import annotations

import math
import sys
import warnings
from pathlib import Path

import mpmath
import numpy as np
import pytest

import activations as act
from activations import smooth

from .reference import reference_values, ulp_errors

ROOT = Path(__file__).resolve().parents[1]

X = np.linspace(-30.0, 30.0, 1201)
NAMES = [
    "softplus",
    "shifted_softplus",
    "swish",
    "quick_gelu",
    "tanhexp",
    "gelu",
    "silu",
    "mish",
    "serf",
    "squareplus",
    "sparse_plus",
    "bent_identity",
    "soft_exponential",
]


def max_ulp(name, which, xs, **params):
    """Largest error in float64 ULP of f (``which == 'f'``) or f' against the record's mpmath."""
    record = act.catalog[name]
    merged = {**record.defaults, **params}
    function = record.function if which == "f" else record.derivative
    reference = record.reference if which == "f" else record.derivative_reference
    xs = np.asarray(xs, dtype=np.float64)
    return float(
        np.max(ulp_errors(function(xs, **merged), reference_values(reference, xs, merged)))
    )


def around(x0, spread=(1, 3, 1e3, 1e6, 1e9, 1e12)):
    """Doubles at and near ``x0``: the neighbours, then points at growing distances."""
    points = [x0]
    for k in spread:
        points += [x0 + k * np.spacing(x0), x0 - k * np.spacing(x0)]
    return np.array(points)


# --- values and identities ---------------------------------------------------------------------


def test_values_at_zero():
    assert float(act.softplus(0.0)) == math.log(2.0)
    assert float(act.softplus_derivative(0.0)) == 0.5
    assert float(act.gelu(0.0)) == 0.0
    assert float(act.gelu_derivative(0.0)) == 0.5
    assert float(act.silu_derivative(0.0)) == 0.5
    assert float(act.mish_derivative(0.0)) == 0.6  # tanh(log 2) = 3/5
    assert float(act.squareplus(0.0)) == 1.0  # sqrt(b)/2 with b = 4
    assert float(act.squareplus_derivative(0.0)) == 0.5
    assert float(act.sparse_plus(0.0)) == 0.25
    assert float(act.bent_identity(0.0)) == 0.0
    assert float(act.bent_identity_derivative(0.0)) == 1.0


def test_hand_derived_values():
    assert float(act.gelu(1.0)) == 0.8413447460685429  # Phi(1)
    assert float(act.mish(1.0)) == pytest.approx(0.8650983882673103, rel=2e-16)
    assert float(act.silu(1.0)) == pytest.approx(1 / (1 + math.exp(-1)), rel=2e-16)
    assert float(act.squareplus(1.5, b=13.75)) == 2.75  # (1.5 + sqrt(16)) / 2
    assert float(act.squareplus(-1.5, b=13.75)) == 1.25  # (b / 4) / f(1.5)
    assert float(act.bent_identity(math.sqrt(3.0))) == pytest.approx(0.5 + math.sqrt(3.0))
    assert float(act.soft_exponential(1.0, alpha=1.0)) == pytest.approx(math.e, rel=4e-16)
    assert float(act.soft_exponential(math.e, alpha=-1.0)) == 1.0


def test_odd_part_identities():
    # f(x) - f(-x) = x for softplus, GELU and SiLU; hence f'(x) + f'(-x) = 1
    for name in ("softplus", "gelu", "silu"):
        f = getattr(act, name)
        df = getattr(act, name + "_derivative")
        np.testing.assert_allclose(f(X) - f(-X), X, rtol=1e-15, atol=1e-15, err_msg=name)
        np.testing.assert_allclose(df(X) + df(-X), 1.0, rtol=1e-15, err_msg=name)


def test_softplus_derivative_is_sigmoid_of_beta_x():
    np.testing.assert_allclose(act.softplus_derivative(X), act.sigmoid(X), rtol=4e-16)
    np.testing.assert_allclose(
        act.softplus_derivative(X, beta=2.0), act.sigmoid(2.0 * X), rtol=4e-16, atol=1e-300
    )


def test_squareplus_product_identity():
    # (x + h)(-x + h) / 4 = b / 4, so f(x) f(-x) = b / 4 without cancellation on either side
    for b in (4.0, 0.5, 30.0):
        np.testing.assert_allclose(
            act.squareplus(X, b=b) * act.squareplus(-X, b=b), b / 4, rtol=4e-16, err_msg=str(b)
        )


def test_soft_exponential_inverse_pairs():
    # Godfrey and Gashler: f(-alpha, f(alpha, x)) = x
    x = np.linspace(-3.0, 3.0, 61)
    for alpha in (0.25, 0.5, 1.0, 2.0):
        there = act.soft_exponential(x, alpha=alpha)
        back = act.soft_exponential(there, alpha=-alpha)
        np.testing.assert_allclose(back, x, rtol=1e-13, atol=1e-13, err_msg=str(alpha))


def test_soft_exponential_domain_for_negative_alpha():
    alpha = -0.5
    edge = 1 / alpha - alpha  # -1.5: 1 - alpha (x + alpha) = 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = act.soft_exponential([edge - 1.0, edge, edge + 1.0, -np.inf, np.inf], alpha=alpha)
        slopes = act.soft_exponential_derivative([edge - 1.0, edge, np.inf], alpha=alpha)
    assert math.isnan(values[0]) and values[1] == -np.inf and math.isfinite(values[2])
    assert math.isnan(values[3]) and values[4] == np.inf
    assert math.isnan(slopes[0]) and slopes[1] == np.inf and slopes[2] == 0.0


def test_swish_is_its_own_entry_and_silu_is_beta_one():
    assert act.swish is not act.silu
    assert "swish" not in act.catalog["silu"].aliases
    xs = np.linspace(-30.0, 30.0, 601)
    assert np.array_equal(act.swish(xs), act.silu(xs))  # beta = 1, bit for bit
    assert np.array_equal(act.swish_derivative(xs), act.silu_derivative(xs))
    for beta in (0.5, 2.0, 10.0):  # swish_beta(x) = SiLU(beta x)/beta, slope SiLU'(beta x)
        np.testing.assert_allclose(
            act.swish(xs, beta=beta), act.silu(beta * xs) / beta, 1e-12
        )  # beta x rounded there
        np.testing.assert_allclose(
            act.swish_derivative(xs, beta=beta), act.silu_derivative(beta * xs), 1e-12, 1e-300
        )
    # beta -> inf tends to ReLU
    assert np.max(np.abs(act.swish(xs, beta=1e6) - act.relu(xs))) < 1e-6


def test_quick_gelu_is_swish_with_beta_1702_and_near_gelu():
    xs = np.linspace(-30.0, 30.0, 601)
    np.testing.assert_allclose(act.quick_gelu(xs), act.swish(xs, beta=1.702), 1e-14, 1e-300)
    np.testing.assert_allclose(
        act.quick_gelu_derivative(xs), act.swish_derivative(xs, beta=1.702), 1e-14, 1e-300
    )
    assert np.max(np.abs(act.quick_gelu(xs) - act.gelu(xs))) < 0.021
    assert act.gelu_fast_approx is act.quick_gelu  # MLX's spelling


def test_shifted_softplus_is_softplus_minus_log_2():
    xs = np.linspace(-30.0, 30.0, 601)
    np.testing.assert_allclose(
        act.shifted_softplus(xs), act.softplus(xs) - math.log(2), 1e-15, 1e-15
    )
    assert act.shifted_softplus(0.0) == 0.0
    assert act.shifted_softplus(1e-300) == 5e-301  # x/2 near 0: no cancellation
    assert np.array_equal(act.shifted_softplus_derivative(xs), act.softplus_derivative(xs))
    assert act.shifted_softplus(-np.inf) == -math.log(2)


def test_tanhexp_and_telu_are_one_entry():
    assert act.telu is act.tanhexp and act.telu_derivative is act.tanhexp_derivative
    assert act.catalog["tanhexp"].aliases == ("telu",)
    assert act.tanhexp_derivative(0.0) == np.tanh(1.0)
    assert act.tanhexp(1e300) == 1e300


def test_serf_values_and_relation_to_erf_of_softplus():
    assert act.serf(0.0) == 0.0
    assert act.serf(1e300) == 1e300
    assert act.serf(6.0) == 6.0  # erf(softplus(6)) = 1 - 1.6e-17 rounds to 1
    assert act.serf_derivative(0.0) == pytest.approx(math.erf(math.log(2.0)), rel=2e-16)
    assert act.serf_derivative(np.inf) == 1.0
    xs = np.array([-30.0, -5.0, -1.0, -0.25, 0.5, 2.0, 5.0])
    expected = [x * math.erf(math.log1p(math.exp(x))) for x in xs]
    np.testing.assert_allclose(act.serf(xs), expected, rtol=1e-14)
    # far left, Serf ~ (2/sqrt pi) x e^x and Serf' ~ (2/sqrt pi) (1 + x) e^x
    assert act.serf(-710.0) == pytest.approx(
        2 / math.sqrt(math.pi) * -710.0 * 4.47628622567513e-309
    )


def test_sparse_plus_kinks_and_relation_to_sparse_sigmoid():
    # f' is continuous at -1 and 1 (f'' jumps): the values are the limits, 0 and 1
    np.testing.assert_array_equal(act.sparse_plus_derivative([-1.0, 1.0]), [0.0, 1.0])
    kinks = {k.x: k.derivative for k in act.catalog["sparse_plus"].kinks}
    assert kinks == {-1.0: 0.0, 1.0: 1.0}
    if "sparse_sigmoid" in act.catalog:
        x = X[np.abs(np.abs(X) - 1.0) > 1e-12]
        np.testing.assert_array_equal(act.sparse_plus_derivative(x), act.sparse_sigmoid(x))


def test_gelu_framework_defaults_disagree():
    assert act.catalog["gelu"].disagreements == {
        "approximate": {"pytorch": "none", "jax": "tanh", "keras": "none", "mlx": "none"}
    }
    assert "threshold" in act.catalog["softplus"].frameworks["pytorch"].note


# --- tails and roots: the accuracy goal --------------------------------------------------------


def test_gelu_left_tail_where_erf_and_erfc_forms_fail():
    xs = -np.array([5.0, 8.5, 10.0, 20.0, 26.5, 30.0, 35.0, 37.5, 37.7, 38.5])
    assert max_ulp("gelu", "f", xs) <= 4
    assert max_ulp("gelu", "df", xs) <= 4
    assert max_ulp("gelu", "f", xs, approximate="tanh") <= 4
    assert max_ulp("gelu", "df", xs, approximate="tanh") <= 4


@pytest.mark.parametrize(
    ("name", "root", "params"),
    [
        ("gelu", -0.7517915246935645, {}),
        ("gelu", -0.7524614220710163, {"approximate": "tanh"}),
        ("silu", -1.2784645427610737, {}),
        ("mish", -1.1924312145154952, {}),
        ("quick_gelu", -0.751154255441289, {}),
        ("swish", -1.2784645427610737 / 3.1, {"beta": 3.1}),
        ("tanhexp", -1.078860058464624, {}),
        ("serf", -1.193059968928188, {}),
    ],
)
def test_derivative_keeps_relative_accuracy_through_its_zero(name, root, params):
    with mpmath.workprec(256):
        exact = float(mpmath.findroot(lambda t: _reference_at(name, t, params), root))
    assert abs(exact - root) <= np.spacing(abs(root))
    assert max_ulp(name, "df", around(root), **params) <= 4
    # and across the band where the root-centred expansion takes over from the direct form
    assert max_ulp(name, "df", np.linspace(root - 1.3, root + 0.7, 81), **params) <= 4


def _reference_at(name, t, params):
    from .reference import evaluate

    record = act.catalog[name]
    return evaluate(record.derivative_reference, t, {**record.defaults, **params})


def test_softplus_beta_uses_exact_product_in_the_tail():
    xs = -np.array([1.0, 10.0, 100.0, 230.0, 240.0])
    assert max_ulp("softplus", "f", xs, beta=3.1) <= 4
    assert max_ulp("softplus", "df", xs, beta=3.1) <= 4


@pytest.mark.parametrize("beta", [1e-3, 0.3, 0.5, 1.702, 2.0, 3.1, 100.0])
def test_swish_parameters(beta):
    xs = np.concatenate([np.linspace(-30.0, 30.0, 61) / beta, -np.array([100.0, 400.0, 700.0])])
    xs = np.concatenate([xs / 1.0, xs * 1.3, -np.geomspace(1.0, 740.0, 40) / beta])
    assert max_ulp("swish", "f", xs, beta=beta) <= 4
    assert max_ulp("swish", "df", xs, beta=beta) <= 4


def test_new_entries_in_the_far_left_tail():
    xs = -np.array([20.0, 40.0, 100.0, 300.0, 400.0, 412.0, 415.0, 416.5, 600.0, 700.5, 705.0])
    xs = np.concatenate([xs, -np.linspace(700.0, 716.0, 33)])
    for name in ("quick_gelu", "shifted_softplus", "tanhexp", "serf"):
        assert max_ulp(name, "f", xs) <= 4, name
        assert max_ulp(name, "df", xs) <= 4, name


@pytest.mark.parametrize("name", ["silu", "swish", "mish"])
def test_where_exp_x_is_subnormal_but_the_result_is_not(name):
    # x e^x and e^x (1 + x) are normal down to x = -715, while e^x is subnormal below -708
    xs = -np.linspace(700.0, 715.0, 61)
    assert max_ulp(name, "f", xs) <= 4
    assert max_ulp(name, "df", xs) <= 4


def test_shifted_softplus_near_zero():
    xs = np.concatenate([np.geomspace(1e-300, 1.0, 61), -np.geomspace(1e-300, 1.0, 61)])
    assert max_ulp("shifted_softplus", "f", xs) <= 4


@pytest.mark.parametrize("alpha", [-1.7, -0.5, 0.001, 0.5, 0.999, 2.0])
def test_soft_exponential_parameters(alpha):
    xs = np.linspace(-3.0, 30.0, 67) if alpha < 0 else np.linspace(-30.0, 30.0, 61)
    if alpha < 0:
        xs = xs[xs > 1 / alpha - alpha]
    if 0 < alpha < 1:  # f(alpha, .) crosses zero at x0 = log(1 - alpha^2) / alpha
        x0, _ = smooth._soft_exponential_zero(alpha)
        xs = np.concatenate([xs, around(x0), np.linspace(x0 - 1.0, 1.0, 41)])
    assert max_ulp("soft_exponential", "f", xs, alpha=alpha) <= 4
    assert max_ulp("soft_exponential", "df", xs, alpha=alpha) <= 4


def test_soft_exponential_zero_constant():
    with mpmath.workprec(300):
        for alpha in (0.001, 0.5, 0.999, 1e-200):
            exact = mpmath.log1p(-(mpmath.mpf(alpha) ** 2)) / alpha
            hi, lo = smooth._soft_exponential_zero(alpha)
            assert hi == float(exact)
            assert abs(mpmath.mpf(hi) + lo - exact) <= 1e-31 * abs(exact)  # a double-double


# --- parameters and edges ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("function", "params", "error", "words"),
    [
        (act.softplus, {"beta": 0.0}, ValueError, ("softplus", "beta", "positive")),
        (act.softplus_derivative, {"beta": -1.0}, ValueError, ("softplus_derivative", "beta")),
        (act.softplus, {"beta": "2"}, TypeError, ("softplus", "beta")),
        (act.gelu, {"approximate": "erf"}, ValueError, ("gelu", "approximate", "'tanh'")),
        (act.gelu_derivative, {"approximate": True}, TypeError, ("gelu_derivative", "approximate")),
        (act.swish, {"beta": -1.0}, ValueError, ("swish", "beta", "positive")),
        (act.swish, {"beta": 0.0}, ValueError, ("swish", "beta", "positive")),
        (act.swish_derivative, {"beta": math.inf}, ValueError, ("swish_derivative", "beta")),
        (act.swish_derivative, {"beta": math.nan}, ValueError, ("swish_derivative", "beta")),
        (act.swish, {"beta": "1"}, TypeError, ("swish", "beta")),
        (act.squareplus, {"b": 0.0}, ValueError, ("squareplus", "b", "positive")),
        (act.squareplus_derivative, {"b": math.inf}, ValueError, ("squareplus_derivative", "b")),
        (act.soft_exponential, {"alpha": math.nan}, ValueError, ("soft_exponential", "alpha")),
        (act.soft_exponential_derivative, {"alpha": None}, TypeError, ("alpha",)),
    ],
)
def test_bad_parameters_are_named(function, params, error, words):
    with pytest.raises(error) as caught:
        function(1.0, **params)
    for word in words:
        assert word in str(caught.value)


EXTREMES = np.array(
    [
        -np.inf,
        -1e308,
        -1e300,
        -1e154,
        -800.0,
        -40.0,
        0.0,
        40.0,
        800.0,
        1e154,
        1e300,
        np.finfo(float).max,
        np.inf,
        np.nan,
    ]
)


@pytest.mark.parametrize(
    "params",
    [
        ("softplus", {"beta": 3.0}),
        ("softplus", {"beta": 1e-300}),
        ("softplus", {"beta": 1e300}),
        ("gelu", {"approximate": "tanh"}),
        ("swish", {"beta": 3.0}),
        ("swish", {"beta": 1e-300}),
        ("swish", {"beta": 1e300}),
        ("squareplus", {"b": 1e300}),
        ("squareplus", {"b": 1e-300}),
        ("soft_exponential", {"alpha": 2.0}),
        ("soft_exponential", {"alpha": -2.0}),
        ("soft_exponential", {"alpha": 1e-300}),
    ],
    ids=lambda p: f"{p[0]}-{p[1]}",
)
def test_no_warnings_at_extremes_with_parameters(params):
    name, kwargs = params
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        f = getattr(act, name)(EXTREMES, **kwargs)
        df = getattr(act, name + "_derivative")(EXTREMES, **kwargs)
    assert math.isnan(f[-1]) and math.isnan(df[-1])


def test_scalar_and_shape_round_trip():
    for name in NAMES:
        f = getattr(act, name)
        assert np.ndim(f(0.5)) == 0, name
        assert f(np.ones((2, 3))).shape == (2, 3), name
        assert f(np.ones((3, 4))[:, ::2]).shape == (3, 2), name


# --- provenance of the constants ---------------------------------------------------------------


def test_gelu_coefficients_are_what_their_generator_writes():
    """activations/_gelu_coefficients.py is scripts/gelu_coefficients.py's output, unedited."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import gelu_coefficients

    module = ROOT / "activations" / "_gelu_coefficients.py"
    assert module.read_text(encoding="utf-8") == gelu_coefficients.module_text()


def test_serf_coefficients_are_what_their_generator_writes():
    """activations/_serf_coefficients.py is scripts/serf_coefficients.py's output, unedited."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import serf_coefficients

    module = ROOT / "activations" / "_serf_coefficients.py"
    assert module.read_text(encoding="utf-8") == serf_coefficients.module_text()


def test_serf_derivative_across_its_pieces():
    """The Taylor pieces of width 1/4, the series in e^x left of them and the sum right."""
    low, high = smooth._SERF_LOW, smooth._SERF_HIGH
    edges = [low + 0.25 * k for k in range(len(smooth._SERF_TABLE[0]) + 1)]
    assert smooth._serf_coefficients.ROOT in smooth._SERF_TABLE[0]  # the centres
    assert edges[-1] == high
    xs = np.concatenate(
        [np.linspace(-6.0, 2.0, 321), *(around(e, spread=(1, 3, 1e6, 1e12)) for e in edges)]
    )
    assert max_ulp("serf", "df", xs) <= 4
    assert max_ulp("serf", "f", xs) <= 4


def test_gelu_root_piece_is_centred_on_the_derivative_root():
    """d(a) = m(a) - a/sqrt(2 pi) changes sign at ROOT, the centre of the piece holding it."""
    with mpmath.workprec(200):
        k = 1 / mpmath.sqrt(2 * mpmath.pi)

        def d(a):
            return mpmath.erfc(a / mpmath.sqrt(2)) * mpmath.exp(a * a / 2) / 2 - a * k

        below, above = np.nextafter(smooth._GELU_ROOT, [0.0, 1.0])
        assert d(mpmath.mpf(below)) * d(mpmath.mpf(above)) < 0
    assert smooth._GELU_ROOT in smooth._GELU_TABLE[:, 0]
    assert float(act.gelu_derivative(-smooth._GELU_ROOT)) == pytest.approx(0.0, abs=1e-16)


def test_root_constants_regenerate_from_mpmath():
    with mpmath.workprec(300):
        silu_root = mpmath.findroot(lambda x: 1 + x + mpmath.exp(x), -1.28)
        c = mpmath.mpf(smooth._SILU_ROOT)
        assert float(silu_root) == smooth._SILU_ROOT
        assert float(mpmath.exp(c)) == smooth._SILU_E
        assert float(1 + c + mpmath.exp(c)) == smooth._SILU_N0

        def mish_numerator(x, e):
            return 4 * (1 + x) * (1 + e) + e * (e * e + 4 * e + 2)

        mish_root = mpmath.findroot(lambda x: mish_numerator(x, mpmath.exp(x)), -1.19)
        c = mpmath.mpf(smooth._MISH_ROOT)
        e_hi = float(mpmath.exp(c))
        assert float(mish_root) == smooth._MISH_ROOT
        assert (e_hi, float(mpmath.exp(c) - e_hi)) == smooth._MISH_E
        e = mpmath.mpf(e_hi)
        assert float(mish_numerator(c, e)) == smooth._MISH_C0
        assert float(4 * (1 + c) + 3 * e * e + 8 * e + 2) == smooth._MISH_L

        k1 = mpmath.sqrt(8 / mpmath.pi)
        k3 = k1 * mpmath.mpf("0.044715")
        for constant, value in ((smooth._K1, k1), (smooth._K3, k3), (smooth._K3X3, 3 * k3)):
            assert constant == (float(value), float(value - float(value)))


# --- SmeLU (its code lives with the piecewise functions: parabolic pieces) -----------------------


def test_smelu_values_and_continuity():
    x = np.array([-np.inf, -3.0, -2.0, -1.0, 0.0, 1.0, 2.0, 5.0, 1e300, np.inf, np.nan])
    np.testing.assert_array_equal(
        act.smelu(x), [0.0, 0.0, 0.0, 0.125, 0.5, 1.125, 2.0, 5.0, 1e300, np.inf, np.nan]
    )
    np.testing.assert_array_equal(
        act.smelu_derivative(x), [0.0, 0.0, 0.0, 0.25, 0.5, 0.75, 1.0, 1.0, 1.0, 1.0, np.nan]
    )
    # f and f' are continuous at +-beta for any beta; f'' jumps (0, 1/(2 beta), 0)
    for beta in (0.25, 1.0, 3.0):
        for edge in (-beta, beta):
            below, above = np.nextafter(edge, -np.inf), np.nextafter(edge, np.inf)
            assert abs(act.smelu(above, beta=beta) - act.smelu(below, beta=beta)) < 1e-12
            assert (
                abs(act.smelu_derivative(above, beta=beta) - act.smelu_derivative(below, beta=beta))
                < 1e-12
            )
    # it tends to ReLU as beta -> 0 (the gap is beta / 4 at 0)
    grid = np.linspace(-3.0, 3.0, 601)
    assert np.max(np.abs(act.smelu(grid, beta=1e-3) - act.relu(grid))) <= 1e-3 / 4 * (1 + 1e-12)


def test_smelu_accuracy_with_other_betas():
    xs = np.concatenate([np.linspace(-5.0, 5.0, 401), around(-0.5), around(0.5)])
    for beta in (0.5, 1.0, 3.0):
        assert max_ulp("smelu", "f", xs, beta=beta) <= 4
        assert max_ulp("smelu", "df", xs, beta=beta) <= 4


@pytest.mark.parametrize("fname", ["smelu", "smelu_derivative"])
def test_smelu_beta_must_be_positive(fname):
    function = getattr(act, fname)
    for beta in (0.0, -1.0):
        with pytest.raises(ValueError, match=rf"{fname}.*beta.*positive"):
            function([0.0], beta=beta)
    with pytest.raises(ValueError, match=rf"{fname}.*beta"):
        function([0.0], beta=np.inf)
    with pytest.raises(TypeError, match=rf"{fname}.*beta"):
        function([0.0], beta="2")
