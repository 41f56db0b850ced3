"""Checks of the built site (``make html`` output), run by ``make test`` after the build.

The site directory is ``$SITE_DIR`` (default ``_build/html``). Without a built site these
tests are skipped with a reason, except under ``CI=true`` where a missing site fails.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

import activations

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
import site_config  # noqa: E402  (docs/_ext, path above)

SITE = Path(os.environ.get("SITE_DIR", ROOT / "_build" / "html")).resolve()
SITE_URL = site_config.site_url()  # None: the site was built without an address
# Built with SITE_URL (the Pages workflow), pages state their addresses; without it (a local
# build, .ci/run) they state none, and tests/test_site_url.py builds a small site with one.
with_address = pytest.mark.skipif(SITE_URL is None, reason="built without SITE_URL")
without_address = pytest.mark.skipif(SITE_URL is not None, reason="built with SITE_URL")
LANGUAGES = site_config.LANGUAGES
NAMES = list(activations.catalog)

# The root index.html is written last, after both languages built: a partial build is no site.
if not (SITE / "index.html").is_file():
    if os.environ.get("CI") == "true":
        raise RuntimeError(f"no built site at {SITE}: run `make html` first")
    pytest.skip(f"no built site at {SITE} (run `make html`)", allow_module_level=True)


# --- parsing -----------------------------------------------------------------------------


class Page(HTMLParser):
    """Links, resources, ids and a few attributes of one HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []  # <a href>: navigation
        self.loads: list[tuple[str, str]] = []  # (tag, url) fetched by the browser
        self.styles: list[str] = []
        self.lang: str | None = None
        self.lang_switch: list[str] = []
        self.alternates: dict[str, str] = {}
        self.canonical: str | None = None
        self.meta: dict[str, str] = {}
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: (v or "") for k, v in attrs}
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "a" and "name" in a:
            self.ids.add(a["name"])
        if tag == "html":
            self.lang = a.get("lang")
        if "style" in a:
            self.styles.append(a["style"])
        if tag == "style":
            self._in_style = True
        if tag == "a" and "href" in a:
            self.links.append(a["href"])
            if a.get("hreflang"):  # only the language switch templates emit <a hreflang>
                self.lang_switch.append(a["href"])
        if tag == "link":
            rel = set(a.get("rel", "").lower().split())
            href = a.get("href", "")
            if rel & {"stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"}:
                self.loads.append(("link", href))
            elif rel == {"alternate"} and a.get("hreflang"):
                self.alternates[a["hreflang"]] = href
            elif rel == {"canonical"}:
                self.canonical = href
            else:
                self.links.append(href)
        if tag == "meta" and a.get("content") is not None:
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a["content"]
        for attr in ("src", "data", "poster"):
            if attr in a and tag in {
                "script",
                "img",
                "iframe",
                "video",
                "audio",
                "source",
                "embed",
                "object",
                "input",
                "track",
            }:
                self.loads.append((tag, a[attr]))
        if "srcset" in a:
            for candidate in a["srcset"].split(","):
                if candidate.strip():
                    self.loads.append((tag, candidate.strip().split()[0]))

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False


@cache
def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def html_files() -> list[Path]:
    return sorted(p for p in SITE.rglob("*.html") if "_static" not in p.parts)


def lang_pages(lang: str) -> Iterator[Path]:
    for path in sorted((SITE / lang).rglob("*.html")):
        if not {"_static", "_downloads", "_sources", "_images"} & set(path.parts):
            yield path


def is_external(url: str) -> bool:
    return bool(urlsplit(url).scheme) or url.startswith("//")


def resolve(page: Path, url: str) -> tuple[Path, str]:
    """The file and fragment a site-relative ``url`` on ``page`` points at."""
    parts = urlsplit(url)
    site_path = urlsplit(SITE_URL or "/").path
    if parts.path.startswith(site_path) and parts.path.startswith("/"):
        target = SITE / unquote(parts.path[len(site_path) :])
    elif parts.path.startswith("/"):
        target = SITE / unquote(parts.path.lstrip("/"))
    elif parts.path:
        target = (page.parent / unquote(parts.path)).resolve()
    else:
        target = page
    if target.is_dir():
        target = target / "index.html"
    return target, unquote(parts.fragment)


