"""Catalogue records of the piecewise family.

Kink derivatives are the values PyTorch 2.13's autograd returns (checked on float32 and float64
tensors); where PyTorch lacks the function, the record says which PyTorch spelling was used.
"""

from __future__ import annotations

import math

from .. import piecewise as fn
from .._catalog import Framework, Interval, Kink, Origin, Param, Record, Use
from ._mp import mp
from ._papers import (
    ALEXNET,
    BINARIZED_NETWORKS,
    DCGAN,
    DELVING_DEEP_INTO_RECTIFIERS,
    EMPIRICAL_EVALUATION_OF_RECTIFIED,
    FENCHEL_YOUNG_LOSSES,
    MOBILENET_V3,
    NLP_FROM_SCRATCH,
    VIT,
    YOLO_V3,
)

_INF = math.inf

_MOBILENETV3 = MOBILENET_V3

_PRIMER = Origin(
    title="Primer: Searching for Efficient Transformers for Language Modeling",
    authors="D. R. So, W. Mańke, H. Liu, Z. Dai, N. Shazeer, Q. V. Le",
    year=2021,
    url="https://arxiv.org/abs/2109.08668",
)

_METAFORMER_BASELINES = Origin(
    title="MetaFormer Baselines for Vision",
    authors="W. Yu, C. Si, P. Zhou, M. Luo, Y. Zhou, J. Feng, S. Yan, X. Wang",
    year=2022,
    url="https://arxiv.org/abs/2210.13452",
)

_LAMBD = Param(
    "lambd", 0.5, "Half-width of the band mapped to zero.", r"\lambda", explore=(0.0, 2.0, 0.05)
)

