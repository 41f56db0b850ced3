"""Catalogue records of the sigmoidal family."""

from __future__ import annotations

import math

from .. import sigmoidal as fn
from .._catalog import Framework, Interval, Origin, Record

RECORDS = [
    Record(
        name="sigmoid",
        family="sigmoidal",
        function=fn.sigmoid,
        derivative=fn.sigmoid_derivative,
        title_en="Sigmoid",
        title_ja="シグモイド関数",
        reference="1 / (1 + exp(-x))",
        derivative_reference="exp(-x) / (1 + exp(-x))**2",
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
            "pytorch": Framework("torch.nn.Sigmoid"),
            "jax": Framework("jax.nn.sigmoid"),
            "keras": Framework("keras.activations.sigmoid"),
        },
    ),
    Record(
        name="tanh",
        family="sigmoidal",
        function=fn.tanh,
        derivative=fn.tanh_derivative,
        title_en="Hyperbolic tangent",
        title_ja="双曲線正接関数 (tanh)",
        reference="tanh(x)",
        derivative_reference="sech(x)**2",
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
            "pytorch": Framework("torch.nn.Tanh"),
            "jax": Framework("jax.numpy.tanh"),
            "keras": Framework("keras.activations.tanh"),
        },
    ),
]
