"""Catalogue records of the vector family.

For these records ``reference`` and ``derivative_reference`` are mpmath expressions in ``x``, a
list of mpf (one row along the axis): the first returns the list of outputs, the second the
Jacobian as a list of rows (``J[i][j] = d f_i / d x_j``).  The element-wise properties (range,
monotonic, saturating, ...) describe one output component as a function of its own input with
the others fixed (for GLU: of ``a_i``), and ``max_abs_derivative`` is the supremum over all
Jacobian entries and all row lengths.
"""

from __future__ import annotations

import math

from .. import vector as fn
from .._catalog import Framework, Interval, Origin, Param, Record, Use
from ._mp import mp
from ._papers import ALEXNET, DPO, GATED_CONVOLUTIONAL_LM, GPT_2, LLAMA

_AXIS = Param(
    name="axis",
    default=-1,
    description="The axis the activation acts along (PyTorch calls it dim).",
    latex=r"\text{axis}",
)

_BRIDLE = Origin(
    title=(
        "Probabilistic Interpretation of Feedforward Classification Network Outputs, "
        "with Relationships to Statistical Pattern Recognition"
    ),
    authors="J. S. Bridle",
    year=1990,
    url="https://doi.org/10.1007/978-3-642-76153-9_28",
)

_TORCH_DIM = (
    "The axis is called dim and defaults to None, an implicit choice (dim 0 for 0-, 1- and "
    "3-d input, else 1) deprecated with a warning: pass dim=-1 to match this library."
)
_JAX_INF = "Also takes where= to mask entries; any +inf input makes the whole result NaN."


# The references take one row x (a list of mpf) and return the outputs, or the Jacobian as a
# list of rows, J[i][j] = d f_i / d x_j.  Its diagonal uses the sum of the *other* terms rather
# than 1 - s_i, so that the references stay exact when one entry dominates.


def _others(x, i):
    return mp.fsum(mp.exp(x[k]) for k in range(len(x)) if k != i)


def _softmax(x):
    total = mp.fsum(mp.exp(v) for v in x)
    return [mp.exp(v) / total for v in x]


def _softmax_jacobian(x):
    total = mp.fsum(mp.exp(v) for v in x)
    return [
        [
            mp.exp(x[i]) * _others(x, i) / total**2
            if i == j
            else -mp.exp(x[i]) * mp.exp(x[j]) / total**2
            for j in range(len(x))
        ]
        for i in range(len(x))
    ]


def _log_softmax(x):
    """(x_i - m) - log(k + t), with m the maximum, k its multiplicity and t the sum of the smaller
    terms' exp(x_j - m), written with log1p so that a tiny t is not lost."""
    m = max(x)
    t = mp.fsum(mp.exp(v - m) for v in x if v < m)
    return [(v - m) - mp.log1p((x.count(m) - 1) + t) for v in x]


def _log_softmax_jacobian(x):
    total = mp.fsum(mp.exp(v) for v in x)
    return [
        [_others(x, i) / total if i == j else -mp.exp(x[j]) / total for j in range(len(x))]
        for i in range(len(x))
    ]


def _softmin(x):
    return _softmax([-v for v in x])


def _softmin_jacobian(x):
    return [[-entry for entry in row] for row in _softmax_jacobian([-v for v in x])]


def _glu(x):
    half = len(x) // 2
    return [x[i] / (1 + mp.exp(-x[half + i])) for i in range(half)]


def _glu_jacobian(x):
    half = len(x) // 2

    def entry(i, j):
        b = x[half + i]
        if j == i:
            return 1 / (1 + mp.exp(-b))
        if j == half + i:
            return x[i] * mp.exp(-b) / (1 + mp.exp(-b)) ** 2
        return mp.mpf(0)

    return [[entry(i, j) for j in range(len(x))] for i in range(half)]


