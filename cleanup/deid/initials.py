"""Places known by their initials: ``she was seen at the r v h``, ``they sent him to the
QEUH``. After ``at the``, ``to the``, ``from the`` (a place's frame), three to five letters
spelled one by one, or one capitalized acronym ending its clause, name a hospital or an
organization, unless they are the initials of a kind of unit or of a national body that
names no one's place (``the i c u``, ``the E R``, ``the N H S``, ``the D V L A``). So do
capital letters before a facility's head (``D E F Medical Center``) or after a verb of work
(``I worked at K L M``), and capital letters after a title name a person (``Doctor Q R S``,
``Miss A``: a name kept back, or a placeholder where one was).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("they moved her to the r v h , not the i c u"))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_initials(v)]
[('r', 'h')]
"""
from __future__ import annotations

from .facility_words import HEADS
from .knowledge import TITLES, is_protected
from .spans import Span, word_span
from .spelled import letters_at
from .view import View

_FRAMES = frozenset({"at", "to", "from", "in", "into"})
# Initials of kinds of unit, services, tests and national bodies: no one's place.
_GENERIC = frozenset("""
icu itu nicu picu hdu ccu cdu amu mau sau eau epu dau ae ed er or ot pt gp ent opd ipd
scbu sdec ucc wic mri ct pet ecg ekg eeg emg ctg cat usg
nhs va dwp dvla cqc nice bbc itv cdc who fda fbi cia irs ssa dmv dss cps
uk us usa eu un uae nato ymca ywca rspca nspcc ups gym pe wc atm tv pc
aa na ama mit bnf mhra gmc nmc bma rcn rcgp rcp ons dhsc ukhsa phe nih hhs aha ada
copd chf cva tia uti dvt ibs gord gerd bmi inr tsh fbc cbc ldl hdl psa ppi ssri ace arb
iud ivf hrt cpap bipap peg picc ptsd adhd ocd hiv hpv std sti aki ckd pacu opat aaa ams
lad lcx rca pda ivc svc lv rv lvot mca aca pca ica sma ima
ppe ngo ngos covid mrsa cxr abg ems emt dnr dni poa snf ltc alf hha
""".split())
_MOST = 5


def find_initials(view: View) -> list[Span]:
    spans = []
    for i in view.positions({"the"}):
        p = view.prev_word(i, cross=False, pauses=False)
        j = view.next_word(i, cross=False, pauses=False)
        if p is None or j is None or view.keys[p] not in _FRAMES:
            continue
        _, last_letter, letters = letters_at(view, j)
        last = last_letter if 3 <= len(letters) <= _MOST else None
        if last is None and _acronym(view, j):
            last, letters = j, view.keys[j]
        if last is None or letters in _GENERIC or is_protected((letters,)):
            continue
        after = view.next_word(last, cross=False, pauses=False)
        if after is None or view.shapes[last].pause or _ends_clause(view, after):
            spans.append(word_span(view, j, last, "LOCATION", "ORGANIZATION", "pattern"))
    return spans


def _coded_letters(view: View) -> bool:
    """Whether the file calls people by titles and single letters from the alphabet's start
    (``Mrs A``, ``Ms B``, ``Dr C``): a published report's own de-identification."""
    letters = set()
    for i in view.positions(_LETTERS | _OWNED):
        p = view.prev_word(i, cross=False)
        j = view.next_word(i, cross=False, pauses=False)
        if p is not None and view.keys[p] in TITLES and view.shapes[i].core.isupper() and (
                j is None or not _capital_letter(view, j)):
            letters.add(view.shapes[i].core[:1])
    return len(letters) >= 2 and bool(letters & {"A", "B"})


