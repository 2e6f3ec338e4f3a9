"""Names known from the words themselves, without a cue: a census name usually written
capitalized (``kyle``, ``sanchez``) is a name even in lowercase ASR; a first name and a
surname run together by ASR (``ruthsanchez``) is one too; in text with capitals, two
capitalized name-like words in a row (``Priya Raman``) and a capitalized double name of
rare parts (``Ji-woo``). A famous name one is compared with
(``I'm no Elvis``) is not someone in the room.

>>> from cleanup.transcript import Transcript
>>> from .spans import merge
>>> from .view import View
>>> v = View.of(Transcript.from_text("Sure, Priya Raman here. I'm no Elvis, though."))
>>> [(v.texts[s.first], v.texts[s.last]) for s in merge(find_name_words(v))]
[('Priya', 'Raman')]
>>> v = View.of(Transcript.from_text("so sanchez and ruthmorales are here"))
>>> [v.texts[s.first] for s in find_name_words(v)]
['sanchez', 'ruthmorales']
"""
from __future__ import annotations

from ..lexicon import FUNCTION_WORDS, zipf
from .day_names import find_day_names
from .knowledge import NOT_PERSON, OWNING, drug_like, mostly_given, name_info, place_info
from .name_strength import run_together
from .name_verbs import verb_use
from .name_parts import hyphen_nickname
from .name_base import no_person
from .not_phi import device_after
from .names import STRONG, TITLE_ROLES, UNKNOWN, WEAK, extend, strength
from .places import team
from .spans import Span, word_span
from .view import FOREIGN_WORDS, View


def find_name_words(view: View) -> list[Span]:
    spans = [extend(view, s) for s in _standalone(view) + _capitalized_pairs(view)
             + _double_names(view) + find_day_names(view)]
    return [s for s in spans if not compared(view, s.first, s.last)]


def _standalone(view: View) -> list[Span]:
    """Census names usually written capitalized (``kyle``, ``sanchez``), in lowercase ASR
    too, and a first name and a surname run together (``ruthsanchez``)."""
    spans = []
    strong = {k for k in set(view.bases) if k and strength(k) == STRONG}
    if view.lowercase:  # "unloading the hay": a word this file says as a noun
        strong -= _said_as_noun(view, strong)
    together = {k for k in set(view.bases) if len(k) >= 7 and run_together(k)}
    for i in view.positions(strong | together):
        if view.shapes[i].cut or no_person(view, i) or (not view.lowercase
                                                      and not view.shapes[i].cap) \
                or view.foreign(i) and view.capital_says_nothing(i):
            continue  # "Cuando tenga ...", "ich messe Ihren Puls": capitals of another language
        if not view.lowercase and len(core := view.shapes[i].core) >= 3 and core.isupper():
            continue  # "a TIA": an acronym in text with capitals, not "Tia"
        if compared(view, i) or (place_info(view.bases[i]) is not None and team(view, i, i)) \
                or verb_use(view, i) or _dish(view, i) or _greeting(view, i) \
                or _model(view, i):
            continue  # "I'm no Elvis", "georgia beat alabama", "fettuccine alfredo"
        spans.append(word_span(view, i, i, "NAME", "PATIENT", "list"))
    return spans


def _model(view: View, i: int) -> bool:
    """``a Medtronic Azure pacemaker``: a device's model right before its noun (not a
    possessive: ``Kyle's pump`` is his)."""
    return view.keys[i] == view.bases[i] and device_after(view, i)


def _greeting(view: View, i: int) -> bool:
    """``Kia ora``: a greeting in another language whose first word the census lists."""
    n = view.next_word(i, cross=False, pauses=False)
    return view.keys[i] == "kia" and n is not None and view.keys[n] == "ora"


# Words that name a dish or a drink with a name after them: "fettuccine alfredo", "diet coke".
_DISHES = frozenset("chicken beef pork veal shrimp fettuccine fettuccini diet mountain".split())
# Words after a name that make it a dish or a drink: "marsala sauce", "tonic water".
_SERVED = frozenset("sauce water soda juice salad".split())
# What a drink is served in: "a mug of", "a glass of", "a pitcher of".
_VESSELS = frozenset("mug cup glass bottle pint jug can pitcher shot jar carafe".split())


