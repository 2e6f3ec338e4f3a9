"""Radio and television stations named by their call sign: four capitals that begin with
``K`` or ``W`` (the United States) or ``C`` (Canada), with an ``-FM``/``-AM``/``-TV`` at
times, said as a station: before ``radio``/``FM``/``public radio``/``news`` (``KQED
radio``), after ``listening to``/``tune in to``/``on`` a station's word, or written with its
band (``WXRT-FM``). A station names a town's audience as a clinic's name does; a capital
run said anywhere else (``WBCs``, ``CBCT``, ``KUB``) is no station.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("I heard it on KQED radio, then on WXRT-FM. "
...                                  "You're listening to KMUD. His CBCT was fine."))
>>> [v.texts[s.first] for s in find_broadcasters(v)]
['KQED', 'WXRT-FM.', 'KMUD.']
"""
from __future__ import annotations

import regex

from .spans import Span, word_span
from .view import View

_CALL_SIGN = regex.compile(r"[KWC][A-Z]{3}")
_BAND = regex.compile(r"[KWC][A-Z]{2,3}-(?:FM|AM|TV|DT|LP|HD\d?)")
# Words said right after a call sign that make it a station: "KQED radio", "KUOW News".
_AFTER = frozenset("radio fm am tv television news public station studios".split())
# Words said right before one: "listening to KMUD", "tune in to WNYC", "here at KUOW".
_BEFORE = frozenset("listening listen listened tune tuned tuning hear heard airs aired".split())


def find_broadcasters(view: View) -> list[Span]:
    spans = []
    for i in range(view.n):
        core = view.shapes[i].core
        if core[:1] not in ("K", "W", "C"):
            continue
        if _BAND.fullmatch(core) or _CALL_SIGN.fullmatch(core) and _said_as_station(view, i):
            spans.append(word_span(view, i, i, "LOCATION", "ORGANIZATION", "pattern"))
    return spans


def _said_as_station(view: View, i: int) -> bool:
    nxt = view.next_word(i, cross=False, pauses=False)
    if nxt is not None and view.keys[nxt] in _AFTER:
        return True
    p = view.prev_word(i, cross=False, pauses=False)
    if p is not None and view.keys[p] in ("to", "on", "at"):
        p = view.prev_word(p, cross=False, pauses=False)
    return p is not None and (view.keys[p] in _BEFORE or view.keys[p] == "here")
