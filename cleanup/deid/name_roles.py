"""Names known by the part a word plays in the talk, when nothing right before it is a cue:
the one who speaks (``so grace told me``), the one spoken to (``Mark, can you…``, ``is
that right, Mark?``), a census first name written with a capital inside a sentence (``I
spoke to Grace``), and the answer to a question about a name (``could I take your full
name?`` ... ``yeah, it's callum brightwater``).

Each rule needs a word that people really carry as a first name (the census share), so a
common word in the same place stays (``so it told me``, ``Right, can you…``, ``thanks,
love``); one that a cue or a list already finds is left to :mod:`.names`.

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("so grace told me to come , and the doctor said so"))
>>> [v.texts[s.first] for s in find_name_roles(v)]
['grace']
>>> v = View.of(Transcript.from_text("Mark, can you read that? I spoke to Hope. "
...                                  "Right, thanks, Rose."))
>>> [v.texts[s.first] for s in find_name_roles(v)]
['Mark,', 'Hope.', 'Rose.']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, SUBJECT_PRONOUNS, zipf
from .name_words import compared
from .knowledge import (
    MODAL_NAMES,
    MONTHS,
    RELATIVES,
    TITLES,
    derived_word,
    drug_like,
    name_info,
    place_info,
    rare_name_word,
)
from .given_names import given_name
from .name_cues import find_name_cues
from .name_verbs import finite_after
from .name_base import OTHER_TITLES
from .name_strength import month_as_name
from .name_base import no_person
from .names import STRONG, UNKNOWN, WEAK, eponym, extend, name_like, strength
from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from ..transcript import LINE, PARAGRAPH
from .view import FILLERS, ROLES, View

#: Verbs whose subject is a person: "so grace told me".
SAYING = frozenset("""told said says tells asked asks called calls texted texts mentioned
mentions thinks thought wants wanted suggested suggests recommended noticed explained
reckons reckoned insisted warned rang phoned emailed messaged""".split())
# Words a speaker's subject can follow: the start of a clause.
_CLAUSE_OPENERS = frozenset("""so and but because cause then when like well um uh yeah oh
that since if actually anyway basically and""".split())
def find_name_roles(view: View) -> list[Span]:
    spans = _answers(view) + _named_months(view) + _dictated(view) + _aged(view)
    spans += [extend(view, s) for s in _before_header(view)]
    candidates = {k for k in set(view.bases) if k and given_name(k)}
    for i in view.positions(candidates):
        core = view.shapes[i].core
        if view.shapes[i].cut or no_person(view, i) or (
                core.isupper() and len(core) <= 3):
            continue  # "ED:", "AL": an acronym
        if not view.lowercase and not view.shapes[i].cap:
            continue  # text with capitals writes a name with one
        if view.bases[i] in MODAL_NAMES and _asks(view, i):
            continue  # "Good morning Ms. May I take your coat?": the modal asks
        if _speaker(view, i) or _addressed(view, i) or view.capitalized(i) or \
                _called_on(view, i):
            span = extend(view, word_span(view, i, i, "NAME", "OTHER"))
            if not compared(view, span.first, span.last):
                spans.append(span)
    spans += _unknown_addressed(view)
    found = {s.first for s in spans}
    return spans + [s for s in find_name_cues(view) if s.first not in found]


def _unknown_addressed(view: View) -> list[Span]:
    """``Saija, step on the scale please``: in text with capitals, a word English does not
    know, capitalized and set off by a comma at a sentence's start, is the one spoken to
    (not a place, a drug, an acronym, a derived word, or a word of another language's
    letters: ``Oczywiście,``)."""
    if view.lowercase:
        return []
    spans = []
    for i in range(view.n):
        base = view.bases[i]
        if not view.texts[i].endswith(",") or not view.shapes[i].cap or len(base) < 3 \
                or not base.isascii() or not base.isalpha() or view.keys[i] != base \
                or zipf(base) >= 2.5 \
                or view.shapes[i].core.isupper() or place_info(base) is not None \
                or drug_like(base) or derived_word(base) or not view.sentence_start(i) \
                or view.foreign(i) or no_person(view, i):
            continue  # "Docteur:", "Slurring, ...": no one spoken to
        spans.append(word_span(view, i, i, "NAME", "OTHER"))
    return spans


def _asks(view: View, i: int) -> bool:
    """Whether a modal name at ``i`` opens a question as the verb: a subject right after it
    (``May I take your coat?``, ``Will you sign here?``)."""
    j = view.next_word(i, cross=False, pauses=False)
    return j is not None and view.keys[j] in SUBJECT_PRONOUNS


_THANKS = frozenset("thanks thank you cheers hi hello hey morning bye goodbye".split())
# A name called on in lowercase ASR, with no comma to set it off: "so frank what does that
# mean", "okay mark tell me about it": a clause's opener, the name, a question or a request.
_CALL_OPENERS = frozenset("so okay ok alright now well".split())
_CALL_NEXT = frozenset("what what's how how's tell when where why let's can could did do are "
                       "have".split())


def _called_on(view: View, i: int) -> bool:
    if not view.lowercase or view.bases[i] in MODAL_NAMES:
        return False
    p = view.prev_word(i, cross=False)
    n = view.next_word(i, cross=False)
    return p is not None and n is not None and view.keys[p] in _CALL_OPENERS and \
        view.keys[n] in _CALL_NEXT


def spoken_to(view: View, i: int) -> bool:
    """A vocative (``Tadeusz, could you…``, ``thanks, Oluwaseun.``) that the words around it
    show speaking to someone: ``you`` just after it, or a greeting or thanks just before."""
    if not _addressed(view, i):
        return False
    words, _ = view.run(i, 5)
    p = view.prev_word(i, cross=False)
    return "you" in words[1:] or "your" in words[1:] or (
        p is not None and view.keys[p] in _THANKS)


def _speaker(view: View, i: int) -> bool:
    """``so grace told me``: the word opens a clause and a verb of saying follows it."""
    j = view.next_word(i, cross=False, pauses=False)
    if j is None or view.keys[j] not in SAYING:
        return False
    p = view.prev_word(i, cross=False, pauses=False)
    return p is None or view.keys[p] in _CLAUSE_OPENERS


def _addressed(view: View, i: int) -> bool:
    """A vocative set off by a comma at a turn's or sentence's edge: ``Mark, can you``,
    ``is that right, Mark?`` (text with punctuation only)."""
    j = view.next_word(i, cross=False)
    if view.sentence_start(i) and j is not None:
        return _comma_between(view, i, j)
    p = view.prev_word(i, cross=False)
    return p is not None and _comma_between(view, p, i) and (
        view.next_word(i, cross=False) is None)


def _comma_between(view: View, a: int, b: int) -> bool:
    """Whether a pause and no sentence end separate the words at ``a`` and ``b``."""
    shapes = view.shapes[a:b]
    return any(s.pause for s in shapes) and not any(s.ends_sentence for s in shapes)


# Words an answer opens with before the name: "yes, it's", "my name is".
_OPENERS = frozenset("""yes yeah yep sure okay ok um uh er erm so well it's its it is my
name name's i'm i am this hi hello of course that's oh ah sorry me""".split())
_ASKED = frozenset("your full first last patient's his her".split())


