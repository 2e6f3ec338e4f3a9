"""Ages over 89, the only ages that are PHI, written or spoken, where the words around the
number make it an age.

Evidence: a unit (``92-year-old``, ``ninety two years old``), a verb of age (``aged 91``,
``I'll be ninety``, ``turned a hundred``, ``lived to 101``, ``died at ninety``), a person
before ``is``/``was`` (``my mother is 96``, ``patient is ninety three``, not ``his heart
rate was 100``, nor ``patient is 94 on room air``), the answer to
``how old``; and a spoken age found once is the age again when the same words come back a
little later (``she just turned ninety four`` ... ``oh wow, ninety four``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("she's a 92-year-old lady, I'll be ninety in June, "
...                                  "my aunt lived to 101 but his pulse was 100"))
>>> [v.texts[s.first][s.start:s.end] for s in find_ages(v)]
['92', 'ninety', '101']
"""
from __future__ import annotations

import regex

from ..lexicon import SUBJECT_PRONOUNS
from .knowledge import RELATIVES
from .names import WEAK, strength
from .numbers import NUMBER_WORDS, cardinal
from .spans import Span, word_span
from .view import View

_AGE_TOKEN = regex.compile(r"(?P<n>9\d|1[01]\d)(?:-?(?:years?|yrs?|y)-?(?:olds?|o)|yo|s)")
_AGE_BEFORE = frozenset("""age aged turn turned turns turning be i'm he's she's you're
they're am""".split())
# "is 96": only with a person before the verb.
_TO_BE = frozenset("is was are were".split())
# "lived to 101", "died at ninety", "at the age of 95": the word before the preposition.
_BEFORE_PREPOSITION = {"to": frozenset("lived live lives living reached reach it".split()),
                       "at": frozenset("died dies die passed away".split()),
                       "of": frozenset({"age"})}
# "patient is ninety three": a person's word before the verb (not "his pulse was 100").
_PERSON_NOUNS = frozenset("""patient gentleman lady man woman client resident""".split())
# "patient is 94 on room air", "sats ... patient was 96 at rest": a reading, not an age.
_READING_AFTER = frozenset("on at in over with off after before during while".split())
_OBJECTS = frozenset("him her me you them".split())
_AGE_AFTER = frozenset("years year yrs yr yo y/o".split())
_NOT_AGE_AFTER = frozenset("""percent % per over mg milligrams grams g kg pounds lbs beats
degrees mmhg minutes seconds hours days weeks months times units ml cc mph miles dollars
quid pence cents bucks kilos kilo kilograms stone lb bpm""".split())
_DECADES = frozenset({"nineties", "90s", "hundreds"})
_FILLERS = frozenset("um uh er erm ah like about nearly almost just only".split())
_ANSWER_OPENERS = frozenset("""she's he's i'm she he i is am just about nearly almost oh well
um uh er yeah yes turned turning will be gonna going to""".split())


def find_ages(view: View) -> list[Span]:
    spans = []
    candidates = {k for k in set(view.keys) if _AGE_TOKEN.fullmatch(k) or
                  k.startswith(("ninety-", "hundred-")) or (k.isdigit() and 90 <= int(k) < 120)}
    for i in view.positions(candidates | {"ninety", "hundred"} | _DECADES):
        span = _age_at(view, i)
        if span is not None:
            spans.append(span)
    spans += _answers(view)
    spans += _repeats(view, spans)
    return spans + _next_ages(view, spans)


_BETWEEN_AGES = frozenset("or to and nearly almost maybe well".split())


def _next_ages(view: View, found: list[Span]) -> list[Span]:
    """An age said right after an age: ``ninety three, ninety four in August``, ``92 or
    93``."""
    out = []
    for span in found:
        j = view.next_word(span.last, cross=False)
        while j is not None and view.keys[j] in _BETWEEN_AGES:
            j = view.next_word(j, cross=False)
        if j is None:
            continue
        words, where = view.run(j, 5)
        value = cardinal(words)
        if value is not None and 90 <= value[0] < 120 and (
                len(words) == value[1] or words[value[1]] not in _NOT_AGE_AFTER):
            out.append(word_span(view, j, where[value[1] - 1], "AGE", "AGE", "propagated"))
    return out


# "ninety-two-year-old": the number in words fused to its unit by hyphens.
_SPOKEN_AGE_TOKEN = regex.compile(r"(?P<n>[a-z]+(?:-[a-z]+)*?)-(?:years?|yrs?)-olds?")


