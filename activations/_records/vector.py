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
from ._papers import (
    ALEXNET,
    DPO,
    GATED_CONVOLUTIONAL_LM,
    GLU_VARIANTS,
    GPT_2,
    LLAMA,
    SOFTMAX_LINEAR_UNITS,
)
from .smooth import _gelu, _gelu_derivative

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


# The GLU variants: a_i g(b_i) for a gate g of the second half; the Jacobian has g(b_i) at
# (i, i) and a_i g'(b_i) at (i, n/2 + i).


def _gated(gate):
    def reference(x, **params):
        half = len(x) // 2
        return [x[i] * gate(x[half + i], **params) for i in range(half)]

    return reference


def _gated_jacobian(gate, slope):
    def reference(x, **params):
        half = len(x) // 2

        def entry(i, j):
            b = x[half + i]
            if j == i:
                return gate(b, **params)
            if j == half + i:
                return x[i] * slope(b, **params)
            return mp.mpf(0)

        return [[entry(i, j) for j in range(len(x))] for i in range(half)]

    return reference


def _silu(b):
    return b / (1 + mp.exp(-b))


def _silu_slope(b):  # (1 + e^-b (1 + b)) / (1 + e^-b)^2, as e^b (1 + b + e^b) / (1 + e^b)^2
    return (
        mp.exp(b) * (1 + b + mp.exp(b)) / (1 + mp.exp(b)) ** 2
        if b < 0
        else ((1 + mp.exp(-b) * (1 + b)) / (1 + mp.exp(-b)) ** 2)
    )


def _gelu_gate(b, approximate="none"):
    return _gelu(b, approximate)


def _gelu_slope(b, approximate="none"):
    return _gelu_derivative(b, approximate)


def _relu(b):
    return b if b > 0 else mp.mpf(0)


def _relu_slope(b):
    return mp.mpf(1) if b > 0 else mp.mpf(0)  # 0 at the kink b = 0, as PyTorch autograd


_GATED_AXIS = Param(
    name="axis",
    default=-1,
    description=(
        "The axis split into the halves a (first, the value) and b (second, the gate); "
        "its length must be even (PyTorch calls it dim)."
    ),
    latex=r"\text{axis}",
)

PALM = Origin(
    title="PaLM: Scaling Language Modeling with Pathways",
    authors="A. Chowdhery et al.",
    year=2022,
    url="https://arxiv.org/abs/2204.02311",
)
GEMMA = Origin(
    title="Gemma: Open Models Based on Gemini Research and Technology",
    authors="Gemma Team",
    year=2024,
    url="https://arxiv.org/abs/2403.08295",
)
T5_V1_1 = Origin(
    title="T5 released checkpoints: T5.1.1 (GEGLU activation in the feed-forward layer)",
    authors="Google Research",
    year=2020,
    url=(
        "https://github.com/google-research/text-to-text-transfer-transformer/blob/main/"
        "released_checkpoints.md"
    ),
)


def _not_shipped(gate_call: str, sigmoid_glu: str, split: str) -> str:
    return (
        f"Not shipped: {sigmoid_glu} gates with the sigmoid only. "
        f"Write it as {split}; a * {gate_call} (the second half gates)."
    )


_SPLITS = {
    "pytorch": ("torch.nn.functional.glu", "a, b = x.chunk(2, dim=-1)", "torch.nn.functional"),
    "jax": ("jax.nn.glu", "a, b = jnp.split(x, 2, axis=-1)", "jax.nn"),
    "keras": (
        "keras.activations.glu",
        "a, b = keras.ops.split(x, 2, axis=-1)",
        "keras.activations",
    ),
    "mlx": ("mlx.nn.glu", "a, b = mx.split(x, 2, axis=-1)", "mlx.nn"),
}


