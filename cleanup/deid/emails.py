"""E-mail and web addresses said aloud: read from the ``dot`` before their domain's end
back through ``at`` to the first word. The end is a known top-level domain (``dot com``,
``dot org``) or, in an e-mail address, a country's code, said as a word or spelled
(``dot fr``, ``dot c a``, ``dot co dot u k``); the user part may hold letters spelled and
numbers said (``khalid dot a r seventy``, ``wong eighty eight``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("it's tom dot a b eighty at shaw dot c a thanks, or "
...                                  "www dot clinic dot org"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in spoken_addresses(v)]
[('EMAIL', 'tom', 'a'), ('URL', 'www', 'org')]
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from .view import View

TLDS = frozenset("com org net edu gov io uk us info biz".split())
# Countries' domains said as one word: only after "at", in an e-mail address.
_COUNTRY_DOMAINS = frozenset("ca fr de au ie nz in es it nl be ch se no dk co jp br mx "
                             "za ng ke pk sg".split())
_JOINERS = frozenset("dot underscore dash hyphen".split())


def spoken_addresses(view: View) -> list[Span]:
    """``mary dot smith at gmail dot com`` (EMAIL), ``www dot clinic dot org`` (URL)."""
    spans = []
    for dot in view.positions({"dot"}):
        end, known = _domain_end(view, dot)
        if end is None:
            continue
        first, saw_at = _address_start(view, dot)
        if first is None or not (known or saw_at):
            continue
        subtype = "EMAIL" if saw_at else "URL"
        spans.append(word_span(view, first, end, "CONTACT", subtype, "pattern"))
    return spans


def _domain_end(view: View, dot: int) -> tuple[int | None, bool]:
    """The last token of the domain's end after ``dot`` and whether it is a known
    top-level domain (else a country's code, said or spelled)."""
    j = view.next_word(dot, cross=False)
    if j is None:
        return None, False
    key = view.keys[j]
    if key in TLDS:
        return j, True
    if key in _COUNTRY_DOMAINS:
        return j, False
    if len(key) == 1 and key.isalpha():  # "c a", "u k": the code spelled
        k = view.next_word(j, cross=False)
        if k is not None and key + view.keys[k] in _COUNTRY_DOMAINS | {"uk"}:
            return k, False
    return None, False


def _spelled(view: View, i: int) -> bool:
    """A letter said alone in an address: ``a`` or ``i`` only right after a joiner
    (``dot a r``), where it cannot be the word."""
    key = view.keys[i]
    if len(key) != 1 or not key.isalpha():
        return False
    p = view.prev_word(i, cross=False)
    return key not in ("a", "i") or (p is not None and view.keys[p] in _JOINERS)


def _address_start(view: View, dot: int) -> tuple[int | None, bool]:
    """Walk back from the ``dot`` before a top-level domain to the address's first word."""
    j = view.prev_word(dot, cross=False)
    first, saw_at, numbered = None, False, False
    while j is not None:
        first = j
        p = view.prev_word(j, cross=False)
        if p is None or view.keys[j] == "www":
            break
        key = view.keys[p]
        if key in _JOINERS or (key == "at" and not saw_at):
            saw_at = saw_at or key == "at"
            j = view.prev_word(p, cross=False)
            numbered = j is not None and (view.keys[j] in NUMBER_WORDS or view.keys[j].isdigit())
            continue
        if key in NUMBER_WORDS or key.isdigit() or _spelled(view, p):
            j, numbered = p, True  # "apollo two four seven", "wong eighty eight", "a r"
            continue
        if numbered and key.isalpha() and key not in FUNCTION_WORDS:
            j, numbered = p, False  # the letters the digits are written after
            continue
        if view.keys[j] in ("www",) or key in ("http", "https"):
            first = p if key in ("http", "https") else j
        elif saw_at and (len(key) == 1 or key.isdigit() or key.isalpha() and zipf(key) < 3.5):
            first = p  # "j smith at ...": an initial or a name before the last part
        break
    return first, saw_at
