"""Alt texts of the gallery's figures: a sentence that says what each figure shows.

sphinx-gallery describes a figure by its titles, which here are short names or TeX
(``$\\sigma'(x)$``), or by its file name ("plot dead relus"). :func:`scrape` is the gallery's
image scraper: it draws the figures as :func:`figures.scrape_png_and_svg` does and gives each one
its alt text, from one of two sources:

- the first figure of ``plot_<name>.py``, the activation and its derivative, is described from
  the catalogue: its title and the range of x that the figure plots;
- any other figure is described where it is drawn, by a gallery configuration comment
  ``# sphinx_gallery_alt = "..."`` in its code block, one per figure in drawing order (the
  rendered page and the downloads leave such comments out, as they do every other).

A figure with neither fails the build and names its script.  The Japanese pages translate the
texts through the page's catalogue (:func:`site_i18n._figure_alt_texts`).
"""

from __future__ import annotations

import ast
import math
import re
from pathlib import Path
from typing import Any

from figures import scrape_png_and_svg

#: The in-file configuration comment that describes the next figure of a code block.
ALT_COMMENT = re.compile(r"^[ \t]*#\s*sphinx_gallery_alt\s*=\s*(.+?)[ \t]*$", re.MULTILINE)

_ALT_OPTION = re.compile(r"(:alt: ).*$", re.MULTILINE)


def number(value: float) -> str:
    """A plotted limit as a reader would say it: ``−6``, ``2.5``, ``−2π`` (a real minus sign)."""
    turns = value / math.pi
    if value and abs(turns - round(turns)) < 1e-9 and abs(round(turns)) > 1:
        text = f"{round(turns)}π"
    else:
        text = f"{value:.4g}"
    return text.replace("-", "\N{MINUS SIGN}")


def plotted_range(figure: Any) -> tuple[float, float]:
    """The smallest and largest x of the lines the figure draws."""
    xs = [float(x) for ax in figure.axes for line in ax.get_lines() for x in line.get_xdata()]
    return min(xs), max(xs)


def variable(figure: Any) -> str:
    """The name of the horizontal axis of the figure's last panel: ``x``, or ``b`` for gates."""
    label = figure.axes[-1].get_xlabel()
    found = re.fullmatch(r"\$([A-Za-z])\$", label)
    return found.group(1) if found else "x"


def activation_alt(title: str, figure: Any) -> str:
    """The alt text of an activation's first figure: the function and its derivative."""
    low, high = plotted_range(figure)
    return (
        f"{title} and its derivative, for {variable(figure)} from {number(low)} to {number(high)}."
    )


def written_alts(code: str) -> list[str]:
    """The ``sphinx_gallery_alt`` texts of a code block, in order."""
    return [ast.literal_eval(value) for value in ALT_COMMENT.findall(code)]


def _activation(src_file: str) -> Any:
    import activations

    name = Path(src_file).stem.removeprefix("plot_")
    return activations.catalog.get(name)


def scrape(block: Any, block_vars: dict[str, Any], gallery_conf: Any, **kwargs: Any) -> str:
    """The figures of a code block as :func:`figures.scrape_png_and_svg` writes them, each
    with its alt text (see the module's docstring)."""
    import matplotlib.pyplot as plt

    figures = [plt.figure(number) for number in plt.get_fignums()]
    drawn_before = len(block_vars["image_path_iterator"].paths)
    written = written_alts(block.content)
    record = _activation(block_vars["src_file"])
    alts = []
    for index, figure in enumerate(figures):
        if index < len(written):
            alts.append(written[index])
        elif record is not None and drawn_before + index == 0:
            alts.append(activation_alt(record.title_en, figure))
        else:
            plt.close("all")  # or the next example would find them
            src = Path(block_vars["src_file"]).name
            raise ValueError(
                f"{src}: figure {drawn_before + index + 1} has no alt text: add "
                '`# sphinx_gallery_alt = "..."` (what it shows) to the code that draws it'
            )
    if len(written) > len(figures):
        plt.close("all")
        raise ValueError(
            f"{Path(block_vars['src_file']).name}: more sphinx_gallery_alt comments than figures "
            f"in the code block at line {block.lineno}"
        )
    rst = scrape_png_and_svg(block, block_vars, gallery_conf, **kwargs)
    texts = iter(alts)
    return _ALT_OPTION.sub(lambda m: m.group(1) + next(texts), rst)


def _get_sg_image_scraper() -> Any:
    """How sphinx-gallery finds the scraper of ``image_scrapers: ("alt_texts",)``."""
    return scrape
