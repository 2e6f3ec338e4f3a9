"""A phone number read out in groups with pauses: the transcript writes each pause as an
ellipsis or a full stop, so no group holds enough digits to be a number on its own
(``my number is 917... 555... 0182``, ``it's four one two... uh... three three eight``,
a number broken off: ``it's 708... uh... 555... I can't recall``). After a phone's cue in
the same turn, two groups or more of three or four digits each, every group alone in its
pause (hesitations between them), are one phone number's parts: one span over them. And
the three digits after ``area code`` are a phone's (``area code 503, 555-0147``).

Counts and readings stay numbers: a group with any other word in its pause, or a cue that
names no phone (``the number of tablets``), is none.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("My phone is... it's 708... uh... 555... I forget."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in paused_phones(v, frozenset({"phone"}),
...                                                              frozenset())]
[('708...', '555...')]
"""
from __future__ import annotations

from .numbers import digits
from .spans import Span, word_span
from .speech_words import hesitation
from .view import View

# Words that may stand before a group in its pause.
_OPENERS = frozenset("is it's its was at on me us number".split())
# Words between the cue and the first group: "my phone is... hold on... it's 708".
_REACH = 12
# Digits in one group: an area code or an exchange's three, a line's four.
_GROUP = range(3, 5)


def paused_phones(view: View, cues: frozenset[str], before_number: frozenset[str]
                  ) -> list[Span]:
    """The phone numbers read in paused groups after one of the ``cues`` (``number`` only
    after one of ``before_number``: ``your number``, not ``the number of``), and the digits
    after ``area code``; the caller's cue words (:mod:`.contacts`)."""
    spans: list[Span] = []
    done = -1
    for i in view.positions(cues | {"code"}):
        if i <= done:
            continue
        if view.keys[i] == "code":
            spans += _area_code(view, i)
            continue
        p = view.prev_word(i, cross=False)
        if view.keys[i] == "number" and (p is None or view.keys[p] not in before_number):
            continue
        cue = i
        # one number a span, the hesitations between its groups with it; a second number
        # may follow the first (", and my husband's is 412... 555... 0177")
        while len(groups := _groups(view, cue)) >= 2:
            spans.append(word_span(view, groups[0][0], groups[-1][1], "CONTACT", "PHONE",
                                   "pattern"))
            cue = done = groups[-1][1]
    return spans


def _groups(view: View, cue: int) -> list[tuple[int, int, int]]:
    """The paused digit groups after the cue at ``cue``: (first, last, digits) each."""
    groups: list[tuple[int, int, int]] = []
    j = view.next_word(cue)
    while j is not None and not view.turn_between(cue, j):
        group = _group(view, j)
        if group is not None:
            groups.append(group)
            j = view.next_word(group[1])
            continue
        if groups and not hesitation(view.keys[j]):
            break  # the number is over: "... I don't remember"
        if not groups and j - cue > _REACH:
            break
        j = view.next_word(j)
    return groups


def _group(view: View, j: int) -> tuple[int, int, int] | None:
    """A group of digits opening at ``j`` that fills its pause: the words before its pause
    are digits only, and a pause (an ellipsis, a full stop) ends it."""
    p = view.prev_word(j, cross=False)
    if p is not None and not hesitation(view.keys[p]) and view.keys[p] not in _OPENERS:
        return None  # "it's 708...", "at 917...": an opener's words may stand before it
    words, where = view.run(j, 5, pauses=False)
    found = digits(words) if words else None
    if found is None or len(found[0]) not in _GROUP:
        return None
    text, used = found
    last = where[used - 1]
    if view.next_word(last, cross=False, pauses=False) is not None:
        return None  # more words in its pause: not a group read alone
    return j, last, len(text)


def _area_code(view: View, i: int) -> list[Span]:
    """``area code 503``: the three digits after it, said or written."""
    p = view.prev_word(i, cross=False)
    j = view.next_word(i, cross=False)
    if p is None or view.keys[p] != "area" or j is None:
        return []
    words, where = view.run(j, 3, pauses=False)
    found = digits(words) if words else None
    if found is None or len(found[0]) != 3:
        return []
    return [word_span(view, j, where[found[1] - 1], "CONTACT", "PHONE", "pattern")]
