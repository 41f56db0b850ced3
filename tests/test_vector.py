"""The vector activations (softmax family, glu, crelu, maxout): what the generic tests skip.

The catalogue-wide tests treat element-wise records only; here every record with
``vector=True`` is checked the same way, row by row: the function and its Jacobian against the
records' mpmath expressions at 256 bits (inputs up to +-1.8e308), the references against
mpmath's numerical partial derivatives, the Jacobian layout, the documented limits at +-inf
and NaN, the input contract, and each property the record claims.

``python -m tests.test_vector`` prints the max ULP per entry (float64 function and Jacobian,
float32 and float16 function).
"""

from __future__ import annotations

import math
import sys

import mpmath
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import activations
from activations import Kink, catalog

from .reference import evaluate, ulp_errors

VECTOR = [record for record in catalog.values() if record.vector]
over_vector = pytest.mark.parametrize("record", VECTOR, ids=[r.name for r in VECTOR])

MAX = float(np.finfo(np.float64).max)
SOFTMAX_FAMILY = ("softmax", "log_softmax", "softmin")
SIMPLEX = ("softmax", "softmin", "sparsemax", "entmax15")  # outputs: probabilities
#: Entries whose axis must have even length (halves, or maxout's default pairs).
EVEN = ("glu", "swiglu", "geglu", "reglu", "maxout")
#: The gated units: a (the first half) times a gate of b (the second half).
GATED = ("glu", "swiglu", "geglu", "reglu")
#: The output length along the axis for an input of length n, where it is not n.
OUT_LENGTH = {
    **{name: (lambda n: n // 2) for name in GATED},
    "maxout": lambda n: n // 2,
    "crelu": lambda n: 2 * n,
}


def out_length(record, n: int) -> int:
    return OUT_LENGTH.get(record.name, lambda n: n)(n)


def _raw_rows() -> list[list[float]]:
    """Rows covering the whole finite range: huge, tiny, tied, far apart, moderate."""
    rows = [
        [0.0],
        [-1e300],
        [0.0, 0.0],
        [1e300, -1e300],
        [-1e300, 1e300, 0.0],
        [1e300, 1e300, -1e300],
        [MAX, -MAX],
        [MAX, MAX, 0.0],
        [-MAX, -MAX, 1.0],
        [1e-300, -1e-300, 5e-324, 0.0],
        [700.0, 0.0, -700.0],
        [745.0, 0.0],
        [0.0, -745.0, -40.0],
        [1e16, 1e16 - 2.0, 1e16 + 2.0],
        [0.1, 700.3, 700.1, -0.2],
        [3e15, 3e15 - 720.0, 3e15 - 1.0],  # a tail entry times 3e15: SoLU's product is normal
        [100030.11138329902, 99951.90834612244, 99334.72019353867, 100042.99284855272],
        [0.0, -36.0, -37.0, -38.0],
        [5.0, 5.0, 5.0, 5.0, 5.0, 5.0],
        [-1e308, 3.0, 1e308, -2.0],
        [1e3, -1e3, 1e-3, -1e-3],
        [20.0, -20.0, 0.5, -0.5],
    ]
    rng = np.random.default_rng(20261128)
    for _ in range(26):
        n = int(rng.integers(1, 6))
        scale = float(rng.choice([1.0, 10.0, 300.0, 1e5, 1e300]))
        rows.append(list(rng.normal(0.0, scale, n)))
    for _ in range(8):  # one entry dominating by 20..700: s_max = 1 - tiny, diagonal tiny
        row = list(rng.uniform(-30.0, 30.0, int(rng.integers(2, 5))))
        row[0] = max(row) + float(rng.uniform(20.0, 700.0))
        rows.append(row)
    for n in (9, 12, 16):  # longer rows: more rounding in the sums
        rows.append(list(rng.normal(0.0, 4.0, n)))
    return rows


ROWS = _raw_rows()


def rows_for(record, dtype=np.float64) -> list[np.ndarray]:
    """ROWS that fit in ``dtype`` plus rows at its extremes, padded to even length for GLU."""
    big = float(np.finfo(dtype).max)
    rows = [row for row in ROWS if all(abs(v) <= big for v in row)]
    if dtype is not np.float64:
        rows += [[big, -big], [big, big, 0.0], [-big, -big, 1.0], [big / 2, 0.0, -1.0]]
    out = []
    for row in rows:
        row = list(row)
        if record.name in EVEN and len(row) % 2:
            row.append(-row[0] if row[0] else 1.5)
        out.append(np.array(row, dtype=np.float64).astype(dtype))
    return out


def exact(record, row):
    """The 256-bit reference outputs and Jacobian of one row."""
    with mpmath.workprec(256):
        x = [mpmath.mpf(float(v)) for v in row]
        return evaluate(record.reference, x), evaluate(record.derivative_reference, x)


def _ulps(ours, truth, dtype=np.float64) -> np.ndarray:
    with np.errstate(over="ignore"):  # np.spacing(max float) overflows inside ulp_errors
        return ulp_errors(np.asarray(ours), truth, dtype)


def measure(record) -> dict[str, float]:
    """Max ULP over ROWS: float64 function and Jacobian; float32 and float16 function."""
    worst = {"f64": 0.0, "J64": 0.0, "f32": 0.0, "f16": 0.0}
    for row in rows_for(record):
        values, jacobian = exact(record, row)
        worst["f64"] = max(worst["f64"], _ulps(record.function(row), values).max())
        flat = [v for line in jacobian for v in line]
        worst["J64"] = max(worst["J64"], _ulps(record.derivative(row).ravel(), flat).max())
    for key, dtype in (("f32", np.float32), ("f16", np.float16)):
        for row in rows_for(record, dtype):
            values, _ = exact(record, row.astype(np.float64))
            worst[key] = max(worst[key], _ulps(record.function(row), values, dtype).max())
    return worst


@over_vector
def test_accuracy_against_mpmath(record, record_property):
    worst = measure(record)
    for key, value in worst.items():
        record_property(f"max_ulp_{key}", value)
    assert worst["f64"] <= 4 and worst["J64"] <= 4, f"{record.name}: max ULP {worst}"
    assert worst["f32"] <= 1 and worst["f16"] <= 1, f"{record.name}: max ULP {worst}"


# --- the references themselves -----------------------------------------------------------


MODERATE = [[0.3], [0.5, -1.25], [1.5, -0.75, 2.25, 0.0], [-3.0, 2.0, 0.5, 0.5], [4.0, -7.0]]


@over_vector
@pytest.mark.parametrize("row", MODERATE, ids=[str(r) for r in MODERATE])
def test_derivative_reference_is_the_jacobian_of_reference(record, row):
    if record.name in EVEN and len(row) % 2:
        row = [*row, 0.6]
    if at_a_kink(record, row):
        row = [v + 0.25 * (i + 1) for i, v in enumerate(row)]  # needs a differentiable point
    with mpmath.workprec(256):
        x = [mpmath.mpf(v) for v in row]
        stated = evaluate(record.derivative_reference, x)
        for j in range(len(x)):

            def along(t, j=j):
                return evaluate(record.reference, [*x[:j], t, *x[j + 1 :]])

            for i in range(len(stated)):
                numeric = mpmath.diff(lambda t, i=i: along(t)[i], x[j])
                assert abs(numeric - stated[i][j]) <= mpmath.mpf(10) ** -40, (
                    f"{record.name}: d f_{i} / d x_{j} at {row}: {stated[i][j]} vs {numeric}"
                )


def at_a_kink(record, row) -> bool:
    """Whether a row sits on a kink: a zero for crelu, a tie within a pair for maxout."""
    if record.name == "crelu":
        return 0.0 in row
    if record.name == "reglu":  # the gate's input b = 0
        return 0.0 in row[len(row) // 2 :]
    if record.name == "maxout":
        return any(row[i] == row[i + 1] for i in range(0, len(row), 2))
    return False


# --- layout and identities ---------------------------------------------------------------


@over_vector
@pytest.mark.parametrize("axis", [0, 1, 2, -1, -2])
def test_jacobian_layout(record, axis):
    rng = np.random.default_rng(7)
    x = rng.normal(0.0, 2.0, (2, 4, 6))
    n = x.shape[axis]
    n_out = out_length(record, n)
    jac = record.derivative(x, axis=axis)
    others = tuple(s for k, s in enumerate(x.shape) if k != axis % 3)
    assert jac.shape == (*others, n_out, n)
    out = record.function(x, axis=axis)
    expected_shape = list(x.shape)
    expected_shape[axis] = n_out
    assert out.shape == tuple(expected_shape)
    moved = np.moveaxis(x, axis, -1)
    for index in np.ndindex(*others):
        row = moved[index]
        np.testing.assert_array_equal(jac[index], record.derivative(row))
        np.testing.assert_array_equal(np.moveaxis(out, axis, -1)[index], record.function(row))


@over_vector
def test_jacobian_matches_central_differences(record):
    rng = np.random.default_rng(3)
    for n in (2, 4, 6):
        x = rng.normal(0.0, 1.5, n)
        jac = record.derivative(x)
        h = 1e-6
        for j in range(n):
            step = np.zeros(n)
            step[j] = h
            numeric = (record.function(x + step) - record.function(x - step)) / (2 * h)
            np.testing.assert_allclose(jac[:, j], numeric, rtol=1e-7, atol=1e-9)


def test_softmax_identities():
    rng = np.random.default_rng(11)
    x = rng.normal(0.0, 30.0, (50, 7))
    s = activations.softmax(x)
    np.testing.assert_allclose(s.sum(axis=-1), 1.0, rtol=4e-16 * 7)
    np.testing.assert_array_equal(activations.softmin(x), activations.softmax(-x))
    np.testing.assert_array_equal(
        activations.softmin_derivative(x), -activations.softmax_derivative(-x)
    )
    np.testing.assert_allclose(activations.softmax(x + 123.0), s, rtol=1e-12, atol=1e-300)
    jac = activations.softmax_derivative(x)
    np.testing.assert_allclose(jac, np.swapaxes(jac, -1, -2), rtol=1e-15, atol=0)
    np.testing.assert_allclose(jac.sum(axis=-1), 0.0, atol=1e-15)
    eye = np.eye(7)
    np.testing.assert_allclose(
        activations.log_softmax_derivative(x), eye - s[:, None, :], rtol=1e-15, atol=1e-15
    )
    moderate = x / 30.0
    np.testing.assert_allclose(
        activations.log_softmax(moderate), np.log(activations.softmax(moderate)), rtol=1e-14
    )


def test_log_softmax_keeps_the_tiny_loss_of_the_winner():
    # The winner's log-probability is -log1p(e^-40), about -4.2e-18, not 0.
    out = activations.log_softmax([0.0, -40.0])
    with mpmath.workprec(256):
        assert out[0] == float(-mpmath.log1p(mpmath.exp(-40)))
    assert out[1] == -40.0
    assert activations.log_softmax([-1e300, 1e300])[0] == -2e300


def test_softmax_jacobian_diagonal_does_not_cancel():
    # s_0 = 1 - e^-40: s_0 (1 - s_0) = e^-40 (to 1e-17), where s * (1 - s) would give 0.
    jac = activations.softmax_derivative([40.0, 0.0])
    assert jac[0, 0] == pytest.approx(4.248354255291589e-18, rel=1e-15)
    assert jac[1, 1] == jac[0, 0] and jac[0, 1] == -jac[0, 0]


def test_glu_against_sigmoid():
    rng = np.random.default_rng(5)
    a, b = rng.normal(0.0, 5.0, (2, 40))
    x = np.concatenate([a, b])
    np.testing.assert_allclose(activations.glu(x), a * activations.sigmoid(b), rtol=4e-16 * 3)
    jac = activations.glu_derivative(x)
    np.testing.assert_allclose(np.diagonal(jac[:, :40]), activations.sigmoid(b), rtol=4e-16 * 2)
    np.testing.assert_allclose(
        np.diagonal(jac[:, 40:]), a * activations.sigmoid_derivative(b), rtol=4e-16 * 4
    )
    off = jac.copy()
    off[np.arange(40), np.arange(40)] = 0.0
    off[np.arange(40), 40 + np.arange(40)] = 0.0
    assert not off.any()


# --- infinities and NaN: the documented limits, and no warning (filterwarnings = error) ----

NAN, INF = math.nan, math.inf


@pytest.mark.parametrize(
    ("row", "softmax", "log_softmax"),
    [
        ([INF, 0.0], [1.0, 0.0], [0.0, -INF]),
        ([INF, -INF, 3.0], [1.0, 0.0, 0.0], [0.0, -INF, -INF]),
        ([-INF, 0.0, 0.0], [0.0, 0.5, 0.5], [-INF, -math.log(2), -math.log(2)]),
        ([INF, INF, 0.0], [NAN, NAN, 0.0], [NAN, NAN, -INF]),
        ([-INF, -INF], [NAN, NAN], [NAN, NAN]),
        ([-INF], [1.0], [0.0]),
        ([INF], [1.0], [0.0]),
        ([NAN, 0.0, INF], [NAN, NAN, NAN], [NAN, NAN, NAN]),
        ([MAX, -MAX], [1.0, 0.0], [0.0, -INF]),
        ([-MAX, -MAX], [0.5, 0.5], [-math.log(2), -math.log(2)]),
        ([-MAX, -INF], [1.0, 0.0], [0.0, -INF]),
        ([-INF, -MAX, -MAX], [0.0, 0.5, 0.5], [-INF, -math.log(2), -math.log(2)]),
    ],
)
def test_softmax_family_limits(row, softmax, log_softmax):
    np.testing.assert_array_equal(activations.softmax(row), softmax)
    np.testing.assert_allclose(activations.log_softmax(row), log_softmax, rtol=1e-15, atol=0)
    np.testing.assert_array_equal(activations.softmin(-np.array(row)), softmax)
    s = np.array(softmax)
    undefined = np.isnan(s)
    s0 = np.where(undefined, 0.0, s)
    n = len(row)
    both = undefined[:, None] & undefined[None, :]
    expected = np.where(both, NAN, np.diag(s0) - np.outer(s0, s0))
    np.testing.assert_allclose(activations.softmax_derivative(row), expected, atol=0)
    np.testing.assert_allclose(activations.softmin_derivative(-np.array(row)), -expected, atol=0)
    expected_log = np.where(undefined[None, :], NAN, np.eye(n) - s0[None, :])
    np.testing.assert_allclose(activations.log_softmax_derivative(row), expected_log, atol=0)


@pytest.mark.parametrize(
    ("a", "b", "value", "gate", "slope"),
    [
        (INF, 0.0, INF, 0.5, INF),
        (-INF, -800.0, -INF, 0.0, -INF),
        (INF, -INF, NAN, 0.0, NAN),
        (INF, INF, INF, 1.0, NAN),
        (2.0, INF, 2.0, 1.0, 0.0),
        (2.0, -INF, 0.0, 0.0, 0.0),
        (NAN, 0.0, NAN, 0.5, NAN),
        (1.0, NAN, NAN, NAN, NAN),
        (MAX, 1000.0, MAX, 1.0, 9.125016462967946e-127),  # MAX e^-1000
        (1e300, -740.0, 4.188739880048049e-22, 0.0, 4.188739880048049e-22),
    ],
)
def test_glu_limits(a, b, value, gate, slope):
    np.testing.assert_array_equal(activations.glu([a, b]), [value])
    jac = activations.glu_derivative([a, b])
    np.testing.assert_allclose(jac, [[gate, slope]], rtol=1e-15, atol=1e-320)


@over_vector
def test_special_rows_without_warnings(record):
    special = np.array(
        [
            [-INF, -MAX, -1e300, -745.2, -40.0, -5e-324, -0.0, 0.0, 5e-324, 1e-300, 40.0, 710.0],
            [1e300, MAX, INF, NAN, 0.0, 1.0, -1.0, 2.0, -INF, -INF, 3.0, 1e-10],
        ]
    )
    for rows in (special, special.T.copy(), special[:, ::-1]):
        out = record.function(rows)
        jac = record.derivative(rows)
        assert out.shape[0] == rows.shape[0] and jac.shape[0] == rows.shape[0]


@over_vector
@settings(max_examples=200, deadline=None)
@given(row=st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=6))
def test_any_finite_row(record, row):
    if record.name in EVEN and len(row) % 2:
        row = [*row, 0.0]
    out = record.function(row)  # no warning (filterwarnings = error), no NaN
    jac = record.derivative(row)
    if record.name in GATED[1:]:  # a g(b) and a g'(b) overflow where the true values do
        assert not np.isnan(out).any() and not np.isnan(jac).any()
        a, b = np.array(row[: len(out)]), np.array(row[len(out) :])
        gate = {"swiglu": activations.silu, "geglu": activations.gelu, "reglu": activations.relu}
        with np.errstate(over="ignore", invalid="ignore"):
            # (the gate alone is subnormal in the tails, where the product is not)
            bound = np.abs(a) * (np.abs(gate[record.name](b)) * (1 + 1e-12) + 1e-300)
        bound[a == 0] = 0.0  # 0 times a gate that overflows only in the bound
        assert np.all(np.abs(out) <= bound)
        return
    assert not np.isnan(out).any() and np.isfinite(jac).all()
    if record.name in SIMPLEX:
        assert np.all((out >= 0) & (out <= 1)) and abs(out.sum() - 1) <= 4 * len(row) * 2.0**-53
    elif record.name == "log_softmax":
        assert np.all(out <= 0) and out.max() > -math.log(len(row)) - 1e-15
    elif record.name == "crelu":
        assert np.array_equal(out[: len(row)] - out[len(row) :], row)  # x = ReLU(x) - ReLU(-x)
    elif record.name == "maxout":
        assert np.array_equal(out, np.max(np.reshape(row, (-1, 2)), axis=-1))
    else:
        assert np.isfinite(out).all() and np.all(np.abs(out) <= np.abs(row[: len(out)]))


# --- the input contract ------------------------------------------------------------------


@over_vector
@pytest.mark.parametrize("which", ["function", "derivative"])
def test_contract(record, which):
    call = getattr(record, which)
    name = call.__name__
    for dtype in (np.float16, np.float32, np.float64):
        assert call(np.linspace(-3, 3, 6, dtype=dtype)).dtype == dtype
    for value in ([1, 2], np.array([True, False]), np.arange(4)):
        assert call(value).dtype == np.float64
    x = np.linspace(-4, 4, 24).reshape(2, 3, 4)
    before = x.copy()
    result = call(x, axis=-1)
    np.testing.assert_array_equal(x, before)
    assert not np.shares_memory(result, x)
    ro = np.linspace(-4, 4, 48)
    ro.flags.writeable = False
    strided = ro[::3]
    np.testing.assert_array_equal(call(strided), call(strided.copy()))
    for bad in ("1.0", None, object(), np.array([1.0, None], dtype=object), [1 + 2j, 0j]):
        with pytest.raises(TypeError, match=name):
            call(bad)
    with pytest.raises(ValueError, match=name):
        call(1.0)  # a scalar has no axis
    with pytest.raises(ValueError, match=rf"{name}.*axis"):
        call(x, axis=3)
    with pytest.raises(TypeError, match=rf"{name}.*axis"):
        call(x, axis=1.0)


@over_vector
def test_empty_inputs(record):
    n_out = 0
    assert record.function(np.empty((3, 0))).shape == (3, n_out)
    assert record.derivative(np.empty((3, 0))).shape == (3, n_out, 0)
    assert record.function(np.empty((0, 4))).shape == (0, out_length(record, 4))


@pytest.mark.parametrize("which", [activations.glu, activations.glu_derivative])
def test_glu_odd_length_is_a_value_error(which):
    with pytest.raises(ValueError, match=rf"{which.__name__}.*even"):
        which(np.zeros((2, 3)))
    which(np.zeros((2, 3)), axis=0)  # the other axis is even


# --- CReLU and maxout: layout, conventions, kinks and parameters --------------------------


def test_crelu_is_relu_of_x_then_relu_of_minus_x():
    rng = np.random.default_rng(13)
    x = rng.normal(0.0, 3.0, (3, 5, 4))
    for axis in (0, 1, -1):
        out = activations.crelu(x, axis=axis)
        n = x.shape[axis]
        positive, negative = np.split(out, [n], axis=axis)
        np.testing.assert_array_equal(positive, activations.relu(x))
        np.testing.assert_array_equal(negative, activations.relu(-x))
    x = rng.normal(0.0, 3.0, 6)
    jac = activations.crelu_derivative(x)
    np.testing.assert_array_equal(jac[:6], np.diag(activations.relu_derivative(x)))
    np.testing.assert_array_equal(jac[6:], -np.diag(activations.relu_derivative(-x)))


def test_crelu_kink_and_special_values():
    # PyTorch: torch.autograd.functional.jacobian of torch.cat([relu(t), relu(-t)]) at 0 is 0
    (kink,) = catalog["crelu"].kinks
    assert (kink.x, kink.derivative) == (0.0, 0.0)
    jac = activations.crelu_derivative([0.0, -0.0, NAN, INF, -INF])
    np.testing.assert_array_equal(np.diag(jac[:5]), [0.0, 0.0, NAN, 1.0, 0.0])
    np.testing.assert_array_equal(np.diag(jac[5:]), [0.0, 0.0, NAN, 0.0, -1.0])
    assert not np.signbit(jac[jac == 0]).any()  # no -0.0 in the Jacobian
    out = activations.crelu([0.0, -0.0, NAN, INF, -INF])
    np.testing.assert_array_equal(out, [0.0, 0.0, NAN, INF, 0.0, 0.0, 0.0, NAN, 0.0, INF])
    assert list(np.signbit(out[[0, 1, 5, 6]])) == [False, True, True, False]  # as relu does


def test_maxout_groups_consecutive_entries():
    rng = np.random.default_rng(17)
    x = rng.normal(0.0, 3.0, (4, 12))
    for k in (1, 2, 3, 4, 6, 12):
        np.testing.assert_array_equal(activations.maxout(x, k=k), x.reshape(4, 12 // k, k).max(-1))
    np.testing.assert_array_equal(activations.maxout(x, k=1), x)
    np.testing.assert_array_equal(activations.maxout_derivative(x[0], k=1), np.eye(12))
    # relu is maxout of the pairs (x, 0)
    t = np.linspace(-3.0, 3.0, 13)
    pairs = np.stack([t, np.zeros_like(t)], axis=-1)
    np.testing.assert_array_equal(activations.maxout(pairs)[:, 0], activations.relu(t))
    # the axis argument: groups along axis 0
    np.testing.assert_array_equal(
        activations.maxout(x.T, k=3, axis=0), activations.maxout(x, k=3).T
    )


def test_maxout_ties_send_the_gradient_to_the_first_maximum():
    # PyTorch: x.view(2, 3).max(-1).values.sum().backward() gives grad [1,0,0, 0,1,0] here,
    # torch.max returning the first maximal index (amax, JAX and MLX would give 1/3, 1/2).
    jac = activations.maxout_derivative([5.0, 5.0, 5.0, 0.0, 2.0, 2.0], k=3)
    np.testing.assert_array_equal(jac, [[1, 0, 0, 0, 0, 0], [0, 0, 0, 0, 1, 0]])
    jac = activations.maxout_derivative([-0.0, 0.0, INF, INF, -INF, -INF])
    np.testing.assert_array_equal(jac, [[1, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0], [0, 0, 0, 0, 1, 0]])
    # a group with a NaN: NaN value, and NaN across that group's entries of the row
    out = activations.maxout([1.0, NAN, 2.0, 3.0])
    np.testing.assert_array_equal(out, [NAN, 3.0])
    jac = activations.maxout_derivative([1.0, NAN, 2.0, 3.0])
    np.testing.assert_array_equal(jac, [[NAN, NAN, 0, 0], [0, 0, 0, 1]])
    # the value at a tie is the common value (a tie of 0.0 and -0.0 may give either zero)
    assert activations.maxout([-0.0, 0.0])[0] == 0.0


@pytest.mark.parametrize("which", [activations.maxout, activations.maxout_derivative])
def test_maxout_k_is_checked(which):
    name = which.__name__
    with pytest.raises(ValueError, match=rf"{name}: k = 4 must divide x.shape\[-1\] = 6"):
        which(np.zeros(6), k=4)
    with pytest.raises(ValueError, match=rf"{name}: k = 2 must divide x.shape\[0\] = 3"):
        which(np.zeros((3, 4)), axis=0)
    which(np.zeros((3, 4)), k=3, axis=0)  # fine along the other axis
    for bad in (0, -2):
        with pytest.raises(ValueError, match=rf"{name}: k must be a positive integer"):
            which(np.zeros(4), k=bad)
    for bad in (2.0, True, "2", None):
        with pytest.raises(TypeError, match=rf"{name}: k must be a positive integer"):
            which(np.zeros(4), k=bad)
    assert which(np.zeros(4), k=np.int64(4)).shape[0] == 1


def test_piecewise_records():
    crelu, maxout = catalog["crelu"], catalog["maxout"]
    assert crelu.continuity == maxout.continuity == 0
    assert maxout.defaults == {"k": 2, "axis": -1} and maxout.kinks == ()
    rng = np.random.default_rng(19)
    rows = rng.normal(0.0, 4.0, (400, 6))
    for record in (crelu, maxout):
        assert record.max_abs_derivative == 1.0
        assert np.abs(record.derivative(rows)).max() == 1.0  # attained
        assert all(v in record.range for v in record.function(rows).ravel())
    assert crelu.function(rows).min() >= 0 and maxout.function(rows).min() < 0
    assert crelu.derivative(rows).min() == -1.0


# --- SoLU, sparsemax and 1.5-entmax ---------------------------------------------------------


def test_solu_against_pairs_and_softmax():
    x = np.linspace(-30.0, 30.0, 121)
    pairs = np.stack([x, np.zeros_like(x)], axis=-1)  # SoLU(x, 0)_1 = x sigma(x): SiLU
    np.testing.assert_allclose(activations.solu(pairs)[:, 0], activations.silu(x), rtol=4e-16)
    np.testing.assert_allclose(
        activations.solu_derivative(pairs)[:, 0, 0],
        activations.silu_derivative(x),
        rtol=1e-15,
        atol=1e-300,
    )
    rng = np.random.default_rng(5)
    rows = rng.normal(0.0, 3.0, (30, 5))
    s = activations.softmax(rows)
    np.testing.assert_allclose(activations.solu(rows), rows * s, rtol=1e-15)
    jac = activations.solu_derivative(rows)
    expected = np.eye(5) * s[:, None, :] + rows[:, :, None] * activations.softmax_derivative(rows)
    np.testing.assert_allclose(jac, expected, rtol=1e-12, atol=1e-15)


def test_solu_limits():
    np.testing.assert_array_equal(activations.solu([np.inf, 1.0, -np.inf]), [np.inf, 0.0, 0.0])
    np.testing.assert_array_equal(activations.solu([np.inf, np.inf, 1.0]), [np.nan, np.nan, 0.0])
    jac = activations.solu_derivative([np.inf, 1.0, -np.inf])
    np.testing.assert_array_equal(jac, np.diag([1.0, 0.0, 0.0]))
    # the diagonal through its zero: (x, 0) at the root of SiLU', x* = -1.2784645427610737
    for x in (-1.2784645427610737, -1.2784645427610735, -1.27846467):
        slope = activations.solu_derivative([x, 0.0])[0, 0]
        assert slope == pytest.approx(activations.silu_derivative(x), rel=1e-15)
    # a softmax factor in the subnormal range times a large x: rounded once, not 740 times
    big = activations.solu([1e16, 1e16 - 740.0, 0.0])[1]
    assert big == pytest.approx(1e16 * math.exp(-740.0), rel=4e-16)


def _projection(z, power):
    """The threshold of sum [z_i - tau]_+ ** power = 1, by bisection in numpy (a check)."""
    low, high = z.max() - 1.0, z.max()
    for _ in range(200):
        middle = (low + high) / 2
        if np.sum(np.maximum(z - middle, 0.0) ** power) > 1:
            low = middle
        else:
            high = middle
    return np.maximum(z - (low + high) / 2, 0.0) ** power


def test_sparse_maps_against_bisection():
    rng = np.random.default_rng(17)
    for _ in range(40):
        z = rng.normal(0.0, 1.0, int(rng.integers(1, 9)))
        np.testing.assert_allclose(activations.sparsemax(z), _projection(z, 1), atol=1e-14)
        np.testing.assert_allclose(activations.entmax15(z), _projection(z / 2, 2), atol=1e-14)


def test_sparse_maps_identities():
    rng = np.random.default_rng(23)
    x = rng.normal(0.0, 2.0, (200, 6))
    for f in (activations.sparsemax, activations.entmax15):
        p = f(x)
        np.testing.assert_allclose(p.sum(axis=-1), 1.0, rtol=4e-15)
        assert np.all(p >= 0) and (p == 0).any()  # exact zeros
        np.testing.assert_array_equal(f(x + 1e3), f(x + 1e3))  # deterministic
        np.testing.assert_allclose(f(x + 3.0), p, atol=1e-14)  # shift invariance
        np.testing.assert_array_equal(f(x[:, ::-1]), p[:, ::-1])  # permutation equivariance
    # two entries: sparsemax(x, 0)_1 is the clipped line (x + 1)/2 (the sparse sigmoid)
    t = np.linspace(-3.0, 3.0, 61)
    pairs = np.stack([t, np.zeros_like(t)], axis=-1)
    np.testing.assert_allclose(activations.sparsemax(pairs)[:, 0], np.clip((t + 1) / 2, 0, 1))
    # 1.5-entmax of (x, 0) is one-hot from |x| >= 2 on
    far = np.abs(t) >= 2
    np.testing.assert_array_equal(activations.entmax15(pairs)[far, 0], t[far] > 0)


def test_jacobians_of_the_sparse_maps():
    rng = np.random.default_rng(29)
    x = rng.normal(0.0, 1.0, (100, 5))
    for f, df in (
        (activations.sparsemax, activations.sparsemax_derivative),
        (activations.entmax15, activations.entmax15_derivative),
    ):
        p, jac = f(x), df(x)
        np.testing.assert_allclose(jac.sum(axis=-2), 0.0, atol=1e-15)  # outputs sum to 1
        np.testing.assert_allclose(jac, np.swapaxes(jac, -1, -2), atol=0)  # symmetric
        outside = p == 0
        assert not jac[outside].any()  # rows (and columns) off the support vanish
        assert np.abs(jac).max() < 1.0
    p = activations.entmax15(x)
    g = np.sqrt(p)
    expected = g[:, :, None] * np.eye(5) - g[:, :, None] * g[:, None, :] / g.sum(-1)[:, None, None]
    np.testing.assert_allclose(activations.entmax15_derivative(x), expected, atol=1e-15)


@pytest.mark.parametrize("name", ["sparsemax", "entmax15"])
def test_sparse_maps_limits(name):
    f, df = catalog[name].function, catalog[name].derivative
    np.testing.assert_array_equal(f([np.inf, 0.0, -np.inf]), [1.0, 0.0, 0.0])
    np.testing.assert_array_equal(f([np.inf, np.inf, 0.0]), [np.nan, np.nan, 0.0])
    np.testing.assert_array_equal(f([np.nan, 0.0]), [np.nan, np.nan])
    np.testing.assert_array_equal(f([-np.inf, 3.0]), [0.0, 1.0])
    np.testing.assert_array_equal(f([MAX, MAX, -MAX]), [0.5, 0.5, 0.0])
    assert not df([np.inf, 0.0, -np.inf]).any()
    assert np.isnan(df([np.inf, np.inf, 0.0])[:2, :2]).all()


def test_sparsemax_at_a_change_of_support():
    # (1, 0): the second entry sits on the threshold, output 0; it counts as outside (as the
    # entmax package's backward pass has it), so the Jacobian is 0, the value from the right
    assert activations.sparsemax([1.0, 0.0])[1] == 0.0
    np.testing.assert_array_equal(activations.sparsemax_derivative([1.0, 0.0]), np.zeros((2, 2)))
    inside = activations.sparsemax_derivative([1.0 - 1e-9, 0.0])
    np.testing.assert_array_equal(inside, [[0.5, -0.5], [-0.5, 0.5]])
    # 1.5-entmax's Jacobian is continuous there: (2, 0) is where the second entry leaves
    np.testing.assert_array_equal(activations.entmax15_derivative([2.0, 0.0]), np.zeros((2, 2)))
    assert np.abs(activations.entmax15_derivative([2.0 - 1e-12, 0.0])).max() < 1e-11


def test_sparse_maps_max_abs_derivative():
    for name in ("sparsemax", "entmax15"):
        assert catalog[name].max_abs_derivative == 1.0
    # sparsemax: 1 - 1/n on a support of n equal entries, approaching 1
    assert activations.sparsemax_derivative(np.zeros(1000))[0, 0] == 1.0 - 1e-3
    # 1.5-entmax: g_1 = 0.99 and 500 others sharing 1 - 0.99**2 give J_11 = 0.99 O / (0.99 + O)
    # with O = sqrt(500 (1 - 0.99**2)) = 3.15: about 0.75 (more entries bring it closer to 1)
    row = np.concatenate([[1.98], np.full(500, 2.0 * math.sqrt((1 - 0.99**2) / 500))])
    assert activations.entmax15_derivative(row)[0, 0] == pytest.approx(0.7535, abs=1e-3)
    assert catalog["solu"].max_abs_derivative == math.inf
    assert activations.solu_derivative([1e300, 1e300])[0, 1] == -0.25e300


# --- every property the records claim ----------------------------------------------------


PIECEWISE = ("crelu", "maxout")  # continuous, with kinks: tested in their own section


def own_input_curve(record, t):
    """Output 0 and d output_0 / d (its own input) as that input runs over ``t``.

    The own input is x_0 for the softmax family, CReLU and maxout (whose partner piece is
    below 0, so that x_0 wins around the origin), and a_0 (the gated value) for GLU; the other
    inputs stay fixed at values chosen away from anything special.
    """
    values, slopes = [], []
    for v in t:
        if record.name in (*SOFTMAX_FAMILY, "crelu", "solu", "sparsemax", "entmax15"):
            row = [v, 0.7, -1.3]
        else:
            row = [v, -0.7] if record.name == "maxout" else [v, 0.7]
        values.append(record.function(row)[0])
        slopes.append(record.derivative(row)[0, 0])
    return np.array(values), np.array(slopes)


def _monotonic(values) -> bool:
    steps = np.diff(values)
    return bool(np.all(steps >= 0) or np.all(steps <= 0))


@over_vector
def test_claimed_properties(record):
    # the sparse maps' Jacobians jump (sparsemax) or bend (1.5-entmax) where the support
    # changes, a set of rows rather than points: no kinks listed for them
    if record.name in PIECEWISE:
        assert record.continuity == 0
    elif record.name == "reglu":  # d/db jumps at b = 0, where PyTorch's autograd gives 0
        assert record.kinks == (Kink(0.0, 0.0),) and record.continuity == 0
        assert record.derivative([5.0, 0.0])[0, 1] == 0.0
        assert record.derivative([5.0, 2.0**-1074])[0, 1] == 5.0
    else:
        assert record.kinks == ()
        assert record.continuity == {"sparsemax": 0, "entmax15": 1}.get(record.name, math.inf)
    names = [p.name for p in record.params]
    assert "axis" in names and record.defaults["axis"] == -1
    if record.name in GATED:  # the API is fixed: (x, axis=-1[, approximate])
        assert names == (["axis", "approximate"] if record.name == "geglu" else ["axis"])
    t = np.linspace(-30.0, 30.0, 2001)
    values, slopes = own_input_curve(record, t)
    assert _monotonic(values) == record.monotonic
    assert _monotonic(slopes) == record.derivative_monotonic
    assert all(v in record.range for v in values)
    left, right = own_input_curve(record, [-1e3, 1e3])[1]
    flat = {
        "both": (True, True),
        "left": (True, False),
        "right": (False, True),
        "none": (False, False),
    }
    assert (abs(left) < 1e-300, abs(right) < 1e-300) == flat[record.saturating]
    at_zero, slope_zero = own_input_curve(record, [0.0])
    assert (at_zero[0] == 0 and slope_zero[0] == 1) == record.identity_near_origin
    takes_both_signs = values.min() < 0 < values.max()
    assert (at_zero[0] == 0 and takes_both_signs) == record.zero_centred


@pytest.mark.parametrize(("name", "low", "high"), [("softmax", 0.0, 1.0), ("softmin", 0.0, 1.0)])
def test_probability_ranges(name, low, high):
    record = catalog[name]
    assert record.range.low == low and record.range.high == high
    assert not record.range.low_closed and record.range.high_closed  # 1 only for n = 1
    assert record.function([3.0])[0] == 1.0
    rng = np.random.default_rng(2)
    s = record.function(rng.normal(0.0, 3.0, (200, 5)))
    assert np.all((s > 0) & (s < 1))


def test_log_softmax_range():
    record = catalog["log_softmax"]
    assert record.range.high == 0.0 and record.range.high_closed and record.range.low == -math.inf
    assert record.function([3.0])[0] == 0.0
    rng = np.random.default_rng(2)
    assert np.all(record.function(rng.normal(0.0, 3.0, (200, 5))) < 0)


def test_max_abs_derivative():
    rng = np.random.default_rng(9)
    rows = rng.normal(0.0, 4.0, (400, 4))
    for name in ("softmax", "softmin"):
        record = catalog[name]
        assert record.max_abs_derivative == 0.25
        assert np.abs(record.derivative(rows)).max() <= 0.25
        assert np.abs(record.derivative([1.5, 1.5])).max() == 0.25  # attained
    record = catalog["log_softmax"]
    assert record.max_abs_derivative == 1.0
    assert np.abs(record.derivative(rows)).max() < 1.0
    assert np.abs(record.derivative([0.0, 40.0])).max() == pytest.approx(1.0, abs=1e-17)  # sup
    record = catalog["glu"]
    assert record.max_abs_derivative == math.inf
    assert abs(record.derivative([1e300, 1.0])[0, 1]) > 1e299  # a sigma'(b) is unbounded


def test_frameworks_record_the_axis_defaults():
    for name in SOFTMAX_FAMILY:
        record = catalog[name]
        assert record.frameworks["pytorch"].defaults == {"axis": None}
        assert "dim" in record.frameworks["pytorch"].note
        for fw in ("jax", "keras", "mlx"):
            spec = record.frameworks[fw]
            assert spec.name is None or spec.defaults == {"axis": -1}
    assert catalog["softmax"].disagreements == {
        "axis": {"pytorch": None, "jax": -1, "keras": -1, "mlx": -1}
    }
    assert catalog["softmin"].disagreements == {"axis": {"pytorch": None, "mlx": -1}}
    assert catalog["glu"].disagreements == {}
    for name in ("crelu", "maxout"):
        assert all(spec.call is None for spec in catalog[name].frameworks.values())


# --- the GLU variants: accuracy in the tails, the tanh GeGLU, identities, limits ------------

_TAIL_A = [1.0, -3.5, 1e300, -1e300, MAX, 7e150]
_TAIL_B = {
    "swiglu": [-700.0, -708.5, -709.0, -712.0, -745.0, -750.0, -1000.0, -1400.0, -1420.0],
    "geglu": [-30.0, -37.4, -37.6, -38.7, -40.0, -45.0, -50.0, -53.0, -53.3],
    "geglu-tanh": [-20.9, -21.1, -22.0, -24.0, -25.5, -26.5, -26.7],
}


def _normal_ulps(ours, truth):
    """ULP errors where the correctly rounded value is a normal number (others: 0)."""
    truth_f = np.array([float(t) for t in truth])
    errors = _ulps(ours, truth)
    return np.where(np.abs(truth_f) >= np.finfo(np.float64).tiny, errors, 0.0)


@pytest.mark.parametrize("case", sorted(_TAIL_B))
def test_gated_tails_accuracy(case):
    """Large a times a subnormal gate: the product is normal and stays within 4 ULP."""
    name, _, mode = case.partition("-")
    record = catalog[name]
    params = {"approximate": mode} if mode else {}
    rows = [[a, b] for a in _TAIL_A for b in _TAIL_B[case]]
    worst = 0.0
    for row in rows:
        with mpmath.workprec(256):
            x = [mpmath.mpf(v) for v in row]
            values = evaluate(record.reference, x, params)
            jacobian = evaluate(record.derivative_reference, x, params)
        worst = max(worst, _normal_ulps(record.function(row, **params), values).max())
        flat = [v for line in jacobian for v in line]
        worst = max(worst, _normal_ulps(record.derivative(row, **params).ravel(), flat).max())
    assert worst <= 4, f"{case}: max ULP {worst}"


def test_geglu_tanh_accuracy():
    record = catalog["geglu"]
    worst = {"f64": 0.0, "J64": 0.0, "f32": 0.0}
    for row in rows_for(record):
        with mpmath.workprec(256):
            x = [mpmath.mpf(float(v)) for v in row]
            values = evaluate(record.reference, x, {"approximate": "tanh"})
            jacobian = evaluate(record.derivative_reference, x, {"approximate": "tanh"})
        out = record.function(row, approximate="tanh")
        worst["f64"] = max(worst["f64"], _ulps(out, values).max())
        flat = [v for line in jacobian for v in line]
        jac = record.derivative(row, approximate="tanh").ravel()
        worst["J64"] = max(worst["J64"], _ulps(jac, flat).max())
    for row in rows_for(record, np.float32):
        with mpmath.workprec(256):
            x = [mpmath.mpf(float(v)) for v in row]
            values = evaluate(record.reference, x, {"approximate": "tanh"})
        out32 = record.function(row, approximate="tanh")
        worst["f32"] = max(worst["f32"], _ulps(out32, values, np.float32).max())
    assert worst["f64"] <= 4 and worst["J64"] <= 4 and worst["f32"] <= 1, worst


@pytest.mark.parametrize(
    ("name", "gate", "slope"),
    [
        ("swiglu", activations.silu, activations.silu_derivative),
        ("geglu", activations.gelu, activations.gelu_derivative),
        ("reglu", activations.relu, activations.relu_derivative),
    ],
)
def test_gated_units_against_their_gates(name, gate, slope):
    rng = np.random.default_rng(5)
    a, b = rng.normal(0.0, 5.0, (2, 40))
    b[:3] = 0.0  # ReGLU's kink
    x = np.concatenate([a, b])
    record = catalog[name]
    np.testing.assert_allclose(record.function(x), a * gate(b), rtol=4e-16 * 4, atol=1e-300)
    jac = record.derivative(x)
    np.testing.assert_allclose(np.diagonal(jac[:, :40]), gate(b), rtol=4e-16 * 2)
    np.testing.assert_allclose(np.diagonal(jac[:, 40:]), a * slope(b), rtol=4e-16 * 4)
    off = jac.copy()
    off[np.arange(40), np.arange(40)] = 0.0
    off[np.arange(40), 40 + np.arange(40)] = 0.0
    assert not off.any()
    # the second half gates: swapping the halves is how to feed [gate, up] vectors
    swapped = np.roll(np.concatenate([b, a]), 40)
    np.testing.assert_array_equal(record.function(swapped), record.function(x))


def test_geglu_tanh_is_the_tanh_gelu():
    rng = np.random.default_rng(6)
    a, b = rng.normal(0.0, 4.0, (2, 30))
    x = np.concatenate([a, b])
    gelu_tanh = activations.gelu(b, approximate="tanh")
    np.testing.assert_allclose(activations.geglu(x, approximate="tanh"), a * gelu_tanh, rtol=2e-15)
    jac = activations.geglu_derivative(x, approximate="tanh")
    np.testing.assert_allclose(np.diagonal(jac[:, :30]), gelu_tanh, rtol=2e-15)
    expected = a * activations.gelu_derivative(b, approximate="tanh")
    np.testing.assert_allclose(np.diagonal(jac[:, 30:]), expected, rtol=2e-15)


@pytest.mark.parametrize("which", [activations.geglu, activations.geglu_derivative])
def test_geglu_approximate_is_checked(which):
    name = which.__name__
    with pytest.raises(ValueError, match=rf"{name}: approximate"):
        which([1.0, 2.0], approximate="erf")
    with pytest.raises(TypeError, match=rf"{name}: approximate"):
        which([1.0, 2.0], approximate=False)  # JAX's and Keras's boolean is not accepted


@pytest.mark.parametrize(
    "which",
    [activations.swiglu, activations.swiglu_derivative, activations.reglu_derivative],
)
def test_gated_odd_length_is_a_value_error(which):
    with pytest.raises(ValueError, match=rf"{which.__name__}.*even"):
        which(np.zeros((2, 3)))


@pytest.mark.parametrize(
    ("name", "a", "b", "value", "gate", "slope"),
    [
        ("swiglu", INF, 1.0, INF, 0.7310585786300049, INF),
        ("swiglu", INF, -800.0, -INF, -0.0, -INF),  # the gate is negative, not 0
        ("swiglu", INF, 0.0, NAN, 0.0, INF),  # inf * SiLU(0) = inf * 0: no limit
        ("swiglu", INF, -INF, NAN, 0.0, NAN),
        ("swiglu", 2.0, INF, INF, INF, 2.0),
        ("swiglu", 0.0, INF, NAN, INF, 0.0),
        ("swiglu", 2.0, -INF, -0.0, -0.0, 0.0),
        ("swiglu", NAN, 1.0, NAN, 0.7310585786300049, NAN),
        ("geglu", INF, -40.0, -INF, -0.0, -INF),
        ("geglu", INF, 0.0, NAN, 0.0, INF),
        ("geglu", 3.0, INF, INF, INF, 3.0),
        ("geglu", -3.0, -INF, 0.0, -0.0, 0.0),
        ("reglu", INF, -1.0, 0.0, 0.0, 0.0),  # 0 for every finite a: the limit is 0
        ("reglu", INF, 0.0, NAN, 0.0, 0.0),  # the kink: PyTorch's backward selects 0
        ("reglu", INF, 2.0, INF, 2.0, INF),
        ("reglu", 5.0, 0.0, 0.0, 0.0, 0.0),  # PyTorch autograd of a * relu(b) at b = 0
        ("reglu", 5.0, 5e-324, 2.5e-323, 5e-324, 5.0),
        ("reglu", 1.0, NAN, NAN, NAN, NAN),
        ("reglu", NAN, -1.0, NAN, 0.0, 0.0),
    ],
)
def test_gated_limits(name, a, b, value, gate, slope):
    record = catalog[name]
    np.testing.assert_array_equal(record.function([a, b]), [value])
    jac = record.derivative([a, b])
    np.testing.assert_allclose(jac, [[gate, slope]], rtol=1e-15, atol=0)


def main() -> None:
    print(
        f"{'entry':<12} {'f64':>6} {'J64':>6} {'f32':>6} {'f16':>6}   (max ULP over {len(ROWS)} rows)"
    )
    for record in VECTOR:
        worst = measure(record)
        print(
            f"{record.name:<12} "
            + " ".join(f"{worst[k]:6.2f}" for k in ("f64", "J64", "f32", "f16"))
        )


if __name__ == "__main__":
    sys.exit(main())
