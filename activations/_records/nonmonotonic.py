"""Catalogue records of the nonmonotonic family."""

from __future__ import annotations

import math

from .. import nonmonotonic as fn
from .._catalog import Framework, Interval, Origin, Param, Record, Use
from ._mp import mp
from ._papers import RBF_NETWORKS, SIREN

_DLMF = "F. W. J. Olver, D. W. Lozier, R. F. Boisvert, C. W. Clark (eds.)"

RECORDS = [
    Record(
        name="gaussian",
        family="nonmonotonic",
        function=fn.gaussian,
        derivative=fn.gaussian_derivative,
        title_en="Gaussian",
        title_ja="ガウス関数",
        reference=lambda x: mp.exp(-(x**2)),
        derivative_reference=lambda x: -2 * x * mp.exp(-(x**2)),
        formula=r"f(x) = e^{-x^2}",
        derivative_formula=r"f'(x) = -2x\,e^{-x^2}",
        params=(),
        range=Interval(0.0, 1.0, False, True),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=0.8577638849607068,  # sqrt(2/e), at x = -+1/sqrt(2)
        kinks=(),
        origin=RBF_NETWORKS,
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "RBF networks",
                RBF_NETWORKS,
            ),
            Use(
                "SIREN's RBF baseline",
                SIREN,
            ),
            Use(
                "Gaussian-activated coordinate MLPs",
                Origin(
                    title="Beyond Periodicity: Towards a Unifying Framework for Activations in Coordinate-MLPs",
                    authors="S. Ramasinghe, S. Lucey",
                    year=2022,
                    url="https://arxiv.org/abs/2111.15135",
                ),
            ),
        ),
    ),
    Record(
        name="sinusoid",
        family="nonmonotonic",
        function=fn.sinusoid,
        derivative=fn.sinusoid_derivative,
        title_en="Sinusoid",
        title_ja="正弦関数",
        reading_ja="せいげんかんすう",
        # omega_0 * x is exact at 256 bits: the reference is the sine of the exact product.
        reference=lambda x, omega_0: mp.sin(omega_0 * x),
        derivative_reference=lambda x, omega_0: omega_0 * mp.cos(omega_0 * x),
        formula=r"f(x) = \sin(\omega_0 x)",
        derivative_formula=r"f'(x) = \omega_0 \cos(\omega_0 x)",
        params=(
            Param(
                "omega_0",
                1.0,
                "Frequency: the sine of omega_0 x. SIREN uses omega_0 = 30.",
                r"\omega_0",
                explore=(0.5, 8.0, 0.5),  # faster ones alias on the explorer's grid
            ),
        ),
        range=Interval(-1.0, 1.0, True, True),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title="Training Deep Fourier Neural Networks To Fit Time-Series Data",
            authors="M. S. Gashler, S. C. Ashmore",
            year=2014,
            url="https://arxiv.org/abs/1405.2262",
        ),
        frameworks={
            "pytorch": Framework(
                "torch.sin(x)",
                note="A tensor function, not an activation module; SIREN's sine is "
                "torch.sin(30 * x), the sine of the rounded product.",
            ),
            "jax": Framework(
                "jax.numpy.sin(x)",
                note="A numpy function, not in jax.nn; omega_0 is written as jax.numpy.sin(30 * x).",
            ),
            "keras": Framework(
                "keras.ops.sin(x)",
                note="An op, not in keras.activations; omega_0 is written as keras.ops.sin(30 * x).",
            ),
            "mlx": Framework(
                "mlx.core.sin(x)",
                note="A core array function, not in mlx.nn; omega_0 is written as mlx.core.sin(30 * x).",
            ),
        },
        used_in=(
            Use(
                "SIREN (omega_0 = 30)",
                SIREN,
            ),
        ),
        aliases=("sin",),
    ),
    Record(
        name="sinc",
        family="nonmonotonic",
        function=fn.sinc,
        derivative=fn.sinc_derivative,
        title_en="Sinc (cardinal sine)",
        title_ja="sinc関数（カーディナルサイン）",
        reference=lambda x: mp.sin(x) / x if x != 0 else mp.mpf(1),
        # Series near 0, where x cos x - sin x ~ -x^3/3 would cancel even at 256 bits.
        derivative_reference=(
            lambda x: (
                (x * mp.cos(x) - mp.sin(x)) / x**2
                if abs(x) > mp.mpf("1e-6")
                else mp.fsum(
                    (-1) ** k * 2 * k * x ** (2 * k - 1) / mp.factorial(2 * k + 1)
                    for k in range(1, 30)
                )
            )
        ),
        formula=(
            r"\operatorname{sinc}(x) = \begin{cases} \dfrac{\sin x}{x} & x \ne 0 \\"
            r" 1 & x = 0 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{sinc}'(x) = \begin{cases} \dfrac{x\cos x - \sin x}{x^2} & x \ne 0 \\"
            r" 0 & x = 0 \end{cases}"
        ),
        params=(),
        # The minimum is sinc(x0) at the first positive root x0 = 4.4934... of tan x = x.
        range=Interval(-0.21723362821122166, 1.0, True, True),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",  # f'(x) ~ cos(x)/x -> 0
        max_abs_derivative=0.4361818172714585,  # at x = -+2.0815759778181...
        kinks=(),
        origin=Origin(
            title="NIST Digital Library of Mathematical Functions, §10.49 (j0(x) = sin(x)/x)",
            authors=_DLMF,
            year=2010,
            url="https://dlmf.nist.gov/10.49",
        ),
        frameworks={
            "pytorch": Framework(
                None, note="torch.sinc is the normalised sin(pi x)/(pi x), a different function."
            ),
            "jax": Framework(
                None,
                note="jax.numpy.sinc is the normalised sin(pi x)/(pi x), a different function.",
            ),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "Sinc-activated implicit neural representations",
                Origin(
                    title="A Sampling Theory Perspective on Activations for Implicit Neural Representations",
                    authors="H. Saratchandran, S. Ramasinghe, V. Shevchenko, A. Long, S. Lucey",
                    year=2024,
                    url="https://arxiv.org/abs/2402.05427",
                ),
            ),
        ),
    ),
    Record(
        name="lisht",
        family="nonmonotonic",
        function=fn.lisht,
        derivative=fn.lisht_derivative,
        title_en="Linearly scaled hyperbolic tangent (LiSHT)",
        title_ja="線形スケール双曲線正接関数（LiSHT）",
        reading_ja="せんけいすけーるそうきょくせんせいせつかんすう",
        reference=lambda x: x * mp.tanh(x),
        derivative_reference=lambda x: mp.tanh(x) + x * mp.sech(x) ** 2,  # terms of one sign
        formula=r"f(x) = x \tanh(x)",
        derivative_formula=r"f'(x) = \tanh(x) + x\,\operatorname{sech}^2(x)",
        params=(),
        range=Interval(0.0, math.inf, True, False),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="none",  # f' -> -1 and 1
        # At x tanh x = 1, x = -+1.19967864...: there tanh x = 1/x and f'(x) = x.
        max_abs_derivative=1.1996786402577338,
        kinks=(),
        origin=Origin(
            title="LiSHT: Non-Parametric Linearly Scaled Hyperbolic Tangent Activation Function "
            "for Neural Networks",
            authors="S. K. Roy, S. Manna, S. R. Dubey, B. B. Chaudhuri",
            year=2019,
            url="https://arxiv.org/abs/1901.05894",
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
        name="gcu",
        family="nonmonotonic",
        function=fn.gcu,
        derivative=fn.gcu_derivative,
        title_en="Growing cosine unit (GCU)",
        title_ja="増大コサインユニット（GCU）",
        reading_ja="ぞうだいこさいんゆにっと",
        reference=lambda x: x * mp.cos(x),
        # The difference cancels near the roots of x tan x = 1, by at most ~120 of the 256 bits
        # for float64 x.
        derivative_reference=lambda x: mp.cos(x) - x * mp.sin(x),
        formula=r"f(x) = x \cos(x)",
        derivative_formula=r"f'(x) = \cos(x) - x \sin(x)",
        params=(),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=math.inf,  # |f'(x)| ~ |x sin x| grows without bound
        kinks=(),
        origin=Origin(
            title="Growing Cosine Unit: A Novel Oscillatory Activation Function That Can Speedup "
            "Training and Reduce Parameters in Convolutional Neural Networks",
            authors="M. M. Noel, A. L, A. Trivedi, P. Dutta",
            year=2021,
            url="https://arxiv.org/abs/2108.12943",
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
        name="snake",
        family="nonmonotonic",
        function=fn.snake,
        derivative=fn.snake_derivative,
        title_en="Snake",
        title_ja="Snake",
        reference=lambda x, alpha: x + mp.sin(alpha * x) ** 2 / alpha,
        # 1 + sin u cancels near its zeros by at most ~120 of the 256 bits for float64 x
        # (the sum u + pi/4 of the cancellation-free 2 sin^2(u/2 + pi/4) would round u).
        derivative_reference=lambda x, alpha: 1 + mp.sin(2 * alpha * x),
        formula=r"f(x) = x + \frac{\sin^2(\alpha x)}{\alpha}",
        derivative_formula=r"f'(x) = 1 + \sin(2\alpha x)",
        params=(
            Param(
                "alpha",
                1.0,
                "Frequency of the ripple sin^2(alpha x)/alpha; nonzero. BigVGAN and DAC learn "
                "one per channel, starting from 1.",
                r"\alpha",
                explore=(0.2, 5.0, 0.2),
            ),
        ),
        range=Interval(-math.inf, math.inf, False, False),
        continuity=math.inf,
        monotonic=True,  # f' = 1 + sin(2 alpha x) >= 0
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=2.0,  # at alpha x = pi/4 + k pi
        kinks=(),
        origin=Origin(
            title="Neural Networks Fail to Learn Periodic Functions and How to Fix It",
            authors="L. Ziyin, T. Hartwig, M. Ueda",
            year=2020,
            url="https://arxiv.org/abs/2006.08195",
        ),
        frameworks={
            "pytorch": Framework(
                None,
                note="Not shipped; BigVGAN and DAC define their own Snake modules, "
                "x + (alpha + 1e-9).reciprocal() * torch.sin(alpha * x).pow(2) in DAC.",
            ),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "BigVGAN",
                Origin(
                    title="BigVGAN: A Universal Neural Vocoder with Large-Scale Training",
                    authors="S. Lee, W. Ping, B. Ginsburg, B. Catanzaro, S. Yoon",
                    year=2022,
                    url="https://arxiv.org/abs/2206.04658",
                ),
            ),
            Use(
                "DAC (Descript audio codec)",
                Origin(
                    title="High-Fidelity Audio Compression with Improved RVQGAN",
                    authors="R. Kumar, P. Seetharaman, A. Luebs, I. Kumar, K. Kumar",
                    year=2023,
                    url="https://arxiv.org/abs/2306.06546",
                ),
            ),
        ),
    ),
]
