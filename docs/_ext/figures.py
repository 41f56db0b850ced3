"""Figures for both themes: each figure and thumbnail also comes drawn for a dark page.

Figures are drawn once, in the light house style on a transparent background
(``activations/site.mplstyle``).  After the build, every PNG of ``_images/`` gets a twin,
``<name>-dark.png``, whose colours have their CIE L* lightness inverted (L* -> 100 - L*) with hue
and chroma kept: black text turns white, the light grid dark, and the Okabe-Ito lines keep their
hues at a lightness that reads on a dark page.  Every page shows both images, marked with furo's
``only-light`` and ``only-dark`` classes, and both load lazily: the browser fetches only the one
the theme displays.

Every gallery figure is also saved as SVG (:func:`scrape_png_and_svg`, which the gallery's image
scraper, :mod:`alt_texts`, calls), and the page links the figure to it: a click opens the figure at any size, to
view, save or put on a slide.
"""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path
from typing import Any

import numpy as np
from sphinx.application import Sphinx

DARK = "-dark"

# sRGB <-> CIE L*a*b* (D65), as in IEC 61966-2-1 and CIE 15.
_RGB_TO_XYZ = np.array(
    [[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]
)
_WHITE = _RGB_TO_XYZ.sum(axis=1)
_D = 6 / 29


def _to_linear(c: np.ndarray) -> np.ndarray:
    c = c / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def _to_srgb(c: np.ndarray) -> np.ndarray:
    c = np.clip(c, 0.0, 1.0)
    return 255.0 * np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)


def _f(t: np.ndarray) -> np.ndarray:
    return np.where(t > _D**3, np.cbrt(t), t / (3 * _D * _D) + 4 / 29)


def _f_inverse(t: np.ndarray) -> np.ndarray:
    return np.where(t > _D, t**3, 3 * _D * _D * (t - 4 / 29))


def invert_lightness(rgb: np.ndarray) -> np.ndarray:
    """sRGB colours (``(..., 3)``, 0-255) with L* inverted and a*, b* (hue, chroma) kept."""
    xyz = _to_linear(np.asarray(rgb, dtype=float)) @ _RGB_TO_XYZ.T / _WHITE
    fx, fy, fz = (_f(xyz[..., i]) for i in range(3))
    # L* = 116 fy - 16; a* and b* depend on fx - fy and fy - fz, which a shift keeps.
    shift = (100 - (116 * fy - 16) + 16) / 116 - fy
    xyz = np.stack([_f_inverse(fx + shift), _f_inverse(fy + shift), _f_inverse(fz + shift)], -1)
    return np.rint(_to_srgb((xyz * _WHITE) @ np.linalg.inv(_RGB_TO_XYZ).T)).astype(np.uint8)


