"""The Japanese catalogues: complete, current, markup-preserving and terminologically consistent.

One catalogue per document (``docs/locales/ja/LC_MESSAGES/<docname>.po``), plus the theme's
``sphinx.po``.  Every check is parametrised per catalogue, so a failure names the file, and
every catalogue is checked: there is no list of exceptions.

That every message is translated at all is checked with the built site
(``tests/test_translations_complete.py``); here, in what is translated:

3. the roles (same role, same target), references, links, math, ``{...}`` substitutions and
   code literals of each msgstr are those of its msgid;
4. terminology: a msgid that contains an English term of ``docs/terminology.toml`` (as a word,
   outside code, math and role targets) has a msgstr that contains the Japanese term;
5. no msgstr is a copy of an msgid that contains English prose.
"""

from __future__ import annotations

import re
import sys
import tomllib
import unicodedata

import pytest

from .catalogues import COMPLETE, DOCS, LOCALE
from .catalogues import po as _po

TERMINOLOGY = DOCS / "terminology.toml"
# The fields of a [[term]], as the header of terminology.toml describes them.
FIELDS = {"en", "ja", "reading", "definition", "forms", "also_ja", "search_ja"}
GLOSSARY = DOCS / "glossary.md"


# ---------------------------------------------------------------------------------------------
# 3. Markup survives translation
# ---------------------------------------------------------------------------------------------

_MYST_ROLE = re.compile(r"\{([\w:.-]+)\}`([^`]*)`")
_RST_ROLE = re.compile(r":([\w:.-]+):`([^`]*)`")
_DOUBLE_LITERAL = re.compile(r"``(.+?)``")
_SINGLE_LITERAL = re.compile(r"(?<![`A-Za-z0-9_}:])`([^`]+)`(?![`_])")
_MATH = re.compile(r"\$\$(.+?)\$\$|\$([^$\n]+?)\$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\(([^)\s]+)\)")
_RST_LINK = re.compile(r"`([^`<]*)<([^>`]+)>`__?")
_SUBSTITUTION = re.compile(r"\{\{[^{}]*\}\}|\{[A-Za-z_][A-Za-z0-9_]*\}(?!`)")

#: Roles whose text is a value or a target, never prose: compared whole.
_VALUE_ROLES = {"catalog", "value", "fact", "math", "eq", "numref"}
#: Python-domain roles: their text is a name in the code, even with an explicit title.
_CODE_ROLES = {"func", "obj", "class", "meth", "mod", "data", "attr", "exc"}


def _target(role: str, text: str) -> str:
    if role.split(":")[-1] in _VALUE_ROLES:
        return text
    match = re.search(r"<([^<>]+)>\s*$", text)
    return (match.group(1) if match else text).strip()


_TEXT_IN_MATH = re.compile(r"\\text\{([^{}]*)\}")


def markup(text: str) -> dict[str, list[str]]:
    """The parts of a message that a translation must keep unchanged."""
    # the words of a formula (\text{otherwise}) are prose: the translation translates them
    text = _TEXT_IN_MATH.sub(r"\\text{…}", text)
    # reST roles first: the math of a reST role may contain "{x}`", which is no MyST role
    roles = [f"{r}:{_target(r, t)}" for r, t in _RST_ROLE.findall(text)]
    rest = _RST_ROLE.sub(" ", text)
    roles += [f"{r}:{_target(r, t)}" for r, t in _MYST_ROLE.findall(rest)]
    rest = _MYST_ROLE.sub(" ", rest)
    literals = _DOUBLE_LITERAL.findall(rest)
    rest = _DOUBLE_LITERAL.sub(" ", rest)
    links = [url for _, url in _RST_LINK.findall(rest)]
    rest = _RST_LINK.sub(" ", rest)
    literals += _SINGLE_LITERAL.findall(rest)
    rest = _SINGLE_LITERAL.sub(" ", rest)
    maths = [a or b for a, b in _MATH.findall(rest)]
    rest = _MATH.sub(" ", rest)
    links += [url for _, url in _MD_LINK.findall(rest)]
    substitutions = _SUBSTITUTION.findall(_MD_LINK.sub(" ", rest))
    return {
        "roles": sorted(roles),
        "literals": sorted(literals),
        "math": sorted(maths),
        "links": sorted(links),
        "substitutions": sorted(substitutions),
    }


@pytest.mark.parametrize("docname", COMPLETE)
def test_markup_survives_translation(docname: str) -> None:
    problems = []
    for entry in _po(docname).translated_entries():
        want, got = markup(entry.msgid), markup(entry.msgstr)
        for kind in want:
            if want[kind] != got[kind]:
                problems.append(f"{kind} {want[kind]} -> {got[kind]} in {entry.msgid[:70]!r}")
    assert not problems, f"{docname}.po:\n" + "\n".join(problems[:10])


