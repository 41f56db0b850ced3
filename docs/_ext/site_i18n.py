"""Bilingual site glue: per-language base URL, language switch, hreflang alternates.

Every page links to the same page in the other language (``lang_switch`` in the template
context, used by ``_templates/components/view-this-page.html`` and
``_templates/sidebar/language.html``) and declares both versions as ``hreflang`` alternates.
Canonical URLs come from Sphinx's ``html_baseurl``, set here from ``SITE_URL`` and the
build's language; without ``SITE_URL`` no page states an address.  A translation catalogue
that does not parse fails the build, named.  The alt texts of the figures (the plot directive's
and sphinx-gallery's) go through the page's catalogue like its other text (Sphinx translates
only text nodes); an activation's thumbnail, which shows the function and its derivative, says so
in the theme's catalogue.
The Japanese glossary lists its terms in 五十音順, by the ``reading`` of
``docs/terminology.toml`` (terms in Latin letters first, in alphabetical order).
"""

from __future__ import annotations

import hashlib
import html
import re
import tomllib
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from docutils import nodes
from gojuon import kana_key
from matplotlib.sphinxext.figmpl_directive import figmplnode
from site_config import LANGUAGES, SOURCE_LANGUAGE, language_name, site_url
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.locale import _
from sphinx.locale import init as init_locale
from sphinx.util.i18n import docname_to_domain
from sphinx_gallery.directives import imgsgnode

#: Title of the language switch, in the language it switches to.
SWITCH_TITLE = {"en": "English version of this page", "ja": "このページの日本語版"}


def check_catalogues(locale_dir: Path) -> None:
    """Raise a ConfigError naming the first .po file under ``locale_dir`` that does not parse.

    Sphinx compiles catalogues with babel, which only prints "Problem on line N" without the
    file name, writes a partial .mo and lets the build pass: a broken translation would
    silently fall back to English.
    """
    from babel.messages.pofile import PoFileError, read_po
    from sphinx.errors import ConfigError

    for path in sorted(locale_dir.rglob("*.po")):
        with path.open("rb") as stream:
            try:
                read_po(stream, abort_invalid=True)
            except PoFileError as error:
                raise ConfigError(f"invalid translation catalogue {path}: {error}") from None


def _language(config: Config) -> str:
    return config.language if config.language in LANGUAGES else SOURCE_LANGUAGE


def theme_catalogue_digest(locale_dir: Path) -> str:
    """Digest of the theme's strings (``sphinx.po``), which every page's chrome shows.

    Sphinx rewrites a page when its document or its own catalogue changes, not when the
    catalogue of the templates does: the digest goes into ``html_context``, which is part of
    the configuration ``.buildinfo`` records, so an edit of ``sphinx.po`` rewrites every page.
    """
    catalogue = locale_dir / "LC_MESSAGES" / "sphinx.po"
    return hashlib.sha256(catalogue.read_bytes()).hexdigest() if catalogue.exists() else ""


def _config_inited(app: Sphinx, config: Config) -> None:
    lang = _language(config)
    app.tags.add(f"lang_{lang}")  # for `.. only::` blocks that differ by language
    if lang != SOURCE_LANGUAGE:
        locale_dirs = [Path(app.confdir) / d / lang for d in config.locale_dirs]
        for locale_dir in locale_dirs:
            check_catalogues(locale_dir)
        digests = [theme_catalogue_digest(d) for d in locale_dirs]
        config.html_context = {**config.html_context, "theme_catalogues": digests}
    base = site_url()
    config.html_baseurl = f"{base}{lang}/" if base else ""
    config.ogp_site_url = config.html_baseurl


def _page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    lang = _language(app.config)
    other = next(code for code in LANGUAGES if code != lang)  # a two-language site
    up = "../" * (pagename.count("/") + 1)
    page = f"{pagename}.html"
    context["lang_switch"] = {
        "href": f"{up}{other}/{page}",
        "lang": other,
        "label": language_name(other),
        "title": SWITCH_TITLE[other],
    }
    base = site_url()
    if base is None:  # no address: no alternates, no og:image (both need absolute URLs)
        return
    links = [
        f'<link rel="alternate" hreflang="{code}" href="{base}{code}/{page}" />'
        for code in LANGUAGES
    ]
    links.append(
        f'<link rel="alternate" hreflang="x-default" href="{base}{SOURCE_LANGUAGE}/{page}" />'
    )
    metatags = context.get("metatags", "")
    # sphinx-gallery's figures are not docutils image nodes, so sphinxext-opengraph's
    # ogp_use_first_image misses them: use the first raster image of the page body.
    if 'property="og:image"' not in metatags:
        match = _FIRST_IMAGE.search(context.get("body", ""))
        if match:
            page_url = f"{app.config.html_baseurl}{page}"
            image = urljoin(page_url, match.group(1))
            links.append(f'<meta property="og:image" content="{image}" />')
            alt = match.group(2)
            if alt:
                links.append(f'<meta property="og:image:alt" content="{alt}" />')
    context["metatags"] = metatags + "\n" + "\n".join(links) + "\n"


