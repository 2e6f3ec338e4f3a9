"""Capitalize the first word of every sentence.

>>> CapitalizeSentences()("that’s leading. so it is? yes! and he was... tired")
'That’s leading. So it is? Yes! And he was... tired'

Sentence starts come from :mod:`cleanup.boundaries`: after ``.``, ``?``, ``!``, at the
start of the text and after a paragraph break, but not after ``Dr.``, ``e.g.``, ``U.S.``
or an ellipsis. A bracketed tag keeps its case and passes the capital on (``[doctor] okay.``
→ ``[doctor] Okay.``). A long transcript with no sentence punctuation at all (old-style
auto-captions, lowercase ASR: fewer than one ``.``, ``?`` or ``!`` per 100 tokens, see
:func:`cleanup.boundaries.marks_sentences`) does not mark where its text or a paragraph
starts, so only a word after a real ``.``, ``?`` or ``!`` is capitalized there; a snippet
of up to 40 tokens is one sentence (``so we talked`` → ``So we talked``). Run last,
after the steps that remove words, so that a sentence whose first word was a filler (``Um,
that’s``) still gets its capital, and a filler removed from unpunctuated text (``uh
maintaining the``) leaves no capital behind.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final, Iterable, Iterator, Sequence

from ..boundaries import boundary_after, is_tag, marks_sentences
from ..lexicon import split_markup, title_first
from ..marks import PARAGRAPH, SENTENCE_MARKS, split_punct
from ..pipeline import Normalizer
from ..tokens import Token
from ..transcript import Transcript
from ..words import Words


def capitalize_first(text: str) -> str:
    """The token with its word's first letter capitalized; markup (``<i>``) is not a word,
    and a letter whose capital is two letters (``ß``, ``ﬁ``) stays as it is."""
    before, inner, after = split_markup(text)
    lead, core, trail = split_punct(inner)
    if not core or not core[0].islower():
        return text
    if any(ch.isupper() for ch in core[1:]):
        return text  # iPhone, mRNA, eBay: the lowercase start is the spelling
    if lead.endswith(("--", "…", "...")):
        return text  # "--fat.": the rest of an interrupted sentence, not a new one
    return before + lead + title_first(core) + trail + after


@dataclass(frozen=True)
class CapitalizeSentences(Normalizer):
    """Uppercase the first letter of a sentence's first word (``so it is`` → ``So it is``)."""

    def transform(self, transcript: Transcript) -> Transcript:
        texts, seps = transcript.texts, transcript.seps
        distinct = set(texts)
        short = len(texts) <= UNPUNCTUATED_WORDS  # a snippet: one sentence, marked or not
        if not short and not _has_sentence_marks(distinct):
            return transcript  # auto-captions with no punctuation mark no sentence at all
        marked = short or marks_sentences(transcript, distinct)
        capitals = {}
        for text in distinct:
            if not is_tag(text) and (capital := capitalize_first(text)) != text:
                capitals[text] = capital
        # After a word (not a tag) the sentence-start state is that word's own boundary:
        # ``False`` after most words (``so``, ``well,``), where nothing needs a look.
        after_word = {text: boundary_after(Token(text)) for text in distinct
                      if split_punct(text)[1] and not is_tag(text)}
        may_end = distinct.difference(
            text for text, after in after_word.items() if after is False)
        words, capitalized = Words(transcript), {}
        start: bool | None | _Sentinel  # whether token i starts a sentence
        for i in _maybe_starts(transcript, may_end):
            text = texts[i]
            if text not in capitals or i in capitalized:
                continue
            if i == 0 or seps[i] == PARAGRAPH:
                start = marked
            else:
                start = after_word.get(texts[i - 1], _LOOK_BACK)
                if start is _LOOK_BACK:  # after punctuation alone or a tag
                    start = words.sentence_start(i) and (marked or _after_mark(texts, seps, i))
            if start:
                capitalized[i] = capitals[text]
        edits = transcript.edit()
        edits.rewrite_all(capitalized)
        return edits.commit()


class _Sentinel(Enum):
    LOOK_BACK = "look back"


_LOOK_BACK: Final = _Sentinel.LOOK_BACK  # no boundary known from the word alone


def _maybe_starts(transcript: Transcript, may_end: set[str]) -> Iterator[int]:
    """The indices of the tokens that may start a sentence: the first, each one after a
    token with a text in ``may_end``, each one after a paragraph break (some more than once),
    found by scans in C (:meth:`Transcript.positions`, tuple.index), not a loop in Python."""
    n = len(transcript.texts)
    if n:
        yield 0
    for k in transcript.positions(may_end):
        if k + 1 < n:
            yield k + 1
    seps, i = transcript.seps, -1
    while True:
        try:
            i = seps.index(PARAGRAPH, i + 1)
        except ValueError:
            return
        yield i


#: A transcript up to this long is a snippet, one sentence whose first word is capitalized;
#: a longer one marks where its text and paragraphs start only if it marks its sentences.
UNPUNCTUATED_WORDS = 40


def _after_mark(texts: Sequence[str], seps: Sequence[str], i: int) -> bool:
    """Whether a ``.``, ``?`` or ``!`` comes before token ``i`` within its paragraph with
    only tags and punctuation between (not just the start of the text or paragraph)."""
    j = i
    while j > 0 and seps[j] != PARAGRAPH:
        j -= 1
        lead, core, trail = split_punct(texts[j])
        if not SENTENCE_MARKS.isdisjoint(trail):
            return True
        if core and not is_tag(texts[j]):
            return False
    return False


def _has_sentence_marks(texts: Iterable[str]) -> bool:
    return any(not SENTENCE_MARKS.isdisjoint(split_punct(text)[2]) for text in texts)
