"""scripts/same_bits.py, the check behind "bit for bit as before" in speed changes."""

from __future__ import annotations

import dataclasses
import sys
import types
from pathlib import Path

import numpy as np

from activations import catalog

sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
import same_bits  # (scripts/, path above)

ALL = same_bits.inputs()
SOME = np.concatenate([ALL[:800_000:400], ALL[800_000:]])  # fewer samples, every special point


def baseline_with(**records):
    """A stand-in for another revision: this tree's catalogue with some records replaced."""
    return types.SimpleNamespace(catalog={**{r.name: r for r in catalog.values()}, **records})


def test_this_revision_gives_its_own_bits():
    assert same_bits.differences(baseline_with(), SOME) == []


def test_a_last_bit_moved_is_found_with_its_input():
    relu = catalog["relu"]
    nudged = dataclasses.replace(relu, function=lambda x: np.nextafter(relu.function(x), np.inf))
    found = same_bits.differences(baseline_with(relu=nudged), SOME)
    assert [line.split(":")[0] for line in found] == [
        "relu function float64",
        "relu function float32",
    ]
    assert all(" values, first at x = " in line for line in found)


def test_a_signed_zero_is_a_difference():
    relu = catalog["relu"]

    def negative_zeros(x):
        slope = relu.derivative(x)
        return np.where(slope == 0, -slope, slope)  # -0.0 where 0.0: equal values, other bits

    found = same_bits.differences(
        baseline_with(relu=dataclasses.replace(relu, derivative=negative_zeros)), SOME
    )
    assert [line.split(":")[0] for line in found] == [
        "relu derivative float64",
        "relu derivative float32",
    ]


def test_the_inputs_reach_the_tails_and_the_specials():
    assert np.isnan(ALL).any() and np.isposinf(ALL).any() and np.isneginf(ALL).any()
    assert (ALL == 0).any() and np.signbit(ALL[ALL == 0]).any()
    finite = np.abs(ALL[np.isfinite(ALL) & (ALL != 0)])
    assert finite.max() >= 1e300 and finite.min() < 1e-300
