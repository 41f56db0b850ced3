"""``make new-activation`` writes the hand-edited pieces, and what it leaves undone fails by name."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_scaffold_writes_the_pieces_and_they_fail_until_filled(tmp_path):
    for part in ("activations", "gallery", "scripts", "tests"):
        shutil.copytree(
            ROOT / part,
            tmp_path / part,
            ignore=shutil.ignore_patterns("node_modules", "__pycache__"),
        )
    run = subprocess.run(
        [sys.executable, "scripts/new_activation.py", "my_unit", "smooth", "--title", "My unit"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "plot_my_unit.py" in run.stdout
    probe = (
        "import math, activations\n"
        "record = activations.catalog['my_unit']\n"
        "assert record.family == 'smooth' and record.title_en == 'My unit'\n"
        "assert math.isnan(activations.my_unit(1.0))\n"
        "assert math.isnan(activations.my_unit_derivative(1.0))\n"
        "assert record.reference is None and record.derivative_reference is None\n"
    )
    subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, check=True)
    gallery = (tmp_path / "gallery" / "plot_my_unit.py").read_text()
    assert ":func:`activations.my_unit`" in gallery
    # What is left fails by name: the references, and the record's claims.
    left = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-k",
            "my_unit",
            "tests/test_reference.py",
            "tests/test_properties.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert left.returncode != 0
    assert "my_unit: write the record's mpmath reference" in left.stdout
    again = subprocess.run(
        [sys.executable, "scripts/new_activation.py", "my_unit", "smooth"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert again.returncode != 0 and "already in the catalogue" in again.stderr
