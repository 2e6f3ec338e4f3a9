"""Codes written in capitals and digits: number plates (``KBZ 638M``, ``LSR 905 TK``, or
``TR 3081`` after a word for a vehicle), a plate's letters with its digits said one by
one (``RJ five oh two nine``) and serials that mix letters among digits (``5R2MX7``),
shapes no clinical code has (Canadian postal codes: :mod:`.postcodes`).

People write a plate as a group of capitals and a group of digits with a letter or a
group of capitals after them; clinical shorthand puts a number after an acronym
(``PHQ 9``, ``ICD 10``, ``BP 140 HR 72``), never capitals after a number of three
digits, and never a letter glued to a number's end. A serial read from a device puts
letters between digits (``7K3PD9``), where a strength or a gene keeps its letters at one
end or has few digits (``500MG``, ``CYP2D6``). Only text with capitals is read so.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Our van is KBZ 638M. His PHQ 9 was 12. The tag says 7K3PD9."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_plates(v)]
[('KBZ', '638M.'), ('7K3PD9.', '7K3PD9.')]
"""
from __future__ import annotations

import regex

from ..lexicon import FUNCTION_WORDS, zipf
from .knowledge import is_protected
from .numbers import DIGIT_WORDS
from .spans import Span, word_span
from .spelled_codes import Kind, code_category
from .view import View

#: Words for a vehicle or its plate: a code after them is the plate.
VEHICLES = frozenset("""car cars vehicle van truck lorry motorbike motorcycle bike scooter
taxi cab bus minibus pickup jeep suv ute plate plates registration reg""".split())
# Capitals of clinical shorthand and of measures that a number follows.
_CLINICAL = frozenset("""bp hr rr gcs ecg ekg icd cpt dsm phq gad nyha ecog bmi hiv hpv covid
cd egfr her brca mmr ct mri pet inr spo sats temp ok tv no nr dr mr ms mrs am pm ad bc
mg ml iu kg cm mm ft lb id dob mrn nhs ssn gp icu er ed or ot pt""".split())
_LETTERS = regex.compile(r"[A-Z]{1,4}")
_NUMBER = regex.compile(r"\d{2,4}")
_NUMBER_LETTER = regex.compile(r"\d{2,4}[A-Z]{1,2}")
_GLUED = regex.compile(r"[A-Z]{2,3}\d{3,4}[A-Z]{1,2}")
_SERIAL = regex.compile(r"(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){2})[A-Z\d]{5,12}")
_HYPHENED = regex.compile(r"[A-Za-z](?:-[A-Za-z]){1,3}")
_GENE = regex.compile(r"[A-Z]{3}")  # a gene's symbol opens with letters: CYP21A2, SLC26A4
_RUNS = regex.compile(r"[A-Z]+|\d+")
_MIXED = regex.compile(r"\d[A-Z]+\d|[A-Z]\d+[A-Z]")


def find_plates(view: View, kind: Kind | None = None) -> list[Span]:
    if view.lowercase:
        return _lowercase_plates(view)
    return _written_plates(view) + _serials(view, kind) + _said_plates(view, kind)


def _lowercase_plates(view: View) -> list[Span]:
    """In text without capitals, a plate after a word for a vehicle: letters that are no
    word, then a number (``the van is kbt 519 fx``; not ``the car park 3``)."""
    spans = []
    for i in view.positions(VEHICLES):
        j, seen = view.next_word(i), 0
        while j is not None and seen < 4 and not _no_word(view.keys[j]):
            j, seen = view.next_word(j), seen + 1
        if j is None or not _no_word(view.keys[j]):
            continue
        k = view.next_word(j, cross=False, pauses=False)
        if k is None or not regex.fullmatch(r"\d{2,4}[a-z]{0,2}", view.keys[k]):
            continue
        tail = view.next_word(k, cross=False, pauses=False)
        rare = 9.0 if tail is not None and len(view.keys[tail]) == 2 else 3.5
        last = tail if tail is not None and _no_word(view.keys[tail], rare) else k
        spans.append(word_span(view, j, last, "ID", "VEHICLE", "pattern"))
    return spans