RECORDS = [
    Record(
        name="identity",
        family="piecewise",
        function=fn.identity,
        derivative=fn.identity_derivative,
        title_en="Identity",
        title_ja="恒等関数",
        reading_ja="こうとうかんすう",
        reference=lambda x: x,
        derivative_reference=lambda x: mp.mpf(1),
        formula=r"f(x) = x",
        derivative_formula=r"f'(x) = 1",
        params=(),
        range=Interval(-_INF, _INF, False, False),
        continuity=_INF,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=True,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(),
        origin=Origin(
            title="Deep Learning (section 6.2.2, linear output units)",
            authors="I. Goodfellow, Y. Bengio, A. Courville",
            year=2016,
            url="https://www.deeplearningbook.org/",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.Identity()(x)"),
            "jax": Framework("jax.nn.identity(x)"),
            "keras": Framework("keras.activations.linear(x)"),
            "mlx": Framework(
                "mlx.nn.Identity()(x)", note="Only the module mlx.nn.Identity; no function."
            ),
        },
        used_in=(
            Use(
                "regression output layers",
                Origin(
                    title="Deep Learning (section 6.2.2.1, linear units for Gaussian output distributions)",
                    authors="I. Goodfellow, Y. Bengio, A. Courville",
                    year=2016,
                    url="https://www.deeplearningbook.org/contents/mlp.html",
                ),
            ),
            Use(
                "YOLOv3 detection layers",
                YOLO_V3,
            ),
            Use(
                "ViT pre-logits",
                VIT,
            ),
        ),
        aliases=("linear",),
    ),
    Record(
        name="step",
        family="piecewise",
        function=fn.step,
        derivative=fn.step_derivative,
        title_en="Binary step",
        title_ja="ステップ関数",
        reference=lambda x: mp.mpf(1) if x >= 0 else mp.mpf(0),
        derivative_reference=lambda x: mp.mpf(0),
        formula=r"H(x) = \begin{cases} 1 & x \ge 0 \\ 0 & x < 0 \end{cases}",
        derivative_formula=r"H'(x) = 0 \quad (x \neq 0)",
        params=(),
        range=Interval(0.0, 1.0, True, True),
        continuity=-1,
        monotonic=True,
        derivative_monotonic=True,  # f' = 0 wherever it exists (and we return 0 at the jump)
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=0.0,
        # Not differentiable at the jump; PyTorch's torch.heaviside has no backward at all,
        # JAX's jnp.heaviside differentiates to 0, which is what we return.
        kinks=(Kink(0.0, 0.0),),
        origin=Origin(
            title="A logical calculus of the ideas immanent in nervous activity",
            authors="W. S. McCulloch, W. Pitts",
            year=1943,
            url="https://doi.org/10.1007/BF02478259",
        ),
        frameworks={
            "pytorch": Framework(
                "torch.heaviside(x, torch.tensor(1.0))",
                note="torch.heaviside(x, values) with values=1 gives step(0) = 1; autograd has no derivative for it (it raises).",
            ),
            "jax": Framework(
                "jax.numpy.heaviside(x, 1.0)",
                note="jnp.heaviside(x, 1.0); its autograd derivative is 0 everywhere.",
            ),
            "keras": Framework(
                "keras.ops.heaviside(x, 1.0)",
                note="keras.ops.heaviside(x, 1.0); an op, not one of keras.activations.",
            ),
            "mlx": Framework(
                "mlx.nn.step(x, threshold=0.0)",
                note="Returns int32 0 or 1 for float input; computes x >= threshold since MLX 0.32.0 (x > threshold before, so step(0) was 0).",
            ),
        },
        used_in=(
            Use(
                "perceptron",
                Origin(
                    title="The Perceptron: A Probabilistic Model for Information Storage and Organization in the Brain",
                    authors="F. Rosenblatt",
                    year=1958,
                    url="https://doi.org/10.1037/h0042519",
                ),
            ),
        ),
        aliases=("heaviside",),
    ),
    Record(
        name="relu",
        family="piecewise",
        function=fn.relu,
        derivative=fn.relu_derivative,
        title_en="Rectified linear unit (ReLU)",
        title_ja="ReLU（ランプ関数）",
        reference=lambda x: x if x > 0 else mp.mpf(0),
        derivative_reference=lambda x: mp.mpf(1) if x > 0 else mp.mpf(0),
        formula=r"\operatorname{ReLU}(x) = \max(0, x)",
        derivative_formula=(
            r"\operatorname{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x \le 0 \end{cases}"
        ),
        params=(),
        range=Interval(0.0, _INF, True, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 0.0),),
        origin=Origin(
            title="Rectified linear units improve restricted Boltzmann machines",
            authors="V. Nair, G. E. Hinton",
            year=2010,
            url="https://icml.cc/Conferences/2010/papers/432.pdf",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.relu(x)"),
            "jax": Framework("jax.nn.relu(x)"),
            "keras": Framework(
                "keras.activations.relu(x)",
                note="Also takes negative_slope, max_value and threshold (defaults 0, None, 0), which turn it into a leaky, capped or thresholded ReLU.",
            ),
            "mlx": Framework("mlx.nn.relu(x)"),
        },
        used_in=(
            Use(
                "AlexNet",
                ALEXNET,
            ),
            Use(
                "ResNet",
                Origin(
                    title="Deep Residual Learning for Image Recognition",
                    authors="K. He, X. Zhang, S. Ren, J. Sun",
                    year=2016,
                    url="https://arxiv.org/abs/1512.03385",
                ),
            ),
            Use(
                "DCGAN generator",
                DCGAN,
            ),
        ),
        aliases=("ramp",),
    ),
    Record(
        name="leaky_relu",
        family="piecewise",
        function=fn.leaky_relu,
        derivative=fn.leaky_relu_derivative,
        title_en="Leaky ReLU",
        title_ja="Leaky ReLU",
        reference=lambda x, negative_slope: x if x > 0 else negative_slope * x,
        derivative_reference=lambda x, negative_slope: mp.mpf(1) if x > 0 else negative_slope,
        formula=(
            r"\operatorname{LeakyReLU}(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{LeakyReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}"
        ),
        params=(
            Param(
                "negative_slope", 0.01, "Slope for negative inputs.", "a", explore=(0.0, 0.5, 0.01)
            ),
        ),
        range=Interval(-_INF, _INF, False, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 0.01, {"jax": 1.0, "keras": 1.0, "mlx": 1.0}),),
        origin=Origin(
            title="Rectifier nonlinearities improve neural network acoustic models",
            authors="A. L. Maas, A. Y. Hannun, A. Y. Ng",
            year=2013,
            url="https://ai.stanford.edu/~amaas/papers/relu_hybrid_icml2013_final.pdf",
        ),
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.leaky_relu(x, negative_slope=0.01)", {"negative_slope": 0.01}
            ),
            "jax": Framework(
                "jax.nn.leaky_relu(x, negative_slope=0.01)",
                {"negative_slope": 0.01},
                "Its autograd derivative at 0 is 1 (written with x >= 0), not the slope.",
            ),
            "keras": Framework(
                "keras.activations.leaky_relu(x, negative_slope=0.2)",
                {"negative_slope": 0.2},
                "The layer keras.layers.LeakyReLU defaults to 0.3 (negative_slope in Keras 3, alpha in Keras 2).",
                also=(
                    Framework(
                        "keras.layers.LeakyReLU(negative_slope=0.3)(x)", {"negative_slope": 0.3}
                    ),
                ),
            ),
            "mlx": Framework(
                "mlx.nn.leaky_relu(x, negative_slope=0.01)",
                {"negative_slope": 0.01},
                "Computes max(a x, x), which is leaky ReLU only for a <= 1; its autograd derivative at 0 is 1.",
            ),
        },
        used_in=(
            Use(
                "DCGAN discriminator",
                DCGAN,
            ),
            Use(
                "YOLOv3 (Darknet-53 and heads)",
                YOLO_V3,
            ),
            Use(
                "YOLO (v1)",
                Origin(
                    title="You Only Look Once: Unified, Real-Time Object Detection",
                    authors="J. Redmon, S. Divvala, R. Girshick, A. Farhadi",
                    year=2016,
                    url="https://arxiv.org/abs/1506.02640",
                ),
            ),
        ),
    ),
    Record(
        name="prelu",
        family="piecewise",
        function=fn.prelu,
        derivative=fn.prelu_derivative,
        title_en="Parametric ReLU (PReLU)",
        title_ja="パラメトリックReLU（PReLU）",
        reference=lambda x, weight: x if x > 0 else weight * x,
        derivative_reference=lambda x, weight: mp.mpf(1) if x > 0 else weight,
        formula=(r"\operatorname{PReLU}(x) = \begin{cases} x & x > 0 \\ w x & x \le 0 \end{cases}"),
        derivative_formula=(
            r"\operatorname{PReLU}'(x) = \begin{cases} 1 & x > 0 \\ w & x \le 0 \end{cases}"
        ),
        params=(
            Param(
                "weight",
                0.25,
                "Learned slope for negative inputs: a scalar or an array broadcast against x.",
                "w",
                explore=(0.0, 0.5, 0.01),
            ),
        ),
        range=Interval(-_INF, _INF, False, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 0.25, {"keras": 0.0, "mlx": 1.25}),),  # MLX: both branches at the tie
        origin=DELVING_DEEP_INTO_RECTIFIERS,
        frameworks={
            "pytorch": Framework(
                "torch.nn.PReLU(num_parameters=1, init=0.25)(x)",
                {"weight": 0.25},
                "nn.PReLU(num_parameters=1, init=0.25) learns the slope; F.prelu(input, weight) requires it and applies a per-channel weight along axis 1.",
            ),
            "jax": Framework(None),
            "keras": Framework(
                "keras.layers.PReLU(alpha_initializer='Zeros')(x)",
                {"weight": 0.0},
                "alpha_initializer='zeros': the learned slope starts at 0 (plain ReLU), one per element unless shared_axes is set.",
            ),
            "mlx": Framework(
                "mlx.nn.PReLU(num_parameters=1, init=0.25)(x)",
                {"weight": 0.25},
                "A 1-d weight broadcasts against the last axis (channels last), where PyTorch's applies along axis 1.",
            ),
        },
        used_in=(
            Use(
                "PReLU-nets",
                DELVING_DEEP_INTO_RECTIFIERS,
            ),
            Use(
                "ArcFace (iResNet backbones)",
                Origin(
                    title="ArcFace: Additive Angular Margin Loss for Deep Face Recognition",
                    authors="J. Deng, J. Guo, N. Xue, S. Zafeiriou",
                    year=2019,
                    url="https://arxiv.org/abs/1801.07698",
                ),
            ),
        ),
    ),
    Record(
        name="rrelu",
        family="piecewise",
        function=fn.rrelu,
        derivative=fn.rrelu_derivative,
        title_en="Randomized leaky ReLU (RReLU)",
        title_ja="ランダム化Leaky ReLU（RReLU）",
        # The deterministic evaluation form (training=False), which the defaults select.
        reference=lambda x, lower, upper, training, generator: (
            x if x > 0 else (lower + upper) / 2 * x
        ),
        derivative_reference=lambda x, lower, upper, training, generator: (
            mp.mpf(1) if x > 0 else (lower + upper) / 2
        ),
        formula=(
            r"\operatorname{RReLU}(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases},"
            r"\quad a = \tfrac{l + u}{2} \text{ (evaluation)},\ a \sim U(l, u) \text{ (training)}"
        ),
        derivative_formula=(
            r"\operatorname{RReLU}'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}"
        ),
        params=(
            Param(
                "lower",
                1.0 / 8.0,
                "Lower bound of the random negative slope.",
                "l",
                explore=(0.0, 1.0 / 3.0, 1.0 / 24.0),
            ),
            Param(
                "upper",
                1.0 / 3.0,
                "Upper bound of the random negative slope.",
                "u",
                explore=(1.0 / 8.0, 1.0, 1.0 / 24.0),
            ),
            Param(
                "training",
                False,
                "False: slope (l + u)/2; True: one slope per element drawn from U(l, u).",
                r"\text{training}",
            ),
            Param(
                "generator",
                None,
                "numpy.random.Generator for the slopes; required when training is True.",
                r"\text{generator}",
            ),
        ),
        range=Interval(-_INF, _INF, False, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, (1.0 / 8.0 + 1.0 / 3.0) / 2),),
        origin=EMPIRICAL_EVALUATION_OF_RECTIFIED,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.rrelu(x, lower=1.0 / 8, upper=1.0 / 3, training=False)",
                {"lower": 0.125, "upper": 0.3333333333333333, "training": False},
                "Draws the training slopes from torch's generator, and only for x <= 0, so seeds do not carry over; nn.RReLU follows the module's train()/eval() mode.",
            ),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "Kaggle NDSB winning entry",
                EMPIRICAL_EVALUATION_OF_RECTIFIED,
            ),
        ),
    ),
    Record(
        name="relu6",
        family="piecewise",
        function=fn.relu6,
        derivative=fn.relu6_derivative,
        title_en="ReLU6",
        title_ja="ReLU6",
        reference=lambda x: mp.mpf(0) if x <= 0 else x if x < 6 else mp.mpf(6),
        derivative_reference=lambda x: mp.mpf(1) if 0 < x < 6 else mp.mpf(0),
        formula=r"\operatorname{ReLU6}(x) = \min(\max(0, x), 6)",
        derivative_formula=(
            r"\operatorname{ReLU6}'(x) = \begin{cases} 1 & 0 < x < 6 \\ 0 & \text{otherwise}"
            r" \end{cases}"
        ),
        params=(),
        range=Interval(0.0, 6.0, True, True),
        continuity=0,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 0.0), Kink(6.0, 0.0)),
        origin=Origin(
            title="Convolutional deep belief networks on CIFAR-10",
            authors="A. Krizhevsky",
            year=2010,
            url="https://www.cs.toronto.edu/~kriz/conv-cifar10-aug2010.pdf",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.relu6(x)"),
            "jax": Framework("jax.nn.relu6(x)"),
            "keras": Framework("keras.activations.relu6(x)"),
            "mlx": Framework("mlx.nn.relu6(x)"),
        },
        used_in=(
            Use(
                "MobileNetV2",
                Origin(
                    title="MobileNetV2: Inverted Residuals and Linear Bottlenecks",
                    authors="M. Sandler, A. Howard, M. Zhu, A. Zhmoginov, L.-C. Chen",
                    year=2018,
                    url="https://arxiv.org/abs/1801.04381",
                ),
            ),
        ),
    ),
    Record(
        name="threshold",
        family="piecewise",
        function=fn.threshold,
        derivative=fn.threshold_derivative,
        title_en="Threshold",
        title_ja="しきい値関数",
        reference=lambda x, threshold, value: x if x > threshold else value,
        derivative_reference=lambda x, threshold, value: mp.mpf(1) if x > threshold else mp.mpf(0),
        formula=r"f(x) = \begin{cases} x & x > \theta \\ v & x \le \theta \end{cases}",
        derivative_formula=(
            r"f'(x) = \begin{cases} 1 & x > \theta \\ 0 & x \le \theta \end{cases}"
        ),
        params=(
            Param(
                "threshold",
                0.0,
                "Inputs at or below it are replaced (required in PyTorch and Keras; 0 here, "
                "which with value 0 gives ReLU).",
                r"\theta",
                explore=(-2.0, 2.0, 0.1),
            ),
            Param(
                "value",
                0.0,
                "The replacement for inputs at or below the threshold.",
                "v",
                explore=(-2.0, 2.0, 0.1),
            ),
        ),
        # Properties at the defaults threshold = value = 0, where the function is ReLU.
        range=Interval(0.0, _INF, True, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=1.0,
        kinks=(Kink(0.0, 0.0),),
        origin=Origin(
            title="PyTorch: an imperative style, high-performance deep learning library",
            authors="A. Paszke, S. Gross, F. Massa, A. Lerer, J. Bradbury, G. Chanan, et al.",
            year=2019,
            url="https://arxiv.org/abs/1912.01703",
        ),
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.threshold(x, threshold=0.0, value=0.0)",
                note="threshold and value are required arguments (no defaults).",
            ),
            "jax": Framework(None),
            "keras": Framework(
                "keras.activations.threshold(x, threshold=0.0, default_value=0.0)",
                note="threshold and default_value (our value) are required arguments.",
            ),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
    Record(
        name="hard_tanh",
        family="piecewise",
        function=fn.hard_tanh,
        derivative=fn.hard_tanh_derivative,
        title_en="Hard tanh",
        title_ja="ハードtanh（Hardtanh）",
        reference=lambda x, min_val, max_val: (
            min_val if x < min_val else max_val if x > max_val else x
        ),
        derivative_reference=lambda x, min_val, max_val: (
            mp.mpf(1) if min_val < x < max_val else mp.mpf(0)
        ),
        formula=(
            r"\operatorname{HardTanh}(x) = \begin{cases} a & x < a \\ x & a \le x \le b \\"
            r" b & x > b \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{HardTanh}'(x) = \begin{cases} 1 & a < x < b \\ 0 &"
            r" \text{otherwise} \end{cases}"
        ),
        params=(
            Param("min_val", -1.0, "Lower bound of the output.", "a", explore=(-3.0, 0.0, 0.1)),
            Param("max_val", 1.0, "Upper bound of the output.", "b", explore=(0.0, 3.0, 0.1)),
        ),
        range=Interval(-1.0, 1.0, True, True),
        continuity=0,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=True,
        zero_centred=True,
        saturating="both",
        max_abs_derivative=1.0,
        kinks=(
            Kink(-1.0, 0.0, {"jax": 1.0, "keras": 1.0}),
            Kink(1.0, 0.0, {"jax": 1.0, "keras": 1.0}),
        ),
        origin=NLP_FROM_SCRATCH,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.hardtanh(x, min_val=-1.0, max_val=1.0)",
                {"min_val": -1.0, "max_val": 1.0},
            ),
            "jax": Framework(
                "jax.nn.hard_tanh(x)",
                note="Bounds fixed at -1 and 1; its autograd derivative at +-1 is 1, not 0.",
            ),
            "keras": Framework(
                "keras.activations.hard_tanh(x)",
                note="Bounds fixed at -1 and 1; the derivative at +-1 depends on the backend (0 with torch, 1 with jax).",
            ),
            "mlx": Framework(
                "mlx.nn.hard_tanh(x, min_val=-1.0, max_val=1.0)",
                {"min_val": -1.0, "max_val": 1.0},
                "The HardTanh module ignores min_val and max_val: its bounds are always -1 and 1.",
            ),
        },
        used_in=(
            Use(
                "SENNA",
                NLP_FROM_SCRATCH,
            ),
            Use(
                "BinaryNet (straight-through estimator)",
                BINARIZED_NETWORKS,
            ),
        ),
        aliases=("hardtanh",),
    ),
    Record(
        name="hard_sigmoid",
        family="piecewise",
        function=fn.hard_sigmoid,
        derivative=fn.hard_sigmoid_derivative,
        title_en="Hard sigmoid",
        title_ja="ハードシグモイド関数",
        reference=lambda x: mp.mpf(0) if x <= -3 else mp.mpf(1) if x >= 3 else (x + 3) / 6,
        derivative_reference=lambda x: mp.mpf(1) / 6 if -3 < x < 3 else mp.mpf(0),
        formula=(
            r"\operatorname{HardSigmoid}(x) = \frac{\operatorname{ReLU6}(x + 3)}{6}"
            r" = \begin{cases} 0 & x \le -3 \\ \frac{x}{6} + \frac{1}{2} & -3 < x < 3 \\"
            r" 1 & x \ge 3 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{HardSigmoid}'(x) = \begin{cases} \frac{1}{6} & -3 < x < 3 \\ 0 &"
            r" \text{otherwise} \end{cases}"
        ),
        params=(),
        range=Interval(0.0, 1.0, True, True),
        continuity=0,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=1.0 / 6.0,
        kinks=(Kink(-3.0, 0.0), Kink(3.0, 0.0)),
        origin=_MOBILENETV3,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.hardsigmoid(x)",
                note="Its float64 backward returns the slope 1/6 rounded to float32 (0.1666666716337204).",
            ),
            "jax": Framework("jax.nn.hard_sigmoid(x)"),
            "keras": Framework(
                "keras.activations.hard_sigmoid(x)",
                note="Keras 3 uses relu6(x + 3) / 6 like PyTorch; Keras 2 used clip(0.2 x + 0.5, 0, 1), which saturates at +-2.5.",
            ),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "MobileNetV3 (squeeze-and-excite)",
                MOBILENET_V3,
            ),
        ),
        aliases=("hardsigmoid",),
    ),
    Record(
        name="hard_swish",
        family="piecewise",
        function=fn.hard_swish,
        derivative=fn.hard_swish_derivative,
        title_en="Hard swish",
        title_ja="ハードSwish（Hardswish）",
        reference=lambda x: mp.mpf(0) if x <= -3 else x if x >= 3 else x * (x + 3) / 6,
        derivative_reference=lambda x: (
            mp.mpf(0) if x <= -3 else mp.mpf(1) if x >= 3 else (2 * x + 3) / 6
        ),
        formula=(
            r"\operatorname{HardSwish}(x) = x\,\frac{\operatorname{ReLU6}(x + 3)}{6}"
            r" = \begin{cases} 0 & x \le -3 \\ \frac{x (x + 3)}{6} & -3 < x < 3 \\"
            r" x & x \ge 3 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{HardSwish}'(x) = \begin{cases} 0 & x \le -3 \\ \frac{2x + 3}{6}"
            r" & -3 < x < 3 \\ 1 & x \ge 3 \end{cases}"
        ),
        params=(),
        range=Interval(-0.375, _INF, True, False),
        continuity=0,  # f' jumps at -3 (0 to -1/2) and at 3 (3/2 to 1)
        monotonic=False,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="left",
        max_abs_derivative=1.5,  # supremum, approached as x -> 3 from below (f'(3) = 1)
        kinks=(Kink(-3.0, 0.0), Kink(3.0, 1.0)),
        origin=_MOBILENETV3,
        frameworks={
            "pytorch": Framework(
                "torch.nn.functional.hardswish(x)",
                note="Returns NaN at x = -inf (-inf * 0); older releases gave f'(-3) = -1/2 and f'(3) = 3/2.",
            ),
            "jax": Framework(
                "jax.nn.hard_swish(x)", note="Also jax.nn.hard_silu; returns NaN at x = -inf."
            ),
            "keras": Framework("keras.activations.hard_swish(x)", note="Also hard_silu."),
            "mlx": Framework(
                "mlx.nn.hardswish(x)", note="Spelled hardswish; returns NaN at x = -inf."
            ),
        },
        used_in=(
            Use(
                "MobileNetV3",
                MOBILENET_V3,
            ),
        ),
        aliases=("hardswish", "hard_silu"),
    ),
    Record(
        name="soft_shrink",
        family="piecewise",
        function=fn.soft_shrink,
        derivative=fn.soft_shrink_derivative,
        title_en="Soft shrinkage",
        title_ja="ソフトシュリンク関数",
        reference=lambda x, lambd: (
            x - lambd if x > lambd else x + lambd if x < -lambd else mp.mpf(0)
        ),
        derivative_reference=lambda x, lambd: mp.mpf(1) if abs(x) > lambd else mp.mpf(0),
        formula=(
            r"\operatorname{SoftShrink}(x) = \begin{cases} x - \lambda & x > \lambda \\ 0 &"
            r" |x| \le \lambda \\ x + \lambda & x < -\lambda \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{SoftShrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 &"
            r" |x| \le \lambda \end{cases}"
        ),
        params=(_LAMBD,),
        range=Interval(-_INF, _INF, False, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(Kink(-0.5, 0.0), Kink(0.5, 0.0)),
        origin=Origin(
            title="De-noising by soft-thresholding",
            authors="D. L. Donoho",
            year=1995,
            url="https://doi.org/10.1109/18.382009",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.softshrink(x, lambd=0.5)", {"lambd": 0.5}),
            "jax": Framework(None),
            "keras": Framework(
                "keras.activations.soft_shrink(x, threshold=0.5)",
                {"lambd": 0.5},
                "The parameter is called threshold.",
            ),
            "mlx": Framework(
                "mlx.nn.softshrink(x, lambd=0.5)",
                {"lambd": 0.5},
                "Spelled softshrink, but hard_shrink with an underscore.",
            ),
        },
        used_in=(
            Use(
                "LISTA",
                Origin(
                    title="Learning Fast Approximations of Sparse Coding (ICML 2010)",
                    authors="K. Gregor, Y. LeCun",
                    year=2010,
                    url="https://icml.cc/Conferences/2010/papers/449.pdf",
                ),
            ),
        ),
        aliases=("softshrink",),
    ),
    Record(
        name="hard_shrink",
        family="piecewise",
        function=fn.hard_shrink,
        derivative=fn.hard_shrink_derivative,
        title_en="Hard shrinkage",
        title_ja="ハードシュリンク関数",
        reference=lambda x, lambd: x if abs(x) > lambd else mp.mpf(0),
        derivative_reference=lambda x, lambd: mp.mpf(1) if abs(x) > lambd else mp.mpf(0),
        formula=(
            r"\operatorname{HardShrink}(x) = \begin{cases} x & |x| > \lambda \\ 0 &"
            r" |x| \le \lambda \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{HardShrink}'(x) = \begin{cases} 1 & |x| > \lambda \\ 0 &"
            r" |x| \le \lambda \end{cases}"
        ),
        params=(_LAMBD,),
        range=Interval(-_INF, _INF, False, False),
        continuity=-1,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        kinks=(Kink(-0.5, 0.0), Kink(0.5, 0.0)),
        origin=Origin(
            title="Ideal spatial adaptation by wavelet shrinkage",
            authors="D. L. Donoho, I. M. Johnstone",
            year=1994,
            url="https://doi.org/10.1093/biomet/81.3.425",
        ),
        frameworks={
            "pytorch": Framework("torch.nn.functional.hardshrink(x, lambd=0.5)", {"lambd": 0.5}),
            "jax": Framework(None),
            "keras": Framework(
                "keras.activations.hard_shrink(x, threshold=0.5)",
                {"lambd": 0.5},
                "The parameter is called threshold.",
            ),
            "mlx": Framework(
                "mlx.nn.hard_shrink(x, lambd=0.5)",
                {"lambd": 0.5},
                "Spelled hard_shrink, but softshrink without an underscore.",
            ),
        },
        used_in=(),
        aliases=("hardshrink",),
    ),
    Record(
        name="sparse_sigmoid",
        family="piecewise",
        function=fn.sparse_sigmoid,
        derivative=fn.sparse_sigmoid_derivative,
        title_en="Sparse sigmoid",
        title_ja="スパースシグモイド関数",
        reference=lambda x: mp.mpf(0) if x <= -1 else mp.mpf(1) if x >= 1 else (x + 1) / 2,
        derivative_reference=lambda x: mp.mpf(1) / 2 if -1 < x < 1 else mp.mpf(0),
        formula=(
            r"\operatorname{SparseSigmoid}(x) = \begin{cases} 0 & x \le -1 \\ \frac{x + 1}{2} &"
            r" -1 < x < 1 \\ 1 & x \ge 1 \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{SparseSigmoid}'(x) = \begin{cases} \frac{1}{2} & -1 < x < 1 \\ 0 &"
            r" \text{otherwise} \end{cases}"
        ),
        params=(),
        range=Interval(0.0, 1.0, True, True),
        continuity=0,
        monotonic=True,
        derivative_monotonic=False,
        identity_near_origin=False,
        zero_centred=False,
        saturating="both",
        max_abs_derivative=0.5,
        # No PyTorch function: 0 is what autograd gives for (F.hardtanh(x) + 1) / 2 and for
        # Keras 3's torch-backend sparse_sigmoid.
        kinks=(
            Kink(-1.0, 0.0, {"jax": 0.25, "keras": 0.25}),
            Kink(1.0, 0.0, {"jax": 0.25, "keras": 0.25}),
        ),
        origin=FENCHEL_YOUNG_LOSSES,
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(
                "jax.nn.sparse_sigmoid(x)",
                note="Its autograd derivative at +-1 is 1/4 (jnp.clip splits ties), not 0.",
            ),
            "keras": Framework("keras.activations.sparse_sigmoid(x)"),
            "mlx": Framework(None),
        },
        used_in=(
            Use(
                "BinaryNet (as hard_sigmoid)",
                BINARIZED_NETWORKS,
            ),
        ),
    ),
    Record(
        name="relu_squared",
        family="piecewise",
        function=fn.relu_squared,
        derivative=fn.relu_squared_derivative,
        title_en="Squared ReLU",
        title_ja="二乗ReLU",
        reading_ja="にじょうれる",
        reference=lambda x: x**2 if x > 0 else mp.mpf(0),
        derivative_reference=lambda x: 2 * x if x > 0 else mp.mpf(0),
        formula=r"f(x) = \max(0, x)^2",
        derivative_formula=r"f'(x) = 2 \max(0, x)",
        params=(),
        range=Interval(0.0, _INF, True, False),
        continuity=1,  # f' = 2 max(0, x) is continuous; f'' jumps from 0 to 2 at 0
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=_INF,  # f'(x) = 2x grows without bound as x -> inf
        kinks=(Kink(0.0, 0.0),),
        origin=_PRIMER,
        frameworks={
            "pytorch": Framework(
                None, note="Not shipped; model code writes torch.nn.functional.relu(x).square()."
            ),
            "jax": Framework(None, note="Not shipped; write jnp.square(jax.nn.relu(x))."),
            "keras": Framework(
                None, note="Not shipped; write ops.square(keras.activations.relu(x))."
            ),
            "mlx": Framework("mlx.nn.relu2(x)", note="Spelled relu2 (module mlx.nn.ReLU2)."),
        },
        used_in=(
            Use("Primer", _PRIMER),
            Use(
                "Nemotron-4",
                Origin(
                    title="Nemotron-4 15B Technical Report",
                    authors="J. Parmar, S. Prabhumoye, J. Jennings, M. Patwary et al.",
                    year=2024,
                    url="https://arxiv.org/abs/2402.16819",
                ),
            ),
            Use(
                "modded-nanogpt (the NanoGPT speedrun)",
                Origin(
                    title="modded-nanogpt: NanoGPT (124M) speedrun",
                    authors="K. Jordan et al.",
                    year=2024,
                    url="https://github.com/KellerJordan/modded-nanogpt",
                ),
            ),
        ),
        aliases=("relu2",),
    ),
    Record(
        name="star_relu",
        family="piecewise",
        function=fn.star_relu,
        derivative=fn.star_relu_derivative,
        title_en="StarReLU",
        title_ja="StarReLU",
        reference=lambda x, scale, bias: scale * x**2 + bias if x > 0 else bias,
        derivative_reference=lambda x, scale, bias: 2 * scale * x if x > 0 else mp.mpf(0),
        formula=r"\operatorname{StarReLU}(x) = s \max(0, x)^2 + b",
        derivative_formula=r"\operatorname{StarReLU}'(x) = 2 s \max(0, x)",
        params=(
            Param(
                "scale",
                0.8944,
                "Scale s (learned; the paper's 2/sqrt(5), which normalises a standard normal input).",
                "s",
                explore=(0.0944, 1.9944, 0.05),  # steps of 0.05 through the default
            ),
            Param(
                "bias",
                -0.4472,
                "Shift b (learned; the paper's -1/sqrt(5)).",
                "b",
                explore=(-0.9472, 0.9528, 0.05),  # steps of 0.05 through the default
            ),
        ),
        range=Interval(-0.4472, _INF, True, False),
        continuity=1,  # f' = 2 s max(0, x) is continuous; f'' jumps from 0 to 2s at 0
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=False,
        saturating="left",
        max_abs_derivative=_INF,  # f'(x) = 2 s x grows without bound as x -> inf
        kinks=(Kink(0.0, 0.0),),
        origin=_METAFORMER_BASELINES,
        frameworks={
            "pytorch": Framework(
                None,
                note="Not shipped; the MetaFormer code's StarReLU module (also in timm) starts its learned scale_value and bias_value at 1.0 and 0.0.",
            ),
            "jax": Framework(None),
            "keras": Framework(None),
            "mlx": Framework(None),
        },
        used_in=(Use("ConvFormer and CAFormer (MetaFormer baselines)", _METAFORMER_BASELINES),),
    ),
    Record(
        name="srelu",
        family="piecewise",
        function=fn.srelu,
        derivative=fn.srelu_derivative,
        title_en="S-shaped ReLU (SReLU)",
        title_ja="S字型ReLU（SReLU）",
        reference=lambda x, t_left, a_left, t_right, a_right: (
            t_right + a_right * (x - t_right)
            if x >= t_right
            else t_left + a_left * (x - t_left)
            if x <= t_left
            else x
        ),
        derivative_reference=lambda x, t_left, a_left, t_right, a_right: (
            a_right if x >= t_right else a_left if x <= t_left else mp.mpf(1)
        ),
        formula=(
            r"\operatorname{SReLU}(x) = \begin{cases} t_l + a_l (x - t_l) & x \le t_l \\"
            r" x & t_l < x < t_r \\ t_r + a_r (x - t_r) & x \ge t_r \end{cases}"
        ),
        derivative_formula=(
            r"\operatorname{SReLU}'(x) = \begin{cases} a_l & x \le t_l \\ 1 & t_l < x < t_r \\"
            r" a_r & x \ge t_r \end{cases}"
        ),
        params=(
            Param(
                "t_left",
                0.0,
                "Left threshold (learned; Keras-contrib starts it at 0).",
                "t_l",
                explore=(-3.0, 2.5, 0.1),
            ),
            Param(
                "a_left",
                0.5,
                "Slope below the left threshold (learned; the mean of Keras-contrib's U(0, 1) start).",
                "a_l",
                explore=(-0.5, 1.5, 0.05),
            ),
            Param(
                "t_right",
                2.5,
                "Right threshold, at least t_left (learned; the mean of Keras-contrib's U(0, 5) start).",
                "t_r",
                explore=None,  # no slider: with the default a_right = 1 it changes nothing
            ),
            Param(
                "a_right",
                1.0,
                "Slope above the right threshold (learned; Keras-contrib starts it at 1).",
                "a_r",
                explore=(-0.5, 1.5, 0.05),
            ),
        ),
        range=Interval(-_INF, _INF, False, False),
        continuity=0,
        monotonic=True,
        derivative_monotonic=True,
        identity_near_origin=False,
        zero_centred=True,
        saturating="none",
        max_abs_derivative=1.0,
        # With the defaults a_r = 1, so t_r = 2.5 is no kink: only t_l = 0 is.
        kinks=(Kink(0.0, 0.5),),
        origin=Origin(
            title="Deep Learning with S-shaped Rectified Linear Activation Units",
            authors="X. Jin, C. Xu, J. Feng, Y. Wei, J. Xiong, S. Yan",
            year=2016,
            url="https://arxiv.org/abs/1512.07030",
        ),
        frameworks={
            "pytorch": Framework(None),
            "jax": Framework(None),
            "keras": Framework(
                None,
                note="Not in Keras; the Keras 2 add-on keras_contrib.layers.SReLU learns t_left, a_left, a_right and an offset t_right (its right threshold is t_left + |t_right|).",
            ),
            "mlx": Framework(None),
        },
        used_in=(),
    ),
]