def _age_at(view: View, i: int) -> Span | None:
    key = view.keys[i]
    m = _AGE_TOKEN.fullmatch(key)
    if m and not key.endswith("s"):
        s = view.shapes[i]
        return Span(i, s.start, i, s.start + len(m.group("n")), "AGE", "AGE", "pattern")
    if (fused := _SPOKEN_AGE_TOKEN.fullmatch(key)) is not None:
        parts = fused.group("n").split("-")
        value = cardinal(parts)
        if value is None or value[1] != len(parts) or not 90 <= value[0] < 120:
            return None
        s = view.shapes[i]
        return Span(i, s.start, i, s.start + len(fused.group("n")), "AGE", "AGE", "pattern")
    p = view.prev_word(i, cross=False)
    while p is not None and view.keys[p] in _FILLERS:
        p = view.prev_word(p, cross=False)
    if key in _DECADES or (m and key.endswith("s")):
        ok = p is not None and view.keys[p] in ("his", "her", "their", "my", "your", "late",
                                                "mid", "early")
        return word_span(view, i, i, "AGE", "AGE") if ok else None
    if key == "hundred":  # "a hundred", "one hundred and two"
        if p is None or view.keys[p] not in ("a", "one"):
            return None
        i, p = p, view.prev_word(p, cross=False)
    words, where = view.run(i, 6)
    value = cardinal(words)
    if value is None or not 90 <= value[0] < 120 or (
            p is not None and view.keys[p] in NUMBER_WORDS):
        return None
    after = words[value[1]] if value[1] < len(words) else ""
    then = words[value[1] + 1] if value[1] + 1 < len(words) else ""
    if after in _NOT_AGE_AFTER or (after in ("years", "year", "yrs", "yr")
                                   and then not in ("old", "of", "olds", "young")):
        return None  # "100 years ago": a time, not an age
    if p is not None and view.keys[p] == "at" and after in SUBJECT_PRONOUNS - {"it"}:
        return word_span(view, i, where[value[1] - 1], "AGE", "AGE")  # "at ninety she ..."
    if after in _AGE_AFTER or after.endswith("year-old") or (
            _age_cue(view, p) and not (after in _READING_AFTER and _noun_subject(view, p))):
        return word_span(view, i, where[value[1] - 1], "AGE", "AGE")
    return None


def _age_cue(view: View, p: int | None) -> bool:
    """Whether the word at ``p`` (before a number) makes the number an age."""
    if p is None:
        return False
    key = view.keys[p]
    if key in _AGE_BEFORE:
        return True
    pp = view.prev_word(p, cross=False)
    before = view.keys[pp] if pp is not None else ""
    if key in _OBJECTS:  # "that makes him ninety one": a person's age reckoned
        return before in ("makes", "make", "made", "making")
    if key in _BEFORE_PREPOSITION:
        return before in _BEFORE_PREPOSITION[key]
    return key in _TO_BE and pp is not None and _person(view, pp)


def _person(view: View, i: int) -> bool:
    """Whether the word at ``i`` stands for a person (``she``, ``my mother``, ``Arthur``,
    ``the patient``)."""
    base = view.bases[i]
    if base in SUBJECT_PRONOUNS or base in ("who", "nan", "grandad", "granddad"):
        return base != "it"
    return base in RELATIVES or base in _PERSON_NOUNS or (
        strength(base) >= WEAK and (view.lowercase or view.shapes[i].cap))


def _noun_subject(view: View, p: int | None) -> bool:
    """Whether the number's subject is a word for a person (``patient is``), whose number
    can be a reading too (``patient is 94 on room air``)."""
    if p is None or view.keys[p] not in _TO_BE:
        return False
    pp = view.prev_word(p, cross=False)
    return pp is not None and view.bases[pp] in _PERSON_NOUNS


def _answers(view: View) -> list[Span]:
    """The number that opens the answer to ``how old``: ``How old is she? — Ninety three.``"""
    spans = []
    for i in view.positions({"old"}):
        p = view.prev_word(i, cross=False)
        if p is None or view.keys[p] != "how":
            continue
        j, seen = view.next_word(i), 0
        while j is not None and seen < 25 and not view.breaks_before(j):
            j, seen = view.next_word(j), seen + 1
        while j is not None and (view.keys[j] in _ANSWER_OPENERS or view.texts[j].endswith(":")):
            j = view.next_word(j, cross=False)
        if j is None:
            continue
        words, where = view.run(j, 4)
        value = cardinal(words) if words[0] != "a" or words[1:2] == ["hundred"] else None
        if value is not None and 90 <= value[0] < 120 and (
                len(words) == value[1] or words[value[1]] not in _NOT_AGE_AFTER):
            spans.append(word_span(view, j, where[value[1] - 1], "AGE", "AGE"))
    return spans


def _repeats(view: View, found: list[Span]) -> list[Span]:
    """The same spoken age said again within the next 80 words, as a number of its own."""
    out = []
    for span in found:
        words = tuple(view.keys[k] for k in range(span.first, span.last + 1) if view.keys[k])
        if not all(w in NUMBER_WORDS for w in words):
            continue
        for i in view.positions({words[0]}):
            if not span.last < i <= span.last + 80:
                continue
            got, where = view.run(i, len(words) + 1)
            p = view.prev_word(i, cross=False)
            if tuple(got[:len(words)]) == words and (len(got) == len(words) or (
                    got[len(words)] not in NUMBER_WORDS | _NOT_AGE_AFTER) or (
                    view.shapes[where[len(words) - 1]].pause
                    and got[len(words)] not in _NOT_AGE_AFTER)) and (
                    p is None or view.keys[p] not in NUMBER_WORDS):
                out.append(word_span(view, i, where[len(words) - 1], "AGE", "AGE", "propagated"))
    return out
