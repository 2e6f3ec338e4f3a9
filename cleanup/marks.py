"""Punctuation and whitespace: the character classes, a token's parts, and the mending rules.

Everything above the data model reads punctuation through this module, so a sentence end,
an opening quote or a dash means the same thing in every step. A token's text splits into
lead punctuation, a core and trailing punctuation:

>>> split_punct('“Hello,”')
('“', 'Hello', ',”')
>>> ends_sentence("?”"), ends_sentence(",")
(True, False)

When words are dropped, the punctuation they carried is mended (:func:`mend_before`,
:func:`mend_after`): ``You like her, huh?`` without ``huh?`` is ``You like her?``, not
``You like her,``.

>>> mend_before("her,", ["huh?"]), mend_after("no.", "-Hm,", at_line_start=True)
('her?', '-no.')
"""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

import regex

# ---- separators ----------------------------------------------------------------------------
#: The whitespace before a token, folded to one of three (the first token has ``""``).
SPACE, LINE, PARAGRAPH = " ", "\n", "\n\n"
_SEP_RANK = {"": 0, SPACE: 1, LINE: 2, PARAGRAPH: 3}


def stronger_sep(a: str, b: str) -> str:
    """The more separating of two whitespace runs (a paragraph break beats a space)."""
    return a if _SEP_RANK.get(a, 1) >= _SEP_RANK.get(b, 1) else b


def normalize_sep(ws: str) -> str:
    """Fold any whitespace run to a space, a line break or a paragraph break."""
    if not ws:
        return ""
    newlines = ws.count("\n")
    if newlines >= 2:
        return PARAGRAPH
    return LINE if newlines == 1 else SPACE


# ---- character classes ---------------------------------------------------------------------
#: Punctuation that opens a quotation, a bracket or (Spanish) a question.
OPENERS = "“‘\"'([{«¿¡"
#: Punctuation that closes a quotation or a bracket.
CLOSERS = "”’\"')]}»"
#: Closers that are never an apostrophe or an opening quote too: what a dropped word's
#: trail hands back to the word before it.
_BRACKET_CLOSERS = "".join(ch for ch in CLOSERS if ch not in "’\"'")
DASHES = "-‐–—"
#: Commas, semicolons and colons: a pause inside a sentence.
CLAUSE_MARKS = ",;:"
#: The marks that end a sentence, and the same without the ellipsis character.
SENTENCE_MARKS = frozenset(".?!")
SENTENCE_END = SENTENCE_MARKS | {"…"}
_HANDED_BACK = SENTENCE_END | set(_BRACKET_CLOSERS)  # what mend_before may move

# A token is lead punctuation, a core that starts and ends with a letter or a number
# character, and trailing punctuation. The core may hold inner punctuation: it’s, mod-ox,
# U.S, 3.50. A number character that is not a digit (½, ², ①) is part of the word too: a
# fraction is what was said, never punctuation to move.
_PARTS = regex.compile(r"^([^\w\p{N}]*?)([\w\p{N}](?:.*[\w\p{N}])?)?([^\w\p{N}]*)$",
                       regex.DOTALL)


@lru_cache(maxsize=1 << 16)
def split_punct(text: str) -> tuple[str, str, str]:
    """Split a token's text into (lead, core, trail).

    >>> split_punct('...')
    ('', '', '...')
    """
    m = _PARTS.match(text)
    if m is None:  # pragma: no cover - the pattern matches every string
        return "", text, ""
    lead, core, trail = m.group(1), m.group(2) or "", m.group(3)
    if not core:
        return "", "", lead + trail
    return lead, core, trail


def ends_sentence(trail: str) -> bool:
    """Whether trailing punctuation holds a sentence end (., ?, !, …): THE sentence-end test.

    (Whether the sentence really ends there, after ``Dr.`` or ``p.m.``, is
    :mod:`cleanup.boundaries`' decision, which starts from this one.)
    """
    return not SENTENCE_END.isdisjoint(trail)


def terminal(trail: str) -> str:
    """The sentence-ending part of trailing punctuation ('?', '...', '!?'), or ''."""
    for k, ch in enumerate(trail):
        if ch in SENTENCE_END:
            return "".join(c for c in trail[k:] if c in SENTENCE_END)
    return ""


# ---- mending what dropped words leave ------------------------------------------------------
def mend_before(prev: str, removed: Sequence[str]) -> str:
    """The text of the word before some dropped words (``removed``, their texts in order).

    - a sentence end on the dropped words (the last one among them) moves to it, replacing
      a comma, semicolon, colon or dash there (``her, huh?`` → ``her?``), unless it
      already ends a sentence;
    - commas, semicolons and colons on the dropped words go with them;
    - a closing bracket or quote on the last dropped word stays with the text it closes.

    Punctuation alone (no word to carry it) is never changed.
    """
    if _HANDED_BACK.isdisjoint("".join(removed)):
        return prev  # no sentence end or closing bracket anywhere: nothing to hand back
    last = next((t for t in (terminal(split_punct(r)[2]) for r in reversed(removed)) if t), "")
    closers = "".join(ch for ch in split_punct(removed[-1])[2] if ch in _BRACKET_CLOSERS)
    if not (last or closers):
        return prev  # the usual case: nothing to hand back
    plead, pcore, ptrail = split_punct(prev)
    if not pcore:
        return prev
    if last and not ends_sentence(ptrail):
        ptrail = ptrail.rstrip(CLAUSE_MARKS + "—–-") + last
    if closers and not ptrail.endswith(closers):
        ptrail += closers
    return plead + pcore + ptrail


def mend_after(nxt: str, first_removed: str, at_line_start: bool) -> str:
    """The text of the word after some dropped words, given the first dropped one's text:
    opening punctuation (quotes, brackets, and a dialogue dash at the start of a line)
    moves on to it (``-Hm, no.`` → ``-no.``)."""
    if first_removed[:1].isalnum():
        return nxt  # no opening punctuation to move
    opener = "".join(ch for ch in split_punct(first_removed)[0]
                     if ch in OPENERS or (at_line_start and ch in DASHES))
    if not opener:
        return nxt
    lead, core, trail = split_punct(nxt)
    if core and not lead.startswith(opener):
        return opener + lead + core + trail
    return nxt