def _answers(view: View) -> list[Span]:
    """The name words that open the turn after a question about a name."""
    spans = []
    who = set(_who_questions(view))
    for i in sorted(set(_name_questions(view)) | who):
        j, seen = view.next_word(i), 0
        while j is not None and seen < 25 and not _answer_starts(view, i, j):
            j, seen = view.next_word(j), seen + 1
        if i in who:  # "Who's on tonight?" ... "Me. Okafor, from the day team."
            while j is not None and (view.keys[j] in _OPENERS or view.texts[j].endswith(":")):
                k = view.next_word(j)
                j = k if k is not None and not view.turn_between(j, k) else None
            if j is not None and _who_named(view, j):
                spans.append(word_span(view, j, j, "NAME", "OTHER"))
            continue
        j = _past_openers(view, j)
        bare = _bare_answer(view, j)
        if bare is not None:
            spans.append(bare)
            continue
        first: int | None = None
        last: int | None = None
        while j is not None and (first is None or j - first < 6) and _name_word(view, j):
            first = j if first is None else first
            last = j
            j = view.next_word(j, cross=False, pauses=False)
        if first is not None and last is not None:
            spans.append(word_span(view, first, last, "NAME", "PATIENT"))
    return spans


def _answer_starts(view: View, i: int, j: int) -> bool:
    """Whether the answer may start at ``j`` after the question ending at ``i``: a new turn,
    or a new line (unlabelled ASR puts each turn on its own line)."""
    return view.turn_between(i, j) or any(view.seps[k] in (LINE, PARAGRAPH)
                                          for k in range(i + 1, j + 1))


# Words that confirm what was asked, never a name chosen: "Yes, that's correct."
_CONFIRMING = frozenset("""correct right true exactly indeed absolutely yep yeah sure fine
okay perfect good great accurate""".split())
# Hedges before a chosen name: "um i dunno, maybe ...", "i guess just ...".
_HEDGES = frozenset("dunno maybe just probably guess hmm mm".split())
_HESITANT = _HEDGES | FILLERS
_HEDGE_PAIRS = (("i", "dunno"), ("i", "guess"), ("don't", "know"), ("let's", "say"),
                ("how", "about"), ("call", "me"), ("i", "don't"))