def find_letter_names(view: View) -> list[Span]:
    """Capital letters said one by one in text with capitals: after a title a person
    (``Doctor Q R S``), before a facility's head (``D E F Medical Center``) or after a verb
    of work and ``at``/``for`` (``worked at K L M``) a place."""
    if view.lowercase:
        return []
    spans = []
    coded = _coded_letters(view)
    for i in view.positions(_LETTERS | _OWNED):
        if not _capital_letter(view, i) or (i and _capital_letter(view, i - 1)):
            continue
        last = i
        while last + 1 < view.n and _capital_letter(view, last + 1) and last - i < 4 \
                and not view.shapes[last].ends_sentence and not view.breaks_before(last + 1) \
                and not _pronoun(view, last + 1):
            last += 1  # "Miss A? I am": the letters end with the sentence
        if last == i and view.keys[i] == "i":
            continue  # "Doctor I think": the pronoun, unless more letters follow
        p = view.prev_word(i, cross=False)
        head = _head_after(view, last)
        if p is not None and view.keys[p] in TITLES:
            if last == i and coded:
                continue  # "Mrs A", "Dr C": a report's letters for people, already hidden
            span = word_span(view, i, last, "NAME", "DOCTOR" if view.keys[p] in (
                "dr", "doctor") else "PATIENT", "pattern")
            if view.keys[last] in _OWNED:  # "Dr. X's office": the possessive stays
                span = Span(span.first, span.start, last, view.shapes[last].start + 1,
                            span.category, span.subtype, span.source)
            spans.append(span)
        elif "".join(view.keys[i:last + 1]) in _GENERIC:
            continue  # "the I C U Unit", "the N H S"
        elif last > i and head is not None:
            spans.append(word_span(view, i, head, "LOCATION", "HOSPITAL", "pattern"))
        elif last > i and p is not None and view.keys[p] in ("at", "for") and \
                (q := view.prev_word(p, cross=False)) is not None and view.keys[q] in _WORK:
            spans.append(word_span(view, i, last, "LOCATION", "ORGANIZATION", "pattern"))
    return spans + _blanked(view)


def _blanked(view: View) -> list[Span]:
    """``Re: XXXX``, ``XXXX returns``: a name a template or an earlier scrub blanked
    with four X's or more stands where the name was (``XX-year-old``, ``XXX eye`` blank an
    age and a side: shorter)."""
    blanks = {k for k in set(view.keys) if len(k) >= 4 and k == "x" * len(k)}
    return [word_span(view, i, i, "NAME", "PATIENT", "pattern") for i in view.positions(blanks)
            if view.shapes[i].core == "X" * len(view.keys[i])]


def _pronoun(view: View, i: int) -> bool:
    """``Ms. B. I saw``: the pronoun after the letters, a lowercase word after it."""
    n = view.next_word(i, cross=False, pauses=False)
    return view.keys[i] == "i" and n is not None and not view.shapes[n].cap

_WORK = frozenset("work works worked working employed".split())
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_OWNED = frozenset(letter + "'s" for letter in _LETTERS)  # "Dr. X's office"


def _head_after(view: View, last: int) -> int | None:
    """The facility's head among the (up to three) capitalized words after ``last``:
    ``Medical Center`` of ``D E F Medical Center``."""
    n = view.next_word(last, cross=False, pauses=False)
    for _ in range(3):
        if n is None or not view.shapes[n].cap:
            return None
        if view.bases[n] in HEADS:
            return n
        n = view.next_word(n, cross=False, pauses=False)
    return None


def _capital_letter(view: View, i: int) -> bool:
    core = view.shapes[i].core
    if core[1:] in ("'s", "’s"):
        core = core[0]  # "Dr. X's office"
    return len(core) == 1 and core.isalpha() and core.isupper()


def _acronym(view: View, j: int) -> bool:
    """One capitalized acronym of three or four letters (``QEUH``), in text with capitals."""
    core = view.shapes[j].core
    return not view.lowercase and core.isalpha() and core.isupper() and 3 <= len(core) <= 4


# Words after the initials that leave them a place's name: "at the r v h too", "last week".
_AFTER = frozenset("""too also then now again today yesterday tonight last this next and
or but so because when where with for since until after before in on at by""".split())


def _ends_clause(view: View, k: int) -> bool:
    """Whether the word at ``k`` opens no noun the initials describe (``the i c u bed``)."""
    return view.keys[k] in _AFTER
