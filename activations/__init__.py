"""Neural-network activation functions and their derivatives, accurate to the last bits.

Every activation ``name`` has ``name(x, **params)`` and ``name_derivative(x, **params)``;
:data:`catalog` maps each name to a :class:`~activations.Record` with its formulas,
properties, origin and framework defaults.
"""

from __future__ import annotations

from . import exponential, nonmonotonic, piecewise, sigmoidal, smooth, vector
from ._catalog import (
    FAMILIES,
    FRAMEWORKS,
    Family,
    Framework,
    Interval,
    Kink,
    Origin,
    Param,
    Record,
    Use,
    build_catalog,
)
from ._records import all_records
from .exponential import *  # noqa: F403
from .nonmonotonic import *  # noqa: F403
from .piecewise import *  # noqa: F403
from .sigmoidal import *  # noqa: F403
from .smooth import *  # noqa: F403
from .vector import *  # noqa: F403

#: Read-only mapping from each activation's name to its :class:`Record`, families in site order.
catalog = build_catalog(all_records())

__version__ = "0.1.0"

__all__ = [
    "FAMILIES",
    "FRAMEWORKS",
    "Family",
    "Framework",
    "Interval",
    "Kink",
    "Origin",
    "Param",
    "Record",
    "Use",
    "catalog",
    *exponential.__all__,
    *nonmonotonic.__all__,
    *piecewise.__all__,
    *sigmoidal.__all__,
    *smooth.__all__,
    *vector.__all__,
]
