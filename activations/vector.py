r"""Vector activations: the softmax family, SoLU, sparsemax, 1.5-entmax, gated units, CReLU, maxout.

These act on a whole axis of the input at once (``axis=-1`` by default, as in JAX and Keras;
PyTorch's ``dim`` has no usable default).  The output of ``softmax``, ``log_softmax``,
``softmin``, ``solu``, ``sparsemax`` and ``entmax15`` has the shape of the input; the gated
units ``glu``, ``swiglu``, ``geglu`` and ``reglu`` halve the length of the axis, ``crelu``
doubles it and ``maxout`` divides it by its number of pieces ``k``.  Sparsemax and 1.5-entmax
find a threshold on the sorted row and give exactly 0 below it; the threshold and the
differences to it are formed in double-double arithmetic on the gaps to the row's maximum.

**Jacobian layout.** Each ``*_derivative(x, axis=-1)`` returns the Jacobian.  For an input of
shape ``(..., n, ...)`` with the activation axis of length :math:`n`, the result has shape
``(*other_axes, n_out, n)``: the activation axis is removed from its place, the other axes
keep their order, and two axes are appended, so that ``J[..., i, j]`` is
:math:`\partial f_i / \partial x_j` for the row picked out by the leading indices
(``n_out = n`` for the softmax family, ``n // 2`` for the gated units, ``2 * n`` for CReLU, ``n // k``
for maxout).  For a 1-d input this is the plain
:math:`n_{out} \times n` matrix; for ``x`` of shape ``(2, 5, 3)`` and ``axis=1`` it has shape
``(2, 3, 5, 5)``, and ``J[a, c]`` is the Jacobian of the row ``x[a, :, c]``.

**Accuracy.** The maximum :math:`m` of the row is subtracted first, and the rounding error of
:math:`x_i - m` is recovered exactly (Knuth's TwoSum) and fed back as
:math:`e^{d + \delta} = e^{d}(1 + \delta)`: a rounded difference of size 700 would otherwise
cost some 100 ULP in :math:`e^{x_i - m}`.  Wherever :math:`1 - s_i` is needed (the diagonal of
the Jacobians, and :math:`\log\sum_j e^{x_j - m}`, which is :math:`\log(1 + \ldots)`) it is
computed as the sum of the *other* terms, never by subtraction, so it keeps full precision
when one entry dominates.  The Jacobians carry sums, quotients and products in double-double
arithmetic and round each entry once.  Every entry of every result is within a few ULP of the
correctly rounded value wherever that is a normal number (``tests/test_vector.py`` measures
it).

**Infinities and NaN.** The results are the mathematical limits, without any warning.  An
entry equal to :math:`-\infty` gets probability 0 (log-probability :math:`-\infty`) and leaves
the others as if it were absent; a single :math:`+\infty` in a row takes all the probability.
Where the limit does not exist, the result is NaN: at the entries of a row that share an
infinite maximum (two or more :math:`+\infty`, or a row of :math:`-\infty` of length 2 or
more), since their shares depend on how they tend to infinity, and everywhere in a row that
contains a NaN.  Jacobian entries follow the same rule (an entry is NaN only where its own limit
does not exist).
"""

from __future__ import annotations

import numpy as np

from . import smooth
from ._checks import vectorwise
from ._exact import (
    _INV_LN2,
    _LN2_HI,
    _LN2_LO,
    dd_add,
    dd_mul,
    dd_mul_rounded,
    fast_two_sum,
    horner,
    split,
    two_product,
    two_sum,
)

__all__ = [
    "crelu",
    "crelu_derivative",
    "entmax15",
    "entmax15_derivative",
    "geglu",
    "geglu_derivative",
    "glu",
    "glu_derivative",
    "log_softmax",
    "log_softmax_derivative",
    "maxout",
    "maxout_derivative",
    "reglu",
    "reglu_derivative",
    "softmax",
    "softmax_derivative",
    "softmin",
    "softmin_derivative",
    "solu",
    "solu_derivative",
    "sparsemax",
    "sparsemax_derivative",
    "swiglu",
    "swiglu_derivative",
]

# exp(-1000) is 0 in float64: entries further than this below the row's maximum contribute 0,
# and clamping them there keeps x - max from overflowing (x = -1e308 with max = 1e308).
_FAR = 1000.0
_MAX = float(np.finfo(np.float64).max)
# Beyond this |b|, exp(-|b|) is subnormal, so GLU splits it into two normal halves.
_SUBNORMAL_EXP = 708.0


# --- the softmax family -----------------------------------------------------------------------


def _shift(xm, axis=-1):
    """Subtract each row's maximum ``m`` (along `axis` of ``xm``, length >= 1) exactly.

    Returns ``(xm, m, floor, d, dl, bad)``:

    - ``floor``: a value per row at least ``_FAR`` below ``m`` (or ``-MAX``), far enough that
      :math:`e^{x - m} = 0` below it; entries below it (``-inf`` among them) are clamped to it;
    - ``d + dl = max(x, floor) - m`` exactly (Knuth's TwoSum), so ``d = dl = 0`` at the maxima;
    - ``bad``: ``None``, or a boolean array over the rows whose maximum is NaN or infinite:
      those rows are computed as zeros (``xm`` and ``m`` are replaced) and must be
      overwritten from :func:`_limits`.
    """
    m = np.max(xm, axis=axis, keepdims=True)
    finite = np.isfinite(m)
    bad = None
    if not finite.all():
        bad = ~finite.squeeze(axis)
        xm = np.where(finite, xm, 0.0)
        m = np.where(finite, m, 0.0)
    # Per row: _FAR below m, or |m| 2**-40 when larger (m - _FAR would round back to m for
    # |m| >= 2**63), but never below -MAX.
    size = np.abs(m)
    step = np.maximum(_FAR, size * 2.0**-40)
    floor = m - np.where(m < 0, np.minimum(step, _MAX - size), step)
    xs = np.maximum(xm, floor)
    d = xs - m
    z = d - xs  # TwoSum(xs, -m): dl = (xs - (d - z)) - (m + z)
    dl = d - z
    np.subtract(xs, dl, out=dl)
    z += m
    dl -= z
    edge = m == -_MAX  # there floor = m, and only -inf lies below: make its term vanish
    if edge.any():
        lost = (xm < floor) & edge
        d[lost] = -np.inf
        dl[lost] = 0.0
    return xm, m, floor, d, dl, bad


def _limits(rows):
    """The softmax limit on rows (``(B, n)``) whose maximum is infinite or NaN.

    Returns ``(s, u)``: ``s`` is 1 at a unique infinite maximum and 0 elsewhere, ``u`` is True
    where the limit does not exist (tied infinite maxima, or a row holding a NaN).
    """
    m = np.max(rows, axis=-1, keepdims=True)
    top = rows == m
    count = np.sum(top, axis=-1, keepdims=True)
    s = (top & (count == 1)).astype(np.float64)
    u = (top & (count > 1)) | np.isnan(m)
    return s, u


# 2**33: (e + _GRID) - _GRID rounds e in [0, 1] to a multiple of 2**-19, so that up to 2**34
# such parts add up exactly in any order.
_GRID = 2.0**33


#: Entries per block of rows: twice the element-wise BLOCK, as the rows' Python-level work per
#: block (slicing, transposing, the Jacobian's broadcasts) costs more than an element-wise pass
#: (measured: the Jacobians 1.1-1.2x slower with blocks of 2**15).
ROW_BLOCK = 2**16


