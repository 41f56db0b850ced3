"""Catalogue records of the smooth family (smooth rectifiers)."""

from __future__ import annotations

import math

from .. import piecewise as pw
from .. import smooth as fn
from .._catalog import Framework, Interval, Kink, Origin, Param, Record, Use
from ._mp import mp
from ._papers import BERT, EFFICIENTNET, FENCHEL_YOUNG_LOSSES, GPT_2, LLAMA, MAMBA, VIT

_HENDRYCKS = Origin(
    title="Gaussian Error Linear Units (GELUs)",
    authors="D. Hendrycks, K. Gimpel",
    year=2016,
    url="https://arxiv.org/abs/1606.08415",
)

_SCHNET = Origin(
    title="SchNet: A continuous-filter convolutional neural network for modeling quantum "
    "interactions",
    authors="K. T. Schütt, P.-J. Kindermans, H. E. Sauceda, S. Chmiela, A. Tkatchenko, "
    "K.-R. Müller",
    year=2017,
    url="https://arxiv.org/abs/1706.08566",
)


def _gelu_tanh_arg(x):
    """``2u`` of the tanh form: ``x/2 (1 + tanh u) = x sigma(2u)``, with its slope."""
    c = mp.mpf("0.044715")
    return mp.sqrt(8 / mp.pi) * (x + c * x**3), mp.sqrt(8 / mp.pi) * (1 + 3 * c * x**2)


def _gelu(x, approximate):
    if approximate == "none":
        return x * mp.ncdf(x) if x > -1e150 else -mp.npdf(x)  # x ncdf(x) underflows first
    two_u, _ = _gelu_tanh_arg(x)
    return x / (1 + mp.exp(-two_u))


def _gelu_derivative(x, approximate):
    if approximate == "none":
        return mp.ncdf(x) + x * mp.npdf(x) if x > -1e150 else x * mp.npdf(x)
    two_u, slope = _gelu_tanh_arg(x)
    return (1 + x * slope / (1 + mp.exp(two_u))) / (1 + mp.exp(-two_u))


