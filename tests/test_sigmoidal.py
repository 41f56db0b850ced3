"""Sigmoidal family: hand-derived values, identities, kinks and parameters.

The catalogue-wide tests (accuracy, properties, contract) cover every entry generically; these
check what is specific to each function and the numerical traps its implementation avoids.
"""

from __future__ import annotations

import math
import warnings

import mpmath
import numpy as np
import pytest

import activations as act

X = np.linspace(-30.0, 30.0, 1201)


def exact(function, x, **params):
    """mpmath value of a function of x at 256 bits, rounded to float."""
    with mpmath.workprec(256):
        return float(function(mpmath.mpf(x), **{k: mpmath.mpf(v) for k, v in params.items()}))


def test_arctan_values_and_identity():
    assert float(act.arctan(1.0)) == math.pi / 4
    assert float(act.arctan(np.inf)) == math.pi / 2
    positive = X[X > 0]
    np.testing.assert_allclose(act.arctan(positive) + act.arctan(1 / positive), math.pi / 2)
    np.testing.assert_array_equal(act.arctan(-X), -act.arctan(X))


def test_arctan_derivative_has_no_overflow_for_huge_inputs():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        values = act.arctan_derivative(np.array([1e150, 2e154, 1e200, 1e300, np.finfo(float).max]))
    assert values[0] == pytest.approx(1e-300, rel=1e-15)
    assert values[1] == pytest.approx(2.5e-309, rel=1e-6)  # subnormal, but not 0
    assert values[2] == values[3] == values[4] == 0.0
    assert float(act.arctan_derivative(1e100)) == 1e-200


def test_softsign_values_and_symmetry():
    np.testing.assert_array_equal(act.softsign([1.0, 3.0, -1.0]), [0.5, 0.75, -0.5])
    np.testing.assert_array_equal(act.softsign(-X), -act.softsign(X))
    np.testing.assert_array_equal(act.softsign_derivative([1.0, 3.0, -3.0]), [0.25, 1 / 16, 1 / 16])
    # The derivative is f'(x) = (1 - |f(x)|)^2.
    np.testing.assert_allclose(act.softsign_derivative(X), (1 - np.abs(act.softsign(X))) ** 2)


def test_softsign_kink_value_matches_pytorch():
    # |x| is not smooth at 0; autograd returns 1 there (the limit from both sides).
    assert float(act.softsign_derivative(0.0)) == 1.0
    assert act.catalog["softsign"].continuity == 1


def test_softsign_derivative_near_one_is_compensated():
    x = 7.562323511474923e-08  # the rounding of 1 + x used to cost 3.4 ULP here
    truth = exact(lambda x: 1 / (1 + x) ** 2, x)
    assert abs(float(act.softsign_derivative(x)) - truth) <= 2 * np.spacing(truth)


@pytest.mark.parametrize("alpha", [1.0, 3.0, 0.25, 1e-10, 1e10, 1e-300, 1e300])
def test_isru_values_against_mpmath(alpha):
    for x in (-1e300, -1e20, -2.5, -1e-8, 0.7, 3.0, 1e5, 1e160, 2.0**500, 2.0**600):
        truth = exact(lambda x, alpha: x / mpmath.sqrt(1 + alpha * x**2), x, alpha=alpha)
        assert abs(float(act.isru(x, alpha=alpha)) - truth) <= 2 * np.spacing(abs(truth))
        truth_d = exact(lambda x, alpha: (1 + alpha * x**2) ** (-mpmath.mpf(3) / 2), x, alpha=alpha)
        ours_d = float(act.isru_derivative(x, alpha=alpha))
        if abs(truth_d) >= np.finfo(float).tiny:
            assert abs(ours_d - truth_d) <= 3 * np.spacing(truth_d)


def test_isru_bounds_scale_with_alpha():
    assert float(act.isru(np.inf, alpha=4.0)) == 0.5
    assert float(act.isru(1.0, alpha=3.0)) == 0.5
    np.testing.assert_allclose(act.isru(X), X / np.sqrt(1 + X**2), rtol=1e-15)


@pytest.mark.parametrize("alpha", [0.0, -1.0, math.nan, math.inf])
def test_isru_rejects_bad_alpha(alpha):
    for function in (act.isru, act.isru_derivative):
        with pytest.raises(ValueError, match=rf"{function.__name__}: alpha"):
            function(1.0, alpha=alpha)
    with pytest.raises(TypeError, match="isru: alpha"):
        act.isru(1.0, alpha="1")


def test_sqnl_pieces():
    x = np.array([-3.0, -2.0, -1.0, -0.5, 0.0, 0.5, 1.0, 2.0, 3.0])
    np.testing.assert_array_equal(act.sqnl(x), [-1, -1, -0.75, -0.4375, 0, 0.4375, 0.75, 1, 1])
    np.testing.assert_array_equal(act.sqnl_derivative(x), [0, 0, 0.5, 0.75, 1, 0.75, 0.5, 0, 0])


def test_sqnl_kinks_are_where_the_second_derivative_jumps():
    record = act.catalog["sqnl"]
    assert [k.x for k in record.kinks] == [-2.0, 0.0, 2.0]
    for kink in record.kinks:
        assert float(act.sqnl_derivative(kink.x)) == kink.derivative


