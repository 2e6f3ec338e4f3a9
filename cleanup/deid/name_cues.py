"""Names shown by how people talk about someone, when the word alone says nothing (a name
that is also a word, ``frank``, ``joy``; or one that no list knows, ``Okafor``):

- the one who answers a phone gives their name before ``speaking`` (``Riverside Surgery,
  Okafor speaking.``);
- a spelling is checked on a name (``Is that Siobhan with an H?``, ``Jon with two Ns``);
- a subject said first and taken up by ``he``/``she`` (``and frank he's been a star``);
- ``our`` before a first name and a person's verb names one of the family in northern
  English (``our joy rang``, ``our grace goes on Tuesdays``);
- a word people carry as a first name, set off at a sentence's start before a request,
  is the one asked (``Charity, page the registrar.``);
- a word of kinship said as a title, with no ``my`` before it (``auntie pat``, ``kuya
  ben``, ``tita grace``).

>>> from cleanup.transcript import Transcript
>>> from .view import View
>>> v = View.of(Transcript.from_text("Good morning, Ashgrove Dental, Okafor speaking."))
>>> [v.texts[s.first] for s in find_name_cues(v)]
['Okafor']
>>> v = View.of(Transcript.from_text("so our grace rang me and frank he's been good"))
>>> sorted({v.texts[s.first] for s in find_name_cues(v)})
['frank', 'grace']
"""
from __future__ import annotations

from ..lexicon import DISCOURSE_WORDS, FUNCTION_WORDS, zipf
from .given_names import given_name
from .knowledge import (MODAL_NAMES, NOT_PERSON, PERSON_NOUNS, RELATIVES, TITLES, name_info,
                        place_info)
from .professions import occupations
from .name_strength import UNKNOWN, WEAK, strength
from .name_company import find_company
from .person_words import person_word
from .spans import Span, word_span
from .spelled_words import find_spelled_words
from .view import View


def find_name_cues(view: View) -> list[Span]:
    spans = _speaking(view) + _spelling_checked(view)
    spans += _taken_up(view) + _our_family(view) + _called_on(view) + _kin_titles(view)
    spans += _kin_of(view) + _said_to_be(view)
    return spans + find_spelled_words(view) + find_company(view)


_BEING = frozenset("is was".split())
# Nouns that say a person is what the name is: "Zdenka is a Czech student".
_SAID_PEOPLE = PERSON_NOUNS | frozenset("""student pupil child baby toddler teenager
pensioner widow widower refugee volunteer resident mother father son daughter""".split())


def _said_to_be(view: View) -> list[Span]:
    """``Zdenka is a Czech student``, ``Okonkwo was a retired teacher``: in text with
    capitals, a sentence's first word that can be a name and that a person's noun or a job
    says what it is (one to three words between); not a thing said to be a kind."""
    if view.lowercase:
        return []
    spans = []
    for i in view.positions(_BEING):
        p = view.prev_word(i, cross=False, pauses=False)
        words, _ = view.run(i, 6, pauses=False)
        if p is None or not view.sentence_start(p) or words[1:2] not in (["a"], ["an"]):
            continue
        noun = next((k for k in range(3, min(len(words), 6)) if words[k] in _SAID_PEOPLE
                     or words[k] in occupations()), None)
        if noun is None or any(w in FUNCTION_WORDS for w in words[2:noun]):
            continue
        base = view.bases[p]
        if person_word(view, p) or (view.shapes[p].cap and base.isalpha() and len(base) > 2
                                    and zipf(base) < 2.0 and place_info(base) is None
                                    and view.keys[p] == base):
            spans.append(word_span(view, p, p, "NAME", "OTHER", "cue"))
    return spans


_INDEFINITE = frozenset("""somebody someone nobody everybody everyone anybody anyone no-one
one""".split())


