"""The built site's search as a student uses it, in headless Chromium, both languages.

What a student types finds the page (a synonym of the site's word, a particle between words,
the katakana or Latin name of an activation), pages whose title names the query come first,
snippets read as text, the Japanese summary line says what was found, and the page a result
opens highlights the words searched, whole.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from .conftest import LANGUAGES

RESULTS = "#search-results ul.search li"
API = "reference/generated_catalog/functions"
# Once every result is listed, _finishSearch replaces the heading "Searching..." and its dots
# (Search._pulse_status is no sign: a pending tick of the dots sets it back to 0).
FINISHED = "() => Search.title && !Search.title.querySelector('span')"


def search(browser, site_url: str, language: str, query: str) -> tuple[list[dict], str]:
    """The results in order (title, page path, snippet) and the summary line."""
    page = browser.new_page()
    page.goto(f"{site_url}/{language}/search.html?q={quote(query)}", wait_until="load")
    page.wait_for_function(FINISHED)
    page.wait_for_load_state("networkidle")  # each text result fetches its page for a snippet
    results = page.eval_on_selector_all(
        RESULTS,
        """items => items.map((li) => ({
             title: li.querySelector('a').textContent,
             path: new URL(li.querySelector('a').href).pathname.split('/').slice(2).join('/'),
             snippet: li.querySelector('p.context')?.textContent || '',
           }))""",
    )
    summary = page.text_content("#search-results .search-summary") or ""
    page.close()
    return results, summary


def top(results: list[dict], n: int = 3) -> list[str]:
    return [r["path"] for r in results[:n]]


def test_a_particle_and_a_synonym_find_the_relu_pages(site_url, browser):
    # The site says 導関数; a student types 微分, joined to ReLU by の.
    results, _ = search(browser, site_url, "ja", "ReLUの微分")
    assert any("relu" in path and "leaky" not in path for path in top(results)), top(results)


def test_a_mixed_query_lists_only_pages_holding_every_word(site_url, browser):
    # Sphinx makes terms under three letters optional, and each Japanese bigram is one: without
    # the search page's filter, ReLUの微分 listed every page saying ReLU or 微分.
    both, _ = search(browser, site_url, "ja", "ReLUの微分")
    relu, _ = search(browser, site_url, "ja", "ReLU")
    derivative, _ = search(browser, site_url, "ja", "微分")
    paths = {r["path"] for r in both}
    assert paths <= {r["path"] for r in relu} & {r["path"] for r in derivative}
    assert 0 < len(paths) < len({r["path"] for r in relu})


@pytest.mark.parametrize(
    ("language", "query", "page"),
    [
        # The English site splits where Latin and Japanese script meet, as the Japanese does.
        ("en", "ReLUの微分", "activations.relu_derivative.html"),
        # 勾配 (gradient) is what a student may type for the derivative (search_ja).
        ("ja", "ReLUの勾配", "activations.relu_derivative.html"),
    ],
)
def test_a_students_words_find_the_derivative(language, query, page, site_url, browser):
    results, _ = search(browser, site_url, language, query)
    assert any(path.endswith(page) for path in top(results)), top(results)


def test_gradient_pages_rank_before_derivatives_for_gradient(site_url, browser):
    # 勾配 also finds the derivative pages, but the pages about gradients come first.
    results, _ = search(browser, site_url, "ja", "勾配")
    assert "gradients" in results[0]["path"], top(results)
    assert not any("derivative" in path for path in top(results)), top(results)


def test_a_word_inside_a_compound_does_not_rank_first(site_url, browser):
    # 微分 inside 連続微分可能 (CELU's title) is not "the derivative".
    results, _ = search(browser, site_url, "ja", "微分")
    assert results, "微分 found nothing"
    assert "celu" not in results[0]["path"], top(results)
    assert "導関数" in results[0]["title"] or "derivative" in results[0]["title"], top(results)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_function_is_listed_once(language, site_url, browser):
    # Sphinx finds an API page as its function's object and as the page named after it.
    results, _ = search(browser, site_url, language, "relu_derivative")
    paths = [r["path"] for r in results]
    page = f"{API}/activations.relu_derivative.html"
    assert paths[0] == page and paths.count(page) == 1, top(results)


@pytest.mark.parametrize(
    ("language", "query", "first"),
    [
        ("ja", "活性化関数 比較", "reference/generated_catalog/comparison.html"),
        ("ja", "シグモイド 導関数", "activations.sigmoid_derivative.html"),
        ("en", "sigmoid derivative", "activations.sigmoid_derivative.html"),
        ("en", "comparison", "reference/generated_catalog/comparison.html"),
    ],
)
def test_a_page_whose_title_names_the_query_ranks_first(language, query, first, site_url, browser):
    results, _ = search(browser, site_url, language, query)
    assert results and results[0]["path"].endswith(first), top(results)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("katakana", "latin", "page"),
    [
        ("シグモイド", "sigmoid", "auto_examples/plot_sigmoid.html"),
        ("ソフトプラス", "softplus", "auto_examples/plot_softplus.html"),
        ("スパースマックス", "sparsemax", "auto_examples/plot_sparsemax.html"),
    ],
)
def test_katakana_and_latin_names_find_each_other(
    language, katakana, latin, page, site_url, browser
):
    for query in (katakana, latin):
        results, _ = search(browser, site_url, language, query)
        assert page in top(results, 5), f"{query} on the {language} site: {top(results, 5)}"


@pytest.mark.parametrize(("language", "query"), [("en", "sigmoid"), ("ja", "シグモイド関数")])
def test_snippets_read_as_text(language, query, site_url, browser):
    results, _ = search(browser, site_url, language, query)
    snippets = [r["snippet"] for r in results if r["snippet"]]
    assert snippets
    for boilerplate in ("完全なサンプルコード", "Go to the end", "Download"):
        assert not any(boilerplate in s for s in snippets), boilerplate
    # Each inline formula once: flat ones as the reader sees them, others as their LaTeX; the
    # text of KaTeX's MathML and HTML does not repeat it; displayed formulas are left out.
    page = browser.new_page()
    page.goto(f"{site_url}/{language}/search.html", wait_until="load")
    pages = page.evaluate(
        """async (paths) => Promise.all(paths.map(async (path) => {
             const html = await (await fetch(path)).text();
             const doc = new DOMParser().parseFromString(html, 'text/html');
             const displayed = [...doc.querySelectorAll('[role=main] .katex-display annotation')];
             return [Search.htmlToText(html), displayed.map((tex) => tex.textContent)];
           }))""",
        [f"{API}/activations.sigmoid.html", f"{API}/activations.sigmoid_derivative.html"],
    )
    page.close()
    (function, displayed), (derivative, displayed_too) = pages
    assert function.count(r"\frac{1}{1 + e^{-x}}") == 1, function
    assert "11+e" not in function  # the fraction's MathML or HTML text
    assert derivative.count("σ′(x) = σ(x)") == 1, derivative
    assert r"\sigma" not in derivative  # no LaTeX for a flat formula
    assert displayed and displayed_too
    assert not [tex for tex in displayed + displayed_too if tex in function + derivative]
    # A numpydoc parameter reads as on the page, not "xarray_likeInput".
    assert re.search(r"\bx : array_like \S", derivative), derivative


def test_snippets_leave_out_the_parameter_explorer(site_url, browser):
    # Its axis labels and ticks are no sentence: "f(x), f′(x): alpha = 1−4−3−2−101234".
    page = browser.new_page()
    page.goto(f"{site_url}/en/search.html", wait_until="load")
    text = page.evaluate(
        """async () => {
             const html = await (await fetch('auto_examples/plot_elu.html')).text();
             const explorer = new DOMParser().parseFromString(html, 'text/html').querySelector('.explorer');
             return [explorer?.textContent.trim() || '', Search.htmlToText(html)];
           }"""
    )
    page.close()
    explorer, snippet = text
    assert explorer, "plot_elu.html has no parameter explorer"
    assert explorer not in snippet and "f′(x): alpha" not in snippet


def test_the_japanese_summary_line_counts_the_pages(site_url, browser):
    results, summary = search(browser, site_url, "ja", "シグモイド")
    assert re.search(rf"{len(results)}\s*件", summary), summary
    assert re.search(r"[ぁ-んァ-ン]", summary), summary


@pytest.mark.parametrize(("language", "word"), [("en", "sigmoid"), ("ja", "シグモイド")])
def test_a_result_page_highlights_whole_words(language, word, site_url, browser):
    page = browser.new_page()
    # A result the search page opens: the words are left in localStorage.
    page.goto(f"{site_url}/{language}/search.html?q={quote(word)}", wait_until="load")
    page.wait_for_function(FINISHED)
    page.click(f"{RESULTS} a[href*='plot_sigmoid.html']")
    page.wait_for_selector("span.highlighted")
    marked = set(page.eval_on_selector_all("span.highlighted", "s => s.map((e) => e.textContent)"))
    assert word in {m.lower() for m in marked}, marked
    # A link that carries ?highlight=
    page.goto(f"{site_url}/{language}/auto_examples/plot_softplus.html?highlight=softplus")
    page.wait_for_selector("span.highlighted")
    page.close()


def test_a_page_not_opened_from_a_search_does_not_load_the_highlighter(site_url, browser):
    page = browser.new_page()
    scripts = []
    page.on("request", lambda r: scripts.append(r.url) if r.url.endswith(".js") else None)
    page.goto(f"{site_url}/ja/auto_examples/plot_sigmoid.html", wait_until="load")
    page.close()
    assert not [s for s in scripts if "highlight" in s or "translations" in s], scripts
