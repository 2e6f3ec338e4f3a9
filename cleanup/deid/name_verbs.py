"""Verbs beside a name-like word that say what it is: a finite verb after it makes it a
subject, a name (``my brother will was there``: the name Will, not the modal); ``up``
after it makes it a verb (``jack up the dose``). And which first names a relative's word
takes (``my husband sal``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("will came over and we jack it up"))
>>> finite_after(v, 0), verb_use(v, 5)
(True, True)
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .knowledge import first_name, mostly_given, name_info
from .view import View

#: Verb forms that follow a subject but never a modal or a noun's modifier: ``my brother
#: will was`` (the name Will), not ``my brother will come``.
_FINITE = frozenset("""was is has had came comes went goes said says told tells did does
lives lived works worked called calls drove drives got gets brought brings took takes
stayed stays died passed made makes wants thinks thought knows knew saw sees found gave
gives kept left sent wrote bought felt heard met paid ran became began fell forgot grew
""".split())


_PARTICLE_OBJECTS = frozenset("it them that this him her".split())


# Words of degree before an adjective: "a very windy day", "too sandy" (not "so", which
# opens a sentence too: "so Kyle came").
_DEGREE = frozenset("very too quite rather fairly extremely".split())


def verb_use(view: View, i: int) -> bool:
    """A name-like word used as a verb with ``up`` (``jack up the dose``, ``jack it up``:
    a name is hardly ever followed by ``up``) or as an adjective after a word of degree
    (``a very windy day``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    if p is not None and view.keys[p] in _DEGREE and not mostly_given(view.bases[i]):
        return True  # not "you did that too carrie": a given name many carry
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and view.keys[j] in _PARTICLE_OBJECTS:
        j = view.next_word(j, cross=False, pauses=False)
    return j is not None and view.keys[j] == "up"


def finite_after(view: View, j: int) -> bool:
    """Whether a finite verb of the past or the third person follows the word at ``j``, so
    the word is its subject, a name (``will came over``, ``may said``), not a modal."""
    k = view.next_word(j, cross=False, pauses=False)
    if k is None:
        return False
    key = view.keys[k]
    return key in _FINITE or (len(key) > 4 and key.endswith("ed") and not key.endswith("eed")
                              and key.isalpha() and key not in FUNCTION_WORDS)


def given(key: str) -> bool:
    """A first name after a relative (``my husband sal``): a common first name, or any first
    name that is a rare word."""
    info = name_info(key)
    return first_name(key) or (info is not None and info.first > 0 and zipf(key) < 4.0)
