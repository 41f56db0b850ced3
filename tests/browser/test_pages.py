"""Every page of both languages, as a reader's browser sees it (headless Chromium).

One visit per page on a phone-sized screen checks: no console error, no failed request, nothing
loaded from another host, every image loaded and described, math rendered (no raw TeX left), no
horizontal scrolling, a link to the same page in the other language, no CSS rule cut from the
stylesheets that the page would use, and no serious or critical axe-core violation.  Failures
are collected over all pages and reported together.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from urllib.parse import urljoin, urlparse

import numpy as np
import pytest

from .conftest import LANGUAGES, ROOT, SITE, built_pages

PHONE = {"width": 390, "height": 844}
TWIN = dict(zip(LANGUAGES, reversed(LANGUAGES), strict=True))  # a two-language site

PAGE_REPORT = """() => {
  const text = (root) => {
    const copy = root.cloneNode(true);
    copy.querySelectorAll("pre, code, .highlight, script, style, .katex-mathml").forEach((n) => n.remove());
    return copy.textContent;
  };
  const images = [...document.images];
  return {
    brokenImages: images.filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.src),
    imagesWithoutAlt: images
      .filter((i) => !i.alt.trim() && i.getAttribute("role") !== "presentation" && !i.closest("[aria-hidden=true]"))
      .map((i) => i.src),
    rawTex: (text(document.querySelector("article") || document.body).match(/\\\\(frac|sigma|alpha|begin|operatorname|mathrm|infty)\\b|\\$\\$/g) || []),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    twin: [...document.querySelectorAll("a[hreflang]")].map((a) => a.href),
  };
}"""

# Thumbnails load lazily (below the fold); load them now so that each is checked like any image.
LOAD_LAZY_IMAGES = """async () => {
  const lazy = [...document.images].filter((i) => i.loading === "lazy");
  lazy.forEach((i) => { i.loading = "eager"; });
  await Promise.all(lazy.map((i) => i.decode().catch(() => null)));
  return lazy.length;
}"""

AXE_RUN = """async () => {
  const result = await axe.run(document, {resultTypes: ["violations"]});
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), e.g. ${v.nodes[0].target.join(" ")}`);
}"""


# The stylesheets as their packages ship them: docs/_ext/lean_static.py cuts the site's copies.
SHIPPED_STYLESHEETS = {
    "styles/furo.css": ("furo", "theme/furo/static/styles/furo.css"),
    "katex/katex.min.css": (None, "docs/_static/katex/katex.min.css"),
    "sg_gallery.css": ("sphinx_gallery", "_static/sg_gallery.css"),
    "copybutton.css": ("sphinx_copybutton", "_static/copybutton.css"),
}
# States any element may enter (:hover, :focus, ::before...): stripped before matching.
_STATE = re.compile(r"::?[a-z-]+(?!\()")


def style_selectors(css: str) -> list[str]:
    """The selectors of ``css``'s style rules, those inside @media and @supports too."""
    import tinycss2

    def walk(rules):
        for rule in rules:
            if rule.type == "qualified-rule":
                yield from tinycss2.serialize(rule.prelude).split(",")
            elif rule.type == "at-rule" and rule.lower_at_keyword in {"media", "supports"}:
                yield from walk(tinycss2.parse_rule_list(rule.content, True, True))

    return list(walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)))


def cut_selectors(language: str) -> list[str]:
    """The shipped stylesheets' selectors missing from the site's cut copies, states stripped."""
    cut = set()
    for built, (package, path) in SHIPPED_STYLESHEETS.items():
        folder = ROOT if package is None else Path(__import__(package).__file__).parent
        shipped = style_selectors((folder / path).read_text(encoding="utf-8"))
        site = SITE / language / "_static" / built
        kept = {re.sub(r"\s+", "", s) for s in style_selectors(site.read_text(encoding="utf-8"))}
        cut |= {_STATE.sub("", s).strip() for s in shipped if re.sub(r"\s+", "", s) not in kept}
    return sorted(cut - {""})


MATCHED = """(selectors) => selectors.filter((s) => {
  try { return document.querySelector(s) !== null; } catch (e) { return false; }
})"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page(language, site_url, browser, axe_source):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2)
    page = context.new_page()
    problems: dict[str, list[str]] = {}
    current: list[str] = []
    page.on("console", lambda m: m.type == "error" and current.append(f"console: {m.text}"))
    page.on("pageerror", lambda e: current.append(f"script error: {e}"))
    page.on("requestfailed", lambda r: current.append(f"failed request: {r.url}"))
    page.on(
        "request",
        lambda r: (
            urlparse(r.url).hostname not in (None, "127.0.0.1")
            and not r.url.startswith("data:")
            and current.append(f"request to another host: {r.url}")
        ),
    )
    pages = built_pages(language)
    assert len(pages) > 20, f"only {len(pages)} pages built for {language}"
    cut = cut_selectors(language)
    assert len(cut) > 200, f"only {len(cut)} CSS selectors cut: is docs/_ext/lean_static.py on?"
    for path in pages:
        current.clear()
        url = f"{site_url}/{path}"
        response = page.goto(url, wait_until="load")
        if response is None or response.status != 200:
            current.append(f"HTTP {response and response.status}")
        page.evaluate(LOAD_LAZY_IMAGES)
        report = page.evaluate(PAGE_REPORT)
        current += [f"broken image: {src}" for src in report["brokenImages"]]
        current += [f"image without alt text: {src}" for src in report["imagesWithoutAlt"]]
        if report["rawTex"]:
            current.append(f"raw TeX in the page: {sorted(set(report['rawTex']))}")
        if report["overflow"] > 1:
            current.append(f"scrolls horizontally by {report['overflow']} px on a phone")
        current += [f"uses a cut CSS rule: {s}" for s in page.evaluate(MATCHED, cut)]
        twin_path = path.replace(f"{language}/", f"{TWIN[language]}/", 1)
        if urljoin(url, f"/{twin_path}") not in report["twin"]:
            current.append(f"no link to the other language ({twin_path}); links: {report['twin']}")
        page.add_script_tag(content=axe_source)
        current += [f"axe: {v}" for v in page.evaluate(AXE_RUN)]
        if current:
            problems[path] = list(current)
    context.close()
    assert not problems, "\n".join(f"{p}:\n  " + "\n  ".join(v) for p, v in problems.items())


SEARCHES = [
    ("en", "sigmoid", "auto_examples/plot_sigmoid.html"),
    ("ja", "シグモイド", "auto_examples/plot_sigmoid.html"),
    ("ja", "活性化関数", "index.html"),
    ("ja", "導関数", "auto_examples/plot_sigmoid.html"),
    ("ja", "勾配消失", "explanation/vanishing-gradients.html"),
]


@pytest.mark.parametrize(("language", "query", "expected"), SEARCHES)
def test_search_finds_the_page(language, query, expected, site_url, browser):
    page = browser.new_page()
    page.goto(f"{site_url}/{language}/search.html?q={query}", wait_until="load")
    # Results appear one by one (each fetches its page for the snippet); wait until the
    # expected page is listed or the search has finished (the summary line is written).
    page.wait_for_function(
        """(expected) => [...document.querySelectorAll('#search-results ul.search li a')]
             .some((a) => a.href.split('#')[0].endsWith(expected))
           || document.querySelector('#search-results .search-summary')?.textContent.trim()""",
        arg=f"/{language}/{expected}",
        timeout=60_000,
    )
    found = page.eval_on_selector_all("#search-results ul.search li a", "as => as.map(a => a.href)")
    page.close()
    assert any(href.split("#")[0].endswith(f"/{language}/{expected}") for href in found), (
        f"searching {query!r} on the {language} site did not find {expected}: {found[:10]}"
    )


KEY_PAGES = ["index.html", "auto_examples/plot_sigmoid.html", "auto_examples/plot_gelu.html"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_figures_stay_readable_and_screenshots(language, scheme, site_url, browser):
    context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    shots = SITE.parent / "screenshots"
    shots.mkdir(exist_ok=True)
    for path in KEY_PAGES:
        page.goto(f"{site_url}/{language}/{path}", wait_until="load")
        page.screenshot(
            path=shots / f"{language}-{path.replace('/', '-')}-{scheme}.png", full_page=False
        )
        styles = page.eval_on_selector_all(
            "img.sphx-glr-single-img, img.sphx-glr-multi-img",
            "imgs => imgs.map(i => { const s = getComputedStyle(i); return [s.filter, s.opacity, s.mixBlendMode]; })",
        )
        for filt, opacity, blend in styles:
            assert filt == "none" and float(opacity) == 1.0 and blend == "normal", (
                f"{language}/{path} in {scheme} mode alters figures: filter={filt}, opacity={opacity}"
            )
        lang = page.get_attribute("html", "lang")
        assert lang == language, f"{language}/{path} declares lang={lang!r}"
        if scheme == "dark":
            page.evaluate(LOAD_LAZY_IMAGES)
            for image in page.query_selector_all("article img"):
                if image.is_visible() and (white := white_fraction(image.screenshot())) > 0.02:
                    pytest.fail(f"{language}/{path}: a white box in dark mode ({white:.0%} white)")
    context.close()


def white_fraction(png: bytes) -> float:
    """The share of near-white pixels in a screenshot (a figure's box on a dark page)."""
    from PIL import Image

    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("L"))
    return float((pixels > 230).mean())


# Wide tables scroll inside their wrapper, never the page; no value breaks one character per
# line (a cell's own text stays within two lines of its font); in print every column fits.
TABLE_REPORT = """() => {
  const lines = (cell) => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const height = [...range.getClientRects()].reduce((h, r) => Math.max(h, r.bottom), 0)
      - Math.min(...[...range.getClientRects()].map((r) => r.top));
    return height / parseFloat(getComputedStyle(cell).lineHeight || "20");
  };
  const problems = [];
  document.querySelectorAll("article table").forEach((table, t) => {
    const wrapper = table.closest(".table-wrapper") || table.parentElement;
    if (table.getBoundingClientRect().width > wrapper.scrollWidth + 1) problems.push(`table ${t} clipped`);
    table.querySelectorAll("td, th").forEach((cell) => {
      const text = cell.innerText.trim();
      if (text.length > 0 && text.length <= 6 && !cell.querySelector(".katex") && lines(cell) > 2.2)
        problems.push(`table ${t}: '${text}' breaks over ${lines(cell).toFixed(1)} lines`);
    });
  });
  if (document.documentElement.scrollWidth > window.innerWidth + 1)
    problems.push(`page scrolls sideways by ${document.documentElement.scrollWidth - window.innerWidth} px`);
  return problems;
}"""
TABLE_PAGES = ["reference/generated_catalog/comparison.html", "explanation/kinks.html"]


@pytest.mark.parametrize("width", [1280, 1366, 390])
@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_read_at_every_width(language, width, site_url, browser):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    problems = {}
    for path in TABLE_PAGES:
        page.goto(f"{site_url}/{language}/{path}", wait_until="load")
        if found := page.evaluate(TABLE_REPORT):
            problems[path] = found[:10]
    context.close()
    assert not problems, problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_fit_a_printed_page(language, site_url, browser):
    """In print (A4 at 96 dpi, 794 px less margins) no table is wider than the text."""
    context = browser.new_context(viewport={"width": 718, "height": 1000})
    page = context.new_page()
    page.emulate_media(media="print")
    problems = {}
    for path in TABLE_PAGES:
        page.goto(f"{site_url}/{language}/{path}", wait_until="load")
        widths = page.eval_on_selector_all(
            "article table",
            "ts => ts.map(t => [t.scrollWidth, t.closest('article').clientWidth])",
        )
        if wide := [w for w in widths if w[0] > w[1] + 1]:
            problems[path] = wide
    context.close()
    assert not problems, problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_tables_sort_by_any_column(language, site_url, browser):
    """A header is a button: the first press sorts its column ascending, the next descending."""
    page = browser.new_page()
    page.goto(f"{site_url}/{language}/reference/generated_catalog/comparison.html")
    table = page.locator("article table").nth(1)  # the properties
    headers = table.locator("thead th")
    column = lambda i: table.locator("tbody tr").evaluate_all(  # noqa: E731
        f"rows => rows.map(r => r.cells[{i}].innerText.trim())"
    )
    assert headers.count() > 3
    catalogue_order = column(0)
    for i in (0, headers.count() - 1):
        button = headers.nth(i).locator("button.sort-button")
        button.focus()
        page.keyboard.press("Enter")  # from the keyboard, as with a click
        assert headers.nth(i).get_attribute("aria-sort") == "ascending"
        ascending = column(i)
        button.click()
        assert headers.nth(i).get_attribute("aria-sort") == "descending"
        descending = column(i)
        assert descending[0] == ascending[-1] and descending[-1] == ascending[0]
        assert sorted(descending) == sorted(ascending)
    page.locator("article table").nth(1).locator("thead th").nth(0).locator("button").click()
    names = column(0)
    assert names != catalogue_order and sorted(names) == sorted(catalogue_order)
    assert len(names) == len(set(names)) > 8
    page.close()


PRINTED = """() => ({
  shown: ['.skip-to-content', '.sidebar-drawer', '.toc-drawer', '.mobile-header', '.back-to-top']
    .filter((s) => document.querySelector(s))
    .filter((s) => getComputedStyle(document.querySelector(s)).display !== 'none'),
  arrows: [...document.querySelectorAll('.sort-button')]
    .map((b) => getComputedStyle(b, '::after').content)
    .filter((c) => c !== 'none'),
})"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_printed_table_has_no_navigation_or_sort_arrows(language, site_url, browser):
    """A lecturer prints the comparison: the table alone, even after sorting it."""
    page = browser.new_page()
    page.goto(f"{site_url}/{language}/reference/generated_catalog/comparison.html")
    page.locator("article table").nth(1).locator("thead th button").first.click()  # aria-sort
    page.emulate_media(media="print")
    printed = page.evaluate(PRINTED)
    page.close()
    assert printed == {"shown": [], "arrows": []}, printed


COPY = """(select) => {
  const range = document.createRange();
  select(range);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  const data = new DataTransfer();
  document.dispatchEvent(new ClipboardEvent("copy", {clipboardData: data, bubbles: true}));
  return data.getData("text/plain");
}"""


def copy(page, select: str) -> str:
    return page.evaluate(f"() => ({COPY})({select})")


def test_copied_formulas_and_tables_are_clean_text(site_url, browser):
    """A formula is copied as its LaTeX once; table rows as tab-separated lines."""
    page = browser.new_page()
    page.goto(f"{site_url}/en/reference/generated_catalog/comparison.html")
    tex = page.evaluate(
        "() => document.querySelector('article table .katex annotation').textContent"
    )
    formula = copy(page, "(r) => r.selectNode(document.querySelector('article table .katex'))")
    assert formula == f"${tex}$"
    rows = copy(
        page,
        "(r) => { const rows = document.querySelectorAll('article table tbody tr');"
        " r.setStartBefore(rows[0]); r.setEndAfter(rows[1]); }",
    ).split("\n")
    cells = page.evaluate(
        "() => [...document.querySelector('article table tbody tr').cells].length"
    )
    assert len(rows) == 2 and all(row.count("\t") == cells - 1 for row in rows), rows
    assert rows[0].split("\t")[1].startswith("$") and "\n" not in rows[0], rows
    page.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_language_switch_keeps_the_place(language, site_url, browser):
    """The twin page opens at the section being read; the search page keeps its query."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    section = "explanation/kinks.html#where-the-frameworks-differ"
    page.goto(f"{site_url}/{language}/{section}", wait_until="networkidle")
    page.locator(".sidebar-lang-switch a").click()  # the sidebar stays in view
    page.wait_for_load_state("load")
    assert page.url.endswith(
        f"/{TWIN[language]}/explanation/kinks.html#where-the-frameworks-differ"
    )
    assert page.locator("#where-the-frameworks-differ").count() == 1
    page.goto(f"{site_url}/{language}/search.html?q=ReLU")
    page.locator("a[hreflang] >> visible=true").first.click()
    page.wait_for_load_state("load")
    assert page.url.split("#")[0].endswith(f"/{TWIN[language]}/search.html?q=ReLU")
    page.close()
