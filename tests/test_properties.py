"""Every property the catalogue claims (and so the site prints) is checked numerically.

Claims are checked both ways: a function marked non-monotonic must decrease somewhere.
"""

from __future__ import annotations

import math

import numpy as np

from .catalog_cases import over_elementwise

DENSE = np.linspace(-60.0, 60.0, 240_001)
FAR = np.array([-1e300, -1e8, -1e3, 1e3, 1e8, 1e300])
EVERYWHERE = np.concatenate([[-np.inf], FAR[:3], DENSE, FAR[3:], [np.inf]])


def f(record, x):
    return np.asarray(record.function(x, **record.defaults))


def df(record, x):
    return np.asarray(record.derivative(x, **record.defaults))


def _noise(values: np.ndarray) -> float:
    """Rounding noise allowed between neighbouring values: a few ULP of the largest value."""
    return 8 * np.finfo(float).eps * max(1.0, float(np.max(np.abs(values[np.isfinite(values)]))))


def _nondecreasing(values: np.ndarray) -> bool:
    return bool(np.all(np.diff(values) >= -_noise(values)))


def _decreases_somewhere(values: np.ndarray) -> bool:
    return bool(np.any(np.diff(values) < -1e3 * _noise(values)))


@over_elementwise
def test_range(record):
    values = f(record, EVERYWHERE)
    values = values[~np.isnan(values)]  # sin(+-inf) has no limit: NaN, checked in test_contract
    interval = record.range
    assert np.all(values >= interval.low) and np.all(values <= interval.high), (
        f"{record.name}: values leave the range {interval.latex}"
    )
    core = f(record, np.linspace(-10.0, 10.0, 20_001))
    for bound, closed, pick in (
        (interval.low, interval.low_closed, np.min),
        (interval.high, interval.high_closed, np.max),
    ):
        extreme = float(pick(values))
        if math.isinf(bound):
            # 1e299: x cos x reaches only 5.75e299 at x = +-1e300
            assert abs(extreme) >= 1e299, f"{record.name}: range claims {bound} but f stays finite"
        elif closed:
            assert math.isclose(extreme, bound, rel_tol=1e-6, abs_tol=1e-12), (
                f"{record.name}: closed end {bound} of the range is not attained ({extreme})"
            )
        else:
            assert not np.any(core == bound), f"{record.name}: open end {bound} is attained"
            assert math.isclose(extreme, bound, rel_tol=1e-6, abs_tol=1e-12), (
                f"{record.name}: range end {bound} is not approached ({extreme})"
            )


@over_elementwise
def test_monotonic(record):
    values = f(record, DENSE)
    if record.monotonic:
        assert _nondecreasing(values), f"{record.name}: claimed monotonic but decreases"
    else:
        assert _decreases_somewhere(values), (
            f"{record.name}: claimed non-monotonic but never decreases"
        )


@over_elementwise
def test_derivative_monotonic(record):
    values = df(record, DENSE)
    if record.derivative_monotonic:
        assert _nondecreasing(values) or _nondecreasing(-values), (
            f"{record.name}: f' claimed monotonic but it is not"
        )
    else:
        assert _decreases_somewhere(values) and _decreases_somewhere(-values), (
            f"{record.name}: f' claimed non-monotonic but it is monotonic"
        )


@over_elementwise
def test_max_abs_derivative(record):
    # The supremum may be approached at a kink without being reached (hard_swish at 3).
    beside_kinks = [np.nextafter(k.x, side) for k in record.kinks for side in (-np.inf, np.inf)]
    largest = float(np.nanmax(np.abs(df(record, np.concatenate([EVERYWHERE, beside_kinks])))))
    claimed = record.max_abs_derivative
    if math.isinf(claimed):  # unbounded: |f'| must reach the far end of the float range
        assert largest >= 1e299, f"{record.name}: |f'| stays below {largest}, claimed unbounded"
        return
    assert largest <= claimed * (1 + 4 * np.finfo(float).eps), (
        f"{record.name}: |f'| reaches {largest} > claimed {claimed}"
    )
    assert math.isclose(largest, claimed, rel_tol=1e-6), (
        f"{record.name}: sup |f'| is {largest}, catalogue says {claimed}"
    )


