"""Search finds a page by any name of what it is about: 微分 finds 導関数, シグモイド finds sigmoid.

Sphinx requires every query term to occur in a page, so a synonym cannot widen the query; it
is added to the index instead: where a page says 導関数, the index also lists the terms of
微分 and of "derivative" for it.  The names come from the two sources the site already has, so
none is listed here: each glossary term (``docs/terminology.toml``: English term and forms,
Japanese term and further renderings) and each activation of the catalogue (English and
Japanese title, without parentheses and the suffix 関数, and its name in words).

A glossary term's ``search_ja`` words (勾配 for 導関数: a student types "gradient" for the
derivative) are not its names: they are added where a page names the term, one way, so a page
saying 勾配 is not listed under 導関数, and the search page ranks by them less than by a name.

A name counts only as a word of its own, not inside a longer one: 微分 in 連続微分可能 (CELU's
"continuously differentiable") is not a derivative, and シグモイド in ハードシグモイド is not the
sigmoid.  Japanese has no spaces, so "a word of its own" means that the letters around the name
are of another script (kanji next to hiragana, katakana next to kanji, Latin next to anything
but Latin).  The search page applies the same rule to rank pages whose title names what was
searched first (``docs/_ext/search_scorer.js``, given these groups as ``SEARCH_SYNONYMS``).
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from collections.abc import Callable
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.search.en import SearchEnglish

TERMINOLOGY = Path(__file__).resolve().parents[1] / "terminology.toml"

_PARENTHESES = re.compile(r"\s*[(（]([^)）]*)[)）]")  # Japanese titles use full-width ones


def script(char: str) -> str:
    """The script class that decides where a word ends: latin, hiragana, katakana, kanji, other."""
    if char.isascii():
        return "latin" if char.isalnum() else "other"
    if "\u3041" <= char <= "\u309f":
        return "hiragana"
    if "\u30a0" <= char <= "\u30ff":
        return "katakana"
    if "\u3400" <= char <= "\u9fff" or char == "\u3005":
        return "kanji"
    return "latin" if unicodedata.category(char).startswith("L") else "other"


def _names(title: str) -> list[str]:
    """A catalogue title as names: 'ReLU (ランプ関数)' gives ReLU, ランプ関数 and ランプ."""
    names = [title, _PARENTHESES.sub("", title), *_PARENTHESES.findall(title)]
    names += [name.removesuffix("関数").strip() for name in names]
    return [name.strip() for name in names if name.strip()]


def _terms() -> list[dict]:
    return tomllib.loads(TERMINOLOGY.read_text(encoding="utf-8"))["term"]


def _term_names(term: dict) -> list[str]:
    return [term["en"], *term.get("forms", ()), term["ja"], *term.get("also_ja", ())]


@functools.cache
def groups() -> tuple[tuple[str, ...], ...]:
    """Sets of names that mean the same thing, lower case, each in a fixed order."""
    found = [_term_names(term) for term in _terms()]
    from activations import catalog  # the docs build imports the library anyway

    for record in catalog.values():
        spoken = record.name.replace("_", " ")  # hard_shrink: the pages say "hard shrink"
        found.append([*_names(record.title_en), spoken, *_names(record.title_ja)])
    unique = (tuple(dict.fromkeys(n.lower() for n in names)) for names in found)
    return tuple(group for group in unique if len(group) > 1)


@functools.cache
def _pattern() -> re.Pattern[str]:
    names = sorted({name for group in groups() for name in group}, key=len, reverse=True)
    return re.compile("|".join(re.escape(name).replace(r"\ ", r"\s+") for name in names))


@functools.cache
def _group_of() -> dict[str, tuple[str, ...]]:
    members: dict[str, set[str]] = {}
    for group in groups():
        for name in group:
            members.setdefault(name, set()).update(group)
    return {name: tuple(sorted(names)) for name, names in members.items()}


@functools.cache
def _searched_by() -> dict[str, tuple[str, ...]]:
    """Each name of a glossary term with ``search_ja`` and the words it is also searched by."""
    return {
        name.lower(): tuple(term["search_ja"])
        for term in _terms()
        if "search_ja" in term
        for name in _term_names(term)
    }


def standalone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word: its neighbours are of another script."""
    before = script(text[start - 1]) if start > 0 else "other"
    after = script(text[end]) if end < len(text) else "other"
    first, last = script(text[start]), script(text[end - 1])
    return (before == "other" or before != first) and (after == "other" or after != last)


def synonyms(text: str) -> list[str]:
    """The names meaning the same as a name that ``text`` contains as a word of its own."""
    lowered = text.lower()
    found: list[str] = []
    for match in _pattern().finditer(lowered):
        if standalone(lowered, match.start(), match.end()):
            name = re.sub(r"\s+", " ", match.group())
            found.extend(other for other in _group_of()[name] if other != name)
            found.extend(_searched_by().get(name, ()))
    return found


def with_synonyms(split: Callable[[str], list[str]], text: str) -> list[str]:
    """``split(text)`` and the terms of every synonym the text names."""
    terms = split(text)
    for name in dict.fromkeys(synonyms(text)):
        terms.extend(split(name))
    return terms


def js_data() -> str:
    """The groups, and the names each search-only word is searched for, for the scorer."""
    searched_for: dict[str, list[str]] = {}
    for name, words in _searched_by().items():
        for word in words:
            searched_for.setdefault(word, []).append(name)
    return (
        f"const SEARCH_SYNONYMS = {json.dumps(groups(), ensure_ascii=False)};\n"
        f"const SEARCH_WORDS = {json.dumps(searched_for, ensure_ascii=False)};\n"
    )


#: The English site splits a query into the words the scorer reads (``searchWords`` in
#: search_scorer.js): also where Latin and Japanese script meet, without the particles, so a
#: Japanese reader's ReLUの微分 asks for relu and 微分, which the index lists whole.
ENGLISH_SPLITTER = "function splitQuery(query) {\n  return searchWords(query);\n}\n"


class EnglishWithSynonyms(SearchEnglish):
    """Sphinx's English search, with the synonyms in the index and on the search page."""

    js_splitter_code = ENGLISH_SPLITTER + js_data()

    def split(self, input: str) -> list[str]:
        return with_synonyms(super().split, input)


def setup(app: Sphinx) -> dict[str, object]:
    app.add_search_language(EnglishWithSynonyms)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