def test_words_in_japanese_formulas_are_japanese() -> None:
    """A formula's words (\\text{otherwise}) read in Japanese on a Japanese page; a parameter's
    name (\\text{axis}) stays as the code spells it."""
    import activations

    names = {p.name.replace("_", r"\_") for r in activations.catalog.values() for p in r.params}
    english = [
        (docname, words)
        for docname in COMPLETE
        for entry in _po(docname).translated_entries()
        for words in _TEXT_IN_MATH.findall(entry.msgstr)
        if re.search(r"[a-z]{3,}", words) and words.strip() not in names  # not NaN
    ]
    assert not english, english[:10]


# ---------------------------------------------------------------------------------------------
# 4. Terminology
# ---------------------------------------------------------------------------------------------


def load_terms() -> list[dict]:
    with TERMINOLOGY.open("rb") as handle:
        return tomllib.load(handle)["term"]


# autosummary's escaped signatures, such as ``\ \(x\[\, alpha\]\)``
_LATEX = re.compile(r"\\[A-Za-z]+\*?(?:\{[^{}]*\})?")  # \operatorname*{arg\,max} too
_SIGNATURE = re.compile(r"\\\(.*\\\)")
# Code-like tokens: dotted names, snake_case names and calls are code even without backticks.
_CODE_TOKEN = re.compile(r"[\w.]*\w\([^()]*\)|\b\w+(?:\.\w+)+\b|\b\w*_\w*\b")


_HTML_TAG = re.compile(r"<[^<>]+>")
#: A bibliographic entry (numpydoc References): initials, a quoted title, a year.  Its authors,
#: title and venue are names, cited in their original language.
_CITATION = re.compile(r'^[A-Z][a-z]?\.[ -].*["“][^"”]+["”].*\b(?:1[89]|20)\d\d\b', re.DOTALL)
_PARAMETER_NAME = re.compile(r"\*\*[\w, ]+\*\*")
_QUOTED_TITLE = re.compile(r'"[^"]+"|“[^”]+”')


def prose(text: str, titles: bool = True) -> str:
    """The prose of a message: role targets, code, math, URLs and code-like tokens removed.

    ``titles=False`` also drops the text of external links and double-quoted titles: the
    titles of papers and the names of their authors, which stay in their original language.
    HTML tags (the gallery's thumbnails) and numpydoc's ``**parameter**`` names are not prose.
    """

    def role_text(match: re.Match) -> str:
        role, body = match.group(1), match.group(2)
        if role.split(":")[-1] in _VALUE_ROLES | _CODE_ROLES or "<" not in body:
            return " "
        return " " + body.rsplit("<", 1)[0] + " "

    text = _HTML_TAG.sub(" ", text)
    text = _PARAMETER_NAME.sub(" ", text)
    if not titles:
        text = _QUOTED_TITLE.sub(" ", text)
    text = _RST_ROLE.sub(role_text, text)
    text = _MYST_ROLE.sub(role_text, text)
    text = _DOUBLE_LITERAL.sub(" ", text)
    text = _RST_LINK.sub(lambda m: " " + m.group(1) + " ", text)
    text = _SINGLE_LITERAL.sub(" ", text)
    text = _MATH.sub(" ", text)
    text = _MD_LINK.sub(lambda m: " " + m.group(1) + " " if titles else " ", text)
    text = _SIGNATURE.sub(" ", text)
    text = _LATEX.sub(" ", text)  # a math block is a message of its own
    return _CODE_TOKEN.sub(" ", text)


def _term_patterns() -> list[tuple[re.Pattern, dict]]:
    patterns = []
    for term in load_terms():
        for form in [term["en"], *term.get("forms", [])]:
            words = r"[\s-]+".join(re.escape(w) for w in form.split())
            patterns.append((re.compile(rf"\b{words}(?:s|es)?\b", re.IGNORECASE), term))
    # longest first: "vanishing gradient" is checked (and consumed) before "gradient"
    patterns.sort(key=lambda p: -len(p[0].pattern))
    return patterns


def terminology_problems(msgid: str, msgstr: str) -> list[str]:
    if _CITATION.match(msgid):
        return []
    text = prose(msgid, titles=False)
    problems = []
    for pattern, term in _term_patterns():
        if not pattern.search(text):
            continue
        text = pattern.sub(" ", text)
        accepted = [term["ja"], *term.get("also_ja", [])]
        if not any(ja in msgstr for ja in accepted):
            problems.append(f"{term['en']!r} -> {'/'.join(accepted)} missing")
    return problems


@pytest.mark.parametrize("docname", COMPLETE)
def test_terminology(docname: str) -> None:
    problems = []
    for entry in _po(docname).translated_entries():
        for problem in terminology_problems(entry.msgid, entry.msgstr):
            problems.append(f"{problem} in {entry.msgstr[:60]!r}")
    assert not problems, f"{docname}.po:\n" + "\n".join(problems[:10])