def _kin_of(view: View) -> list[Span]:
    """``Marlo's Father``, ``unless Hope's husband rings``: in text with capitals, a
    capitalized word whose possessive owns one relative (``mother``, not ``mothers``) is
    someone's name, however common the word (not a place's, a thing's or a role's)."""
    if view.lowercase:
        return []
    spans = []
    for i in range(view.n):
        key, base = view.keys[i], view.bases[i]
        if not key.endswith("'s") or key != base + "'s" or not view.shapes[i].cap:
            continue
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or view.keys[j] not in RELATIVES or view.keys[j].endswith("s"):
            continue
        if base not in MODAL_NAMES and not person_word(view, i) and (
                base in FUNCTION_WORDS or base in DISCOURSE_WORDS or base in NOT_PERSON
                or base in TITLES or base in RELATIVES or base in PERSON_NOUNS
                or base in occupations() or not base.isalpha() or len(base) < 3
                or view.shapes[i].core.isupper() or place_info(base) is not None
                or base in _INDEFINITE or zipf(base) >= 5.0):
            continue  # "Nobody's wife", "Today's mother": a pronoun, a word of time
        spans.append(word_span(view, i, i, "NAME", "OTHER", "cue"))
    return spans


_ON_BEHALF = frozenset("from about for".split())


def _speaking(view: View) -> list[Span]:
    """``…Pharmacy, Okafor speaking.``: a word that opens its clause right before a
    ``speaking`` that ends it (or goes on to ``how can I help``) is the speaker's name."""
    spans = []
    for i in view.positions({"speaking", "calling"}):
        p = view.prev_word(i, cross=False, pauses=False)
        if p is None or view.prev_word(p, cross=False, pauses=False) is not None:
            continue  # "generally speaking", "i was speaking"
        j = view.next_word(i, cross=False, pauses=False)
        if view.keys[i] == "calling" and (j is None or view.keys[j] not in _ON_BEHALF):
            continue  # "Ngozi calling from the surgery", not "stop calling"
        if (j is None or view.keys[j] in ("how", "here", *_ON_BEHALF)) and person_word(view, p):
            spans.append(word_span(view, p, p, "NAME", "OTHER", "cue"))
    return spans


_ONE = frozenset("a an one".split())
_TWO = frozenset("two double 2".split())


def _spelling_checked(view: View) -> list[Span]:
    """``Siobhan with an H?``, ``Jon with no H``, ``Anne with two Ns``: a check of a word's
    spelling, said of a word that can be a name, ends the clause."""
    spans = []
    for i in view.positions({"with"}):
        p = view.prev_word(i, cross=False, pauses=False)
        words, _ = view.run(i, 4, pauses=False)
        if p is None or len(words) != 3 or not _letter_said(words[1], words[2]):
            continue
        if person_word(view, p) and (view.lowercase or zipf(view.bases[p]) < 5.5):
            spans.append(word_span(view, p, p, "NAME", "OTHER", "cue"))
    return spans


def _letter_said(count: str, letter: str) -> bool:
    """``an h``, ``no e``, ``two ns``, ``double l``: a letter (or letters) counted."""
    if count in _ONE or count == "no":
        return len(letter) == 1 and letter.isalpha()
    if count in _TWO:
        core = letter.replace("'", "")
        return core.isalpha() and (len(core) == 1 or (len(core) == 2 and core[1] == "s"))
    return False


# Clause openers before a subject that a pronoun takes up: "and frank he's been good".
_OPENERS = frozenset("and but so cause because well oh then".split())
_TAKEN_UP = frozenset("he she he's she's he'd she'd he'll she'll".split())


def _taken_up(view: View) -> list[Span]:
    """``and frank he's been good``: a first name right after a clause opener and right
    before ``he``/``she``, which takes it up as the subject (no modal, ``will he``; no
    verb of hoping, ``and hope she's fine``: a name rarer than Zipf 5)."""
    spans = []
    candidates = {k for k in set(view.bases) if k and given_name(k) and k not in MODAL_NAMES}
    for i in view.positions(candidates):
        p = view.prev_word(i, cross=False, pauses=False)
        j = view.next_word(i, cross=False, pauses=False)
        if p is None or j is None or view.keys[p] not in _OPENERS or \
                view.keys[j] not in _TAKEN_UP or zipf(view.bases[i]) >= 5.0:
            continue
        if person_word(view, i):
            spans.append(word_span(view, i, i, "NAME", "OTHER", "cue"))
    return spans


# What one of the family does: "our joy rang", not "our hope is", "our grace period".
_FAMILY_VERBS = frozenset("""goes went rang rings phoned phones texted texts said says told
tells lives lived drove drives visits visited popped pops stayed stays takes took brought
brings works worked""".split())


