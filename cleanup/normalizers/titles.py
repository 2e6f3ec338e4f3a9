"""Write titles before a name the standard way: ``dr rutherford`` → ``Dr. Rutherford``.

>>> FixTitles()("hi dr rutherford and ms jones, prof. smith and mrs brown")
'hi Dr. Rutherford and Ms. Jones, Prof. Smith and Mrs. Brown'
>>> FixTitles()("see the dr today, patients with ms have fatigue")
'see the dr today, patients with ms have fatigue'

The titles are ``dr``, ``mr``, ``mrs``, ``ms``, ``mx`` and ``prof``. A title is fixed only
when a name follows it, and then the name's first letter is capitalized too. A following
word counts as a name when it is already capitalized, is a known first name or surname,
or is a rare word (wordfreq Zipf below 3.5) that is not a function word — so ``dr
rutherford`` qualifies and ``dr told`` does not. Nothing is fixed after a determiner
(``the dr``, ``your dr``): there it is the noun.

``ms`` is also multiple sclerosis (``patients with ms``, ``ms symptoms``), so it needs
stronger evidence: the next word must be capitalized or a known name. All-capitals ``MS``
and ``DR`` are never touched.

Run after fix_stray_capitals (which leaves the word after a title alone) and before
capitalize_sentences; sentence boundaries already treat ``Dr.`` as a non-ending
abbreviation, so adding the period does not split the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from ..lexicon import DETERMINERS, FUNCTION_WORDS, TITLE_SPELLINGS, first_names, surnames, zipf
from ..pipeline import Normalizer
from ..marks import split_punct
from ..transcript import Transcript
from ..words import Words

CANONICAL = TITLE_SPELLINGS
_STRICT = frozenset({"ms"})  # also an abbreviation in clinic talk: multiple sclerosis
# Words before "ms" that make it the disease: "patients with ms", "in ms lesions".
MS_CONTEXT = frozenset("""
with has have had having of for about from against in on treat treats treating treated
diagnosed like cause causes caused called early late progressive relapsing remitting
secondary primary your my his her their our
""".split())


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Lowercase first names and surnames that are also common words (Will, Brown, Young)."""
    return first_names() | surnames()


def _looks_like_name(core: str, strict: bool, min_zipf: float) -> bool:
    if not core or not core[0].isalpha():
        return False
    if not all(ch.isalpha() or ch in "’'-" for ch in core):
        return False
    if core.isupper() and len(core) > 1:
        return False  # an acronym: ms MRI, dr ER
    if core.lower() in CANONICAL:
        return False  # dr dr: a stutter, not a name
    if core[0].isupper():
        return True
    lower = core.lower()
    if len(lower) > 2 and lower[0] in "od" and lower[1] in "’'":
        return True  # o’brien, d’angelo
    base = lower.split("’")[0].split("'")[0]
    if base in name_words():
        return True
    if strict or lower in FUNCTION_WORDS or base in FUNCTION_WORDS:
        return False
    return zipf(base) < min_zipf


def _is_title_spelling(text: str) -> bool:
    """A token written as a title (``dr``, ``Mrs.``, ``(prof``), all-capitals ``DR`` aside."""
    if len(text) > 6:
        return False
    _, core, trail = split_punct(text)
    return (core.lower() in CANONICAL and not (core.isupper() and len(core) > 1)
            and trail in ("", "."))


def _capitalize_name(core: str) -> str:
    """First letter up; O’brien → O’Brien. Other letters keep their case."""
    out = core[0].upper() + core[1:]
    if len(out) > 2 and out[1] in "’'" and out[0] in "OD" and out[2].islower():
        out = out[:2] + out[2].upper() + out[3:]
    return out


@dataclass(frozen=True)
class FixTitles(Normalizer):
    """``dr rutherford`` → ``Dr. Rutherford``; ``dr. jones`` → ``Dr. Jones``.

    ``period``: write a lowercase title with a period (American style: ``dr rutherford``
    → ``Dr. Rutherford``); ``False`` keeps the token's own choice. A title already
    capitalized keeps its own (``Dr Rutherford`` stays without one).
    ``min_zipf``: a lowercase word after a title counts as a name when rarer than this.
    """

    period: bool = True
    min_zipf: float = 3.5

    def __post_init__(self) -> None:
        if isinstance(self.min_zipf, bool) or not isinstance(self.min_zipf, (int, float)):
            raise ValueError(f"min_zipf is a number (a wordfreq Zipf value, 0-8), "
                             f"got {self.min_zipf!r}")

    def transform(self, transcript: Transcript) -> Transcript:
        words, edits = Words(transcript), transcript.edit()
        n = len(words)
        # Whether a token can be a title depends on its text alone: decide once per
        # spelling, then visit only the titles' positions (a few in a thousand tokens).
        for i in words.where(_is_title_spelling):
            if i + 1 >= n:
                continue
            lead, core, trail = words.parts(i)
            key = core.lower()
            if i > 0:
                _, prev_core, prev_trail = words.parts(i - 1)
                prev = prev_core.lower()
                if not prev_trail and (prev in DETERMINERS
                                       or (key in _STRICT and prev in MS_CONTEXT)):
                    continue
            n_lead, n_core, n_trail = words.parts(i + 1)
            if (not n_lead and not n_trail and n_core.lower() in ("and", "&")
                    and i + 2 < n and self._is_title_before_name(words, i + 2)):
                title = CANONICAL[key] if self.period else core[0].upper() + core[1:]
                edits.rewrite(i, lead + title)
                continue  # mr and mrs smith: the pair shares the name
            if n_lead or not _looks_like_name(n_core, key in _STRICT, self.min_zipf):
                continue
            title = CANONICAL[key]
            if not self.period or core[:1].isupper():
                # "Dr Sachin": already capitalized, the writer chose no period (British
                # style); adding one would be adding punctuation.
                title = core[0].upper() + core[1:] + trail
            if lead + title != words.texts[i]:
                edits.rewrite(i, lead + title)
            name = _capitalize_name(n_core)
            if name != n_core:
                edits.rewrite(i + 1, n_lead + name + n_trail)
        return edits.commit()

    def _is_title_before_name(self, words: Words, i: int) -> bool:
        _, core, trail = words.parts(i)
        key = core.lower()
        if key not in CANONICAL or trail not in ("", ".") or i + 1 >= len(words):
            return False
        n_lead, n_core, _ = words.parts(i + 1)
        return not n_lead and _looks_like_name(n_core, key in _STRICT, self.min_zipf)
