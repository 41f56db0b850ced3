"""The input/output contract every activation keeps (design.md, "Library contract")."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from activations import catalog
from activations._exact import BLOCK

from .catalog_cases import ELEMENTWISE, over_elementwise

CALLABLES = [
    pytest.param(record, which, id=f"{record.name}-{which}")
    for record in ELEMENTWISE
    for which in ("function", "derivative")
]
over_callables = pytest.mark.parametrize(("record", "which"), CALLABLES)

SPECIAL = np.array(
    [
        -np.inf,
        -np.finfo(float).max,
        -1e300,
        -745.2,
        -40.0,
        -1.0,
        -5e-324,
        -0.0,
        0.0,
        5e-324,
        1e-300,
        1.0,
        40.0,
        710.0,
        1e300,
        np.finfo(float).max,
        np.inf,
        np.nan,
    ]
)


def call(record, which, x):
    return getattr(record, which)(x, **record.defaults)


@over_callables
@pytest.mark.parametrize("dtype", [np.float16, np.float32, np.float64])
def test_float_dtype_is_preserved(record, which, dtype):
    assert call(record, which, np.linspace(-3, 3, 7, dtype=dtype)).dtype == dtype


@over_callables
@pytest.mark.parametrize("dtype", [np.float16, np.float32])
def test_narrow_dtypes_round_to_infinity_silently(record, which, dtype):
    info = np.finfo(dtype)
    x = np.array([-np.inf, -info.max, -info.tiny, 0, info.tiny, info.max, np.inf], dtype=dtype)
    assert call(record, which, x).dtype == dtype  # any overflow warning fails the test


@over_callables
@pytest.mark.parametrize("value", [np.arange(-3, 4), np.array([True, False]), [1, 2], 3])
def test_integers_and_booleans_give_float64(record, which, value):
    assert np.asarray(call(record, which, value)).dtype == np.float64


@over_callables
def test_scalar_in_scalar_out(record, which):
    result = call(record, which, 0.5)
    assert isinstance(result, np.float64) and np.ndim(result) == 0
    assert isinstance(call(record, which, np.float32(0.5)), np.float32)


@over_callables
def test_shape_kept_and_input_untouched(record, which):
    x = np.linspace(-4, 4, 24).reshape(2, 3, 4)
    before = x.copy()
    result = call(record, which, x)
    assert result.shape == x.shape
    np.testing.assert_array_equal(x, before)
    assert not np.shares_memory(result, x)
    assert call(record, which, np.empty((0, 3))).shape == (0, 3)


@over_callables
def test_read_only_and_strided_input(record, which):
    x = np.linspace(-4, 4, 41)
    x.flags.writeable = False
    strided = x[::3]
    np.testing.assert_array_equal(call(record, which, strided), call(record, which, strided.copy()))


@over_callables
def test_each_element_alone(record, which):
    """A large array (split into blocks internally) gives each element's own result, bit for bit."""
    big = np.tile(np.concatenate([SPECIAL, np.linspace(-50, 50, 1001)]), 210).reshape(3, -1)
    assert big.size > 3 * BLOCK
    alone = np.array([call(record, which, v) for v in big.flat[:: BLOCK // 7]])
    np.testing.assert_array_equal(call(record, which, big).flat[:: BLOCK // 7], alone)


@over_callables
def test_special_values_without_warnings(record, which):
    result = call(record, which, SPECIAL)  # pytest turns any RuntimeWarning into an error
    assert math.isnan(result[-1]), "NaN must propagate"
    # sin, cos and x cos x have no limit at +-inf: NaN there, and only there
    undefined_at_infinity = (record.name, which) in {
        ("sinusoid", "function"),
        ("sinusoid", "derivative"),
        ("gcu", "function"),
        ("gcu", "derivative"),
        ("snake", "derivative"),
    }
    finite = np.isfinite(SPECIAL[:-1]) if undefined_at_infinity else slice(None)
    assert not np.any(np.isnan(result[:-1][finite])), (
        f"{record.name} {which} gives NaN for a non-NaN input: {dict(zip(SPECIAL, result, strict=True))}"
    )


@over_callables
@pytest.mark.parametrize(
    "bad", ["1.0", None, object(), np.array([1.0, None], dtype=object), 1 + 2j]
)
def test_bad_input_is_a_type_error_naming_the_function(record, which, bad):
    function = getattr(record, which)
    with pytest.raises(TypeError, match=function.__name__):
        function(bad, **record.defaults)


def _foreign_array(module: str, error: type[Exception]) -> object:
    """An array of another framework that numpy cannot read, as a tensor that requires grad or
    a tracer inside jax.jit behaves (the frameworks are not needed to test the message)."""

    def refuse(self, *args, **kwargs):
        raise error("cannot be read outside its framework")

    return type("Tensor", (), {"__module__": module, "__array__": refuse, "__len__": None})()


@pytest.mark.parametrize(
    ("module", "error", "advice"),
    [
        ("torch", RuntimeError, "x.detach().cpu().numpy()"),
        ("jax._src.interpreters.partial_eval", TypeError, "outside jax.jit"),
    ],
)
@pytest.mark.parametrize("record", list(catalog.values()), ids=list(catalog))
def test_another_frameworks_array_gets_advice(record, module, error, advice):
    """This library works on numpy arrays: a tensor numpy cannot read gets a TypeError that
    names the function and says what to pass instead, not the other framework's error."""
    for function in (record.function, record.derivative):
        with pytest.raises(TypeError, match=function.__name__) as raised:
            function(_foreign_array(module, error))
        assert "numpy arrays" in str(raised.value) and advice in str(raised.value)


@over_elementwise
def test_bad_parameters_name_function_and_parameter(record):
    for param in record.params:
        if not isinstance(param.default, float) or isinstance(param.default, bool):
            continue
        for which in (record.function, record.derivative):
            arguments = {**record.defaults, param.name: "0.5"}
            with pytest.raises(TypeError, match=rf"{which.__name__}.*{param.name}"):
                which(1.0, **arguments)
            arguments = {**record.defaults, param.name: math.nan}
            with pytest.raises(ValueError, match=rf"{which.__name__}.*{param.name}"):
                which(1.0, **arguments)


@over_callables
@settings(max_examples=150, deadline=None)
@given(x=st.floats(allow_nan=False, allow_infinity=False))
def test_any_finite_float(record, which, x):
    result = call(record, which, x)
    # beyond the float range only where the claimed range (f) or sup |f'| (f') is unbounded
    unbounded = (
        record.range.high == math.inf
        if which == "function"
        else (record.max_abs_derivative == math.inf)
    )
    assert math.isfinite(result) or unbounded
    if which == "function":
        assert result in record.range or result in (record.range.low, record.range.high)


def test_catalog_is_read_only():
    with pytest.raises(TypeError):
        catalog["sigmoid"] = catalog["tanh"]  # type: ignore[index]


# The frameworks' activation namespaces: a name there is a spelling of the activation.
ACTIVATION_NAMESPACES = ("torch.nn.functional.", "jax.nn.", "keras.activations.", "mlx.nn.")


@pytest.mark.parametrize("record", list(catalog.values()), ids=lambda r: r.name)
def test_framework_spellings_are_aliases(record):
    """One naming rule (words joined by underscores: ``hard_tanh``), and each framework's other
    spelling of the same function (``torch.nn.functional.hardtanh``) is an alias of it."""
    import activations

    spellings = {
        spec.name.rsplit(".", 1)[1]
        for spec in record.frameworks.values()
        if spec.name and spec.name.startswith(ACTIVATION_NAMESPACES)
    } - {record.name}
    spellings = {name for name in spellings if name.islower()}  # modules (nn.PReLU) are not
    assert spellings <= set(record.aliases), f"{record.name}: list {spellings} in its aliases"
    for alias in spellings:
        assert getattr(activations, alias) is record.function, alias
        assert getattr(activations, f"{alias}_derivative") is record.derivative, alias
        assert alias in activations.__all__
