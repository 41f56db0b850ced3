"""``make new-activation`` scaffolds the five pieces, and what it leaves undone fails by name."""

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
        "import activations\n"
        "record = activations.catalog['my_unit']\n"
        "assert record.family == 'smooth' and record.title_en == 'My unit'\n"
        "try:\n"
        "    activations.my_unit_derivative(1.0)\n"
        "except NotImplementedError as error:\n"
        "    print(error)\n"
    )
    probed = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True
    )
    assert "my_unit_derivative: write the derivative" in probed.stdout
    gallery = (tmp_path / "gallery" / "plot_my_unit.py").read_text()
    assert ":func:`activations.my_unit`" in gallery
    assert "def test_my_unit_special_values" in (tmp_path / "tests" / "test_smooth.py").read_text()
    again = subprocess.run(
        [sys.executable, "scripts/new_activation.py", "my_unit", "smooth"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert again.returncode != 0 and "already in the catalogue" in again.stderr
