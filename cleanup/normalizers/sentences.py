"""Capitalize the first word of every sentence.

>>> CapitalizeSentences()("that’s leading. so it is? yes! and he was... tired")
'That’s leading. So it is? Yes! And he was... tired'

Sentence starts come from :mod:`cleanup.boundaries`: after ``.``, ``?``, ``!``, at the
start of the text and after a paragraph break, but not after ``Dr.``, ``e.g.``, ``U.S.``
or an ellipsis. Run last, after the steps that remove words, so that a sentence whose
first word was a filler (``Um, that’s``) still gets its capital.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..boundaries import sentence_starts
from ..pipeline import Normalizer
from ..transcript import Transcript, split_punct


def capitalize_first(text: str) -> str:
    lead, core, trail = split_punct(text)
    if not core or not core[0].islower():
        return text
    if any(ch.isupper() for ch in core[1:]):
        return text  # iPhone, mRNA, eBay: the lowercase start is the spelling
    return lead + core[0].upper() + core[1:] + trail


@dataclass(frozen=True)
class CapitalizeSentences(Normalizer):
    """Uppercase the first letter of a sentence's first word (``so it is`` → ``So it is``)."""

    def transform(self, transcript: Transcript) -> Transcript:
        starts = sentence_starts(transcript.tokens)
        return transcript.map_tokens(
            lambda i, tok: capitalize_first(tok.text) if starts[i] else tok.text)
