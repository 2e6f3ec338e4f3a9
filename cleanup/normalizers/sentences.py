"""Capitalize the first word of every sentence.

>>> CapitalizeSentences()("that’s leading. so it is? yes! and he was... tired")
'That’s leading. So it is? Yes! And he was... tired'

Sentence starts come from :mod:`cleanup.boundaries`: after ``.``, ``?``, ``!``, at the
start of the text and after a paragraph break, but not after ``Dr.``, ``e.g.``, ``U.S.``
or an ellipsis. A bracketed tag keeps its case and passes the capital on (``[doctor] okay.``
→ ``[doctor] Okay.``). A long transcript with no sentence punctuation at all (old-style
auto-captions) marks no sentence, so nothing is capitalized, not even its first word. Run last, after the steps that remove words, so that a sentence whose
first word was a filler (``Um, that’s``) still gets its capital.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..boundaries import is_tag, sentence_starts
from ..pipeline import Normalizer
from ..transcript import Transcript, split_punct


def capitalize_first(text: str) -> str:
    lead, core, trail = split_punct(text)
    if not core or not core[0].islower():
        return text
    if any(ch.isupper() for ch in core[1:]):
        return text  # iPhone, mRNA, eBay: the lowercase start is the spelling
    if lead.endswith(("--", "…", "...")):
        return text  # "--fat.": the rest of an interrupted sentence, not a new one
    return lead + core[0].upper() + core[1:] + trail


@dataclass(frozen=True)
class CapitalizeSentences(Normalizer):
    """Uppercase the first letter of a sentence's first word (``so it is`` → ``So it is``)."""

    def transform(self, transcript: Transcript) -> Transcript:
        tokens = transcript.tokens
        if len(tokens) > UNPUNCTUATED_WORDS and not _has_sentence_marks(tokens):
            return transcript  # auto-captions with no punctuation mark no sentence at all
        starts = sentence_starts(tokens)
        return transcript.map_tokens(
            lambda i, tok: capitalize_first(tok.text) if starts[i] and not is_tag(tok.text)
            else tok.text)


#: A transcript longer than this with no ``.``, ``?`` or ``!`` anywhere is unpunctuated
#: auto-captions: its first word is not a marked sentence start either, and stays as written.
UNPUNCTUATED_WORDS = 40


def _has_sentence_marks(tokens) -> bool:
    return any(ch in ".?!" for tok in tokens for ch in split_punct(tok.text)[2])
