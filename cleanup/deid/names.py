"""Names of people: patients, clinicians, relatives and friends.

Evidence, strongest first:

- a cue before the word: a title (``Dr.``, ``mrs .``, ``doctor``), an introduction (``my
  name is``, ``patient is``), a greeting (``hi``, ``thank you,``), a relative (``my wife``,
  ``your friend's``: :mod:`.name_relatives`), a dictated header (the words before ``date of
  birth``);
- the word itself (:mod:`.name_words`) and its part in the sentence (:mod:`.name_roles`);
- a name's neighbours: a name-like word right before or after a found name joins it
  (``vincent sanchez``), and a surname that is also a word after a first name (``roy
  hill``).

A word followed by a medical head noun (``Parkinson's disease``, ``Bell's palsy``) or listed
in the glossary is an eponym, never a name.

>>> from cleanup.transcript import Transcript
>>> from .spans import merge
>>> from .view import View
>>> v = View.of(Transcript.from_text("hi kyle , i'm dr. vincent sanchez and my husband roy hill"))
>>> [(s.subtype, v.texts[s.first], v.texts[s.last]) for s in merge(find_names(v))]
[('PATIENT', 'kyle', 'kyle'), ('DOCTOR', 'vincent', 'sanchez'), ('OTHER', 'roy', 'hill')]
"""
from __future__ import annotations


from ..lexicon import DETERMINERS, FUNCTION_WORDS, zipf
from .knowledge import EPONYM_HEADS as EPONYM_HEADS
from .knowledge import (CLINICIAN_TITLES, DEPARTMENTS, MODAL_NAMES, PARTICLES, PERSON_NOUNS,
                        PERSONAL_TITLES,
                        TITLES, derived_word, first_name, name_info, unlisted)
from .name_base import (
    CALL_PARTICLES,
    GREETINGS as _GREETINGS,
    cued_name,
    eponym,
    name_like,
    thing_called,
    no_person,
)
from .name_extend import extend
from .name_parts import gaelic_article, mutated
from .name_relatives import OWNERS, PEOPLE, relative_name
# Re-exported: the detectors take a word's name strength and the eponym test from here.
from .name_strength import NONE as NONE, STRONG, UNKNOWN, WEAK, run_together, strength
from .name_verbs import finite_after
from .given_names import given_name
from .facility_words import GENERIC
from .professions import occupations
from .numbers import NUMBER_WORDS
from .spans import Span, word_span
from .view import View

_AFTER_YOU = frozenset({"thank", "meet", "see", "bless"})  # thank you, John
# Words a greeting takes that are no name: "hi everyone", "thanks again", "bye now".
_GREETED = frozenset("""everyone everybody guys folks again doctor doc sir maam ma'am there
all both much very so now soon later today tonight tomorrow sweetheart honey dear buddy
man mate love darling team kiddo friend friends nice good great fine well glad""".split())
_INTRODUCTIONS = (("goes", "by"), ("go", "by"), ("went", "by"), ("calls", "me"), ("called", "me"),
                  ("my", "name", "is"), ("my", "name's"), ("name", "is"), ("name's",),
                  ("call", "me"), ("called",), ("named",), ("patient", "is"),
                  ("patient", "name"), ("patient", "name", "is"), ("patient",), ("surname", "is"),
                  ("speaking", "with"), ("speaking", "to"), ("talk", "with"), ("talk", "to"),
                  ("speak", "with"), ("speak", "to"), ("this", "is"), ("i'm",), ("i", "am"),
                  ("it's",), ("it", "is"), ("is", "that"), ("is", "this"), ("must", "be"))
_WEAK_CUES = frozenset({("this", "is"), ("i'm",), ("i", "am"), ("it's",), ("it", "is"),
                        ("is", "that"), ("is", "this"), ("must", "be")})
# "goes by Skip", "calls me Bobby"; not "go by bus", "called me lazy" ("known as": conditions)
_NICKNAME_CUES = frozenset({("goes", "by"), ("go", "by"), ("went", "by"), ("calls", "me"),
                            ("called", "me")})
