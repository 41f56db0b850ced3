"""Doctest namespace: the examples in docstrings may use ``np`` without importing it."""

import numpy as np
import pytest


@pytest.fixture(autouse=True)
def _doctest_numpy(doctest_namespace):
    doctest_namespace["np"] = np
