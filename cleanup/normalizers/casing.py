"""Lowercase the stray capitals that caption tools leave inside sentences.

>>> FixStrayCapitals()("and These these, their Stuff has, Have to come to London in May.")
'and these these, their Stuff has, have to come to London in May.'
>>> FixStrayCapitals()("You HIt me with the MRI, Anna. THe end, I hit back. It was which And he")
'You Hit me with the MRI, Anna. The end, I hit back. It was which And he'

Which capitals may be stray. A capitalized word (``These``: one capital, then lowercase)
is a candidate only when all of these hold:

1. it does not start a sentence: :func:`cleanup.boundaries.sentence_starts` says
   ``False`` (``None``, "maybe", after ``p.m.`` or an ellipsis, is left alone), and it
   does not open a quotation or a speaker's turn, or follow a colon, a title (``Dr.
   Gey``, ``Professor Liberty``) or a dash;
2. it is not ``I`` or a contraction of it, a single letter (vitamin ``A``), an acronym or
   a mixed-case word (``MRI``, ``mRNA``, ``iPhone``: not capitalized-then-lowercase);
3. it is not a known name: a first name that is also a word (``May``, ``Will``,
   ``Grace``, from the US Census lists), a word usually written capitalized (``London``,
   ``Monday``, ``English``, ``God``: those whose capitalized GPT-2 token ranks well ahead
   of the lowercase one), a built-in glossary term (``Botox``), or one of ``keep``;
4. it does not stand in a run of capitalized words (``Department of Health and Human
   Services``): a neighbour, skipping *of/and/the/for/&*, that is capitalized mid-sentence
   marks a name or a title;
5. the same transcript writes it in lowercase too (a function word needs no such
   evidence: it is never a name), and wordfreq's Zipf frequency of the lowercase form is
   at least ``min_zipf_seen_lowercase`` (3.0, about once per million words).

Which are lowercased for certain, with the evidence as the edit's ``evidence``: the first
copy of a repeat (``and These these``), and a capital whose other causes the text rules
out. It may start a sentence the text does not mark when the word before it can end a
clause and no comma says the sentence goes on (``which And he``, ``Okay Good morning``:
:func:`cleanup.lexicon.can_end_clause`), or after a line break in punctuated text (a
speaker starting again); it may name a product when the word is less common than
``min_zipf_common`` (4.0), when it is capitalized elsewhere mid-sentence too, or when the
text has no sentence punctuation and the capital is mid-line (such captions capitalize
names only; a line start they capitalize themselves). Every other candidate is only
proposed (:meth:`cleanup.edits.Edits.suggest`; held back unless the run applies
suggestions). Words wordfreq does not know well, like ``Rutherford`` (3.4) or
``Hashimoto`` (2.5), are never touched: a missed fix leaves a capital, a wrong one
destroys a name.

Separately, ``fix_inner_caps`` repairs two capitals at the start of a common word (``THe``
→ ``The``; common: Zipf at least ``min_zipf``), and the repaired word then goes through
the rules above; acronym plurals (``MRIs``, ``CDs``) and rare words (``DNase``) stay. A
case change never changes a letter into two (``İ`` stays).

Run after capitalize_pronoun_i and fix_contraction_case (so ``I’M`` is already ``I’m``) and
before apply_glossary, which restores any glossary spelling this step does not know.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..boundaries import is_abbreviation, marks_sentences, non_final_abbreviations
from ..edits import Edits
from ..lexicon import (APOSTROPHES, FUNCTION_WORDS, NAME_TITLES, OPENERS, PERSON_TITLES,
                       S_CONTRACTIONS, can_end_clause, first_names, glossary_terms, lower_first,
                       proper_nouns, word_key, zipf)
from ..marks import split_punct
from ..pipeline import Normalizer
from ..transcript import Transcript
from ..words import Words

# Words skipped when looking for a capitalized neighbour: "Department of Health".
_CONNECTORS = frozenset({"of", "and", "the", "for", "&", "de", "du", "la", "von", "van"})
# Trailing characters stripped from a token before the quick checks.
_EDGE = "\"'“”‘’«»()[]{}<>.,;:!?…*"


@lru_cache(maxsize=1)
def protected_words() -> frozenset[str]:
    """Lowercase words that, capitalized mid-sentence, are names: never lowercased."""
    words = set(first_names()) | proper_nouns()
    for term in glossary_terms():
        for word in term.replace("-", " ").split():
            if word[:1].isupper():
                words.add(_base(word.lower()))
    return frozenset(words)


def _base(lower: str) -> str:
    """The word without a possessive ending: hashimoto’s -> hashimoto, graves’ -> graves.

    Contractions stay whole (don’t, that’s: wordfreq knows them), so that ``Don’t`` is not
    mistaken for the name Don; ``that’s`` is looked up as itself too.
    """
    for a in APOSTROPHES:
        if lower.endswith(a + "s") and lower[:-2] not in S_CONTRACTIONS:
            return lower[:-2]
        if lower.endswith(a):
            return lower[:-1]
    return lower


def _closed_class(lower: str) -> bool:
    """A function word or its contraction (``That’s``, ``Have``, ``Don’t``): never a name,
    so no evidence is needed."""
    word = lower.replace("’", "'")
    if word.endswith("n't"):
        word = _NEGATED_STEMS.get(word[:-3], word[:-3])
    return word.split("'")[0] in FUNCTION_WORDS


_NEGATED_STEMS = {"ca": "can", "wo": "will", "sha": "shall", "ai": "am"}


def _may_start_sentence(words: Words, i: int) -> bool:
    """Whether the capital at ``i`` may start a sentence the text does not mark: a
    conjunction or discourse word a speaker starts again with (``because But that's``,
    ``moles, Alright.``: even after a comma); or, when no comma or semicolon says the
    sentence goes on, the word before it can end a clause (``which And he``, ``Okay Good
    morning``) or the capitalized word is a function word, which an unfinished clause does
    not take with a capital (``a That's a submarine``). Not ``and these These``, not
    ``you know, Have``."""
    if words.key(i) in _RESTART_WORDS:
        return True
    _, core, trail = words.parts(i - 1)
    if "," in trail or ";" in trail:
        return False
    return (not core or bool(trail) or can_end_clause(word_key(core))
            or _closed_class(words.core(i).lower()))


# Conjunctions and discourse words a speaker starts again with.
_RESTART_WORDS = frozenset("""
and but so or because yeah yes no okay ok well oh right now then anyway alright what why
how when where who
""".split())


def _is_capitalized(core: str) -> bool:
    """One capital then lowercase letters (apostrophes and hyphens allowed): These, That’s."""
    return (len(core) > 1 and core[0].isupper() and core[1:].islower()
            and core[1].isalpha())


def _is_i(core: str) -> bool:
    return core == "I" or (core[:1] == "I" and core[1:2] in APOSTROPHES)


def _fix_inner_caps(core: str, min_zipf: float) -> str | None:
    """HIt -> Hit, THe -> The: two capitals opening a common word; None when not that."""
    if len(core) < 3 or not (core[0].isupper() and core[1].isupper() and core[2:].islower()):
        return None
    rest = core[2:]
    if not rest.isalpha() or rest == "s":  # CDs, IDs: acronym plurals
        return None
    fixed = core[0] + core[1:].lower()
    return fixed if zipf(fixed.lower()) >= min_zipf else None


@dataclass(frozen=True)
class FixStrayCapitals(Normalizer):
    """``and These these`` → ``and these these``; ``London``, ``May``, ``MRI`` stay.

    ``min_zipf``: how common (wordfreq Zipf) a word must be for ``HIt`` → ``Hit``;
    ``min_zipf_seen_lowercase``: how common a word the transcript also writes in lowercase
    must be to be lowercased (or proposed);
    ``min_zipf_common``: how common a content word must be for its lowercasing to be
    certain rather than proposed (a rarer one may be a name or a product);
    ``keep``: more words never to lowercase (case-insensitive);
    ``fix_inner_caps``: also repair ``HIt`` → ``Hit``.
    """

    min_zipf: float = 3.5
    min_zipf_seen_lowercase: float = 3.0
    min_zipf_common: float = 4.0
    keep: tuple[str, ...] = ()
    fix_inner_caps: bool = True

    def __post_init__(self) -> None:
        if isinstance(self.keep, str):
            raise ValueError("keep is a list of words, not one string")
        object.__setattr__(self, "keep", tuple(self.keep))
        for name in ("min_zipf", "min_zipf_seen_lowercase", "min_zipf_common"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"{name} is a number (a wordfreq Zipf value, 0-8), got {value!r}")

    def prepare(self) -> None:
        zipf("the")  # imports wordfreq and loads its English table (~0.2 s, once)
        protected_words()

    def transform(self, transcript: Transcript) -> Transcript:
        # Lowercasing a word can take away the capitalized neighbour that protected the
        # next one ("These These THe"), so repeat to a fixed point; every pass lowers at
        # least one letter, so this ends, and the result is idempotent. The capitals only
        # proposed are proposed once, by the last pass: held back, they protect as before;
        # made (the run applies suggestions), the passes go on from there.
        punctuated: bool | None = None  # worked out once, when a capital needs it
        while True:
            after, proposals, punctuated = self._one_pass(transcript, punctuated)
            if after is not transcript:
                transcript = after
                continue
            if not proposals:
                return transcript
            edits = transcript.edit()
            for i, (text, why) in proposals.items():
                with edits.suggest(why, 0.5):
                    edits.rewrite(i, text)
            after = edits.commit()
            if after is transcript:
                return after
            transcript = after

    def _one_pass(self, transcript: Transcript, punctuated: bool | None
                  ) -> tuple[Transcript, dict[int, tuple[str, str]], bool | None]:
        """One pass: the transcript with the certain changes made, the proposed ones (index
        → new text, why it is not certain), and whether the text marks its sentences (None:
        not needed yet; lowercasing changes no sentence mark)."""
        # The columns, read in place: no Token objects, no list of every token.
        words = Words(transcript)
        texts = words.texts
        spellings = set(texts)
        # Only tokens with a capital letter can change; most are plain lowercase words.
        capitalized = {t for t in spellings if not t.islower() and t != t.lower()}
        if not capitalized:
            return transcript, {}, punctuated
        # What a spelling alone decides (its repaired capitals, and whether its capital
        # could be stray at all), once per spelling; then only the positions of the
        # spellings that can change are visited.
        protected = protected_words()
        keep = {k.lower() for k in self.keep}
        title_words = PERSON_TITLES | non_final_abbreviations()
        looks: dict[str, tuple[str | None, tuple[str, str, str, str] | None]] = {}
        for text in capitalized:
            look = self._look(text, protected, keep, title_words)
            if look != (None, None):
                looks[text] = look
        changes: dict[int, str] = {}
        pending: list[tuple[int, str, str, str, str]] = []  # (i, lead, core, trail, lower)
        for i in transcript.positions(looks):
            fixed, stray = looks[texts[i]]
            if fixed is not None:
                changes[i] = fixed
            if stray is None or words.sentence_start(i) is not False:
                continue
            # After a colon, a title or a dash the capital may be deliberate.
            if i > 0 and self._after_break(texts[i - 1]):
                continue
            if self._capitalized_neighbour(words, i):
                continue
            pending.append((i, *stray))
        edits = transcript.edit()
        if pending and punctuated is None:
            punctuated = marks_sentences(transcript, spellings)
        proposals = self._strays(words, pending, spellings, edits, bool(punctuated))
        # (a stray the pass lowercases has its two capitals repaired too: "so THe" → "the")
        lowered = edits.evidence
        edits.rewrite_all({i: text for i, text in changes.items() if i not in lowered},
                          evidence="two capitals at the start of a common word")
        return edits.commit(), proposals, punctuated

    def _strays(self, words: Words, pending: list[tuple[int, str, str, str, str]],
                spellings: set[str], edits: Edits, punctuated: bool) -> dict[int, tuple[str, str]]:
        """Lowercase the capitals with evidence (as edits that carry it); return the ones
        only proposed."""
        if not pending:
            return {}
        seen_lower = self._lowercase_usage(spellings, {p[4] for p in pending})
        elsewhere = Counter(p[4] for p in pending)
        proposals: dict[int, tuple[str, str]] = {}
        for i, lead, core, trail, lower in pending:
            if lower not in seen_lower and not _closed_class(lower):
                continue  # no evidence that it is a common word here: a name, a product
            z = zipf(_base(lower) if "-" not in lower else lower)
            if z < self.min_zipf_seen_lowercase or lower_first(core) == core:
                continue
            text = lead + lower_first(core) + trail
            why, doubt = self._stray_evidence(words, i, core, z, elsewhere[lower], punctuated)
            if why is not None:
                edits.rewrite(i, text, evidence=why)
            else:
                proposals[i] = (text, doubt)
        return proposals

    def _stray_evidence(self, words: Words, i: int, core: str, z: float, elsewhere: int,
                        punctuated: bool) -> tuple[str | None, str]:
        """(why the capital at ``i`` is certainly stray, or None; else why it may not be)."""
        nxt = i + 1
        if nxt < len(words) and not words.trail(i) and words.key(nxt) == word_key(core) \
                and words.core(nxt)[:1].islower():
            return f"'{core} {words.core(nxt)}': the first copy of a repeat", ""
        if _may_start_sentence(words, i):
            return None, f"'{core}': may start a sentence the text does not mark"
        at_break = words.new_line(i) or words.new_cue(i)
        if punctuated and at_break:
            return None, f"'{core}': after a line break, a sentence may start again"
        if not _closed_class(core.lower()):
            if z < self.min_zipf_common:
                return None, f"'{core}': a less common word, maybe a name or a product"
            if elsewhere > 1:
                return None, f"'{core}': capitalized elsewhere too, maybe a name or a product"
            if not punctuated and not at_break:
                return None, f"'{core}': in text without sentence punctuation, maybe a name"
        if at_break:
            return f"'{core}': a common word the captions capitalized at a line start", ""
        return f"'{core}': a common word capitalized mid-sentence", ""

    def _look(self, text: str, protected: frozenset[str], keep: set[str],
              title_words: frozenset[str]) -> tuple[str | None, tuple[str, str, str, str] | None]:
        """What a capitalized spelling alone says: its text with ``HIt`` → ``Hit`` repaired
        (or None), and (lead, core, trail, lowercase core) when its capital may be stray in
        the right context (or None: ``I``, ``MRI``, ``London``, ``Dr``, ``“These``)."""
        lead, core, trail = split_punct(text)
        fixed = None
        if self.fix_inner_caps:
            inner = _fix_inner_caps(core, self.min_zipf)
            if inner is not None:
                fixed = lead + inner + trail
                core = inner  # and it may also be a stray capital: "these THe"
        if not _is_capitalized(core) or _is_i(core):
            return fixed, None
        lower = core.lower()
        base = _base(lower)
        if base in protected or base in keep or lower in keep:
            return fixed, None
        if lower in title_words or (trail[:1] == "." and is_abbreviation(lower)):
            return fixed, None  # Dr, Mr, Jan.: abbreviations keep their capital
        if any(ch in OPENERS for ch in lead) or "-" in lead or "—" in lead:
            return fixed, None
        return fixed, (lead, core, trail, lower)

    @staticmethod
    def _after_break(prev: str) -> bool:
        """After a colon, a dash, or a title (Dr. Gey, Mr Smith): a capital is deliberate."""
        _, core, trail = split_punct(prev)
        if trail.endswith((":", "—", "–", "-")) or (not core and prev.strip("-—–") == ""):
            return True
        if core.lower() in PERSON_TITLES and trail in ("", "."):
            return True
        return core[:1].isupper() and core.lower() in NAME_TITLES and not trail

    @staticmethod
    def _capitalized_neighbour(words: Words, i: int) -> bool:
        n = len(words)
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n:
                _, core, trail = words.parts(j)
                # punctuation between the words ends the run: "these, London"
                own_trail = words.trail(i) if step == 1 else trail
                if own_trail and step == 1 and j == i + 1:
                    break
                if step == -1 and trail:
                    break
                if core.lower() in _CONNECTORS:
                    j += step
                    continue
                if (core and core[0].isupper() and not _is_i(core)
                        and words.sentence_start(j) is False and len(core) > 1):
                    return True
                break
        return False

    @staticmethod
    def _lowercase_usage(spellings: Iterable[str], words: set[str]) -> set[str]:
        """Which of ``words`` the transcript writes in lowercase, given its distinct token
        texts (so the stripping below runs once per spelling: "these,")."""
        return {w for w in (text.strip(_EDGE) for text in spellings) if w in words}
