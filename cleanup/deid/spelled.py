"""A word spelled out beside itself: ``it's okorie , o k o r i e``, ``Adebanjo,
A-D-E-B-A-N-J-O``. People spell the words a listener cannot guess, their names above all;
the word and its letters are a name (inside an e-mail address the address's span wins).
The word need not stand beside its letters: ``Kowalski, with a W?`` … ``yes, K-O-W-A-L-S-K-I``
spells a word of the file, and that word is a name wherever it is said.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("it's okorie , o k o r i e , and the rash is red"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_spelled(v)]
[('okorie', 'okorie'), ('o', 'e')]
"""
from __future__ import annotations

import regex

from ..lexicon import zipf
from .knowledge import DEPARTMENTS, NOT_PERSON, is_protected
from .name_strength import STRONG, strength
from .spans import Span, word_span
from .view import View

_HYPHENATED = regex.compile(r"[a-z](?:-[a-z]){2,}")


def find_spelled(view: View) -> list[Span]:
    spans: list[Span] = []
    done = -1
    starts = {k for k in set(view.keys) if (len(k) == 1 and k.isalpha())
              or ("-" in k and _HYPHENATED.fullmatch(k))}
    for i in view.positions(starts):
        if i <= done:
            continue
        first, last, letters = letters_at(view, i)
        if not letters:
            continue
        done = last
        beside = (view.next_word(last, cross=False), view.prev_word(first, cross=False))
        for j in [*beside, *view.turn_words_before(first, _REACH)]:
            if j is not None and view.bases[j] == letters and len(letters) >= 3 and \
                    (not _acronym(view, j, letters) or _named_here(view, j)) and (
                    j in beside or _named(view, j)):  # "my last name is Hill H-I-L-L"
                spans.append(word_span(view, j, j, "NAME", "PATIENT", "pattern"))
                spans.append(word_span(view, first, last, "NAME", "PATIENT", "pattern"))
                break
        else:
            spans += _spelled_elsewhere(view, first, last, letters) or _after_cue(
                view, first, last, letters) or _hyphen_spelled(view, first, last, letters)
    return spans


def _hyphen_spelled(view: View, first: int, last: int, letters: str) -> list[Span]:
    """``K-O-W-A-L`` written alone: a transcript writes a word spelled aloud with hyphens,
    and what people spell is the word a listener cannot guess, a name. Four letters or
    more that could be a word (vowels), no glossary term, acronym or common word that is no
    strong name (``T-H-E-R-E``, ``M-E-T-F-O-R-M-I-N`` stay; ``K-A-T-E`` goes); after a
    name's cue any such letters (``my last name is S-M-I-T-H``)."""
    vowels = sum(ch in "aeiouy" for ch in letters)
    if first != last or "-" not in view.keys[first] or len(letters) < 4 \
            or is_protected((letters,)) or letters in NOT_PERSON or letters in DEPARTMENTS:
        return []
    if not _name_said(view, first) and (vowels < 0.3 * len(letters) or zipf(
            letters) >= 3.0 and strength(letters) < STRONG):
        return []
    return [word_span(view, first, last, "NAME", "PATIENT", "pattern")]


def _name_said(view: View, first: int) -> bool:
    """``my last name is S-C-H-M-I-D-T``, ``surname S-M-I-T-H``: a name's cue just before
    the letters makes them a name however common the word."""
    return any(view.keys[k] in ("name", "surname", "name's", "surname's")
               for k in view.words_before(first, 4))


def _named_here(view: View, j: int) -> bool:
    """``my last name is Hill``: the word right after a name's cue (``name is``,
    ``surname``), whatever else the word names."""
    p = view.prev_word(j, cross=False, pauses=False)
    q = view.prev_word(p, cross=False, pauses=False) if p is not None else None
    return p is not None and (view.keys[p] in ("name's", "surname") or view.keys[p] == "is"
                              and q is not None and view.keys[q] in ("name", "surname"))


def _named(view: View, j: int) -> bool:
    """A word said a few words before its letters is a name when it could be one: a
    capital in mixed-case text, a strong name, or no common word (not ``covid``)."""
    key = view.keys[j]
    return view.capitalized(j) or strength(key) >= STRONG or zipf(key) < 3.5


def _acronym(view: View, j: int, letters: str) -> bool:
    """The word spelled is an acronym or a term (``ECG, e c g``), not a name."""
    core = view.shapes[j].core
    return letters in NOT_PERSON or letters in DEPARTMENTS or is_protected((letters,)) or (
        not view.lowercase and core.isupper())


_REACH = 8  # how far back in the turn the word spelled may have been said
_SPELLING_CUES = frozenset("spelled spelt spelling spells".split())


def _after_cue(view: View, first: int, last: int, letters: str) -> list[Span]:
    """Letters after ``spelled``/``spelt`` (``surname spelt k e l l y``): a name, when the
    letters could be a word (a vowel) and are not a glossary term."""
    p = view.prev_word(first)
    if p is None or view.keys[p] not in _SPELLING_CUES or not any(
            ch in "aeiouy" for ch in letters) or is_protected((letters,)):
        return []
    return [word_span(view, first, last, "NAME", "PATIENT", "pattern")]


def _spelled_elsewhere(view: View, first: int, last: int, letters: str) -> list[Span]:
    """The letters of a word said elsewhere in the file (four letters or more, and not a
    word of the spelling itself): the letters and every saying of the word. Not an acronym
    (few vowels: ``c o p d``), a glossary term or a word English uses often."""
    said = [k for k in view.positions((letters,)) if not first <= k <= last]
    said += [k for k in view.positions(_hyphened(view)) if letters in view.bases[k].split("-")]
    vowels = sum(ch in "aeiouy" for ch in letters)
    if len(letters) < 4 or not said or vowels < 0.3 * len(letters) or is_protected(
            (letters,)) or (zipf(letters) >= 3.5 and strength(letters) < STRONG):
        return []
    return [word_span(view, k, k, "NAME", "PATIENT", "pattern") for k in said] + [
        word_span(view, first, last, "NAME", "PATIENT", "pattern")]


def letters_at(view: View, i: int) -> tuple[int, int, str]:
    """The letters spelled from token ``i`` on: one token ``a-b-c`` or single letters one
    after another (the tokens of the first and last, and the letters); no letters: ``""``."""
    key = view.keys[i]
    if _HYPHENATED.fullmatch(key):
        return i, i, key.replace("-", "")
    if len(key) != 1 or not key.isalpha():
        return i, i, ""
    out, last, j = [key], i, view.next_word(i, cross=False, pauses=False)
    while j is not None:
        if len(view.keys[j]) == 1 and view.keys[j].isalpha():
            out.append(view.keys[j])
            last, j = j, view.next_word(j, cross=False, pauses=False)
            continue
        k = view.next_word(j, cross=False, pauses=False)
        if view.keys[j] != "double" or k is None or len(view.keys[k]) != 1 or \
                not view.keys[k].isalpha():
            break
        out.append("w" if view.keys[k] == "u" else view.keys[k] * 2)  # "double s", "double u"
        last, j = k, view.next_word(k, cross=False, pauses=False)
    return (i, last, "".join(out)) if len(out) >= 3 or len("".join(out)) >= 4 else (i, i, "")


def _hyphened(view: View) -> set[str]:
    return {b for b in view.bases if "-" in b and not _HYPHENATED.fullmatch(b)}
