"""Catalogue records, one module per family; the module name is the family key."""

from __future__ import annotations

from .._catalog import Record
from . import exponential, nonmonotonic, piecewise, sigmoidal, smooth, vector


def all_records() -> list[Record]:
    """Every record of every family."""
    families = (piecewise, sigmoidal, exponential, smooth, nonmonotonic, vector)
    return [record for family in families for record in family.RECORDS]
