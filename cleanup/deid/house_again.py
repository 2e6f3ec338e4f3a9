"""A house number said again on its own: a crew reads back ``fourteen, we're on our way``
after ``fourteen Mill Lane`` was given. After a street with its number is found, the same
number said later as a clause of its own (a pause or a turn's start before it, a pause
after it) stands for the address.

>>> from cleanup.transcript import Transcript
>>> from .spans import Span
>>> from .view import View
>>> v = View.of(Transcript.from_text("it is fourteen Mill Lane . okay , fourteen , got it"))
>>> street = Span(2, 0, 4, 0, "LOCATION", "STREET")
>>> [v.texts[s.first] for s in house_again(v, [street])]
['fourteen']
"""
from __future__ import annotations

from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from .view import View

_MOST = 3  # number words in a house number: "two hundred twelve"
_SMALL = frozenset("a one two three four five six seven eight nine ten".split())


def house_again(view: View, spans: list[Span]) -> list[Span]:
    out = []
    for span in spans:
        if span.category != "LOCATION" or span.subtype != "STREET":
            continue
        number = _number(view, span.first, span.last)
        if not number:
            continue
        size = len(number)
        for i in view.positions({number[0]}):
            if i <= span.last:
                continue
            words, where = view.run(i, size, pauses=False)
            if tuple(words) == number and len(where) == size and _alone(view, i, where[-1]):
                out.append(word_span(view, i, where[-1], "LOCATION", "STREET", "propagated"))
    return out


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