def find_names(view: View) -> list[Span]:
    spans: list[Span] = []
    spans += _after_titles(view)
    spans += _after_cues(view)
    spans += _apposed(view)
    spans += _plural_apposed(view)
    return [extend(view, s) for s in spans]


# People named in a list after them: "my two cousins, Hope and Ravi, and I": the plurals
# of the relatives and parts a name may follow.
_PLURAL_PEOPLE = frozenset(w + "s" for w in PEOPLE) | frozenset(
    "children grandchildren parents co-workers".split())


def _plural_apposed(view: View) -> list[Span]:
    """``my two cousins, Hope and Ravi, and I``: in text with capitals, the capitalized
    words set off by a comma after an owner's plural of people, joined by ``and``, are their
    names (two or more, the list closed by a comma or the sentence's end)."""
    spans: list[Span] = []
    for i in [] if view.lowercase else view.positions(_PLURAL_PEOPLE):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is not None and (view.keys[p] in NUMBER_WORDS or view.keys[p].isdigit()):
            p = view.prev_word(p, cross=False, pauses=False)  # "my two classmates"
        if p is None or view.keys[p] not in OWNERS - {"a", "your"} \
                or not view.texts[i].endswith(","):
            continue
        names, j = [], view.next_word(i, cross=False)
        while j is not None and view.capitalized(j) and view.keys[j].isalpha() \
                and view.keys[j] not in FUNCTION_WORDS and view.bases[j] not in TITLES:
            names.append(j)
            if view.shapes[j].pause:
                break
            k = view.next_word(j, cross=False, pauses=False)
            if k is None or view.keys[k] not in ("and", "&"):
                names = []
                break
            j = view.next_word(k, cross=False, pauses=False)
        if len(names) >= 2 and view.shapes[names[-1]].pause:
            spans += [word_span(view, n, n, "NAME", "OTHER") for n in names]
    return spans


def _apposed(view: View) -> list[Span]:
    """``that was sunita, my neighbour``, ``Wale, her brother, said``: a word set off by a
    comma right before ``my``/``her`` and a relative or a person's part, when people carry
    it mostly as a first name or English does not know it."""
    spans = []
    for i in view.positions(PEOPLE):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or view.keys[p] not in OWNERS - {"a"}:
            continue
        j = view.prev_word(p, cross=False)
        if j is None or not any(view.shapes[k].pause for k in range(j, p)) or \
                any(view.shapes[k].ends_sentence for k in range(j, p)):
            continue  # the comma after the name (its own token in PTB text)
        base = view.bases[j]
        if base in FUNCTION_WORDS or view.shapes[j].cut or eponym(view, j) or \
                base in occupations() or \
                not (first_name(base) or unlisted(base, view.lowercase)) or \
                (not view.lowercase and not view.shapes[j].cap):
            continue
        spans.append(word_span(view, j, j, "NAME", "OTHER"))
    return spans


def _numbered_label(view: View, j: int) -> bool:
    """``Speaker 1:``, ``Caller 2:``: a word before a number that ends in a colon labels a
    turn (``Ms. Caller 1: Fine``), no one's name."""
    k = view.next_word(j, cross=False)
    return k is not None and view.texts[k].endswith(":") and view.texts[k][:-1].isdigit()


def _name_after(view: View, j: int | None, subtype: str, loose: bool) -> Span | None:
    if j is None or not name_like(view, j, loose) or view.bases[j] in DEPARTMENTS:
        return None  # "talk to cardiology": a service
    return word_span(view, j, j, "NAME", subtype)