# --- root files --------------------------------------------------------------------------


def test_root_files() -> None:
    for name in ("index.html", "404.html", ".nojekyll"):
        assert (SITE / name).is_file(), f"missing {name} at the site root"
    root = parse(SITE / "index.html")
    targets = {link for link in root.links if not is_external(link)}
    assert {"en/index.html", "ja/index.html"} <= targets, "root index.html lacks visible links"
    for lang in LANGUAGES:
        assert (SITE / lang / "index.html").is_file()


@with_address
def test_sitemap_lists_both_languages_with_alternates() -> None:
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    tree = ET.parse(SITE / "sitemap.xml")
    urls = tree.getroot().findall("s:url", ns)
    locs = {u.findtext("s:loc", namespaces=ns) for u in urls}
    for lang in LANGUAGES:
        assert f"{SITE_URL}{lang}/index.html" in locs
        for name in NAMES:
            assert f"{SITE_URL}{lang}/auto_examples/plot_{name}.html" in locs, name
    for url in urls:
        langs = {x.get("hreflang") for x in url.findall("x:link", ns)}
        assert langs == set(LANGUAGES), url.findtext("s:loc", namespaces=ns)


# --- every catalogue entry has its pages -------------------------------------------------


@cache
def api_page(lang: str, name: str) -> Path | None:
    matches = sorted((SITE / lang).rglob(f"activations.{name}.html"))
    return matches[0] if matches else None


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_entry_has_gallery_and_api_pages(name: str, lang: str) -> None:
    gallery = SITE / lang / "auto_examples" / f"plot_{name}.html"
    assert gallery.is_file(), f"{lang}: no gallery page for {name} (gallery/plot_{name}.py?)"
    assert "sphx-glr-single-img" in gallery.read_text(encoding="utf-8") or (
        "sphx-glr-multi-img" in gallery.read_text(encoding="utf-8")
    ), f"{lang}: gallery page of {name} has no figure"
    for api_name in (name, f"{name}_derivative"):
        page = api_page(lang, api_name)
        assert page is not None, f"{lang}: no API page activations.{api_name}.html"
    text = api_page(lang, name).read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert "sphx-glr-thumbcontainer" in text, (
        f"{lang}: API page of activations.{name} has no mini-gallery "
        f"(does gallery/plot_{name}.py call activations.{name}?)"
    )
    assert f"plot_{name}.html" in text, f"{lang}: mini-gallery of {name} misses plot_{name}"
    thumbnails = re.findall(r"<img[^>]*sphx_glr_\w+_thumb[^>]*>", text)
    eager = [tag for tag in thumbnails if 'loading="lazy"' not in tag]
    assert thumbnails and not eager, f"{lang}: thumbnails of {name}'s API page load eagerly"


def test_backreferences_not_emptied() -> None:
    index = ROOT / "docs" / "gen_modules" / "backreferences" / "backreferences_all.json"
    if index.exists():
        data = json.loads(index.read_text(encoding="utf-8"))
        assert data, "backreferences_all.json is empty (sphinx-gallery later-build bug)"


# --- links, anchors, hosts ---------------------------------------------------------------


def test_internal_links_and_anchors_resolve() -> None:
    broken: list[str] = []
    for path in html_files():
        page = parse(path)
        for url in page.links + [u for _, u in page.loads]:
            if not url or is_external(url) or url.startswith(("mailto:", "javascript:", "data:")):
                continue
            target, fragment = resolve(path, url)
            rel = path.relative_to(SITE)
            if not target.exists():
                broken.append(f"{rel}: {url} (no file)")
            elif fragment and target.suffix == ".html" and fragment not in parse(target).ids:
                broken.append(f"{rel}: {url} (no anchor #{fragment})")
    assert not broken, f"{len(broken)} broken links:\n" + "\n".join(broken[:50])


CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+)""")
CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'");\s]+)""")


def _foreign(url: str) -> bool:
    if url.startswith("//"):
        return True
    if urlsplit(url).scheme in {"http", "https"}:
        return SITE_URL is None or not url.startswith(SITE_URL)
    return False


