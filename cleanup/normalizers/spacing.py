"""Put back the space a caption or OCR tool lost after punctuation.

>>> FixMissingSpaces()("It will be okay.It surely will. hello,world. I...want it. Don;t")
"It will be okay. It surely will. hello, world. I... want it. Don't"

Splits a token where a sentence mark is glued to the next capitalized word (``okay.It``,
``deal?Did``), a comma or semicolon is glued between two words (``hello,world``,
``leave;however``), or an ellipsis sits between two letters (``I...want``); never inside
numbers (``3,500``, ``3.50``), abbreviations (``U.S.``, ``e.g.``, ``Ph.D.``), HTML
entities (``salt&amp;pepper``: the ``;`` ends the entity) or names (``Yahoo!Mail`` is one
token only when followed by one letter). Also mends the OCR
apostrophe ``Don;t``. Runs first, so every later step sees whole words: a filler glued to
a question mark (``A?Um``) is found the first time.
Both halves keep the original token's timing; the second is reported as inserted.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..pipeline import Normalizer
from ..transcript import Transcript

_GLUED = regex.compile(
    r"""
      (?<=\p{Ll}{2})[.?!](?=\p{Lu}\p{Ll})      # okay.It  deal?Did
    | (?<=\p{L})[?!](?=\p{L}{2})               # really?yes
    | (?<=\p{L}{2})(?:,|(?<!&\#?\w+);)(?=\p{L}{2})  # hello,world  leave;however
                                               # (not an HTML entity's ;: salt&amp;pepper)
    | (?<=\p{L})(?:\.\.\.|…)(?=\p{L})          # I...want
    """,
    regex.VERBOSE,
)
_OCR_APOSTROPHE = regex.compile(r"(?<=\p{L}n);(?=t\b)")


@lru_cache(maxsize=1 << 16)
def split_glued(text: str) -> tuple[str, ...]:
    """The pieces a token's text splits into (one piece when nothing is glued)."""
    text = _OCR_APOSTROPHE.sub("'", text)
    pieces, pos = [], 0
    for m in _GLUED.finditer(text):
        pieces.append(text[pos:m.end()])
        pos = m.end()
    pieces.append(text[pos:])
    return tuple(p for p in pieces if p)


@dataclass(frozen=True)
class FixMissingSpaces(Normalizer):
    """Split ``okay.It`` into ``okay. It`` and mend ``Don;t``."""

    def transform(self, transcript: Transcript) -> Transcript:
        texts = transcript.texts
        glued = {}  # text -> its pieces, for the distinct texts that split or change
        for text in set(texts):
            pieces = split_glued(text)
            if text and (len(pieces) != 1 or pieces[0] != text):  # "" (a plugin's) stays
                glued[text] = pieces
        if not glued:
            return transcript
        edits = transcript.edit()
        for i in transcript.positions(glued):
            edits.split(i, glued[texts[i]])  # one piece: a rewrite
        return edits.commit()
