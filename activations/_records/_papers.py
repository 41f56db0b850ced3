"""Works that more than one record cites (as an origin or a use), each defined once."""

from __future__ import annotations

from .._catalog import Origin

ALEXNET = Origin(
    title="ImageNet Classification with Deep Convolutional Neural Networks",
    authors="A. Krizhevsky, I. Sutskever, G. E. Hinton",
    year=2012,
    url="https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html",
)

BERT = Origin(
    title="BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
    authors="J. Devlin, M.-W. Chang, K. Lee, K. Toutanova",
    year=2019,
    url="https://arxiv.org/abs/1810.04805",
)

BINARIZED_NETWORKS = Origin(
    title="Binarized Neural Networks: Training Deep Neural Networks with Weights and Activations Constrained to +1 or -1",
    authors="M. Courbariaux, I. Hubara, D. Soudry, R. El-Yaniv, Y. Bengio",
    year=2016,
    url="https://arxiv.org/abs/1602.02830",
)

DCGAN = Origin(
    title="Unsupervised Representation Learning with Deep Convolutional Generative Adversarial Networks",
    authors="A. Radford, L. Metz, S. Chintala",
    year=2016,
    url="https://arxiv.org/abs/1511.06434",
)

DPO = Origin(
    title="Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
    authors="R. Rafailov, A. Sharma, E. Mitchell, S. Ermon, C. D. Manning, C. Finn",
    year=2023,
    url="https://arxiv.org/abs/2305.18290",
)

EFFICIENTNET = Origin(
    title="EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
    authors="M. Tan, Q. V. Le",
    year=2019,
    url="https://arxiv.org/abs/1905.11946",
)

GATED_CONVOLUTIONAL_LM = Origin(
    title="Language Modeling with Gated Convolutional Networks",
    authors="Y. N. Dauphin, A. Fan, M. Auli, D. Grangier",
    year=2017,
    url="https://arxiv.org/abs/1612.08083",
)

GLU_VARIANTS = Origin(
    title="GLU Variants Improve Transformer",
    authors="N. Shazeer",
    year=2020,
    url="https://arxiv.org/abs/2002.05202",
)

GPT_2 = Origin(
    title="Language Models are Unsupervised Multitask Learners",
    authors="A. Radford, J. Wu, R. Child, D. Luan, D. Amodei, I. Sutskever",
    year=2019,
    url="https://cdn.openai.com/better-language-models/language_models_are_unsupervised_multitask_learners.pdf",
)

GOLDEN_ACTIVATION = Origin(
    title="The Quest for the Golden Activation Function",
    authors="M. Basirat, P. M. Roth",
    year=2018,
    url="https://arxiv.org/abs/1808.00783",
)

ISRLU = Origin(
    title="Improving Deep Learning by Inverse Square Root Linear Units (ISRLUs)",
    authors="B. Carlile, G. Delamarter, P. Kinney, A. Marti, B. Whitney",
    year=2017,
    url="https://arxiv.org/abs/1710.09967",
)

LLAMA = Origin(
    title="LLaMA: Open and Efficient Foundation Language Models",
    authors="H. Touvron et al.",
    year=2023,
    url="https://arxiv.org/abs/2302.13971",
)

MAMBA = Origin(
    title="Mamba: Linear-Time Sequence Modeling with Selective State Spaces",
    authors="A. Gu, T. Dao",
    year=2023,
    url="https://arxiv.org/abs/2312.00752",
)

MOBILENET_V3 = Origin(
    title="Searching for MobileNetV3",
    authors="A. Howard, M. Sandler, G. Chu, L.-C. Chen, B. Chen, M. Tan, W. Wang, Y. Zhu, "
    "R. Pang, V. Vasudevan, Q. V. Le, H. Adam",
    year=2019,
    url="https://arxiv.org/abs/1905.02244",
)

SELF_NORMALIZING_NETWORKS = Origin(
    title="Self-Normalizing Neural Networks",
    authors="G. Klambauer, T. Unterthiner, A. Mayr, S. Hochreiter",
    year=2017,
    url="https://arxiv.org/abs/1706.02515",
)

SIREN = Origin(
    title="Implicit Neural Representations with Periodic Activation Functions",
    authors="V. Sitzmann, J. N. P. Martel, A. W. Bergman, D. B. Lindell, G. Wetzstein",
    year=2020,
    url="https://arxiv.org/abs/2006.09661",
)

TORCH7 = Origin(
    title="Torch7: A Matlab-like Environment for Machine Learning",
    authors="R. Collobert, K. Kavukcuoglu, C. Farabet",
    year=2011,
    url="https://publications.idiap.ch/downloads/papers/2011/Collobert_NIPSWORKSHOP_2011.pdf",
)

VIT = Origin(
    title="An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
    authors="A. Dosovitskiy et al.",
    year=2021,
    url="https://arxiv.org/abs/2010.11929",
)

YOLO_V3 = Origin(
    title="YOLOv3: An Incremental Improvement",
    authors="J. Redmon, A. Farhadi",
    year=2018,
    url="https://arxiv.org/abs/1804.02767",
)

DELVING_DEEP_INTO_RECTIFIERS = Origin(
    title="Delving Deep into Rectifiers: Surpassing Human-Level Performance on ImageNet Classification",
    authors="K. He, X. Zhang, S. Ren, J. Sun",
    year=2015,
    url="https://arxiv.org/abs/1502.01852",
)

EMPIRICAL_EVALUATION_OF_RECTIFIED = Origin(
    title="Empirical Evaluation of Rectified Activations in Convolutional Network",
    authors="B. Xu, N. Wang, T. Chen, M. Li",
    year=2015,
    url="https://arxiv.org/abs/1505.00853",
)

FENCHEL_YOUNG_LOSSES = Origin(
    title="Learning with Fenchel-Young Losses",
    authors="M. Blondel, A. F. T. Martins, V. Niculae",
    year=2020,
    url="https://jmlr.org/papers/v21/19-021.html",
)

NLP_FROM_SCRATCH = Origin(
    title="Natural Language Processing (Almost) from Scratch",
    authors="R. Collobert, J. Weston, L. Bottou, M. Karlen, K. Kavukcuoglu, P. Kuksa",
    year=2011,
    url="https://jmlr.org/papers/v12/collobert11a.html",
)

RBF_NETWORKS = Origin(
    title="Multivariable Functional Interpolation and Adaptive Networks",
    authors="D. S. Broomhead, D. Lowe",
    year=1988,
    url="https://www.complex-systems.com/abstracts/v02_i03_a05/",
)

SOFTMAX_LINEAR_UNITS = Origin(
    title="Softmax Linear Units",
    authors=(
        "N. Elhage, T. Hume, C. Olsson, N. Nanda, T. Henighan, S. Johnston, S. El Showk, "
        "N. Joseph, N. DasSarma, B. Mann, D. Hernandez, A. Askell, K. Ndousse, A. Jones, "
        "D. Drain, A. Chen, Y. Bai, D. Ganguli, L. Lovitt, Z. Hatfield-Dodds, J. Kernion, "
        "T. Conerly, S. Kravec, S. Fort, S. Kadavath, J. Jacobson, E. Tran-Johnson, J. Kaplan, "
        "J. Clark, T. Brown, S. McCandlish, D. Amodei, C. Olah"
    ),
    year=2022,
    url="https://transformer-circuits.pub/2022/solu/index.html",
)
