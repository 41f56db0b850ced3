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
from .._catalog import Framework, Interval, Kink, Origin, Param, Record, Use
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


def _crelu(x):
    return [max(v, 0) for v in x] + [max(-v, 0) for v in x]


def _crelu_jacobian(x):
    """Slope 1 of max(v, 0) for v > 0, -1 of max(-v, 0) for v < 0; 0 at the kink v = 0."""
    n = len(x)

    def entry(i, j):
        if i < n:
            return mp.mpf(1 if i == j and x[j] > 0 else 0)
        return mp.mpf(-1 if i - n == j and x[j] < 0 else 0)

    return [[entry(i, j) for j in range(n)] for i in range(2 * n)]


def _maxout(x, k=2):
    k = int(k)
    return [max(x[i : i + k]) for i in range(0, len(x), k)]


def _maxout_jacobian(x, k=2):
    """1 at the first maximum of each group (PyTorch's choice at ties), 0 elsewhere."""
    k = int(k)
    rows = []
    for start in range(0, len(x), k):
        group = x[start : start + k]
        first = start + group.index(max(group))
        rows.append([mp.mpf(1 if j == first else 0) for j in range(len(x))])
    return rows


_CRELU_TF = " (TensorFlow's tf.nn.crelu(features, axis=-1) puts the positive half first too)."
_CRELU_NOTES = {
    "pytorch": "No CReLU; write torch.cat([F.relu(x), F.relu(-x)], dim=-1)" + _CRELU_TF,
    "jax": "No CReLU; write jnp.concatenate([jax.nn.relu(x), jax.nn.relu(-x)], axis=-1)"
    + _CRELU_TF,
    "keras": "No CReLU; write keras.ops.concatenate([keras.activations.relu(x), "
    "keras.activations.relu(-x)], axis=-1)" + _CRELU_TF,
    "mlx": "No CReLU; write mx.concatenate([nn.relu(x), nn.relu(-x)], axis=-1)" + _CRELU_TF,
}
_MAXOUT_NOTES = {
    "pytorch": "No maxout; model code writes x.view(..., n // k, k).max(-1).values, the same "
    "consecutive groups, whose gradient goes to the first of tied maxima as here; .amax(-1) "
    "splits it equally among them.",
    "jax": "No maxout; x.reshape(..., n // k, k).max(-1) groups the same way, but its gradient "
    "splits equally among tied maxima.",
    "keras": "No maxout (TensorFlow Addons had tfa.layers.Maxout(num_units) for tf.keras); "
    "keras.ops.max over a reshape splits the gradient equally among tied maxima (JAX backend).",
    "mlx": "No maxout; x.reshape(..., n // k, k).max(-1) groups the same way, but its gradient "
    "splits equally among tied maxima.",
}


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
    Record(
        name="crelu",
        family="vector",
        function=fn.crelu,
        derivative=fn.crelu_derivative,
        title_en="Concatenated ReLU (CReLU)",
        title_ja="CReLU (連結 ReLU)",
        reference=_crelu,
        derivative_reference=_crelu_jacobian,
        formula=r"\operatorname{CReLU}(x) = \bigl(\max(x, 0),\ \max(-x, 0)\bigr)",
        derivative_formula=(
            r"\frac{\partial\,\operatorname{CReLU}_i}{\partial x_j} = \delta_{ij}\,\mathbf{1}_{x_j > 0},"
            r" \quad \frac{\partial\,\operatorname{CReLU}_{n+i}}{\partial x_j}"
            r" = -\delta_{ij}\,\mathbf{1}_{x_j < 0}"
        ),
        params=(
            Param(
                name="axis",
                default=-1,
                description=(
                    "The axis along which ReLU(x) and ReLU(-x) are concatenated; the output "
                    "is twice as long along it (TensorFlow's tf.nn.crelu also says axis)."
                ),
                latex=r"\text{axis}",
            ),
        ),
        range=Interval(0.0, math.inf, True, False),
        continuity=0,  # each output is max(x_i, 0) or max(-x_i, 0): a kink at x_i = 0
        monotonic=True,  # output i, max(x_i, 0), in its own input x_i
        derivative_monotonic=True,  # 0 then 1
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",  # output i is flat for x_i < 0 (output n + i takes over there)
        max_abs_derivative=1.0,  # attained: 1 at (i, i) for x_i > 0, -1 at (n + i, i) for x_i < 0
        kinks=(Kink(0.0, 0.0),),  # both entries of column i are 0 at x_i = 0, as in PyTorch
        origin=Origin(
            title=(
                "Understanding and Improving Convolutional Neural Networks via Concatenated "
                "Rectified Linear Units"
            ),
            authors="W. Shang, K. Sohn, D. Almeida, H. Lee",
            year=2016,
            url="https://arxiv.org/abs/1603.05201",
        ),
        frameworks={fw: Framework(None, note=note) for fw, note in _CRELU_NOTES.items()},
        used_in=(
            Use(
                "PVANET (early convolutional layers)",
                Origin(
                    title="PVANET: Deep but Lightweight Neural Networks for Real-time Object Detection",
                    authors="K.-H. Kim, S. Hong, B. Roh, Y. Cheon, M. Park",
                    year=2016,
                    url="https://arxiv.org/abs/1608.08021",
                ),
            ),
        ),
        vector=True,
    ),
    Record(
        name="maxout",
        family="vector",
        function=fn.maxout,
        derivative=fn.maxout_derivative,
        title_en="Maxout",
        title_ja="マックスアウト (Maxout)",
        reference=_maxout,
        derivative_reference=_maxout_jacobian,
        formula=r"\operatorname{maxout}(x)_i = \max_{1 \le j \le k} x_{(i-1)k + j}",
        derivative_formula=(
            r"\frac{\partial\,\operatorname{maxout}(x)_i}{\partial x_{(i-1)k + j}}"
            r" = \mathbf{1}_{j = j^*_i}, \quad"
            r" j^*_i = \min \operatorname*{arg\,max}_{1 \le l \le k} x_{(i-1)k + l}"
        ),
        params=(
            Param(
                name="k",
                default=2,
                description=(
                    "The number of pieces per output: each output is the maximum of k "
                    "consecutive entries along the axis, whose length k must divide."
                ),
                latex="k",
            ),
            Param(
                name="axis",
                default=-1,
                description="The axis the groups are taken along (PyTorch code calls it dim).",
                latex=r"\text{axis}",
            ),
        ),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=0,  # kinks where two pieces of a group tie, not at fixed inputs
        monotonic=True,  # non-decreasing in every input
        derivative_monotonic=True,  # in a piece: 0 while another piece wins, then 1
        identity_near_origin=True,  # a piece that wins is passed through: slope 1
        zero_centred=True,  # maxout(0) = 0, and the output takes both signs
        saturating="left",  # a piece far below the others of its group gets no gradient
        max_abs_derivative=1.0,  # attained: the 1 of every row
        kinks=(),  # the kinks are ties between pieces, which no fixed input describes
        origin=Origin(
            title="Maxout Networks",
            authors="I. J. Goodfellow, D. Warde-Farley, M. Mirza, A. Courville, Y. Bengio",
            year=2013,
            url="https://arxiv.org/abs/1302.4389",
        ),
        frameworks={fw: Framework(None, note=note) for fw, note in _MAXOUT_NOTES.items()},
        used_in=(
            Use(
                "the discriminator of the original GAN",
                Origin(
                    title="Generative Adversarial Nets",
                    authors=(
                        "I. J. Goodfellow, J. Pouget-Abadie, M. Mirza, B. Xu, D. Warde-Farley, "
                        "S. Ozair, A. Courville, Y. Bengio"
                    ),
                    year=2014,
                    url="https://arxiv.org/abs/1406.2661",
                ),
            ),
        ),
        vector=True,
    ),
]
