"""A found span cut back to the PHI in it: what a detector took in beside a name, a place
or a date is said around the PHI, not part of it.

- A transcriber's note or a timestamp inside a span (``fourteenth [inaudible] November``,
  ``... [01:12.210 --> 01:15.480] ...``) is never PHI: the span is split around it, and so
  it is at a new speaker's turn.
- A greeting or a leave-taking at a span's edge (``good morning``, ``bye``, ``ta-ra``,
  ``take care``) is what is said to the person, not their name.
- A kinship word, a title or a word of description before a name (``Auntie``, ``Lola``,
  ``Dona``, ``wee``, ``physio``) says who the person is to the speaker; the name follows.
- The name of a kind of number before it (``NHI``, ``N H I``, ``IP``) says what the number
  is; the number follows.
- A preposition or a cue verb at a span's end (``... born``, ``... in``) ends the clause,
  not the name; a contraction before a date (``It's``) or a verb before an address
  (``visit``) opens the sentence, not the date.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> from .spans import word_span
>>> v = View.of(Transcript.from_text("thanks doctor okafor bye now"))
>>> [" ".join(v.texts[s.first:s.last + 1]) for s in cut(v, word_span(v, 2, 3, "NAME", "DOCTOR"))]
['okafor']
"""
from __future__ import annotations

from typing import Iterator

from .knowledge import CREDENTIALS, DEPARTMENTS, PARTICLES, RELATIVES, TITLES, name_info
from ..transcript import LINE, PARAGRAPH
from .given_names import given_name
from .name_strength import STRONG, strength
from .spans import Span
from .view import View

# Leave-takings and greetings said beside a name: "thanks Tom, bye", "ta-ra Jo"; a letter's
# closing before its signature ("Sincerely, Ann Bell").
_FAREWELLS = frozenset("""bye byebye bye-bye goodbye ta-ra tara cheers thanks hello hi hiya
hey goodnight ciao sincerely regards faithfully respectfully cordially""".split())
# Times of day said after "good": "good morning Mrs Ito".
_DAY_TIMES = frozenset("morning afternoon evening night day".split())
#: Words that can end a greeting or a leave-taking (see :func:`farewell`).
FAREWELL_WORDS = _FAREWELLS | _DAY_TIMES | {"care"}
# Kinship words of other languages, said before a name as "Auntie" is.
KIN = RELATIVES | frozenset("""mère mere père pere frère frere sœur soeur tante oncle
cousine mamie papi tía tío abuelita abuelito hermano hermana mãe mae pai avó avo avô
vovó vovo vó tia tio irmã irmão ate inay itay""".split())
# Honorifics of other languages before a given name ("Dona Cida", "Seu Zé").
_HONORIFICS = frozenset("""dona doña seu senhor senhora señor senor señora senora señorita
sra sr frau herr madame monsieur mademoiselle mme mlle signor signora hajji hajja""".split())
# Words of description before a name: "wee Jessie", "little Tomasz", "old Mr Kaye".
_DESCRIBING = frozenset("wee little old young big baby poor dear".split())
# Words that end a clause after a name or a place, never the end of one.
_TRAILING = frozenset("""born in at on to from into with by and or but is was has had
said says called named visit""".split())
# Words that open a sentence before a date or a place: "It's Labour Day", "visit www ...".
_OPENING = frozenset("""it's its that's it is was visit visiting see""".split())
# Words that open a date's piece after a note splits it: "the 3rd [cross talk] of June".
_DATE_OPENING = _OPENING | {"of"}
_WORDS = {"NAME", "LOCATION", "PROFESSION"}
#: Initials of kinds of number, said before one: "NHI ...", "N H I ...", "IP 203.0.113.9".
NUMBER_KINDS = frozenset("""nhi nhs nid mrn ssn sin nin tfn pps ppsn chi ihi urn ip dob id
uhid npi dea ein tin mbi upin""".split())
BREAKS = (LINE, PARAGRAPH)


def cut(view: View, span: Span) -> list[Span]:
    """The parts of ``span`` that are PHI (none, one, or more when a note splits it)."""
    out = []
    for part in _split(view, span):
        trimmed = _trimmed(view, part)
        if trimmed is not None:
            out.append(trimmed)
    return out


def _split(view: View, span: Span) -> Iterator[Span]:
    """``span`` in the pieces between the notes, labels and turns inside it."""
    first: int | None = None
    last = span.first
    for k in range(span.first, span.last + 1):
        inside = k > span.first
        if inside and first is not None and span.category == "NAME" and view.keys[k] and (
                view.closes_bracket(last) or view.opens_bracket(k)):
            # "(turning to Nadia) Ahora", "(Side Room) Anselm": a bracket closes a name, and
            # one opens after it ("Asha Menon (Madras)"); each side stays only where its
            # first word is a name
            if _named(view, first):
                yield _piece(view, span, first, last)
            first = None
            if not _named(view, k):
                return
        if inside and first is not None and (
                _note(view, k) or _label(view, k) or view.breaks_before(k)):
            yield _piece(view, span, first, last)
            first = None
        if not view.keys[k] or _note(view, k) or inside and _label(view, k):
            continue
        first = k if first is None else first
        last = k
    if first is not None:
        yield _piece(view, span, first, last)


