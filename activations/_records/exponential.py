"""Catalogue records of the exponential family."""

from __future__ import annotations

import math

from .. import exponential as fn
from .._catalog import Framework, Interval, Kink, Origin, Param, Record, Use
from ._mp import mp
from ._papers import ISRLU, SELF_NORMALIZING_NETWORKS


def _selu_alpha():
    """SELU's alpha in closed form (Klambauer et al. 2017, eq. 14)."""
    return -mp.sqrt(2 / mp.pi) / (mp.erfc(1 / mp.sqrt(2)) * mp.exp(mp.mpf(1) / 2) - 1)


def _selu_scale():
    """SELU's lambda in closed form (Klambauer et al. 2017, eq. 14)."""
    c = mp.erfc(1 / mp.sqrt(2))
    root_e = mp.sqrt(mp.e)
    return (
        (1 - c * root_e)
        * mp.sqrt(2 * mp.pi)
        / mp.sqrt(
            2 * mp.erfc(mp.sqrt(2)) * mp.e**2
            + mp.pi * c**2 * mp.e
            - 2 * (2 + mp.pi) * c * root_e
            + mp.pi
            + 2
        )
    )


_ALPHA_ELU = Param(
    "alpha",
    1.0,
    "Scale of the negative branch, which saturates at -alpha.",
    r"\alpha",
    explore=(0.1, 3.0, 0.1),
)

