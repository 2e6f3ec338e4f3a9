"""Institutions named for a crown: ``the Royal Free``, ``to the Royal Liverpool``, ``at
Royal Derby``, ``the Queen Elizabeth``, ``the Princess Alexandra``. British and
Commonwealth hospitals (and schools, regiments, employers) are called by the honour and
the name after it, with no head noun, so no facility finder sees them. In text with
capitals, ``Royal`` after ``the`` or a word of place, or ``Queen``/``King``/``Prince``/
``Princess`` after ``the`` and before a given name, with the capitalized words after it
(up to three, ``of`` between them kept), names one; ``the royal family``, ``Her Royal
Highness`` and ``the Queen`` alone (a public figure) name none.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Sent to the Royal Liverpool, then the Queen Elizabeth "
...                                  "and at Royal Derby. The Royal Family and the Queen waved."))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in find_royal_names(v)]
['Royal Liverpool,', 'Queen Elizabeth', 'Royal Derby.']
"""
from __future__ import annotations

from .given_names import given_name
from .spans import Span, word_span
from .view import View

_CROWNS = frozenset("queen king prince princess".split())
_BEFORE = frozenset("the at to from in into".split())
#: Words after ``Royal`` that name no institution: ``the Royal Family``, ``Royal Highness``.
_NOT_AFTER = frozenset("""family families highness highnesses majesty household wedding
baby babies blue jelly icing flush couple tour visit warrant assent commission charter
prerogative pardon""".split())


def find_royal_names(view: View) -> list[Span]:
    if view.lowercase:
        return []
    spans = []
    for i in view.positions({"royal"} | _CROWNS):
        p = view.prev_word(i, cross=False, pauses=False)
        n = view.next_word(i, cross=False, pauses=False)
        if not view.shapes[i].cap or p is None or n is None or view.shapes[p].cap \
                or not view.shapes[n].cap or view.bases[n] in _NOT_AFTER:
            continue
        royal = view.keys[i] == "royal"
        if royal and view.keys[p] not in _BEFORE or not royal and (
                view.keys[p] != "the" or not given_name(view.bases[n])):
            continue
        spans.append(word_span(view, i, _last(view, n), "LOCATION", "ORGANIZATION", "context"))
    return spans


def _last(view: View, n: int) -> int:
    """The last capitalized word of the name that starts at ``n`` (``of`` between kept)."""
    last = n
    k = n
    for _ in range(3):
        if view.shapes[k].pause:
            break
        j = view.next_word(k, cross=False, pauses=False)
        if j is None or not (view.shapes[j].cap or view.keys[j] == "of"):
            break
        k = j
        if view.shapes[j].cap:
            last = j
    return last
