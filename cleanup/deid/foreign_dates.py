"""Dates written in the other languages Whisper transcribes, with the day in digits before
the month's name: ``22 de agosto de 2025`` (Portuguese), ``3 de marzo`` (Spanish), ``le 14
juillet 2025`` (French), ``am 3. Mai 2024`` (German), ``il 9 luglio`` (Italian), ``op 12
januari`` (Dutch). The day (1 to 31) must come first, as these languages write it, so a
month's name that is also a word or a name elsewhere (``Julio``, ``mars``, ``Mai``) is a
month only when a day's number is said right before it (or, alone, in a sentence of its
own language: ``desde noviembre``), and one that English says too
(``mars``, ``mai``) only with a year, ``de`` or a word of its language (``le 3 mars``); a
year after it (with ``de``/``del`` between) is part of the date.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Consulta em 22 de agosto de 2025; le 14 juillet; "
...                                  "Julio tiene 3 hijos; am 3. Mai 2024."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_foreign_dates(v)]
['22 de agosto de 2025;', '14 juillet;', '3. Mai 2024.']
"""
from __future__ import annotations

import regex

from .spans import Span, word_span
from .view import View

_MONTHS = frozenset("""
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
janeiro fevereiro março marco maio junho julho setembro outubro novembro dezembro
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre
decembre
januar februar märz maerz juni juli oktober dezember jänner
gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
januari februari maart mei augustus
""".split())
_DAY = regex.compile(r"(?:[1-9]|[12]\d|3[01])(?:\.|º|°|er|e|o)?")
#: Months' names that English says too: a month only with a year after, ``de`` between or
#: a word of the language before the day (``le 3 mars``, ``el 5 de mayo``).
_ENGLISH_TOO = frozenset("mars mai marco mayo julio mei augustus".split())
_FOREIGN_BEFORE = frozenset("""le du au dès depuis jusqu'au el en desde hasta em no dia am vom
bis seit ab il dal al entro op tot sinds per""".split())
_DOTTED = regex.compile(r"(?:[1-9]|[12]\d|3[01])\.")
_LINKS = frozenset("de del".split())
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")


def find_foreign_dates(view: View) -> list[Span]:
    spans = []
    for i in view.positions(_MONTHS):
        first = _day_before(view, i)
        if first is None and view.foreign(i) and view.keys[i] not in _ENGLISH_TOO:
            first = i  # "desde diciembre hasta enero": a month named in its own language
        if first is None:
            continue
        last = i
        k = view.next_word(i, cross=False, pauses=False) if not view.shapes[i].pause else None
        if k is not None and view.keys[k] in _LINKS:
            k = view.next_word(k, cross=False, pauses=False) if not view.shapes[k].pause else None
        if k is not None and _YEAR.fullmatch(view.keys[k]):
            last = k
        elif view.keys[i] in _ENGLISH_TOO and not _foreign_before(view, first, i):
            continue  # "3 mars bars", "2 mai tais"
        spans.append(word_span(view, first, last, "DATE", "DATE", "pattern"))
    return spans


def _foreign_before(view: View, first: int, i: int) -> bool:
    p = view.prev_word(first, cross=False, pauses=False)
    return any(view.keys[k] in _LINKS for k in range(first + 1, i)) or (
        p is not None and view.keys[p] in _FOREIGN_BEFORE)


def _day_before(view: View, i: int) -> int | None:
    """The day's number before the month (past ``de``), or ``None``."""
    p = view.prev_word(i, cross=False, pauses=False)
    if p is None and (q := view.prev_word(i)) is not None and _DOTTED.fullmatch(view.texts[q]):
        return q  # "3. Mai": the German day's period is no sentence's end
    if p is not None and view.keys[p] in _LINKS:
        p = view.prev_word(p, cross=False, pauses=False)
    return p if p is not None and _DAY.fullmatch(view.shapes[p].core or view.keys[p]) else None
