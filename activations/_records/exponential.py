"""Catalogue records of the exponential family."""

from __future__ import annotations

import math

from .. import exponential as fn
from .._catalog import Framework, Interval, Kink, Origin, Param, Record, Use
from ._mp import mp
from ._papers import GOLDEN_ACTIVATION, ISRLU, SELF_NORMALIZING_NETWORKS


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
        title_ja="指数線形ユニット（ELU）",
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
        title_ja="連続微分可能な指数線形ユニット（CELU）",
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
        title_ja="スケール付き指数線形ユニット（SELU）",
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
        title_ja="逆平方根線形ユニット（ISRLU）",
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


def _sigmoid(x):
    return 1 / (1 + mp.exp(-x))


def _hard_gate(x):
    """HardELiSH's gate max(0, min(1, (x + 1)/2))."""
    return max(mp.mpf(0), min(mp.mpf(1), (x + 1) / 2))


def _xielu_reference(x, alpha_p, alpha_n, beta, eps):
    if x > 0:
        return alpha_p * x**2 + beta * x
    return alpha_n * (mp.expm1(min(x, eps)) - x) + beta * x


def _xielu_derivative_reference(x, alpha_p, alpha_n, beta, eps):
    if x > 0:
        return 2 * alpha_p * x + beta
    if x > eps:
        return beta - alpha_n
    if x == eps:  # autograd of the reference code: torch.min splits the gradient at a tie
        return alpha_n * (mp.exp(eps) / 2 - 1) + beta
    return alpha_n * mp.expm1(x) + beta


