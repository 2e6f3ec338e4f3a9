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

from typing import Iterable

from ..boundaries import boundary_after, is_tag, sentence_start_at
from ..pipeline import Normalizer
from ..transcript import PARAGRAPH, Token, Transcript, split_punct


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
        texts, seps = transcript.texts, transcript.seps
        distinct = set(texts)
        if len(texts) > UNPUNCTUATED_WORDS and not _has_sentence_marks(distinct):
            return transcript  # auto-captions with no punctuation mark no sentence at all
        capitals = {}
        for text in distinct:
            if not is_tag(text) and (capital := capitalize_first(text)) != text:
                capitals[text] = capital
        # After a word that ends no sentence (``so``, ``well,``) no sentence starts, short of
        # a paragraph break: most tokens are decided without looking further back.
        no_start_after = {text for text in distinct if not _may_end_sentence(text)}
        edits = {}
        previous = ""
        for i, (text, sep) in enumerate(zip(texts, seps)):
            if (text in capitals and (previous not in no_start_after or sep == PARAGRAPH or i == 0)
                    and sentence_start_at(transcript, i)):
                edits[i] = capitals[text]
            previous = text
        return transcript.with_texts(edits)


def _may_end_sentence(text: str) -> bool:
    """False for a word after which the sentence surely goes on (a word, not a tag, with no
    sentence end after it); True when the next token may start one."""
    return is_tag(text) or not split_punct(text)[1] or boundary_after(Token(text)) is not False


#: A transcript longer than this with no ``.``, ``?`` or ``!`` anywhere is unpunctuated
#: auto-captions: its first word is not a marked sentence start either, and stays as written.
UNPUNCTUATED_WORDS = 40


def _has_sentence_marks(texts: Iterable[str]) -> bool:
    return any(ch in ".?!" for text in texts for ch in split_punct(text)[2])