def _in_row_blocks(rows_func, xm, per_row):
    """``rows_func(xm)`` for `xm` with the activation axis last, computed on blocks of rows.

    Why: as for :func:`activations._exact.blockwise`, temporaries of 10**6 entries (8 MB)
    come back from malloc as fresh pages on every call, which costs more than the arithmetic;
    blocks of about ``ROW_BLOCK`` entries (`per_row` entries of output or work per row) stay in
    cache.  Every row is computed on its own, so the result is bitwise that of
    ``rows_func(xm)``.
    """
    step = max(1, ROW_BLOCK // max(per_row, 1))
    if xm.size <= step * xm.shape[-1]:  # at most one block (or no entries at all)
        return rows_func(xm)
    rows = xm.reshape(-1, xm.shape[-1])  # a view when possible
    first = rows_func(rows[:step])
    out = np.empty(rows.shape[:1] + first.shape[1:])
    out[:step] = first
    for start in range(step, rows.shape[0], step):
        out[start : start + step] = rows_func(rows[start : start + step])
    return out.reshape(xm.shape[:-1] + out.shape[1:])


def _in_column_blocks(columns_func, xm):
    """``columns_func`` on blocks of rows of `xm` (activation axis last), each handed over
    transposed: a fresh contiguous ``(n, rows)`` array, the rows' entries along axis 0.

    Why: numpy reduces a short last axis row by row (``np.max`` over rows of 10 costs some
    15 times a pass over the same data), and broadcasts a per-row value against it just as
    slowly; transposed, every reduction and every broadcast runs as one long loop over all
    rows.  For outputs of the shape of the input; as in :func:`_in_row_blocks`, every row is
    computed on its own, so the result does not depend on the blocks.
    """
    rows = xm.reshape(-1, xm.shape[-1])
    out = np.empty(rows.shape)
    step = max(1, ROW_BLOCK // rows.shape[-1])
    for start in range(0, rows.shape[0], step):
        block = rows[start : start + step].T.copy()  # a fresh copy, even of a single row
        out[start : start + step] = columns_func(block).T
    return out.reshape(xm.shape)


def _replace_bad_columns(out, xt, bad, value):
    """Overwrite the columns (rows of the input) with an infinite or NaN maximum by
    ``value(limit, undefined)`` of :func:`_limits`."""
    limit, undefined = _limits(xt[:, bad].T)
    out[:, bad] = value(limit, undefined).T


def _softmax_limit(limit, undefined):
    return np.where(undefined, np.nan, limit)


def _softmax_columns(xt):
    r"""Softmax over axis 0: :math:`e^{d}(1 + \delta) / S` with ``S`` summed exactly."""
    _, _, _, d, dl, bad = _shift(xt, axis=0)  # (xt itself is kept for the special rows)
    e = np.exp(d, out=d)  # exactly 1 at the maxima, 0 far below
    dl *= e  # e^(d + dl) = e + e dl to first order
    # S = sum(e + e dl) as hi + lo: the parts of e on a 2**-19 grid add up exactly, the rest
    # (below 2**-20 each) and the e dl terms are far below the last place of S.
    grid = e + _GRID
    grid -= _GRID
    total = np.sum(grid, axis=0, keepdims=True)
    rest = np.subtract(e, grid, out=grid)
    rest += dl
    total, total_lo = fast_two_sum(total, np.sum(rest, axis=0, keepdims=True))
    # (e + e dl) / (total + total_lo) = q + (e dl / total - q total_lo / total), q = e / total
    s = np.divide(e, total, out=e)
    dl /= total
    dl -= s * (total_lo / total)
    s += dl
    if bad is not None:
        _replace_bad_columns(s, xt, bad, _softmax_limit)
    return s


def _softmin_columns(xt):
    return _softmax_columns(np.negative(xt, out=xt))


# --- double-double helpers for the Jacobians: every entry is rounded once at the end ---------


def _dd_sum(values, axis=-1):
    """Compensated (Neumaier) sum over `axis` of non-negative ``values``: ``(hi, lo)``."""
    values = np.moveaxis(values, axis, 0)
    hi = values[0].copy()
    lo = np.zeros_like(hi)
    for j in range(1, values.shape[0]):
        hi, err = two_sum(hi, values[j])
        lo += err
    return fast_two_sum(hi, lo)


def _dd_div(ah, al, bh, bl):
    """``(ah + al) / (bh + bl)`` as ``(hi, lo)``, for ``bh > 0``."""
    q = ah / bh
    p, pl = two_product(q, bh)
    return q, (((ah - p) - pl) + al - q * bl) / bh


def _jacobian_parts(xm):
    """``(s, c, bad)`` for the Jacobians: ``s = softmax`` and ``c = 1 - s``, each as ``(hi, lo)``.

    ``c_i`` is the sum of the other terms over the total, never ``1 - s_i``.  Computed on the
    transposed rows, as in :func:`_in_column_blocks`; ``s`` and ``c`` come back in the layout
    of `xm`.
    """
    shape = xm.shape
    xt = xm.reshape(-1, shape[-1]).T.copy()
    xt, m, _, d, dl, bad = _shift(xt, axis=0)
    lt = xt < m
    eh = np.exp(d)  # 1 at the maxima, 0 far below
    el = eh * dl  # e^{x - m} = eh + el (to second order)
    eh = np.where(lt, eh, 0.0)  # the smaller terms only (el is 0 at the maxima)
    th, tl = _dd_sum(eh, axis=0)
    th, tl = fast_two_sum(th, tl + np.sum(el, axis=0))
    k = shape[-1] - np.sum(lt, axis=0, dtype=np.float64)
    sh, sl = two_sum(k, th)  # total = k + t
    sh, sl = fast_two_sum(sh, sl + tl)
    terms = np.where(lt, eh, 1.0)
    s = _dd_div(terms, el, sh, sl)
    # The other terms: total - e_i for x_i < m (at least k >= 1, no harmful cancellation);
    # (k - 1) + t for a maximum (t alone, exactly, when the maximum is unique).
    oh, ol = two_sum(np.where(lt, sh, k - 1.0), np.where(lt, -eh, th))
    ol = ol + np.where(lt, sl - el, tl)
    c = _dd_div(oh, ol, sh, sl)
    if bad is not None:
        bad = bad.reshape(shape[:-1])
    (sh, sl), (ch, cl) = ((part.T.reshape(shape) for part in pair) for pair in (s, c))
    return (sh, sl), (ch, cl), bad


def _negated_outer_rounded(sh, sl):
    """``-s_i s_j`` for each row of ``s = sh + sl`` (activation axis last), rounded once.

    Why transposed: the rows' entries go first, so that every operation on the ``n * n``
    products runs as one loop over the rows rather than once per row over ``n`` entries.  Why
    not :func:`dd_mul_rounded`: with ``sh = a1 + a2`` (Veltkamp), ``a1_i a1_j - p + a1_i a2_j``
    is exact (Dekker's first steps), and the remaining terms, ``a1_i sl_j + (a2 + sl)_i sh_j``,
    only need to be right to their own last place; the splits and the sums on ``n`` entries
    per row are done once instead of on the ``n * n`` products.
    """
    sht = np.ascontiguousarray(np.moveaxis(sh, -1, 0))
    slt = np.ascontiguousarray(np.moveaxis(sl, -1, 0))
    a1, a2 = split(sht)
    below = a2 + slt
    p = sht[:, None] * sht[None]
    lo = a1[:, None] * a1[None]
    lo -= p
    lo += a1[:, None] * a2[None]
    rest = a1[:, None] * slt[None]
    rest += below[:, None] * sht[None]
    lo += rest
    p += lo
    jac = np.empty(sh.shape + sh.shape[-1:])
    np.negative(np.moveaxis(p, (0, 1), (-2, -1)), out=jac)
    return jac


def _softmax_jacobian_rows(xm):
    (sh, sl), (ch, cl), bad = _jacobian_parts(xm)
    jac = _negated_outer_rounded(sh, sl)
    i = np.arange(xm.shape[-1])
    jac[..., i, i] = dd_mul_rounded(sh, sl, ch, cl)  # s_i (1 - s_i)
    if bad is not None:
        _, undefined = _limits(xm[bad])  # the limit of diag(s) - s s^T is 0 wherever it exists
        jac[bad] = np.where(undefined[:, :, None] & undefined[:, None, :], np.nan, 0.0)
    return jac


def _empty_jacobian(xm, n_out):
    return np.zeros((*xm.shape[:-1], n_out, xm.shape[-1]))


@vectorwise
def softmax(x, axis=-1):
    r"""Softmax, :math:`\operatorname{softmax}(x)_i = \frac{e^{x_i}}{\sum_{j=1}^{n} e^{x_j}}`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis along which the entries sum to 1 (default: the last, as in JAX and Keras;
        PyTorch's `dim` must be given explicitly).

    Returns
    -------
    ndarray
        Probabilities in :math:`[0, 1]` summing to 1 along `axis`; same shape and float dtype
        as `x`.

    See Also
    --------
    softmax_derivative : Its Jacobian.
    log_softmax : Its logarithm, computed directly.
    softmin : ``softmax(-x)``.

    Notes
    -----
    .. math::

        \begin{gathered}
        s_i = \operatorname{softmax}(x)_i = \frac{e^{x_i}}{\sum_{j=1}^{n} e^{x_j}} \\[1ex]
        \frac{\partial\,\operatorname{softmax}(x)_i}{\partial x_j} = s_i\,(\delta_{ij} - s_j),
        \quad s = \operatorname{softmax}(x)
        \end{gathered}

    With :math:`m = \max_j x_j`, :math:`s_i = e^{x_i - m} / \sum_j e^{x_j - m}`: every
    exponential is at most 1, so nothing overflows, and the denominator is at least 1.  The
    rounding error of :math:`x_i - m` is recovered exactly and corrected for, so that a large
    difference does not spoil the exponential, and the denominator is summed exactly (the
    terms are split on a fixed binary grid, whose parts add up without rounding), so that a
    long row costs no accuracy.  The result is within 2 ULP of the correctly rounded value
    wherever that is a normal number.

    Infinite entries give the limits: :math:`-\infty` gets 0, a single :math:`+\infty` gets 1
    and the others 0.  Tied infinite maxima (two :math:`+\infty`, or a row of length
    :math:`n \ge 2` of :math:`-\infty`) get NaN, since their shares depend on how they tend
    to infinity; a NaN anywhere in a row makes the whole row NaN.  For :math:`n = 1` softmax
    is the constant 1.

    References
    ----------
    .. [1] J. S. Bridle, "Probabilistic interpretation of feedforward classification network
       outputs, with relationships to statistical pattern recognition", in Neurocomputing:
       Algorithms, Architectures and Applications, Springer, 227-236, 1990.

    Examples
    --------
    >>> from activations import softmax
    >>> softmax([0.0, np.log(3.0)])
    array([0.25, 0.75])
    >>> softmax([1000.0, 0.0, -np.inf])
    array([1., 0., 0.])
    >>> softmax([[1e300, 1e300], [np.inf, 0.0]])
    array([[0.5, 0.5],
           [1. , 0. ]])
    >>> softmax([np.inf, np.inf, 0.0])
    array([nan, nan,  0.])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return np.array(x, copy=True)
    return np.moveaxis(_in_column_blocks(_softmax_columns, xm), -1, axis)


@vectorwise
def softmax_derivative(x, axis=-1):
    r"""Jacobian of :func:`softmax`: the diagonal matrix of the softmax minus its outer product.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis softmax acts along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n, n)`` where ``n = x.shape[axis]`` and ``other_axes`` are the
        remaining axes of `x` in order; ``J[..., i, j]`` is :math:`\partial s_i / \partial x_j`.
        Entries lie in :math:`[-1/4, 1/4]`.

    See Also
    --------
    softmax : The function.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{softmax}(x)_i}{\partial x_j} = s_i\,(\delta_{ij} - s_j),
        \quad s = \operatorname{softmax}(x)

    .. math::

        J = \operatorname{diag}(s) - s s^{\mathsf T}, \qquad
        J_{ii} = s_i (1 - s_i) = s_i \sum_{j \ne i} s_j

    The diagonal is computed from the right-hand form: :math:`1 - s_i` would round to 0 (or
    lose all its digits) when :math:`s_i` is close to 1, while the sum of the other terms keeps
    full precision.  The off-diagonal :math:`-s_i s_j` involves no cancellation.

    At a unique :math:`+\infty` (or where some entries are :math:`-\infty`) the limits are 0;
    entries :math:`J_{ij}` where both :math:`i` and :math:`j` are tied infinite maxima are NaN.

    Examples
    --------
    >>> from activations import softmax_derivative
    >>> softmax_derivative([0.0, 0.0])
    array([[ 0.25, -0.25],
           [-0.25,  0.25]])
    >>> float(softmax_derivative([40.0, 0.0])[0, 0])
    4.248354255291589e-18
    >>> softmax_derivative([np.inf, 0.0, -np.inf]).max()
    np.float64(0.0)
    >>> softmax_derivative(np.zeros((4, 3)), axis=0).shape
    (3, 4, 4)
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return _empty_jacobian(xm, 0)
    return _in_row_blocks(_softmax_jacobian_rows, xm, xm.shape[-1] ** 2)


def _log_softmax_limit(limit, undefined):
    return np.where(undefined, np.nan, np.where(limit == 1.0, 0.0, -np.inf))


def _log_softmax_columns(xt):
    """Log-softmax over axis 0, :math:`(x_i - m) - \\log_{1p}(S - 1)`, ``S`` the sum of
    :math:`e^{x_j - m}` (each 1 at a maximum)."""
    xs, m, floor, d, dl, bad = _shift(xt, axis=0)
    e = np.exp(d)
    # S - 1 as in _softmax_columns: the parts of e on the grid, 1 at each maximum among them,
    # add up exactly, and so does their sum less 1; the rest (and e dl) is added to that once,
    # so that S - 1 keeps its relative precision when it is tiny.
    edl = e * dl
    grid = e + _GRID
    grid -= _GRID
    whole = np.sum(grid, axis=0, keepdims=True) - 1.0
    rest = np.subtract(e, grid, out=grid)
    rest += edl
    above_one = whole + np.sum(rest, axis=0, keepdims=True)
    if (np.min(xs, axis=0, keepdims=True) < floor).any():  # (cheaper than a mask first)
        far = xs < floor  # x - m rounded there too; overflow to -inf is the right rounding
        with np.errstate(over="ignore"):
            d = np.where(far, xs - m, d)
        dl = np.where(far, 0.0, dl)  # (dl belonged to the clamped value)
    out = (d - np.log1p(above_one)) + dl
    if bad is not None:
        _replace_bad_columns(out, xt, bad, _log_softmax_limit)
    return out


@vectorwise
def log_softmax(x, axis=-1):
    r"""Log-softmax along `axis`: the logarithm of :func:`softmax`, computed without its underflow.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis along which the exponentials sum to 1 (default: the last, as in JAX and
        Keras; PyTorch's `dim` must be given explicitly).

    Returns
    -------
    ndarray
        Log-probabilities in :math:`[-\infty, 0]`; same shape and float dtype as `x`.

    See Also
    --------
    log_softmax_derivative : Its Jacobian.
    softmax : The probabilities themselves.

    Notes
    -----
    .. math::

        \begin{gathered}
        \ell_i = \log\operatorname{softmax}(x)_i = x_i - \log \sum_{j=1}^{n} e^{x_j} \\[1ex]
        \frac{\partial \log\operatorname{softmax}(x)_i}{\partial x_j}
        = \delta_{ij} - \operatorname{softmax}(x)_j
        \end{gathered}

    With :math:`m = \max_j x_j`, :math:`k` the number of entries equal to :math:`m` and
    :math:`t = \sum_{x_j < m} e^{x_j - m}`,

    .. math::

        \ell_i = (x_i - m) - \log_{1p}(t + k - 1),

    two terms of the same sign, so no cancellation; ``log1p`` keeps the tiny :math:`t` that
    ``log(1 + t)`` would round away (the largest entry's :math:`\ell` is :math:`-t`, not 0).
    The rounding error of :math:`x_i - m` is recovered exactly and added back.  This is never
    ``log(softmax(x))``, which underflows to :math:`-\infty` below :math:`-745`.

    Infinities follow :func:`softmax`: :math:`-\infty` entries give :math:`-\infty`; with a
    single :math:`+\infty` it gives 0 there and :math:`-\infty` elsewhere; tied infinite maxima
    give NaN at those entries.

    References
    ----------
    .. [1] J. S. Bridle, "Probabilistic interpretation of feedforward classification network
       outputs, with relationships to statistical pattern recognition", in Neurocomputing:
       Algorithms, Architectures and Applications, Springer, 227-236, 1990.

    Examples
    --------
    >>> from activations import log_softmax
    >>> log_softmax([0.0, 0.0])
    array([-0.69314718, -0.69314718])
    >>> log_softmax([0.0, -40.0])
    array([-4.24835426e-18, -4.00000000e+01])
    >>> log_softmax([1e300, -1e300, -np.inf])
    array([ 0.e+000, -2.e+300,    -inf])
    >>> log_softmax([np.inf, 0.0])
    array([  0., -inf])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return np.array(x, copy=True)
    return np.moveaxis(_in_column_blocks(_log_softmax_columns, xm), -1, axis)


def _log_softmax_jacobian_rows(xm):
    """The Jacobian of log-softmax over the last axis, :math:`\\delta_{ij} - s_j`."""
    n = xm.shape[-1]
    (sh, sl), (ch, cl), bad = _jacobian_parts(xm)
    jac = np.repeat(-(sh + sl)[..., None, :], n, axis=-2)
    i = np.arange(n)
    jac[..., i, i] = ch + cl  # 1 - s_i, from the sum of the other terms
    if bad is not None:
        limit, undefined = _limits(xm[bad])
        jac[bad] = np.where(undefined[:, None, :], np.nan, np.eye(n) - limit[:, None, :])
    return jac


@vectorwise
def log_softmax_derivative(x, axis=-1):
    r"""Jacobian of :func:`log_softmax`: the identity matrix minus the softmax in every row.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis log-softmax acts along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial \ell_i / \partial x_j`.  Entries lie in :math:`[-1, 1]`.

    See Also
    --------
    log_softmax : The function.
    softmax : :math:`s`.

    Notes
    -----
    .. math::

        \frac{\partial \log\operatorname{softmax}(x)_i}{\partial x_j}
        = \delta_{ij} - \operatorname{softmax}(x)_j

    .. math::

        J = I - \mathbf{1} s^{\mathsf T}, \quad s = \operatorname{softmax}(x), \qquad
        J_{ii} = 1 - s_i = \frac{\sum_{j \ne i} e^{x_j}}{\sum_j e^{x_j}}

    Every row is the same vector :math:`-s` plus 1 on the diagonal.  The diagonal comes from
    the right-hand form, the sum of the other terms, which does not cancel when :math:`s_i`
    is close to 1.

    With a single :math:`+\infty` at :math:`k`, :math:`s = e_k`; columns of tied infinite
    maxima are NaN.

    Examples
    --------
    >>> from activations import log_softmax_derivative
    >>> log_softmax_derivative([0.0, 0.0])
    array([[ 0.5, -0.5],
           [-0.5,  0.5]])
    >>> float(log_softmax_derivative([40.0, 0.0])[0, 0])
    4.248354255291589e-18
    >>> log_softmax_derivative([np.inf, 0.0, -np.inf])
    array([[ 0.,  0.,  0.],
           [-1.,  1.,  0.],
           [-1.,  0.,  1.]])
    """
    xm = np.moveaxis(x, axis, -1)
    n = xm.shape[-1]
    if n == 0:
        return _empty_jacobian(xm, 0)
    return _in_row_blocks(_log_softmax_jacobian_rows, xm, n * n)


@vectorwise
def softmin(x, axis=-1):
    r"""Softmin along `axis`: the softmax of the negated input, largest at the smallest entries.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis along which the entries sum to 1 (default: the last; PyTorch's `dim` must
        be given explicitly).

    Returns
    -------
    ndarray
        Probabilities in :math:`[0, 1]` summing to 1 along `axis`, largest at the smallest
        entry; same shape and float dtype as `x`.

    See Also
    --------
    softmin_derivative : Its Jacobian.
    softmax : The same with the sign of `x` flipped.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{softmin}(x)_i = \frac{e^{-x_i}}{\sum_{j=1}^{n} e^{-x_j}} \\[1ex]
        \frac{\partial\,\operatorname{softmin}(x)_i}{\partial x_j} = -s_i\,(\delta_{ij} - s_j),
        \quad s = \operatorname{softmin}(x)
        \end{gathered}

    Computed as :func:`softmax` of :math:`-x` (negation is exact), so it inherits its
    stability and its treatment of infinities with the roles of :math:`\pm\infty` swapped.

    References
    ----------
    .. [1] J. S. Bridle, "Probabilistic interpretation of feedforward classification network
       outputs, with relationships to statistical pattern recognition", in Neurocomputing:
       Algorithms, Architectures and Applications, Springer, 227-236, 1990.

    Examples
    --------
    >>> from activations import softmin
    >>> softmin([0.0, np.log(3.0)])
    array([0.75, 0.25])
    >>> softmin([-1e300, 0.0, np.inf])
    array([1., 0., 0.])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return np.array(x, copy=True)
    return np.moveaxis(_in_column_blocks(_softmin_columns, xm), -1, axis)


@vectorwise
def softmin_derivative(x, axis=-1):
    r"""Jacobian of :func:`softmin`: the outer product of the softmin minus its diagonal matrix.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis softmin acts along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial s_i / \partial x_j`.  Entries lie in :math:`[-1/4, 1/4]`.

    See Also
    --------
    softmin : The function.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{softmin}(x)_i}{\partial x_j} = -s_i\,(\delta_{ij} - s_j),
        \quad s = \operatorname{softmin}(x)

    .. math::

        J = s s^{\mathsf T} - \operatorname{diag}(s), \qquad
        J_{ii} = -s_i \sum_{j \ne i} s_j

    The negated Jacobian of :func:`softmax` at :math:`-x`, with the same cancellation-free
    diagonal.

    Examples
    --------
    >>> from activations import softmin_derivative
    >>> softmin_derivative([0.0, 0.0])
    array([[-0.25,  0.25],
           [ 0.25, -0.25]])
    >>> float(softmin_derivative([-40.0, 0.0])[0, 0])
    -4.248354255291589e-18
    >>> float(np.abs(softmin_derivative([-np.inf, 0.0, 1e300])).max())
    0.0
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return _empty_jacobian(xm, 0)
    jac = _in_row_blocks(_softmax_jacobian_rows, -xm, xm.shape[-1] ** 2)
    return np.negative(jac, out=jac)


