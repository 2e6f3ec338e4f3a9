"""Capitalize the pronoun I, alone and in its contractions.

>>> CapitalizePronounI()("so i think i’m right and i’ve said i’d go")
'so I think I’m right and I’ve said I’d go'

Untouched: ``i.e.``, Roman numeral lists like ``(i)``, words that contain an i, and markup:
``<i>i think</i>`` → ``<i>I think</i>`` (the tag is not the pronoun).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..lexicon import split_markup
from ..pipeline import Normalizer
from ..transcript import Transcript

# i alone, or i + a contraction ending (i'm, i’ve, i'd've), with any punctuation around.
_PRONOUN = regex.compile(
    r"^(?P<lead>[^\w]*)i(?P<rest>(?:['’](?:m|ve|d|ll|s)){0,2})(?P<trail>[^\w]*)$", regex.IGNORECASE)


def _fix(text: str) -> str:
    if "i" not in text:
        return text
    before, word, after = split_markup(text)
    if before or after:
        return before + _fix(word) + after
    m = _PRONOUN.match(text)
    if m is None or not text[m.start("rest") - 1] == "i":
        return text
    lead, trail = m.group("lead"), m.group("trail")
    if lead.endswith("(") and trail.startswith(")"):
        return text  # (i) is a list marker
    return f"{lead}I{m.group('rest')}{trail}"


@dataclass(frozen=True)
class CapitalizePronounI(Normalizer):
    """``i`` → ``I``, ``i’m`` → ``I’m``; ``i.e.`` and other words untouched."""

    def transform(self, transcript: Transcript) -> Transcript:
        edits = transcript.edit()
        edits.map_texts(_fix)
        return edits.commit()