def _after_titles(view: View) -> list[Span]:
    spans = []
    for i in view.positions(TITLES | {"pa", "np"}):
        key = view.bases[i]
        if view.shapes[i].key != key and key not in ("pa",):
            continue  # "doctor's": the noun, not a title
        if key == "miss" and _missed(view, i):
            continue  # "had to miss work": the verb
        j = view.next_word(i, cross=False, pauses=False)
        if j is not None and view.bases[j] in TITLE_ROLES and key == "nurse":
            j = view.next_word(j, cross=False, pauses=False)  # "Nurse Practitioner Jo Ray"
        if j is None or _street_end(view, i, j) or _numbered_label(view, j):
            continue
        p = view.prev_word(i, cross=False, pauses=False)
        after_determiner = p is not None and view.keys[p] in DETERMINERS
        level = strength(view.bases[j])
        greeted = p is not None and view.keys[p] in _GREETINGS
        ambiguous = key in ("pa", "np", "nurse", "sister") or (
            key == "ms" and not _abbreviated(view, i) and not greeted)
        rare = ambiguous and not after_determiner and view.lowercase and \
            unlisted(view.bases[j], True) and not eponym(view, j)  # "nurse adaeze"
        if (after_determiner or ambiguous) and level < STRONG and not rare \
                and not view.capitalized(j) and not run_together(view.bases[j]):
            continue
        subtype = "DOCTOR" if key in CLINICIAN_TITLES else "PATIENT"
        if view.keys[j] in PARTICLES:  # "doctor de la cruz", "Dr. van Dijk"
            k = _after_particles(view, j)
            if k is not None and (name_like(view, k, loose=True) or mutated(view.shapes[k].core)):
                spans.append(word_span(view, j, k, "NAME", subtype))
            continue
        if run_together(view.bases[j]):
            spans.append(word_span(view, j, j, "NAME", subtype))
            continue
        span = _name_after(view, j, subtype, loose=True)
        if span is None and _lowercase_after_title(view, i, j):
            span = word_span(view, j, j, "NAME", subtype)
        if span is None and _short_surname(view, j) and key in CLINICIAN_TITLES:
            span = word_span(view, j, j, "NAME", subtype)
        if span is None and (_titled_surname(view, i, j) or _capital_after_title(view, i, j)
                             or _introduced_title(view, i, j)):
            span = word_span(view, j, j, "NAME", subtype)
        if span is not None:
            spans.append(span)
    return spans


# A nurse's role said between the title and the name: "Nurse Practitioner Jo Ray".
TITLE_ROLES = frozenset("""practitioner specialist consultant manager educator lead coordinator
navigator assistant supervisor director advisor adviser technician aide anesthetist
anaesthetist associate officer""".split())
# Words before "miss" the verb: "had to miss work", "I miss her", "you'll miss it".
_MISS_VERB = frozenset("""to i you we they he she will would can could not never don't
didn't doesn't won't might may must also really ll""".split())