# --- the gated linear unit --------------------------------------------------------------------


def _halves(xm, fname, axis):
    """The two halves of the last axis, each copied into one contiguous block.

    As views, the halves of short rows are strided, and numpy then runs its inner loop once per
    row (5 elements for rows of 10): copying them first makes every later operation a single
    loop over all elements, several times faster.
    """
    n = xm.shape[-1]
    if n % 2:
        raise ValueError(f"{fname}: x.shape[{axis}] must be even to split it in halves, got {n}")
    return np.ascontiguousarray(xm[..., : n // 2]), np.ascontiguousarray(xm[..., n // 2 :])


@vectorwise
def glu(x, axis=-1):
    r"""Gated linear unit: the first half of `x` along `axis`, gated by the sigmoid of the second.

    `x` is split into two halves along `axis`, :math:`a` (the first) and :math:`b` (the
    second), which must therefore have even length.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last, as in PyTorch, JAX and Keras).

    Returns
    -------
    ndarray
        :math:`a \odot \sigma(b)`, the shape of `x` with ``x.shape[axis]`` halved; same float
        dtype as `x`.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd.

    See Also
    --------
    glu_derivative : Its Jacobian.
    sigmoid : The gate :math:`\sigma`.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{GLU}(a, b) = a \odot \sigma(b), \quad x = (a, b) \\[1ex]
        \frac{\partial\,\operatorname{GLU}_i}{\partial a_j} = \delta_{ij}\,\sigma(b_i), \quad
        \frac{\partial\,\operatorname{GLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\,\sigma(b_i)\bigl(1 - \sigma(b_i)\bigr)
        \end{gathered}

    The form :math:`a / (1 + e^{-b})` loses at most about 1.5 ULP (the relative error of
    :math:`e^{-b}` is damped by the division) and takes one exponential, with :math:`b` clamped
    at :math:`-708` so that it cannot overflow.  Below that, :math:`e^{b}` is subnormal and
    :math:`a\,\sigma(b) \approx a e^{b}` can still be a normal number for large :math:`a`;
    there the product is formed as :math:`(a\,e^{b/2})\,e^{b/2}` from two normal halves.

    An infinite :math:`a` gives :math:`\pm\infty` (the gate is positive) except at
    :math:`b = -\infty`, where :math:`\infty \cdot 0` has no limit and the result is NaN.

    References
    ----------
    .. [1] Y. N. Dauphin, A. Fan, M. Auli and D. Grangier, "Language modeling with gated
       convolutional networks", ICML 2017, arXiv:1612.08083.

    Examples
    --------
    >>> from activations import glu
    >>> glu([1.0, -2.0, 0.0, np.inf])
    array([ 0.5, -2. ])
    >>> glu([[np.inf, 3.0], [1e300, -np.inf]])
    array([[inf],
           [ 0.]])
    >>> float(glu([1e300, -740.0])[0])
    4.188739880048049e-22
    """
    rows = np.moveaxis(x, axis, -1)
    out = _in_row_blocks(lambda xm: _glu_of_halves(*_halves(xm, "glu", axis)), rows, rows.shape[-1])
    return np.moveaxis(out, -1, axis)


def _glu_of_halves(a, b):
    den = np.maximum(b, -_SUBNORMAL_EXP)  # NaN stays NaN
    np.negative(den, out=den)
    np.exp(den, out=den)
    den += 1.0
    out = np.divide(a, den, out=den)  # a / (1 + e^-b); infinite a gives +-inf here
    tail = b < -_SUBNORMAL_EXP
    if tail.any():
        a_tail, b_tail = a[tail], b[tail]
        half = np.exp(0.5 * b_tail)  # 0 below -1490 or at -inf
        infinite = np.isinf(a_tail)
        finite_a = np.where(infinite, np.sign(a_tail), a_tail)
        value = (finite_a * half) * half
        # +-inf times a positive gate is +-inf; times the limit 0 at b = -inf it has no limit
        out[tail] = np.where(infinite, np.where(b_tail > -np.inf, a_tail, np.nan), value)
    return out


@vectorwise
def glu_derivative(x, axis=-1):
    r"""Jacobian of :func:`glu`: nonzero only on two diagonals, one for each half of `x`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n // 2, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial\, \operatorname{GLU}_i / \partial x_j`: :math:`\sigma(b_i)` at
        :math:`j = i`, :math:`a_i \sigma'(b_i)` at :math:`j = n/2 + i`, 0 elsewhere.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd.

    See Also
    --------
    glu : The function.
    sigmoid_derivative : :math:`\sigma'`.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{GLU}_i}{\partial a_j} = \delta_{ij}\,\sigma(b_i), \quad
        \frac{\partial\,\operatorname{GLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\,\sigma(b_i)\bigl(1 - \sigma(b_i)\bigr)

    .. math::

        J = \bigl[\operatorname{diag}(\sigma(b)) \;\big|\;
                  \operatorname{diag}(a \odot \sigma'(b))\bigr], \qquad
        \sigma'(b) = \frac{e^{-|b|}}{(1 + e^{-|b|})^2}

    The symmetric form of :math:`\sigma'` has no cancellation; for :math:`|b| > 708`, where
    :math:`e^{-|b|}` is subnormal, :math:`a \sigma'(b)` is formed as
    :math:`(a\,e^{-|b|/2})\,e^{-|b|/2}` as in :func:`glu`.  Each entry is the formula at the
    point: :math:`\sigma(b_i)` does not depend on :math:`a_i` and stays finite when
    :math:`a_i` is NaN or infinite; :math:`a_i \sigma'(b_i)` is :math:`\pm\infty` for infinite
    :math:`a_i` and finite :math:`b_i`, and NaN for infinite :math:`a_i` and infinite
    :math:`b_i` (no limit).

    Examples
    --------
    >>> from activations import glu_derivative
    >>> glu_derivative([2.0, 0.0])
    array([[0.5, 0.5]])
    >>> glu_derivative([1.0, -1.0, 0.0, np.inf])
    array([[ 0.5 ,  0.  ,  0.25,  0.  ],
           [ 0.  ,  1.  ,  0.  , -0.  ]])
    """
    xm = np.moveaxis(x, axis, -1)
    a, b = _halves(xm, "glu_derivative", axis)
    h = a.shape[-1]
    e = np.exp(-np.abs(b))
    gate = np.maximum(e, b >= 0) / (1.0 + e)  # np.where(b >= 0, 1.0, e) without a branch (e <= 1)
    infinite = np.isinf(a)
    some_infinite = infinite.any()
    a_safe = np.where(infinite, np.sign(a), a) if some_infinite else a
    # sigma'(b) = e / (1 + e)^2 as a double-double (1 + e and its square kept exact), then
    # times a: two roundings instead of five.
    uh, ul = fast_two_sum(1.0, e)
    dh, dl = two_product(uh, uh)
    qh, ql = _dd_div(e, 0.0, dh, dl + 2.0 * uh * ul)
    slope = a_safe * qh + a_safe * ql
    tail = np.abs(b) > _SUBNORMAL_EXP
    if tail.any():  # e is subnormal: two normal halves, and a applied in between
        half = np.exp(-0.5 * np.abs(b[tail]))
        slope[tail] = (a_safe[tail] * half) * half
    if some_infinite:
        slope = np.where(infinite, np.where(np.isfinite(b), a, np.nan), slope)
    jac = _empty_jacobian(xm, h)
    i = np.arange(h)
    jac[..., i, i] = gate
    jac[..., i, h + i] = slope
    return jac


# --- concatenated ReLU ------------------------------------------------------------------------


@vectorwise
def crelu(x, axis=-1):
    r"""Concatenated ReLU: the ReLU of `x` followed by the ReLU of `-x`, doubling `axis`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis along which the two halves are concatenated (default: the last, as in
        TensorFlow's ``tf.nn.crelu``).

    Returns
    -------
    ndarray
        The shape of `x` with ``x.shape[axis]`` doubled: for ``n = x.shape[axis]``, entries
        ``0 .. n-1`` along `axis` are :math:`\max(x_i, 0)` and entries ``n .. 2n-1`` are
        :math:`\max(-x_i, 0)`.  Same float dtype as `x`; every entry is non-negative.

    See Also
    --------
    crelu_derivative : Its Jacobian.
    relu : Each half.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{CReLU}(x) = \bigl(\max(x, 0),\ \max(-x, 0)\bigr) \\[1ex]
        \frac{\partial\,\operatorname{CReLU}_i}{\partial x_j} = \delta_{ij}\,\mathbf{1}_{x_j > 0},
        \quad \frac{\partial\,\operatorname{CReLU}_{n+i}}{\partial x_j}
        = -\delta_{ij}\,\mathbf{1}_{x_j < 0}
        \end{gathered}

    The positive half comes first, as in TensorFlow's ``tf.nn.crelu`` (which concatenates
    ``features`` and ``-features`` and applies ``relu``) and in the paper.  Both halves are
    exact (a negation and a comparison with 0), so every dtype is correctly rounded.  Signed
    zeros pass through as in :func:`relu`, PyTorch and TensorFlow: :math:`x_i = 0` gives 0 and
    :math:`-0`, and :math:`x_i = -0` gives :math:`-0` and 0.  NaN gives NaN in both halves.

    References
    ----------
    .. [1] W. Shang, K. Sohn, D. Almeida and H. Lee, "Understanding and improving
       convolutional neural networks via concatenated rectified linear units", ICML 2016,
       arXiv:1603.05201.

    Examples
    --------
    >>> from activations import crelu
    >>> crelu([-np.inf, -2.0, 0.0, 1e300, np.inf])
    array([ 0.e+000,  0.e+000,  0.e+000,  1.e+300,      inf,      inf,  2.e+000, -0.e+000,
            0.e+000,  0.e+000])
    >>> crelu(np.zeros((2, 3)), axis=0).shape
    (4, 3)
    """
    xm = np.moveaxis(x, axis, -1)
    n = xm.shape[-1]
    out = np.empty((*xm.shape[:-1], 2 * n))
    np.clip(xm, 0.0, np.inf, out=out[..., :n])  # exact, and NaN stays NaN
    negated = np.negative(xm, out=out[..., n:])
    np.clip(negated, 0.0, np.inf, out=negated)
    return np.moveaxis(out, -1, axis)


@vectorwise
def crelu_derivative(x, axis=-1):
    r"""Jacobian of :func:`crelu`: a diagonal of ReLU slopes over a diagonal of their mirror images.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis :func:`crelu` concatenates along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, 2 * n, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial\, \operatorname{CReLU}_i / \partial x_j`: 1 at ``(i, i)`` for
        :math:`x_i > 0`, -1 at ``(n + i, i)`` for :math:`x_i < 0`, 0 elsewhere.

    See Also
    --------
    crelu : The function.
    relu_derivative : The slope of each half.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{CReLU}_i}{\partial x_j} = \delta_{ij}\,\mathbf{1}_{x_j > 0},
        \quad \frac{\partial\,\operatorname{CReLU}_{n+i}}{\partial x_j}
        = -\delta_{ij}\,\mathbf{1}_{x_j < 0}

    .. math::

        J = \begin{pmatrix} \operatorname{diag}(\mathbf{1}_{x > 0}) \\
                            -\operatorname{diag}(\mathbf{1}_{x < 0}) \end{pmatrix}

    At the kink :math:`x_i = 0` both entries of column :math:`i` are 0: PyTorch's autograd of
    ``torch.cat([relu(x), relu(-x)], dim=-1)`` gives 0 there, since its ReLU has slope 0 at
    0 on either side of the concatenation.  A NaN :math:`x_i` gives NaN at ``(i, i)`` and
    ``(n + i, i)``; the other entries are 0.

    Examples
    --------
    >>> from activations import crelu_derivative
    >>> crelu_derivative([2.0, 0.0, -1.0])
    array([[ 1.,  0.,  0.],
           [ 0.,  0.,  0.],
           [ 0.,  0.,  0.],
           [ 0.,  0.,  0.],
           [ 0.,  0.,  0.],
           [ 0.,  0., -1.]])
    >>> crelu_derivative([-np.inf, 1e300, np.inf])[[0, 1, 2, 3], [0, 1, 2, 0]]
    array([ 0.,  1.,  1., -1.])
    """
    xm = np.moveaxis(x, axis, -1)
    n = xm.shape[-1]
    jac = _empty_jacobian(xm, 2 * n)
    i = np.arange(n)
    jac[..., i, i] = xm > 0
    jac[..., n + i, i] = np.subtract(0.0, xm < 0)  # -1 or +0.0 (never -0.0)
    if n and np.isnan(np.min(xm)):  # (a min reduction says at once whether there is a NaN)
        jac[..., i, i] = np.where(np.isnan(xm), np.nan, jac[..., i, i])
        jac[..., n + i, i] = np.where(np.isnan(xm), np.nan, jac[..., n + i, i])
    return jac


# --- maxout -----------------------------------------------------------------------------------


def _pieces(xm, k, fname, axis):
    """Check `k` (a positive integer dividing the length of the axis) and return it as an int."""
    if isinstance(k, (bool, np.bool_)) or not isinstance(k, (int, np.integer)):
        raise TypeError(f"{fname}: k must be a positive integer, not {type(k).__name__}")
    if k < 1:
        raise ValueError(f"{fname}: k must be a positive integer, got {k}")
    n = xm.shape[-1]
    if n % k:
        raise ValueError(f"{fname}: k = {k} must divide x.shape[{axis}] = {n}")
    return int(k)


@vectorwise
def maxout(x, k=2, axis=-1):
    r"""Maxout: the maximum of each group of `k` consecutive entries of `x` along `axis`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be a multiple of `k`.
    k : int, optional
        The number of pieces each output takes the maximum of (default: 2).  Output ``i`` is
        the maximum of entries ``i*k .. i*k + k-1`` along `axis`: consecutive groups, as in
        TensorFlow's ``tf.contrib.layers.maxout`` and PyTorch code that writes
        ``x.view(..., n // k, k).max(-1)``.
    axis : int, optional
        The axis to take the groups along (default: the last).

    Returns
    -------
    ndarray
        The shape of `x` with ``x.shape[axis]`` divided by `k`; same float dtype as `x`.

    Raises
    ------
    TypeError
        If `k` is not an integer.
    ValueError
        If `k` is less than 1 or does not divide ``x.shape[axis]``.

    See Also
    --------
    maxout_derivative : Its Jacobian.
    relu : ``maxout`` of the pairs :math:`(x_i, 0)`.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{maxout}(x)_i = \max_{1 \le j \le k} x_{(i-1)k + j} \\[1ex]
        \frac{\partial\,\operatorname{maxout}(x)_i}{\partial x_{(i-1)k + j}}
        = \mathbf{1}_{j = j^*_i}, \quad
        j^*_i = \min \operatorname*{arg\,max}_{1 \le l \le k} x_{(i-1)k + l}
        \end{gathered}

    The maximum is exact in every dtype.  In the network of the paper each piece
    :math:`x_{(i-1)k+j}` is an affine function of the layer's input; this function is the
    maximum alone, applied to the output of one linear layer with :math:`k` times as many
    units.  A group that holds a NaN gives NaN; tied maxima give their common value (for a
    tie of :math:`0` and :math:`-0`, either zero).

    References
    ----------
    .. [1] I. J. Goodfellow, D. Warde-Farley, M. Mirza, A. Courville and Y. Bengio, "Maxout
       networks", ICML 2013, arXiv:1302.4389.

    Examples
    --------
    >>> from activations import maxout
    >>> maxout([-np.inf, 0.0, 1e300, -1e300, np.inf, -1.0])
    array([0.e+000, 1.e+300,     inf])
    >>> maxout([3.0, -1.0, 2.0, 5.0, 0.0, 4.0], k=3)
    array([3., 5.])
    >>> maxout(np.zeros((4, 3)), axis=0).shape
    (2, 3)
    """
    xm = np.moveaxis(x, axis, -1)
    k = _pieces(xm, k, "maxout", axis)
    # np.maximum propagates NaN; at a tie the value is the same whichever piece it comes from.
    out = np.array(xm[..., 0::k]) if k == 1 else np.maximum(xm[..., 0::k], xm[..., 1::k])
    for j in range(2, k):
        np.maximum(out, xm[..., j::k], out=out)
    return np.moveaxis(out, -1, axis)


@vectorwise
def maxout_derivative(x, k=2, axis=-1):
    r"""Jacobian of :func:`maxout`: in each row a single 1, at the first maximum of the group.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be a multiple of `k`.
    k : int, optional
        The number of pieces per output (default: 2).
    axis : int, optional
        The axis :func:`maxout` groups along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n // k, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial\, \operatorname{maxout}_i / \partial x_j` (0-based): 1 at the first
        maximum of entries ``i*k .. i*k + k-1``, 0 elsewhere.

    Raises
    ------
    TypeError
        If `k` is not an integer.
    ValueError
        If `k` is less than 1 or does not divide ``x.shape[axis]``.

    See Also
    --------
    maxout : The function.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{maxout}(x)_i}{\partial x_{(i-1)k + j}}
        = \mathbf{1}_{j = j^*_i}, \quad
        j^*_i = \min \operatorname*{arg\,max}_{1 \le l \le k} x_{(i-1)k + l}

    Where several pieces of a group tie for the maximum the function has a kink and no
    derivative; the whole gradient goes to the first of them, as PyTorch's autograd of
    ``x.view(..., n // k, k).max(-1).values`` does (``torch.max`` along a dimension returns
    the index of the first maximal value, and its backward sends the gradient there).
    PyTorch's ``amax`` and the ``max`` of JAX and MLX split it equally among the tied pieces
    instead.  A group that holds a NaN gets NaN in all its :math:`k` entries of the row (PyTorch sends the
    gradient to the NaN instead); the other entries are 0.

    Examples
    --------
    >>> from activations import maxout_derivative
    >>> maxout_derivative([1.0, 3.0, 0.0, 0.0])
    array([[0., 1., 0., 0.],
           [0., 0., 1., 0.]])
    >>> maxout_derivative([-np.inf, 1e300, np.inf, np.inf, -np.inf, -np.inf])
    array([[0., 1., 0., 0., 0., 0.],
           [0., 0., 1., 0., 0., 0.],
           [0., 0., 0., 0., 1., 0.]])
    """
    xm = np.moveaxis(x, axis, -1)
    k = _pieces(xm, k, "maxout_derivative", axis)
    n = xm.shape[-1]
    m = n // k
    groups = xm.reshape(*xm.shape[:-1], m, k)
    first = np.argmax(groups, axis=-1)  # the first maximum, or the first NaN
    block = np.arange(k) == first[..., None]  # (..., m, k), one-hot
    jac = _empty_jacobian(xm, m)
    g = np.arange(m)
    jac.reshape(*xm.shape[:-1], m, m, k)[..., g, g, :] = block
    if n and np.isnan(np.min(xm)):
        undefined = np.isnan(groups).any(axis=-1)  # (..., m)
        diagonal = jac.reshape(*xm.shape[:-1], m, m, k)[..., g, g, :]
        diagonal[undefined] = np.nan
        jac.reshape(*xm.shape[:-1], m, m, k)[..., g, g, :] = diagonal
    return jac


# --- GLU variants: SwiGLU, GeGLU, ReGLU (Shazeer 2020) ----------------------------------------
#
# Each is a_i g(b_i) for a gate g (SiLU, GELU, ReLU) of the second half.  The product a g(b) is
# formed after g(b), which never overflows, so a g(b) overflows only where the true value does.
# Where g(b) is subnormal (b far in the left tail) a g(b) can still be a normal number for large
# a: there the product is formed as 2^k (e^r (a p)) with e^w = 2^k e^r and the tail's other
# factor p, rounded once by ldexp (as activations._exact.exp_times does).  a p is scaled by
# 2^-16 first so that it cannot overflow; the scale comes back exactly through k.

_SCALE_SHIFT = 16
_SCALE = 2.0**-_SCALE_SHIFT
_SILU_TAIL = -708.0  # below, e^b is subnormal
_SILU_CLAMP = -1500.0  # |a b| e^b < 5e-324 below, for every finite a
_GELU_TAIL = -37.5  # below, GELU(b) = -phi(|b|) S is subnormal
_GELU_CLAMP = -60.0  # a phi(b) (b^2 + 1) < 5e-324 below
_GELU_TANH_TAIL = -21.0  # below, e^{2u} < e^{-694}
_GELU_TANH_CLAMP = -30.0  # as in activations.gelu
_INV_SQRT_2PI = 0.3989422804014327
# Phi(-t)/phi(t) = S(1/t^2)/t and 1 - S/t^2 = T(1/t^2): asymptotic series, truncated where the
# next term is below 1e-21 for t >= 37.5
_GELU_S = (1.0, -1.0, 3.0, -15.0, 105.0, -945.0, 10395.0, -135135.0, 2027025.0, -34459425.0)
_GELU_T = (1.0, -1.0, 1.0, -3.0, 15.0, -105.0, 945.0, -10395.0, 135135.0, -2027025.0)


def _exp_product(w, w_lo, scaled):
    """``e^{w + w_lo} scaled 2^16`` rounded once, also where ``e^w`` alone is subnormal."""
    k = np.rint(w * _INV_LN2)
    r = (w - k * _LN2_HI) - k * _LN2_LO
    k += _SCALE_SHIFT
    return np.ldexp(np.exp(r) * (scaled * (1.0 + w_lo)), k.astype(np.intc))


def _product(a, g):
    """``a g`` with IEEE rules (an infinity times 0 is NaN: no limit there), without warnings."""
    with np.errstate(over="ignore", invalid="ignore"):
        return np.multiply(a, g, out=g)


def _patch_tail(out, a, b, threshold, tail_value):
    """Overwrite ``out`` where ``b < threshold`` with ``tail_value(a_t, b_t)`` (finite a only).

    The gate is nonzero and negative at every finite ``b`` of these tails, so an infinite ``a``
    gives the infinity of the opposite sign; at ``b = -inf`` the gate's limit is 0 and the
    product has no limit: NaN.
    """
    if not b.size or np.min(b) >= threshold:  # (a NaN minimum goes on)
        return out
    tail = b < threshold
    if not tail.any():
        return out
    at, bt = a[tail], b[tail]
    infinite = np.isinf(at)
    value = tail_value(np.where(infinite, np.sign(at), at), bt)
    out[tail] = np.where(infinite, np.where(bt > -np.inf, -at, np.nan), value)
    return out


def _silu_gate(b):
    """SiLU(b) within 1.5 ULP wherever it is a normal number (also for b < -708)."""
    g = smooth.silu(b)

    def tail(_, bt):
        bc = np.maximum(bt, _SILU_CLAMP)
        return _exp_product(bc, 0.0, bc * _SCALE)

    if b.size and not np.min(b) >= _SILU_TAIL:
        far = b < _SILU_TAIL
        g[far] = tail(None, b[far])
    return g


def _gelu_exact_tail(factor):
    """``a GELU(b)`` (``factor = _GELU_S``) or ``a GELU'(b)`` (``_GELU_T``) for ``b < -37.5``."""

    def value(at, bt):
        bc = np.maximum(bt, _GELU_CLAMP)
        p, q = two_product(bc, bc)
        t = 1.0 / p
        if factor is _GELU_S:  # GELU(b) = -phi(|b|) S(1/b^2)
            scaled = at * ((-_INV_SQRT_2PI * _SCALE) * horner(t, _GELU_S))
        else:  # GELU'(b) = b phi(b) T(1/b^2)
            scaled = at * ((bc * (_INV_SQRT_2PI * _SCALE)) * horner(t, _GELU_T))
        return _exp_product(-0.5 * p, -0.5 * q, scaled)

    return value


def _gelu_tanh_tail(derivative):
    """``a GELU_tanh(b)`` or ``a GELU_tanh'(b)`` for ``b < -21``, from ``e^{2u}`` rounded once."""

    def value(at, bt):
        bc = np.maximum(bt, _GELU_TANH_CLAMP)
        w, w_lo = smooth._odd_cubic(bc, smooth._K1, smooth._K3)  # 2u as a double-double
        if derivative:  # e^{2u} (1 + b 2u'), the rest far below the last place
            y, y_lo = smooth._odd_cubic(bc, smooth._K1, smooth._K3X3)
            p, p_lo = two_sum(1.0, y)
            other = p + (p_lo + y_lo)
        else:  # b sigma(2u) = b e^{2u}
            other = bc
        return _exp_product(w, w_lo, at * (other * _SCALE))

    return value


def _gated_jacobian(xm, gate, slope):
    h = gate.shape[-1]
    jac = _empty_jacobian(xm, h)
    i = np.arange(h)
    jac[..., i, i] = gate
    jac[..., i, h + i] = slope
    return jac


@vectorwise
def swiglu(x, axis=-1):
    r"""SwiGLU: the first half of `x` along `axis`, gated by the SiLU (Swish) of the second.

    `x` is split into two halves along `axis`, :math:`a` (the first) and :math:`b` (the
    second, the gate), which must therefore have even length, exactly as in :func:`glu`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last).

    Returns
    -------
    ndarray
        :math:`a \odot \operatorname{SiLU}(b)`, the shape of `x` with ``x.shape[axis]``
        halved; same float dtype as `x`.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd.

    See Also
    --------
    swiglu_derivative : Its Jacobian.
    glu : The same with the gate :math:`\sigma(b)`.
    silu : The gate :math:`\operatorname{SiLU}(b) = b\,\sigma(b)`.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{SwiGLU}(a, b) = a \odot \operatorname{SiLU}(b) = a \odot b\,\sigma(b),
        \quad x = (a, b) \\[1ex]
        \frac{\partial\,\operatorname{SwiGLU}_i}{\partial a_j} = \delta_{ij}\,b_i\,\sigma(b_i),
        \quad \frac{\partial\,\operatorname{SwiGLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\,\sigma(b_i)\bigl(1 + b_i\,(1 - \sigma(b_i))\bigr)
        \end{gathered}

    In a transformer's feed-forward layer (Shazeer 2020) both halves are projections of the
    same vector, :math:`\operatorname{SiLU}(xW) \odot xV`; LLaMA's code writes it
    ``down(silu(gate(x)) * up(x))``.  Concatenate the two projections as ``[up, gate]``
    (gate second) to use this function; with the gate first, swap the halves,
    ``swiglu(np.roll(x, n // 2, axis))``.

    :math:`\operatorname{SiLU}(b)` is computed as :func:`silu` does (within 1.5 ULP, it never
    overflows) and then multiplied by :math:`a`.  For :math:`b < -708`, where
    :math:`e^{b}` is subnormal but :math:`a\,b\,e^{b}` can still be normal for large
    :math:`a`, the product is formed as :math:`2^{k}(e^{r}\,a b)` with
    :math:`e^{b} = 2^{k} e^{r}` and rounded once.  Infinities follow IEEE products with the
    gate's limits (:math:`\infty \cdot 0` is NaN: no limit there); an infinite :math:`a` with
    a finite negative :math:`b` gives the infinity of the opposite sign.

    References
    ----------
    .. [1] Noam Shazeer, "GLU variants improve transformer", arXiv:2002.05202, 2020.
    .. [2] Y. N. Dauphin, A. Fan, M. Auli and D. Grangier, "Language modeling with gated
       convolutional networks", ICML 2017, arXiv:1612.08083.

    Examples
    --------
    >>> from activations import swiglu
    >>> swiglu([3.0, 0.0])
    array([0.])
    >>> swiglu([1.0, 2.0, -np.inf, np.inf])
    array([-0., inf])
    >>> float(swiglu([1e300, -750.0])[0])
    -1.4262637226062548e-23
    """
    a, b = _halves(np.moveaxis(x, axis, -1), "swiglu", axis)
    out = _product(a, smooth.silu(b))

    def tail(at, bt):
        bc = np.maximum(bt, _SILU_CLAMP)
        return _exp_product(bc, 0.0, at * (bc * _SCALE))

    _patch_tail(out, a, b, _SILU_TAIL, tail)
    return np.moveaxis(out, -1, axis)


@vectorwise
def swiglu_derivative(x, axis=-1):
    r"""Jacobian of :func:`swiglu`: nonzero only on two diagonals, one for each half of `x`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n // 2, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial\, \operatorname{SwiGLU}_i / \partial x_j`:
        :math:`\operatorname{SiLU}(b_i)` at :math:`j = i`,
        :math:`a_i \operatorname{SiLU}'(b_i)` at :math:`j = n/2 + i`, 0 elsewhere.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd.

    See Also
    --------
    swiglu : The function.
    silu_derivative : :math:`\operatorname{SiLU}'`.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{SwiGLU}_i}{\partial a_j} = \delta_{ij}\,b_i\,\sigma(b_i),
        \quad \frac{\partial\,\operatorname{SwiGLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\,\sigma(b_i)\bigl(1 + b_i\,(1 - \sigma(b_i))\bigr)

    :math:`\operatorname{SiLU}'(b)` comes from :func:`silu_derivative`, which keeps its
    relative accuracy through its zero at :math:`b \approx -1.2785`, and is then multiplied
    by :math:`a`.  For :math:`b < -708`, :math:`\operatorname{SiLU}(b) = b\,e^{b}` and
    :math:`a\operatorname{SiLU}'(b) = a(1 + b)\,e^{b}` (to within :math:`e^{b}` relative) are
    formed as :math:`2^{k}(e^{r} \cdot \ldots)` and rounded once, as in :func:`swiglu`.
    The entry :math:`\operatorname{SiLU}(b_i)` does not depend on :math:`a_i`; the entry
    :math:`a_i \operatorname{SiLU}'(b_i)` follows the rules of :func:`swiglu` for infinities.

    Examples
    --------
    >>> from activations import swiglu_derivative
    >>> swiglu_derivative([2.0, 0.0])
    array([[0., 1.]])
    >>> swiglu_derivative([1.0, -np.inf, 0.0, np.inf])
    array([[ 0. ,  0. ,  0.5,  0. ],
           [ 0. ,  inf,  0. , -inf]])
    >>> float(swiglu_derivative([1e300, -750.0])[0, 1])
    -1.4243620376427796e-23
    """
    xm = np.moveaxis(x, axis, -1)
    a, b = _halves(xm, "swiglu_derivative", axis)
    slope = _product(a, smooth.silu_derivative(b))

    def tail(at, bt):
        bc = np.maximum(bt, _SILU_CLAMP)
        return _exp_product(bc, 0.0, at * ((1.0 + bc) * _SCALE))

    _patch_tail(slope, a, b, _SILU_TAIL, tail)
    return _gated_jacobian(xm, _silu_gate(b), slope)


@vectorwise
def geglu(x, axis=-1, approximate="none"):
    r"""GeGLU: the first half of `x` along `axis`, gated by the GELU of the second.

    `x` is split into two halves along `axis`, :math:`a` (the first) and :math:`b` (the
    second, the gate), which must therefore have even length, exactly as in :func:`glu`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last).
    approximate : {'none', 'tanh'}, optional
        The GELU of the gate, as in :func:`gelu`: ``'none'`` (default) for the exact
        :math:`b\,\Phi(b)`, ``'tanh'`` for its tanh approximation (Gemma's "approximated
        GeGLU").

    Returns
    -------
    ndarray
        :math:`a \odot \operatorname{GELU}(b)`, the shape of `x` with ``x.shape[axis]``
        halved; same float dtype as `x`.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd, or `approximate` is not ``'none'`` or ``'tanh'``.
    TypeError
        If `approximate` is not a string.

    See Also
    --------
    geglu_derivative : Its Jacobian.
    gelu : The gate.
    swiglu : The same with the gate :math:`\operatorname{SiLU}(b)`.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{GeGLU}(a, b) = a \odot \operatorname{GELU}(b) = a \odot b\,\Phi(b),
        \quad x = (a, b) \\[1ex]
        \frac{\partial\,\operatorname{GeGLU}_i}{\partial a_j} = \delta_{ij}\,b_i\,\Phi(b_i),
        \quad \frac{\partial\,\operatorname{GeGLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\bigl(\Phi(b_i) + b_i\,\varphi(b_i)\bigr)
        \end{gathered}

    In a transformer's feed-forward layer the halves are two projections of one vector,
    :math:`\operatorname{GELU}(xW) \odot xV`; Gemma's code writes
    ``down(gelu(gate(x)) * up(x))``.  Concatenate them as ``[up, gate]`` (gate second) to
    use this function, or swap the halves with ``np.roll(x, n // 2, axis)``.

    :math:`\operatorname{GELU}(b)` comes from :func:`gelu` (a few ULP wherever it is normal)
    and is then multiplied by :math:`a`.  Below :math:`b = -37.5` (``'tanh'``: :math:`-21`),
    where :math:`\operatorname{GELU}(b)` is subnormal but :math:`a\operatorname{GELU}(b)` can
    be normal for large :math:`a`, the product is formed as :math:`2^{k}(e^{r} \cdot a\,p)`
    with :math:`e^{-b^2/2} = 2^{k}e^{r}` (:math:`b^2` exact) and
    :math:`p = -S(1/b^2)/\sqrt{2\pi}` from the asymptotic series of :math:`\Phi`
    (``'tanh'``: :math:`e^{2u}` with :math:`2u` in double-double and :math:`p = b`), rounded
    once.  Infinities follow IEEE products with the gate's limits, as in :func:`swiglu`.

    References
    ----------
    .. [1] Noam Shazeer, "GLU variants improve transformer", arXiv:2002.05202, 2020.
    .. [2] D. Hendrycks and K. Gimpel, "Gaussian Error Linear Units (GELUs)",
       arXiv:1606.08415, 2016.

    Examples
    --------
    >>> from activations import geglu
    >>> geglu([2.0, 0.0])
    array([0.])
    >>> geglu([1.0, 2.0, -np.inf, np.inf])
    array([-0., inf])
    >>> float(geglu([1e300, -45.0])[0])
    -7.542805976324716e-141
    >>> float(geglu([1.0, 1.0], approximate="tanh")[0])
    0.8411919906082768
    """
    approximate = smooth._check_gelu_approximate("geglu", approximate)
    a, b = _halves(np.moveaxis(x, axis, -1), "geglu", axis)
    out = _product(a, smooth.gelu(b, approximate=approximate))
    if approximate == "none":
        _patch_tail(out, a, b, _GELU_TAIL, _gelu_exact_tail(_GELU_S))
    else:
        _patch_tail(out, a, b, _GELU_TANH_TAIL, _gelu_tanh_tail(False))
    return np.moveaxis(out, -1, axis)


@vectorwise
def geglu_derivative(x, axis=-1, approximate="none"):
    r"""Jacobian of :func:`geglu`: nonzero only on two diagonals, one for each half of `x`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last).
    approximate : {'none', 'tanh'}, optional
        The GELU of the gate, as in :func:`geglu`.

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n // 2, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial\, \operatorname{GeGLU}_i / \partial x_j`:
        :math:`\operatorname{GELU}(b_i)` at :math:`j = i`,
        :math:`a_i \operatorname{GELU}'(b_i)` at :math:`j = n/2 + i`, 0 elsewhere.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd, or `approximate` is not ``'none'`` or ``'tanh'``.
    TypeError
        If `approximate` is not a string.

    See Also
    --------
    geglu : The function.
    gelu_derivative : :math:`\operatorname{GELU}'`.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{GeGLU}_i}{\partial a_j} = \delta_{ij}\,b_i\,\Phi(b_i),
        \quad \frac{\partial\,\operatorname{GeGLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\bigl(\Phi(b_i) + b_i\,\varphi(b_i)\bigr)

    The entries come from :func:`gelu` and :func:`gelu_derivative`, which keep their relative
    accuracy through the zero of :math:`\operatorname{GELU}'`; :math:`a_i` multiplies the
    second.  In the left tail, :math:`a\operatorname{GELU}'(b)
    = a\,b\,\varphi(b)\,T(1/b^2)` (``'tanh'``: :math:`a\,e^{2u}(1 + b\,2u')`) is formed and
    rounded once as in :func:`geglu`.

    Examples
    --------
    >>> from activations import geglu_derivative
    >>> geglu_derivative([2.0, 0.0])
    array([[0., 1.]])
    >>> geglu_derivative([1.0, -np.inf, 0.0, np.inf])
    array([[ 0. ,  0. ,  0.5,  0. ],
           [ 0. ,  inf,  0. , -inf]])
    >>> float(geglu_derivative([1e300, -45.0])[0, 1])
    -3.3942610379333365e-139
    """
    approximate = smooth._check_gelu_approximate("geglu_derivative", approximate)
    xm = np.moveaxis(x, axis, -1)
    a, b = _halves(xm, "geglu_derivative", axis)
    slope = _product(a, smooth.gelu_derivative(b, approximate=approximate))
    if approximate == "none":
        _patch_tail(slope, a, b, _GELU_TAIL, _gelu_exact_tail(_GELU_T))
    else:
        _patch_tail(slope, a, b, _GELU_TANH_TAIL, _gelu_tanh_tail(True))
    return _gated_jacobian(xm, smooth.gelu(b, approximate=approximate), slope)


@vectorwise
def reglu(x, axis=-1):
    r"""ReGLU: the first half of `x` along `axis`, gated by the ReLU of the second.

    `x` is split into two halves along `axis`, :math:`a` (the first) and :math:`b` (the
    second, the gate), which must therefore have even length, exactly as in :func:`glu`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last).

    Returns
    -------
    ndarray
        :math:`a \odot \max(b, 0)`, the shape of `x` with ``x.shape[axis]`` halved; same
        float dtype as `x`.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd.

    See Also
    --------
    reglu_derivative : Its Jacobian.
    relu : The gate.
    swiglu : The same with the gate :math:`\operatorname{SiLU}(b)`.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{ReGLU}(a, b) = a \odot \max(b, 0), \quad x = (a, b) \\[1ex]
        \frac{\partial\,\operatorname{ReGLU}_i}{\partial a_j} = \delta_{ij}\max(b_i, 0),
        \quad \frac{\partial\,\operatorname{ReGLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\,[b_i > 0]
        \end{gathered}

    In a transformer's feed-forward layer the halves are two projections of one vector,
    :math:`\max(xW, 0) \odot xV`.  Concatenate them as ``[up, gate]`` (gate second) to use
    this function, or swap the halves with ``np.roll(x, n // 2, axis)``.

    One product, rounded once.  For :math:`b < 0` the result is 0 for every finite
    :math:`a`, so it is 0 (the limit) also for an infinite :math:`a`; at :math:`b = 0` an
    infinite :math:`a` gives NaN (no limit), at :math:`b > 0` the infinity.

    References
    ----------
    .. [1] Noam Shazeer, "GLU variants improve transformer", arXiv:2002.05202, 2020.

    Examples
    --------
    >>> from activations import reglu
    >>> reglu([3.0, -2.0, 0.5, 0.5])
    array([ 1.5, -1. ])
    >>> reglu([np.inf, np.inf, -np.inf, np.inf])
    array([ 0., inf])
    >>> reglu([1e300, 1e10, 1.0, 0.0])
    array([1.e+300, 0.e+000])
    """
    a, b = _halves(np.moveaxis(x, axis, -1), "reglu", axis)
    out = _product(a, np.maximum(b, 0.0))
    with np.errstate(invalid="ignore", over="ignore"):
        check = np.add.reduce(out, axis=None)
    if check != check:  # some NaN: is one of them an infinite a times a negative b?
        fix = np.isinf(a) & (b < 0)
        out[fix] = 0.0
    return np.moveaxis(out, -1, axis)


@vectorwise
def reglu_derivative(x, axis=-1):
    r"""Jacobian of :func:`reglu`: nonzero only on two diagonals, one for each half of `x`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension; ``x.shape[axis]`` must be even.
    axis : int, optional
        The axis to split (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n // 2, n)`` where ``n = x.shape[axis]``; ``J[..., i, j]`` is
        :math:`\partial\, \operatorname{ReGLU}_i / \partial x_j`: :math:`\max(b_i, 0)` at
        :math:`j = i`, :math:`a_i` (for :math:`b_i > 0`) or 0 at :math:`j = n/2 + i`, 0
        elsewhere.

    Raises
    ------
    ValueError
        If ``x.shape[axis]`` is odd.

    See Also
    --------
    reglu : The function.
    relu_derivative : The gate's derivative.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{ReGLU}_i}{\partial a_j} = \delta_{ij}\max(b_i, 0),
        \quad \frac{\partial\,\operatorname{ReGLU}_i}{\partial b_j}
        = \delta_{ij}\,a_i\,[b_i > 0]

    At the kink :math:`b_i = 0` the entry :math:`\partial\operatorname{ReGLU}_i/\partial b_i`
    is 0, what PyTorch autograd returns for ``a * torch.relu(b)`` (ReLU's backward selects
    0 wherever :math:`b \le 0`, whatever :math:`a` is, infinite included).  A NaN :math:`b_i`
    gives NaN in both entries.

    Examples
    --------
    >>> from activations import reglu_derivative
    >>> reglu_derivative([3.0, 0.0])
    array([[0., 0.]])
    >>> reglu_derivative([1.0, np.inf, 2.0, -np.inf])
    array([[2., 0., 1., 0.],
           [0., 0., 0., 0.]])
    >>> reglu_derivative([1e300, 1e300])
    array([[1.e+300, 1.e+300]])
    """
    xm = np.moveaxis(x, axis, -1)
    a, b = _halves(xm, "reglu_derivative", axis)
    step = np.heaviside(b, 0.0)  # 1 for b > 0, 0 for b <= 0, NaN for NaN
    slope = np.where(step > 0, a, step)
    return _gated_jacobian(xm, np.maximum(b, 0.0), slope)


# Beyond this |x| Dekker's products would overflow in their splitting: SoLU's Jacobian there
# uses plain products (the 1 of 1 + x (1 - s) is far below their last place anyway).
_SPLIT_SAFE = 2.0**990


# Where e^{x_i - m} may be subnormal (x_i - m < -700) it has lost digits, which x_i s_i may
# need (x_i of 1e16 makes it normal again): in the rows holding one, every exponential is
# computed in double-double, e^{x_i - m} times 2**128 there, and each product is rounded once
# and scaled back exactly (see _dd_scaled_softmax).
_TAIL = -700.0


_TAIL_SCALE = 128


def _tail_rows(xm, s):
    """Indices of the rows of 2-d `xm` (finite maximum) with a softmax entry below 2**-960."""
    finite_max = np.isfinite(np.max(xm, axis=-1))
    return np.nonzero(np.any(s < 2.0**-960, axis=-1) & finite_max)[0]


def _dd_exp(d, dl):
    r""":math:`e^{d + dl}` as a double-double (relative error about 2**-100), for ``d >= -745``.

    :math:`d + dl = k \ln 2 + r` with :math:`|r| \le 0.35` (``k ln 2`` exact as a
    double-double), :math:`e^{r} - 1` from its Taylor series at :math:`r / 2^8` and squared back
    8 times in the form :math:`m \mapsto 2m + m^2`, then scaled by :math:`2^k`.
    """
    k = np.rint(d / _LN2_HI)
    kh, kl = two_product(k, _LN2_HI)
    kl = kl + k * _LN2_LO
    rh, rl = two_sum(d, -kh)
    rh, rl = fast_two_sum(rh, rl + (dl - kl))
    rh, rl = rh * 2.0**-8, rl * 2.0**-8
    # expm1(r) = r (1 + r/2 (1 + r/3 (1 + ... (1 + r/11)))), in double-double
    mh, ml = np.ones_like(rh), np.zeros_like(rh)
    for n in range(11, 1, -1):
        mh, ml = dd_mul(mh, ml, *_dd_div(rh, rl, float(n), 0.0))
        mh, ml = dd_add(mh, ml, 1.0, 0.0)
    mh, ml = dd_mul(mh, ml, rh, rl)
    for _ in range(8):  # e^{2a} - 1 = 2m + m^2
        qh, ql = dd_mul(mh, ml, mh, ml)
        mh, ml = dd_add(2.0 * mh, 2.0 * ml, qh, ql)
    eh, el = dd_add(1.0, 0.0, mh, ml)
    scale = k.astype(np.intc)
    return np.ldexp(eh, scale), np.ldexp(el, scale)


def _solu_diagonal_near_zero(rows, xd):
    r"""The diagonal :math:`s_i (1 + x_i c_i)` of the rows of 2-d `rows` (finite maximum) with
    every exponential in double-double, for where :math:`1 + x_i c_i` cancels."""
    _, _, _, d, dl, _ = _shift(rows)
    far = d < -745.0  # e^d below 2**-1075 of the total (at least 1): negligible
    eh, el = _dd_exp(np.where(far, 0.0, d), np.where(far, 0.0, dl))
    eh, el = np.where(far, 0.0, eh), np.where(far, 0.0, el)
    th, tl = _dd_sum(eh)
    th, tl = fast_two_sum(th, tl + np.sum(el, axis=-1))
    th, tl = th[:, None], tl[:, None]
    # the other terms, T - e_i: where e_i dominates, the difference keeps 2**-100 of T, and
    # 1 + x_i c_i can cancel only if |x_i| is about 1/c_i, far less than 2**100
    oh, ol = dd_add(th, tl, -eh, -el)
    ch, cl = _dd_div(oh, ol, th, tl)
    qh, ql = dd_mul(xd, 0.0, ch, cl)
    qh, ql = dd_add(1.0, 0.0, qh, ql)
    sh, sl = _dd_div(eh, el, th, tl)
    return dd_mul_rounded(sh, sl, qh, ql)


def _dd_scaled_softmax(rows):
    r"""The softmax of the rows of 2-d `rows` (finite maximum) with every exponential in
    double-double, for the rows holding a tail entry (:math:`x_i - m < -700`).

    Returns ``(tail, (sh, sl), (ch, cl))``: ``s = softmax`` times ``2**128`` where ``tail``
    (so that it keeps all its digits), and ``c = 1 - s`` (unscaled) as the other terms over
    the total.  A tail term is below ``2**-1000`` of the total and is left out of it.
    """
    _, _, _, d, dl, _ = _shift(rows)
    tail = d < _TAIL
    h, hl = two_sum(d, np.where(tail, _TAIL_SCALE * _LN2_HI, 0.0))
    hl += np.where(tail, _TAIL_SCALE * _LN2_LO, 0.0) + dl
    far = h < -745.0  # below 2**-1075 even scaled: 0
    eh, el = _dd_exp(np.where(far, 0.0, h), np.where(far, 0.0, hl))
    eh, el = np.where(far, 0.0, eh), np.where(far, 0.0, el)
    uh, ul = np.where(tail, 0.0, eh), np.where(tail, 0.0, el)
    th, tl = _dd_sum(uh)
    th, tl = fast_two_sum(th, tl + np.sum(ul, axis=-1))
    th, tl = th[:, None], tl[:, None]
    oh, ol = dd_add(th, tl, -uh, -ul)  # T - e_i, as in _solu_diagonal_near_zero
    return tail, _dd_div(eh, el, th, tl), _dd_div(oh, ol, th, tl)


def _solu_columns(xt):
    """SoLU over axis 0 (see :func:`_in_column_blocks`)."""
    s = _softmax_columns(xt)
    out = np.clip(xt, -_MAX, _MAX)  # -inf has s = 0: its limit x e^x is 0, not inf * 0 = nan
    out *= s
    top = np.isposinf(xt)
    if top.any():  # a unique +inf has s = 1 (inf), tied ones s = nan (nan)
        out[top] = s[top] * np.inf
    # the rows (columns here) with a finite maximum and a softmax entry below 2**-960
    tails = np.isfinite(np.max(xt, axis=0)) & (np.min(s, axis=0) < 2.0**-960)
    rows = np.nonzero(tails)[0]
    if rows.size:
        x_r = np.clip(xt[:, rows].T, -_MAX, _MAX)
        tail, (th, tl), _ = _dd_scaled_softmax(xt[:, rows].T)
        safe = np.abs(x_r) <= _SPLIT_SAFE  # beyond it s = 0 at a tail entry anyway
        product = dd_mul_rounded(np.where(safe, x_r, 0.0), 0.0, th, tl)  # rounded once
        fixed = np.ldexp(product, -_TAIL_SCALE * tail.astype(np.intc))
        out[:, rows] = np.where(tail & safe, fixed, out[:, rows].T).T
    return out


def _solu_jacobian_rows(xm):
    shape = xm.shape
    xm = xm.reshape(-1, shape[-1])
    (sh, sl), (ch, cl), bad = _jacobian_parts(xm)
    xc = np.clip(xm, -_MAX, _MAX)
    xd = np.clip(xc, -_SPLIT_SAFE, _SPLIT_SAFE)[..., None]
    # off the diagonal: -x_i s_i s_j, the double-double x_i s_i times s_j, rounded once (in
    # this order a result in the subnormal range is rounded only once, at the end)
    ph, pl = dd_mul(-xd[..., 0], 0.0, sh, sl)
    jac = dd_mul_rounded(ph[..., :, None], pl[..., :, None], sh[..., None, :], sl[..., None, :])
    # the diagonal: s_i (1 + x_i c_i), c_i = 1 - s_i kept as the sum of the other terms
    qh, ql = dd_mul(xd[..., 0], 0.0, ch, cl)
    qh, ql = dd_add(1.0, 0.0, qh, ql)
    i = np.arange(xm.shape[-1])
    jac[..., i, i] = dd_mul_rounded(sh, sl, qh, ql)
    near = np.nonzero(np.any((np.abs(qh) < 0.5) & (sh > 2.0**-960), axis=-1))[0]
    if bad is not None:
        near = near[~bad[near]]
    if near.size:  # 1 + x_i c_i cancels: the double exponentials are not enough there
        jac[near[:, None], i, i] = _solu_diagonal_near_zero(xm[near], xd[near, :, 0])
    rows = _tail_rows(xm, sh)
    if rows.size:  # entries with a subnormal softmax factor: see _solu_columns
        # the whole row again from double-double exponentials, the tail ones scaled by
        # 2**128: each entry is rounded once, then scaled back exactly (where it is normal)
        tail, (th, tl), (tch, tcl) = _dd_scaled_softmax(xm[rows])
        x_r = xd[rows, :, 0]
        ph, pl = dd_mul(-x_r, 0.0, th, tl)
        block = dd_mul_rounded(ph[:, :, None], pl[:, :, None], th[:, None, :], tl[:, None, :])
        shift = -_TAIL_SCALE * tail.astype(np.intc)
        block = np.ldexp(block, shift[:, :, None] + shift[:, None, :])
        qh, ql = dd_mul(x_r, 0.0, tch, tcl)
        qh, ql = dd_add(1.0, 0.0, qh, ql)
        block[:, i, i] = np.ldexp(dd_mul_rounded(th, tl, qh, ql), shift)
        jac[rows] = block
    huge = np.abs(xc) > _SPLIT_SAFE
    if huge.any():
        rows, cols = np.nonzero(huge)
        s_row = sh[rows]  # (m, n)
        jac[rows, cols, :] = -(xc[rows, cols, None] * sh[rows, cols, None]) * s_row
        jac[rows, cols, cols] = sh[rows, cols] * (1.0 + xc[rows, cols] * ch[rows, cols])
    if bad is not None:
        # limits: e_i e_i^T at a unique +inf (J_ii = s_i (1 + x_i c_i) -> 1), 0 elsewhere;
        # nan where both i and j are tied infinite maxima (or the row holds a nan)
        limit, undefined = _limits(xm[bad])
        eye = np.eye(xm.shape[-1], dtype=bool)
        value = np.where(eye, limit[:, :, None], 0.0)
        jac[bad] = np.where(undefined[:, :, None] & undefined[:, None, :], np.nan, value)
    return jac.reshape(shape + shape[-1:])


@vectorwise
def solu(x, axis=-1):
    r"""Softmax linear unit (SoLU), :math:`\operatorname{SoLU}(x)_i = x_i\,\operatorname{softmax}(x)_i`.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis the softmax acts along (default: the last).

    Returns
    -------
    ndarray
        Same shape and float dtype as `x`; :math:`|\operatorname{SoLU}(x)_i| \le |x_i|`.

    See Also
    --------
    solu_derivative : Its Jacobian.
    softmax : The gate.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{SoLU}(x)_i = x_i\,\operatorname{softmax}(x)_i \\[1ex]
        \frac{\partial\,\operatorname{SoLU}(x)_i}{\partial x_j}
        = \delta_{ij}\,s_i + x_i\,s_i\,(\delta_{ij} - s_j), \quad s = \operatorname{softmax}(x)
        \end{gathered}

    The softmax is computed as in :func:`softmax` (within 2 ULP), and the product with
    :math:`x_i` adds one rounding.  In the paper SoLU is followed by a LayerNorm; that is not
    part of this function.

    Limits: an entry equal to :math:`-\infty` gives 0 (the limit of :math:`x e^{x}`), a single
    :math:`+\infty` gives :math:`+\infty` and the other entries 0; tied infinite maxima and rows
    holding a NaN give NaN as in :func:`softmax`.

    References
    ----------
    .. [1] N. Elhage, T. Hume, C. Olsson, N. Nanda, T. Henighan, S. Johnston, S. El Showk,
       N. Joseph, N. DasSarma, B. Mann, D. Hernandez, A. Askell, K. Ndousse, A. Jones, D. Drain,
       A. Chen, Y. Bai, D. Ganguli, L. Lovitt, Z. Hatfield-Dodds, J. Kernion, T. Conerly,
       S. Kravec, S. Fort, S. Kadavath, J. Jacobson, E. Tran-Johnson, J. Kaplan, J. Clark,
       T. Brown, S. McCandlish, D. Amodei and C. Olah, "Softmax Linear Units", Transformer
       Circuits Thread, 2022. https://transformer-circuits.pub/2022/solu/index.html

    Examples
    --------
    >>> from activations import solu
    >>> solu([0.0, np.log(3.0)])
    array([0.        , 0.82395922])
    >>> solu([1000.0, 0.0, -np.inf])
    array([1000.,    0.,   -0.])
    >>> solu([np.inf, 1.0])
    array([inf,  0.])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return np.array(x, copy=True)
    return np.moveaxis(_in_column_blocks(_solu_columns, xm), -1, axis)


@vectorwise
def solu_derivative(x, axis=-1):
    r"""Jacobian of :func:`solu`: the softmax on the diagonal plus each row's x times its Jacobian.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis SoLU acts along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n, n)`` where ``n = x.shape[axis]`` and ``other_axes`` are the
        remaining axes of `x` in order; ``J[..., i, j]`` is
        :math:`\partial\,\operatorname{SoLU}_i / \partial x_j`.

    See Also
    --------
    solu : The function.
    softmax_derivative : The Jacobian of the gate.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{SoLU}(x)_i}{\partial x_j}
        = \delta_{ij}\,s_i + x_i\,s_i\,(\delta_{ij} - s_j), \quad s = \operatorname{softmax}(x)

    .. math::

        J_{ii} = s_i\,\bigl(1 + x_i (1 - s_i)\bigr), \qquad J_{ij} = -x_i\,s_i\,s_j
        \quad (i \ne j)

    The softmax and :math:`1 - s_i` (as the sum of the other terms, never by subtraction) come
    in double-double arithmetic from the code of :func:`softmax_derivative`; the diagonal's
    :math:`1 + x_i (1 - s_i)`, which vanishes for some negative :math:`x_i`, is formed in
    double-double too, and each entry is rounded once.  Where that sum falls below 1/2 the
    exponentials themselves are recomputed in double-double (a Taylor series after argument
    reduction), so the diagonal keeps its relative accuracy through its zero.

    At a unique :math:`+\infty` in entry :math:`i` the limit is :math:`J_{ii} = 1` and 0
    elsewhere; entries where both :math:`i` and :math:`j` are tied infinite maxima are NaN.

    Examples
    --------
    >>> from activations import solu_derivative
    >>> solu_derivative([0.0, 0.0])
    array([[0.5, 0. ],
           [0. , 0.5]])
    >>> solu_derivative([np.inf, 0.0, -np.inf])
    array([[1., 0., 0.],
           [0., 0., 0.],
           [0., 0., 0.]])
    >>> float(solu_derivative([40.0, 0.0])[0, 0])  # s_1 (1 + 40 (1 - s_1)), just above 1
    1.0000000000000002
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return _empty_jacobian(xm, 0)
    return _in_row_blocks(_solu_jacobian_rows, xm, xm.shape[-1] ** 2)


def _gaps(xm, lowest):
    """``y = x - max(x)`` per row (2-d `xm`) as ``(yh, yl)`` exactly, clamped at `lowest`.

    Entries below `lowest` (``-inf`` among them) are far outside the support and become
    exactly `lowest`; rows with an infinite or NaN maximum are computed as zeros and listed in
    ``bad`` (see :func:`_shift`).  Returns ``(yh, yl, sorted_yh, bad)`` with ``sorted_yh``
    the rounded gaps in decreasing order.
    """
    _, _, _, yh, yl, bad = _shift(xm)  # (xm itself is kept for the special rows)
    far = ~(yh >= lowest)
    yh = np.maximum(yh, lowest)
    yl = np.where(far, 0.0, yl)
    return yh, yl, -np.sort(-yh, axis=-1), bad


def _support(yh, z, ok):
    """The support: the entries at least as large as the last sorted one that is ``ok``.

    Ties satisfy the support test together, so ``yh >= z_(k)`` has exactly ``k`` members.
    """
    size = np.sum(ok, axis=-1, keepdims=True)  # at least 1: the largest is always in
    kth = np.take_along_axis(z, size - 1, axis=-1)
    inside = yh >= kth
    return inside, np.sum(inside, axis=-1, keepdims=True, dtype=np.float64)


def _masked_dd_sum(values_h, values_l, inside):
    h, lo = _dd_sum(np.where(inside, values_h, 0.0))
    lo = lo + np.sum(np.where(inside, values_l, 0.0), axis=-1)
    return fast_two_sum(h[..., None], lo[..., None])


def _minus(yh, yl, th, tl):
    """``(yh + yl) - (th + tl)`` as a double-double (the difference of the highs is exact)."""
    a, b = two_sum(yh, -th)
    return fast_two_sum(a, b + (yl - tl))


def _sparsemax_parts(xm):
    """``(s, bad, xm)``: sparsemax of the rows of 2-d `xm` (bad rows still to be replaced)."""
    yh, yl, z, bad = _gaps(xm, -4.0)  # the support lies within 1 of the maximum
    n = z.shape[-1]
    k = np.arange(1.0, n + 1.0)
    ok = 1.0 + k * z > np.cumsum(z, axis=-1)  # Martins & Astudillo, Algorithm 1
    inside, size = _support(yh, z, ok)
    # tau = (sum over the support of y - 1) / size, in double-double
    th, tl = _masked_dd_sum(yh, yl, inside)
    th, tl = dd_add(th, tl, -1.0, 0.0)
    th, tl = _dd_div(th, tl, size, 0.0)
    sh, sl = _minus(yh, yl, th, tl)
    s = np.maximum(sh + sl, 0.0) + 0.0  # (+ 0.0 turns -0.0 into 0.0)
    return s, bad, xm


def _sparsemax_rows(xm):
    shape = xm.shape
    s, bad, xm = _sparsemax_parts(xm.reshape(-1, shape[-1]))
    if bad is not None:
        limit, undefined = _limits(xm[bad])
        s[bad] = np.where(undefined, np.nan, limit)
    return s.reshape(shape)


def _sparsemax_jacobian_rows(xm):
    shape = xm.shape
    s, bad, xm = _sparsemax_parts(xm.reshape(-1, shape[-1]))
    inside = s > 0
    size = np.sum(inside, axis=-1, dtype=np.float64)[:, None, None]
    both = inside[:, :, None] & inside[:, None, :]
    jac = np.where(both, -1.0 / size, 0.0)
    i = np.arange(shape[-1])
    jac[:, i, i] = np.where(inside, (size[:, :, 0] - 1.0) / size[:, :, 0], 0.0)
    if bad is not None:
        _, undefined = _limits(xm[bad])
        jac[bad] = np.where(undefined[:, :, None] & undefined[:, None, :], np.nan, 0.0)
    return jac.reshape(shape + shape[-1:])


def _entmax15_parts(xm):
    """``(g, bad, xm)``: ``g = (y - tau) / 2`` as a double-double, clipped at 0, so that
    1.5-entmax is ``g**2``, for the rows of 2-d `xm`."""
    # In the gaps y = x - max the threshold solves sum [y_i - tau]_+^2 = 4, so that
    # p_i = [(y_i - tau) / 2]_+^2 sums to 1; the support lies within 2 of the maximum.
    yh, yl, z, bad = _gaps(xm, -8.0)
    n = z.shape[-1]
    k = np.arange(1.0, n + 1.0)
    mean = np.cumsum(z, axis=-1) / k
    delta = 4.0 / k - (np.cumsum(z * z, axis=-1) / k - mean * mean)
    ok = mean - np.sqrt(np.maximum(delta, 0.0)) <= z  # Peters et al., Algorithm 2
    inside, size = _support(yh, z, ok)
    # the same in double-double on the support: mean, mean of squares, delta, its root, tau
    mh, ml = _masked_dd_sum(yh, yl, inside)
    qh, ql = two_product(yh, yh)
    ql = ql + 2.0 * yh * yl
    qh, ql = _masked_dd_sum(qh, ql, inside)
    mh, ml = _dd_div(mh, ml, size, 0.0)
    qh, ql = _dd_div(qh, ql, size, 0.0)
    m2h, m2l = dd_mul(mh, ml, mh, ml)
    dh, dl = dd_add(m2h, m2l, -qh, -ql)
    four_h, four_l = _dd_div(4.0, 0.0, size, 0.0)
    dh, dl = dd_add(dh, dl, four_h, four_l)
    rh = np.sqrt(dh)
    ph, pl = two_product(rh, rh)
    rl = (((dh - ph) - pl) + dl) / (2.0 * rh)
    th, tl = dd_add(mh, ml, -rh, -rl)
    gh, gl = _minus(yh, yl, th, tl)
    positive = gh > 0
    return (np.where(positive, 0.5 * gh, 0.0), np.where(positive, 0.5 * gl, 0.0)), bad, xm


def _entmax15_rows(xm):
    shape = xm.shape
    (gh, gl), bad, xm = _entmax15_parts(xm.reshape(-1, shape[-1]))
    p = dd_mul_rounded(gh, gl, gh, gl)
    if bad is not None:
        limit, undefined = _limits(xm[bad])
        p[bad] = np.where(undefined, np.nan, limit)
    return p.reshape(shape)


def _entmax15_jacobian_rows(xm):
    shape = xm.shape
    n = shape[-1]
    (gh, gl), bad, xm = _entmax15_parts(xm.reshape(-1, n))
    total_h, total_l = _dd_sum(gh)
    total_h, total_l = fast_two_sum(total_h, total_l + np.sum(gl, axis=-1))
    total_h, total_l = total_h[:, None, None], total_l[:, None, None]
    # off the diagonal: -g_i g_j / G
    ph, pl = dd_mul(gh[:, :, None], gl[:, :, None], gh[:, None, :], gl[:, None, :])
    qh, ql = _dd_div(ph, pl, total_h, total_l)
    jac = -(qh + ql)
    # the diagonal: g_i (G - g_i) / G, with G - g_i the sum of the other g_j
    eye = np.eye(n, dtype=bool)
    oh, ol = _dd_sum(np.where(eye, 0.0, gh[:, None, :]))
    ol = ol + np.sum(np.where(eye, 0.0, gl[:, None, :]), axis=-1)
    dh, dl = dd_mul(gh, gl, oh, ol)
    dh, dl = _dd_div(dh, dl, total_h[:, :, 0], total_l[:, :, 0])
    i = np.arange(n)
    jac[:, i, i] = dh + dl
    jac += 0.0  # -0.0 off the support becomes 0.0
    if bad is not None:
        _, undefined = _limits(xm[bad])
        jac[bad] = np.where(undefined[:, :, None] & undefined[:, None, :], np.nan, 0.0)
    return jac.reshape((*shape, n))


@vectorwise
def sparsemax(x, axis=-1):
    r"""Sparsemax: the Euclidean projection of `x` onto the probability simplex.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis along which the entries sum to 1 (default: the last, as in Keras).

    Returns
    -------
    ndarray
        Probabilities in :math:`[0, 1]` summing to 1 along `axis`, exactly 0 for the entries
        more than a threshold below the largest; same shape and float dtype as `x`.

    See Also
    --------
    sparsemax_derivative : Its Jacobian.
    entmax15 : 1.5-entmax, between softmax and sparsemax.
    softmax : The dense counterpart.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{sparsemax}(x)_i = [x_i - \tau(x)]_+, \quad
        \sum_{j=1}^{n} [x_j - \tau(x)]_+ = 1 \\[1ex]
        \frac{\partial\,\operatorname{sparsemax}(x)_i}{\partial x_j}
        = \mathbb{1}_{i \in S}\,\Bigl(\delta_{ij} - \frac{\mathbb{1}_{j \in S}}{|S|}\Bigr),
        \quad S = \{i : \operatorname{sparsemax}(x)_i > 0\}
        \end{gathered}

    The threshold comes from the sorted row (Algorithm 1 of [1]_): the support holds the
    :math:`k` largest entries for the largest :math:`k` with
    :math:`1 + k x_{(k)} > \sum_{l \le k} x_{(l)}`, and :math:`\tau` is the mean of the
    support minus :math:`1/k`.  The row's maximum is subtracted first (exactly, keeping the
    rounding error), and :math:`\tau` and :math:`x_i - \tau` are formed in double-double
    arithmetic, so that a small probability is not lost in cancellation.

    Sparsemax is continuous and piecewise linear; it is not differentiable where the support
    changes, where an entry equals the threshold.

    Infinite entries give the limits: :math:`-\infty` gets 0, a single :math:`+\infty` gets 1;
    tied infinite maxima and rows holding a NaN give NaN as in :func:`softmax`.

    References
    ----------
    .. [1] A. F. T. Martins and R. F. Astudillo, "From Softmax to Sparsemax: A Sparse Model of
       Attention and Multi-Label Classification", ICML 2016. https://arxiv.org/abs/1602.02068

    Examples
    --------
    >>> from activations import sparsemax
    >>> sparsemax([1.0, 0.5, -2.0])
    array([0.75, 0.25, 0.  ])
    >>> sparsemax([0.0, 0.0, -np.inf])
    array([0.5, 0.5, 0. ])
    >>> sparsemax([1e300, np.inf])
    array([0., 1.])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return np.array(x, copy=True)
    return np.moveaxis(_in_row_blocks(_sparsemax_rows, xm, xm.shape[-1]), -1, axis)


@vectorwise
def sparsemax_derivative(x, axis=-1):
    r"""Jacobian of :func:`sparsemax`: the support's centring matrix, 0 off the support.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis sparsemax acts along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n, n)`` where ``n = x.shape[axis]`` and ``other_axes`` are the
        remaining axes of `x` in order; ``J[..., i, j]`` is
        :math:`\partial\,\operatorname{sparsemax}_i / \partial x_j`.

    See Also
    --------
    sparsemax : The function.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{sparsemax}(x)_i}{\partial x_j}
        = \mathbb{1}_{i \in S}\,\Bigl(\delta_{ij} - \frac{\mathbb{1}_{j \in S}}{|S|}\Bigr),
        \quad S = \{i : \operatorname{sparsemax}(x)_i > 0\}

    The entries are :math:`1 - 1/|S|` and :math:`-1/|S|` on the support, 0 elsewhere, each
    correctly rounded.

    Where an entry equals the threshold (its output is 0, and an infinitesimal increase would
    bring it into the support) the Jacobian jumps.  There the support is taken as the
    entries with a positive output, as the backward pass of the ``entmax`` package's
    ``sparsemax`` does: the entry on the threshold counts as outside.  PyTorch does not ship
    sparsemax, so there is no autograd value to follow.

    At a unique :math:`+\infty` (or where some entries are :math:`-\infty`) the limits are 0;
    entries :math:`J_{ij}` where both :math:`i` and :math:`j` are tied infinite maxima are NaN.

    Examples
    --------
    >>> from activations import sparsemax_derivative
    >>> sparsemax_derivative([1.0, 0.5, -2.0])
    array([[ 0.5, -0.5,  0. ],
           [-0.5,  0.5,  0. ],
           [ 0. ,  0. ,  0. ]])
    >>> sparsemax_derivative([np.inf, 0.0, -np.inf]).max()
    np.float64(0.0)
    >>> sparsemax_derivative([1e300, 0.0])
    array([[0., 0.],
           [0., 0.]])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return _empty_jacobian(xm, 0)
    return _in_row_blocks(_sparsemax_jacobian_rows, xm, xm.shape[-1] ** 2)


