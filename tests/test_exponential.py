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
