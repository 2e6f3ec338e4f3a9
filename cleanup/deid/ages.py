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
from .knowledge import MONTHS, RELATIVES, TITLES
from .names import WEAK, strength
from .numbers import NUMBER_WORDS, cardinal, ordinal, split_words
from .spans import Span, word_span
from .view import View

_AGE_TOKEN = regex.compile(r"(?P<n>9\d|1[01]\d)(?:-?(?:years?|yrs?|y)-?(?:olds?|o)|yo|s)")
_AGE_BEFORE = frozenset("""age aged turn turned turns turning be i'm he's she's you're
they're am""".split())
# "is 96": only with a person before the verb.
_TO_BE = frozenset("is was are were".split())
# "lived to 101", "died at ninety", "at the age of 95": the word before the preposition.
# "patient is ninety three": a person's word before the verb (not "his pulse was 100").
_PERSON_NOUNS = frozenset("""patient gentleman lady man woman client resident""".split())
# "lived to 101", "died at ninety", "at the age of 95", "a woman of 93": the word before
# the preposition.
_BEFORE_PREPOSITION = {"to": frozenset("lived live lives living reached reach it".split()),
                       "at": frozenset("died dies die passed away".split()),
                       "of": _PERSON_NOUNS | frozenset("age gent chap fellow widow widower"
                                                       .split())}
# "patient is 94 on room air", "sats ... patient was 96 at rest": a reading, not an age.
_READING_AFTER = frozenset("on at in over with off after before during while".split())
_OBJECTS = frozenset("him her me you them".split())
# A relative right before a number: a family history's ages ("grandmother 97, father 70")
# or "is" ("my nan's 94"); not a group ("children 90").
_ONE_RELATIVE = RELATIVES - frozenset("""kids children friends brothers sisters sons
daughters boss manager supervisor landlord landlady employer colleague coworker""".split())
_AGE_AFTER = frozenset("years year yrs yr yo y/o".split())
_NOT_AGE_AFTER = frozenset("""percent % per over mg milligrams grams g kg pounds lbs beats
degrees mmhg minutes seconds hours days weeks months times units ml cc mph miles dollars
quid pence cents bucks kilos kilo kilograms stone lb bpm""".split())
_DECADES = frozenset({"nineties", "90s", "hundreds"})
_FILLERS = frozenset("um uh er erm ah like about nearly almost just only over past well"
                     .split())
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
    spans += _answers(view) + _birthdays(view)
    spans += _repeats(view, spans)
    spans += _next_ages(view, spans)
    return [s for s in spans if "%" not in view.texts[s.last]]  # "like 95% from home"


_BETWEEN_AGES = frozenset("or to and nearly almost maybe well going on".split())


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
    words, where = view.run(i, 8)
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
    if after in _AGE_AFTER or after.endswith("year-old") or _said_as_age(
            p, words, value) or _apposed(view, p, where[value[1] - 1]) or (
            _age_cue(view, p) and not (after in _READING_AFTER and _noun_subject(view, p))):
        return word_span(view, i, where[value[1] - 1], "AGE", "AGE")
    return None


# After "ninety-three and": what a person is or does ("and sharp as a tack", "and she
# still walks", "and lives alone", "and still driving"), not a reading ("and regular",
# "and still rising").
_AS_A_PERSON = frozenset("""sharp fit bright lives living independent she he walks drives
driving healthy never always""".split())
_TRENDS = frozenset("""rising climbing falling dropping increasing decreasing going up down
high low elevated raised""".split())
# After the age to come: when it comes ("ninety-two in November", "ninety-two next
# birthday", "ninety-two come the spring"), not "96 on the next reading".
_WHEN = frozenset("in next this on at by come".split())
_TIMES = frozenset(MONTHS) | frozenset("""birthday week month year spring summer autumn fall
winter christmas""".split())


def _said_as_age(p: int | None, words: list[str], value: tuple[int, int]) -> bool:
    """A number that people say of a person's age with no other word for it: a sentence
    that opens with it, then who the person is (``Ninety-three and still driving.``), or
    the age now and the age next with when (``ninety-one, ninety-two in November``,
    ``ninety going on ninety-one``)."""
    rest = words[value[1]:] + ["", ""]
    if p is None and rest[0] == "and" and (rest[1] in _AS_A_PERSON or (
            rest[1] == "still" and rest[2] not in _TRENDS) or rest[1:3] == ["going", "strong"]):
        return True
    skip = 2 if rest[:2] == ["going", "on"] else 1 if rest[:1] == ["or"] else 0
    nxt = cardinal(rest[skip:])
    if nxt is None or nxt[0] != value[0] + 1:
        return False
    when = rest[skip + nxt[1]:skip + nxt[1] + 3]
    return skip == 2 or (when[0] in _WHEN | _TIMES and any(w in _TIMES for w in when))