def test_nothing_is_loaded_from_another_host() -> None:
    offenders: list[str] = []
    for path in html_files():
        page = parse(path)
        rel = path.relative_to(SITE)
        for tag, url in page.loads:
            if _foreign(url):
                offenders.append(f"{rel}: <{tag}> {url}")
        for style in page.styles:
            for url in CSS_URL.findall(style) + CSS_IMPORT.findall(style):
                if _foreign(url):
                    offenders.append(f"{rel}: style url({url})")
    for css in SITE.rglob("*.css"):
        text = css.read_text(encoding="utf-8", errors="replace")
        for url in CSS_URL.findall(text) + CSS_IMPORT.findall(text):
            if _foreign(url):
                offenders.append(f"{css.relative_to(SITE)}: url({url})")
            elif (
                not urlsplit(url).scheme
                and not (css.parent / url.split("?")[0].split("#")[0]).exists()
            ):
                offenders.append(f"{css.relative_to(SITE)}: url({url}) missing")
    assert not offenders, "\n".join(offenders[:50])


def test_no_cdn_in_javascript() -> None:
    pattern = re.compile(r"https?://(cdn\.|unpkg\.|fonts\.(googleapis|gstatic)|cdnjs\.)")
    offenders = [
        str(js.relative_to(SITE))
        for js in SITE.rglob("*.js")
        if pattern.search(js.read_text(encoding="utf-8", errors="replace"))
    ]
    assert not offenders, offenders


# --- both languages: lang, switch, alternates, canonical, metadata, math ----------------


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_declare_language_and_link_their_twin(lang: str) -> None:
    other = "ja" if lang == "en" else "en"
    problems: list[str] = []
    for path in lang_pages(lang):
        page = parse(path)
        rel = path.relative_to(SITE / lang).as_posix()
        if page.lang != lang:
            problems.append(f"{lang}/{rel}: lang={page.lang!r}")
        if not page.lang_switch:
            problems.append(f"{lang}/{rel}: no language switch")
        for href in page.lang_switch:
            target, _ = resolve(path, href)
            if target != (SITE / other / rel).resolve():
                problems.append(f"{lang}/{rel}: switch goes to {href}")
    assert not problems, "\n".join(problems[:50])


@with_address
@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_state_their_addresses(lang: str) -> None:
    other = "ja" if lang == "en" else "en"
    problems: list[str] = []
    for path in lang_pages(lang):
        page = parse(path)
        rel = path.relative_to(SITE / lang).as_posix()
        if page.alternates.get(other) != f"{SITE_URL}{other}/{rel}":
            problems.append(f"{lang}/{rel}: hreflang {other} = {page.alternates.get(other)}")
        if page.alternates.get(lang) != f"{SITE_URL}{lang}/{rel}":
            problems.append(f"{lang}/{rel}: hreflang {lang} = {page.alternates.get(lang)}")
        if (
            rel not in {"search.html", "genindex.html"}
            and page.canonical != f"{SITE_URL}{lang}/{rel}"
        ):
            problems.append(f"{lang}/{rel}: canonical {page.canonical}")
    assert not problems, "\n".join(problems[:50])


@without_address
def test_no_address_without_site_url() -> None:
    """No canonical link, alternate, og:url or sitemap, and no placeholder address anywhere."""
    problems: list[str] = []
    for path in html_files():
        page = parse(path)
        rel = path.relative_to(SITE)
        if page.canonical or page.alternates or "og:url" in page.meta:
            problems.append(f"{rel}: canonical={page.canonical} alternates={page.alternates}")
        if "example.github.io" in path.read_text(encoding="utf-8"):
            problems.append(f"{rel}: placeholder address")
    assert not (SITE / "sitemap.xml").exists(), "a sitemap without an address"
    assert not problems, "\n".join(problems[:50])


