"""Short record numbers right after their cue: ``mrn xk 4471``, ``MRN: 44-871``,
``medical record number is x 9 0 2``.

A record number's cue says that what follows is an identifier, however short: up to five
tokens of letters and digits, with at least one digit among them, said before the clause
ends. Longer strings of digits are found by :mod:`.contacts` without a cue.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("patient mrn xk 4471 . date of birth is unknown"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in find_record_codes(v)]
[('MEDICALRECORD', 'xk', '4471')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS
from .numbers import DIGIT_WORDS
from .spans import Span, word_span
from .view import View

# Cues that only a record's identifier follows; the last word is looked up.
_CUES = {("mrn",): "MEDICALRECORD", ("mrnr",): "MEDICALRECORD",
         ("record", "number"): "MEDICALRECORD", ("chart", "number"): "MEDICALRECORD",
         ("hospital", "number"): "MEDICALRECORD", ("patient", "id"): "MEDICALRECORD",
         ("nhs", "number"): "MEDICALRECORD", ("ssn",): "SSN"}
# Words between the cue and the code: "mrn is", "mrn number", "mrn #".
_BETWEEN = frozenset("is number no # of".split())
_PIECE = regex.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LONGEST = 5


def find_record_codes(view: View) -> list[Span]:
    spans = []
    for i in view.positions({cue[-1] for cue in _CUES}):
        subtype = _cue_at(view, i)
        if subtype is None:
            continue
        j = view.next_word(i, cross=False)
        while j is not None and view.keys[j] in _BETWEEN:
            j = view.next_word(j, cross=False)
        last = _code_end(view, j) if j is not None else None
        if j is not None and last is not None:
            spans.append(word_span(view, j, last, "ID", subtype, "pattern"))
    return spans


def _cue_at(view: View, i: int) -> str | None:
    """The ID kind of the cue that ends at token ``i``."""
    for cue, subtype in _CUES.items():
        if cue[-1] != view.keys[i]:
            continue
        k: int | None = i
        for word in reversed(cue[:-1]):
            k = view.prev_word(k, cross=False) if k is not None else None
            if k is None or view.keys[k] != word:
                break
        else:
            return subtype
    return None


def _code_end(view: View, j: int) -> int | None:
    """The last token of a code of letters and digits from ``j`` on (a digit in it)."""
    last, digit = None, False
    k: int | None = j
    for _ in range(_LONGEST):
        if k is None or not _PIECE.fullmatch(view.keys[k]) or view.keys[k] in _BETWEEN:
            break
        if view.keys[k] in FUNCTION_WORDS or view.keys[k] in ("date", "dob"):
            break  # "MRN is 40-551-2210 if you're ...", "number, I have ..."
        has_digit = any(ch.isdigit() for ch in view.keys[k]) or view.keys[k] in DIGIT_WORDS
        if has_digit or (digit and len(view.keys[k]) <= 3):
            last = k  # letters after the digits only when short: "4471 b", not "4471 patient"
        elif digit:
            break
        digit = digit or has_digit
        if view.shapes[k].pause:
            break
        k = view.next_word(k, cross=False)
    return last if digit else None