RECORDS = [
    Record(
        name="softplus",
        family="smooth",
        function=fn.softplus,
        derivative=fn.softplus_derivative,
        title_en="Softplus",
        title_ja="ソフトプラス関数",
        reference=lambda x, beta: mp.log1p(mp.exp(beta * x)) / beta,
        derivative_reference=lambda x, beta: 1 / (1 + mp.exp(-beta * x)),
        formula=r"\operatorname{softplus}(x) = \frac{1}{\beta}\log\bigl(1 + e^{\beta x}\bigr)",
        derivative_formula=r"\operatorname{softplus}'(x) = \sigma(\beta x) = \frac{1}{1 + e^{-\beta x}}",
        params=(
            Param(
                "beta",
                1.0,
                "Sharpness (> 0); larger values bring the curve closer to ReLU.",
                r"\beta",
                explore=(0.25, 5.0, 0.25),
            ),
        ),
        range=Interval(0.0, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title="Incorporating Second-Order Functional Knowledge for Better Option Pricing",
            authors="C. Dugas, Y. Bengio, F. Bélisle, C. Nadeau, R. Garcia",
            year=2001,
            url="https://proceedings.neurips.cc/paper/2000/hash/"
            "44968aece94f667e4095002d140b5896-Abstract.html",
        ),
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.softplus(x, beta=1.0)",
                {"beta": 1.0},
                "Also takes threshold=20 and returns x itself where beta*x > 20, a speed shortcut that costs accuracy (and makes the gradient exactly 1 there); this library does not copy it.",
            ),
            "jax": Framework("jax.nn.softplus(x)", note="No beta parameter: always beta = 1."),
            "keras": Framework(
                "keras.activations.softplus(x)", note="No beta parameter: always beta = 1."
            ),
            "mlx": Framework("mlx.nn.softplus(x)", note="No beta parameter: always beta = 1."),
        },
        used_in=(
            Use(
                "Mamba (step size)",
                MAMBA,
            ),
        ),
    ),
    Record(
        name="gelu",
        family="smooth",
        function=fn.gelu,
        derivative=fn.gelu_derivative,
        title_en="GELU",
        title_ja="GELU（ガウス誤差線形ユニット）",
        reference=_gelu,
        derivative_reference=_gelu_derivative,
        formula=(
            r"\operatorname{GELU}(x) = x\,\Phi(x) "
            r"= \frac{x}{2}\left(1 + \operatorname{erf}\frac{x}{\sqrt{2}}\right)"
        ),
        derivative_formula=(
            r"\operatorname{GELU}'(x) = \Phi(x) + x\,\varphi(x) "
            r"= \Phi(x) + \frac{x}{\sqrt{2\pi}}\,e^{-x^2/2}"
        ),
        params=(
            Param(
                "approximate",
                "none",
                "'none' for the exact x Phi(x); 'tanh' for "
                "x/2 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))).",
                r"\mathrm{approximate}",
            ),
        ),
        range=Interval(-0.16997120747990366, math.inf, True, False),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.1289041451851547,
        kinks=(),
        origin=_HENDRYCKS,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.gelu(x, approximate='none')", {"approximate": "none"}
            ),
            "jax": Framework(
                "jax.nn.gelu(x, approximate=True)",
                {"approximate": "tanh"},
                "approximate=True by default, i.e. the tanh approximation; pass approximate=False for the exact erf form.",
            ),
            "keras": Framework(
                "keras.activations.gelu(x, approximate=False)",
                {"approximate": "none"},
                "approximate=False (the exact form) by default, like PyTorch's 'none'; True selects the tanh approximation.",
            ),
            "mlx": Framework(
                "mlx.nn.gelu(x)",
                {"approximate": "none"},
                "No approximate argument: mlx.nn.gelu_approx is the tanh form, mlx.nn.gelu_fast_approx computes x sigma(1.702 x) (Quick GELU).",
                also=(Framework("mlx.nn.gelu_approx(x)", {"approximate": "tanh"}),),
            ),
        },
        used_in=(
            Use(
                "BERT",
                BERT,
            ),
            Use(
                "GPT-2",
                GPT_2,
            ),
            Use(
                "Vision Transformer (ViT)",
                VIT,
            ),
        ),
    ),
    Record(
        name="silu",
        family="smooth",
        function=fn.silu,
        derivative=fn.silu_derivative,
        title_en="SiLU (Swish)",
        title_ja="SiLU（Swish）",
        reference=lambda x: x / (1 + mp.exp(-x)),
        derivative_reference=lambda x: (1 + mp.exp(-x) + x * mp.exp(-x)) / (1 + mp.exp(-x)) ** 2,
        formula=r"\operatorname{SiLU}(x) = x\,\sigma(x) = \frac{x}{1 + e^{-x}}",
        derivative_formula=(
            r"\operatorname{SiLU}'(x) = \sigma(x)\bigl(1 + x\,(1 - \sigma(x))\bigr)"
        ),
        params=(),
        range=Interval(-0.2784645427610738, math.inf, True, False),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.099839320128867,
        kinks=(),
        origin=_HENDRYCKS,
        frameworks={
            "pytorch": Framework("torch.nn.functional.silu(x)"),
            "jax": Framework("jax.nn.silu(x)", note="jax.nn.swish is the same function."),
            "keras": Framework(
                "keras.activations.silu(x)", note="keras.activations.swish is the same function."
            ),
            "mlx": Framework("mlx.nn.silu(x)", note="Returns NaN at x = -inf; no `swish` alias."),
        },
        used_in=(
            Use(
                "EfficientNet (as swish)",
                EFFICIENTNET,
            ),
            Use(
                "YOLOv5",
                Origin(
                    title="Ultralytics YOLOv5 (software; no paper)",
                    authors="G. Jocher et al. (Ultralytics)",
                    year=2020,
                    url="https://github.com/ultralytics/yolov5",
                ),
            ),
            Use(
                "LLaMA (in SwiGLU)",
                LLAMA,
            ),
            Use(
                "Mamba (gate)",
                MAMBA,
            ),
        ),
    ),
    Record(
        name="swish",
        family="smooth",
        function=fn.swish,
        derivative=fn.swish_derivative,
        title_en="Swish",
        title_ja="Swish",
        reference=lambda x, beta: x / (1 + mp.exp(-beta * x)),
        derivative_reference=lambda x, beta: (
            (1 + beta * x / (1 + mp.exp(beta * x))) / (1 + mp.exp(-beta * x))
        ),
        formula=r"\operatorname{swish}_\beta(x) = x\,\sigma(\beta x) = \frac{x}{1 + e^{-\beta x}}",
        derivative_formula=(
            r"\operatorname{swish}_\beta'(x) = \sigma(\beta x)\bigl(1 + \beta x\,\sigma(-\beta x)\bigr)"
        ),
        params=(
            Param(
                "beta",
                1.0,
                "Sharpness (> 0); 1 gives SiLU, larger values bring the curve closer to ReLU.",
                r"\beta",
                explore=(0.25, 5.0, 0.25),
            ),
        ),
        range=Interval(-0.2784645427610738, math.inf, True, False),  # -0.27846/beta
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        # SiLU'(1.2785 + ...) at beta x = 2.3994: the same for every beta (f'(x) = SiLU'(beta x))
        max_abs_derivative=1.099839320128867,
        kinks=(),
        origin=Origin(
            title="Searching for Activation Functions",
            authors="P. Ramachandran, B. Zoph, Q. V. Le",
            year=2017,
            url="https://arxiv.org/abs/1710.05941",
        ),
        frameworks={
            "pytorch": Framework(
                None,
                note="No swish and no beta: torch.nn.functional.silu(x) is swish with beta = 1.",
            ),
            "jax": Framework(
                "jax.nn.swish(x)",
                note="No beta parameter: always beta = 1; jax.nn.swish is jax.nn.silu.",
            ),
            "keras": Framework(
                "keras.activations.swish(x)",
                note="No beta parameter: always beta = 1; the same function as "
                "keras.activations.silu (and keras.ops.swish, keras.ops.silu).",
            ),
            "mlx": Framework(
                None, note="No swish and no beta: mlx.nn.silu(x) is swish with beta = 1."
            ),
        },
        used_in=(
            Use(
                "EfficientNet (beta = 1)",
                EFFICIENTNET,
            ),
        ),
    ),
    Record(
        name="quick_gelu",
        family="smooth",
        function=fn.quick_gelu,
        derivative=fn.quick_gelu_derivative,
        title_en="Quick GELU",
        title_ja="Quick GELU",
        reference=lambda x: x / (1 + mp.exp(-mp.mpf("1.702") * x)),
        derivative_reference=lambda x: (
            (1 + mp.mpf("1.702") * x / (1 + mp.exp(mp.mpf("1.702") * x)))
            / (1 + mp.exp(-mp.mpf("1.702") * x))
        ),
        formula=r"\operatorname{QuickGELU}(x) = x\,\sigma(1.702\,x) = \frac{x}{1 + e^{-1.702\,x}}",
        derivative_formula=(
            r"\operatorname{QuickGELU}'(x) = \sigma(1.702\,x)"
            r"\bigl(1 + 1.702\,x\,\sigma(-1.702\,x)\bigr)"
        ),
        params=(),
        range=Interval(-0.16361018963635357, math.inf, True, False),  # -0.27846.../1.702
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.099839320128867,  # SiLU's largest slope, at x = 2.3994/1.702
        kinks=(),
        origin=_HENDRYCKS,
        frameworks={
            "pytorch": Framework(
                None,
                note="Not shipped; OpenAI's CLIP code defines QuickGELU as "
                "x * torch.sigmoid(1.702 * x), as do open_clip and Hugging Face transformers "
                "(activation 'quick_gelu').",
            ),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(
                "mlx.nn.gelu_fast_approx(x)",
                note="MLX's name for x * sigmoid(1.702 * x); also the layer "
                "mlx.nn.GELU(approx='fast').",
            ),
        },
        aliases=("gelu_fast_approx",),
        used_in=(
            Use(
                "CLIP",
                Origin(
                    title="Learning Transferable Visual Models From Natural Language Supervision",
                    authors="A. Radford, J. W. Kim, C. Hallacy, A. Ramesh, G. Goh, S. Agarwal, "
                    "G. Sastry, A. Askell, P. Mishkin, J. Clark, G. Krueger, I. Sutskever",
                    year=2021,
                    url="https://arxiv.org/abs/2103.00020",
                ),
            ),
        ),
    ),
    Record(
        name="shifted_softplus",
        family="smooth",
        function=fn.shifted_softplus,
        derivative=fn.shifted_softplus_derivative,
        title_en="Shifted softplus",
        title_ja="シフト付きソフトプラス関数",
        # log((1 + e^x)/2) as log1p(expm1(x)/2): no cancellation of log 2 near 0
        reference=lambda x: mp.log1p(mp.expm1(x) / 2),
        derivative_reference=lambda x: 1 / (1 + mp.exp(-x)),
        formula=r"\operatorname{ssp}(x) = \log\bigl(1 + e^{x}\bigr) - \log 2",
        derivative_formula=r"\operatorname{ssp}'(x) = \sigma(x) = \frac{1}{1 + e^{-x}}",
        params=(),
        range=Interval(-math.log(2.0), math.inf, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.0,  # sigma(x) -> 1 as x -> inf (a supremum, not attained)
        kinks=(),
        origin=_SCHNET,
        frameworks={
            "pytorch": Framework(
                None,
                note="Not shipped: torch.nn.functional.softplus(x) - math.log(2) (SchNetPack "
                "ships it as schnetpack.nn.shifted_softplus).",
            ),
            "jax": Framework(None, note="Not shipped: jax.nn.softplus(x) - jnp.log(2)."),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(Use("SchNet (interaction blocks)", _SCHNET),),
    ),
    Record(
        name="tanhexp",
        family="smooth",
        function=fn.tanhexp,
        derivative=fn.tanhexp_derivative,
        title_en="TanhExp (TeLU)",
        title_ja="TanhExp（TeLU）",
        # beyond x = 100, tanh(e^x) = 1 - 2e^{-2e^100}: f = x and f' = 1 once rounded
        reference=lambda x: x * mp.tanh(mp.exp(x)) if x < 100 else x,
        derivative_reference=lambda x: (
            mp.tanh(mp.exp(x)) + x * mp.exp(x) * mp.sech(mp.exp(x)) ** 2 if x < 100 else mp.mpf(1)
        ),
        formula=r"\operatorname{TanhExp}(x) = x \tanh\bigl(e^{x}\bigr)",
        derivative_formula=(
            r"\operatorname{TanhExp}'(x) = \tanh\bigl(e^{x}\bigr) "
            r"+ x\,e^{x}\operatorname{sech}^2\bigl(e^{x}\bigr)"
        ),
        params=(),
        range=Interval(-0.35328577784821125, math.inf, True, False),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.061975308717916,  # at x = 0.69656 (mpmath)
        kinks=(),
        origin=Origin(
            title="TanhExp: A Smooth Activation Function with High Convergence Speed for "
            "Lightweight Neural Networks",
            authors="X. Liu, X. Di",
            year=2020,
            url="https://arxiv.org/abs/2003.09855",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "TeLU, the same function under another name",
                Origin(
                    title="TeLU Activation Function for Fast and Stable Deep Learning",
                    authors="A. Fernandez, A. Mali",
                    year=2024,
                    url="https://arxiv.org/abs/2412.20269",
                ),
            ),
        ),
        aliases=("telu",),
    ),
    Record(
        name="mish",
        family="smooth",
        function=fn.mish,
        derivative=fn.mish_derivative,
        title_en="Mish",
        title_ja="Mish",
        reference=lambda x: x * mp.tanh(mp.log1p(mp.exp(x))),
        derivative_reference=(
            lambda x: (
                mp.tanh(mp.log1p(mp.exp(x)))
                + x * mp.sech(mp.log1p(mp.exp(x))) ** 2 / (1 + mp.exp(-x))
            )
        ),
        formula=r"\operatorname{Mish}(x) = x \tanh\bigl(\log(1 + e^{x})\bigr)",
        derivative_formula=(
            r"\operatorname{Mish}'(x) = \tanh\bigl(\operatorname{softplus}(x)\bigr) "
            r"+ x\,\sigma(x)\operatorname{sech}^2\bigl(\operatorname{softplus}(x)\bigr)"
        ),
        params=(),
        range=Interval(-0.30884341301725043, math.inf, True, False),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.088498161251728,
        kinks=(),
        origin=Origin(
            title="Mish: A Self Regularized Non-Monotonic Activation Function",
            authors="D. Misra",
            year=2019,
            url="https://arxiv.org/abs/1908.08681",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.mish(x)"),
            "jax": Framework("jax.nn.mish(x)"),
            "keras": Framework("keras.activations.mish(x)"),
            "mlx": Framework("mlx.nn.mish(x)", note="Returns NaN at x = -inf."),
        },
        used_in=(
            Use(
                "YOLOv4 backbone",
                Origin(
                    title="YOLOv4: Optimal Speed and Accuracy of Object Detection",
                    authors="A. Bochkovskiy, C.-Y. Wang, H.-Y. M. Liao",
                    year=2020,
                    url="https://arxiv.org/abs/2004.10934",
                ),
            ),
        ),
    ),
    Record(
        name="serf",
        family="smooth",
        function=fn.serf,
        derivative=fn.serf_derivative,
        title_en="Serf",
        title_ja="Serf",
        # beyond x = 100, erf(softplus(x)) = 1 - 1e-4345: f = x and f' = 1 once rounded
        reference=lambda x: x * mp.erf(mp.log1p(mp.exp(x))) if x < 100 else x,
        derivative_reference=lambda x: (
            mp.erf(mp.log1p(mp.exp(x)))
            + x * 2 / mp.sqrt(mp.pi) * mp.exp(-(mp.log1p(mp.exp(x)) ** 2)) / (1 + mp.exp(-x))
            if x < 100
            else mp.mpf(1)
        ),
        formula=r"\operatorname{Serf}(x) = x \operatorname{erf}\bigl(\log(1 + e^{x})\bigr)",
        derivative_formula=(
            r"\operatorname{Serf}'(x) = \operatorname{erf}\bigl(\operatorname{softplus}(x)\bigr)"
            r" + \frac{2x}{\sqrt{\pi}}\,e^{-\operatorname{softplus}(x)^2}\,\sigma(x)"
        ),
        params=(),
        range=Interval(-0.3484374587596064, math.inf, True, False),  # at x = -1.19306 (mpmath)
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.086125444150997,  # at x = 1.09605 (mpmath); the minimum is -0.127
        kinks=(),
        origin=Origin(
            title="SERF: Towards better training of deep neural networks using log-Softplus "
            "ERror activation Function",
            authors="S. Nag, M. Bhattacharyya",
            year=2021,
            url="https://arxiv.org/abs/2108.09598",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="squareplus",
        family="smooth",
        function=fn.squareplus,
        derivative=fn.squareplus_derivative,
        title_en="Squareplus",
        title_ja="Squareplus",
        reference=lambda x, b: (
            b / (2 * (mp.sqrt(x**2 + b) - x)) if x < 0 else (x + mp.sqrt(x**2 + b)) / 2
        ),
        derivative_reference=(
            lambda x, b: (
                b / (2 * mp.sqrt(x**2 + b) * (mp.sqrt(x**2 + b) - x))
                if x < 0
                else (1 + x / mp.sqrt(x**2 + b)) / 2
            )
        ),
        formula=r"\operatorname{squareplus}(x) = \frac{x + \sqrt{x^2 + b}}{2}",
        derivative_formula=(
            r"\operatorname{squareplus}'(x) = \frac{1}{2}\left(1 + \frac{x}{\sqrt{x^2 + b}}\right)"
        ),
        params=(
            Param(
                "b",
                4.0,
                "Curvature near the origin (> 0); b -> 0 gives ReLU.",
                "b",
                explore=(0.25, 10.0, 0.25),
            ),
        ),
        range=Interval(0.0, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title="Squareplus: A Softplus-Like Algebraic Rectifier",
            authors="J. T. Barron",
            year=2021,
            url="https://arxiv.org/abs/2112.11687",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework("jax.nn.squareplus(x, b=4)", {"b": 4.0}),
            "keras": Framework("keras.activations.squareplus(x, b=4)", {"b": 4.0}),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="sparse_plus",
        family="smooth",
        function=fn.sparse_plus,
        derivative=fn.sparse_plus_derivative,
        title_en="Sparse plus",
        title_ja="スパースプラス関数",
        reference=lambda x: mp.mpf(0) if x <= -1 else (x + 1) ** 2 / 4 if x < 1 else x,
        derivative_reference=lambda x: (
            mp.mpf(0) if x <= -1 else (x + 1) / 2 if x < 1 else mp.mpf(1)
        ),
        formula=(
            r"\operatorname{sparse\_plus}(x) = \begin{cases} 0, & x \le -1 \\ "
            r"\frac{1}{4}(x + 1)^2, & -1 < x < 1 \\ x, & x \ge 1 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{sparse\_plus}'(x) = \begin{cases} 0, & x \le -1 \\ "
            r"\frac{1}{2}(x + 1), & -1 < x < 1 \\ 1, & x \ge 1 \end{cases}"
        ),
        params=(),
        range=Interval(0.0, math.inf, True, False),
        continuity=1,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(Kink(-1.0, 0.0), Kink(1.0, 1.0)),  # f'' jumps; f' is continuous (JAX: 0, 1)
        origin=FENCHEL_YOUNG_LOSSES,
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework("jax.nn.sparse_plus(x)"),
            "keras": Framework("keras.activations.sparse_plus(x)"),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="bent_identity",
        family="smooth",
        function=fn.bent_identity,
        derivative=fn.bent_identity_derivative,
        title_en="Bent identity",
        title_ja="ベント恒等関数",
        reference=lambda x: x + x**2 / (2 * (mp.sqrt(x**2 + 1) + 1)),
        derivative_reference=lambda x: 1 + x / (2 * mp.sqrt(x**2 + 1)),
        formula=r"f(x) = \frac{\sqrt{x^2 + 1} - 1}{2} + x",
        derivative_formula=r"f'(x) = \frac{x}{2\sqrt{x^2 + 1}} + 1",
        params=(),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=True,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.5,
        kinks=(),
        origin=Origin(
            title="Activation function (comparison table; no original paper is known)",
            authors="Wikipedia contributors",
            year=2016,
            url="https://en.wikipedia.org/wiki/Activation_function",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="soft_exponential",
        family="smooth",
        function=fn.soft_exponential,
        derivative=fn.soft_exponential_derivative,
        title_en="Soft exponential",
        title_ja="ソフト指数関数",
        reference=(
            lambda x, alpha: (
                x
                if alpha == 0
                else mp.expm1(alpha * x) / alpha + alpha
                if alpha > 0
                else -mp.log1p(-alpha * (x + alpha)) / alpha
                if alpha * (x + alpha) < 1
                else -mp.inf
                if alpha * (x + alpha) == 1
                else mp.nan
            )
        ),
        derivative_reference=(
            lambda x, alpha: (
                mp.exp(alpha * x)
                if alpha >= 0
                else 1 / (1 - alpha * (x + alpha))
                if alpha * (x + alpha) < 1
                else mp.inf
                if alpha * (x + alpha) == 1
                else mp.nan
            )
        ),
        formula=(
            r"f(\alpha, x) = \begin{cases} -\frac{\ln(1 - \alpha(x + \alpha))}{\alpha}, "
            r"& \alpha < 0 \\ x, & \alpha = 0 \\ \frac{e^{\alpha x} - 1}{\alpha} + \alpha, "
            r"& \alpha > 0 \end{cases}"
        ),
        derivative_formula=(
            r"f'(\alpha, x) = \begin{cases} \frac{1}{1 - \alpha(x + \alpha)}, "
            r"& \alpha < 0 \\ e^{\alpha x}, & \alpha \ge 0 \end{cases}"
        ),
        params=(
            Param(
                "alpha",
                0.0,
                "Shape: < 0 logarithmic, 0 the identity, > 0 exponential.",
                r"\alpha",
                explore=(-1.0, 1.0, 0.05),
            ),
        ),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=True,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title=(
                "A continuum among logarithmic, linear, and exponential functions, and its "
                "potential to improve generalization in neural networks"
            ),
            authors="L. B. Godfrey, M. S. Gashler",
            year=2016,
            url="https://arxiv.org/abs/1602.01321",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="smelu",
        family="smooth",
        function=pw.smelu,
        derivative=pw.smelu_derivative,
        title_en="Smooth ReLU (SmeLU)",
        title_ja="SmeLU（スムーズReLU）",
        reference=lambda x, beta: (
            mp.mpf(0) if x <= -beta else x if x >= beta else (x + beta) ** 2 / (4 * beta)
        ),
        derivative_reference=lambda x, beta: (
            mp.mpf(0) if x <= -beta else mp.mpf(1) if x >= beta else (x + beta) / (2 * beta)
        ),
        formula=(
            r"\operatorname{SmeLU}(x) = \begin{cases} 0 & x \le -\beta \\"
            r" \frac{(x + \beta)^2}{4 \beta} & |x| < \beta \\ x & x \ge \beta \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{SmeLU}'(x) = \begin{cases} 0 & x \le -\beta \\"
            r" \frac{x + \beta}{2 \beta} & |x| < \beta \\ 1 & x \ge \beta \end{cases}"
        ),
        params=(
            Param(
                "beta",
                2.0,
                "Half-width of the quadratic transition (> 0); as it tends to 0, SmeLU tends to ReLU.",
                r"\beta",
                explore=(0.25, 4.0, 0.25),
            ),
        ),
        range=Interval(0.0, math.inf, True, False),
        continuity=1,  # f' is continuous; f'' jumps at -beta (0 to 1/(2 beta)) and beta (back to 0)
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=1.0,  # f' = 1 for x >= beta
        kinks=(Kink(-2.0, 0.0), Kink(2.0, 1.0)),
        origin=Origin(
            title="Smooth activations and reproducibility in deep networks",
            authors="G. I. Shamir, D. Lin, L. Coviello",
            year=2020,
            url="https://arxiv.org/abs/2010.09931",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "click-through-rate prediction and recommendation systems in production (Google)",
                Origin(
                    title="Real World Large Scale Recommendation Systems Reproducibility and Smooth Activations",
                    authors="G. I. Shamir, D. Lin",
                    year=2022,
                    url="https://arxiv.org/abs/2202.06499",
                ),
            ),
        ),
    ),
]