def _past_openers(view: View, j: int | None) -> int | None:
    """The first word of an answer past its openers and hedges (``yeah um i dunno uh``)."""
    while j is not None:
        nxt = view.next_word(j, cross=False)
        if view.keys[j] in _OPENERS or view.keys[j] in _HEDGES or view.texts[j].endswith(":"):
            j = nxt
        elif nxt is not None and (view.keys[j], view.keys[nxt]) in _HEDGE_PAIRS:
            j = nxt
        else:
            return j
    return None


def _bare_answer(view: View, j: int | None) -> Span | None:
    """``what would you like to be called?`` ... ``uh sky, just sky``: a single word that is
    the whole answer (its turn or sentence ends there, or it is said again) is the name
    chosen, a common word too (no function word, number or filler)."""
    if j is None:
        return None
    base = view.bases[j]
    if not base.isalpha() or base in FUNCTION_WORDS or base in NUMBER_WORDS or \
            base in FILLERS or base in _HEDGES or zipf(base) >= 5.5 or view.shapes[j].cut or \
            base in RELATIVES or base in TITLES or base in ROLES or base in _CONFIRMING:
        return None  # "just mum", "doctor is fine", "that's correct": no name
    k = view.next_word(j, cross=False)
    while k is not None and view.keys[k] in _HESITANT:
        k = view.next_word(k, cross=False)
    if k is None or view.bases[k] == base:
        return word_span(view, j, j, "NAME", "PATIENT", "chosen")
    return None


def _who_questions(view: View) -> list[int]:
    """The tokens that end a short question opening with ``who``/``who's`` and ending its
    turn (``Who's handing over?``, ``Who is on call?``): the answer may give a name."""
    out = []
    for i in view.positions({"who", "who's"}):
        if not view.sentence_start(i):
            continue
        words, where = view.run(i, 6)
        last = where[-1]
        nxt = view.next_word(last)
        if len(words) <= 5 and view.texts[last].rstrip().endswith("?") and \
                nxt is not None and view.turn_between(last, nxt):
            out.append(last)
    return out


def _who_named(view: View, j: int) -> bool:
    """A word of an answer to a question of who that is a name by itself: a strong census
    name or a word English barely knows, written with a capital in text with capitals (not
    ``Ambulance.``, ``Carers.``)."""
    base = view.bases[j]
    if view.shapes[j].cut or eponym(view, j) or base in ROLES or base in RELATIVES or \
            base in TITLES or (not view.lowercase and not view.shapes[j].cap):
        return False
    return (strength(base) == STRONG or rare_name_word(base, view.keys[j], 2.6)) and \
        base not in OTHER_TITLES


# Questions that ask who someone is, said last in a turn: "and you are?", "who am i
# speaking with", "who's this".
_WHO = (("you", "are"), ("call", "you"), ("speaking", "with"), ("speaking", "to"),
        ("who's", "this"), ("who", "is", "this"), ("talking", "to"))


def _name_questions(view: View) -> list[int]:
    """The tokens that end a question about a name: ``your name``, ``full name``, or a
    question of who one is that ends its turn."""
    out = []
    for i in view.positions({"name", "names", "surname", "are", "with", "to", "this",
                             "called", "you"}):
        p = view.prev_word(i, cross=False)
        if view.keys[i] == "called":  # "what would you like to be called?"
            nxt = view.next_word(i)
            if p is not None and view.keys[p] == "be" and nxt is not None \
                    and _answer_starts(view, i, nxt):
                out.append(i)
            continue
        if view.bases[i] in ("name", "names", "surname"):
            if p is not None and view.keys[p] in _ASKED:
                out.append(i)
            continue
        nxt = view.next_word(i)
        if nxt is None or not _answer_starts(view, i, nxt):
            continue  # the question must end its turn
        words = [view.keys[i]]
        while p is not None and len(words) < 3:
            words.insert(0, view.keys[p])
            p = view.prev_word(p, cross=False)
        if any(tuple(words[-len(cue):]) == cue for cue in _WHO):
            out.append(i)
    return out


def _name_word(view: View, j: int) -> bool:
    """A word of the answer that can be a name: no function word or number, not common
    in English unless a census name (``callum``, ``brightwater``, ``jack``)."""
    base = view.bases[j]
    if not base.replace("'", "").replace("-", "").isalpha() or base in FUNCTION_WORDS or \
            base in NUMBER_WORDS or view.shapes[j].cut or eponym(view, j) or \
            base in RELATIVES or base in ROLES:
        return False  # "mum", "doctor": no name
    common = zipf(base) >= 4.5 and not (strength(base) >= WEAK and zipf(base) < 5.5)
    return not common and (view.lowercase or view.shapes[j].cap)


