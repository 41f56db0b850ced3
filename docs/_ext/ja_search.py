"""Japanese search that finds compound words: index and query split into the same bigrams.

Sphinx's Japanese search segments page text with TinySegmenter when it builds the index
(活性化関数 becomes 活性 / 化 / 関数) but splits the reader's query only at spaces and
punctuation in the browser, so the query 活性化関数 is one term that no page contains
(sphinx-doc/sphinx#13395).  Here both sides cut every run of Japanese characters into
overlapping character bigrams (活性, 性化, 化関, 関数), the usual approach of CJK search
engines: Sphinx requires every query term to occur in a page, so a page matches a compound
exactly when it contains all its bigrams.  Latin words are split as Sphinx always does.

A query keeps only the bigrams of a run that carry its meaning: ReLUの微分 asks for relu and
微分, not for の微, which a page saying ReLU の導関数 lacks.  Bigrams holding a hiragana letter
(particles, okurigana) are dropped when the run has others; 選び方 has none and keeps all.
The index keeps every bigram, so a page that contains a query as written still matches it.
Synonyms (微分 for a page that says 導関数) are added to the index by :mod:`search_synonyms`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from search_synonyms import js_data, with_synonyms
from site_i18n import extract_to_sphinx_pot
from sphinx.application import Sphinx
from sphinx.locale import get_translator
from sphinx.search.ja import SearchJapanese

_HIRAGANA = "\u3041-\u309f"
# Hiragana, katakana (with the prolonged sound mark), CJK ideographs and the iteration mark.
_JAPANESE = "\u3041-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005"
_TOKENS = re.compile(rf"[{_JAPANESE}]+|[^\W{_JAPANESE}]+")


def bigrams(run: str) -> list[str]:
    """Overlapping two-character pieces of a run; a one-character run is kept whole."""
    return [run] if len(run) < 2 else [run[i : i + 2] for i in range(len(run) - 1)]


def split(text: str) -> list[str]:
    """The terms of ``text`` for the index: Latin words whole, Japanese runs as bigrams."""
    terms: list[str] = []
    for token in _TOKENS.findall(text):
        terms.extend(bigrams(token) if re.match(rf"[{_JAPANESE}]", token) else [token])
    return terms


def query_terms(query: str) -> list[str]:
    """The terms of a query, as the browser computes them (``splitQuery`` below)."""
    terms: list[str] = []
    for token in _TOKENS.findall(query):
        if len(token) < 2:
            continue  # the index drops one-character words too (word_filter)
        if not re.match(rf"[{_JAPANESE}]", token):
            terms.append(token)
            continue
        pieces = bigrams(token)
        content = [p for p in pieces if not re.search(f"[{_HIRAGANA}]", p)]
        terms.extend(content or pieces)
    return terms


# The same rule in the browser (searchtools.js uses ``splitQuery`` when it is defined).
JS_SPLITTER = r"""
function splitQuery(query) {
  const jp = "\u3041-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005";
  const token = new RegExp(`[${jp}]+|(?:(?![${jp}])[\\p{L}\\p{N}_])+`, "gu");
  const terms = [];
  for (const run of query.match(token) || []) {
    if (run.length < 2) continue;  // the index drops one-character words too (word_filter)
    if (!new RegExp(`^[${jp}]{2,}$`, "u").test(run)) { terms.push(run); continue; }
    const pieces = [];
    for (let i = 0; i + 1 < run.length; i++) pieces.push(run.slice(i, i + 2));
    const content = pieces.filter((piece) => !/[\u3041-\u309f]/.test(piece));
    terms.push(...(content.length ? content : pieces));
  }
  return terms;
}
"""


class BigramJapanese(SearchJapanese):
    """Sphinx's Japanese search language with bigram splitting on both sides."""

    js_splitter_code = JS_SPLITTER + js_data()

    def split(self, input: str) -> list[str]:
        return with_synonyms(split, input)


#: The search page's messages that Sphinx's Japanese leaves empty, by the key its script uses,
#: with the English that ``sphinx.po`` translates (a plural once: Japanese has one form).
_NO_RESULTS = (
    "Your search did not match any documents. Please make sure that all words are "
    "spelled correctly and that you've selected enough categories."
)
SEARCH_PAGE_MESSAGES = {
    "Search finished, found one page matching the search query.": (
        "Search finished, found ${resultCount} pages matching the search query."
    ),
    _NO_RESULTS: _NO_RESULTS,
    ", in ": ", in ",
    "Hide Search Matches": "Hide Search Matches",
}


def _extract_search_page_messages(app: Sphinx) -> None:
    extract_to_sphinx_pot(app, SEARCH_PAGE_MESSAGES.values(), __file__)


def _translate_search_page(app: Sphinx, exception: BaseException | None) -> None:
    """``translations.js`` with the project's catalogue (``sphinx.po``) over Sphinx's.

    Sphinx copies its own ``sphinx.js``, in which the search page's summary line
    ("Search finished, found ${resultCount} pages ...") is empty in Japanese, and reads no
    ``.po`` for it: each of its strings is looked up again here, where the project's
    translations come first.
    """
    script = Path(app.outdir) / "_static" / "translations.js"
    if exception is not None or app.builder.format != "html" or not script.is_file():
        return
    text = script.read_text(encoding="utf-8")
    catalogue = json.loads(text[text.index("{") : text.rindex("}") + 1])
    translator = get_translator()

    def translated(msgid: str, msgstr: str | list[str]) -> str | list[str]:
        if msgid in SEARCH_PAGE_MESSAGES:
            text = translator.gettext(SEARCH_PAGE_MESSAGES[msgid])
        elif isinstance(msgstr, list):
            text = translator.ngettext(msgid, msgid, 1)
        else:
            text = translator.gettext(msgid)
        return [text] * len(msgstr) if isinstance(msgstr, list) else text

    catalogue["messages"] = {
        msgid: translated(msgid, msgstr) for msgid, msgstr in catalogue["messages"].items()
    }
    body = json.dumps(catalogue, ensure_ascii=False, indent=1, sort_keys=True)
    script.write_text(f"Documentation.addTranslations({body});\n", encoding="utf-8")


def setup(app: Sphinx) -> dict[str, object]:
    app.add_search_language(BigramJapanese)
    app.connect("builder-inited", _extract_search_page_messages)
    app.connect("build-finished", _translate_search_page)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
