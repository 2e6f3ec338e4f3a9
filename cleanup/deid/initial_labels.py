"""Initials that stand for a person: an interview's speaker labels (``RT:``, ``**EV:**``)
and the initials of a full name the file gives (``MD - Mara Dunne``, then ``MD`` opening a
line).

Oral histories, research interviews and podcasts label each turn with the speaker's
initials, a name kept short. Two or three capital letters at a line's start ending in a
colon are such a label when the talk is a dialogue: the label opens two turns or more and
another label does too (``Q:``, ``Interviewer:`` or other initials). Initials that are a
role or a note's heading (``DR:``, ``PT:``, ``MD:``, ``HPI:``, ``BP:``) name no one. Where
the file names a person in full, that person's initials opening a line (with or without a
colon: ``CS Yes, my brother helps``) are the person too, whatever they spell.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("**KT:** Where were you born?\\n\\n**RB:** In a"
...     " small town.\\n\\n**KT:** And then what?\\n\\n**RB:** Then we moved here."))
>>> [v.texts[s.first] for s in find_initial_labels(v)]
['**KT:**', '**RB:**', '**KT:**', '**RB:**']
>>> v = View.of(Transcript.from_text("HPI: cough for a week.\\nBP: 120/80.\\nHPI: better."))
>>> find_initial_labels(v)
[]
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import regex

from ..lexicon import zipf
from ..transcript import Transcript
from .spans import Span, word_span
from .turn_labels import TIME_CODE
from .view import View

_INITIALS = regex.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}")  # "RK", "R.J."
_ONE_WORD = regex.compile(r"[A-Za-z][A-Za-z0-9]{0,20}")
#: Initials that say a role or head a note's section: no one's name.
_ROLES = frozenset("""
dr drs pt pts md mds do rn np pa gp ot sw slp int iv ir ie res pi hcp pcp emt ems cna lpn
crna mod ai bot sys usr csr agt rep doc pat nur chw hv mw th tx cl pp ppt fg obs fac spk
qa na ta sa ra rt dpt pta ota med bhw
""".split())
#: A note's headings and a hospital's short words: a person's initials only where they
#: open three turns of a dialogue or more (``ED:`` beside ``TB:``; a heading is said once).
HEADINGS = frozenset("""
cc hpi ros pmh psh fh sh pe dx ddx rx ap bp hr rr wt ht bmi ecg ekg cxr ct mri us gi gu cv
msk ent eye neuro ed er icu or labs all imp exam tbd nb ps fyi faq tl pov eta id dob mrn ssn
""".split())
ABBREVIATIONS = _ROLES | HEADINGS


def find_initial_labels(view: View) -> list[Span]:
    """The tokens of the text's turn labels that are a person's initials."""
    labels: dict[int, str] = {}
    words: Counter[str] = Counter()
    label: str | None = None
    for i in range(view.n):
        if _opens_turn(view, i):
            label = _label(view.texts[i])
            if label is not None:
                labels[i] = label
        elif label is not None and view.keys[i]:
            words[label] += 1
    counts = Counter(labels.values())
    if not _dialogue(counts, words):
        return []
    return [word_span(view, i, i, "NAME", "PATIENT", "context") for i, label in labels.items()
            if counts[label] >= 2 and _INITIALS.fullmatch(label)
            and _person(label, counts[label])]


def _opens_turn(view: View, i: int) -> bool:
    """Whether token ``i`` opens a line, or follows the time code that opens it."""
    if view.line_start(i):
        return True
    before = view.texts[i - 1] if i else ""
    return ":" in before and bool(TIME_CODE.fullmatch(before)) and view.line_start(i - 1)


def initials_label(view: View, i: int) -> bool:
    """Whether token ``i`` is a turn's label of two or three capitals (``ER:``,
    ``**ED:**``, after a time code too), whatever they spell: a speaker there, no term and
    no hesitation."""
    text = view.texts[i]
    return ":" in text and (label := _label(text)) is not None \
        and bool(_INITIALS.fullmatch(label)) and _opens_turn(view, i)


def heading_only(label: str, turns: int) -> bool:
    """A note's heading in capitals (``ROS:``, ``PE:``) that opens fewer than three turns:
    a section of a note, no speaker's initials (``ED:`` beside ``TB:`` turn after turn is
    one)."""
    return label.isupper() and label.casefold() in HEADINGS and turns < 3


def name_initials(view: View, spans: Iterable[Span]) -> list[Span]:
    """Tokens opening a line that are the initials of a full name found in the file."""
    initials: dict[str, str] = {}
    for s in spans:
        words = [view.shapes[k].core for k in range(s.first, s.last + 1) if view.keys[k]]
        if s.category == "NAME" and 2 <= len(words) <= 3 and all(
                w[:1].isupper() and w[1:2].islower() for w in words):
            letters = "".join(w[0] for w in words)
            if zipf(letters.casefold()) < 5.0:  # not "OK", "US", "AM" opening a line
                initials.setdefault(letters, s.subtype)
    if not initials:
        return []
    return [word_span(view, i, i, "NAME", initials[core], "propagated")
            for i in range(view.n) if view.line_start(i)
            and (core := view.shapes[i].core) in initials]


def initials_labels(transcript: Transcript) -> dict[str, str]:
    """Parsed speaker labels that are a person's initials in a dialogue (``GD`` beside
    ``Q``): lowercase label -> ``PATIENT``, for :func:`.labels.relabel`."""
    speakers = [s.speaker.strip() if s.speaker else "" for s in transcript.segments]
    counts = Counter(s for s in speakers if s)
    words = Counter(speakers[k] for k in transcript.segment_indices
                    if isinstance(k, int) and 0 <= k < len(speakers) and speakers[k])
    if not _dialogue(counts, words):
        return {}
    return {label.casefold(): "PATIENT" for label, c in counts.items()
            if c >= 2 and _INITIALS.fullmatch(label) and _person(label, c)}


def _dialogue(counts: Counter[str], words: Counter[str]) -> bool:
    """People talking, not a form's fields (``NHI: ...``, ``CRP: 45``): two labels or more
    that each open two turns or more, of three words or more on average, and such labels
    open three turns in four (a report's headings are many, each said once)."""
    talk = [label for label, c in counts.items() if c >= 2 and words[label] >= 3 * c]
    return len(talk) >= 2 and 4 * sum(counts[label] for label in talk) >= 3 * sum(
        counts.values())


def _label(text: str) -> str | None:
    """The one word of a label written ``RT:``, ``**RT:**``, ``__Q:__``, ``R.J.:``, else
    ``None``."""
    core = text.strip("*_")
    if not core.endswith(":") or not (_ONE_WORD.fullmatch(core[:-1])
                                      or _DOTTED.fullmatch(core[:-1])):
        return None
    return core[:-1]


_DOTTED = regex.compile(r"(?:[A-Z]\.){2,3}")  # "R.J.:": initials written with periods


def _person(label: str, turns: int = 0) -> bool:
    """Initials that are no role, heading or word (``BOY:``, ``RE:``); a heading's letters
    that open three turns or more of the dialogue are a speaker's."""
    key = label.casefold()
    if key in _ROLES or heading_only(label, turns):
        return False
    return zipf(key) < 4.5 or key in HEADINGS