RECORDS = [
    Record(
        name="elu",
        family="exponential",
        function=fn.elu,
        derivative=fn.elu_derivative,
        title_en="Exponential linear unit (ELU)",
        title_ja="指数線形ユニット (ELU)",
        reading_ja="しすうせんけいゆにっと",
        reference=lambda x, alpha: x if x > 0 else alpha * mp.expm1(x),
        derivative_reference=lambda x, alpha: mp.mpf(1) if x > 0 else alpha * mp.exp(x),
        formula=(
            r"\operatorname{ELU}(x) = \begin{cases} x & x > 0 \\"
            r" \alpha\,(e^{x} - 1) & x \le 0 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{ELU}'(x) = \begin{cases} 1 & x > 0 \\"
            r" \alpha\,e^{x} & x \le 0 \end{cases}"
        ),
        params=(_ALPHA_ELU,),
        range=Interval(-1.0, math.inf, False, False),
        continuity=1,  # at alpha = 1; C0 for any other alpha
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=True,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 1.0),),
        origin=Origin(
            title="Fast and Accurate Deep Network Learning by Exponential Linear Units (ELUs)",
            authors="D.-A. Clevert, T. Unterthiner, S. Hochreiter",
            year=2016,
            url="https://arxiv.org/abs/1511.07289",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.elu(x, alpha=1.0)", {"alpha": 1.0}),
            "jax": Framework("jax.nn.elu(x, alpha=1.0)", {"alpha": 1.0}),
            "keras": Framework("keras.activations.elu(x, alpha=1.0)", {"alpha": 1.0}),
            "mlx": Framework(
                "mlx.nn.elu(x, alpha=1.0)",
                {"alpha": 1.0},
                "Computes exp(x) - 1, not expm1 (relative accuracy lost just below 0); its float32 gradient is NaN above x = 88.7.",
            ),
        },
        used_in=(
            Use(
                "Graph Attention Networks",
                Origin(
                    title="Graph Attention Networks",
                    authors="P. Velickovic, G. Cucurull, A. Casanova, A. Romero, P. Lio, Y. Bengio",
                    year=2018,
                    url="https://arxiv.org/abs/1710.10903",
                ),
            ),
            Use(
                "Linear Transformers (feature map)",
                Origin(
                    title="Transformers are RNNs: Fast Autoregressive Transformers with Linear Attention",
                    authors="A. Katharopoulos, A. Vyas, N. Pappas, F. Fleuret",
                    year=2020,
                    url="https://arxiv.org/abs/2006.16236",
                ),
            ),
        ),
    ),
    Record(
        name="celu",
        family="exponential",
        function=fn.celu,
        derivative=fn.celu_derivative,
        title_en="Continuously differentiable ELU (CELU)",
        title_ja="連続微分可能な指数線形ユニット (CELU)",
        reading_ja="れんぞくびぶんかのうなしすうせんけいゆにっと",
        reference=lambda x, alpha: x if x > 0 else alpha * mp.expm1(x / alpha),
        derivative_reference=lambda x, alpha: mp.mpf(1) if x > 0 else mp.exp(x / alpha),
        formula=(
            r"\operatorname{CELU}(x) = \begin{cases} x & x > 0 \\"
            r" \alpha\,\left(e^{x/\alpha} - 1\right) & x \le 0 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{CELU}'(x) = \begin{cases} 1 & x > 0 \\"
            r" e^{x/\alpha} & x \le 0 \end{cases}"
        ),
        params=(
            Param(
                "alpha",
                1.0,
                "Nonzero scale; the negative branch saturates at -alpha.",
                r"\alpha",
                explore=(0.1, 3.0, 0.1),
            ),
        ),
        range=Interval(-1.0, math.inf, False, False),
        continuity=1,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=True,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 1.0, {"mlx": 0.0}),),  # MLX: a gradient of 0 where f' is 1 from both sides
        origin=Origin(
            title="Continuously Differentiable Exponential Linear Units",
            authors="J. T. Barron",
            year=2017,
            url="https://arxiv.org/abs/1704.07483",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.celu(x, alpha=1.0)", {"alpha": 1.0}),
            "jax": Framework("jax.nn.celu(x, alpha=1.0)", {"alpha": 1.0}),
            "keras": Framework("keras.activations.celu(x, alpha=1.0)", {"alpha": 1.0}),
            "mlx": Framework(
                "mlx.nn.celu(x, alpha=1.0)",
                {"alpha": 1.0},
                "Computes exp(x/alpha) - 1, not expm1; its autograd derivative at 0 is 0, where f' is 1 on both sides.",
            ),
        },
        used_in=(),
    ),
    Record(
        name="selu",
        family="exponential",
        function=fn.selu,
        derivative=fn.selu_derivative,
        title_en="Scaled exponential linear unit (SELU)",
        title_ja="スケール付き指数線形ユニット (SELU)",
        reference=lambda x: _selu_scale() * (x if x > 0 else _selu_alpha() * mp.expm1(x)),
        derivative_reference=lambda x: (
            _selu_scale() * (mp.mpf(1) if x > 0 else _selu_alpha() * mp.exp(x))
        ),
        formula=(
            r"\operatorname{SELU}(x) = \lambda \begin{cases} x & x > 0 \\"
            r" \alpha\,(e^{x} - 1) & x \le 0 \end{cases},\quad"
            r" \alpha \approx 1.6733,\ \lambda \approx 1.0507"
        ),
        derivative_formula=(
            r"\operatorname{SELU}'(x) = \lambda \begin{cases} 1 & x > 0 \\"
            r" \alpha\,e^{x} & x \le 0 \end{cases}"
        ),
        params=(),
        range=Interval(-fn.SELU_SCALE * fn.SELU_ALPHA, math.inf, False, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.7580993408473768,  # lambda * alpha, correctly rounded
        kinks=(Kink(0.0, fn.SELU_SCALE * fn.SELU_ALPHA),),
        origin=SELF_NORMALIZING_NETWORKS,
        frameworks={
            "pytorch": Framework("torch.nn.functional.selu(x)"),
            "jax": Framework("jax.nn.selu(x)"),
            "keras": Framework("keras.activations.selu(x)"),
            "mlx": Framework(
                "mlx.nn.selu(x)",
                note="Uses the constants rounded to 1.0507 and 1.67326 (up to 3e-6 off relative); its float32 gradient is NaN above x = 88.7.",
            ),
        },
        used_in=(
            Use(
                "self-normalizing networks",
                SELF_NORMALIZING_NETWORKS,
            ),
        ),
    ),
    Record(
        name="isrlu",
        family="exponential",
        function=fn.isrlu,
        derivative=fn.isrlu_derivative,
        title_en="Inverse square root linear unit (ISRLU)",
        title_ja="逆平方根線形ユニット (ISRLU)",
        reading_ja="ぎゃくへいほうこんせんけいゆにっと",
        reference=lambda x, alpha: x if x >= 0 else x / mp.sqrt(1 + alpha * x**2),
        derivative_reference=lambda x, alpha: (
            mp.mpf(1) if x >= 0 else (1 + alpha * x**2) ** (-mp.mpf(3) / 2)
        ),
        formula=(
            r"\operatorname{ISRLU}(x) = \begin{cases} x & x \ge 0 \\"
            r" \dfrac{x}{\sqrt{1 + \alpha x^2}} & x < 0 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{ISRLU}'(x) = \begin{cases} 1 & x \ge 0 \\"
            r" \left(\dfrac{1}{\sqrt{1 + \alpha x^2}}\right)^3 & x < 0 \end{cases}"
        ),
        params=(
            Param(
                "alpha",
                1.0,
                "Positive scale; the negative branch saturates at -1/sqrt(alpha).",
                r"\alpha",
                explore=(0.1, 5.0, 0.1),
            ),
        ),
        range=Interval(-1.0, math.inf, False, False),
        continuity=2,  # f''' jumps at 0 (from -3 alpha to 0)
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=True,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 1.0),),
        origin=ISRLU,
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
]