@with_address
@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_gallery_page_preview_is_its_own_figure(name: str, lang: str) -> None:
    page = parse(SITE / lang / "auto_examples" / f"plot_{name}.html")
    image = page.meta.get("og:image", "")
    assert image.startswith(f"{SITE_URL}{lang}/_images/sphx_glr_plot_{name}_"), image
    assert page.meta.get("twitter:card") == "summary_large_image"
    assert page.meta.get("og:url") == f"{SITE_URL}{lang}/auto_examples/plot_{name}.html"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_math_is_prerendered(lang: str) -> None:
    raw = re.compile(r'class="math[^"]*">\s*(\\\(|\\\[|\$)')
    pages_with_math = 0
    for path in lang_pages(lang):
        text = path.read_text(encoding="utf-8")
        assert not raw.search(text), f"{path.relative_to(SITE)}: math left as raw TeX"
        pages_with_math += 'class="katex"' in text
    assert pages_with_math, "no page has KaTeX output"


class MathText(HTMLParser):
    """The characters that KaTeX's rendered math (its ``katex-html`` part) shows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # open elements inside a katex-html span, 0 outside
        self.chars: set[int] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.depth or "katex-html" in (dict(attrs).get("class") or "").split():
            self.depth += tag not in Prose.VOID

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(self.depth - 1, 0)

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.chars.update(map(ord, data))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_katex_fonts_keep_every_character_of_the_math(lang: str) -> None:
    """The subset fonts (docs/_ext/katex_fonts.py) are smaller and miss nothing the math shows."""
    from fontTools.ttLib import TTFont

    math = MathText()
    for path in lang_pages(lang):
        math.feed(path.read_text(encoding="utf-8"))
    assert len(math.chars) > 20, "no rendered math found"
    source = ROOT / "docs" / "_static" / "katex" / "fonts"
    built = SITE / lang / "_static" / "katex" / "fonts"
    for font in sorted(source.glob("*.woff2")):
        full = set(TTFont(font).getBestCmap())
        kept = set(TTFont(built / font.name).getBestCmap())
        missing = sorted(chr(c) for c in (full & math.chars) - kept)
        assert not missing, f"{lang}: {font.name} lost {missing}"
    size = sum(p.stat().st_size for p in built.glob("*.woff2"))
    assert size < 0.8 * sum(p.stat().st_size for p in source.glob("*.woff2")), "fonts not subset"


# --- the Japanese site reads in Japanese -------------------------------------------------


class Prose(HTMLParser):
    """The visible prose of a page's <article>: no code, math, citations or signatures."""

    VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"})
    SKIP_TAGS = frozenset({"pre", "code", "kbd", "script", "style", "svg", "math"})
    SKIP_CLASSES = frozenset(
        {"katex", "math", "citation", "highlight", "sphx-glr-script-out", "headerlink"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped) of the open elements
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        classes = set((dict(attrs).get("class") or "").split())
        self.stack.append((tag, tag in self.SKIP_TAGS or bool(classes & self.SKIP_CLASSES)))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, -1, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        tags = [tag for tag, _ in self.stack]
        if "article" in tags and not any(skipped for _, skipped in self.stack):
            self.parts.append(" ".join(data.split()))


# Quoted titles (papers, error messages) and autosummary signatures are not prose to translate.
_QUOTED = re.compile(r"「[^」]*」|“[^”]*”|\"[^\"]*\"|\(x(?:\[[^\]]*\])?\)")
# Four or more Latin words in a row, at least two of them lower-case: an English phrase.
# (Within one text node: the titles of two neighbouring thumbnails are no phrase.)
_LATIN_RUN = re.compile(r"(?:\b[A-Za-z][a-z'’-]*[,;:]? +){3,}[A-Za-z][a-z'’-]*\b")


def _english_terms() -> set[str]:
    import tomllib

    with (ROOT / "docs" / "terminology.toml").open("rb") as handle:
        terms = tomllib.load(handle)["term"]
    return {form.lower() for t in terms for form in [t["en"], *t.get("forms", [])]}


def english_phrases(html: str, allowed: set[str] = frozenset()) -> list[str]:
    prose = Prose()
    prose.feed(html)
    text = _QUOTED.sub(" ", "\n".join(prose.parts))
    runs = (m.group(0) for m in _LATIN_RUN.finditer(text))
    return [
        run
        for run in runs
        if sum(word[0].islower() for word in run.split()) >= 2 and run.lower() not in allowed
    ]


def test_english_phrase_detector() -> None:
    page = (
        "<article><p>導関数は<code>sigmoid(x) * (1 - sigmoid(x))</code>です。"
        "This sentence was left in English.</p>"
        "<p>D. Kingma「Adam: a method for stochastic optimization」</p></article>"
    )
    assert english_phrases(page) == ["This sentence was left in English"]


def test_japanese_pages_have_no_english_prose() -> None:
    """Glossary glosses (the English terms of terminology.toml) are the one exception."""
    allowed = _english_terms()
    found = {}
    for path in lang_pages("ja"):
        phrases = english_phrases(path.read_text(encoding="utf-8"), allowed)
        if phrases:
            found[str(path.relative_to(SITE))] = phrases[:3]
    assert not found, "English prose on the Japanese site:\n" + "\n".join(
        f"{page}: {phrases}" for page, phrases in found.items()
    )


def _template_strings() -> set[str]:
    """The translatable strings of the theme's templates and of ours."""
    import furo

    pattern = re.compile(r"""_\("([^"]+)"\)|_\('([^']+)'\)|\{% trans %\}([^{]+)\{% endtrans %\}""")
    templates = [*Path(furo.__file__).parent.rglob("*.html"), *(ROOT / "docs").rglob("*.html")]
    return {
        next(group for group in match.groups() if group)
        for path in templates
        if "_build" not in path.parts
        for match in pattern.finditer(path.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize("page", ["index.html", "search.html", "glossary.html"])
def test_japanese_chrome_is_translated(page: str) -> None:
    """Every theme string an English page shows is translated on the Japanese one (by Sphinx's
    catalogue or by ``sphinx.po``): short labels such as "Back to top" escape the prose test."""
    english = (SITE / "en" / page).read_text(encoding="utf-8")
    japanese = (SITE / "ja" / page).read_text(encoding="utf-8")
    untranslated = sorted(
        text for text in _template_strings() if text in english and text in japanese
    )
    assert not untranslated, f"ja/{page} shows theme strings in English: {untranslated}"


class Labels(HTMLParser):
    """The labels a screen reader announces (title, aria-label, placeholder, SVG titles), with
    the language declared for them; alt texts are checked with the figures."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: list[str] = []
        self.langs: list[str | None] = []
        self.in_svg_title = False
        self.svg_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag not in VOID_ELEMENTS:
            self.langs.append(attributes.get("lang"))
        if "en" in self.langs or attributes.get("lang") == "en":
            return  # the switch to the English page speaks English, and says so
        self.labels += [
            attributes[a] or "" for a in ("title", "aria-label", "placeholder") if a in attributes
        ]
        self.svg_depth += tag == "svg"
        self.in_svg_title = tag == "title" and self.svg_depth > 0

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_ELEMENTS and self.langs:
            self.langs.pop()
        self.svg_depth -= tag == "svg"
        self.in_svg_title = False

    def handle_data(self, data: str) -> None:
        if self.in_svg_title and "en" not in self.langs:
            self.labels.append(data)


TITLE = re.compile(r"<title>(.*?) - activations</title>")
VOID_ELEMENTS = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# A word of English: two or more letters with a lower-case run (not an acronym such as GELU),
# outside code such as activations.elu or f(x).
_ENGLISH_WORD = re.compile(r"(?<![\w.(])[A-Za-z]?[a-z]{2,}(?![\w.(])")
_CODE = re.compile(r"\w+(?:[._]\w+)+")  # activations.elu, leaky_relu
_ENGLISH_PHRASE = re.compile(r"\b[A-Za-z][a-z]+ [a-z]{2,}\b")


def english_labels(html: str) -> list[str]:
    """Labels in English: with no Japanese, any English word; beside Japanese (a name such as
    ハード Swish (Hardswish) is fine), a phrase of English words."""
    parser = Labels()
    parser.feed(html)
    return [
        label
        for label in parser.labels
        if "f(x)" not in label
        and (
            _ENGLISH_PHRASE.search(label)
            or (not _JAPANESE.search(label) and _ENGLISH_WORD.search(_CODE.sub(" ", label)))
        )
    ]


def test_english_label_detector() -> None:
    page = (
        '<a title="Link to this heading">¶</a><svg><title>Menu</title></svg>'
        '<a title="activations.elu">elu</a><a title="ハード Swish (Hardswish)"></a>'
        '<input aria-label="Toggle navigation of リファレンス"><a lang="en" title="English version">EN</a>'
        "<title>GELU</title>"
    )
    assert english_labels(page) == [
        "Link to this heading",
        "Menu",
        "Toggle navigation of リファレンス",
    ]


def test_japanese_pages_label_in_japanese() -> None:
    """Labels that the theme or Sphinx write in English (the theme toggle, the icons, the ¶
    links, the navigation's toggles) are read out in Japanese on Japanese pages."""
    titles = {  # a link titled with the page it leads to (Mish, Leaky ReLU) names it
        m.group(1)
        for path in lang_pages("ja")
        for m in [TITLE.search(path.read_text(encoding="utf-8"))]
        if m
    }
    found = {}
    for path in lang_pages("ja"):
        labels = sorted(set(english_labels(path.read_text(encoding="utf-8"))) - titles)
        if labels:
            found[str(path.relative_to(SITE))] = labels[:4]
    assert not found, "English labels on the Japanese site:\n" + "\n".join(
        f"{page}: {labels}" for page, labels in list(found.items())[:20]
    )


def test_theme_labels_are_still_furos() -> None:
    """docs/_ext/theme_strings.py wraps furo's plain-English labels by their exact text: a furo
    release that rewords one must fail here, not leave it untranslated."""
    import furo
    import theme_strings

    templates = "".join(
        path.read_text(encoding="utf-8") for path in Path(furo.__file__).parent.rglob("*.html")
    )
    navigation = (Path(furo.__file__).parent / "navigation.py").read_text(encoding="utf-8")
    missing = [
        label
        for label in theme_strings.FURO_LABELS
        if f'aria-label="{label}"' not in templates and f"<title>{label}</title>" not in templates
    ]
    assert not missing, f"no longer in furo's templates: {missing}"
    assert 'f"Toggle navigation of {' in navigation


def test_copy_buttons_speak_the_page_language() -> None:
    """The Japanese site's copy buttons say コピー: sphinx-copybutton has no Japanese, so the
    translated build adds it to the script's message table (docs/_ext/theme_strings.py)."""
    import theme_strings

    package = Path(importlib.util.find_spec("sphinx_copybutton").origin).parent
    template = (package / "_static" / "copybutton.js_t").read_text(encoding="utf-8")
    assert theme_strings._COPYBUTTON_TABLE.search(template), "sphinx-copybutton changed its table"
    assert all(f"'{key}'" in template for key in theme_strings.COPYBUTTON_LABELS)
    japanese = (SITE / "ja" / "_static" / "copybutton.js").read_text(encoding="utf-8")
    found = re.search(r'const messages=\{"ja":(\{[^}]*\})', japanese)
    assert found, "no Japanese in the Japanese site's copybutton.js"
    labels = json.loads(found.group(1))
    assert labels.keys() == theme_strings.COPYBUTTON_LABELS.keys()
    assert all(re.search(r"[\u3040-\u30ff]", label) for label in labels.values()), labels
    assert '"ja"' not in (SITE / "en" / "_static" / "copybutton.js").read_text(encoding="utf-8")


class LinkedText(HTMLParser):
    """The text of a page's article and where each link in a paragraph or list item sits in it."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text = ""
        self.links: list[tuple[int, int]] = []  # (start, end) in text
        self._start: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID_ELEMENTS:
            self.stack.append(tag)
        if tag == "a" and "article" in self.stack and {"p", "li"} & set(self.stack):
            self._start = len(self.text)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self._start is not None:
            self.links.append((self._start, len(self.text)))
            self._start = None
        while self.stack and self.stack.pop() != tag:
            pass

    def handle_data(self, data: str) -> None:
        if "article" in self.stack:
            self.text += data


def bare_title_links(html: str, titles: set[str]) -> list[str]:
    """Links whose text is a page title, set into a Japanese sentence without 「」."""
    parser = LinkedText()
    parser.feed(html)
    text = parser.text
    return [
        text[max(start - 4, 0) : end + 4]
        for start, end in parser.links
        if text[start:end].strip() in titles
        and (
            _JAPANESE.match(text[start - 1 : start] or " ")
            or _JAPANESE.match(text[end : end + 1] or " ")
        )
        and not (text[start - 1 : start] == "「" and text[end : end + 1] == "」")
    ]


def test_bare_title_link_detector() -> None:
    page = (
        "<article><p>詳しくは<a href='a.html'>用語集</a>を見てください。"
        "詳しくは「<a href='a.html'>用語集</a>」を見てください。</p>"
        "<ul><li><a href='a.html'>用語集</a></li></ul></article>"
    )
    assert bare_title_links(page, {"用語集"}) == ["詳しくは用語集を見てく"]


def test_japanese_title_links_sit_in_brackets() -> None:
    """A link that names a page inside a Japanese sentence is set in 「」, as Japanese
    technical writing quotes titles; lists of links and thumbnails need none."""
    texts = {path: path.read_text(encoding="utf-8") for path in lang_pages("ja")}
    titles = {m.group(1) for text in texts.values() for m in [TITLE.search(text)] if m}
    found = {
        str(path.relative_to(SITE)): links
        for path, text in texts.items()
        if (links := bare_title_links(text, titles))
    }
    assert not found, f"title links without 「」: {found}"


# --- descriptions, structured data, downloads ---------------------------------------------

UNDESCRIBED = {"search.html", "genindex.html", "py-modindex.html"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pages_have_their_own_description(lang: str) -> None:
    """Each page's meta description is its first prose, not a list of links or table cells."""
    seen: dict[str, str] = {}
    problems: list[str] = []
    for path in lang_pages(lang):
        rel = path.relative_to(SITE / lang).as_posix()
        if rel in UNDESCRIBED:
            continue
        text = parse(path).meta.get("description", "")
        if not (30 if lang == "en" else 15) <= len(text) <= 161:
            problems.append(f"{rel}: {len(text)} characters: {text!r}")
        if re.search(r"[,.:;、。]\s*[,.:;、。]|\\[a-z]+|Examples using", text):
            problems.append(f"{rel}: not prose: {text!r}")
        if lang == "ja" and not re.search(r"[ぁ-んァ-ン一-龯]", text):
            problems.append(f"{rel}: no Japanese: {text!r}")
        if text in seen and not rel.endswith("_derivative.html"):
            problems.append(f"{rel}: same description as {seen[text]}")
        seen.setdefault(text, rel)
    assert not problems, "\n".join(problems[:30])


def structured_data(path: Path) -> list[dict]:
    scripts = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', path.read_text(encoding="utf-8")
    )
    return [json.loads(s.replace("<\\/", "</")) for s in scripts]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", NAMES)
def test_activation_pages_carry_structured_data(name: str, lang: str) -> None:
    record = activations.catalog[name]
    title = record.title_ja if lang == "ja" else record.title_en
    for path in (SITE / lang / "auto_examples" / f"plot_{name}.html", api_page(lang, name)):
        [data] = structured_data(path)
        assert data["@type"] == "TechArticle" and data["inLanguage"] == lang, path
        assert data["about"] == {
            "@type": "DefinedTerm",
            "name": title,
            "termCode": name,
            "inDefinedTermSet": "activations",
        }, path
        assert data["description"] == parse(path).meta["description"], path
    assert not structured_data(SITE / lang / "index.html")


def download(lang: str, page: str, name: str) -> Path:
    """The file a page links as a download, checked to be linked."""
    html = (SITE / lang / page).read_text(encoding="utf-8")
    [href] = set(re.findall(rf'href="(\.\./\.\./_downloads/[0-9a-f]+/{re.escape(name)})"', html))
    return (SITE / lang / page).parent / href


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_downloads_hold_every_record(lang: str) -> None:
    import csv

    page = "reference/generated_catalog/comparison.html"
    records = json.loads(download(lang, page, "catalog.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in records] == NAMES
    with download(lang, page, "catalog.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [r["name"] for r in rows] == NAMES
    for data, row in zip(records, rows, strict=True):
        record = activations.catalog[data["name"]]
        assert data["formula"] == row["formula"] == record.formula
        assert data["derivative_formula"] == record.derivative_formula
        assert data["origin"]["year"] == record.origin.year == int(row["origin_year"])
        assert row["range"] == record.range.latex
        assert [p["default"] for p in data["params"]] == [p.default for p in record.params]
        for key, spec in record.frameworks.items():
            assert data["frameworks"][key]["call"] == spec.call
            assert row[f"{key}_call"] == (spec.call or "")
        assert [u["model"] for u in data["used_in"]] == [u.model for u in record.used_in]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_page_shows_the_citation(lang: str) -> None:
    from site_links import bibtex, citation

    html = (SITE / lang / "index.html").read_text(encoding="utf-8")
    assert 'id="cite-this"' in html
    text = re.sub(r"<[^>]+>", "", html.split('id="cite-this"', 1)[1])
    assert bibtex(citation()) in unescape(text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_gallery_figure_links_its_svg(lang: str) -> None:
    """A click on a figure opens it as SVG, at any size (figures.py)."""
    problems: list[str] = []
    for path in sorted((SITE / lang / "auto_examples").rglob("plot_*.html")):
        html = path.read_text(encoding="utf-8")
        figures = set(re.findall(r'src="[^"]*_images/(sphx_glr_\w+_\d{3})\.png"', html))
        linked = re.findall(
            r'<a class="figure-svg" href="([^"]+)/(sphx_glr_\w+_\d{3})\.svg">', html
        )
        if not figures or figures != {name for _, name in linked}:
            problems.append(f"{path.name}: figures {sorted(figures)}, linked {linked}")
        for folder, name in linked:
            svg = (path.parent / folder / f"{name}.svg").resolve()
            text = svg.read_text(encoding="utf-8") if svg.is_file() else ""
            if "<svg" not in text or "<dc:date>" in text:
                problems.append(f"{path.name}: {name}.svg missing, not SVG or dated")
    assert not problems, "\n".join(problems[:20])


def test_downloaded_examples_carry_the_licence() -> None:
    """Every downloadable example states its licences on top: the .py and the notebook."""
    import zipfile

    from site_config import licence_header

    header = licence_header()
    problems: list[str] = []
    for lang in LANGUAGES:
        for path in sorted((SITE / lang / "_downloads").glob("*/*")):
            if path.suffix == ".py" and not path.read_text("utf-8").startswith(header):
                problems.append(f"{lang}: {path.name}")
            elif path.suffix == ".ipynb":
                first = json.loads(path.read_text("utf-8"))["cells"][0]
                if "".join(first["source"]) != header.rstrip("\n"):
                    problems.append(f"{lang}: {path.name}: first cell {first['source'][:1]}")
            elif path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    for name in archive.namelist():
                        text = archive.read(name).decode("utf-8")
                        if name.endswith(".py") and not text.startswith(header):
                            problems.append(f"{lang}: {path.name}/{name}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_states_its_licences_and_sources(lang: str) -> None:
    """The footer: both licences, the repository, and the file the page is made from."""
    repository = site_config.repository_url()
    problems: list[str] = []
    for path in lang_pages(lang):
        rel = path.relative_to(SITE / lang).as_posix()
        html = path.read_text(encoding="utf-8")
        footer = html.rsplit('<div class="site-provenance">', 1)[-1]
        if 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' not in footer:
            problems.append(f"{rel}: no CC BY 4.0 licence")
        if f'href="{repository}/blob/main/LICENSE" rel="license"' not in footer:
            problems.append(f"{rel}: no code licence")
        if f'<a href="{repository}">' not in footer:
            problems.append(f"{rel}: no repository link")
        source = re.search(rf'href="{re.escape(repository)}/(?:blob|tree)/main/([^"#]+)', footer)
        made_by_sphinx = rel in {"search.html", "genindex.html", "py-modindex.html"}
        if not made_by_sphinx and not (source and (ROOT / source.group(1)).exists()):
            problems.append(f"{rel}: source {source and source.group(1)}")
    assert not problems, "\n".join(problems[:20])
