"""Exponential linear units: hand-derived values, SELU's constants, kinks and parameters."""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest

import activations as act
from activations.exponential import SELU_ALPHA, SELU_SCALE

X = np.linspace(-30.0, 30.0, 1201)


def exact(reference, x, **params):
    with mpmath.workprec(256):
        return float(reference(mpmath.mpf(x), **{k: mpmath.mpf(v) for k, v in params.items()}))


def test_selu_constants_are_the_closed_forms_correctly_rounded():
    """The record's reference holds the closed forms (Klambauer et al. 2017, eq. 14):
    f(1) = lambda and f(-inf) = -lambda alpha; the library's doubles are them rounded."""
    reference = act.catalog["selu"].reference
    with mpmath.workprec(256):
        scale = reference(mpmath.mpf(1))
        alpha = -reference(mpmath.mpf("-1e1000")) / scale
    assert float(alpha) == SELU_ALPHA
    assert float(scale) == SELU_SCALE
    # PyTorch's 30-digit literals round to the same doubles.
    assert SELU_ALPHA == 1.6732632423543772848170429916717
    assert SELU_SCALE == 1.0507009873554804934193349852946


def test_selu_values_and_kink():
    assert float(act.selu(1.0)) == SELU_SCALE
    assert float(act.selu(-np.inf)) == -SELU_SCALE * SELU_ALPHA
    # autograd's value at 0: the left branch, lambda * alpha as a double product.
    assert float(act.selu_derivative(0.0)) == 1.7580993408473766
    assert float(act.selu_derivative(1e-300)) == SELU_SCALE
    np.testing.assert_allclose(act.selu(X), SELU_SCALE * act.elu(X, alpha=SELU_ALPHA), rtol=1e-15)


def test_selu_huge_input_overflows_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert float(act.selu(np.finfo(float).max)) == np.inf


@pytest.mark.parametrize("alpha", [1.0, 0.5, 2.0, -1.0])
def test_elu_values(alpha):
    np.testing.assert_array_equal(act.elu([0.0, 2.0], alpha=alpha), [0.0, 2.0])
    assert float(act.elu(-1.0, alpha=alpha)) == pytest.approx(alpha * math.expm1(-1.0), rel=1e-15)
    # PyTorch's elu_backward uses the negative branch at x = 0: alpha * exp(0).
    assert float(act.elu_derivative(0.0, alpha=alpha)) == alpha
    assert float(act.elu_derivative(1.0, alpha=alpha)) == 1.0


def test_elu_small_negative_keeps_relative_precision():
    assert float(act.elu(-1e-20)) == -1e-20
    assert float(act.elu(-np.inf)) == -1.0


def test_celu_equals_elu_for_alpha_one_and_scales():
    np.testing.assert_array_equal(act.celu(X), act.elu(X))
    np.testing.assert_array_equal(act.celu_derivative(X), act.elu_derivative(X))
    negative = X[X <= 0]
    np.testing.assert_allclose(
        act.celu(negative, alpha=2.0), 2.0 * act.elu(negative / 2.0), rtol=1e-15, atol=1e-300
    )
    assert float(act.celu_derivative(0.0, alpha=3.0)) == 1.0  # continuous: 1 from both sides


@pytest.mark.parametrize("alpha", [3.0, 0.1, 7.3])
def test_celu_corrects_the_rounding_of_x_over_alpha(alpha):
    # exp amplifies the rounding error of x / alpha by |x / alpha|: hundreds of ULP at -700.
    for x in (-700.0 * alpha, -300.0 * alpha, -2.5, -1e-5):
        truth = exact(lambda x, alpha: alpha * mpmath.expm1(x / alpha), x, alpha=alpha)
        assert abs(float(act.celu(x, alpha=alpha)) - truth) <= 3 * np.spacing(abs(truth))
        truth_d = exact(lambda x, alpha: mpmath.exp(x / alpha), x, alpha=alpha)
        assert abs(float(act.celu_derivative(x, alpha=alpha)) - truth_d) <= 3 * np.spacing(truth_d)


