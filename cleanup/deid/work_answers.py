"""An employer named in the answer to ``where do you work?``, in text with capitals: the
answer's capitalized words after ``the``, ``at`` or ``for`` (``The Salty Otter in Howth.``,
``At Brennan's, the pub.``, ``I work for Corrib Freight``) are a business's name, however
common its words (a pub, a shop, a café are named by ordinary words). Lowercase ASR gives
no capitals: there the rare words of the answer say it (:mod:`.answers`).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("A: Where do you work?\\nB: The Salty Otter in Howth."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in find_work_answers(v)]
[('Salty', 'Otter')]
"""
from __future__ import annotations

from ..lexicon import AUXILIARIES

from .facilities import GENERIC, HEADS
from .knowledge import DEPARTMENTS, NOT_PERSON
from .speech_words import SELF
from .spans import Span, word_span
from .turn_labels import TIME_CODE
from .view import View

_WORK = frozenset("work working employed employer job".split())
_ASKING = frozenset("where who who's which what".split())
_PERSONS = frozenset("you he she they your his her their".split())
# Words that open an answer before the employer's name: "I work at the", "it's the".
_OPENERS = frozenset("""i work works worked at for the it's its in with um uh oh well
just down up over currently still mostly""".split())
_CONNECTORS = frozenset({"and", "&", "of", "on", "the"})
# Capitalized words that name a kind of place or no place: "The Council", "Nowhere".
_NO_NAME = frozenset("""council hospital nhs home nowhere retired unemployed school office
shop factory university college government army navy police accounts finance sales
marketing hr admin it reception payroll retail hospitality catering""".split())


def find_work_answers(view: View) -> list[Span]:
    if view.lowercase:
        return []
    spans = []
    for i in view.positions(_WORK):
        if not _asked(view, i):
            continue
        j = answer_start(view, i)
        found = _name(view, j) if j is not None else None
        if found is not None:
            spans.append(word_span(view, found[0], found[1], "LOCATION", "ORGANIZATION",
                                   "answer"))
    return spans


def _asked(view: View, i: int) -> bool:
    """``where do you work``, ``who are you employed by``: a question word a few words
    before the noun or verb of work, in a question."""
    p: int | None = i
    person = False
    for _ in range(5):
        p = view.prev_word(p, cross=False) if p is not None else None
        person = person or (p is not None and view.keys[p] in _PERSONS)
        if p is not None and view.keys[p] in _ASKING and person:
            return question_end(view, i)
    return False


def question_end(view: View, i: int) -> bool:
    """Whether the sentence of token ``i`` ends in a question mark (or with the turn), within
    a dozen words: ``Who were you working for when the ladder slipped?``."""
    k = i
    for _ in range(12):
        if "?" in view.texts[k]:
            return True
        nxt = view.next_word(k, cross=False)
        if nxt is None:
            return not view.shapes[k].ends_sentence
        k = nxt
    return False


def answer_start(view: View, i: int) -> int | None:
    """The first word of the next turn (within a few words of the question's end)."""
    k: int | None = i
    for _ in range(12):  # to the question's end
        if k is None or "?" in view.texts[k]:
            break
        k = view.next_word(k, cross=False)
    j, turned = view.next_word(k if k is not None else i), False
    for _ in range(6):
        if j is None:
            return None
        label = view.texts[j].endswith(":") or view.texts[j].startswith("[") \
            or view.role_label(j) or bool(TIME_CODE.fullmatch(view.texts[j]))  # "3:10 A:"
        turned = turned or view.breaks_before(j) or label
        if turned and not label:
            return j  # past a speaker's label or a time written into the text
        j = view.next_word(j)
    return None


def _name(view: View, j: int) -> tuple[int, int] | None:
    """The capitalized words after the answer's openers, connectors between them kept;
    ``None`` when no opener comes first or no word of them names a business."""
    opened = False
    k: int | None = j
    for _ in range(6):
        if k is None or view.keys[k] not in _OPENERS:
            break
        opened, k = True, view.next_word(k, cross=False, pauses=False)
    if k is None:
        return None
    first = last = None
    while k is not None and view.keys[k] not in AUXILIARIES | SELF and (view.shapes[k].cap or (
            last is not None and view.keys[k] in _CONNECTORS)):  # not "I'm"
        if view.shapes[k].cap:
            first = k if first is None else first
            last = k
        if view.shapes[k].pause:
            break
        k = view.next_word(k, cross=False, pauses=False)
    if first is None or last is None or (view.sentence_start(first) if opened else not (
            first == j and view.shapes[last].ends_sentence)):
        return None  # "Kern Valley Concrete." alone is the answer; "I think so" is none
    words = [view.bases[w] for w in range(first, last + 1) if view.keys[w]]
    if all(w in GENERIC or w in NOT_PERSON or w in _NO_NAME or w in DEPARTMENTS or w in HEADS
           for w in words):
        return None
    return first, last
