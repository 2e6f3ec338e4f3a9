"""Names of people: patients, clinicians, relatives and friends.

Evidence, strongest first:

- a cue before the word: a title (``Dr.``, ``mrs .``, ``doctor``), an introduction (``my
  name is``, ``patient is``), a greeting (``hi``, ``thank you,``), a relative (``my wife``,
  ``your friend's``), a dictated header (the words before ``date of birth``);
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
from .knowledge import (
    CLINICIAN_TITLES,
    MONTHS,
    RELATIVES,
    MODAL_NAMES,
    EPONYM_HEADS,
    PARTICLES,
    TITLES,
    drug_like,
    is_protected,
    name_info,
    run_together,
    unlisted,
)
from .name_strength import NONE, STRONG, UNKNOWN, WEAK, strength
from .name_verbs import finite_after, given
from .spans import Span, word_span
from .view import View

_GREETINGS = frozenset("hi hello hey morning afternoon evening bye goodbye thanks welcome "
                       "dear sorry".split())
_AFTER_YOU = frozenset({"thank", "meet", "see", "bless"})  # thank you, John
# Words a greeting takes that are no name: "hi everyone", "thanks again", "bye now".
_GREETED = frozenset("""everyone everybody guys folks again doctor doc sir maam ma'am there
all both much very so now soon later today tonight tomorrow sweetheart honey dear buddy
man mate love darling team kiddo friend friends nice good great fine well glad""".split())
_INTRODUCTIONS = (("goes", "by"), ("go", "by"), ("went", "by"), ("calls", "me"), ("called", "me"),
                  ("my", "name", "is"), ("my", "name's"), ("name", "is"), ("name's",),
                  ("call", "me"), ("called",), ("named",), ("patient", "is"),
                  ("patient", "name"), ("patient", "name", "is"), ("patient",), ("surname", "is"),
                  ("speaking", "with"), ("speaking", "to"), ("this", "is"), ("i'm",),
                  ("i", "am"), ("it's",), ("it", "is"), ("is", "that"), ("is", "this"),
                  ("must", "be"))
_WEAK_CUES = frozenset({("this", "is"), ("i'm",), ("i", "am"), ("it's",), ("it", "is"),
                        ("is", "that"), ("is", "this"), ("must", "be")})
# "goes by Skip", "calls me Bobby"; not "go by bus", "called me lazy" ("known as": conditions)
_NICKNAME_CUES = frozenset({("goes", "by"), ("go", "by"), ("went", "by"), ("calls", "me"),
                            ("called", "me")})
_KIN_WORDS = frozenset("best older younger little big eldest oldest youngest late ex".split())
# People named after "my"/"her" as relatives are: "my practitioner Sunita", "her coach Ade".
_PEOPLE = RELATIVES | frozenset("""practitioner therapist physio physiotherapist midwife
scribe assistant manager supervisor teacher coach landlord landlady roommate flatmate
housemate tutor counselor counsellor""".split())


def name_like(view: View, i: int, loose: bool = False) -> bool:
    """Whether the word at ``i`` can be (part of) a name where a cue or a neighbour says a
    name is likely. ``loose`` (after a strong cue) also takes common names (``will``) and
    names no census lists (``yusuf``, ``Arjun``: :func:`cued_name`)."""
    base = view.bases[i]
    level = strength(base)
    if level == NONE and loose and not view.shapes[i].cut and cued_name(view, i):
        return True
    if level == NONE or view.shapes[i].cut or eponym(view, i):
        return False
    if not view.lowercase and not view.shapes[i].cap:
        return False  # mixed-case text writes names with a capital
    # A common word that is also a name ("will") is one only after a strong cue or capitalized.
    return level != WEAK or loose or zipf(base) < 5.0 or view.capitalized(i)


def cued_name(view: View, i: int) -> bool:
    """A name that no census lists, right after a strong cue (a title, ``my son``, ``my
    name is``): in text with capitals a capitalized word inside a sentence that is no
    common word (``my grandson Arjun``); in lowercase ASR a word rarer than Zipf 3.6 that
    is no English derived word (``his son yusuf``, ``doctor obi``; not ``my son insists``)."""
    if not unlisted(view.bases[i], view.lowercase) or eponym(view, i):
        return False
    return view.capitalized(i) or view.lowercase


def eponym(view: View, i: int) -> bool:
    base, key = view.bases[i], view.keys[i]
    if is_protected((key,)) or is_protected((base,)):
        return True
    j = view.next_word(i, cross=False, pauses=False)
    if j is not None and view.bases[j] in EPONYM_HEADS:
        return True
    if j is not None and strength(view.bases[j]) >= WEAK:  # "Hawkins Kennedy test"
        k = view.next_word(j, cross=False, pauses=False)
        if k is not None and view.bases[k] in EPONYM_HEADS and view.bases[k] not in _NAMED_HEADS:
            return True
    if j is None and key != base and key.endswith("'s"):
        # "it might be Kessler-Voss's", "she has Tarrow's": a possessive with no noun after
        # it, after a verb of having or being, names a condition
        p = view.prev_word(i, cross=False, pauses=False)
        return p is not None and view.keys[p] in _HAVING
    if j is not None and key != base:  # Parkinson's: a possessive, then maybe a head
        k = view.next_word(j, cross=False, pauses=False)
        return k is not None and view.bases[k] in EPONYM_HEADS
    return False


_HAVING = frozenset("be has have had got with diagnosed confirmed".split())
# Heads that follow a person's full name as often as an eponym ("Mary Smith's plan").
_NAMED_HEADS = frozenset("plan diet rule law method position effect ring monitor".split())


def find_names(view: View) -> list[Span]:
    spans: list[Span] = []
    spans += _after_titles(view)
    spans += _after_cues(view)
    return [extend(view, s) for s in spans]


def _name_after(view: View, j: int | None, subtype: str, loose: bool) -> Span | None:
    if j is None or not name_like(view, j, loose):
        return None
    return word_span(view, j, j, "NAME", subtype)


def _after_titles(view: View) -> list[Span]:
    spans = []
    for i in view.positions(TITLES | {"pa", "np"}):
        key = view.bases[i]
        if view.shapes[i].key != key and key not in ("pa",):
            continue  # "doctor's": the noun, not a title
        j = view.next_word(i, cross=False, pauses=False)
        if j is None:
            continue
        p = view.prev_word(i, cross=False, pauses=False)
        after_determiner = p is not None and view.keys[p] in DETERMINERS
        level = strength(view.bases[j])
        greeted = p is not None and view.keys[p] in _GREETINGS
        ambiguous = key in ("pa", "np", "nurse", "sister") or (
            key == "ms" and not _abbreviated(view, i) and not greeted)
        if (after_determiner or ambiguous) and level < STRONG \
                and not view.capitalized(j) and not run_together(view.bases[j]):
            continue
        subtype = "DOCTOR" if key in CLINICIAN_TITLES else "PATIENT"
        if view.keys[j] in PARTICLES:  # "doctor de la cruz", "Dr. van Dijk"
            k = _after_particles(view, j)
            if k is not None and name_like(view, k, loose=True):
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
        if span is not None:
            spans.append(span)
    return spans


def _after_particles(view: View, j: int) -> int | None:
    """The word after the (up to two) name particles from ``j`` on: ``de la cruz``."""
    k: int | None = j
    for _ in range(2):
        if k is None or view.keys[k] not in PARTICLES:
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
    firsts = {cue[0] for cue in _INTRODUCTIONS} | _GREETINGS | _AFTER_YOU | _PEOPLE
    nameish = _nameish(view)
    for i in view.positions(firsts):
        if 1 not in nameish[i + 1:i + 6]:
            continue  # no word that could be a name follows: most cues ("is this", "my")
        words, where = view.run(i, 5)
        span = _introduced(view, words, where) or _greeted(view, words, where, i) or \
            _relative(view, i)
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
            if cue in _NICKNAME_CUES:
                nickname = _strong_here(view, j) or (view.capitalized(j) and cued_name(view, j))
                return word_span(view, j, j, "NAME", "PATIENT") if nickname else None
            if cue in _WEAK_CUES or cue == ("patient",):
                if not _strong_here(view, j):
                    return None
                return word_span(view, j, j, "NAME", "PATIENT")
            return _name_after(view, j, "PATIENT", loose=True)
    return None


def _strong_here(view: View, j: int) -> bool:
    """A name even after a weak cue: a strong census name, a capitalized name-like word, or
    a word too rare for English and no English derived word, capitalized or followed by a
    name (``It's Rahul``, ``i'm rahul banerjee``)."""
    base = view.bases[j]
    if view.shapes[j].cut or eponym(view, j):
        return False
    if not view.lowercase and not view.shapes[j].cap:
        return strength(base) == STRONG  # a lowercase name in cased text: only a sure one
    core = view.shapes[j].core
    if not view.lowercase and core.isupper() and len(core) > 1:
        return False  # "it's HMO": an acronym
    return strength(base) == STRONG or (view.shapes[j].cap and not view.lowercase
                                        and strength(base) >= UNKNOWN) or run_together(base) \
        or (unlisted(base, True) and (view.shapes[j].cap or _name_follows(view, j)))


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
    return not view.shapes[k].cut and not eponym(view, k) and (
        strength(view.bases[k]) >= WEAK or unlisted(view.bases[k], True))


def _greeted(view: View, words: list[str], where: list[int], i: int) -> Span | None:
    k = 1
    if words[0] in _AFTER_YOU:
        if len(words) < 3 or words[1] != "you":
            return None
        k = 2
    elif words[0] not in _GREETINGS:
        return None
    if len(words) <= k:
        return None
    j = where[k]
    level = strength(view.bases[j])
    # In lowercase ASR a greeting's next word is a name unless it is a common word that
    # greetings take: "hi mark" and "hi siobhan", not "hi everyone", "thanks again".
    plain = view.lowercase and not view.shapes[j].cut and (
        level == UNKNOWN or (level == WEAK and zipf(view.bases[j]) < 5.5
                             and view.bases[j] not in _GREETED))
    if _strong_here(view, j) or (plain and not eponym(view, j)):
        return word_span(view, j, j, "NAME", "PATIENT")
    return None


def _relative(view: View, i: int) -> Span | None:
    if view.bases[i] not in _PEOPLE:
        return None
    p = view.prev_word(i, cross=False, pauses=False)
    if p is not None and (view.keys[p] in TITLES or view.keys[p] in _PEOPLE
                          or view.keys[p] in _KIN_WORDS):
        p = view.prev_word(p, cross=False, pauses=False)  # "my nurse practitioner"
    if p is None or view.keys[p] not in ("my", "his", "her", "your", "our", "their", "a"):
        return None
    j = view.next_word(i, cross=False)
    if j is not None and view.bases[j] in MODAL_NAMES and not view.shapes[j].cut:
        # "my brother will was": a name; "my wife will come": the modal
        return word_span(view, j, j, "NAME", "OTHER") if finite_after(view, j) else None
    if j is None or not name_like(view, j, loose=True):
        return None
    if strength(view.bases[j]) < UNKNOWN and not cued_name(view, j):
        return None
    if strength(view.bases[j]) == WEAK and not view.capitalized(j) and not given(view.bases[j]):
        nxt = view.next_word(j, cross=False, pauses=False)
        if nxt is None or (strength(view.bases[nxt]) != STRONG and not finite_after(view, j)):
            return None
    return word_span(view, j, j, "NAME", "OTHER")



def extend(view: View, span: Span) -> Span:
    """The span grown over name-like neighbours: ``mr. vincent sanchez``, ``jack smith``,
    and a surname that is also a word after a first name (``roy hill``)."""
    first, last = span.first, span.last
    for _ in range(2):
        j = view.next_word(last, cross=False, pauses=False)
        if j is not None and view.keys[j] in PARTICLES:
            k = view.next_word(j, cross=False, pauses=False)
            if k is not None and view.keys[k] in PARTICLES:
                k = view.next_word(k, cross=False, pauses=False)
            if k is not None and (_neighbour(view, k) or cued_name(view, k)
                                  or strength(view.bases[k]) >= WEAK and view.lowercase):
                last = k  # "mohammed al rashid", "Pieter van der Merwe"
                continue
        if j is None or not (_neighbour(view, j) or _surname_after(view, last, j)):
            break
        last = j
    for _ in range(2):
        p = view.prev_word(first, cross=False, pauses=False)
        if p is not None and view.keys[p] in ("st", "saint"):
            # St Luke's, Saint Mary's: a place named after a saint, its possessive and all
            shape = view.shapes[last]
            return Span(p, view.shapes[p].start, last, shape.start + len(shape.core),
                        "LOCATION", "HOSPITAL", span.source)
        if p is not None and view.keys[p] in PARTICLES and view.keys[p] not in ("la", "le"):
            q = view.prev_word(p, cross=False, pauses=False)
            if q is not None and view.keys[q] not in TITLES and view.keys[q] not in RELATIVES \
                    and (_neighbour(view, q, first) or unlisted(view.bases[q], view.lowercase)):
                first = q  # "kieran o donoghue", "Máire Ní Bhriain": the given name too
                continue
        if p is None or not _neighbour(view, p, first) or view.keys[p] in TITLES or \
                view.keys[p] in RELATIVES or view.keys[p] in _GREETINGS:
            break  # "my buddy travis": the relative's word is no part of the name
        first = p
    if (first, last) == (span.first, span.last):
        return span
    return Span(first, view.shapes[first].start, last, view.shapes[last].end, span.category,
                span.subtype, span.source)


def _neighbour(view: View, i: int, beside: int | None = None) -> bool:
    base = view.bases[i]
    level = strength(base)
    if _surname_first(view, i, beside) or _particle_compound(view, i):
        return True
    if level == NONE or view.shapes[i].cut or eponym(view, i):
        return False
    if not view.lowercase:
        core = view.shapes[i].core
        if core.isupper() and 1 < len(core) <= 4:
            return False  # an acronym beside a name: "CTO Kenny Daniel"
        # a rare word at a sentence start before a surname: "Takeshi Brannigan?" (not "Device:")
        return view.shapes[i].cap and (level >= WEAK or view.capitalized(i) or (
            level == UNKNOWN and not drug_like(base) and beside is not None and i > 0
            and not view.texts[i - 1].endswith(":") and (strength(view.bases[beside]) >= WEAK
                                                          or unlisted(view.bases[beside], False))))
    if "-" in base:
        return True  # two census names: "hamilton-price" (:func:`_hyphenated`)
    if level == WEAK:  # a common word: only one that people really carry as a name, or
        info = name_info(base)  # a rare one ("mei ling")
        return zipf(base) < 4.0 or (
            zipf(base) < 5.0 and info is not None and max(info.first, info.last) >= 50)
    return not base.endswith(("ing", "ed"))  # "doctor okafor dictating": a verb


def _particle_compound(view: View, i: int) -> bool:
    """``Al-Hashimi``, ``bin-Zayed``: a particle joined to a surname by a hyphen (with a
    capital in text with capitals)."""
    head, _, tail = view.bases[i].partition("-")
    return head in PARTICLES and len(tail) >= 3 and tail.isalpha() and not view.shapes[i].cut \
        and (view.lowercase or view.shapes[i].cap)


def _surname_first(view: View, i: int, beside: int | None) -> bool:
    """``Park Ji-woo``: a capitalized census surname right before a double given name (East
    Asian order), even one that is also a word."""
    info = name_info(view.bases[i])
    return (beside is not None and "-" in view.bases[beside] and view.shapes[i].cap
            and not view.lowercase and info is not None and info.last >= 50
            and not view.shapes[i].cut and not eponym(view, i))


def _surname_after(view: View, name: int, j: int) -> bool:
    """``roy hill``, ``kelly rose``: a surname that is also a common word, right after a
    first name (one more often a first name than a surname), in lowercase text or with a
    capital inside a sentence (``Joan Fox``)."""
    if view.keys[name] != view.bases[name] or not (view.lowercase or (
            view.capitalized(j) and view.shapes[name].cap)):
        return False
    before, after = name_info(view.bases[name]), name_info(view.bases[j])
    key = view.keys[j]
    return (before is not None and after is not None and before.first >= 100
            and before.first > before.last and after.last >= 100 and zipf(key) < 5.5
            and key not in FUNCTION_WORDS and key not in TITLES and key not in MONTHS
            and key == view.bases[j]
            and not view.shapes[j].cut and not eponym(view, j))