def test_celu_negative_alpha_overflows_silently():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert float(act.celu(-1e10, alpha=-1.0)) == -np.inf
        assert float(act.celu_derivative(-1e10, alpha=-1.0)) == np.inf
    assert float(act.celu(-1.0, alpha=-1.0)) == pytest.approx(-(math.e - 1), rel=1e-15)


def test_celu_rejects_zero_alpha():
    for function in (act.celu, act.celu_derivative):
        with pytest.raises(ValueError, match=rf"{function.__name__}: alpha must be nonzero"):
            function(1.0, alpha=0.0)
        with pytest.raises(ValueError, match=rf"{function.__name__}: alpha"):
            function(1.0, alpha=math.inf)
        with pytest.raises(TypeError, match=rf"{function.__name__}: alpha"):
            function(1.0, alpha=None)


def test_elu_rejects_non_finite_alpha():
    with pytest.raises(ValueError, match="elu: alpha"):
        act.elu(1.0, alpha=math.nan)
    with pytest.raises(TypeError, match="elu_derivative: alpha"):
        act.elu_derivative(1.0, alpha="1")


@pytest.mark.parametrize("alpha", [1.0, 4.0, 0.01, 1e-300])
def test_isrlu_values(alpha):
    np.testing.assert_array_equal(act.isrlu([0.0, 5.0, 1e300], alpha=alpha), [0.0, 5.0, 1e300])
    assert float(act.isrlu(-np.inf, alpha=alpha)) == pytest.approx(-1 / math.sqrt(alpha), rel=1e-15)
    for x in (-1e-8, -0.5, -3.0, -1e5, -1e100, -(2.0**500), -1e300):
        truth = exact(lambda x, alpha: x / mpmath.sqrt(1 + alpha * x**2), x, alpha=alpha)
        assert abs(float(act.isrlu(x, alpha=alpha)) - truth) <= 2 * np.spacing(abs(truth))
        truth_d = exact(lambda x, alpha: (1 + alpha * x**2) ** (-mpmath.mpf(3) / 2), x, alpha=alpha)
        if truth_d >= np.finfo(float).tiny:
            ours = float(act.isrlu_derivative(x, alpha=alpha))
            assert abs(ours - truth_d) <= 3 * np.spacing(truth_d)


def test_isrlu_is_c2_at_zero():
    assert float(act.isrlu_derivative(0.0)) == 1.0
    h = 1e-4
    second_left = (act.isrlu_derivative(0.0) - act.isrlu_derivative(-h)) / h
    assert abs(second_left) < 1e-3  # f'' -> 0 from the left, as from the right
    assert act.catalog["isrlu"].continuity == 2


def test_isrlu_rejects_bad_alpha():
    with pytest.raises(ValueError, match="isrlu: alpha must be positive"):
        act.isrlu(1.0, alpha=-2.0)
    with pytest.raises(ValueError, match="isrlu_derivative: alpha must be positive"):
        act.isrlu_derivative(1.0, alpha=0.0)


@pytest.mark.parametrize("name", ["elu", "celu", "selu", "isrlu"])
def test_no_warning_on_extremes(name):
    record = act.catalog[name]
    extremes = np.array([-np.inf, -np.finfo(float).max, -1e300, -1.0, 0.0, 1e300, np.inf, np.nan])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = record.function(extremes)
        slopes = record.derivative(extremes)
    assert np.isnan(values[-1]) and np.isnan(slopes[-1])
    assert not np.any(np.isnan(values[:-1])) and not np.any(np.isnan(slopes[:-1]))