def _our_family(view: View) -> list[Span]:
    """``our joy goes on sundays``: ``our`` and a first name that a person's verb follows."""
    spans = []
    for i in view.positions({"our"}):
        j = view.next_word(i, cross=False, pauses=False)
        k = view.next_word(j, cross=False, pauses=False) if j is not None else None
        if j is None or k is None or view.keys[k] not in _FAMILY_VERBS or \
                not given_name(view.bases[j]) or view.bases[j] in MODAL_NAMES:
            continue
        if person_word(view, j) and strength(view.bases[j]) >= WEAK:
            spans.append(word_span(view, j, j, "NAME", "OTHER", "cue"))
    return spans


# What one asks of someone called on: "Charity, page the registrar", "Mercy, can you…".
_REQUESTS = frozenset("""call ring page phone tell ask get grab fetch bring take check come
go help give put pass can could would will please let""".split())
# Words of endearment said as a name is: "Honey, get the door" (no one's name).
_ENDEARMENTS = frozenset("""honey love darling sweetheart sweetie dear babe baby buddy mate
pal hun sugar angel""".split())


def _called_on(view: View) -> list[Span]:
    """``Charity, page Dr. Oduya.``: a word people carry as a first name more than as a
    surname (the census counts it), at a sentence's start and set off by a comma, before a
    request, speaks to that person (text with punctuation)."""
    spans = []
    for i in range(view.n):
        comma = view.texts[i].endswith(",") or (i + 1 < view.n and view.texts[i + 1] == ",")
        if not view.keys[i] or not comma or view.bases[i] in _ENDEARMENTS \
                or view.shapes[i].core.isupper() or not view.sentence_start(i):
            continue
        info = name_info(view.bases[i])
        if not given_name(view.bases[i]) and (info is None or info.first < 10
                                              or info.first <= info.last):
            continue
        j = view.next_word(i, cross=False)
        if j is not None and view.keys[j] in _REQUESTS and person_word(view, i):
            spans.append(word_span(view, i, i, "NAME", "OTHER", "cue"))
    return spans


# Words of kinship said as a title before a first name ("auntie pat", "kuya ben").
_KIN_TITLES = frozenset("""aunt auntie aunty uncle kuya tita tito lola lolo manang manong
tia tio didi bhaiya""".split())
# Filipino kin words: where the talk uses them, "ate" before a name is "older sister".
_FILIPINO_KIN = frozenset("kuya tita tito lola lolo manang manong nanay tatay".split())


def _kin_titles(view: View) -> list[Span]:
    """``auntie pat came``, ``salamat kuya ben``: a first name (or a word English barely
    knows) right after a kinship title (no possessive: not ``uncle ben's rice``); ``ate``
    too in talk that uses other Filipino kin words (``salamat ate joy``)."""
    titles = set(_KIN_TITLES)
    if any(True for _ in view.positions(_FILIPINO_KIN)):
        titles.add("ate")
    spans = []
    for i in view.positions(titles):
        j = view.next_word(i, cross=False, pauses=False)
        if j is None or view.keys[i] != view.bases[i] or view.keys[j] != view.bases[j] or \
                view.bases[j] in _KIN_TITLES or view.bases[j] in _FILIPINO_KIN:
            continue
        base = view.bases[j]
        if view.keys[i] == "ate" and not _honoured(view, i):
            continue  # "i ate candy": the verb
        if person_word(view, j) and (given_name(base) or strength(base) == UNKNOWN):
            spans.append(word_span(view, j, j, "NAME", "OTHER", "cue"))
    return spans


# Words before "ate" as a title: a greeting, thanks, a wave, a Filipino name marker.
_HONOURING = frozenset("""hi hello hey bye thanks thank salamat wave say si ni kay with to
for""".split())


def _honoured(view: View, i: int) -> bool:
    """``salamat ate joy``, ``wave ate joy``: ``ate`` opens its clause or follows a greeting,
    never a subject (``she ate candy``, ``and ate rice``)."""
    p = view.prev_word(i, cross=False, pauses=False)
    return p is None or view.keys[p] in _HONOURING
