"""A house number said again: a crew reads back ``fourteen, we're on our way`` after
``fourteen Mill Lane`` was given; a caller says ``same address, fourteen Mill?``; a
neighbour's house is ``next door, number sixteen``. After a street with its number is
found, the same number said later as a clause of its own (a pause or a turn's start before
it, a pause after it), or with the first words of the street's name after it, stands for
the address; and once a street was given, a house said by ``number`` and its number (after
``next door``, ``at``, ``house``) is one too.

>>> from cleanup.transcript import Transcript
>>> from .spans import Span
>>> from .view import View
>>> v = View.of(Transcript.from_text("it is fourteen Mill Lane . okay , fourteen , got it"))
>>> street = Span(2, 0, 4, 0, "LOCATION", "STREET")
>>> [v.texts[s.first] for s in house_again(v, [street])]
['fourteen']
"""
from __future__ import annotations

from .numbers import NUMBER_WORDS, cardinal
from .spans import Span, word_span
from .view import View

_MOST = 3  # number words in a house number: "two hundred twelve"
_SMALL = frozenset("a one two three four five six seven eight nine ten".split())
# Words right before "number" that make it a house's: "next door, number 9", "at number 9".
_HOUSE_CUES = frozenset("door at house home neighbour neighbor neighbours neighbors".split())


def house_again(view: View, spans: list[Span]) -> list[Span]:
    out = []
    streets = [s for s in spans if s.category == "LOCATION" and s.subtype == "STREET"]
    for span in streets:
        number = _number(view, span.first, span.last)
        if not number:
            continue
        size = len(number)
        names = _name_words(view, span.first, span.last, size)
        for i in view.positions({view.keys[span.first]}):
            if i <= span.last:
                continue
            words, where = view.run(i, size + len(names), pauses=False)
            if tuple(words[:size]) != number or len(where) < size:
                continue
            said = _names_said(words[size:], names)
            if said:
                out.append(word_span(view, i, where[size + said - 1], "LOCATION", "STREET",
                                     "propagated"))
            elif _alone(view, i, where[size - 1]):
                out.append(word_span(view, i, where[size - 1], "LOCATION", "STREET",
                                     "propagated"))
    return out + (_numbered_houses(view) if streets else [])


def _name_words(view: View, first: int, last: int, size: int) -> tuple[str, ...]:
    """The street's name words after its number (the street word left out)."""
    words, where = view.run(first, size + last - first + 1, pauses=False)
    return tuple(w for w, k in zip(words, where) if k < last)[size:]


def _names_said(words: list[str], names: tuple[str, ...]) -> int:
    """How many of the street's name words open ``words`` (``fourteen Mill``)."""
    said = 0
    while said < len(names) and said < len(words) and words[said] == names[said]:
        said += 1
    return said


def _numbered_houses(view: View) -> list[Span]:
    """``next door, number sixteen.``: a house's number after ``number``, ending a clause."""
    out = []
    for i in view.positions({"number"}):
        p = view.prev_word(i, cross=False)
        j = view.next_word(i, cross=False, pauses=False)
        if p is None or j is None or view.keys[p] not in _HOUSE_CUES:
            continue
        words, where = view.run(j, _MOST, pauses=False)
        value = cardinal(words)
        if value is not None and _ends_clause(view, where[value[1] - 1]):
            out.append(word_span(view, j, where[value[1] - 1], "LOCATION", "STREET",
                                 "context"))
    return out


def _ends_clause(view: View, k: int) -> bool:
    return view.shapes[k].pause or view.next_word(k, cross=False, pauses=False) is None


def _number(view: View, first: int, last: int) -> tuple[str, ...]:
    """The number words (or the digits) that open a street's span: its house number."""
    if view.keys[first].isdigit():
        return (view.keys[first],) if len(view.keys[first]) > 1 else ()
    words, _ = view.run(first, min(_MOST, last - first + 1), pauses=False)
    out: list[str] = []
    for word in words:
        if word not in NUMBER_WORDS or word in ("oh", "double", "triple"):
            break
        out.append(word)
    if len(out) == 1 and out[0] in _SMALL:
        return ()  # "one", "two": said alone, a count or an answer as often
    return tuple(out) if len(out) < len(words) or last - first + 1 > len(out) else ()


def _alone(view: View, first: int, last: int) -> bool:
    """Whether the words ``first``..``last`` make a clause of their own."""
    return view.prev_word(first, cross=False, pauses=False) is None and \
        view.next_word(last, cross=False, pauses=False) is None
