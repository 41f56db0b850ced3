"""Apply the site's Japanese spacing rule to the catalogues and the catalogue's Japanese titles.

The rule (docs/contributing.md, "Japanese style"): no space between Japanese and Latin letters
or numbers (ReLUの導関数, 0.25です, xは−6から), and full-width parentheses around a parenthesis that follows
Japanese, or a space in Japanese text (指数線形ユニット（ELU）, ReLU（ランプ関数））, and a
full-width colon after Japanese (読み：こうばい).  reST and MyST markup
(roles, literals, math, links) is left alone: a role next to Japanese keeps its escaped space.
``tests/test_i18n.py`` checks the rule; this script is how an existing text is brought to it.

Usage: python scripts/ja_spacing.py [FILES...]  (default: every .po under
docs/locales/ja and the records of activations/_records).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
JAPANESE = "\u3041-\u309f\u30a0-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\uff01-\uff5e\u3000-\u303f"
# Markup whose inside is not prose: roles, literals, math, links, HTML tags, substitutions.
MARKUP = re.compile(
    r"(?::[\w:.-]+:|\{[\w:.-]+\})`[^`]*`"  # :math:`x`, {func}`f`
    r"|``.+?``|`[^`]*`_{0,2}"  # literals, links
    r"|\$\$.+?\$\$|\$[^$]+?\$"  # MyST math
    r"|<[^<>]*>"  # HTML tags (thumbnails)
    r"|https?://\S+"
    r"|\[[^\]]*\]\([^)]*\)"  # Markdown links: [Deep Learning (section 6.2.2)](url)
)
# Latin letters, digits, Greek letters, super- and subscripts, ± and √: a formula's letters
# written as text (α = 0.5、βが大きいほど、10⁻¹²の位置、±1/√αの間).
LATIN = "A-Za-z0-9\u0391-\u03a9\u03b1-\u03c9\u00b1\u00b2\u00b3\u00b9\u2070-\u209f\u221a"
_SPACE = re.compile(
    rf"(?<=[{JAPANESE}]) (?=[{LATIN}{JAPANESE}]|[−-][{LATIN}])|(?<=[{LATIN}]) (?=[{JAPANESE}])"
)
# A parenthesis of words or a year, not of a formula or an interval: (ELU), (2020), not (0, 1).
_PARENTHESIS = re.compile(
    rf"(?:(?<=[{JAPANESE}])|(?<![=+\-*/]) )"
    rf"\((?=\d{{4}}[a-z]?\)|[^()]*(?:[{JAPANESE}]|[A-Za-z]{{2}}))([^()^=/*\\<>_]*)\)"
)
_HAS_JAPANESE = re.compile(rf"[{JAPANESE}]")
# A colon after Japanese is full-width, with no space after it (読み：こうばい).
_COLON = re.compile(rf"(?<=[{JAPANESE}]):(?! ?[\[{{]) ?")  # not a mapping: {名前: [値]}


def _latin_words_before(text: str) -> int:
    """How many Latin words end ``text``: more than two before a parenthesis make it English."""
    count = 0
    for word in reversed(text.split(" ")):
        if not re.fullmatch(r"[A-Za-z][\w.-]*", word):
            break
        count += 1
    return count


def _full_width(match: re.Match) -> str:
    inside = match.group(1)
    english = re.match(r" [A-Za-z]", match.string[match.end() :]) or (
        _latin_words_before(match.string[: match.start()]) > 2
    )
    if english and not _HAS_JAPANESE.search(inside):
        return match.group(0)  # inside English text: Natural language processing (almost) from
    return f"（{inside}）"


def apply_to_prose(text: str, japanese: bool) -> str:
    """The rule applied to text with no markup in it, in a Japanese text or not."""
    if japanese:
        text = _COLON.sub("：", _PARENTHESIS.sub(_full_width, text))
    return _SPACE.sub("", text)


def apply(text: str, japanese: bool | None = None) -> str:
    """The rule applied to the prose between the markup of ``text``: parentheses change in a
    text that holds Japanese (or is declared Japanese, like a Japanese title)."""
    if japanese is None:
        japanese = bool(_HAS_JAPANESE.search(MARKUP.sub(" ", text)))
    pieces, end = [], 0
    for match in MARKUP.finditer(text):
        pieces += [apply_to_prose(text[end : match.start()], japanese), match.group(0)]
        end = match.end()
    return "".join([*pieces, apply_to_prose(text[end:], japanese)])


_MSGSTR = re.compile(r'^msgstr (".*"\n(?:".*"\n)*)', re.MULTILINE)


def _po(path: Path) -> bool:
    """Apply the rule to every msgstr of a catalogue; a message it changes is wrapped again as
    ``make update-po`` wraps it, the others keep their lines."""
    from babel.messages.pofile import denormalize, normalize

    def fix(match: re.Match) -> str:
        string = denormalize(match.group(1))
        new = apply(string)
        return match.group(0) if new == string else f"msgstr {normalize(new, width=76)}\n"

    text = path.read_text(encoding="utf-8")
    new = _MSGSTR.sub(fix, text)
    path.write_text(new, encoding="utf-8")
    return new != text


def _records(path: Path) -> bool:
    text = path.read_text(encoding="utf-8")
    new = re.sub(
        r'(title_ja=")([^"]*)(")', lambda m: m[1] + apply(m[2], japanese=True) + m[3], text
    )
    path.write_text(new, encoding="utf-8")
    return new != text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path)
    args = parser.parse_args()
    files = args.files or [
        *sorted((ROOT / "docs" / "locales" / "ja").rglob("*.po")),
        *sorted((ROOT / "activations" / "_records").glob("*.py")),
    ]
    for path in files:
        if (_po if path.suffix == ".po" else _records)(path):
            print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