RECORDS += [
    Record(
        name="elish",
        family="exponential",
        function=fn.elish,
        derivative=fn.elish_derivative,
        title_en="Exponential linear squashing unit (ELiSH)",
        title_ja="ELiSH（指数線形スカッシングユニット）",
        reference=lambda x: (x if x >= 0 else mp.expm1(x)) * _sigmoid(x),
        derivative_reference=lambda x: (
            _sigmoid(x) * (1 + x * (1 - _sigmoid(x)))
            if x >= 0
            else mp.exp(x) * _sigmoid(x) + mp.expm1(x) * _sigmoid(x) * (1 - _sigmoid(x))
        ),
        formula=(
            r"\operatorname{ELiSH}(x) = \begin{cases} x\,\sigma(x) & x \ge 0 \\"
            r" (e^{x} - 1)\,\sigma(x) & x < 0 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{ELiSH}'(x) = \begin{cases}"
            r" \sigma(x)\bigl(1 + x(1 - \sigma(x))\bigr) & x \ge 0 \\"
            r" e^{x}\sigma(x) + (e^{x} - 1)\,\sigma(x)\bigl(1 - \sigma(x)\bigr) & x < 0"
            r" \end{cases}"
        ),
        params=(),
        # the minimum, at x = ln(sqrt(2) - 1): (sqrt2 - 2)(sqrt2 - 1)/sqrt2 = 2 sqrt2 - 3
        range=Interval(2 * math.sqrt(2) - 3, math.inf, True, False, low_tex=r"2\sqrt{2} - 3"),
        continuity=1,  # f'' jumps at 0, from 3/4 to 1/2
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        # SiLU's largest slope, at x = 2.39936 (where f'' = 0); below 0, |f'| <= 1/2
        max_abs_derivative=1.099839320128867,
        kinks=(Kink(0.0, 0.5),),
        origin=GOLDEN_ACTIVATION,
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="hard_elish",
        family="exponential",
        function=fn.hard_elish,
        derivative=fn.hard_elish_derivative,
        title_en="Hard ELiSH",
        title_ja="ハードELiSH（HardELiSH）",
        reference=lambda x: (x if x >= 0 else mp.expm1(x)) * _hard_gate(x),
        derivative_reference=lambda x: (
            mp.mpf(1)
            if x >= 1
            else x + mp.mpf(1) / 2
            if x >= 0
            else (mp.exp(x) * (x + 2) - 1) / 2
            if x > -1
            else mp.mpf(0)
        ),
        formula=(
            r"\operatorname{HardELiSH}(x) = \begin{cases} x\,h(x) & x \ge 0 \\"
            r" (e^{x} - 1)\,h(x) & x < 0 \end{cases},\quad"
            r" h(x) = \max\Bigl(0, \min\Bigl(1, \frac{x + 1}{2}\Bigr)\Bigr)"
        ),
        derivative_formula=(
            r"\operatorname{HardELiSH}'(x) = \begin{cases} 1 & x \ge 1 \\"
            r" x + \tfrac12 & 0 \le x < 1 \\"
            r" \tfrac12\bigl(e^{x}(x + 2) - 1\bigr) & -1 < x < 0 \\"
            r" 0 & x \le -1 \end{cases}"
        ),
        params=(),
        # the minimum, at the root x1 = -0.44285 of e^x (x + 2) = 1
        range=Interval(-0.09967315152874262, math.inf, True, False),
        continuity=0,  # f' jumps at -1 and 1; f'' jumps at 0
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.5,  # x + 1/2 as x -> 1 from below (f'(1) = 1)
        # autograd with the gate written F.hardsigmoid(3 * x): its slope is 0 at the corners
        kinks=(Kink(-1.0, 0.0), Kink(0.0, 0.5), Kink(1.0, 1.0)),
        origin=GOLDEN_ACTIVATION,
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="xielu",
        family="exponential",
        function=fn.xielu,
        derivative=fn.xielu_derivative,
        title_en="Expanded integral of the ELU (xIELU)",
        title_ja="xIELU（ELUの拡張積分）",
        reference=_xielu_reference,
        derivative_reference=_xielu_derivative_reference,
        formula=(
            r"\operatorname{xIELU}(x) = \begin{cases} \alpha_p x^2 + \beta x & x > 0 \\"
            r" \alpha_n \bigl(e^{\min(x, \varepsilon)} - 1 - x\bigr) + \beta x & x \le 0"
            r" \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{xIELU}'(x) = \begin{cases} 2\alpha_p x + \beta & x > 0 \\"
            r" \beta - \alpha_n & \varepsilon < x \le 0 \\"
            r" \alpha_n (e^{x} - 1) + \beta & x < \varepsilon \end{cases}"
        ),
        params=(
            Param(
                "alpha_p",
                0.8,
                "Positive curvature of the branch x > 0 (effective value, HF's alpha_p_init).",
                r"\alpha_p",
                explore=(0.1, 2.0, 0.1),
            ),
            Param(
                "alpha_n",
                0.8,
                "Scale of the negative branch, above beta (effective value, HF's alpha_n_init).",
                r"\alpha_n",
                explore=(0.6, 2.0, 0.1),
            ),
            Param(
                "beta",
                0.5,
                "Positive slope at 0, below alpha_n.",
                r"\beta",
                explore=(0.1, 0.7, 0.1),
            ),
            Param(
                "eps",
                -1e-6,
                "Non-positive cut-off of the exponential, exp(min(x, eps)).",
                r"\varepsilon",
                explore=None,  # a shift of 1e-6 is invisible at the explorer's scale
            ),
        ),
        # the minimum, at x = ln(1 - beta/alpha_n) = -0.98083:
        # -beta + (beta - alpha_n) ln(1 - beta/alpha_n)
        range=Interval(-0.2057512240964821, math.inf, True, False),
        continuity=-1,  # f(0) = alpha_n expm1(eps) = -8e-7, f(0+) = 0: eps breaks continuity
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,  # f(0) is not 0
        saturating="none",  # f' -> beta - alpha_n = -0.3 on the left, +inf on the right
        max_abs_derivative=math.inf,  # 2 alpha_p x + beta grows without bound
        kinks=(
            # the mean of the one-sided values, alpha_n (e^eps/2 - 1) + beta
            Kink(-1e-6, 0.09999960000019992),
            Kink(0.0, 0.5 - 0.8),  # beta - alpha_n; f jumps here by alpha_n expm1(eps)
        ),
        origin=Origin(
            title="Deriving Activation Functions Using Integration",
            authors="A. H. Huang, I. Schlag",
            year=2024,
            url="https://arxiv.org/abs/2411.13010",
        ),
        frameworks={
            "pytorch": Framework(
                None,
                note="Not in PyTorch. Hugging Face transformers ships transformers.activations."
                "XIELUActivation(alpha_p_init=0.8, alpha_n_init=0.8, beta=0.5, eps=-1e-6), "
                "whose trainable parameters default to bfloat16.",
            ),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(
                None,
                note="Not in MLX; mlx-lm defines its own XieLU module with the same defaults.",
            ),
        },
        used_in=(
            Use(
                "Apertus (8B and 70B)",
                Origin(
                    title="Apertus: Democratizing Open and Compliant LLMs for Global Language Environments",
                    authors="A. Hernández-Cano, A. Hägele, A. H. Huang et al.",
                    year=2025,
                    url="https://arxiv.org/abs/2509.14233",
                ),
            ),
        ),
    ),
]
