"""Bumps and waves, and the error-free transformations of ``activations._exact`` they rely on."""

from __future__ import annotations

import math
import warnings
from fractions import Fraction

import mpmath
import numpy as np
import pytest

import activations as act
from activations._exact import exp_neg_square, fast_two_sum, two_product, two_sum

RNG = np.random.default_rng(20261128)


def exact(function, x, precision=256):
    with mpmath.workprec(precision):
        return float(function(mpmath.mpf(x)))


def ulps(ours, truth):
    return abs(float(ours) - truth) / float(np.spacing(abs(truth)))


def test_two_product_is_exact():
    a = RNG.uniform(-1e6, 1e6, 200) * 10.0 ** RNG.integers(-100, 100, 200)
    b = RNG.uniform(-1e6, 1e6, 200)
    hi, lo = two_product(a, b)
    for ai, bi, h, low in zip(a, b, hi, lo, strict=True):
        assert Fraction(ai) * Fraction(bi) == Fraction(h) + Fraction(low)
        assert h == ai * bi


def test_two_sum_and_fast_two_sum_are_exact():
    a = RNG.normal(size=200) * 1e10
    b = RNG.normal(size=200)
    for s, e, ai, bi in zip(*two_sum(a, b), a, b, strict=True):
        assert Fraction(ai) + Fraction(bi) == Fraction(s) + Fraction(e)
    for s, e, ai, bi in zip(*fast_two_sum(a, b), a, b, strict=True):
        assert Fraction(ai) + Fraction(bi) == Fraction(s) + Fraction(e)


def test_exp_neg_square_is_within_two_ulp():
    xs = np.concatenate([RNG.uniform(0, 26.6, 300), [1e-200, 0.5, 1.0, 26.0, 26.5]])
    worst = max(ulps(exp_neg_square(x), exact(lambda x: mpmath.exp(-(x**2)), x)) for x in xs)
    assert worst <= 2.0
    naive = max(ulps(np.exp(-x * x), exact(lambda x: mpmath.exp(-(x**2)), x)) for x in xs[xs > 20])
    assert naive > 50  # what the exact square buys
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = exp_neg_square(np.array([-np.inf, 1e308, np.nan]))
    assert values[0] == values[1] == 0.0 and np.isnan(values[2])


def test_gaussian_values():
    assert float(act.gaussian(0.0)) == 1.0
    assert float(act.gaussian(1.0)) == pytest.approx(math.exp(-1), rel=1e-16)
    np.testing.assert_array_equal(act.gaussian([-3.0, 3.0]), act.gaussian([3.0, -3.0]))
    assert float(act.gaussian_derivative(1 / math.sqrt(2))) == pytest.approx(-math.sqrt(2 / math.e))


def test_gaussian_tails_keep_full_precision():
    for x in (10.0, 20.5, 26.0, 26.5):
        assert ulps(act.gaussian(x), exact(lambda x: mpmath.exp(-(x**2)), x)) <= 2
    # Here e^{-x^2} is subnormal but -2x e^{-x^2} is a normal number.
    for x in (26.63, 26.65, 26.68):
        truth = exact(lambda x: -2 * x * mpmath.exp(-(x**2)), x)
        assert abs(truth) >= np.finfo(float).tiny
        assert ulps(act.gaussian_derivative(x), truth) <= 3


def test_sinusoid_is_numpy_sine_without_warnings():
    x = np.linspace(-100, 100, 1001)
    np.testing.assert_array_equal(act.sinusoid(x), np.sin(x))
    np.testing.assert_array_equal(act.sinusoid_derivative(x), np.cos(x))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert np.all(np.isnan(act.sinusoid([-np.inf, np.inf, np.nan])))
        assert np.all(np.isnan(act.sinusoid_derivative([-np.inf, np.inf])))


def test_sinusoid_huge_arguments_are_reduced_exactly():
    for x in (1e22, 1e100, 1e300, np.finfo(float).max):
        assert ulps(act.sinusoid(x), exact(lambda x: mpmath.sin(x), x)) <= 1
        assert ulps(act.sinusoid_derivative(x), exact(lambda x: mpmath.cos(x), x)) <= 1


def test_sinc_is_unnormalised_unlike_numpy():
    x = np.linspace(-20, 20, 401)
    np.testing.assert_allclose(act.sinc(x), np.sinc(x / np.pi), rtol=1e-13, atol=1e-15)
    assert float(act.sinc(1.0)) == math.sin(1.0)
    assert float(np.sinc(1.0)) != float(act.sinc(1.0))


def test_sinc_special_values():
    np.testing.assert_array_equal(act.sinc([0.0, -0.0, np.inf, -np.inf]), [1.0, 1.0, 0.0, 0.0])
    assert float(act.sinc(1e-200)) == 1.0
    assert float(act.sinc(np.pi)) == pytest.approx(
        exact(lambda x: mpmath.sin(x) / x, np.pi), rel=4e-16
    )
    low = act.catalog["sinc"].range.low
    assert float(act.sinc(4.493409457909064)) == pytest.approx(low, rel=1e-15)


def test_sinc_derivative_near_zero_uses_the_series():
    def derivative(x):
        return (x * mpmath.cos(x) - mpmath.sin(x)) / x**2 if abs(x) > 1e-20 else -x / 3

    for x in (1e-300, 1e-100, 1e-8, 1e-3, 0.5, 1.0, 1.5, 1.5000001, 2.0, 3.0):
        truth = exact(derivative, x, precision=2000)  # enough for the cancellation at 1e-100
        assert ulps(act.sinc_derivative(x), truth) <= 3, x
        assert float(act.sinc_derivative(-x)) == -float(act.sinc_derivative(x))
    assert float(act.sinc_derivative(0.0)) == 0.0


def test_sinc_derivative_huge_and_infinite():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = act.sinc_derivative(np.array([1e200, 1e300, -np.inf, np.inf, np.nan]))
    assert ulps(values[0], exact(lambda x: mpmath.cos(x) / x - mpmath.sin(x) / x**2, 1e200)) <= 2
    np.testing.assert_array_equal(values[2:4], [0.0, 0.0])
    assert np.isnan(values[4])


def test_sinc_derivative_max_and_record():
    record = act.catalog["sinc"]
    x = 2.0815759778181006
    assert float(act.sinc_derivative(x)) == pytest.approx(-record.max_abs_derivative, rel=1e-15)
    assert record.saturating == "both"