RECORDS = [
    Record(
        name="softmax",
        family="vector",
        function=fn.softmax,
        derivative=fn.softmax_derivative,
        title_en="Softmax",
        title_ja="ソフトマックス関数",
        reference=_softmax,
        derivative_reference=_softmax_jacobian,
        formula=r"\operatorname{softmax}(x)_i = \frac{e^{x_i}}{\sum_{j=1}^{n} e^{x_j}}",
        derivative_formula=(
            r"\frac{\partial\,\operatorname{softmax}(x)_i}{\partial x_j}"
            r" = s_i\,(\delta_{ij} - s_j), \quad s = \operatorname{softmax}(x)"
        ),
        params=(_AXIS,),
        range=Interval(0.0, 1.0, False, True),  # 1 is reached only for n = 1
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=0.25,
        kinks=(),
        origin=_BRIDLE,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.softmax(x, dim=-1)",
                {"axis": None},
                "The axis is called dim and defaults to None, an implicit choice (dim 0 for 0-, 1- and 3-d input, else 1) deprecated with a warning: pass dim=-1 to match this library.",
            ),
            "jax": Framework(
                "jax.nn.softmax(x, axis=-1)",
                {"axis": -1},
                "Also takes where= to mask entries; any +inf input makes the whole result NaN.",
            ),
            "keras": Framework("keras.activations.softmax(x, axis=-1)", {"axis": -1}),
            "mlx": Framework(
                "mlx.nn.softmax(x, axis=-1)",
                {"axis": -1},
                "`mlx.core.softmax` defaults to `axis=None`, the whole array, where `mlx.nn.softmax` takes"
                " the last axis; the `Softmax` module has no axis.",
            ),
        },
        used_in=(
            Use(
                "Transformer attention",
                Origin(
                    title="Attention Is All You Need",
                    authors="A. Vaswani, N. Shazeer, N. Parmar, J. Uszkoreit, L. Jones, A. N. Gomez, L. Kaiser, I. Polosukhin",
                    year=2017,
                    url="https://arxiv.org/abs/1706.03762",
                ),
            ),
            Use(
                "GPT-2 attention",
                GPT_2,
            ),
            Use(
                "LLaMA attention",
                LLAMA,
            ),
            Use(
                "AlexNet output layer",
                ALEXNET,
            ),
        ),
        vector=True,
    ),
    Record(
        name="log_softmax",
        family="vector",
        function=fn.log_softmax,
        derivative=fn.log_softmax_derivative,
        title_en="Log-softmax",
        title_ja="対数ソフトマックス関数",
        reading_ja="たいすうそふとまっくすかんすう",
        reference=_log_softmax,
        derivative_reference=_log_softmax_jacobian,
        formula=r"\log\operatorname{softmax}(x)_i = x_i - \log \sum_{j=1}^{n} e^{x_j}",
        derivative_formula=(
            r"\frac{\partial \log\operatorname{softmax}(x)_i}{\partial x_j}"
            r" = \delta_{ij} - \operatorname{softmax}(x)_j"
        ),
        params=(_AXIS,),
        range=Interval(-math.inf, 0.0, False, True),  # 0 is reached only for n = 1
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="right",
        max_abs_derivative=1.0,
        kinks=(),
        origin=_BRIDLE,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.log_softmax(x, dim=-1)",
                {"axis": None},
                "The axis is called dim and defaults to None, an implicit choice (dim 0 for 0-, 1- and 3-d input, else 1) deprecated with a warning: pass dim=-1 to match this library.",
            ),
            "jax": Framework(
                "jax.nn.log_softmax(x, axis=-1)",
                {"axis": -1},
                "Also takes where= to mask entries; any +inf input makes the whole result NaN.",
            ),
            "keras": Framework("keras.activations.log_softmax(x, axis=-1)", {"axis": -1}),
            "mlx": Framework(
                "mlx.nn.log_softmax(x, axis=-1)",
                {"axis": -1},
                "The LogSoftmax module has no axis: always the last.",
            ),
        },
        used_in=(
            Use(
                "DPO (token log-probabilities)",
                DPO,
            ),
        ),
        vector=True,
    ),
    Record(
        name="softmin",
        family="vector",
        function=fn.softmin,
        derivative=fn.softmin_derivative,
        title_en="Softmin",
        title_ja="ソフトミン関数",
        reference=_softmin,
        derivative_reference=_softmin_jacobian,
        formula=r"\operatorname{softmin}(x)_i = \frac{e^{-x_i}}{\sum_{j=1}^{n} e^{-x_j}}",
        derivative_formula=(
            r"\frac{\partial\,\operatorname{softmin}(x)_i}{\partial x_j}"
            r" = -s_i\,(\delta_{ij} - s_j), \quad s = \operatorname{softmin}(x)"
        ),
        params=(_AXIS,),
        range=Interval(0.0, 1.0, False, True),  # 1 is reached only for n = 1
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=0.25,
        kinks=(),
        origin=_BRIDLE,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.softmin(x, dim=-1)",
                {"axis": None},
                "The axis is called dim and defaults to None, an implicit choice (dim 0 for 0-, 1- and 3-d input, else 1) deprecated with a warning: pass dim=-1 to match this library.",
            ),
            "jax": Framework(None, note="No softmin; use jax.nn.softmax(-x)."),
            "keras": Framework(None, note="No softmin; use keras.activations.softmax(-x)."),
            "mlx": Framework(
                "mlx.nn.softmin(x, axis=-1)",
                {"axis": -1},
                "The Softmin module has no axis: always the last.",
            ),
        },
        used_in=(),
        vector=True,
    ),
    Record(
        name="glu",
        family="vector",
        function=fn.glu,
        derivative=fn.glu_derivative,
        title_en="Gated linear unit (GLU)",
        title_ja="ゲート付き線形ユニット (GLU)",
        reference=_glu,
        derivative_reference=_glu_jacobian,
        formula=r"\operatorname{GLU}(a, b) = a \odot \sigma(b), \quad x = (a, b)",
        derivative_formula=(
            r"\frac{\partial\,\operatorname{GLU}_i}{\partial a_j} = \delta_{ij}\,\sigma(b_i),"
            r" \quad \frac{\partial\,\operatorname{GLU}_i}{\partial b_j}"
            r" = \delta_{ij}\,a_i\,\sigma(b_i)\bigl(1 - \sigma(b_i)\bigr)"
        ),
        params=(
            Param(
                name="axis",
                default=-1,
                description=(
                    "The axis split into the halves a (first) and b (second); "
                    "its length must be even (PyTorch calls it dim)."
                ),
                latex=r"\text{axis}",
            ),
        ),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,  # in a_i (the gate is positive); in b_i it follows the sign of a_i
        derivative_monotonic=True,  # d/da_i is the constant sigma(b_i)
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=math.inf,  # a_i sigma'(b_i) is unbounded in a_i
        kinks=(),
        origin=GATED_CONVOLUTIONAL_LM,
        frameworks={
            "pytorch": Framework("torch.nn.functional.glu(x, dim=-1)", {"axis": -1}),
            "jax": Framework("jax.nn.glu(x, axis=-1)", {"axis": -1}),
            "keras": Framework("keras.activations.glu(x, axis=-1)", {"axis": -1}),
            "mlx": Framework(
                "mlx.nn.glu(x, axis=-1)",
                {"axis": -1},
                "An odd length along the axis raises ValueError from mx.split.",
            ),
        },
        used_in=(
            Use(
                "gated convolutional language models",
                GATED_CONVOLUTIONAL_LM,
            ),
            Use(
                "ConvS2S (fairseq fconv)",
                Origin(
                    title="Convolutional Sequence to Sequence Learning",
                    authors="J. Gehring, M. Auli, D. Grangier, D. Yarats, Y. N. Dauphin",
                    year=2017,
                    url="https://arxiv.org/abs/1705.03122",
                ),
            ),
        ),
        vector=True,
    ),
]
