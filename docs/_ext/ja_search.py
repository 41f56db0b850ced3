"""Japanese search that finds compound words: index and query split into the same bigrams.

Sphinx's Japanese search segments page text with TinySegmenter when it builds the index
(活性化関数 becomes 活性 / 化 / 関数) but splits the reader's query only at spaces and
punctuation in the browser, so the query 活性化関数 is one term that no page contains
(sphinx-doc/sphinx#13395).  Here both sides cut every run of Japanese characters into
overlapping character bigrams (活性, 性化, 化関, 関数), the usual approach of CJK search
engines: Sphinx requires every query term to occur in a page, so a page matches a compound
exactly when it contains all its bigrams.  Latin words are split as Sphinx always does.
"""

from __future__ import annotations

import re

from sphinx.application import Sphinx
from sphinx.search.ja import SearchJapanese

# Hiragana, katakana (with the prolonged sound mark), CJK ideographs and the iteration mark.
_JAPANESE = "\u3041-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005"
_TOKENS = re.compile(rf"[{_JAPANESE}]+|[^\W{_JAPANESE}]+")


def bigrams(run: str) -> list[str]:
    """Overlapping two-character pieces of a run; a one-character run is kept whole."""
    return [run] if len(run) < 2 else [run[i : i + 2] for i in range(len(run) - 1)]


def split(text: str) -> list[str]:
    """The terms of ``text``: Latin words whole, Japanese runs as bigrams."""
    terms: list[str] = []
    for token in _TOKENS.findall(text):
        terms.extend(bigrams(token) if re.match(rf"[{_JAPANESE}]", token) else [token])
    return terms


# The same rule in the browser (searchtools.js uses ``splitQuery`` when it is defined),
# dropping one-character terms as ``word_filter`` does when the index is built.
JS_SPLITTER = r"""
function splitQuery(query) {
  const jp = "\u3041-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005";
  const token = new RegExp(`[${jp}]+|(?:(?![${jp}])[\\p{L}\\p{N}_])+`, "gu");
  const terms = [];
  for (const run of query.match(token) || []) {
    if (run.length < 2) continue;  // the index drops one-character words too (word_filter)
    if (!new RegExp(`^[${jp}]{2,}$`, "u").test(run)) { terms.push(run); continue; }
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  return terms;
}
"""


class BigramJapanese(SearchJapanese):
    """Sphinx's Japanese search language with bigram splitting on both sides."""

    js_splitter_code = JS_SPLITTER

    def split(self, input: str) -> list[str]:
        return split(input)


def setup(app: Sphinx) -> dict[str, object]:
    app.add_search_language(BigramJapanese)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