@over_elementwise
def test_identity_near_origin(record):
    holds = f(record, 0.0) == 0 and df(record, 0.0) == 1
    assert bool(holds) == record.identity_near_origin, (
        f"{record.name}: f(0) = {f(record, 0.0)}, f'(0) = {df(record, 0.0)}, "
        f"catalogue says identity_near_origin={record.identity_near_origin}"
    )


@over_elementwise
def test_zero_centred(record):
    values = f(record, DENSE)
    holds = f(record, 0.0) == 0 and values.min() < 0 < values.max()
    assert bool(holds) == record.zero_centred, f"{record.name}: zero_centred claim is wrong"


@over_elementwise
def test_saturating(record):
    sides = {"left": -1.0, "right": 1.0}
    for side, sign in sides.items():
        far = df(record, sign * (1e8 + np.arange(6.0)))
        claimed = record.saturating in (side, "both")
        vanishes = bool(np.all(np.abs(far) < 1e-6))
        assert vanishes == claimed, (
            f"{record.name}: f' at {side} infinity is {far[0]}, catalogue says "
            f"saturating={record.saturating!r}"
        )


def _one_sided(record, x: float, side: int, order: int) -> float:
    """The ``order``-th derivative of f just beside ``x`` on ``side`` (+1 or -1).

    Orders 0 and 1 are f and f' themselves; higher orders are one-sided forward differences
    of f' with a step of 1e-3, far enough apart for rounding and close enough for a jump.
    """
    start = x + side * 1e-7
    if order == 0:
        return float(f(record, start))
    points = start + side * 1e-3 * np.arange(order)
    return float(np.diff(df(record, points), n=order - 1)[0] / (side * 1e-3) ** (order - 1))


def _jumps(record, kink: float, order: int) -> bool:
    gap = abs(_one_sided(record, kink, 1, order) - _one_sided(record, kink, -1, order))
    if order == 0:  # also a small jump (xielu's 8e-7 at 0), between the neighbouring doubles
        beside = f(record, np.nextafter(kink, [-np.inf, np.inf]))
        return gap > 1e-4 or abs(beside[1] - beside[0]) > 1e-12 * max(1.0, abs(beside[0]))
    return gap > (1e-4 if order <= 1 else 1e-2)


@over_elementwise
def test_kink_values_and_continuity(record):
    for kink in record.kinks:
        assert df(record, kink.x) == kink.derivative, (
            f"{record.name}: f'({kink.x}) = {df(record, kink.x)}, catalogue says {kink.derivative}"
        )
    order = record.continuity
    if order == math.inf:
        assert not record.kinks, f"{record.name}: smooth (C-infinity) but lists kinks"
        return
    assert record.kinks, f"{record.name}: C{order} but lists no kink where smoothness breaks"
    breaking = int(order) + 1  # the first derivative that must jump somewhere
    for n in range(breaking):
        jumping = [k.x for k in record.kinks if _jumps(record, k.x, n)]
        assert not jumping, f"{record.name}: derivative {n} jumps at {jumping} but f is C{order}"
    assert any(_jumps(record, k.x, breaking) for k in record.kinks), (
        f"{record.name}: derivative {breaking} jumps at no kink, so f is smoother than C{order}"
    )


@over_elementwise
def test_derivative_matches_central_differences(record):
    x = np.linspace(-5.05, 5.05, 203)
    away = np.all(
        np.abs(x[:, None] - np.array([k.x for k in record.kinks] or [np.inf])) > 1e-3, axis=1
    )
    x = x[away]
    h = 1e-6
    numeric = (f(record, x + h) - f(record, x - h)) / (2 * h)
    np.testing.assert_allclose(df(record, x), numeric, rtol=1e-6, atol=1e-8, err_msg=record.name)