def _missed(view: View, i: int) -> bool:
    """Whether the ``miss`` at ``i`` is the verb, by the word before it (not ``Miss Lane``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    return p is not None and view.keys[p] in _MISS_VERB and not view.shapes[i].cap


def _after_particles(view: View, j: int) -> int | None:
    """The word after the (up to two) name particles from ``j`` on: ``de la cruz``."""
    k: int | None = j
    for _ in range(2):
        if k is None or not (view.keys[k] in PARTICLES or gaelic_article(view, k)):
            break
        k = view.next_word(k, cross=False, pauses=False)
    return k


def _lowercase_after_title(view: View, i: int, j: int) -> bool:
    """``I am dr. sanchez``, ``see Dr osei``: in text with capitals, a strong census name or
    a word too rare for English, without its capital, after an abbreviated title."""
    if view.lowercase or view.shapes[j].cap or view.shapes[j].cut or eponym(view, j) or not (
            _abbreviated(view, i) or view.keys[i] in ("dr", "mr", "mrs", "ms", "mx")):
        return False
    return strength(view.bases[j]) == STRONG or unlisted(view.bases[j], True)


def _titled_surname(view: View, i: int, j: int) -> bool:
    """``is it mrs. bishop ?``: after a title that only a person's name follows (``mrs``,
    ``mister``, ``mr.``), or capitalized after ``Doctor`` in text with capitals (``Doctor
    Bishop``), a common surname of the census that is also a word of rank or calendar
    (``bishop``, ``king``, ``may``), where the word alone would say no name."""
    info = name_info(view.bases[j])
    titled = view.bases[i] in PERSONAL_TITLES and (view.bases[i] != "ms" or _abbreviated(view, i))
    clinician = view.bases[i] in ("doctor", "dr")
    capitalized = clinician and (view.shapes[j].cap if not view.lowercase
                                 else finite_after(view, j))  # "doctor green started me on"
    return ((titled or capitalized)
            and info is not None and info.last >= _COMMON_SURNAME
            and view.keys[j] not in FUNCTION_WORDS and not view.shapes[j].cut
            and not eponym(view, j))


def _capital_after_title(view: View, i: int, j: int) -> bool:
    """``we saw doctor Meadow in May``, ``Dr. Love``: in text with capitals, a capitalized
    word after a title written short or in lowercase is the surname, however common the
    word (a title written in full with a capital can open a heading: ``Doctor Visit``)."""
    core = view.shapes[j].core
    if view.lowercase or not core[:1].isupper() or not core.isalpha() or core.isupper() \
            or _no_surname(view, j) \
            or view.bases[i] in ("nurse", "sister", "pa", "np"):  # "the nurse Station"
        return False
    title = view.shapes[i].core
    return _abbreviated(view, i) or title.islower() or title.casefold() in ("dr", "mr", "mrs")


def _no_surname(view: View, j: int) -> bool:
    """A word after a title that says what, not who: a little word, a department, a kind,
    a job, another title, a word broken off or an eponym's (``Dr. Primary Care``)."""
    base = view.bases[j]
    return view.keys[j] in FUNCTION_WORDS or base in DEPARTMENTS or base in GENERIC \
        or base in occupations() or base in TITLES or view.shapes[j].cut or eponym(view, j)


# What a speaker says before their own title and name: "I am doctor patience".
_SELF_INTRODUCTIONS = (("i", "am"), ("i'm",), ("im",), ("this", "is"), ("my", "name", "is"),
                       ("it's",), ("name's",))


def _introduced_title(view: View, i: int, j: int) -> bool:
    """``I am doctor patience``, ``this is nurse hope``: after a speaker's introduction of
    themselves, the word after their title is their name, however common a word it is."""
    if not view.bases[j].isalpha() or _no_surname(view, j) \
            or view.bases[i] not in CLINICIAN_TITLES:
        return False
    words: list[str] = []
    p = view.prev_word(i, cross=False, pauses=False)
    while p is not None and len(words) < 3:
        words.insert(0, view.keys[p])
        if tuple(words) in _SELF_INTRODUCTIONS:
            return True
        p = view.prev_word(p, cross=False, pauses=False)
    return False


# Bearers per 100,000 (the census's surname list) that make a surname common.
_COMMON_SURNAME = 100.0


def _short_surname(view: View, j: int) -> bool:
    """``Dr. Li``, ``Dr Ng``: a two-letter surname, capitalized, in text with capitals."""
    core = view.shapes[j].core
    return (not view.lowercase and len(core) == 2 and core.isalpha() and core[0].isupper()
            and core[1].islower() and view.keys[j] not in FUNCTION_WORDS)


def _abbreviated(view: View, i: int) -> bool:
    """``ms.``, ``ms .``: the title written as an abbreviation (not the disease ``ms``)."""
    return view.texts[i].endswith(".") or (i + 1 < view.n and view.texts[i + 1] == ".")


def _after_cues(view: View) -> list[Span]:
    spans = []
    firsts = {cue[0] for cue in _INTRODUCTIONS} | _GREETINGS | _AFTER_YOU | PEOPLE | occupations() \
        | PERSON_NOUNS
    nameish = _nameish(view)
    for i in view.positions(firsts):
        if 1 not in nameish[i + 1:i + 6]:
            continue  # no word that could be a name follows: most cues ("is this", "my")
        words, where = view.run(i, 5)
        span = _introduced(view, words, where) or _greeted(view, words, where, i) or \
            relative_name(view, i)
        if span is not None:
            spans.append(span)
    return spans