def _gated_frameworks(gate: str, extra: dict | None = None) -> dict:
    """Framework(None) everywhere, with the near miss (the sigmoid GLU) and the composition."""
    out = {}
    for fw, (glu_name, split, namespace) in _SPLITS.items():
        note = _not_shipped(f"{namespace}.{gate}(b)", glu_name, split)
        if extra and fw in extra:
            note += " " + extra[fw]
        out[fw] = Framework(None, {}, note)
    return out


_BISECTION_STEPS = 300  # 2**-300: below the last place of the 256-bit working precision


def _threshold(y, excess):
    """The t in [-1, 0] with excess(t) = 0, excess decreasing: bisection."""
    low, high = mp.mpf(-1), mp.mpf(0)
    for _ in range(_BISECTION_STEPS):
        middle = (low + high) / 2
        if excess(middle) > 0:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def _gaps(x):
    m = max(x)
    return [v - m for v in x]


def _sparsemax_support(x):
    """(y, support, tau): the sum of [y_i - tau]_+ is 1."""
    y = _gaps(x)
    t = _threshold(y, lambda t: mp.fsum(max(v - t, 0) for v in y) - 1)
    support = [i for i, v in enumerate(y) if v > t]
    tau = (mp.fsum(y[i] for i in support) - 1) / len(support)
    return y, [i for i in support if y[i] > tau], tau


def _sparsemax(x):
    y, _, tau = _sparsemax_support(x)
    return [max(v - tau, mp.mpf(0)) for v in y]


def _sparsemax_jacobian(x):
    _, support, _ = _sparsemax_support(x)
    size = len(support)

    def entry(i, j):
        if i not in support or j not in support:
            return mp.mpf(0)
        return (1 if i == j else 0) - mp.mpf(1) / size

    return [[entry(i, j) for j in range(len(x))] for i in range(len(x))]


def _entmax15_roots(x):
    """g_i = [y_i / 2 - tau]_+, with the sum of g_i**2 equal to 1."""
    u = [v / 2 for v in _gaps(x)]
    t = _threshold(u, lambda t: mp.fsum(max(v - t, 0) ** 2 for v in u) - 1)
    support = [v for v in u if v > t]
    # on the support: k tau**2 - 2 tau sum(u) + sum(u**2) - 1 = 0, the smaller root
    k, total = len(support), mp.fsum(support)
    spread = k * mp.fsum(v**2 for v in support) - total**2  # k^2 times the variance, >= 0
    tau = (total - mp.sqrt(k - spread)) / k
    return [max(v - tau, mp.mpf(0)) for v in u]


def _entmax15(x):
    return [g**2 for g in _entmax15_roots(x)]


def _entmax15_jacobian(x):
    g = _entmax15_roots(x)
    total = mp.fsum(g)
    n = len(x)
    return [
        [
            g[i] * mp.fsum(g[k] for k in range(n) if k != i) / total
            if i == j
            else -g[i] * g[j] / total
            for j in range(n)
        ]
        for i in range(n)
    ]


def _solu(x):
    return [v * s for v, s in zip(x, _softmax(x), strict=True)]