@vectorwise
def entmax15(x, axis=-1):
    r"""1.5-entmax: a sparse probability map between softmax and sparsemax.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis along which the entries sum to 1 (default: the last; the ``entmax``
        package calls it ``dim``).

    Returns
    -------
    ndarray
        Probabilities in :math:`[0, 1]` summing to 1 along `axis`, exactly 0 for the entries
        more than a threshold below the largest; same shape and float dtype as `x`.

    See Also
    --------
    entmax15_derivative : Its Jacobian.
    sparsemax : 2-entmax, sparser.
    softmax : 1-entmax, dense.

    Notes
    -----
    .. math::

        \begin{gathered}
        \operatorname{entmax}_{1.5}(x)_i = \Bigl[\frac{x_i}{2} - \tau(x)\Bigr]_+^2, \quad
        \sum_{j=1}^{n} \Bigl[\frac{x_j}{2} - \tau(x)\Bigr]_+^2 = 1 \\[1ex]
        \frac{\partial\,\operatorname{entmax}_{1.5}(x)_i}{\partial x_j}
        = g_i\,\delta_{ij} - \frac{g_i\,g_j}{\sum_k g_k}, \quad
        g = \sqrt{\operatorname{entmax}_{1.5}(x)}
        \end{gathered}

    The threshold comes from the sorted row (Algorithm 2 of [1]_): for each :math:`k` the
    threshold that fits the :math:`k` largest entries solves a quadratic, and the support is
    the largest :math:`k` whose threshold stays below its :math:`k`-th entry.  The row's
    maximum is subtracted first (exactly), and the mean, the mean of squares, the square root
    and :math:`x_i/2 - \tau` are formed in double-double arithmetic, so that small
    probabilities keep their digits.

    1.5-entmax is continuously differentiable; its Jacobian is continuous but not
    differentiable where the support changes.

    Infinite entries give the limits: :math:`-\infty` gets 0, a single :math:`+\infty` gets 1;
    tied infinite maxima and rows holding a NaN give NaN as in :func:`softmax`.

    References
    ----------
    .. [1] B. Peters, V. Niculae and A. F. T. Martins, "Sparse Sequence-to-Sequence Models",
       ACL 2019. https://arxiv.org/abs/1905.05702

    Examples
    --------
    >>> from activations import entmax15
    >>> entmax15([1.0, 0.0])
    array([0.83071891, 0.16928109])
    >>> entmax15([2.0, 0.0, -np.inf])
    array([1., 0., 0.])
    >>> entmax15([1e300, np.inf])
    array([0., 1.])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return np.array(x, copy=True)
    return np.moveaxis(_in_row_blocks(_entmax15_rows, xm, xm.shape[-1]), -1, axis)


@vectorwise
def entmax15_derivative(x, axis=-1):
    r"""Jacobian of :func:`entmax15`: a diagonal of the output's square roots, less a rank-one term.

    Parameters
    ----------
    x : array_like
        Input with at least one dimension.
    axis : int, optional
        The axis 1.5-entmax acts along (default: the last).

    Returns
    -------
    ndarray
        Shape ``(*other_axes, n, n)`` where ``n = x.shape[axis]`` and ``other_axes`` are the
        remaining axes of `x` in order; ``J[..., i, j]`` is
        :math:`\partial p_i / \partial x_j` for :math:`p = \operatorname{entmax}_{1.5}(x)`.

    See Also
    --------
    entmax15 : The function.

    Notes
    -----
    .. math::

        \frac{\partial\,\operatorname{entmax}_{1.5}(x)_i}{\partial x_j}
        = g_i\,\delta_{ij} - \frac{g_i\,g_j}{\sum_k g_k}, \quad
        g = \sqrt{\operatorname{entmax}_{1.5}(x)}

    .. math::

        J_{ii} = \frac{g_i \sum_{k \ne i} g_k}{\sum_k g_k}

    :math:`g_i = [x_i/2 - \tau]_+` comes in double-double arithmetic from the code of
    :func:`entmax15`; the diagonal uses the sum of the *other* :math:`g_k`, never a
    difference, and each entry is rounded once.  The Jacobian is continuous (:math:`g_i` tends
    to 0 as an entry leaves the support), so the value there is unambiguous; it agrees with the
    backward pass of the ``entmax`` package.

    At a unique :math:`+\infty` (or where some entries are :math:`-\infty`) the limits are 0;
    entries :math:`J_{ij}` where both :math:`i` and :math:`j` are tied infinite maxima are NaN.

    Examples
    --------
    >>> from activations import entmax15_derivative
    >>> entmax15_derivative([0.0, 0.0])
    array([[ 0.35355339, -0.35355339],
           [-0.35355339,  0.35355339]])
    >>> entmax15_derivative([np.inf, 0.0, -np.inf]).max()
    np.float64(0.0)
    >>> entmax15_derivative([1e300, 0.0])
    array([[0., 0.],
           [0., 0.]])
    """
    xm = np.moveaxis(x, axis, -1)
    if xm.shape[-1] == 0:
        return _empty_jacobian(xm, 0)
    return _in_row_blocks(_entmax15_jacobian_rows, xm, xm.shape[-1] ** 2)