def _apposed(view: View, p: int | None, last: int) -> bool:
    """A number set off by commas right after a person's name (a known name, or a word
    after a title): ``Mrs Okoro, 94, lives alone`` (in text with capitals and commas), or
    after a word for the person (``the patient, 91,``)."""
    if p is None or view.lowercase or not view.shapes[p].pause or view.shapes[p].ends_sentence:
        return False
    j = view.next_word(last, cross=False, pauses=False)
    t = view.prev_word(p, cross=False, pauses=False)
    if (j is None or view.shapes[last].pause) and view.bases[p] in _PERSON_NOUNS \
            and t is not None and view.keys[t] in ("the", "this", "our", "a") and (
            (n := view.next_word(last, cross=False)) is None
            or not (view.keys[n].isdigit() or view.keys[n] in NUMBER_WORDS)):
        return True  # "The patient, 91, was admitted": a word for the person before it
    return (j is None or view.shapes[last].pause) and view.shapes[p].cap and \
        view.keys[p] not in SUBJECT_PRONOUNS and (
            _person(view, p) or (t is not None and view.keys[t] in TITLES))


def _age_cue(view: View, p: int | None) -> bool:
    """Whether the word at ``p`` (before a number) makes the number an age."""
    if p is None:
        return False
    key = view.keys[p]
    if key in _AGE_BEFORE or view.bases[p] in _ONE_RELATIVE:
        return True  # "aged 97", "grandmother 97", "my nan's ninety"
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
    """The same age said again within the next 80 words, as a number of its own
    (``ninety-four`` or ``ninety four``; a written one as its digits)."""
    out = []
    for span in found:
        written = _WRITTEN_AGE.match(view.keys[span.first])
        if written is not None and span.first == span.last:
            out.extend(_written_again(view, span, written.group()))
            continue
        words = tuple(split_words([view.keys[k] for k in range(span.first, span.last + 1)
                                   if view.keys[k]]))
        if not all(w in NUMBER_WORDS for w in words):
            continue
        said = {k for k in set(view.keys) if k and split_words([k])[0] == words[0]}
        for i in view.positions(said):
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


# Things numbered, not aged: "room 92", "bus 104", "page 101".
_NUMBERED = frozenset("""room rooms ward bed bay bus route number no page line floor suite unit
apartment apt flat house exit gate platform channel extension ext box level highway
interstate""".split())
_WRITTEN_AGE = regex.compile(r"(?:9\d|1[01]\d)(?!\d)")


def _written_again(view: View, span: Span, number: str) -> list[Span]:
    """An age written in digits said again as the bare number within the next 300 words
    (``her 103rd birthday`` ... ``to dance at 103``), not a measure (``106 mg``)."""
    out = []
    for i in view.positions({number}):
        j = view.next_word(i, cross=False)
        p = view.prev_word(i, cross=False, pauses=False)
        if span.last < i <= span.last + 300 and (j is None or view.keys[j] not in _NOT_AGE_AFTER
                                                and view.keys[j] not in NUMBER_WORDS) \
                and (p is None or view.keys[p] not in _NUMBERED):
            out.append(word_span(view, i, i, "AGE", "AGE", "propagated"))
    return out


_ORDINAL_AGE = regex.compile(r"(9\d|1[01]\d)(?:st|nd|rd|th)")


def _birthdays(view: View) -> list[Span]:
    """An age said as the birthday's ordinal: ``her 100th birthday``, ``his ninety-fifth
    birthday``, ``a hundredth birthday``."""
    spans = []
    for i in view.positions({"birthday", "birthdays"}):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None:
            continue
        key, first = view.keys[p], p
        pp = view.prev_word(p, cross=False, pauses=False)
        if (written := _ORDINAL_AGE.fullmatch(key)) is not None:
            value = int(written.group(1))
        elif key == "hundredth":  # "one hundredth"
            value, first = 100, pp if pp is not None and view.keys[pp] == "one" else p
        else:
            parts = split_words([key])
            if len(parts) == 1 and pp is not None and view.keys[pp] == "ninety":
                parts, first = ["ninety", key], pp
            found = ordinal(parts)
            value = found[0] if found is not None and found[1] == len(parts) else 0
        if 90 <= value < 120:
            spans.append(word_span(view, first, p, "AGE", "AGE"))
    return spans
