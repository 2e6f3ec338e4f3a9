"""Unicode clean-up: NFC composition, no control or zero-width characters, and an
optional apostrophe style.

>>> NormalizeUnicode()("cafe\u0301\u200b ok")
'café ok'
>>> NormalizeUnicode(apostrophes="straight")("it’s")
"it's"

Apostrophes are kept as written by default (``apostrophes="keep"``); ``"straight"`` turns
’ into ', ``"curly"`` turns an apostrophe between letters into ’. Also folds the acute
accent and backtick that OCR and captions use for apostrophes (``you´re`` → ``you're``).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from ..lexicon import fold_apostrophes
from ..pipeline import Normalizer
from ..transcript import Transcript

# Control and format characters, but not the zero-width joiner inside an emoji sequence
# (👨‍👩‍👧 is one family, not three people).
_INVISIBLE = regex.compile(
    r"[\p{Cc}\p{Cf}--[\t\n\r\u200d]]"
    r"|(?<!\p{Extended_Pictographic}[\p{Mn}\p{Me}\N{VARIATION SELECTOR-16}]*)\u200d"
    r"|\u200d(?!\p{Extended_Pictographic})",
    regex.V1)
_FAKE_APOSTROPHE = regex.compile(r"(?<=\p{L})[´`](?=\p{L})")
_STRAIGHT_BETWEEN_LETTERS = regex.compile(r"(?<=\p{L})'(?=\p{L})")
APOSTROPHE_STYLES = ("keep", "straight", "curly")


@dataclass(frozen=True)
class NormalizeUnicode(Normalizer):
    """NFC, drop invisible characters, and optionally unify apostrophes."""

    apostrophes: str = "keep"

    def __post_init__(self) -> None:
        if self.apostrophes not in APOSTROPHE_STYLES:
            raise ValueError(f"apostrophes must be one of {', '.join(APOSTROPHE_STYLES)}, "
                             f"not {self.apostrophes!r}")

    def _fix(self, text: str) -> str:
        if not text.isascii():
            # Invisible characters first: a zero-width space between a letter and its
            # accent (A\u200b\u0300) must not keep them from composing.
            text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
            text = _FAKE_APOSTROPHE.sub("’" if "’" in text else "'", text)
        elif "`" in text:
            text = _FAKE_APOSTROPHE.sub("'", text)
        if self.apostrophes == "straight":
            text = fold_apostrophes(text)
        elif self.apostrophes == "curly":
            text = _STRAIGHT_BETWEEN_LETTERS.sub("’", text)
        return text

    def transform(self, transcript: Transcript) -> Transcript:
        edits = transcript.edit()
        edits.map_texts(self._fix)
        out = edits.commit()
        if out is not transcript and "" in out.texts:  # a token of invisible characters only
            edits = out.edit()
            for i in out.positions({""}):
                edits.drop(i, mend=False)
            out = edits.commit()
        return out
