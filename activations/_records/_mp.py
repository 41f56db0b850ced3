"""mpmath for the records' reference functions, imported when one is first evaluated.

The references are the tests' independent check of the library (evaluated at 256 bits); the
library itself needs only numpy, so mpmath is imported on first use rather than with it.
"""

from __future__ import annotations

import importlib
from typing import Any


class _Mpmath:
    def __getattr__(self, name: str) -> Any:
        return getattr(importlib.import_module("mpmath"), name)


#: Stands for the ``mpmath`` module: ``mp.exp``, ``mp.mpf`` and so on.
mp = _Mpmath()