def _solu_jacobian(x):
    """J_ii = s_i (1 + x_i c_i) with c_i = 1 - s_i as the other terms over the total;
    J_ij = -x_i s_i s_j."""
    total = mp.fsum(mp.exp(v) for v in x)
    s = [mp.exp(v) / total for v in x]
    n = len(x)
    return [
        [
            s[i] * (1 + x[i] * _others(x, i) / total) if i == j else -x[i] * s[i] * s[j]
            for j in range(n)
        ]
        for i in range(n)
    ]


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
        title_ja="ゲート付き線形ユニット（GLU）",
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
        title_ja="CReLU（連結ReLU）",
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
        title_ja="マックスアウト（Maxout）",
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
    Record(
        name="swiglu",
        family="vector",
        function=fn.swiglu,
        derivative=fn.swiglu_derivative,
        title_en="SwiGLU",
        title_ja="SwiGLU",
        reference=_gated(_silu),
        derivative_reference=_gated_jacobian(_silu, _silu_slope),
        formula=(
            r"\operatorname{SwiGLU}(a, b) = a \odot \operatorname{SiLU}(b) = a \odot b\,\sigma(b),"
            r" \quad x = (a, b)"
        ),
        derivative_formula=(
            r"\frac{\partial\,\operatorname{SwiGLU}_i}{\partial a_j} = \delta_{ij}\,b_i\,\sigma(b_i),"
            r" \quad \frac{\partial\,\operatorname{SwiGLU}_i}{\partial b_j}"
            r" = \delta_{ij}\,a_i\,\sigma(b_i)\bigl(1 + b_i\,(1 - \sigma(b_i))\bigr)"
        ),
        params=(_GATED_AXIS,),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,  # linear in a_i (the gate SiLU(b_i) is fixed)
        derivative_monotonic=True,  # d/da_i is the constant SiLU(b_i)
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=math.inf,  # a_i SiLU'(b_i) and SiLU(b_i) are unbounded
        kinks=(),
        origin=GLU_VARIANTS,
        frameworks=_gated_frameworks("silu"),
        used_in=(Use("PaLM", PALM), Use("LLaMA", LLAMA)),
        vector=True,
    ),
    Record(
        name="geglu",
        family="vector",
        function=fn.geglu,
        derivative=fn.geglu_derivative,
        title_en="GeGLU",
        title_ja="GeGLU",
        reference=_gated(_gelu_gate),
        derivative_reference=_gated_jacobian(_gelu_gate, _gelu_slope),
        formula=(
            r"\operatorname{GeGLU}(a, b) = a \odot \operatorname{GELU}(b) = a \odot b\,\Phi(b),"
            r" \quad x = (a, b)"
        ),
        derivative_formula=(
            r"\frac{\partial\,\operatorname{GeGLU}_i}{\partial a_j} = \delta_{ij}\,b_i\,\Phi(b_i),"
            r" \quad \frac{\partial\,\operatorname{GeGLU}_i}{\partial b_j}"
            r" = \delta_{ij}\,a_i\bigl(\Phi(b_i) + b_i\,\varphi(b_i)\bigr)"
        ),
        params=(
            _GATED_AXIS,
            Param(
                "approximate",
                "none",
                "The GELU of the gate: 'none' for the exact b Phi(b); 'tanh' for "
                "b/2 (1 + tanh(sqrt(2/pi) (b + 0.044715 b^3))), Gemma's approximated GeGLU.",
                r"\mathrm{approximate}",
            ),
        ),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,  # linear in a_i
        derivative_monotonic=True,  # d/da_i is the constant GELU(b_i)
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=math.inf,  # a_i GELU'(b_i) and GELU(b_i) are unbounded
        kinks=(),
        origin=GLU_VARIANTS,
        frameworks=_gated_frameworks(
            "gelu",
            {
                "jax": "jax.nn.gelu defaults to approximate=True (the tanh form): pass "
                "approximate=False for the exact gate.",
                "keras": "keras.activations.gelu defaults to approximate=False (exact).",
                "mlx": "mlx.nn.gelu is exact; a * mlx.nn.gelu_approx(b) gives the tanh form "
                "(approximate='tanh').",
                "pytorch": "torch.nn.functional.gelu(b, approximate='tanh') gives the tanh form.",
            },
        ),
        used_in=(Use("Gemma", GEMMA), Use("T5 v1.1", T5_V1_1)),
        vector=True,
    ),
    Record(
        name="reglu",
        family="vector",
        function=fn.reglu,
        derivative=fn.reglu_derivative,
        title_en="ReGLU",
        title_ja="ReGLU",
        reference=_gated(_relu),
        derivative_reference=_gated_jacobian(_relu, _relu_slope),
        formula=r"\operatorname{ReGLU}(a, b) = a \odot \max(b, 0), \quad x = (a, b)",
        derivative_formula=(
            r"\frac{\partial\,\operatorname{ReGLU}_i}{\partial a_j} = \delta_{ij}\max(b_i, 0),"
            r" \quad \frac{\partial\,\operatorname{ReGLU}_i}{\partial b_j}"
            r" = \delta_{ij}\,a_i\,[b_i > 0]"
        ),
        params=(_GATED_AXIS,),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=0,  # d/db_i jumps from 0 to a_i at b_i = 0
        monotonic=True,  # linear in a_i
        derivative_monotonic=True,  # d/da_i is the constant max(b_i, 0)
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=math.inf,  # a_i (for b_i > 0) and max(b_i, 0) are unbounded
        # at b_i = 0, d ReGLU_i / d b_i is 0 (PyTorch autograd of a * relu(b))
        kinks=(Kink(0.0, 0.0),),
        origin=GLU_VARIANTS,
        frameworks=_gated_frameworks("relu"),
        used_in=(),
        vector=True,
    ),
    Record(
        name="solu",
        family="vector",
        function=fn.solu,
        derivative=fn.solu_derivative,
        title_en="Softmax linear unit (SoLU)",
        title_ja="ソフトマックス線形ユニット（SoLU）",
        reference=_solu,
        derivative_reference=_solu_jacobian,
        formula=r"\operatorname{SoLU}(x)_i = x_i\,\operatorname{softmax}(x)_i",
        derivative_formula=(
            r"\frac{\partial\,\operatorname{SoLU}(x)_i}{\partial x_j}"
            r" = \delta_{ij}\,s_i + x_i\,s_i\,(\delta_{ij} - s_j),"
            r" \quad s = \operatorname{softmax}(x)"
        ),
        params=(_AXIS,),
        range=Interval(-math.inf, math.inf, False, False),  # n = 1 is the identity
        continuity=math.inf,
        monotonic=False,  # x_i s_i dips below 0 before it rises
        derivative_monotonic=False,
        identity_near_origin=False,  # the slope at x_i = 0 is s_i < 1 (n >= 2)
        zero_centred=True,
        saturating="left",  # the slope tends to 1 on the right
        # unbounded: for x_i = x_j = x (n = 2) the off-diagonal entry is -x/4
        max_abs_derivative=math.inf,
        kinks=(),
        origin=SOFTMAX_LINEAR_UNITS,
        frameworks={
            "pytorch": Framework(None, note="Not shipped; x * torch.softmax(x, dim=-1)."),
            "jax": Framework(None, note="Not shipped; x * jax.nn.softmax(x, axis=-1)."),
            "keras": Framework(
                None, note="Not shipped; x * keras.activations.softmax(x, axis=-1)."
            ),
            "mlx": Framework(None, note="Not shipped; x * mlx.nn.softmax(x, axis=-1)."),
        },
        used_in=(
            Use(
                "Anthropic's SoLU transformer language models (followed by a LayerNorm)",
                SOFTMAX_LINEAR_UNITS,
            ),
        ),
        vector=True,
    ),
    Record(
        name="sparsemax",
        family="vector",
        function=fn.sparsemax,
        derivative=fn.sparsemax_derivative,
        title_en="Sparsemax",
        title_ja="スパースマックス関数",
        reference=_sparsemax,
        derivative_reference=_sparsemax_jacobian,
        formula=(
            r"\operatorname{sparsemax}(x)_i = [x_i - \tau(x)]_+,"
            r" \quad \sum_{j=1}^{n} [x_j - \tau(x)]_+ = 1"
        ),
        derivative_formula=(
            r"\frac{\partial\,\operatorname{sparsemax}(x)_i}{\partial x_j}"
            r" = \mathbb{1}_{i \in S}\,\Bigl(\delta_{ij} - \frac{\mathbb{1}_{j \in S}}{|S|}\Bigr),"
            r" \quad S = \{i : \operatorname{sparsemax}(x)_i > 0\}"
        ),
        params=(_AXIS,),
        range=Interval(0.0, 1.0, True, True),  # exact zeros, and 1 for a clear winner
        continuity=0,  # piecewise linear: the Jacobian jumps where the support changes
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        # entries 1 - 1/|S| and -1/|S|: the supremum 1 is approached as |S| grows
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title=(
                "From Softmax to Sparsemax: A Sparse Model of Attention and Multi-Label "
                "Classification"
            ),
            authors="A. F. T. Martins, R. F. Astudillo",
            year=2016,
            url="https://arxiv.org/abs/1602.02068",
        ),
        frameworks={
            "pytorch": Framework(
                None,
                note="Not shipped; the third-party entmax package has entmax.sparsemax(x, dim=-1).",
            ),
            "jax": Framework(
                None, note="Not shipped; jax.nn.sparse_plus and sparse_sigmoid are other functions."
            ),
            "keras": Framework(
                "keras.activations.sparsemax(x, axis=-1)",
                {"axis": -1},
                "Up to Keras 3.15 the threshold is wrong whenever two or more entries are in the"
                " support, so the outputs do not sum to 1 (keras-team/keras#23425, fixed by"
                " #23469); the numbers here follow the paper.",
            ),
            "mlx": Framework(None, note="Not shipped."),
        },
        used_in=(
            Use(
                "TabNet (attentive feature masks)",
                Origin(
                    title="TabNet: Attentive Interpretable Tabular Learning",
                    authors="S. Ö. Arık, T. Pfister",
                    year=2019,
                    url="https://arxiv.org/abs/1908.07442",
                ),
            ),
        ),
        vector=True,
    ),
    Record(
        name="entmax15",
        family="vector",
        function=fn.entmax15,
        derivative=fn.entmax15_derivative,
        title_en="1.5-entmax",
        title_ja="1.5-エントマックス関数",
        reference=_entmax15,
        derivative_reference=_entmax15_jacobian,
        formula=(
            r"\operatorname{entmax}_{1.5}(x)_i = \Bigl[\frac{x_i}{2} - \tau(x)\Bigr]_+^2,"
            r" \quad \sum_{j=1}^{n} \Bigl[\frac{x_j}{2} - \tau(x)\Bigr]_+^2 = 1"
        ),
        derivative_formula=(
            r"\frac{\partial\,\operatorname{entmax}_{1.5}(x)_i}{\partial x_j}"
            r" = g_i\,\delta_{ij} - \frac{g_i\,g_j}{\sum_k g_k},"
            r" \quad g = \sqrt{\operatorname{entmax}_{1.5}(x)}"
        ),
        params=(_AXIS,),
        range=Interval(0.0, 1.0, True, True),  # exact zeros, and 1 for a clear winner
        continuity=1,  # the Jacobian is continuous but has kinks where the support changes
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        # J_ii = g_i (sum of the other g) / (sum of all g) with sum g**2 = 1: it tends to 1 for
        # g_i -> 1 with many tiny others (never attained); |J_ij| <= 1/(2 sqrt 2) off the diagonal
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title="Sparse Sequence-to-Sequence Models",
            authors="B. Peters, V. Niculae, A. F. T. Martins",
            year=2019,
            url="https://arxiv.org/abs/1905.05702",
        ),
        frameworks={
            "pytorch": Framework(
                None,
                note="Not shipped; the third-party entmax package has entmax.entmax15(x, dim=-1).",
            ),
            "jax": Framework(None, note="Not shipped; the third-party entmax-jax package has one."),
            "keras": Framework(None, note="Not shipped."),
            "mlx": Framework(None, note="Not shipped."),
        },
        used_in=(
            Use(
                "NODE (neural oblivious decision ensembles)",
                Origin(
                    title="Neural Oblivious Decision Ensembles for Deep Learning on Tabular Data",
                    authors="S. Popov, S. Morozov, A. Babenko",
                    year=2019,
                    url="https://arxiv.org/abs/1909.06312",
                ),
            ),
        ),
        vector=True,
    ),
]