def _dish(view: View, i: int) -> bool:
    """``fettuccine alfredo``, ``diet coke``, ``mountain dew``: in lowercase ASR a name after a
    word of food or drink is the dish's, not a person's; so is one before ``sauce`` or
    ``water`` (``marsala sauce``, ``tonic water``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    n = view.next_word(i, cross=False, pauses=False)
    if p is not None and view.keys[p] == "of":  # "a mug of Margaritas": a drink
        q = view.prev_word(p, cross=False, pauses=False)
        if q is not None and view.bases[q] in _VESSELS:
            return True
    return (view.lowercase and p is not None and view.keys[p] in _DISHES) or (
        n is not None and view.keys[n] in _SERVED)


# Words after which a word is a thing, never a person: "the hay", "a walker", "some dew".
_ARTICLES = frozenset("the a an some any".split())


def _said_as_noun(view: View, words: set[str]) -> set[str]:
    """The words of ``words`` that the file says right after an article somewhere: common
    nouns there, so no census name anywhere in lowercase ASR (``the hay`` … ``move hay``)."""
    out = set()
    for i in view.positions(words):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is not None and view.keys[p] in _ARTICLES and view.keys[i] == view.bases[i] \
                and not mostly_given(view.bases[i], 300, 2):  # "i had a jessica who"
            out.add(view.bases[i])
    return out


def _double_names(view: View) -> list[Span]:
    """A capitalized double name of rare parts, in text with capitals (``Ji-woo``,
    ``Adebayo-Okafor``): English writes no word so. Its parts are checked one by one
    (:func:`.name_strength.strength`), so ``X-ray`` or ``Follow-up`` is none; short
    syllables each with a capital make a brand (``Wi-Fi``). In lowercase ASR both parts
    must be rare words of four letters or more (``adeyemi-cole``)."""
    spans = []
    double = {k for k in set(view.bases) if k.count("-") == 1 and strength(k) >= UNKNOWN}
    for i in view.positions(double):
        first, second = view.bases[i].split("-")
        rare = all(len(p) >= 4 and strength(p) >= UNKNOWN for p in (first, second))
        # syllables with a capital each are a brand ("Wi-Fi", "Medi-Cal"), not "Ji-woo"
        lower = view.shapes[i].core.split("-")[-1][:1].islower() and zipf(second) < 4.5
        # (not "Nut-free", "Gluten-based": a compound adjective's common second word)
        # in lowercase ASR a part that is also a common word ("weight-bear") is not rare
        written = _rare_parts(first, second) if view.lowercase else \
            _capital_word(view, i) and (rare or lower) or hyphen_nickname(view, i, alone=True)
        if written and not _drug_like(view.bases[i]) and not compared(view, i):
            spans.append(word_span(view, i, i, "NAME", "PATIENT", "list"))
    return spans


def _rare_parts(first: str, second: str) -> bool:
    return all(len(p) >= 4 and (strength(p) in (UNKNOWN, STRONG) or zipf(p) < 3.5)
               for p in (first, second))


def compared(view: View, first: int, last: int | None = None) -> bool:
    """``I'm no Elvis``, ``sings like Sinatra``, ``a fan of Jane Fonda``, ``a big Elvis
    fan``: a famous name one is compared with or a fan of, not someone in the room."""
    last = first if last is None else last
    p = view.prev_word(first, cross=False, pauses=False)
    if p is not None and view.capitalized(p):  # "I'm no Mo Farah": a short first name
        q = view.prev_word(p, cross=False, pauses=False)
        p = q if q is not None and view.keys[q] in ("like", "no", "than") else p
    j = view.next_word(last, cross=False, pauses=False)
    before = view.keys[p] if p is not None else ""
    after = view.keys[j] if j is not None else ""
    if after in ("fan", "fans"):
        return True
    if p is not None and before == "of":
        pp = view.prev_word(p, cross=False, pauses=False)
        return pp is not None and view.keys[pp] in ("fan", "fans")
    return before in ("like", "no", "than") and after in ("", "but", "and", "or", "though")


def _capitalized_pairs(view: View) -> list[Span]:
    """Two capitalized name-like words in a row in text with capitals (``Priya Raman``):
    one of them a census name, and the first inside a sentence unless both are."""
    if view.lowercase:
        return []
    spans = []
    names = {k for k in set(view.bases) if k and strength(k) >= UNKNOWN}
    for i in view.positions(names):
        for a, b in ((view.prev_word(i, cross=False, pauses=False), i),
                     (i, view.next_word(i, cross=False, pauses=False))):
            if a is None or b is None or not all(_capital_word(view, k) for k in (a, b)) \
                    or view.foreign(a) and (min(strength(view.bases[a]),
                                                strength(view.bases[b])) < WEAK
                                            or view.keys[a] in FOREIGN_WORDS
                                            or view.german(a)):
                continue  # "Messen Sie": two capitals of another language
            levels = (max(strength(view.bases[a]), UNKNOWN), max(strength(view.bases[b]), UNKNOWN))
            if min(levels) == UNKNOWN and (_drug_like(view.bases[a]) or _drug_like(view.bases[b])):
                continue
            if view.sentence_start(a) and _no_given(view.bases[a]):
                continue  # "Tell Grace to hurry": a verb opening the sentence
            if levels[0] == UNKNOWN and _owned(view, a):
                continue  # "her Medtronic Azure", "a Phonak Audeo": a product, no person
            if min(levels) >= WEAK or not view.sentence_start(a):
                spans.append(word_span(view, a, b, "NAME", "PATIENT", "list"))
    return spans


def _owned(view: View, a: int) -> bool:
    p = view.prev_word(a, cross=False, pauses=False)
    return p is not None and view.keys[p] in OWNING


def _drug_like(key: str) -> bool:
    """An unknown word with a drug name's ending (``Amlodipine``, ``Seroxat`` aside)."""
    return strength(key) <= UNKNOWN and drug_like(key)


def _capital_word(view: View, i: int) -> bool:
    core = view.shapes[i].core
    base = view.bases[i]
    # Capitals make a less rare word a name too: Raman (Zipf 3.1) beside Priya.
    named = base not in TITLE_ROLES and (  # "Nurse Navigator Abeni Tolu"
        strength(base) >= UNKNOWN or (base.isalpha() and zipf(base) < 3.5
                                      and base not in FUNCTION_WORDS | NOT_PERSON))
    return (view.shapes[i].cap and not (core.isupper() and len(core) > 1) and len(core) > 1
            and named and not view.shapes[i].cut and not no_person(view, i))


def _no_given(key: str) -> bool:
    """A common word that the census lists only as a surname, hardly ever as a given
    name (``tell``, ``call``): opening a sentence before a name it is no given name."""
    info = name_info(key)
    return strength(key) == WEAK and info is not None and info.first < 10