def _nameish(view: View) -> bytes:
    """One byte a token: 1 where the word could be a name at all (decided per word)."""
    levels = {k: strength(k) >= UNKNOWN or unlisted(k, view.lowercase) or k in MODAL_NAMES
              for k in set(view.bases)}
    if view.lowercase:
        return bytes(map(levels.__getitem__, view.bases))
    return bytes(levels[b] or s.cap for b, s in zip(view.bases, view.shapes))


def _introduced(view: View, words: list[str], where: list[int]) -> Span | None:
    for cue in _INTRODUCTIONS:
        if tuple(words[:len(cue)]) == cue and len(words) > len(cue):
            j = where[len(cue)]
            if cue[-1] == "me" and view.keys[j] in CALL_PARTICLES:
                return None  # "call me back", "call me later": no nickname
            if cue in _NICKNAME_CUES:
                nickname = _strong_here(view, j) or (view.capitalized(j) and cued_name(view, j))
                return word_span(view, j, j, "NAME", "PATIENT") if nickname else None
            if cue == ("patient",) and view.texts[where[0]].rstrip("*_").endswith(":"):
                return None  # "Patient: Sure", "**Patient:** Morning": a turn's label
            if cue == ("patient",) and name_info(view.bases[j]) is None and (
                    derived_word(view.bases[j]) or zipf(view.bases[j]) >= 4.5):
                return None  # "the Patient Transfer video", "When Patient Ready": words
            if cue in _WEAK_CUES and belonging(view, where[0], j):
                return None  # "your tribe? I'm Efik", "I'm Tiv by tribe"
            if cue in _WEAK_CUES or cue == ("patient",):
                if not _strong_here(view, j) and not (
                        cue in (("i'm",), ("i", "am")) and _role_follows(view, j)):
                    return None
                return word_span(view, j, j, "NAME", "PATIENT")
            if cue in (("called",), ("named",)) and thing_called(view, where[0]):
                return None  # "a condition called X", "a cream called X": no person's name
            if _shouted(view, where[0], j) and name_info(view.bases[j]) is None \
                    and zipf(view.bases[j]) >= 3.0:
                return None  # "PATIENT IS NAUSEATED": in capitals, a capital says nothing
            return _name_after(view, j, "PATIENT", loose=True) or _short_given(view, j) or (
                word_span(view, j, j, "NAME", "PATIENT") if cue in _NAME_IS
                and _capital_named(view, j) else None) or (
                _small_name(view, j) if cue in _NAME_IS else None)
    return None


def _small_name(view: View, j: int) -> Span | None:
    """``My name is amelia.`` in text with capitals: after the cue, a name written
    without its capital (a word people carry as a name, no function word), and a second
    one after it (``grace amelia``)."""
    if view.lowercase or view.shapes[j].cap or strength(view.bases[j]) < WEAK \
            or view.keys[j] in FUNCTION_WORDS or not view.keys[j].isalpha():
        return None
    k = view.next_word(j, cross=False, pauses=False)
    last = k if k is not None and not view.shapes[k].cap and view.keys[k].isalpha() and \
        strength(view.bases[k]) >= WEAK and view.keys[k] not in FUNCTION_WORDS else j
    return word_span(view, j, last, "NAME", "PATIENT")


# Cues whose next word is the name itself: "my last name is Hill", "surname is Wood".
_NAME_IS = frozenset({("my", "name", "is"), ("name", "is"), ("my", "name's"), ("name's",),
                      ("surname", "is")})
# Words a name's cue can end on that name no one: "name is Unknown", "name is Withheld".
_NO_NAME = frozenset("unknown withheld redacted confidential none anonymous pending".split())


def _capital_named(view: View, j: int) -> bool:
    """``my last name is Hill``: after a cue that says a name comes, a capitalized word
    inside the sentence is the name however common a word it is (not a title, a function
    word or a placeholder)."""
    base = view.bases[j]
    return view.capitalized(j) and base.isalpha() and base not in FUNCTION_WORDS \
        and base not in TITLES and base not in _NO_NAME and not eponym(view, j)


