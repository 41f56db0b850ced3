"""The piecewise family: hand-derived values, kinks, identities, parameters and RReLU's sampling.

The catalogue-wide tests (accuracy, properties, contract) cover these functions too; the tests
here pin down what is specific to them: the value of f' at each kink (PyTorch 2.13 autograd's
choice), the behaviour of non-default parameters, and the randomised training form of RReLU.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import activations as act

INF = math.inf
NAN = math.nan
FAMILY = [
    "identity",
    "step",
    "relu",
    "leaky_relu",
    "prelu",
    "rrelu",
    "relu6",
    "threshold",
    "hard_tanh",
    "hard_sigmoid",
    "hard_swish",
    "soft_shrink",
    "hard_shrink",
    "sparse_sigmoid",
    "relu_squared",
    "star_relu",
    "srelu",
]
FINITE = st.floats(allow_nan=False, allow_infinity=False)


def test_family_is_complete():
    names = {name for name, r in act.catalog.items() if r.family == "piecewise"}
    assert names == set(FAMILY)


# -- hand-derived values of f and f' (default parameters unless given) -------------------------

# name, params, x, f(x), f'(x)
VALUES = [
    ("identity", {}, [-INF, -2.5, 0.0, 1e300, INF], [-INF, -2.5, 0.0, 1e300, INF], [1, 1, 1, 1, 1]),
    ("step", {}, [-INF, -1e-300, -0.0, 0.0, 3.0, INF], [0, 0, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0]),
    (
        "relu",
        {},
        [-INF, -1e300, 0.0, 5e-324, 7.0, INF],
        [0, 0, 0, 5e-324, 7, INF],
        [0, 0, 0, 1, 1, 1],
    ),
    (
        "leaky_relu",
        {},
        [-INF, -100.0, 0.0, 2.0, INF],
        [-INF, -1.0, 0.0, 2.0, INF],
        [0.01, 0.01, 0.01, 1, 1],
    ),
    (
        "leaky_relu",
        {"negative_slope": 0.2},
        [-INF, -5.0, 0.0, 2.0],
        [-INF, -1.0, 0.0, 2.0],
        [0.2, 0.2, 0.2, 1],
    ),
    (
        "prelu",
        {},
        [-INF, -8.0, 0.0, 8.0, INF],
        [-INF, -2.0, 0.0, 8.0, INF],
        [0.25, 0.25, 0.25, 1, 1],
    ),
    ("rrelu", {}, [-INF, -48.0, 0.0, 1.0], [-INF, -11.0, 0.0, 1.0], [11 / 48, 11 / 48, 11 / 48, 1]),
    (
        "relu6",
        {},
        [-INF, -1.0, 0.0, 3.0, 6.0, 7.0, INF],
        [0, 0, 0, 3, 6, 6, 6],
        [0, 0, 0, 1, 0, 0, 0],
    ),
    ("threshold", {}, [-INF, -1.0, 0.0, 2.0, INF], [0, 0, 0, 2, INF], [0, 0, 0, 1, 1]),
    (
        "threshold",
        {"threshold": 0.1, "value": 20.0},
        [-INF, 0.05, 0.1, 0.2, INF],
        [20, 20, 20, 0.2, INF],
        [0, 0, 0, 1, 1],
    ),
    (
        "hard_tanh",
        {},
        [-INF, -2.0, -1.0, 0.5, 1.0, 2.0, INF],
        [-1, -1, -1, 0.5, 1, 1, 1],
        [0, 0, 0, 1, 0, 0, 0],
    ),
    (
        "hard_tanh",
        {"min_val": 0.0, "max_val": 6.0},
        [-1.0, 0.0, 3.0, 6.0, 9.0],
        [0, 0, 3, 6, 6],
        [0, 0, 1, 0, 0],
    ),
    (
        "hard_sigmoid",
        {},
        [-INF, -4.0, -3.0, 0.0, 1.5, 3.0, 4.0, INF],
        [0, 0, 0, 0.5, 0.75, 1, 1, 1],
        [0, 0, 0, 1 / 6, 1 / 6, 0, 0, 0],
    ),
    (
        "hard_swish",
        {},
        [-INF, -1e300, -3.0, -1.5, 0.0, 1.0, 3.0, 1e308, INF],
        [0, 0, 0, -0.375, 0, 2 / 3, 3, 1e308, INF],
        [0, 0, 0, 0, 0.5, 5 / 6, 1, 1, 1],
    ),
    (
        "soft_shrink",
        {},
        [-INF, -2.0, -0.5, 0.0, 0.5, 0.75, INF],
        [-INF, -1.5, 0, 0, 0, 0.25, INF],
        [1, 1, 0, 0, 0, 1, 1],
    ),
    (
        "soft_shrink",
        {"lambd": 0.0},
        [-3.0, 0.0, 3.0],
        [-3.0, 0.0, 3.0],
        [1, 0, 1],
    ),
    (
        "hard_shrink",
        {},
        [-INF, -2.0, -0.5, 0.0, 0.5, 0.75, INF],
        [-INF, -2.0, 0, 0, 0, 0.75, INF],
        [1, 1, 0, 0, 0, 1, 1],
    ),
    (
        "sparse_sigmoid",
        {},
        [-INF, -2.0, -1.0, 0.0, 0.5, 1.0, INF],
        [0, 0, 0, 0.5, 0.75, 1, 1],
        [0, 0, 0, 0.5, 0.5, 0, 0],
    ),
]


@pytest.mark.parametrize(
    ("name", "params", "x", "f", "df"),
    VALUES,
    ids=[f"{v[0]}-{i}" for i, v in enumerate(VALUES)],
)
def test_hand_derived_values(name, params, x, f, df):
    record = act.catalog[name]
    np.testing.assert_array_equal(record.function(x, **params), np.array(f, dtype=float))
    np.testing.assert_array_equal(record.derivative(x, **params), np.array(df, dtype=float))


@pytest.mark.parametrize("name", FAMILY)
def test_nan_propagates_with_other_parameters(name):
    params = {
        "leaky_relu": {"negative_slope": 0.0},
        "prelu": {"weight": np.array([0.0, 0.5])},
        "rrelu": {"training": True, "generator": np.random.default_rng(1)},
        "threshold": {"threshold": 1.0, "value": -2.0},
        "hard_tanh": {"min_val": -3.0, "max_val": 5.0},
        "soft_shrink": {"lambd": 2.0},
        "hard_shrink": {"lambd": 0.0},
        "star_relu": {"scale": 0.0, "bias": 1.0},
        "srelu": {"t_left": -1.0, "a_left": 0.0, "t_right": 1.0, "a_right": 0.0},
    }.get(name, {})
    record = act.catalog[name]
    x = np.array([NAN, NAN])
    for which in (record.function, record.derivative):
        if "generator" in params:
            params = {**params, "generator": np.random.default_rng(1)}
        assert np.all(np.isnan(which(x, **params))), which.__name__


# -- kinks: f' there is PyTorch 2.13 autograd's value ------------------------------------------

# name, params, x, f'(x) as torch.autograd gives it
KINKS = [
    ("relu", {}, 0.0, 0.0),
    ("leaky_relu", {}, 0.0, 0.01),
    ("leaky_relu", {"negative_slope": 0.3}, 0.0, 0.3),
    ("prelu", {}, 0.0, 0.25),
    ("rrelu", {}, 0.0, (1 / 8 + 1 / 3) / 2),
    ("relu6", {}, 0.0, 0.0),
    ("relu6", {}, 6.0, 0.0),
    ("threshold", {}, 0.0, 0.0),
    ("threshold", {"threshold": 1.0, "value": 5.0}, 1.0, 0.0),
    ("hard_tanh", {}, -1.0, 0.0),
    ("hard_tanh", {}, 1.0, 0.0),
    ("hard_tanh", {"min_val": -2.0, "max_val": 0.5}, 0.5, 0.0),
    ("hard_sigmoid", {}, -3.0, 0.0),
    ("hard_sigmoid", {}, 3.0, 0.0),
    ("hard_swish", {}, -3.0, 0.0),
    ("hard_swish", {}, 3.0, 1.0),
    ("soft_shrink", {}, -0.5, 0.0),
    ("soft_shrink", {}, 0.5, 0.0),
    ("hard_shrink", {}, -0.5, 0.0),
    ("hard_shrink", {}, 0.5, 0.0),
    ("hard_shrink", {"lambd": 2.0}, 2.0, 0.0),
    # no PyTorch function: (F.hardtanh(x) + 1) / 2 and Keras 3's torch backend give 0
    ("sparse_sigmoid", {}, -1.0, 0.0),
    ("sparse_sigmoid", {}, 1.0, 0.0),
    # a jump, not differentiable: we return 0 (JAX's autograd value; PyTorch raises)
    ("step", {}, 0.0, 0.0),
    # no PyTorch function: autograd of torch.relu(x) ** 2 and of the MetaFormer StarReLU code
    ("relu_squared", {}, 0.0, 0.0),
    ("star_relu", {}, 0.0, 0.0),
    ("star_relu", {"scale": 3.0, "bias": 1.0}, 0.0, 0.0),
    # no PyTorch function: autograd of the paper's cases written with torch.where, outer
    # pieces closed (x >= t_r first, then x <= t_l): the outer slopes
    ("srelu", {}, 0.0, 0.5),
    ("srelu", {"t_left": -1.0, "a_left": 0.1, "t_right": 1.0, "a_right": 0.2}, -1.0, 0.1),
    ("srelu", {"t_left": -1.0, "a_left": 0.1, "t_right": 1.0, "a_right": 0.2}, 1.0, 0.2),
    ("srelu", {"t_left": 1.0, "a_left": 0.1, "t_right": 1.0, "a_right": 0.2}, 1.0, 0.2),
]


@pytest.mark.parametrize(("name", "params", "x", "expected"), KINKS)
def test_derivative_at_kinks(name, params, x, expected):
    derivative = act.catalog[name].derivative
    assert derivative(x, **params) == expected
    # the same value for every float dtype and inside arrays
    for dtype in (np.float16, np.float32):
        assert derivative(np.array([x], dtype=dtype), **params)[0] == np.asarray(expected, dtype)


@pytest.mark.parametrize("name", FAMILY)
def test_docstring_states_the_kink_values(name):
    record = act.catalog[name]
    if record.kinks:
        doc = record.derivative.__doc__
        assert "PyTorch" in doc, f"{name}_derivative does not say what PyTorch gives at the kink"


def test_function_values_at_the_jumps():
    assert act.step(0.0) == 1.0 and act.step(-0.0) == 1.0
    assert act.hard_shrink(0.5) == 0.0 and act.hard_shrink(-0.5) == 0.0
    assert act.threshold(1.0, threshold=1.0, value=5.0) == 5.0


# -- identities ------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(x=FINITE, a=st.floats(-1, 1))  # |a| <= 1: a * x cannot overflow
def test_leaky_family_identities(x, a):
    assert act.relu(x) - act.relu(-x) == x
    assert act.leaky_relu(x, negative_slope=a) == act.relu(x) - a * act.relu(-x)
    assert act.prelu(x, weight=a) == act.leaky_relu(x, negative_slope=a)
    assert act.rrelu(x) == act.leaky_relu(x, negative_slope=(1 / 8 + 1 / 3) / 2)
    assert act.threshold(x) == act.relu(x)
    assert act.leaky_relu_derivative(x, negative_slope=a) == (1.0 if x > 0 else a)


@settings(max_examples=200, deadline=None)
@given(x=FINITE)
def test_hard_family_identities(x):
    assert act.relu6(x) == act.hard_tanh(x, min_val=0.0, max_val=6.0)
    assert act.hard_sigmoid(x) == act.relu6(x + 3.0) / 6.0
    assert act.hard_swish(x) == (x * act.hard_sigmoid(x) if act.hard_sigmoid(x) > 0 else 0.0)
    assert act.sparse_sigmoid(x) == (act.hard_tanh(x) + 1.0) / 2.0
    assert math.isclose(act.sparse_sigmoid(x) + act.sparse_sigmoid(-x), 1.0, rel_tol=1e-15)
    assert math.isclose(act.hard_sigmoid(x) + act.hard_sigmoid(-x), 1.0, rel_tol=1e-15)
    assert act.hard_tanh(-x) == -act.hard_tanh(x)
    assert act.soft_shrink(-x) == -act.soft_shrink(x)
    assert act.hard_shrink(-x) == -act.hard_shrink(x)
    assert act.soft_shrink(x) == x - act.hard_tanh(x, min_val=-0.5, max_val=0.5)
    assert act.step(x) == (act.relu_derivative(x) if x != 0 else 1.0)


def test_hard_swish_matches_the_textbook_product_and_beats_it_at_minus_infinity():
    x = np.linspace(-5, 5, 1001)
    gate = np.clip(x + 3.0, 0.0, 6.0) / 6.0
    np.testing.assert_allclose(act.hard_swish(x), x * gate, rtol=4e-16, atol=0)
    # PyTorch and JAX compute -inf * 0 = NaN here; the limit is 0
    assert act.hard_swish(-np.inf) == 0.0
    assert not np.signbit(act.hard_swish(-4.0))
    # no overflow of 6 x for large x
    assert act.hard_swish(np.finfo(float).max) == np.finfo(float).max


def test_hard_swish_derivative_near_minus_three_halves_keeps_relative_precision():
    # (2x + 3)/6 with 2x + 3 exact: f'(-1.5 + h) = h/3 to full precision
    h = 2.0**-40
    assert act.hard_swish_derivative(-1.5 + h) == h / 3


def test_hard_sigmoid_near_minus_three_keeps_relative_precision():
    x = np.nextafter(-3.0, 0.0)
    assert act.hard_sigmoid(x) == (x + 3.0) / 6.0  # x + 3 is exact here (Sterbenz)
    assert act.hard_sigmoid(x) == 4.440892098500626e-16 / 6.0


# -- slopes of zero and beyond one: limits, not NaN or warnings -------------------------------


def test_zero_slope_at_minus_infinity_is_zero_not_nan():
    assert act.leaky_relu(-np.inf, negative_slope=0.0) == 0.0
    out = act.prelu(np.array([-np.inf, -np.inf, -2.0]), weight=np.array([0.0, 0.5, 0.0]))
    np.testing.assert_array_equal(out, [0.0, -np.inf, 0.0])
    assert act.rrelu(-np.inf, lower=0.0, upper=0.0) == 0.0


def test_large_slopes_overflow_to_infinity_silently():
    assert act.leaky_relu(-1e308, negative_slope=10.0) == -np.inf
    assert act.leaky_relu(-1e308, negative_slope=-10.0) == np.inf


def test_huge_thresholds_and_bounds_do_not_warn():
    big = np.finfo(float).max
    x = np.array([-big, -1.0, 0.0, big])
    np.testing.assert_array_equal(act.threshold_derivative(x, threshold=-big), [0, 1, 1, 1])
    np.testing.assert_array_equal(
        act.hard_tanh_derivative(x, min_val=-big, max_val=big), [0, 1, 1, 0]
    )
    np.testing.assert_array_equal(act.soft_shrink(x, lambd=big), [-0.0, 0, 0, 0])


# -- PReLU: broadcasting of the weight ---------------------------------------------------------


def test_prelu_per_channel_weight_broadcasts_like_pytorch_axis_1():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(2, 3, 4, 5))
    weight = np.array([0.1, 0.2, 0.3])
    ours = act.prelu(x, weight=weight.reshape(3, 1, 1))
    expected = np.where(x > 0, x, weight[None, :, None, None] * x)  # F.prelu's rule
    np.testing.assert_array_equal(ours, expected)
    d = act.prelu_derivative(x, weight=weight.reshape(3, 1, 1))
    np.testing.assert_array_equal(
        d, np.where(x > 0, 1.0, np.broadcast_to(weight[:, None, None], x.shape))
    )
    assert d.shape == x.shape


def test_prelu_weight_dtype_follows_x():
    x = np.linspace(-2, 2, 5, dtype=np.float32)
    assert act.prelu(x, weight=np.array([0.5])).dtype == np.float32
    assert act.prelu_derivative(x, weight=0.5).dtype == np.float32


@pytest.mark.parametrize("fname", ["prelu", "prelu_derivative"])
def test_prelu_bad_weights(fname):
    function = getattr(act, fname)
    x = np.zeros((2, 3))
    with pytest.raises(ValueError, match=rf"{fname}.*weight.*broadcast"):
        function(x, weight=np.ones(2))
    with pytest.raises(ValueError, match=rf"{fname}.*weight.*broadcast"):
        function(x, weight=np.ones((4, 2, 3)))  # would enlarge x
    with pytest.raises(ValueError, match=rf"{fname}.*weight.*finite"):
        function(x, weight=np.array([0.1, np.nan, 0.2]))
    for bad in ("0.25", None, np.array([True, False, True]), np.array([1j, 2, 3]), True):
        with pytest.raises(TypeError, match=rf"{fname}.*weight"):
            function(x, weight=bad)


# -- RReLU: evaluation and randomised training form ----------------------------------------


def test_rrelu_training_draws_one_slope_per_element_from_the_generator():
    x = -np.ones((400, 250))
    y = act.rrelu(x, training=True, generator=np.random.default_rng(42))
    expected = np.random.default_rng(42).uniform(1 / 8, 1 / 3, size=x.shape)
    np.testing.assert_array_equal(-y, expected)
    assert y.min() >= -1 / 3 and y.max() <= -1 / 8
    assert abs(-y.mean() - (1 / 8 + 1 / 3) / 2) < 1e-3  # 1e5 draws: standard error 6e-5


def test_rrelu_training_function_and_derivative_share_the_slopes():
    x = np.random.default_rng(0).normal(size=1000)
    x[:3] = [0.0, -np.inf, np.inf]
    y = act.rrelu(x, training=True, generator=np.random.default_rng(9))
    d = act.rrelu_derivative(x, training=True, generator=np.random.default_rng(9))
    finite = np.isfinite(x)
    np.testing.assert_array_equal(y[finite], (d * x)[finite])
    np.testing.assert_array_equal(y[x > 0], x[x > 0])
    np.testing.assert_array_equal(d[x > 0], 1.0)
    assert 1 / 8 <= d[0] <= 1 / 3  # the random slope at the kink, as in PyTorch's training mode
    assert y[1] == -np.inf and y[2] == np.inf


def test_rrelu_training_advances_the_generator_and_varies():
    rng = np.random.default_rng(5)
    first = act.rrelu(-np.ones(10), training=True, generator=rng)
    second = act.rrelu(-np.ones(10), training=True, generator=rng)
    assert not np.array_equal(first, second)
    reference = np.random.default_rng(5)
    reference.uniform(size=20)  # the two calls drew one slope per element, 10 each
    assert rng.uniform() == reference.uniform()


def test_rrelu_training_keeps_dtype_and_shape():
    x = np.linspace(-3, 3, 12, dtype=np.float32).reshape(3, 4)
    y = act.rrelu(x, training=True, generator=np.random.default_rng(0))
    assert y.dtype == np.float32 and y.shape == (3, 4)
    assert isinstance(
        act.rrelu(-1.0, training=True, generator=np.random.default_rng(0)), np.float64
    )


def test_rrelu_equal_bounds_is_a_leaky_relu_in_both_modes():
    x = np.linspace(-4, 4, 9)
    rng = np.random.default_rng(1)
    np.testing.assert_array_equal(
        act.rrelu(x, lower=0.2, upper=0.2, training=True, generator=rng),
        act.leaky_relu(x, negative_slope=0.2),
    )
    np.testing.assert_array_equal(
        act.rrelu(x, lower=0.2, upper=0.2), act.leaky_relu(x, negative_slope=0.2)
    )


def test_rrelu_evaluation_ignores_the_generator():
    rng = np.random.default_rng(2)
    state = rng.bit_generator.state
    np.testing.assert_array_equal(act.rrelu([-2.0, 2.0], generator=rng), act.rrelu([-2.0, 2.0]))
    assert rng.bit_generator.state == state


@pytest.mark.parametrize("fname", ["rrelu", "rrelu_derivative"])
def test_rrelu_parameter_errors(fname):
    function = getattr(act, fname)
    with pytest.raises(ValueError, match=rf"{fname}.*generator.*required"):
        function([-1.0], training=True)
    with pytest.raises(TypeError, match=rf"{fname}.*generator"):
        function([-1.0], training=True, generator=np.random.RandomState(0))
    with pytest.raises(TypeError, match=rf"{fname}.*generator"):
        function([-1.0], training=True, generator=0)
    with pytest.raises(TypeError, match=rf"{fname}.*training"):
        function([-1.0], training=1)
    with pytest.raises(ValueError, match=rf"{fname}.*lower.*upper"):
        function([-1.0], lower=0.5, upper=0.1)
    with pytest.raises(ValueError, match=rf"{fname}.*upper"):
        function([-1.0], upper=np.inf)


# -- other parameter checks ------------------------------------------------------------------


@pytest.mark.parametrize(
    "fname", ["soft_shrink", "soft_shrink_derivative", "hard_shrink", "hard_shrink_derivative"]
)
def test_negative_lambd_is_rejected(fname):
    with pytest.raises(ValueError, match=rf"{fname}.*lambd.*non-negative"):
        getattr(act, fname)([1.0], lambd=-0.5)


@pytest.mark.parametrize("fname", ["hard_tanh", "hard_tanh_derivative"])
def test_hard_tanh_bounds(fname):
    function = getattr(act, fname)
    with pytest.raises(ValueError, match=rf"{fname}.*min_val.*max_val"):
        function([0.0], min_val=1.0, max_val=-1.0)
    # equal bounds are allowed (as in PyTorch): a constant function
    assert function(5.0, min_val=0.5, max_val=0.5) == (0.5 if fname == "hard_tanh" else 0.0)


@pytest.mark.parametrize(
    ("fname", "pname"),
    [
        ("leaky_relu", "negative_slope"),
        ("threshold", "threshold"),
        ("threshold_derivative", "value"),
        ("hard_tanh", "max_val"),
        ("soft_shrink", "lambd"),
    ],
)
def test_bool_and_infinite_parameters(fname, pname):
    function = getattr(act, fname)
    with pytest.raises(TypeError, match=rf"{fname}.*{pname}"):
        function([0.0], **{pname: True})
    with pytest.raises(ValueError, match=rf"{fname}.*{pname}"):
        function([0.0], **{pname: np.inf})


# -- the catalogue records -------------------------------------------------------------------


@pytest.mark.parametrize("name", FAMILY)
def test_record_framework_defaults_use_our_parameter_names(name):
    record = act.catalog[name]
    names = {p.name for p in record.params}
    for framework in record.frameworks.values():
        assert set(framework.defaults) <= names
        if framework.name is None:
            assert not framework.defaults


def test_recorded_disagreements():
    assert act.catalog["leaky_relu"].disagreements == {
        "negative_slope": {"pytorch": 0.01, "jax": 0.01, "keras": 0.2, "mlx": 0.01}
    }
    assert act.catalog["prelu"].disagreements == {
        "weight": {"pytorch": 0.25, "keras": 0.0, "mlx": 0.25}
    }
    assert act.catalog["hard_tanh"].disagreements == {}


def test_function_signatures_match_record_defaults():
    import inspect

    for name in FAMILY:
        record = act.catalog[name]
        for function in (record.function, record.derivative):
            signature = inspect.signature(function)
            defaults = {k: v.default for k, v in signature.parameters.items() if k != "x"}
            assert defaults == record.defaults, function.__name__


# -- squared rectifiers and SReLU ------------------------------------------------------------


def test_squared_rectifier_values():
    x = [-np.inf, -3.0, -0.0, 0.5, 3.0, 1e200, np.inf, np.nan]
    np.testing.assert_array_equal(
        act.relu_squared(x), [0.0, 0.0, 0.0, 0.25, 9.0, np.inf, np.inf, np.nan]
    )
    np.testing.assert_array_equal(
        act.relu_squared_derivative(x), [0.0, 0.0, 0.0, 1.0, 6.0, 2e200, np.inf, np.nan]
    )
    assert act.relu2 is act.relu_squared and act.relu2_derivative is act.relu_squared_derivative
    # StarReLU with s = 1, b = 0 is the squared ReLU, bit for bit
    grid = np.linspace(-5.0, 5.0, 1001)
    np.testing.assert_array_equal(act.star_relu(grid, scale=1.0, bias=0.0), act.relu_squared(grid))
    np.testing.assert_array_equal(
        act.star_relu_derivative(grid, scale=1.0, bias=0.0), act.relu_squared_derivative(grid)
    )
    # the defaults: b for x <= 0, s + b at 1, and the paper's normalisation of a N(0, 1) input
    assert act.star_relu(-1.0) == -0.4472 and act.star_relu(1.0) == 0.8944 - 0.4472
    assert math.isclose(0.8944, 2 / math.sqrt(5), abs_tol=5e-5)
    assert math.isclose(-0.4472, -1 / math.sqrt(5), abs_tol=5e-5)


def test_star_relu_zero_scale_and_infinities():
    np.testing.assert_array_equal(
        act.star_relu([-np.inf, 0.0, np.inf, np.nan], scale=0.0, bias=2.0), [2.0, 2.0, 2.0, np.nan]
    )
    np.testing.assert_array_equal(
        act.star_relu_derivative([-np.inf, np.inf, np.nan], scale=0.0), [0.0, 0.0, np.nan]
    )
    assert act.star_relu(np.inf, scale=-1.0) == -np.inf
    assert act.star_relu(1e200) == np.inf and act.star_relu(1e150) == 0.8944 * 1e150 * 1e150


def test_star_relu_keeps_relative_accuracy_near_its_zero():
    from .reference import reference_values, ulp_errors

    record = act.catalog["star_relu"]
    root = math.sqrt(0.4472 / 0.8944)
    xs = root + np.arange(-40, 41) * np.spacing(root)
    xs = np.concatenate([xs, np.linspace(0.3, 1.2, 301)])
    for params in (record.defaults, {"scale": 2.0, "bias": -3.0}, {"scale": -0.5, "bias": 0.25}):
        truth = reference_values(record.reference, xs, params)
        errors = ulp_errors(act.star_relu(xs, **params), truth)
        assert np.max(errors) <= 4.0, (params, xs[np.argmax(errors)])


def test_srelu_pieces_and_identities():
    params = {"t_left": -1.0, "a_left": 0.1, "t_right": 1.0, "a_right": 0.2}
    x = np.array([-np.inf, -11.0, -1.0, 0.5, 1.0, 6.0, np.inf])
    np.testing.assert_array_equal(
        act.srelu(x, **params), [-np.inf, -2.0, -1.0, 0.5, 1.0, 2.0, np.inf]
    )
    np.testing.assert_array_equal(
        act.srelu_derivative(x, **params), [0.1, 0.1, 0.1, 1.0, 0.2, 0.2, 0.2]
    )
    grid = np.linspace(-6.0, 6.0, 1201)
    # the defaults (a_r = 1) are the leaky ReLU of slope 0.5
    np.testing.assert_array_equal(act.srelu(grid), act.leaky_relu(grid, negative_slope=0.5))
    np.testing.assert_array_equal(
        act.srelu_derivative(grid), act.leaky_relu_derivative(grid, negative_slope=0.5)
    )
    # zero outer slopes: hard tanh, with the limits (not NaN) at infinity
    flat = {"t_left": -1.0, "a_left": 0.0, "t_right": 1.0, "a_right": 0.0}
    np.testing.assert_array_equal(act.srelu(grid, **flat), act.hard_tanh(grid))
    np.testing.assert_array_equal(act.srelu([-np.inf, np.inf], **flat), [-1.0, 1.0])
    # equal thresholds: a line of slope a_l, then a_r; f'(t) is a_r
    equal = {"t_left": 1.0, "a_left": 0.5, "t_right": 1.0, "a_right": 2.0}
    np.testing.assert_array_equal(act.srelu([-1.0, 1.0, 2.0], **equal), [0.0, 1.0, 3.0])
    np.testing.assert_array_equal(act.srelu_derivative([0.0, 1.0, 2.0], **equal), [0.5, 2.0, 2.0])


@pytest.mark.parametrize("fname", ["srelu", "srelu_derivative"])
def test_srelu_thresholds_must_be_ordered(fname):
    function = getattr(act, fname)
    with pytest.raises(ValueError, match=rf"{fname}.*t_left.*t_right"):
        function([0.0], t_left=1.0, t_right=0.5)
    for pname in ("t_left", "a_left", "t_right", "a_right"):
        with pytest.raises(TypeError, match=rf"{fname}.*{pname}"):
            function([0.0], **{pname: "1"})
        with pytest.raises(ValueError, match=rf"{fname}.*{pname}"):
            function([0.0], **{pname: np.inf})


@pytest.mark.parametrize("fname", ["star_relu", "star_relu_derivative"])
@pytest.mark.parametrize("pname", ["scale", "bias"])
def test_star_relu_parameters_are_checked(fname, pname):
    function = getattr(act, fname)
    with pytest.raises(TypeError, match=rf"{fname}.*{pname}"):
        function([0.0], **{pname: True})
    with pytest.raises(ValueError, match=rf"{fname}.*{pname}"):
        function([0.0], **{pname: -np.inf})


@pytest.mark.parametrize("name", FAMILY)
def test_block_evaluation_is_bitwise_that_of_each_element_alone(name):
    """Large arrays are evaluated in cache-sized blocks; no element may depend on its block.

    Kinks, signed zeros, infinities and NaN are scattered across several block boundaries
    (and a ragged last block), and each result must equal, bit for bit and sign of zero
    included, the one the element gets on its own.
    """
    special = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 1e308, -1e308, 2.5, -2.5]
    special += [k * s for k in (0.5, 1.0, 1.5, 3.0, 6.0) for s in (1.0, -1.0)]
    special += [math.nextafter(v, d) for v in special for d in (INF, -INF)]
    rng = np.random.default_rng(14)
    x = rng.normal(scale=5.0, size=3 * 2**16 + 7)
    spots = rng.choice(x.size, size=len(special) * 20, replace=False)
    x[spots] = np.resize(special, spots.size)
    checked = np.union1d(spots, np.arange(0, x.size, 97))
    record = act.catalog[name]
    for function in (record.function, record.derivative):
        whole = function(x)
        alone = np.array([function(x[i : i + 1])[0] for i in checked])
        np.testing.assert_array_equal(whole[checked].view(np.int64), alone.view(np.int64))