def test_terminology_file_is_well_formed() -> None:
    terms = load_terms()
    assert len(terms) >= 30
    seen = set()
    for term in terms:
        assert {"en", "ja", "definition"} <= term.keys(), term
        assert set(term) <= FIELDS, term
        assert term["en"].lower() not in seen, f"duplicate term {term['en']}"
        seen.add(term["en"].lower())
        assert term["definition"].endswith("."), term["en"]


def test_glossary_lists_every_term() -> None:
    text = GLOSSARY.read_text(encoding="utf-8")
    glossary_po = (LOCALE / "glossary.po").read_text(encoding="utf-8")
    for term in load_terms():
        assert f"\n{term['en']}\n" in text, f"glossary.md lacks the term {term['en']!r}"
        assert term["definition"] in text, f"glossary.md: definition of {term['en']!r} differs"
        assert term["ja"] in text, f"glossary.md lacks {term['ja']!r}"
        assert term["ja"] in glossary_po, f"glossary.po lacks {term['ja']!r}"


# ---------------------------------------------------------------------------------------------
# 5. No English copied into a msgstr
# ---------------------------------------------------------------------------------------------

#: Lower-case words that are names or notation, not English prose.
_NOT_PROSE = {"numpy", "mpmath", "matplotlib", "autograd", "jax", "keras", "torch", "tanh"}


def english_words(text: str) -> list[str]:
    """Lower-case Latin words of three letters or more in the prose of ``text``."""
    words = re.findall(r"(?<![\w\\])[a-z][a-z'-]{2,}\b", prose(text))
    return [w for w in words if w not in _NOT_PROSE]


def _catalogue_titles_ja() -> set[str]:
    """Japanese display names chosen in the catalogue (some are Latin: "Squareplus")."""
    import activations

    return {record.title_ja for record in activations.catalog.values()}


@pytest.mark.parametrize("docname", COMPLETE)
def test_no_english_copied_into_msgstr(docname: str) -> None:
    titles = _catalogue_titles_ja()
    copied = [
        e.msgid
        for e in _po(docname).translated_entries()
        if e.msgstr == e.msgid
        and _HTML_TAG.sub(" ", e.msgstr).strip() not in titles
        and not _CITATION.match(e.msgid)
        and english_words(e.msgid)
    ]
    assert not copied, f"{docname}.po: {len(copied)} msgstr copied from English: {copied[:5]}"


def test_only_citations_are_exempt_from_translation() -> None:
    """References keep their authors, title and venue; any other English message is caught."""
    citation = 'P. Ramachandran, B. Zoph and Q. V. Le, "Searching for activation functions", 2017.'
    assert _CITATION.match(citation)
    assert not terminology_problems(citation, citation)
    sentence = 'The "erf" form of the activation function loses every digit below -8 (2017).'
    assert not _CITATION.match(sentence)
    assert terminology_problems(sentence, sentence)
    assert english_words(sentence)


# ---------------------------------------------------------------------------------------------
# 6. reST inline markup next to Japanese text
# ---------------------------------------------------------------------------------------------

#: Catalogues whose messages are parsed as reST (gallery scripts, autosummary pages); MyST
#: pages have no such rule.
_REST_CATALOGUES = [
    n
    for n in COMPLETE
    if n.startswith(("auto_examples/", "reference/generated_catalog/functions/"))
]
_INLINE = re.compile(r"(?<![\w:`])(?::[\w:-]+:)?(?:``[^`]+``|`[^`]+`)_{0,2}")


def unrecognised_inline_markup(text: str) -> list[str]:
    """Inline markup that docutils would not see: its end-string is followed by a character
    other than a space or punctuation closing a phrase ("``x``（" needs "``x``\\ （")."""

    def closes(char: str) -> bool:
        return (
            char.isspace()
            or char in "-.,:;!?\\/'\")]}>"
            or (unicodedata.category(char) in {"Pd", "Po", "Pe", "Pf", "Pi"})
        )

    return [
        text[m.start() : m.end() + 1]
        for m in _INLINE.finditer(text)
        if m.end() < len(text) and not closes(text[m.end()])
    ]


def test_inline_markup_check_catches_a_missing_escape() -> None:
    assert unrecognised_inline_markup("``'none'``（デフォルト）") == ["``'none'``（"]
    assert not unrecognised_inline_markup("``'none'``\\ （デフォルト）、:math:`x` です。")


@pytest.mark.parametrize("docname", _REST_CATALOGUES)
def test_rest_inline_markup_is_recognised(docname: str) -> None:
    bad = [
        m for e in _po(docname).translated_entries() for m in unrecognised_inline_markup(e.msgstr)
    ]
    assert not bad, f"{docname}.po: inline markup docutils would not end: {bad[:5]}"