# What a people, a faith or a country says someone belongs to: "I'm Tiv by tribe".
_BELONGING = frozenset("""tribe tribes religion faith ethnicity ethnic nationality origin
descent birth denomination heritage background church""".split())


def belonging(view: View, cue: int, j: int) -> bool:
    """Whether the word after a weak cue says what someone belongs to: ``by tribe`` after
    it, or a question for it just before the answer (``and your tribe? I'm X``)."""
    k = view.next_word(j, cross=False, pauses=False)
    if k is not None and view.keys[k] == "by":
        m = view.next_word(k, cross=False, pauses=False)
        if m is not None and view.keys[m] in _BELONGING:
            return True
    # the question may end the turn before: across sentences and turns
    return any(view.keys[q] in _BELONGING for q in view.words_before(cue, 8, cross=True))


def _street_end(view: View, i: int, j: int) -> bool:
    """``88 Riverbend Dr`` at a line's end, a town on the next: a street's word, no title
    (a capitalized word before it, no period after it)."""
    if view.texts[i] not in ("Dr", "St") or view.captions or not view.sentence_start(j):
        return False
    p = view.prev_word(i, cross=False, pauses=False)
    return p is not None and view.shapes[p].cap and view.keys[p] not in FUNCTION_WORDS


def _shouted(view: View, first: int, j: int) -> bool:
    """The cue and the word after it are written in capitals (``PATIENT IS NAUSEATED``)."""
    return all(len(core := view.shapes[k].core) > 1 and core.isupper() for k in (first, j))


def _short_given(view: View, j: int) -> Span | None:
    """``speaking with li zhang``, ``my name is bo chen``: after a strong cue, a short word
    the census lists as a given name, when a name-like word follows it."""
    k = view.next_word(j, cross=False, pauses=False)
    info = name_info(view.bases[j])
    if k is None or info is None or info.first <= 0 or view.keys[j] in FUNCTION_WORDS \
            or not view.keys[j].isalpha() or not name_like(view, k, loose=True):
        return None
    return word_span(view, j, k, "NAME", "PATIENT")


def _strong_here(view: View, j: int) -> bool:
    """A name even after a weak cue: a strong census name, a capitalized name-like word, or
    a word too rare for English and no English derived word, capitalized or followed by a
    name (``It's Rahul``, ``i'm rahul banerjee``)."""
    base = view.bases[j]
    if view.shapes[j].cut or no_person(view, j):
        return False  # "it's Super Bowl": a thing's name
    k = view.next_word(j, cross=False, pauses=False)
    if k is not None and (view.keys[k] == "than" or view.keys[k] in ("of", "to")
                          and zipf(base) >= 4.5):
        return False  # "it's Kind of like", "it's messier than", "it's nice to meet you"
    if not view.lowercase and not view.shapes[j].cap:
        return strength(base) == STRONG  # a lowercase name in cased text: only a sure one
    core = view.shapes[j].core
    if not view.lowercase and core.isupper() and len(core) > 1:
        return False  # "it's HMO": an acronym
    return strength(base) == STRONG or (view.shapes[j].cap and not view.lowercase
                                        and strength(base) >= UNKNOWN) or run_together(base) \
        or (unlisted(base, True) and (view.shapes[j].cap or _name_follows(view, j))
            and not _before_gerund(view, k))


def _before_gerund(view: View, k: int | None) -> bool:
    """``it was Underage smoking``: a rare word before a gerund describes the act; a name
    before one is ``it's Rahul speaking``."""
    return k is not None and view.keys[k].endswith("ing") and len(view.keys[k]) > 5 \
        and view.keys[k] not in ("speaking", "calling", "ringing", "writing")


_ROLE_OPENERS = frozenset("i'm i your the one from".split())
_CARERS = frozenset("physio physios gp gps carer carers".split())