def dark_variant(png: bytes) -> bytes:
    """The PNG with every colour's lightness inverted (a palette PNG: only its palette)."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        image.load()
        if image.mode == "P":
            palette = np.array(image.getpalette(), dtype=np.uint8).reshape(-1, 3)
            dark = image.copy()
            dark.putpalette(invert_lightness(palette).reshape(-1).tolist())
        else:
            rgba = np.asarray(image.convert("RGBA"))
            rgb = invert_lightness(rgba[..., :3])
            dark = Image.fromarray(np.concatenate([rgb, rgba[..., 3:]], axis=-1), "RGBA")
        out = io.BytesIO()
        dark.save(
            out,
            "PNG",
            optimize=True,
            **(
                {"transparency": image.info["transparency"]} if "transparency" in image.info else {}
            ),
        )
    return out.getvalue()


def write_dark_variants(images: Path, cache: Path) -> None:
    """``<name>-dark.png`` beside every PNG of ``images`` (cached by content)."""
    cache.mkdir(parents=True, exist_ok=True)
    for path in sorted(images.glob("*.png")):
        if path.stem.endswith(DARK):
            continue
        data = path.read_bytes()
        cached = cache / (hashlib.sha256(data).hexdigest() + DARK + ".png")
        if not cached.exists():
            tmp = cached.with_suffix(".tmp")
            tmp.write_bytes(dark_variant(data))
            tmp.replace(cached)
        target = path.with_name(path.stem + DARK + ".png")
        dark = cached.read_bytes()
        if not target.is_file() or target.read_bytes() != dark:
            target.write_bytes(dark)


def scrape_png_and_svg(
    block: Any, block_vars: dict[str, Any], gallery_conf: Any, **kwargs: Any
) -> str:
    """sphinx-gallery's matplotlib scraper, and each figure also as SVG beside its PNG (with no
    date and fixed element ids, so that a rebuild writes the same bytes)."""
    import matplotlib.pyplot as plt
    from sphinx_gallery.scrapers import matplotlib_scraper

    figures = [plt.figure(number) for number in plt.get_fignums()]
    paths = block_vars["image_path_iterator"].paths
    first = len(paths)
    rst = matplotlib_scraper(block, block_vars, gallery_conf, **kwargs)
    for figure, png in zip(figures, paths[first:], strict=True):
        svg = Path(png).with_suffix(".svg")
        with plt.rc_context({"svg.hashsalt": svg.stem}):
            figure.savefig(svg, format="svg", metadata={"Date": None})
    return rst


_IMAGE = re.compile(r'<img\b[^>]*\bsrc="[^"]*_images/[^"]+\.png"[^>]*>')


def _twin(tag: str) -> str:
    """A light ``<img>`` tag, and its dark twin after it."""
    light = _with_class(_lazy(tag), "only-light")
    dark = re.sub(
        r'(\b(?:src|srcset)="[^"]*)', lambda m: re.sub(r"\.png\b", DARK + ".png", m.group(1)), light
    )
    return light + dark.replace("only-light", "only-dark")


def _lazy(tag: str) -> str:
    return tag if "loading=" in tag else tag.replace("<img ", '<img loading="lazy" ', 1)


_CLASS = re.compile(r'\sclass\s*=\s*"')


def _with_class(tag: str, name: str) -> str:
    if _CLASS.search(tag):
        return _CLASS.sub(f' class="{name} ', tag, count=1)
    return tag.replace("<img ", f'<img class="{name}" ', 1)


_GALLERY_PNG = re.compile(r'\bsrc="([^"]*_images/)(sphx_glr_\w+_\d{3})\.png"')


def _svg(app: Sphinx, name: str) -> Path | None:
    """Where the scraper saved the SVG of a gallery figure (subgalleries included)."""
    for gallery in app.config.sphinx_gallery_conf["gallery_dirs"]:
        for path in Path(app.srcdir, gallery).glob(f"**/images/{name}.svg"):
            return path
    return None


def _figure(app: Sphinx, tag: str) -> str:
    """Both themes' images of a figure, linked to its SVG if it has one."""
    images = _twin(tag)
    found = _GALLERY_PNG.search(tag)
    if found and _svg(app, found.group(2)):
        href = f"{found.group(1)}{found.group(2)}.svg"
        return f'<a class="figure-svg" href="{href}">{images}</a>'
    return images


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    body = context.get("body")
    if isinstance(body, str) and "_images/" in body:
        context["body"] = _IMAGE.sub(lambda m: _figure(app, m.group(0)), body)


def copy_svgs(app: Sphinx) -> None:
    """The SVG of every gallery figure the site shows, into ``_images/`` beside its PNG."""
    images = Path(app.outdir) / "_images"
    for png in sorted(images.glob("sphx_glr_*_[0-9][0-9][0-9].png")):
        source = _svg(app, png.stem)
        target = png.with_suffix(".svg")
        if source and (not target.is_file() or target.read_bytes() != source.read_bytes()):
            target.write_bytes(source.read_bytes())


def _build_finished(app: Sphinx, exception: BaseException | None) -> None:
    if exception is None and app.builder.format == "html":
        images = Path(app.outdir) / "_images"
        if images.is_dir():
            write_dark_variants(images, Path(app.doctreedir).parent / "png-cache")


def _copy_svgs(app: Sphinx, exception: BaseException | None) -> None:
    if exception is None and app.builder.format == "html":
        copy_svgs(app)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("html-page-context", _page_context, priority=700)
    # after site_assets has quantized the figures (priority 900): a palette to invert
    app.connect("build-finished", _build_finished, priority=950)
    # before site_assets prunes what no page refers to (priority 900); the pages link the SVGs
    app.connect("build-finished", _copy_svgs, priority=850)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
