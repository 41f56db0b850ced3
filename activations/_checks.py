"""Input checking shared by every activation.

Each activation is written once, for float64 arrays; the decorators here turn that into the
public contract: any array-like in, a new array of the same shape and float dtype out (float64
for integer or boolean input, a numpy scalar for scalar input), and a TypeError or ValueError
naming the function and the argument for anything else.  float16 and float32 inputs are computed
in float64 and rounded once, which keeps them within 1 ULP of the correctly rounded value.
"""

from __future__ import annotations

import functools
import math
import numbers
from collections.abc import Callable
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

__all__ = ["check_param", "elementwise", "to_float64", "vectorwise"]

F = TypeVar("F", bound=Callable[..., Any])

_KEPT_DTYPES = (np.float16, np.float32, np.float64)

#: What to pass instead of another framework's array that numpy cannot read.
_FRAMEWORK_ADVICE = {
    "torch": "pass x.detach().cpu().numpy(), or use torch's own activation to keep autograd",
    "jax": "pass np.asarray(x) outside jax.jit and jax.grad, or use jax.nn inside them",
    "jaxlib": "pass np.asarray(x) outside jax.jit and jax.grad, or use jax.nn inside them",
    "tensorflow": "pass x.numpy() (eager mode), or use tf.nn inside a graph",
    "mlx": "pass np.array(x), or use mlx.nn inside mlx code",
}


def to_float64(x: npt.ArrayLike, fname: str) -> tuple[np.ndarray, np.dtype]:
    """Return ``x`` as a float64 array and the dtype the result must have.

    The library computes with numpy: another framework's array is read when numpy can read
    it, and otherwise rejected with a TypeError that says what to pass instead (a PyTorch
    tensor that requires grad, a JAX tracer inside ``jax.jit``).
    """
    if x is None or isinstance(x, (str, bytes)):
        raise TypeError(
            f"{fname}: x must be a real number or an array of them, not {type(x).__name__}"
        )
    try:
        array = np.asarray(x)
    except Exception as error:  # other frameworks raise errors of their own
        framework = type(x).__module__.partition(".")[0]
        if framework in _FRAMEWORK_ADVICE:
            raise TypeError(
                f"{fname}: x is a {framework} {type(x).__name__} that numpy cannot read "
                f"({type(error).__name__}); this library works on numpy arrays: "
                f"{_FRAMEWORK_ADVICE[framework]}"
            ) from None
        if isinstance(error, (TypeError, ValueError)):
            raise TypeError(f"{fname}: x cannot be converted to an array ({error})") from None
        raise
    kind = array.dtype.kind
    if kind == "f":
        out_dtype = array.dtype if array.dtype.type in _KEPT_DTYPES else np.dtype(np.float64)
    elif kind in "biu":
        out_dtype = np.dtype(np.float64)
    else:
        raise TypeError(f"{fname}: x must hold real numbers, got dtype {array.dtype}")
    return array.astype(np.float64, copy=False), out_dtype


def _finish(result: np.ndarray, out_dtype: np.dtype, scalar: bool) -> Any:
    """Round the float64 result once to the caller's dtype; beyond its range that gives +-inf."""
    with np.errstate(over="ignore"):
        result = np.asarray(result).astype(out_dtype, copy=False)
    return result[()] if scalar else result


def elementwise(func: F) -> F:
    """Give an element-wise activation written for float64 arrays the public input contract."""

    @functools.wraps(func)
    def checked(x: npt.ArrayLike, **params: Any) -> Any:
        array, out_dtype = to_float64(x, func.__name__)
        # Implementations always see an array (never a 0-d one, which numpy turns into a
        # scalar after one operation), so they may work in place on their temporaries.
        result = func(array.reshape(1) if array.ndim == 0 else array, **params)
        if np.may_share_memory(result, array):
            result = np.array(result, copy=True)  # never hand the caller's memory back
        return _finish(np.asarray(result).reshape(array.shape), out_dtype, array.ndim == 0)

    return checked  # type: ignore[return-value]


def vectorwise(func: F) -> F:
    """Like :func:`elementwise` for activations that act along ``axis`` (softmax and relatives)."""

    @functools.wraps(func)
    def checked(x: npt.ArrayLike, axis: int = -1, **params: Any) -> Any:
        array, out_dtype = to_float64(x, func.__name__)
        if array.ndim == 0:
            raise ValueError(f"{func.__name__}: x must have at least one dimension, got a scalar")
        if not isinstance(axis, numbers.Integral) or isinstance(axis, bool):
            raise TypeError(f"{func.__name__}: axis must be an integer, not {type(axis).__name__}")
        if not -array.ndim <= axis < array.ndim:
            raise ValueError(
                f"{func.__name__}: axis {axis} is out of bounds for {array.ndim}-d input"
            )
        return _finish(func(array, axis=int(axis), **params), out_dtype, False)

    return checked  # type: ignore[return-value]


def check_param(
    fname: str,
    pname: str,
    value: Any,
    *,
    positive: bool = False,
    nonnegative: bool = False,
    allow_inf: bool = False,
) -> float:
    """Return ``value`` as a float after checking it is a real number with the stated sign."""
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, np.floating, np.integer)):
        raise TypeError(f"{fname}: {pname} must be a real number, not {type(value).__name__}")
    value = float(value)
    if math.isnan(value) or (math.isinf(value) and not allow_inf):
        raise ValueError(f"{fname}: {pname} must be finite, got {value}")
    if positive and not value > 0:
        raise ValueError(f"{fname}: {pname} must be positive, got {value}")
    if nonnegative and not value >= 0:
        raise ValueError(f"{fname}: {pname} must be non-negative, got {value}")
    return value