def test_log_sigmoid_identities():
    np.testing.assert_allclose(act.log_sigmoid(X) - act.log_sigmoid(-X), X, atol=1e-13)
    # log(sigmoid(x)) is itself accurate where sigmoid(x) is not close to 1, i.e. for x <= 0.
    negative = X[X <= 0]
    np.testing.assert_allclose(act.log_sigmoid(negative), np.log(act.sigmoid(negative)), rtol=1e-14)
    np.testing.assert_allclose(act.log_sigmoid_derivative(X), act.sigmoid(-X), rtol=1e-15)


def test_log_sigmoid_tails():
    assert float(act.log_sigmoid(-1000.0)) == -1000.0
    assert float(act.log_sigmoid(-np.inf)) == -np.inf
    assert float(act.log_sigmoid(0.0)) == -math.log(2)
    for x in (40.0, 700.0):
        truth = exact(lambda x: -mpmath.log1p(mpmath.exp(-x)), x)
        assert float(act.log_sigmoid(x)) == pytest.approx(truth, rel=4e-16)
    assert float(act.log_sigmoid_derivative(0.0)) == 0.5
    assert float(act.log_sigmoid_derivative(-800.0)) == 1.0


def test_tanhshrink_near_zero_has_no_cancellation():
    for x in (1e-300, 1e-150, 1e-8, 1e-3, 0.3, 1.0, 1.49, 1.51, 2.0, 5.0):
        truth = exact(
            lambda x: x - mpmath.tanh(x) if x > mpmath.mpf("1e-10") else x**3 / 3 - 2 * x**5 / 15, x
        )
        if abs(truth) < np.finfo(float).tiny:
            continue
        ours = float(act.tanh_shrink(x))
        assert abs(ours - truth) <= 3 * np.spacing(truth), x
        assert float(act.tanh_shrink(-x)) == -ours


def test_tanhshrink_derivative_is_tanh_squared():
    np.testing.assert_allclose(act.tanh_shrink_derivative(X), np.tanh(X) ** 2, rtol=1e-15)
    assert float(act.tanh_shrink_derivative(0.0)) == 0.0
    assert float(act.tanh_shrink_derivative(1e-10)) == pytest.approx(1e-20, rel=1e-15)
    assert float(act.tanh_shrink(np.inf)) == np.inf


def test_tanh_derivative_huge_input_is_silent():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert float(act.tanh_derivative(np.finfo(float).max)) == 0.0


@pytest.mark.parametrize(
    "name", ["arctan", "softsign", "isru", "sqnl", "log_sigmoid", "tanh_shrink"]
)
def test_float32_result_is_rounded_once(name):
    record = act.catalog[name]
    x32 = np.linspace(-8, 8, 257, dtype=np.float32)
    ours = record.function(x32)
    assert ours.dtype == np.float32
    np.testing.assert_array_equal(ours, record.function(x32.astype(np.float64)).astype(np.float32))


@pytest.mark.parametrize(
    ("name", "x", "reference"),
    [
        # Worst cases of the uncompensated forms found by a 10^7-point sweep (4.17, 3.93, 4.08 ULP).
        (
            "sigmoid_derivative",
            4.133130317743818,
            lambda x: mpmath.exp(-x) / (1 + mpmath.exp(-x)) ** 2,
        ),
        ("tanh_derivative", 2.068468408187385, lambda x: mpmath.sech(x) ** 2),
        ("tanh_shrink", -0.4667432286119304, lambda x: x - mpmath.tanh(x)),
    ],
)
def test_former_worst_cases_are_within_tolerance(name, x, reference):
    truth = exact(reference, x)
    assert abs(float(getattr(act, name)(x)) - truth) <= 3 * np.spacing(abs(truth))


def test_penalized_tanh_branches_and_kink():
    positive, negative = X[X > 0], X[X <= 0]
    np.testing.assert_array_equal(act.penalized_tanh(positive), np.tanh(positive))
    np.testing.assert_array_equal(act.penalized_tanh(negative), 0.25 * np.tanh(negative))
    np.testing.assert_array_equal(act.penalized_tanh(X, a=1.0), act.tanh(X))
    np.testing.assert_array_equal(act.penalized_tanh_derivative(X, a=1.0), act.tanh_derivative(X))
    # f' jumps at 0 from a to 1; the library returns a (autograd of torch.where(x > 0, ...))
    assert float(act.penalized_tanh_derivative(0.0)) == 0.25
    assert float(act.penalized_tanh_derivative(5e-324)) == 1.0
    assert float(act.penalized_tanh_derivative(0.0, a=0.5)) == 0.5


@pytest.mark.parametrize("a", [0.0, 0.25, 1.0, 2.0, -0.5])
def test_penalized_tanh_any_factor(a):
    expected = np.where(X > 0, np.tanh(X), a * np.tanh(X))
    np.testing.assert_array_equal(act.penalized_tanh(X, a=a), expected)
    assert np.isnan(act.penalized_tanh(np.nan, a=a))
    for x in (-3.0, -1e-8, 2.0):
        reference = act.catalog["penalized_tanh"].derivative_reference
        truth = exact(reference, x, a=a)
        assert abs(float(act.penalized_tanh_derivative(x, a=a)) - truth) <= 2 * np.spacing(
            abs(truth) or 1.0
        )


def test_penalized_tanh_bad_factor():
    with pytest.raises(ValueError, match="penalized_tanh: a must be finite"):
        act.penalized_tanh(1.0, a=math.inf)
    with pytest.raises(TypeError, match="penalized_tanh_derivative: a must be a real number"):
        act.penalized_tanh_derivative(1.0, a="0.25")
