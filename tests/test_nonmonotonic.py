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
from activations.textbook import FORMULAS

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


# ---------------------------------------------------------------------------------------------
# SIREN's frequency omega_0, LiSHT, GCU and Snake


def worst_ulps(function, reference, xs, **params):
    ours = function(np.asarray(xs), **params)
    return max(
        ulps(
            o,
            exact(lambda t, x=x: reference(t, **{k: mpmath.mpf(v) for k, v in params.items()}), x),
        )
        for o, x in zip(ours, xs, strict=True)
    )


def test_sinusoid_omega_0_is_the_sine_of_the_exact_product():
    # The reference multiplies exactly (256 bits); np.sin(30 * x) rounds the product first.
    xs = np.concatenate(
        [RNG.uniform(-1, 1, 150), RNG.uniform(-1e3, 1e3, 150), RNG.uniform(-6e6, 6e6, 150)]
    )
    sine = lambda t, omega_0: mpmath.sin(omega_0 * t)  # noqa: E731
    cosine = lambda t, omega_0: omega_0 * mpmath.cos(omega_0 * t)  # noqa: E731
    for omega_0 in (30.0, 0.3, 7.77):
        assert worst_ulps(act.sinusoid, sine, xs, omega_0=omega_0) <= 1.0
        assert worst_ulps(act.sinusoid_derivative, cosine, xs, omega_0=omega_0) <= 1.5
    naive = max(ulps(np.sin(30.0 * x), exact(lambda t: mpmath.sin(30 * t), x)) for x in xs[300:])
    assert naive > 1e3  # what the exact product buys
    # Beyond |omega_0 x| = 2e8: the rounded product, as the frameworks compute it.
    far = np.array([1e7, -3e9, 1e300])
    np.testing.assert_array_equal(act.sinusoid(far, omega_0=30.0), np.sin(30.0 * far))


def test_sinusoid_omega_0_default_and_validation():
    x = np.linspace(-10, 10, 101)
    np.testing.assert_array_equal(act.sinusoid(x, omega_0=1.0), np.sin(x))
    np.testing.assert_array_equal(act.sinusoid(x, omega_0=2.0), np.sin(2.0 * x))  # exact product
    assert float(act.sinusoid_derivative(0.0, omega_0=30.0)) == 30.0
    for which in (act.sinusoid, act.sinusoid_derivative):
        for bad in (0.0, -30.0, np.inf, np.nan):
            with pytest.raises(ValueError, match=f"{which.__name__}: omega_0"):
                which(1.0, omega_0=bad)
        with pytest.raises(TypeError, match=f"{which.__name__}: omega_0"):
            which(1.0, omega_0="30")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = act.sinusoid(np.array([-np.inf, np.inf, np.nan, 1e308]), omega_0=30.0)
    assert np.all(np.isnan(values))  # 30 * 1e308 overflows: NaN, as np.sin(30 * x)


def test_lisht_values_and_identities():
    x = np.linspace(-30, 30, 6001)
    np.testing.assert_array_equal(act.lisht(x), act.lisht(-x))
    np.testing.assert_allclose(act.lisht(x), x * np.tanh(x), rtol=1e-15)
    np.testing.assert_allclose(
        act.lisht_derivative(x), np.tanh(x) + x * act.tanh_derivative(x), rtol=1e-15, atol=1e-300
    )
    np.testing.assert_array_equal(act.lisht_derivative(-x), -act.lisht_derivative(x))
    # The maximum of f' is at x tanh x = 1, where f'(x) = x.
    top = act.catalog["lisht"].max_abs_derivative
    assert float(act.lisht_derivative(top)) == pytest.approx(top, rel=1e-15)
    assert float(act.lisht(top)) == pytest.approx(1.0, rel=1e-15)


def test_lisht_derivative_tail_keeps_the_sech_term():
    derivative = lambda t: mpmath.tanh(t) + t * mpmath.sech(t) ** 2  # noqa: E731
    for x in (5.0, 18.0, 19.5, 25.0, 300.0):
        assert ulps(act.lisht_derivative(x), exact(derivative, x)) <= 3
    # tanh(19.5) rounds to 1, so the textbook x (1 - tanh^2 x) loses the 8.8e-16 above 1
    assert float(act.lisht_derivative(19.5)) > 1.0
    assert float(FORMULAS["lisht"].derivative(np.array(19.5))) == 1.0


def test_gcu_values_and_identities():
    x = np.linspace(-50, 50, 10001)
    np.testing.assert_array_equal(act.gcu(x), -act.gcu(-x))
    np.testing.assert_array_equal(act.gcu(x), x * act.sinusoid_derivative(x))
    np.testing.assert_array_equal(act.gcu_derivative(x), act.gcu_derivative(-x))
    np.testing.assert_allclose(
        act.gcu_derivative(x), np.cos(x) - x * np.sin(x), rtol=1e-9, atol=1e-12
    )
    assert float(act.gcu_derivative(0.0)) == 1.0


