"""Catalogue records of the nonmonotonic family."""

from __future__ import annotations

import math

from .. import nonmonotonic as fn
from .._catalog import Framework, Interval, Origin, Record, Use
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
        reference=lambda x: mp.sin(x),
        derivative_reference=lambda x: mp.cos(x),
        formula=r"f(x) = \sin(x)",
        derivative_formula=r"f'(x) = \cos(x)",
        params=(),
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
                "torch.sin(x)", note="A tensor function, not an activation module."
            ),
            "jax": Framework("jax.numpy.sin(x)", note="A numpy function, not in jax.nn."),
            "keras": Framework("keras.ops.sin(x)", note="An op, not in keras.activations."),
            "mlx": Framework("mlx.core.sin(x)", note="A core array function, not in mlx.nn."),
        },
        used_in=(
            Use(
                "SIREN",
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
        title_ja="sinc 関数 (カーディナルサイン)",
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
]
