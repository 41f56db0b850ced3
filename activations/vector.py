r"""Vector activations: softmax, log-softmax, softmin, GLU, concatenated ReLU and maxout.

These act on a whole axis of the input at once (``axis=-1`` by default, as in JAX and Keras;
PyTorch's ``dim`` has no usable default).  The output of ``softmax``, ``log_softmax`` and
``softmin`` has the shape of the input; ``glu`` halves the length of the axis, ``crelu``
doubles it and ``maxout`` divides it by its number of pieces ``k``.

**Jacobian layout.** Each ``*_derivative(x, axis=-1)`` returns the Jacobian.  For an input of
shape ``(..., n, ...)`` with the activation axis of length :math:`n`, the result has shape
``(*other_axes, n_out, n)``: the activation axis is removed from its place, the other axes
keep their order, and two axes are appended, so that ``J[..., i, j]`` is
:math:`\partial f_i / \partial x_j` for the row picked out by the leading indices
(``n_out = n`` for the softmax family, ``n // 2`` for GLU, ``2 * n`` for CReLU, ``n // k``
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

from ._checks import vectorwise
from ._exact import BLOCK, dd_mul_rounded, fast_two_sum, two_product, two_sum

__all__ = [
    "crelu",
    "crelu_derivative",
    "glu",
    "glu_derivative",
    "log_softmax",
    "log_softmax_derivative",
    "maxout",
    "maxout_derivative",
    "softmax",
    "softmax_derivative",
    "softmin",
    "softmin_derivative",
]

# exp(-1000) is 0 in float64: entries further than this below the row's maximum contribute 0,
# and clamping them there keeps x - max from overflowing (x = -1e308 with max = 1e308).
_FAR = 1000.0
_MAX = float(np.finfo(np.float64).max)
# Beyond this |b|, exp(-|b|) is subnormal, so GLU splits it into two normal halves.
_SUBNORMAL_EXP = 708.0


# --- the softmax family -----------------------------------------------------------------------


def _shift(xm):
    """Subtract each row's maximum ``m`` (last axis of ``xm``, length >= 1) exactly.

    Returns ``(xm, m, floor, d, dl, bad)``:

    - ``floor``: a value per row at least ``_FAR`` below ``m`` (or ``-MAX``), far enough that
      :math:`e^{x - m} = 0` below it; entries below it (``-inf`` among them) are clamped to it;
    - ``d + dl = max(x, floor) - m`` exactly (Knuth's TwoSum), so ``d = dl = 0`` at the maxima;
    - ``bad``: ``None``, or a boolean array over the rows whose maximum is NaN or infinite:
      those rows are computed as zeros (``xm`` and ``m`` are replaced) and must be
      overwritten from :func:`_limits`.
    """
    m = np.max(xm, axis=-1, keepdims=True)
    finite = np.isfinite(m)
    bad = None
    if not finite.all():
        bad = ~finite[..., 0]
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


def _in_row_blocks(rows_func, xm, per_row):
    """``rows_func(xm)`` for `xm` with the activation axis last, computed on blocks of rows.

    Why: as for :func:`activations._exact.blockwise`, temporaries of 10**6 entries (8 MB)
    come back from malloc as fresh pages on every call, which costs more than the arithmetic;
    blocks of about ``BLOCK`` entries (`per_row` entries of output or work per row) stay in
    cache.  Every row is computed on its own, so the result is bitwise that of
    ``rows_func(xm)``.
    """
    rows = xm.reshape(-1, xm.shape[-1])  # a view when possible
    step = max(1, BLOCK // per_row)
    if rows.shape[0] <= step:
        return rows_func(xm)
    first = rows_func(rows[:step])
    out = np.empty(rows.shape[:1] + first.shape[1:])
    out[:step] = first
    for start in range(step, rows.shape[0], step):
        out[start : start + step] = rows_func(rows[start : start + step])
    return out.reshape(xm.shape[:-1] + out.shape[1:])


def _softmax_rows(xm):
    r"""Softmax over the last axis: :math:`e^{d}(1 + \delta) / S` with ``S`` summed exactly."""
    _, _, _, d, dl, bad = _shift(xm)  # (xm itself is kept for the special rows)
    e = np.exp(d, out=d)  # exactly 1 at the maxima, 0 far below
    dl *= e  # e^(d + dl) = e + e dl to first order
    # S = sum(e + e dl) as hi + lo: the parts of e on a 2**-19 grid add up exactly, the rest
    # (below 2**-20 each) and the e dl terms are far below the last place of S.
    grid = e + _GRID
    grid -= _GRID
    rest = e - grid
    rest += dl
    total, total_lo = fast_two_sum(
        np.sum(grid, axis=-1, keepdims=True), np.sum(rest, axis=-1, keepdims=True)
    )
    # (e + e dl) / (total + total_lo) = q + (e dl / total - q total_lo / total), q = e / total
    s = np.divide(e, total, out=e)
    dl /= total
    dl -= s * (total_lo / total)
    s += dl
    if bad is not None:
        limit, undefined = _limits(xm[bad])
        s[bad] = np.where(undefined, np.nan, limit)
    return s


# --- double-double helpers for the Jacobians: every entry is rounded once at the end ---------


def _dd_sum(values):
    """Compensated (Neumaier) sum over the last axis of non-negative ``values``: ``(hi, lo)``."""
    hi = values[..., 0].copy()
    lo = np.zeros_like(hi)
    for j in range(1, values.shape[-1]):
        hi, err = two_sum(hi, values[..., j])
        lo += err
    return fast_two_sum(hi, lo)


def _dd_div(ah, al, bh, bl):
    """``(ah + al) / (bh + bl)`` as ``(hi, lo)``, for ``bh > 0``."""
    q = ah / bh
    p, pl = two_product(q, bh)
    return q, (((ah - p) - pl) + al - q * bl) / bh


def _jacobian_parts(xm):
    """``(s, c, bad)`` for the Jacobians: ``s = softmax`` and ``c = 1 - s``, each as ``(hi, lo)``.

    ``c_i`` is the sum of the other terms over the total, never ``1 - s_i``.
    """
    xm, m, _, d, dl, bad = _shift(xm)
    lt = xm < m
    eh = np.exp(d)  # 1 at the maxima, 0 far below
    el = eh * dl  # e^{x - m} = eh + el (to second order)
    eh = np.where(lt, eh, 0.0)  # the smaller terms only (el is 0 at the maxima)
    th, tl = _dd_sum(eh)
    th, tl = fast_two_sum(th, tl + np.sum(el, axis=-1))
    th, tl = th[..., None], tl[..., None]
    k = xm.shape[-1] - np.sum(lt, axis=-1, keepdims=True, dtype=np.float64)
    sh, sl = two_sum(k, th)  # total = k + t
    sh, sl = fast_two_sum(sh, sl + tl)
    terms = np.where(lt, eh, 1.0)
    s = _dd_div(terms, el, sh, sl)
    # The other terms: total - e_i for x_i < m (at least k >= 1, no harmful cancellation);
    # (k - 1) + t for a maximum (t alone, exactly, when the maximum is unique).
    oh, ol = two_sum(np.where(lt, sh, k - 1.0), np.where(lt, -eh, th))
    ol = ol + np.where(lt, sl - el, tl)
    c = _dd_div(oh, ol, sh, sl)
    return s, c, bad


def _softmax_jacobian_rows(xm):
    (sh, sl), (ch, cl), bad = _jacobian_parts(xm)
    jac = dd_mul_rounded(sh[..., :, None], sl[..., :, None], sh[..., None, :], sl[..., None, :])
    np.negative(jac, out=jac)
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
    return np.moveaxis(_in_row_blocks(_softmax_rows, xm, xm.shape[-1]), -1, axis)


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


def _log_softmax_rows(xm):
    """Log-softmax over the last axis, :math:`(x_i - m) - \\log_{1p}(t + k - 1)`."""
    xs, m, floor, d, dl, bad = _shift(xm)
    lt = xs < m
    k = xs.shape[-1] - np.sum(lt, axis=-1, keepdims=True, dtype=np.float64)
    e = np.exp(d)
    e += e * dl
    t = np.sum(np.where(lt, e, 0.0), axis=-1, keepdims=True)  # the smaller terms only
    far = xs < floor
    if far.any():  # x - m rounded there too; overflow to -inf is the right rounding
        with np.errstate(over="ignore"):
            d = np.where(far, xs - m, d)
        dl = np.where(far, 0.0, dl)  # (dl belonged to the clamped value)
    out = (d - np.log1p(t + (k - 1.0))) + dl
    if bad is not None:
        limit, undefined = _limits(xm[bad])
        out[bad] = np.where(undefined, np.nan, np.where(limit == 1.0, 0.0, -np.inf))
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
    return np.moveaxis(_in_row_blocks(_log_softmax_rows, xm, xm.shape[-1]), -1, axis)


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
    return np.moveaxis(_in_row_blocks(_softmax_rows, -xm, xm.shape[-1]), -1, axis)


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
    a, b = _halves(np.moveaxis(x, axis, -1), "glu", axis)
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
    return np.moveaxis(out, -1, axis)


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
