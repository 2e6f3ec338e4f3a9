"""Dates that ASR ran together into one number: ``her previous follow-up on 917`` (9/17),
``blood work on 120`` (1/20).

A number of three or four digits after ``on`` is a month and a day run together when it
reads as one (``917``: September 17; ``1231``: December 31; not ``935``, ``1340``), a word
of a visit or a test comes just before (``follow-up on``, ``seen on``, ``blood work on``),
and no unit or number follows it (``on 120 mg`` is a dose).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("at her follow-up on 917 , she was on 120 mg daily"))
>>> [v.texts[s.first] for s in find_run_dates(v)]
['917']
"""
from __future__ import annotations

from .spans import Span, word_span
from .numbers import UNITS_AFTER
from .view import View

# Words of a visit, a test or a procedure before "on": "follow-up on 917".
_VISITS = frozenset("""follow-up followup follow visit appointment seen saw work labs lab test
tests scan mri ct x-ray surgery procedure done performed admitted discharged""".split())
_REACH = 3  # words back from "on" to the word of a visit


def find_run_dates(view: View) -> list[Span]:
    spans = []
    for i in view.positions({"on"}):
        j = view.next_word(i, cross=False, pauses=False)
        n = view.next_word(j, cross=False, pauses=False) if j is not None else None
        if j is None or not _month_day(view.keys[j]) or (n is not None and (
                view.keys[n] in UNITS_AFTER or view.keys[n].isdigit())):
            continue  # "on 120 mg": a dose
        if any(view.bases[p] in _VISITS for p in view.words_before(i, _REACH)):
            spans.append(word_span(view, j, j, "DATE", "DATE", "pattern"))
    return spans


def _month_day(key: str) -> bool:
    """Whether three or four digits read as a month and a day run together."""
    if not key.isdigit() or len(key) not in (3, 4):
        return False
    month, day = (int(key[:1]), int(key[1:])) if len(key) == 3 else (int(key[:2]), int(key[2:]))
    return 1 <= month <= 12 and 1 <= day <= 31