def _named(view: View, i: int) -> bool:
    """Whether the word at ``i`` is a given name or a name that is no English word."""
    return given_name(view.bases[i]) or strength(view.bases[i]) == STRONG


def _note(view: View, i: int) -> bool:
    """A token of a transcriber's note or a timestamp (made wordless by the view)."""
    text = view.texts[i]
    return not view.keys[i] and any(c in text for c in "[]<>") or "-->" in text


def _label(view: View, i: int) -> bool:
    """A speaker label's word left in the text at a line's start (``spk_0:``)."""
    return view.texts[i].endswith(":") and (view.breaks_before(i) or view.seps[i] in BREAKS)


def _piece(view: View, span: Span, first: int, last: int) -> Span:
    start = span.start if first == span.first else view.shapes[first].start
    end = span.end if last == span.last else view.shapes[last].end
    return Span(first, start, last, end, span.category, span.subtype, span.source)


def _trimmed(view: View, span: Span) -> Span | None:
    """``span`` without the words at its edges that are said around the PHI; ``None``
    when nothing is left."""
    words = [k for k in range(span.first, span.last + 1) if view.keys[k]]
    dropped = False
    if span.category in ("ID", "CONTACT") and (size := _kind_initials(view, words)):
        words = words[size:]
    while words and (_drop_first(view, span, words) or dropped and view.keys[words[0]] in PARTICLES
                     and len(words) > 1):
        words.pop(0)
        dropped = True
    while words and _drop_last(view, span, words):
        words.pop()
    if not words:
        return None
    if words[0] == span.first and words[-1] == span.last:
        return span
    return _piece(view, span, words[0], words[-1])


def _drop_first(view: View, span: Span, words: list[int]) -> bool:
    i, key = words[0], view.keys[words[0]]
    if span.category == "DATE":
        return key in _DATE_OPENING and len(words) > 1
    if span.category not in _WORDS:
        return False
    if farewell(view, i) or key in _OPENING and span.category == "LOCATION":
        return True
    if key in CREDENTIALS and len(words) > 1 and view.shapes[i].core.isupper():
        return True  # "MD, FACC Heartland Cardiology": the credential before a name
    if len(words) < 2 or span.category != "NAME":
        return False
    return _before_name(view, i)


def _kind_initials(view: View, words: list[int]) -> int:
    """How many of the first words spell a kind of number (``NID``, or ``N H I`` letter by
    letter) with more words after them; 0 when they do not."""
    if len(words) > 1 and view.keys[words[0]] in NUMBER_KINDS:
        return 1
    letters = ""
    for size, k in enumerate(words[:4], 1):
        if len(view.keys[k]) != 1 or not view.keys[k].isalpha():
            return 0
        letters += view.keys[k]
        if letters in NUMBER_KINDS and size > 1 and len(words) > size:
            return size
    return 0


def _before_name(view: View, i: int) -> bool:
    """A word said before a name that is not part of it: ``Auntie``, ``Dona``, ``wee``."""
    key = view.bases[i]
    info = name_info(key)
    common_name = info is not None and info.first >= 50  # "Lola", "Nan": given names too
    return (key in KIN and not common_name) or key in _HONORIFICS or key in _DESCRIBING \
        or key in DEPARTMENTS or key.rstrip(".") in TITLES


def _drop_last(view: View, span: Span, words: list[int]) -> bool:
    i, key = words[-1], view.keys[words[-1]]
    if span.category not in _WORDS:
        return False
    if farewell(view, i):
        return True
    return len(words) > 1 and key in _TRAILING


def farewell(view: View, i: int) -> bool:
    """Whether the word at ``i`` is part of a greeting or a leave-taking: ``bye``, the
    ``morning`` of ``good morning``, either word of ``take care`` (``tara`` after a title
    is a name)."""
    key = view.keys[i]
    before = view.prev_word(i, cross=False)
    after = view.next_word(i, cross=False)
    if key in _FAREWELLS:  # not after a title: "Ms. Tara" is a name
        return before is None or view.bases[before] not in TITLES
    if key in _DAY_TIMES:
        return before is not None and view.keys[before] == "good"
    if key == "good":
        return after is not None and view.keys[after] in _DAY_TIMES | {"bye"}
    if key == "take":
        return after is not None and view.keys[after] == "care"
    return key == "care" and before is not None and view.keys[before] == "take"
