"""Professions: what a patient (or someone close) does for a living.

After a cue that says the next words are a job (``I work as a``, ``my job is``, ``I own an``,
``employed as``) the noun phrase is the profession, whatever it is; after a weaker cue
(``I'm a``, ``she's a``, ``retired``) only when its last word is an occupation from
``cleanup/data/deid_professions.txt``. A clinician's role said without a name (``the
cardiologist``, ``I'm under a physiotherapist``) is not PHI.

>>> from cleanup.transcript import Transcript
>>> from .spans import merge
>>> from .view import View
>>> v = View.of(Transcript.from_text("I work as a computer programmer and she's a retired "
...                                  "teacher, I'm a bit tired"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in merge(find_professions(v))]
[('computer', 'programmer'), ('teacher,', 'teacher,')]
"""
from __future__ import annotations

from functools import lru_cache

from ..lexicon import FUNCTION_WORDS, word_set
from .spans import Span, word_span
from .view import View

# Cues whose next noun phrase is a job; the first word indexes them.
_STRONG = (("work", "as"), ("works", "as"), ("worked", "as"), ("working", "as"),
           ("employed", "as"), ("job", "is"), ("job", "was"), ("job", "as"),
           ("occupation", "is"), ("profession", "is"), ("i", "own"), ("we", "own"),
           ("they", "own"), ("owns",), ("owned",),
           ("career", "as"), ("trained", "as"))
_WEAK = (("i'm",), ("i", "am"), ("he's",), ("she's",), ("he", "is"), ("she", "is"),
         ("was",), ("retired",), ("am",), ("as",), ("be",))
_ARTICLES = frozenset({"a", "an", "the"})
_MODIFIERS = frozenset("retired former senior junior head chief staff trainee student "
                       "part-time full-time self-employed qualified".split())
_STOP = frozenset("by at in for with from and but so who which that since because "
                  "now".split())


@lru_cache(maxsize=1)
def occupations() -> frozenset[str]:
    return word_set("deid_professions.txt")


def find_professions(view: View) -> list[Span]:
    spans = []
    firsts = {cue[0] for cue in _STRONG + _WEAK}
    seconds = {cue[1] for cue in _STRONG + _WEAK if len(cue) > 1} | _ARTICLES | {"retired"}
    for i in view.positions(firsts):
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or (view.keys[j] not in seconds and view.keys[i] not in ("retired",)):
            continue  # the word after a cue's first is never a job's start: skip cheaply
        words, where = view.run(i, 9, pauses=False)
        for cues, strong in ((_STRONG, True), (_WEAK, False)):
            cue = next((c for c in cues if tuple(words[:len(c)]) == c), None)
            if cue is None:
                continue
            span = _phrase(view, words, where, len(cue), strong)
            if span is not None:
                spans.append(span)
            break
    return spans


def _phrase(view: View, words: list[str], where: list[int], k: int, strong: bool) -> Span | None:
    """The noun phrase after the cue (article and modifiers left out of the span)."""
    owning = "own" in words[:k] or words[0] in ("owns", "owned")
    had_article = k < len(words) and words[k] in _ARTICLES
    if had_article:
        k += 1
    elif (not strong and words[0] != "retired") or owning:
        return None  # "I'm tired", "I own my home": no article, no job
    while k < len(words) and words[k] in _MODIFIERS:
        k += 1
    end = k
    while end < len(words) and end - k < 4 and words[end] not in FUNCTION_WORDS \
            and words[end] not in _STOP and words[end].replace("-", "").isalpha():
        end += 1
    if end == k:
        return None
    head = words[end - 1]
    if not strong and head not in occupations():
        return None
    if owning and end - k < 2 and head not in occupations():
        return None  # "I own a car": one plain noun; "I own an auto repair shop": a trade
    return word_span(view, where[k], where[end - 1], "PROFESSION", "PROFESSION")
