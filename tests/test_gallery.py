"""The gallery: one ``gallery/plot_<name>.py`` per catalogue entry, each running cleanly.

A new activation fails :func:`test_every_entry_has_a_script` until its example exists; a script
for a name that is neither an entry nor an alias fails :func:`test_every_script_has_an_entry`.
Each script is then executed the way the site builds it (headless, warnings as errors) and its
figures are drawn, which is when matplotlib reports bad math text.
"""

from __future__ import annotations

import ast
import re
import runpy
import warnings
from pathlib import Path

import pytest

import activations

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
plt = pytest.importorskip("matplotlib.pyplot")

GALLERY = Path(__file__).resolve().parent.parent / "gallery"
SCRIPTS = sorted(GALLERY.glob("plot_*.py"))
ALIASES = {alias for record in activations.catalog.values() for alias in record.aliases}
# A figure's alt text is gallery configuration, which the page and the downloads leave out.
ALT_TEXT = re.compile(r"[ \t]*#\s*sphinx_gallery_alt\s*=")


def _name(script: Path) -> str:
    return script.stem.removeprefix("plot_")


def test_every_entry_has_a_script():
    missing = sorted(set(activations.catalog) - {_name(s) for s in SCRIPTS})
    assert not missing, f"catalogue entries without gallery/plot_<name>.py: {missing}"


def test_every_script_has_an_entry():
    orphans = sorted({_name(s) for s in SCRIPTS} - set(activations.catalog) - ALIASES)
    assert not orphans, f"gallery scripts with no catalogue entry: {orphans}"


@pytest.mark.parametrize("script", SCRIPTS, ids=_name)
def test_script_follows_the_gallery_style(script):
    text = script.read_text(encoding="utf-8")
    docstring = ast.get_docstring(ast.parse(text), clean=True) or ""
    title, underline, *rest = [*docstring.splitlines(), "", ""]
    subtitle = " ".join(rest).split()
    assert set(underline) == {"="} and len(underline) >= len(title), "title is not underlined"
    assert 1 <= len(title.split()) <= 6, f"title has {len(title.split())} words, not 1-6"
    assert 10 <= len(subtitle) <= 50, f"subtitle has {len(subtitle)} words, not 10-50"
    lines = [line for line in text.splitlines() if not ALT_TEXT.match(line)]
    assert 30 <= len(lines) <= 80, "a script is 30-80 lines long"
    assert not re.search(r"^#{20,}", text, re.MULTILINE), "use '# %%' as the only cell separator"
    name = _name(script)
    if name in activations.catalog:
        for func in (name, f"{name}_derivative"):
            assert f":func:`activations.{func}`" in text, f"no :func: link to activations.{func}"


@pytest.mark.parametrize("script", SCRIPTS, ids=_name)
def test_script_runs_headless_without_warnings(script, monkeypatch):
    monkeypatch.chdir(GALLERY)
    monkeypatch.setattr(plt, "show", lambda *args, **kwargs: None)  # as sphinx-gallery does
    plt.close("all")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            runpy.run_path(str(script), run_name="__main__")
            numbers = plt.get_fignums()
            assert numbers, "the script draws no figure"
            for number in numbers:
                plt.figure(number).canvas.draw()  # math text is parsed when drawn
    finally:
        plt.close("all")