_FIRST_IMAGE = re.compile(
    r'<img\b(?=[^>]*\bsrc="([^"]+\.(?:png|jpe?g|webp))")(?:(?=[^>]*\balt="([^"]*)"))?[^>]*>'
)


def extract_to_sphinx_pot(app: Sphinx, messages: Any, origin: str) -> None:
    """Put messages that no template holds (Sphinx's own, the search page's, ours built in
    Python) in ``sphinx.pot`` when ``make gettext`` runs, so ``make update-po`` keeps their
    translations in ``sphinx.po``; ``origin`` is the file that uses them."""
    if app.builder.name == "gettext":
        from sphinx.builders.gettext import MsgOrigin

        for message in messages:
            app.builder.catalogs["sphinx"].add(message, MsgOrigin(origin, 1))


def _builder_inited(app: Sphinx) -> None:
    """Let ``make gettext`` extract the theme's strings as well as those of our templates.

    Sphinx's gettext builder reads only ``templates_path``; furo ships no Japanese catalogue,
    so its strings ("Back to top", the footer) go to ``sphinx.pot`` beside ours, and
    ``sphinx-intl update`` keeps their translations in ``sphinx.po`` instead of dropping them.
    """
    if app.builder.name == "gettext":
        import furo

        theme_templates = Path(furo.__file__).parent / "theme" / "furo"
        app.config.templates_path = [*app.config.templates_path, str(theme_templates)]
    extract_to_sphinx_pot(app, [THUMBNAIL_ALT], __file__)


#: The figure nodes whose alt text Sphinx does not translate: the plot directive's, sphinx-gallery's.
FIGURE_NODES = (figmplnode, imgsgnode)


def _figure_alt_texts(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Extract the alt text of each figure into the page's catalogue (gettext builder), or
    replace it by its translation (a translated build); escape it for sphinx-gallery's HTML."""
    figures = [
        node
        for node in doctree.findall(lambda node: isinstance(node, FIGURE_NODES))
        if node.get("alt")
    ]
    domain = docname_to_domain(docname, app.config.gettext_compact)
    if app.builder.name == "gettext":
        from sphinx.builders.gettext import MsgOrigin

        for node in figures:
            app.builder.catalogs[domain].add(node["alt"], MsgOrigin(node.source or "", node.line))
        return
    if _language(app.config) != SOURCE_LANGUAGE:
        dirs = [str(Path(app.srcdir, d)) for d in app.config.locale_dirs]
        catalogue, _found = init_locale(dirs, app.config.language, domain)
        for node in figures:
            node["alt"] = catalogue.gettext(node["alt"])
    for node in figures:
        if isinstance(node, imgsgnode):  # sphinx-gallery writes it into the tag unescaped
            node["alt"] = html.escape(node["alt"])


#: The alt text of an activation's thumbnail (``thumbnails.py`` draws f and f' in one frame).
THUMBNAIL_ALT = "{title} and its derivative"
_ACTIVATION_THUMBNAIL = re.compile(r"/thumb/sphx_glr_plot_(\w+)_thumb\.png$")


def _thumbnail_alt_texts(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Say what an activation's thumbnail shows, after ``site_assets`` named it by its title."""
    import activations

    for image in doctree.findall(nodes.image):
        found = _ACTIVATION_THUMBNAIL.search(image.get("uri", ""))
        if found and found.group(1) in activations.catalog and image.get("alt"):
            image["alt"] = _(THUMBNAIL_ALT).format(title=image["alt"])


def glossary_sort_key(japanese: str, readings: dict[str, str]) -> tuple[int, str]:
    """Where a Japanese glossary term sorts: Latin-letter terms first, the others by reading."""
    term = japanese.split("（")[0].strip()
    if term in readings:
        return (1, kana_key(readings[term]))
    if re.fullmatch(r"[\u30a0-\u30ff\u3040-\u309f]+", term):  # kana: its own reading
        return (1, kana_key(term))
    return (0, term.casefold())


def _glossary_in_reading_order(app: Sphinx, doctree: nodes.document) -> None:
    """Sort the entries of the Japanese glossary by the reading of their term."""
    if _language(app.config) == SOURCE_LANGUAGE or app.env.docname != "glossary":
        return
    from sphinx import addnodes

    path = Path(app.confdir) / "terminology.toml"
    with path.open("rb") as handle:
        terms = tomllib.load(handle)["term"]
    readings = {t["ja"]: t["reading"] for t in terms if "reading" in t}
    for glossary in doctree.findall(addnodes.glossary):
        for dlist in glossary.findall(nodes.definition_list):
            items = list(dlist.children)
            items.sort(key=lambda item: glossary_sort_key(item[0].astext(), readings))
            dlist.children = items


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", _config_inited, priority=100)
    app.connect("builder-inited", _builder_inited)
    app.connect("html-page-context", _page_context, priority=900)
    app.connect("doctree-resolved", _figure_alt_texts)
    app.connect("doctree-resolved", _thumbnail_alt_texts, priority=600)  # after site_assets
    app.connect("doctree-read", _glossary_in_reading_order)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