def test_every_kanji_term_has_a_reading() -> None:
    """The Japanese glossary is in 五十音順 by ``reading`` (docs/_ext/site_i18n.py): a term in
    kanji needs one; kana terms are their own reading, Latin-letter terms come first."""
    for term in load_terms():
        if not term["ja"][0].isascii() and re.search(r"[\u4e00-\u9fff]", term["ja"]):
            assert "reading" in term, f"{term['ja']} has no reading"


# A sentence that ends in a plain form (跳ぶ。, 分けている。, 浅い。, である。) rather than in です/ます
# or a noun; the glossary's readings (読み：こうばい。) are not sentences.
_PLAIN_ENDING = re.compile(r"(?:[るたうくぐつぬぶむい]|だ|である)。")
_POLITE_ENDING = re.compile(r"(?:です|ます|ました|ません|でした|ください|でしょう|ましょう)。")


@pytest.mark.parametrize("docname", COMPLETE)
def test_japanese_is_written_in_desu_masu(docname: str) -> None:
    plain = [
        sentence
        for e in _po(docname).translated_entries()
        for sentence in re.findall(r"[^。]*。", e.msgstr)
        if _PLAIN_ENDING.search(sentence[-4:])
        and not _POLITE_ENDING.search(sentence[-6:])
        and not sentence.startswith("読み：")
    ]
    assert not plain, f"{docname}.po: {len(plain)} sentences in plain form: {plain[:3]}"


# ---------------------------------------------------------------------------------------------
# 7. Japanese spacing: no space between Japanese and Latin text, full-width parentheses
# ---------------------------------------------------------------------------------------------

sys.path.insert(0, str(DOCS.parent / "scripts"))
import ja_spacing  # noqa: E402  (scripts/, path above)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ReLU の導関数は 0.25 です。", "ReLUの導関数は0.25です。"),
        ("指数線形ユニット (ELU)", "指数線形ユニット（ELU）"),
        ("ReLU (ランプ関数)", "ReLU（ランプ関数）"),
        ("Xuら (2016) の既定値", "Xuら（2016）の既定値"),
        ("値域(0, 1)です", "値域(0, 1)です"),  # an interval
        ("tanh(x) = (e^x - e^-x) / 2 です", "tanh(x) = (e^x - e^-x) / 2です"),  # a formula
        ("「Natural language processing (almost) from scratch」", None),  # an English title
        ("関数\\ :math:`f (x)` の値", None),  # markup is left alone
        ("結果は ``relu (x)`` と同じです", None),
        ("xは −6から -5まで", "xは−6から-5まで"),  # signed numbers
        ("β が大きいほど 10⁻¹² に近い", "βが大きいほど10⁻¹²に近い"),  # Greek letters, powers
        ("最終更新: 1月", "最終更新：1月"),  # a colon after Japanese
    ],
)
def test_japanese_spacing_rule(text: str, expected: str | None) -> None:
    assert ja_spacing.apply(text) == (text if expected is None else expected)


@pytest.mark.parametrize("docname", COMPLETE)
def test_japanese_spacing(docname: str) -> None:
    """Every Japanese message follows the rule that scripts/ja_spacing.py applies."""
    wrong = [
        e.msgstr
        for e in _po(docname).translated_entries()
        if ja_spacing.apply(e.msgstr) != e.msgstr
    ]
    assert not wrong, f"{docname}.po: {len(wrong)} messages break the spacing rule: {wrong[:3]}"


def test_japanese_page_titles_of_the_gallery_follow_the_spacing_rule() -> None:
    """A gallery page's title is Japanese text even with no Japanese in it: SiLU（Swish）."""
    wrong = []
    gallery = DOCS.parent / "gallery"
    for script in sorted(gallery.rglob("plot_*.py")):
        title = script.read_text(encoding="utf-8").split("\n")[1]
        docname = script.relative_to(gallery).with_suffix("").as_posix()
        entry = _po(f"auto_examples/{docname}").find(title)
        assert entry is not None, f"{docname}: no message for the title {title!r}"
        if ja_spacing.apply(entry.msgstr, japanese=True) != entry.msgstr:
            wrong.append(entry.msgstr)
    assert not wrong, wrong


def test_japanese_titles_and_terms_follow_the_spacing_rule() -> None:
    import activations

    terms = [t for term in load_terms() for t in (term["ja"], *term.get("also_ja", []))]
    wrong = [t for t in terms if ja_spacing.apply(t) != t] + [
        r.title_ja
        for r in activations.catalog.values()
        if ja_spacing.apply(r.title_ja, japanese=True) != r.title_ja
    ]
    assert not wrong, wrong
