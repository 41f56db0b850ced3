"""Catalogue records of the exponential family."""

from __future__ import annotations

import math

from .. import exponential as fn
from .._catalog import Framework, Interval, Kink, Origin, Param, Record
from ._mp import mp


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
            "pytorch": Framework("torch.nn.ELU", {"alpha": 1.0}),
            "jax": Framework("jax.nn.elu", {"alpha": 1.0}),
            "keras": Framework("keras.activations.elu", {"alpha": 1.0}),
        },
    ),
    Record(
        name="celu",
        family="exponential",
        function=fn.celu,
        derivative=fn.celu_derivative,
        title_en="Continuously differentiable ELU (CELU)",
        title_ja="連続微分可能な指数線形ユニット (CELU)",
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
            "pytorch": Framework("torch.nn.CELU", {"alpha": 1.0}),
            "jax": Framework("jax.nn.celu", {"alpha": 1.0}),
            "keras": Framework("keras.activations.celu", {"alpha": 1.0}),
        },
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
        origin=Origin(
            title="Self-Normalizing Neural Networks",
            authors="G. Klambauer, T. Unterthiner, A. Mayr, S. Hochreiter",
            year=2017,
            url="https://arxiv.org/abs/1706.02515",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.SELU"),
            "jax": Framework("jax.nn.selu"),
            "keras": Framework("keras.activations.selu"),
        },
    ),
    Record(
        name="isrlu",
        family="exponential",
        function=fn.isrlu,
        derivative=fn.isrlu_derivative,
        title_en="Inverse square root linear unit (ISRLU)",
        title_ja="逆平方根線形ユニット (ISRLU)",
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
        origin=Origin(
            title="Improving Deep Learning by Inverse Square Root Linear Units (ISRLUs)",
            authors="B. Carlile, G. Delamarter, P. Kinney, A. Marti, B. Whitney",
            year=2017,
            url="https://arxiv.org/abs/1710.09967",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
        },
    ),
]