def _role_follows(view: View, j: int) -> bool:
    """``i'm summer, i'm one of the physios``, ``i'm hope, your nurse``: a word people
    carry mostly as a first name, followed by the speaker's role, introduces the speaker."""
    info = name_info(view.bases[j])
    if info is None or info.first < 100 or info.first <= info.last or view.shapes[j].cut:
        return False
    k = view.next_word(j, cross=False)
    if k is None or view.keys[k] not in _ROLE_OPENERS:
        return False
    for _ in range(5):
        k = view.next_word(k, cross=False)
        if k is None:
            return False
        base = view.bases[k]
        if base in _CARERS or base in occupations() or base.removesuffix("s") in occupations():
            return True
    return False


_ADJECTIVE_ENDS = ("y", "oid", "ian", "ile", "ish")


def _name_follows(view: View, j: int) -> bool:
    """``i'm rahul banerjee``: in lowercase ASR a name word no census lists is a name after a
    weak cue when a name-like word follows it (not ``i'm dizzy today``), or when it is very
    rare, ends the clause and has no adjective's ending (``hi i'm thandiwe``, not ``i'm
    crampy``)."""
    k = view.next_word(j, cross=False, pauses=False)
    base = view.bases[j]
    if k is None:
        return zipf(base) < 2.5 and not base.endswith(_ADJECTIVE_ENDS) and not base.startswith(
            ("post", "pre", "non", "anti", "hyper", "hypo"))
    if view.keys[k] in _ON_BEHALF and not base.endswith(_ADJECTIVE_ENDS):
        return True  # "it's ngozi from the surgery", "this is chidi calling"
    return not view.shapes[k].cut and not eponym(view, k) and (
        strength(view.bases[k]) >= WEAK or unlisted(view.bases[k], True))


# Words after a caller's name: "this is chidi from the pharmacy", "it's ada calling".
_ON_BEHALF = frozenset("from calling speaking here".split())


def _greeted(view: View, words: list[str], where: list[int], i: int) -> Span | None:
    k = 1
    if words[0] in _AFTER_YOU:
        if len(words) < 3 or words[1] != "you":
            return None
        k = 2
    elif words[0] not in _GREETINGS or _time_of_day(view, i):
        return None
    if words[k:k + 1] == ["there"] and len(words) > k + 1:
        k += 1  # "hey there mark"
    if len(words) <= k:
        return None
    j = where[k]
    if any(ch in "\"”" for ch in view.texts[where[k - 1]][view.shapes[where[k - 1]].end:]):
        return None  # '"Hi",True': the quote closes the greeting (a CSV row's field)
    if words[k + 1:k + 2] == ["of"]:
        return None  # "sorry, loss of taste": a word taken back, no one greeted
    if words[0] in _DAY_PARTS and zipf(view.bases[j]) >= 3.5 and not given_name(view.bases[j]):
        return None  # "Cardiac ICU, Morning Rounds", "evening shift": a time's noun
    level = strength(view.bases[j])
    # In lowercase ASR a greeting's next word is a name unless it is a common word that
    # greetings take: "hi mark" and "hi siobhan", not "hi everyone", "thanks again".
    plain = view.lowercase and not view.shapes[j].cut and not derived_word(view.bases[j]) \
        and (level == UNKNOWN or (level == WEAK and zipf(view.bases[j]) < 5.5
                                  and view.bases[j] not in _GREETED))  # not "sorry shortness"
    if _strong_here(view, j) or (plain and not eponym(view, j)):
        return word_span(view, j, j, "NAME", "PATIENT")
    return None


_DAY_PARTS = frozenset("morning afternoon evening night".split())
# A time of day after these is when, not a greeting: "in the evening, wash your face".
_WHEN = frozenset("the this that in every each one at by per last next tomorrow".split())


def _time_of_day(view: View, i: int) -> bool:
    p = view.prev_word(i, cross=False, pauses=False)
    return view.keys[i] in ("morning", "afternoon", "evening", "night") and p is not None \
        and view.keys[p] in _WHEN
