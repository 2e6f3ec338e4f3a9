"""What a repeated word or phrase is: English to keep, a certain stumble, or a likely one.

collapse_repeats (:mod:`cleanup.normalizers.repeats`) finds a phrase said twice in a row
and asks this module about it, as a :class:`Repeat`:

>>> keep(Repeat(("had",), ("had", "had"), nxt="enough"))
True
>>> judge(Repeat(("the",), ("the", "the")))
("'the the': 'the' cannot end a clause, so the first copy was cut off", False)
>>> judge(Repeat(("you",), ("you", "you"), nxt="can't"))
(None, False)

1. **Kept** (:func:`keep`): doubles that are English. Numbers and digits read out (``five
   five``), reduplicated words (``bye bye``), answers (``yeah yeah``), interjections set
   off by punctuation (``wait wait!``), an intensifier before a content word (``so so
   much``), ``had had``, ``her her``, ``that that`` before a noun phrase's verb, ``is is``
   after ``what``, a particle after a phrasal verb (``log in in``), ``The can can``, ``to
   address address``, ``Will Will``; across a comma, a content word (``love, love``, ``with
   Lex, Lex is``), copies that differ in capitals (``really, REALLY``), and a phrase of two
   parallel halves (``a little shot here, a little shot there``).
2. **Certain** (:func:`judge` gives the evidence): the repeat ends on a word that cannot
   end a clause (:data:`cleanup.lexicon.CANNOT_END_CLAUSE`: ``the the``, ``I I think``,
   ``it's it's``, ``but but``), a dash or a stutter marks the restart (``I was — I was``,
   ``I-I I``), three copies in a row (``so so so``), ``that that`` before a noun phrase
   (``that that this``: a that-clause does not start a sentence of its own), ``you`` or
   ``it`` after a subordinator (``when you you walk``, ``if you if you can``), the first
   copy opens the text, a turn or a sentence the text marks (``So so it``: it has no
   clause to end), or the first copy has the capital and the second not (``and These
   these``: a sentence starting between them would put it on the second).
3. **Likely** (no evidence, so collapse_repeats only proposes it): any other repeat. It
   may end one clause while its copy starts the next (``take you you can't``, ``in my lab
   my lab is``, ``If I'm going I'm going with``), or say a word twice on purpose: feedback
   and emphasis (``great great``, ``please please``) and words in capitals (``IDA IDA``)
   stay proposals however many copies there are.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

import regex

from ..lexicon import (DETERMINERS, FUNCTION_WORDS, SUBJECT_PRONOUNS, can_end_clause,
                       data_sections, is_number, word_key, zipf)
from ..marks import CLAUSE_MARKS


def _words(section: str) -> frozenset[str]:
    return frozenset(w for line in data_sections("repeat_words.txt")[section]
                     for w in line.split())


SPOKEN_DIGITS = _words("spoken_digits")
REDUPLICATED = _words("reduplicated")
ANSWERS = _words("answers")
INTERJECTIONS = _words("interjections")
INTENSIFIERS = _words("intensifiers")
NOT_AFTER_THAT = _words("not_after_that")
FEEDBACK = _words("feedback") | INTERJECTIONS | ANSWERS
MODAL_NOUNS = _words("modal_nouns")
AUX_NAMES = _words("aux_names")
COMPOUND_HOMOGRAPHS = _words("compound_homographs")
PARTICLES = _words("particles")
PHRASAL_VERBS = _words("phrasal_verbs")
PREFIXES = _words("prefixes")
INTERJECTION_PHRASES = frozenset(tuple(line.split()) for line in
                                 data_sections("repeat_words.txt")["interjection_phrases"])

_CLAUSE_MARKS = frozenset(CLAUSE_MARKS)
# Subordinators, which need a whole clause after them ("when you you walk": "when you" is
# no clause yet), and the subject pronouns that can also be objects.
_SUBORDINATORS = frozenset("when if because although though unless whereas while since until "
                           "whether once".split())
_SUBJECTS = frozenset({"you", "it"})
# Words that open a noun phrase or a clause: "that that this administration" is a stutter.
_CLAUSE_OPENERS = (DETERMINERS | SUBJECT_PRONOUNS | {"there"}) - {"that", "which", "what"}
_DASHES = frozenset("—–-")
_STUTTER = regex.compile(r"(?i)^(?P<frag>[^\W\d_]{1,3})(?:-(?P=frag))*-(?P<word>(?P=frag)[\w'’]*)$")


class Repeat(NamedTuple):
    """An exact repeat the scan found: one copy's word keys (``phrase``), the words of both
    copies as they now stand (``cores``), the punctuation between the copies, the trails of
    the second copy's words, the word keys before the first copy (nearest last) and the
    key after the second (``nxt``, None at a paragraph or the end), whether the second
    copy ends with punctuation, whether the first copy opens the text, a turn, a paragraph
    or a sentence the text marks (``opens``: nothing before it in its clause), and whether
    a copy had a stutter."""

    phrase: tuple[str, ...]
    cores: tuple[str, ...]
    between: str = ""
    trails: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    nxt: str | None = None
    set_off_after: bool = False
    opens: bool = False
    stuttered: bool = False

    @property
    def said(self) -> str:
        """The copies as said: ``you you``."""
        return " ".join(self.cores)


@lru_cache(maxsize=4096)
def _common(word: str) -> bool:
    return word in FUNCTION_WORDS or zipf(word) >= 5.5


def destutter(core: str) -> str:
    """``W-what`` → ``What``; ``I-I`` → ``I``; anything else unchanged.

    >>> destutter("W-what"), destutter("I-I-I"), destutter("D-dimer"), destutter("re-record")
    ('What', 'I', 'D-dimer', 're-record')
    """
    m = _STUTTER.match(core)
    if m is None:
        return core
    frag, word = m.group("frag"), m.group("word")
    if frag.lower() in PREFIXES and frag.lower() != word.lower() or not _common(word_key(word)):
        return core
    return frag[0] + word[1:] if frag[0].isupper() else word


def _verb_stem(word: str) -> str:
    """A crude stem for phrasal-verb lookup: logged → log, signing → sign, gives → give."""
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: -len(suffix)]
            if stem in PHRASAL_VERBS:
                return stem
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in PHRASAL_VERBS:
                return stem[:-1]
            if stem + "e" in PHRASAL_VERBS:
                return stem + "e"
    return word


def _says_number(word: str) -> bool:
    """A number (:func:`cleanup.lexicon.is_number`), or a digit read out: ``five oh two``."""
    return is_number(word) or word in SPOKEN_DIGITS


def _shouted(cores: Sequence[str]) -> bool:
    return any(c.isupper() and len(c) > 1 for c in cores)


@lru_cache(maxsize=1 << 12)
def keep(r: Repeat) -> bool:
    """Whether an exact repeat is English, not a stumble (see the module docstring).

    A comma, semicolon or colon between the copies marks a clause boundary: there a content
    word said again ends one clause and starts the next, or is emphasis (``very, very
    good``), and stays; a function word across a comma is a restart (or a proposal).
    """
    phrase, between = r.phrase, r.between
    if between and _shouted(r.cores) and not all(c.isupper() for c in r.cores) \
            and can_end_clause(phrase[-1]):
        return True  # really, REALLY: shouted for emphasis (I’M, I’m is a restart)
    set_off = bool(between)
    clause = bool(set(between) & _CLAUSE_MARKS)
    if all(_says_number(w) or w in REDUPLICATED or w in ANSWERS for w in phrase):
        return True  # "ha ha, ha ha", "yeah yeah", "one one two": the words themselves
    if len(phrase) > 1:
        if phrase in INTERJECTION_PHRASES and (set_off or r.set_off_after):
            return True
        if clause and all(w not in FUNCTION_WORDS and "'" not in w for w in phrase):
            return True  # "about code whisperer, code whisperer is": a name said again
        return _parallel(r.trails, phrase)
    word, nxt = phrase[0], r.nxt
    before = r.before[-1] if r.before else None
    if word in INTERJECTIONS and (set_off or r.set_off_after):
        return True
    if clause and word in INTENSIFIERS:  # "very, very good": emphasis the text marks
        return nxt is not None and nxt != word and nxt not in FUNCTION_WORDS
    if clause:  # emphasis repeats itself too: "we love, love, love it"
        return word not in FUNCTION_WORDS and "'" not in word and can_end_clause(word)
    if before == word or set_off:
        return False  # a third copy, or a dash-marked restart
    return _english_double(r, word, before, nxt)


def _english_double(r: Repeat, word: str, before: str | None, nxt: str | None) -> bool:
    """The doubles grammar makes, with nothing between the copies."""
    if word in INTENSIFIERS:
        return nxt is not None and nxt != word and nxt not in FUNCTION_WORDS and not r.trails[-1]
    if word in ("had", "her"):
        return True
    if word == "that":
        return nxt is not None and nxt not in NOT_AFTER_THAT and not r.trails[-1]
    if word in ("is", "was"):
        return "what" in r.before[-4:]
    if word in PARTICLES:
        return before is not None and _verb_stem(before) in PHRASAL_VERBS
    if word in MODAL_NOUNS and before in DETERMINERS:
        return True
    if word in COMPOUND_HOMOGRAPHS and before == "to":
        return True
    if word in AUX_NAMES and r.opens and not r.before and r.cores[1][:1].isupper():
        return True
    if word == "you" and nxt in ("know", "see") and before not in FUNCTION_WORDS \
            and before is not None:
        return True  # "cancel you you know": the object, then the aside
    return False


def _parallel(trails: Sequence[str], words: Sequence[str]) -> bool:
    """A copy made of two comma-split halves that differ in exactly one word is rhetoric."""
    for cut in range(1, len(words)):
        if trails[cut - 1][:1] != "," or 2 * cut != len(words):
            continue
        a, b = words[:cut], words[cut:]
        if sum(x != y for x, y in zip(a, b)) == 1:
            return True
    return False


@lru_cache(maxsize=1 << 12)
def judge(r: Repeat) -> tuple[str | None, bool]:
    """(the evidence that a repeat :func:`keep` does not keep is a stumble, or None when the
    text gives none; whether it may be emphasis or feedback, which more copies do not
    change). Evidence that letter case gives comes last: a later step may recase a copy
    (``BOTOX`` → ``Botox``), and a second run must not find evidence the first did not."""
    n, said, last = len(r.phrase), r.said, r.phrase[-1]
    feedback = all(w in FEEDBACK for w in r.phrase)
    emphatic = feedback or _shouted(r.cores)
    if r.stuttered:
        return f"'{said}': a stutter in a copy", emphatic
    if set(r.between) & _DASHES:
        return f"'{said}': a dash between the copies marks a restart", emphatic
    if not can_end_clause(last):  # in capitals too: I’M I’M, THE THE
        return f"'{said}': '{last}' cannot end a clause, so the first copy was cut off", False
    if feedback:
        return None, True
    if n == 1 and last in (r.nxt, r.before[-1] if r.before else None):
        return f"'{said}': said three times in a row", False
    if last == "that" and n == 1 and r.nxt in _CLAUSE_OPENERS and not r.trails[-1]:
        return (f"'{said}': the second 'that' opens a clause ('{r.nxt}' follows), which "
                f"cannot start a sentence of its own"), False
    lead_in = r.phrase[-2] if n > 1 else (r.before[-1] if r.before else None)
    if last in _SUBJECTS and lead_in in _SUBORDINATORS:  # when you you, if you if you
        return (f"'{said}': after '{lead_in}', '{last}' starts a clause that needs its "
                f"verb"), False
    if r.opens:
        return f"'{said}': the first copy opens the sentence, so it cannot end one", False
    if emphatic:
        return None, True
    first, second = r.cores[0], r.cores[n]
    if first[:1].isupper() and second[:1].islower() and first[1:2].islower():
        return (f"'{said}': the capital is on the first copy, so no sentence starts "
                f"between them", False)
    return None, False


def doubt(r_said: str, emphatic: bool) -> str:
    """Why a repeat without evidence is only proposed."""
    if emphatic:
        return f"'{r_said}': a word said again for emphasis or as feedback"
    return f"'{r_said}': the repeat may end one clause and start the next"