def _named_months(view: View) -> list[Span]:
    """``hi april``, ``patient , june mills``: a month that is a first name, after a
    greeting, a patient cue or a relative, with no day or year (the surname after it
    joins)."""
    spans = []
    for i in view.positions(MONTHS):
        p = view.prev_word(i, cross=False)
        nxt = view.next_word(i, cross=False, pauses=False)
        dated = nxt is not None and (view.keys[nxt][:1].isdigit() or view.keys[nxt] in NUMBER_WORDS)
        if view.keys[i] in MODAL_NAMES and (not view.lowercase and not view.shapes[i].cap or (
                p is not None and (view.bases[p] in RELATIVES or view.bases[p] == "patient")
                and not (nxt is None or finite_after(view, i))) or _asks(view, i)):
            continue  # "my daughter may call", "Ms. May I take your coat?": the modal
        if not dated and month_as_name(view.keys[i], view.keys[p] if p is not None else ""):
            spans.append(extend(view, word_span(view, i, i, "NAME", "PATIENT")))
    return spans


def _dictated(view: View) -> list[Span]:
    """``grace hill is a 64-year-old female``: the name a dictation opens with, before the
    patient's age."""
    spans = []
    for i in view.positions({"is"}):
        words, _ = view.run(i, 6, pauses=False)
        if words[1:2] not in (["a"], ["an"]) or not any(
                "year" in w or w.isdigit() for w in words[2:5]):
            continue
        first, p = None, view.prev_word(i, cross=False, pauses=False)
        while p is not None and (first is None or i - p < 6) and _census_word(view, p):
            first, p = p, view.prev_word(p, cross=False, pauses=False)
        if first is not None and (view.sentence_start(first) or p is not None and view.keys[p] in (
                "patient", "mr", "mrs", "ms", "miss")):
            last = view.prev_word(i, cross=False, pauses=False)
            if last is not None:
                spans.append(word_span(view, first, last, "NAME", "PATIENT"))
    return spans


def _aged(view: View) -> list[Span]:
    """``You are Xiu Lin, a 58-year-old man``, ``Lorna Ames, an 80 year old``: the
    words before an age in apposition (a comma, then ``a``/``an`` and the age) are the
    person's name, capitalized in text with capitals, after ``is``/``am``/``are`` in
    lowercase text."""
    spans = []
    for a in view.positions({"a", "an"}):
        last = view.prev_word(a)  # the comma before the article first: most "a" have none
        if last is None or not view.texts[last].endswith(",") or view.turn_between(last, a):
            continue
        words, _ = view.run(a, 5, pauses=False)
        if not any(w.endswith("year-old") or w in ("year", "years") for w in words[1:5]):
            continue
        first: int | None = None
        p: int | None = last
        while p is not None and last - p < 3 and _census_word(view, p) and (
                view.lowercase or view.shapes[p].cap):
            first, p = p, view.prev_word(p, cross=False, pauses=False)
        if first is None or (p is None and view.lowercase) or p is not None and not (
                view.keys[p] in _AGED_CUES or view.keys[p].rstrip(".") in TITLES):
            continue  # "In Boston, a 62-year-old": a place
        if not view.lowercase and view.sentence_start(first) and first == last \
                and name_info(view.bases[first]) is None:
            continue  # "Overall, a 62-year-old": one capital opening a sentence says little
        spans.append(word_span(view, first, last, "NAME", "PATIENT"))
    return spans


# Words before a lowercase name in apposition with an age: "this is xiu lin, a 58 year old".
_AGED_CUES = frozenset("is am are named called patient mr mrs ms miss".split())


def _census_word(view: View, i: int) -> bool:
    """A word people carry as a name (the census lists it for 20 in a million), or a rare
    one, and no function word, title or relative (``grace``, ``hill``, ``okafor``)."""
    base = view.bases[i]
    if base in FUNCTION_WORDS or base in TITLES or base in RELATIVES or view.shapes[i].cut \
            or not base.isalpha():
        return False
    info = name_info(base)
    return (info is not None and max(info.first, info.last) >= 20) or strength(base) == UNKNOWN


def _before_header(view: View) -> list[Span]:
    """A dictation's opening: ``eugene walker date of birth ...``, ``pamela cook, mrn``."""
    spans = []
    for i in view.positions({"date", "dob", "mrn", "medical", "born"}):
        words, _ = view.run(i, 3)
        if words[0] in ("date", "medical") and \
                words[1:3] not in (["of", "birth"], ["record", "number"]):
            continue
        last = view.prev_word(i, cross=False)
        if last is None or not name_like(view, last, loose=True):
            continue
        first = last
        p = view.prev_word(last, cross=False)
        if p is not None and name_like(view, p, loose=True):
            first = p
        spans.append(word_span(view, first, last, "NAME", "PATIENT"))
    return spans