def test_gcu_derivative_near_its_zeros():
    derivative = lambda t: mpmath.cos(t) - t * mpmath.sin(t)  # noqa: E731
    roots = []
    with mpmath.workprec(200):
        for k in range(0, 400, 7):
            guess = k * mpmath.pi + (0.86 if k == 0 else 1 / (k * mpmath.pi))
            roots.append(float(mpmath.findroot(lambda t: t * mpmath.tan(t) - 1, guess)))
    xs = []
    for root in roots:
        xs += [root, np.nextafter(root, 0), np.nextafter(root, np.inf), root * (1 + 1e-12)]
    xs += list(RNG.uniform(1e3, 1.9e8, 100))
    worst = max(ulps(act.gcu_derivative(x), exact(derivative, x)) for x in xs)
    assert worst <= 4
    plain = max(ulps(np.cos(x) - x * np.sin(x), exact(derivative, x)) for x in xs[:200])
    assert plain > 100  # the cancellation the double-double path removes


@pytest.mark.parametrize("name", ["snake", "snake_derivative"])
def test_snake_alpha_validation(name):
    function = getattr(act, name)
    for bad in (0.0, -0.0, np.inf, -np.inf, np.nan):
        with pytest.raises(ValueError, match=f"{name}: alpha"):
            function(1.0, alpha=bad)
    with pytest.raises(TypeError, match=f"{name}: alpha"):
        function(1.0, alpha=None)


def test_snake_values_and_identities():
    x = np.linspace(-20, 20, 4001)
    for alpha in (1.0, 0.5, 3.0, -1.3):
        np.testing.assert_allclose(
            act.snake(x, alpha=alpha), x + np.sin(alpha * x) ** 2 / alpha, rtol=1e-14, atol=1e-300
        )
        np.testing.assert_allclose(
            act.snake_derivative(x, alpha=alpha), 1 + np.sin(2 * alpha * x), atol=1e-14
        )
    # alpha = 1: 1 + sin 2x = (sin x + cos x)^2, zero at x = -pi/4 + k pi
    np.testing.assert_allclose(act.snake_derivative(x), (np.sin(x) + np.cos(x)) ** 2, atol=1e-14)
    values = act.snake(x)
    assert np.all(np.diff(values) > 0)
    assert np.all(np.sign(values) == np.sign(x))  # the only zero is 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ends = act.snake(np.array([-np.inf, np.inf, np.nan]))
        slopes = act.snake_derivative(np.array([-np.inf, np.inf, np.nan, np.finfo(float).max]))
    np.testing.assert_array_equal(ends[:2], [-np.inf, np.inf])
    assert np.isnan(ends[2]) and np.all(np.isnan(slopes[:3])) and 0 <= slopes[3] <= 2


@pytest.mark.parametrize("alpha", [1.0, 0.5, 3.7, -1.3, 30.0, 1e-8])
def test_snake_accuracy_for_several_alpha(alpha):
    # The cancellation region x ~ -1/alpha, ordinary inputs, and the zeros of f'.
    xs = np.concatenate(
        [
            -RNG.uniform(0.2, 2.5, 150) / abs(alpha) * np.sign(alpha),
            RNG.uniform(-1e4, 1e4, 100),
            [1e-200, -1e-10, 1e10, -1e300],
        ]
    )
    zeros = (-np.pi / 4 + np.pi * np.arange(-20, 20)) / (2 * alpha) * 2
    near = np.concatenate([zeros, np.nextafter(zeros, np.inf), np.nextafter(zeros, -np.inf)])
    snake = lambda t, alpha: t + mpmath.sin(alpha * t) ** 2 / alpha  # noqa: E731
    slope = lambda t, alpha: 1 + mpmath.sin(2 * alpha * t)  # noqa: E731
    assert worst_ulps(act.snake, snake, xs, alpha=alpha) <= 3
    # f' to 3 ULP where the product 2 alpha x is carried exactly (|2 alpha x| < 2e8, or alpha = 1)
    inside = xs[(np.abs(2 * alpha * xs) < 2e8) | (alpha == 1.0)]
    assert worst_ulps(act.snake_derivative, slope, np.concatenate([inside, near]), alpha=alpha) <= 3
    if alpha != 1.0:  # beyond, 1 + sin of the rounded product, as the frameworks compute it
        far = np.array([1e10, -1e300]) / abs(alpha)
        np.testing.assert_allclose(
            act.snake_derivative(far, alpha=alpha), 1 + np.sin(2 * alpha * far), rtol=1e-15
        )


def test_snake_small_alpha_x_keeps_the_ripple():
    # sin^2(a x)/a = a x^2 (1 - (a x)^2/3 + ...): no cancellation, unlike (1 - cos 2ax)/(2a)
    for alpha, x in ((1e-8, 1.0), (1.0, 1e-5), (1e-3, -2.0)):
        truth = exact(lambda t, a=alpha: t + mpmath.sin(a * t) ** 2 / a, x)
        assert ulps(act.snake(x, alpha=alpha), truth) <= 1
    assert float(act.snake(1.0, alpha=1e-8)) == 1.00000001