def _no_word(key: str, rare: float = 2.5) -> bool:
    """Two to four letters that no common English word spells (``kbt``, ``fx``)."""
    return 2 <= len(key) <= 4 and key.isalpha() and key not in FUNCTION_WORDS and \
        key not in _CLINICAL and zipf(key) < rare


def _core(view: View, i: int | None) -> str:
    return view.shapes[i].core if i is not None else ""


def _written_plates(view: View) -> list[Span]:
    """Capitals, then a number with a letter glued to it or capitals after it."""
    spans = []
    for i in range(view.n):
        core = _core(view, i)
        if _GLUED.fullmatch(core) and not is_protected((view.keys[i],)):
            spans.append(word_span(view, i, i, "ID", "VEHICLE", "pattern"))
            continue
        if not _LETTERS.fullmatch(core) or _word(view.keys[i]):
            continue
        j = view.next_word(i, cross=False, pauses=False)
        number = _core(view, j)
        if j is None or not (_NUMBER.fullmatch(number) or _NUMBER_LETTER.fullmatch(number)):
            continue
        k = view.next_word(j, cross=False, pauses=False)
        tail = k is not None and len(number) >= 3 and _LETTERS.fullmatch(_core(view, k)) \
            is not None and len(_core(view, k)) <= 3 and not _word(view.keys[k]) \
            and not _number_after(view, k)
        strong = len(core) >= 2 and (_NUMBER_LETTER.fullmatch(number) or tail)
        if strong or _vehicle_before(view, i, 6):
            spans.append(word_span(view, i, k if tail and k is not None else j, "ID",
                                   "VEHICLE", "pattern"))
    return spans


def _word(key: str) -> bool:
    """Capitals that spell shorthand or a common word (``BP``, ``AT`` in text written in
    capitals), not a plate's letters."""
    return key in _CLINICAL or key in FUNCTION_WORDS or zipf(key) >= 5.0


def _number_after(view: View, k: int) -> bool:
    """A number after the capitals: a second reading (``BP 140 HR 72``), not a plate."""
    j = view.next_word(k, cross=False, pauses=False)
    return j is not None and view.keys[j][:1].isdigit()


def _serials(view: View, kind: Kind | None) -> list[Span]:
    """``7K3PD9``: three digits or more with letters between them, in capitals."""
    spans = []
    for i in range(view.n):
        core = _core(view, i)
        if _SERIAL.fullmatch(core) and _MIXED.search(core) and not _GLUED.fullmatch(core) \
                and not _labels(core) and not _GENE.match(core) \
                and not is_protected((view.keys[i],)):
            spans.append(word_span(view, i, i, *code_category(view, i, kind), "pattern"))
    return spans


def _labels(core: str) -> bool:
    """Single letters and digits in turn (``T3N1M0``, ``L4L5``): a stage or a level."""
    return all(len(run) == 1 for run in _RUNS.findall(core))


def _said_plates(view: View, kind: Kind | None) -> list[Span]:
    """A plate's capitals, then its digits said one by one (four, or three after a word
    for a vehicle): ``RJ five oh two nine``."""
    spans = []
    for i in range(view.n):
        core = _core(view, i)
        if not (2 <= len(core) <= 3 and core.isupper() and core.isalpha() or
                _HYPHENED.fullmatch(core)) or _word(view.keys[i]):
            continue  # "PP", or letters spelled with hyphens ("K-D-E")
        words, where = view.run(i, 10)
        said = 0
        while said + 1 < len(words) and words[said + 1] in DIGIT_WORDS:
            said += 1
        if said >= 4 or (said >= 3 and _vehicle_before(view, i, 12)):
            found = "ID", "VEHICLE"
            if not _vehicle_before(view, i, 12):
                found = code_category(view, i, kind)
            spans.append(word_span(view, i, where[said], *found, "pattern"))
    return spans


def _vehicle_before(view: View, i: int, reach: int) -> bool:
    """A word for a vehicle or its plate among the ``reach`` words before token ``i``."""
    j, seen = view.prev_word(i), 0
    while j is not None and seen < reach:
        if view.bases[j] in VEHICLES:
            return True
        j, seen = view.prev_word(j), seen + 1
    return False
