"""Alt texts: every image of the built site says what it shows, in its page's language.

The scraper's helpers (``docs/_ext/alt_texts.py``) are checked on their own; the built site
(``$SITE_DIR``, as in ``tests/test_site.py``) is checked page by page: every ``<img>`` of both
languages, content figures, gallery thumbnails and mini-galleries alike.
"""

from __future__ import annotations

import os
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import matplotlib
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import alt_texts  # noqa: E402  (docs/_ext, path above)

matplotlib.use("Agg")

SITE = Path(os.environ.get("SITE_DIR", ROOT / "_build" / "html")).resolve()
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# sphinx-gallery's alt text for a figure without a title: its file name, "plot dead relus".
FILE_NAME_FALLBACK = re.compile(r"plot( [a-z0-9]+)+")
# A gallery figure (not a thumbnail), described by a sentence rather than labelled by a title.
GALLERY_FIGURE = re.compile(r"\bsphx-glr-(single|multi)-img\b")


# --- the helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [(-6.0, "−6"), (3.0, "3"), (2.5, "2.5"), (-2 * 3.141592653589793, "−2π"), (0.0, "0")],
)
def test_limits_read_as_numbers(value: float, text: str) -> None:
    assert alt_texts.number(value) == text


def test_first_figure_is_described_by_title_and_plotted_range() -> None:
    import matplotlib.pyplot as plt
    import numpy as np

    fig, ax = plt.subplots()
    ax.plot(np.linspace(-6, 6, 13), np.zeros(13))
    ax.set_xlabel("$b$")
    try:
        text = alt_texts.activation_alt("GeGLU", fig)
    finally:
        plt.close(fig)
    assert text == "GeGLU and its derivative, for b from −6 to 6."


def test_written_alt_texts_are_read_in_order() -> None:
    code = (
        'fig, ax = plt.subplots()\n# sphinx_gallery_alt = "First, with a \\"quote\\"."\n'
        "    # sphinx_gallery_alt = 'Second.'\nplt.show()\n"
    )
    assert alt_texts.written_alts(code) == ['First, with a "quote".', "Second."]


# --- the built site ------------------------------------------------------------------------


class Images(HTMLParser):
    """The ``<img>`` tags of a page, as attribute dictionaries."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.images.append(dict(attrs))


def images(page: Path) -> list[dict[str, str | None]]:
    parser = Images()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.images


def alt_problems(image: dict[str, str | None], lang: str) -> list[str]:
    """What is wrong with one image's alt text on a page in ``lang`` (nothing: [])."""
    alt = image.get("alt")
    if alt is None:
        return ["no alt attribute"]
    if alt == "":
        decorative = image.get("aria-hidden") == "true" or image.get("role") == "presentation"
        return [] if decorative else ["an empty alt on an image that is not decorative"]
    problems = []
    if FILE_NAME_FALLBACK.fullmatch(alt):
        problems.append("sphinx-gallery's file-name fallback")
    if "$" in alt or "\\" in alt:
        problems.append("TeX source")
    if lang == "ja" and not JAPANESE.search(alt):
        problems.append("no Japanese on a Japanese page")
    if lang != "ja" and JAPANESE.search(alt):
        problems.append("Japanese on an English page")
    if GALLERY_FIGURE.search(image.get("class") or "") and not alt.endswith((".", "。")):
        problems.append("a label, not a sentence")
    return problems


@pytest.fixture(scope="module")
def site() -> Path:
    if not (SITE / "index.html").is_file():
        if os.environ.get("CI") == "true":
            raise RuntimeError(f"no built site at {SITE}: run `make html` first")
        pytest.skip(f"no built site at {SITE} (run `make html`)")
    return SITE


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_every_image_says_what_it_shows_in_the_page_language(site: Path, lang: str) -> None:
    pages = sorted((site / lang).rglob("*.html"))
    assert pages, f"no {lang} pages"
    found = 0
    offenders = []
    for page in pages:
        for image in images(page):
            found += 1
            for problem in alt_problems(image, lang):
                offenders.append(f"{page.relative_to(site)}: {image.get('alt')!r}: {problem}")
    assert found > 100, f"only {found} images on the {lang} pages"
    assert not offenders, f"{len(offenders)} bad alt texts:\n" + "\n".join(offenders[:40])


def test_gallery_figures_are_translated_not_copied(site: Path) -> None:
    """Each figure of a Japanese gallery page has its own Japanese text, not the English one."""
    for page in sorted((site / "en" / "auto_examples").rglob("plot_*.html")):
        twin = site / "ja" / page.relative_to(site / "en")
        english = [i["alt"] for i in images(page) if GALLERY_FIGURE.search(i.get("class") or "")]
        japanese = [i["alt"] for i in images(twin) if GALLERY_FIGURE.search(i.get("class") or "")]
        assert len(english) == len(japanese), page.name
        assert all(a != b for a, b in zip(english, japanese, strict=True)), page.name


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_different_figures_of_a_page_have_different_alt_texts(site: Path, lang: str) -> None:
    """A screen-reader user tells the figures of a page apart by their alt texts; a figure's
    light and dark renderings are one figure."""
    offenders = []
    for page in sorted((site / lang).rglob("*.html")):
        figures_by_alt: dict[str, set[str]] = {}
        for image in images(page):
            if image.get("alt") and image.get("src"):
                figure = re.sub(r"-dark(?=\.\w+$)", "", image["src"])
                figures_by_alt.setdefault(image["alt"], set()).add(figure)
        offenders += [
            f"{page.relative_to(site)}: {alt!r} for {len(figures)} figures"
            for alt, figures in figures_by_alt.items()
            if len(figures) > 1
        ]
    assert not offenders, "\n".join(offenders)