@pytest.mark.parametrize("alpha", [3.0, 0.01, -0.3, 1e300])
def test_celu_non_default_alpha_over_all_floats(alpha):
    rng = np.random.default_rng(7)
    xs = rng.integers(0, 2**64, 150, dtype=np.uint64).view(np.float64)
    xs = np.concatenate([xs[np.isfinite(xs)], rng.normal(scale=10 * abs(min(alpha, 1e3)), size=60)])
    for which, reference in (
        ("celu", lambda x, alpha: x if x > 0 else alpha * mpmath.expm1(x / alpha)),
        ("celu_derivative", lambda x, alpha: 1 if x > 0 else mpmath.exp(x / alpha)),
    ):
        ours = getattr(act, which)(xs, alpha=alpha)
        for x, value in zip(xs, ours, strict=True):
            truth = exact(reference, x, alpha=alpha)
            if np.finfo(float).tiny <= abs(truth) < np.inf:
                assert abs(value - truth) <= 3 * np.spacing(abs(truth)), (which, x)


# --- ELiSH and HardELiSH -------------------------------------------------------------------


def _ulps(value, truth):
    return abs(value - truth) / np.spacing(abs(truth))


def test_elish_is_silu_above_zero_and_gated_elu_below():
    positive, negative = X[X >= 0], X[X < 0]
    np.testing.assert_allclose(act.elish(positive), act.silu(positive), rtol=4e-16)
    np.testing.assert_allclose(
        act.elish(negative), act.elu(negative) * act.sigmoid(negative), rtol=1e-15
    )
    assert float(act.elish(-1e-20)) == -5e-21  # expm1: no cancellation just below 0
    assert float(act.elish_derivative(0.0)) == 0.5  # both branches: f' is continuous


def test_elish_minimum_and_derivative_near_its_zero():
    x0 = math.log(math.sqrt(2) - 1)
    assert float(act.elish(x0)) == pytest.approx(2 * math.sqrt(2) - 3, rel=1e-15)
    reference = act.catalog["elish"].derivative_reference
    # x0 +- a few ULP and nearby: f' ~ (x - x0) f''(x0), where a naive form loses every digit
    for x in (x0, np.nextafter(x0, 0), np.nextafter(x0, -1), x0 + 1e-9, x0 - 1e-12, -0.9):
        assert _ulps(float(act.elish_derivative(x)), exact(reference, x)) <= 4, x


def test_hard_elish_pieces_and_kinks():
    assert np.all(act.hard_elish(X[X <= -1]) == 0) and np.all(
        act.hard_elish(X[X >= 1]) == X[X >= 1]
    )
    middle = X[(X > 0) & (X < 1)]
    np.testing.assert_allclose(act.hard_elish(middle), middle * (middle + 1) / 2, rtol=1e-15)
    # the gate's slope is 0 at its corners (PyTorch's hardsigmoid): the outer one-sided values
    np.testing.assert_array_equal(act.hard_elish_derivative([-1.0, 0.0, 1.0]), [0.0, 0.5, 1.0])
    assert float(act.hard_elish_derivative(np.nextafter(-1.0, 0))) == pytest.approx(
        math.expm1(-1) / 2, rel=1e-14
    )
    assert float(act.hard_elish_derivative(np.nextafter(1.0, 0))) == 1.5
    assert math.copysign(1.0, float(act.hard_elish(-5.0))) == 1.0  # +0, not -0


def test_hard_elish_derivative_near_its_zero():
    reference = act.catalog["hard_elish"].derivative_reference
    x1 = -0.4428544010023886
    for x in (x1, np.nextafter(x1, 0), np.nextafter(x1, -1), x1 + 1e-10, -0.44, -0.45):
        assert _ulps(float(act.hard_elish_derivative(x)), exact(reference, x)) <= 4, x


# --- xIELU ----------------------------------------------------------------------------------


def _xielu_hf(x, alpha_p=0.8, alpha_n=0.8, beta=0.5, eps=-1e-6):
    """The reference code's formula, typed as in Hugging Face transformers (effective alphas)."""
    return np.where(
        x > 0,
        alpha_p * x * x + beta * x,
        (np.expm1(np.minimum(x, eps)) - x) * alpha_n + beta * x,
    )


