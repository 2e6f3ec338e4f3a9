"""First names that are also words (``joy``, ``grace``, ``frank``), known from the company
they keep in talk: paired with the speaker (``me and joy went``, ``grace and i``),
introduced and then said of as a person (``this is dawn, she's my sister``), owning a
relative (``joy's husband``), or asked, told or rung (``ask grace to call``, ``i rang
dawn and she came``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("so me and joy went , then this is grace she's my niece"))
>>> [v.texts[s.first] for s in find_company(v)]
['joy', 'grace']
"""
from __future__ import annotations

from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .given_names import given_name
from .knowledge import MODAL_NAMES, RELATIVES, first_name
from .name_verbs import finite_after
from .person_words import person_word
from .spans import Span, word_span
from .view import View

_SPEAKER = frozenset("me i".split())
# Words that speak of the one just introduced as a person: "this is dawn, she's my sister".
_PERSON_AFTER = frozenset("he she he's she's my our his her your".split())
_INTRODUCING = (("this", "is"), ("that's",), ("meet",))


def find_company(view: View) -> list[Span]:
    candidates = {k for k in set(view.bases) if k and given_name(k) and k not in MODAL_NAMES
                  and zipf(k) < 5.0}  # "hope", "mark": verbs too often
    spans = []
    for i in view.positions(candidates):
        if not person_word(view, i):
            continue
        if view.keys[i] != view.bases[i] and not _owner(view, i):
            continue  # a possessive only before a relative: "joy's husband"
        if _paired(view, i) or _introduced(view, i) or _owner(view, i) or _addressee(view, i):
            spans.append(word_span(view, i, i, "NAME", "OTHER", "cue"))
    return spans


def _paired(view: View, i: int) -> bool:
    """``me and joy``, ``joy and i``: a first name joined by ``and`` to the speaker (not
    after a determiner: ``my faith and i``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    j = view.next_word(i, cross=False, pauses=False)
    if p is not None and view.keys[p] == "and":
        q = view.prev_word(p, cross=False, pauses=False)
        return q is not None and view.keys[q] == "me" and (
            j is None or view.keys[j] in FUNCTION_WORDS or finite_after(view, i))  # not
        # "me and ginger ale": a verb or a function word (or nothing) after the name
    if j is not None and view.keys[j] == "and":
        k = view.next_word(j, cross=False, pauses=False)
        return k is not None and view.keys[k] in _SPEAKER and (
            p is None or view.keys[p] not in DETERMINERS)
    return False


def _introduced(view: View, i: int) -> bool:
    """``this is dawn she's my sister``, ``meet grace, my niece``: a first name after an
    introduction, then words of a person (or, for a name many carry as a first name, the
    end of the clause: ``this is grace``)."""
    words: list[str] = []
    p = view.prev_word(i, cross=False, pauses=False)
    while p is not None and len(words) < 2:
        words.insert(0, view.keys[p])
        p = view.prev_word(p, cross=False, pauses=False)
    if not any(tuple(words[-len(cue):]) == cue for cue in _INTRODUCING):
        return False
    j = view.next_word(i, cross=False)
    if j is None:
        return first_name(view.bases[i])
    return view.keys[j] in _PERSON_AFTER


def _owner(view: View, i: int) -> bool:
    """``joy's husband``, ``frank's daughter``: a first name owning a relative."""
    j = view.next_word(i, cross=False, pauses=False)
    return view.keys[i] != view.bases[i] and j is not None and view.bases[j] in RELATIVES


# Verbs whose object is a person asked, told or rung, and the words after that object.
_ASKING = frozenset("""ask asked asking tell told telling ring rang rung ringing phone phoned
text texted messaged emailed thank thanked""".split())
_AFTER_ASKED = frozenset("to about that if whether and so".split())


def _addressee(view: View, i: int) -> bool:
    """``ask grace to call``, ``i told frank about it``, ``i rang joy and she came``: the
    object of a verb of asking, telling or ringing, before ``to``/``about``/``and``… or the
    end of the clause."""
    p = view.prev_word(i, cross=False, pauses=False)
    j = view.next_word(i, cross=False, pauses=False)
    return p is not None and view.keys[p] in _ASKING and view.keys[i] == view.bases[i] and (
        j is None or view.keys[j] in _AFTER_ASKED)
