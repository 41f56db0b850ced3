"""Catalogue records of the sigmoidal family."""

from __future__ import annotations

import math

from .. import sigmoidal as fn
from .._catalog import Framework, Interval, Kink, Origin, Param, Record, Use
from ._mp import mp
from ._papers import BERT, DCGAN, DPO, EFFICIENTNET, ISRLU, TORCH7

RECORDS = [
    Record(
        name="sigmoid",
        family="sigmoidal",
        function=fn.sigmoid,
        derivative=fn.sigmoid_derivative,
        title_en="Sigmoid",
        title_ja="シグモイド関数",
        reference=lambda x: 1 / (1 + mp.exp(-x)),
        derivative_reference=lambda x: mp.exp(-x) / (1 + mp.exp(-x)) ** 2,
        formula=r"\sigma(x) = \frac{1}{1 + e^{-x}}",
        derivative_formula=r"\sigma'(x) = \sigma(x)\,\bigl(1 - \sigma(x)\bigr)",
        params=(),
        range=Interval(0.0, 1.0, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=0.25,
        kinks=(),
        origin=Origin(
            title="Learning representations by back-propagating errors",
            authors="D. E. Rumelhart, G. E. Hinton, R. J. Williams",
            year=1986,
            url="https://doi.org/10.1038/323533a0",
        ),
        frameworks={
            "pytorch": Framework("torch.sigmoid(x)"),
            "jax": Framework("jax.nn.sigmoid(x)"),
            "keras": Framework("keras.activations.sigmoid(x)"),
            "mlx": Framework("mlx.nn.sigmoid(x)"),
        },
        used_in=(
            Use(
                "LSTM gates",
                Origin(
                    title="Long Short-Term Memory",
                    authors="S. Hochreiter, J. Schmidhuber",
                    year=1997,
                    url="https://doi.org/10.1162/neco.1997.9.8.1735",
                ),
            ),
            Use(
                "DCGAN discriminator output",
                DCGAN,
            ),
            Use(
                "EfficientNet (squeeze-and-excite)",
                EFFICIENTNET,
            ),
        ),
    ),
    Record(
        name="tanh",
        family="sigmoidal",
        function=fn.tanh,
        derivative=fn.tanh_derivative,
        title_en="Hyperbolic tangent",
        title_ja="双曲線正接関数（tanh）",
        reading_ja="そうきょくせんせいせつかんすう",
        reference=lambda x: mp.tanh(x),
        derivative_reference=lambda x: mp.sech(x) ** 2,
        formula=r"\tanh(x) = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}}",
        derivative_formula=r"\tanh'(x) = 1 - \tanh^2(x)",
        params=(),
        range=Interval(-1.0, 1.0, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="both",
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title="Efficient BackProp",
            authors="Y. LeCun, L. Bottou, G. B. Orr, K.-R. Müller",
            year=1998,
            url="https://doi.org/10.1007/3-540-49430-8_2",
        ),
        frameworks={
            "pytorch": Framework("torch.tanh(x)"),
            "jax": Framework("jax.nn.tanh(x)"),
            "keras": Framework("keras.activations.tanh(x)"),
            "mlx": Framework("mlx.nn.tanh(x)"),
        },
        used_in=(
            Use(
                "BERT pooler",
                BERT,
            ),
            Use(
                "DCGAN generator output",
                DCGAN,
            ),
            Use(
                "LSTM (cell input and output)",
                Origin(
                    title="LSTM: A Search Space Odyssey",
                    authors="K. Greff, R. K. Srivastava, J. Koutnik, B. R. Steunebrink, J. Schmidhuber",
                    year=2017,
                    url="https://arxiv.org/abs/1503.04069",
                ),
            ),
        ),
    ),
    Record(
        name="arctan",
        family="sigmoidal",
        function=fn.arctan,
        derivative=fn.arctan_derivative,
        title_en="Arctangent",
        title_ja="逆正接関数（arctan）",
        reading_ja="ぎゃくせいせつかんすう",
        reference=lambda x: mp.atan(x),
        derivative_reference=lambda x: 1 / (1 + x**2),
        formula=r"f(x) = \arctan(x)",
        derivative_formula=r"f'(x) = \frac{1}{1 + x^2}",
        params=(),
        range=Interval(-math.pi / 2, math.pi / 2, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="both",
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title="NIST Digital Library of Mathematical Functions, §4.23 Inverse Trigonometric Functions",
            authors="F. W. J. Olver, D. W. Lozier, R. F. Boisvert, C. W. Clark (eds.)",
            year=2010,
            url="https://dlmf.nist.gov/4.23",
        ),
        frameworks={
            "pytorch": Framework(
                "torch.atan(x)", note="A tensor function, not an activation module."
            ),
            "jax": Framework("jax.numpy.arctan(x)", note="A numpy function, not in jax.nn."),
            "keras": Framework("keras.ops.arctan(x)", note="An op, not in keras.activations."),
            "mlx": Framework("mlx.core.arctan(x)", note="A core array function, not in mlx.nn."),
        },
        used_in=(),
        aliases=("atan",),
    ),
    Record(
        name="softsign",
        family="sigmoidal",
        function=fn.softsign,
        derivative=fn.softsign_derivative,
        title_en="Softsign",
        title_ja="ソフトサイン関数",
        reference=lambda x: x / (1 + abs(x)),
        derivative_reference=lambda x: 1 / (1 + abs(x)) ** 2,
        formula=r"\operatorname{softsign}(x) = \frac{x}{1 + |x|}",
        derivative_formula=r"\operatorname{softsign}'(x) = \frac{1}{(1 + |x|)^2}",
        params=(),
        range=Interval(-1.0, 1.0, False, False),
        continuity=1,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="both",
        max_abs_derivative=1.0,
        # |x| is not smooth at 0: f'' jumps from +2 to -2 there, f' is continuous.
        kinks=(Kink(0.0, 1.0),),
        origin=Origin(
            title="Understanding the difficulty of training deep feedforward neural networks",
            authors="X. Glorot, Y. Bengio",
            year=2010,
            url="https://proceedings.mlr.press/v9/glorot10a.html",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.softsign(x)"),
            "jax": Framework("jax.nn.soft_sign(x)"),
            "keras": Framework("keras.activations.softsign(x)"),
            "mlx": Framework("mlx.nn.softsign(x)"),
        },
        aliases=("soft_sign",),
        used_in=(),
    ),
    Record(
        name="isru",
        family="sigmoidal",
        function=fn.isru,
        derivative=fn.isru_derivative,
        title_en="Inverse square root unit (ISRU)",
        title_ja="逆平方根ユニット（ISRU）",
        reading_ja="ぎゃくへいほうこんゆにっと",
        reference=lambda x, alpha: x / mp.sqrt(1 + alpha * x**2),
        derivative_reference=lambda x, alpha: (1 + alpha * x**2) ** (-mp.mpf(3) / 2),
        formula=r"\operatorname{ISRU}(x) = \frac{x}{\sqrt{1 + \alpha x^2}}",
        derivative_formula=r"\operatorname{ISRU}'(x) = \left(\frac{1}{\sqrt{1 + \alpha x^2}}\right)^3",
        params=(
            Param(
                "alpha",
                1.0,
                "Positive scale; the outputs lie in (-1/sqrt(alpha), 1/sqrt(alpha)).",
                r"\alpha",
                explore=(0.1, 5.0, 0.1),
            ),
        ),
        range=Interval(-1.0, 1.0, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="both",
        max_abs_derivative=1.0,
        kinks=(),
        origin=ISRLU,
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="sqnl",
        family="sigmoidal",
        function=fn.sqnl,
        derivative=fn.sqnl_derivative,
        title_en="Square nonlinearity (SQNL)",
        title_ja="二乗非線形関数（SQNL）",
        reading_ja="にじょうひせんけいかんすう",
        reference=(
            lambda x: (
                mp.mpf(1)
                if x > 2
                else x - x**2 / 4
                if x >= 0
                else x + x**2 / 4
                if x >= -2
                else mp.mpf(-1)
            )
        ),
        derivative_reference=(
            lambda x: (
                mp.mpf(0) if x > 2 else 1 - x / 2 if x >= 0 else 1 + x / 2 if x >= -2 else mp.mpf(0)
            )
        ),
        formula=(
            r"\operatorname{SQNL}(x) = \begin{cases} 1 & x > 2 \\ x - \frac{x^2}{4} & 0 \le x \le 2"
            r" \\ x + \frac{x^2}{4} & -2 \le x < 0 \\ -1 & x < -2 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{SQNL}'(x) = \begin{cases} 1 - \frac{|x|}{2} & |x| \le 2 \\"
            r" 0 & |x| > 2 \end{cases}"
        ),
        params=(),
        range=Interval(-1.0, 1.0, True, True),
        continuity=1,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="both",
        max_abs_derivative=1.0,
        kinks=(Kink(-2.0, 0.0), Kink(0.0, 1.0), Kink(2.0, 0.0)),
        origin=Origin(
            title="SQNL: A New Computationally Efficient Activation Function",
            authors="A. Wuraola, N. Patel",
            year=2018,
            url="https://doi.org/10.1109/IJCNN.2018.8489043",
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
        name="log_sigmoid",
        family="sigmoidal",
        function=fn.log_sigmoid,
        derivative=fn.log_sigmoid_derivative,
        title_en="Log-sigmoid",
        title_ja="対数シグモイド関数",
        reading_ja="たいすうしぐもいどかんすう",
        reference=lambda x: -mp.log1p(mp.exp(-x)),
        derivative_reference=lambda x: 1 / (1 + mp.exp(x)),
        formula=r"\log\sigma(x) = -\log\left(1 + e^{-x}\right)",
        derivative_formula=r"(\log\sigma)'(x) = \sigma(-x) = \frac{1}{1 + e^{x}}",
        params=(),
        range=Interval(-math.inf, 0.0, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="right",
        max_abs_derivative=1.0,
        kinks=(),
        origin=TORCH7,
        frameworks={
            "pytorch": Framework("torch.nn.functional.logsigmoid(x)"),
            "jax": Framework("jax.nn.log_sigmoid(x)"),
            "keras": Framework("keras.activations.log_sigmoid(x)"),
            "mlx": Framework("mlx.nn.log_sigmoid(x)"),
        },
        aliases=("logsigmoid",),
        used_in=(
            Use(
                "DPO loss",
                DPO,
            ),
            Use(
                "word2vec negative-sampling objective",
                Origin(
                    title="Distributed Representations of Words and Phrases and their Compositionality",
                    authors="T. Mikolov, I. Sutskever, K. Chen, G. Corrado, J. Dean",
                    year=2013,
                    url="https://arxiv.org/abs/1310.4546",
                ),
            ),
        ),
    ),
    Record(
        name="tanh_shrink",
        family="sigmoidal",
        function=fn.tanh_shrink,
        derivative=fn.tanh_shrink_derivative,
        title_en="Tanhshrink",
        title_ja="tanhシュリンク関数",
        reference=(
            lambda x: (
                x - mp.tanh(x)
                if abs(x) > mp.mpf("1e-10")
                else mp.fsum(
                    -(4**n)
                    * (4**n - 1)
                    * mp.bernoulli(2 * n)
                    * x ** (2 * n - 1)
                    / mp.factorial(2 * n)
                    for n in range(2, 12)
                )
            )
        ),
        derivative_reference=lambda x: mp.tanh(x) ** 2,
        formula=r"\operatorname{tanhshrink}(x) = x - \tanh(x)",
        derivative_formula=r"\operatorname{tanhshrink}'(x) = \tanh^2(x)",
        params=(),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(),
        origin=TORCH7,
        frameworks={
            "pytorch": Framework("torch.nn.functional.tanhshrink(x)"),
            "jax": Framework(None),
            "keras": Framework("keras.activations.tanh_shrink(x)"),
            "mlx": Framework(None),
        },
        used_in=(),
        aliases=("tanhshrink",),
    ),
]


RECORDS += [
    Record(
        name="penalized_tanh",
        family="sigmoidal",
        function=fn.penalized_tanh,
        derivative=fn.penalized_tanh_derivative,
        title_en="Penalized tanh",
        title_ja="ペナルティ付きtanh（Penalized tanh）",
        reference=lambda x, a: mp.tanh(x) if x > 0 else a * mp.tanh(x),
        derivative_reference=lambda x, a: mp.sech(x) ** 2 if x > 0 else a * mp.sech(x) ** 2,
        formula=(
            r"\operatorname{PenalizedTanh}(x) = \begin{cases} \tanh(x) & x > 0 \\"
            r" a \tanh(x) & x \le 0 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{PenalizedTanh}'(x) = \begin{cases} 1 - \tanh^2(x) & x > 0 \\"
            r" a\,\bigl(1 - \tanh^2(x)\bigr) & x \le 0 \end{cases}"
        ),
        params=(
            Param(
                "a",
                0.25,
                "Factor of the negative side, which saturates at -a.",
                r"a",
                explore=(0.0, 1.0, 0.05),
            ),
        ),
        range=Interval(-0.25, 1.0, False, False),
        continuity=0,  # f' jumps at 0 from a to 1
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="both",
        max_abs_derivative=1.0,  # sech^2 x -> 1 as x -> 0 from above (f'(0) = a)
        kinks=(Kink(0.0, 0.25),),  # branch x <= 0, autograd of torch.where(x > 0, ...)
        origin=Origin(
            title="Revise Saturated Activation Functions",
            authors="B. Xu, R. Huang, M. Li",
            year=2016,
            url="https://arxiv.org/abs/1602.05980",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "MLPs, CNNs and LSTM gates in a 21-activation NLP comparison (most stable)",
                Origin(
                    title="Is it Time to Swish? Comparing Deep Learning Activation Functions Across NLP tasks",
                    authors="S. Eger, P. Youssef, I. Gurevych",
                    year=2018,
                    url="https://aclanthology.org/D18-1472",
                ),
            ),
        ),
    ),
]