@pytest.mark.parametrize(
    "params",
    [{}, {"alpha_p": 1.7, "alpha_n": 1.5, "beta": 0.2}, {"alpha_n": 0.55, "eps": 0.0}],
)
def test_xielu_matches_the_reference_code(params):
    # the naive formula loses relative accuracy near the negative zero: an absolute floor
    np.testing.assert_allclose(
        act.xielu(X, **params), _xielu_hf(X, **params), rtol=1e-12, atol=1e-14
    )


def test_xielu_cut_off_at_the_origin():
    # f(0) = alpha_n expm1(eps) while f(0+) = 0; on (eps, 0] the slope is beta - alpha_n
    assert float(act.xielu(0.0)) == pytest.approx(0.8 * math.expm1(-1e-6), rel=1e-15)
    assert float(act.xielu(5e-324)) == 5e-324 * 0.5
    assert float(act.xielu(0.0, eps=0.0)) == 0.0
    np.testing.assert_array_equal(act.xielu_derivative([-5e-7, 0.0]), [0.5 - 0.8] * 2)
    # at x = eps: the mean of the one-sided values (torch.min splits the gradient at a tie)
    left, right = 0.8 * math.expm1(-1e-6) + 0.5, 0.5 - 0.8
    assert float(act.xielu_derivative(-1e-6)) == pytest.approx((left + right) / 2, rel=1e-15)
    assert float(act.xielu_derivative(0.0, eps=0.0)) == pytest.approx(0.5 - 0.8 / 2, rel=1e-15)


@pytest.mark.parametrize(
    "params",
    [
        {"alpha_p": 0.8, "alpha_n": 0.8, "beta": 0.5, "eps": -1e-6},
        {"alpha_p": 2.0, "alpha_n": 1.5, "beta": 0.2, "eps": -1e-6},
        {"alpha_p": 0.8, "alpha_n": 100.0, "beta": 0.5, "eps": -1e-6},  # zero close to 0
        {"alpha_p": 0.8, "alpha_n": 1e10, "beta": 1e-5, "eps": 0.0},  # zero at -2e-15
        {"alpha_p": 0.8, "alpha_n": 0.500000000001, "beta": 0.5, "eps": -1e-6},  # at -5e11
        {"alpha_p": 0.3, "alpha_n": 0.51, "beta": 0.5, "eps": 0.0},
    ],
)
def test_xielu_near_its_zeros_and_minimum(params):
    """Its negative branch cancels at its zero x_r and its derivative at the minimum x_m."""
    from activations.exponential import _xielu_points

    xm, _, xr, *_ = _xielu_points(params["alpha_n"], params["beta"])
    record = act.catalog["xielu"]
    points = [xr, np.nextafter(xr, 0), np.nextafter(xr, -np.inf), xr * (1 + 1e-9), xm, xm * 0.9]
    points += [0.5 * (xr + xm), 0.5 * xm, xm / 64, -1e-3, -50.0, 4 * xr]  # the seams, 0, far
    for which, reference in (("xielu", record.reference), ("xielu_derivative", None)):
        reference = reference or record.derivative_reference
        values = getattr(act, which)(np.array(points), **params)
        for x, value in zip(points, values, strict=True):
            truth = exact(reference, x, **params)
            assert _ulps(value, truth) <= 4, (which, x)


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"alpha_n": 0.5}, "alpha_n must exceed beta"),
        ({"beta": 0.9}, "alpha_n must exceed beta"),
        ({"eps": 1e-6}, "eps must be zero or negative"),
        ({"alpha_p": 0.0}, "alpha_p must be positive"),
        ({"beta": -0.5}, "beta must be positive"),
    ],
)
def test_xielu_bad_parameters(params, message):
    for function in (act.xielu, act.xielu_derivative):
        with pytest.raises(ValueError, match=rf"{function.__name__}: {message}"):
            function(1.0, **params)


def test_xielu_overflow_is_silent():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert float(act.xielu(1e200)) == np.inf
        assert float(act.xielu_derivative(np.finfo(float).max)) == np.inf
        assert float(act.xielu(-np.finfo(float).max)) == pytest.approx(0.3 * np.finfo(float).max)
