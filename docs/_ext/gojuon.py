"""Japanese 五十音順 (the order of Japanese indexes and glossaries), shared by the glossary
(site_i18n) and the gallery index (catalog_pages.indexes)."""

from __future__ import annotations

import bisect
import unicodedata

#: The rows of the kana table, each named by its first kana.
ROWS = "あかさたなはまやらわ"


def kana_key(reading: str) -> str:
    """Sort key of a kana reading in 五十音順: katakana as hiragana, a long-vowel mark as the
    vowel it lengthens, voiced and small kana just after their plain form."""
    text = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in reading)
    key = []
    for char in text:
        if char == "ー" and key:
            base = unicodedata.normalize("NFD", key[-1])[0]
            char = next(
                (v for v, group in zip("あいうえお", _VOWEL_ROWS, strict=True) if base in group),
                char,
            )
        key.append(char)
    plain = unicodedata.normalize("NFD", "".join(key))
    plain = plain.translate(_SMALL_KANA).replace("\u3099", "").replace("\u309a", "")
    return plain + "\0" + "".join(key)


#: The kana of each vowel column (for the long-vowel mark) and the small kana as large ones.
_VOWEL_ROWS = [
    "あかさたなはまやらわがざだばぱぁゃゎ",
    "いきしちにひみりぎじぢびぴぃ",
    "うくすつぬふむゆるぐずづぶぷぅっゅ",
    "えけせてねへめれげぜでべぺぇ",
    "おこそとのほもよろをごぞどぼぽぉょ",
]
_SMALL_KANA = str.maketrans("ぁぃぅぇぉっゃゅょゎ", "あいうえおつやゆよわ")


def row(reading: str) -> str:
    """The 五十音 row of a reading's first kana: あ for あ-お, か for か-ご..."""
    first = kana_key(reading)[0]
    return ROWS[bisect.bisect_right(ROWS, first) - 1]
