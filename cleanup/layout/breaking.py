"""Where cues and lines break: a cost for every gap between two words, and minimum-cost
splitting (dynamic programming, not greedy filling).

A break costs least after a sentence end, then after a comma, colon or dash, then before a
conjunction or preposition; it costs most inside a phrase that belongs together: between an
article (or another determiner, a possessive, a number) and its noun, an adjective and its
noun, a first and last name (or a title and a name), an auxiliary and its verb, a subject
pronoun and its verb. A line that ends on a conjunction or preposition costs extra. Lines
of unequal length cost in proportion.

>>> break_lines("so we can start the injections next week".split(), max_chars=24)
[['so', 'we', 'can', 'start'], ['the', 'injections', 'next', 'week']]
"""
from __future__ import annotations

from array import array
from functools import lru_cache
from typing import Sequence

from ..boundaries import boundary_after
from ..lexicon import (AMBIGUOUS_DETERMINERS, AUXILIARIES, CONJUNCTIONS, DETERMINERS,
                       DISCOURSE_WORDS, FUNCTION_ADVERBS, FUNCTION_WORDS, PERSON_TITLES,
                       PREPOSITIONS, PRONOUNS, QUANTIFIERS, SUBJECT_PRONOUNS, is_adjective,
                       is_number, word_key)
from ..marks import ends_sentence
from ..transcript import Token, split_punct

# The word classes the costs read, made of the lexicon's (see cleanup/lexicon.py).
#: Words a noun follows: determiners that are surely ones, and quantifiers.
NOUN_BEFORE = (DETERMINERS - AMBIGUOUS_DETERMINERS) | QUANTIFIERS
#: Conjunctions and prepositions: a break goes before one, and a line should not end on one.
CONNECTIVES = CONJUNCTIONS | PREPOSITIONS
#: Words that head no phrase of their own, so a noun or verb is never split from them by
#: mistake for one. Discourse words are left out: most are content words too (``the right
#: knee``, ``the only option``).
CLOSED_WORDS = ((FUNCTION_WORDS - DISCOURSE_WORDS) | NOUN_BEFORE | CONNECTIVES | PRONOUNS
                | AUXILIARIES | FUNCTION_ADVERBS)

# Costs of breaking between two words (a line break; a cue break pays the same).
AFTER_SENTENCE = 0.0
AFTER_CLAUSE = 1.0        # after , ; : or a dash
BEFORE_CONNECTIVE = 2.0   # before a conjunction or preposition
PLAIN = 6.0
ENDS_ON_CONNECTIVE = 14.0  # the line ends on a conjunction or preposition
SPLITS_NAME = 35.0
SPLITS_DETERMINER = 40.0
SPLITS_ADJECTIVE = 25.0
SPLITS_AUXILIARY = 25.0
SPLITS_SUBJECT = 10.0      # a subject pronoun and its verb
OVERFLOW = 1000.0          # per character past the line limit
EXTRA_LINE = 3.0           # a cue that fits one line stays on one line
IMBALANCE = 0.25           # per character of difference between the longest and shortest line


_OPENING = ("(", "[", "“", '"', "-", "–", "—")


def _is_name(core: str) -> bool:
    return core[:1].isupper() and core != "I" and word_key(core) not in CLOSED_WORDS


@lru_cache(maxsize=1 << 16)
def closes_sentence(text: str) -> bool:
    """Whether a word ends a sentence, as :mod:`cleanup.boundaries` decides: ``today.`` and
    ``I.`` do, ``Dr.``, ``Mx.`` and ``e.g.`` do not. Where it cannot tell, an ellipsis or a
    word abbreviation (``etc.``) ends one; an initialism (``U.S.``, ``p.m.``, ``J.``) or a
    sound tag (``[Music]``) does not."""
    decision = boundary_after(Token(text))
    if decision is not None:
        return decision
    _, core, trail = split_punct(text)
    if not ends_sentence(trail):
        return False
    return not (trail == "." and ("." in core or (len(core) == 1 and core.isupper())))


def break_cost(prev: str, nxt: str, *, prev_starts_sentence: bool = False) -> float:
    """The cost of a line or cue break between two words.

    >>> break_cost("the", "doctor") > break_cost("doctor,", "the")
    True
    """
    _, pcore, ptrail = split_punct(prev)
    nlead, ncore, _ = split_punct(nxt)
    p, n = word_key(pcore), word_key(ncore)
    if closes_sentence(prev):
        return AFTER_SENTENCE
    if any(ch in ",;:—–-)]" for ch in ptrail) or nlead[:1] in _OPENING:
        return AFTER_CLAUSE
    cost = BEFORE_CONNECTIVE if n in CONNECTIVES else PLAIN
    if p in CONNECTIVES:
        cost += ENDS_ON_CONNECTIVE
    if not pcore or not ncore:
        return cost
    if p in NOUN_BEFORE or is_number(p):
        if n not in CLOSED_WORDS:
            cost += SPLITS_DETERMINER
    elif p in PERSON_TITLES and ncore[:1].isupper():
        cost += SPLITS_NAME
    elif _is_name(pcore) and _is_name(ncore) and not prev_starts_sentence:
        cost += SPLITS_NAME
    elif p in AUXILIARIES and (n not in CLOSED_WORDS or n in ("not", "never", "been", "be",
                                                              "being", "just", "also")):
        cost += SPLITS_AUXILIARY
    elif p in SUBJECT_PRONOUNS and (n in AUXILIARIES or n not in CLOSED_WORDS):
        cost += SPLITS_SUBJECT
    elif is_adjective(p) and n not in CLOSED_WORDS and not is_adjective(n):
        cost += SPLITS_ADJECTIVE
    elif p.endswith("'s") and n not in CLOSED_WORDS:  # a possessive and its noun
        cost += SPLITS_ADJECTIVE
    return cost


def boundary_costs(texts: Sequence[str]) -> array:
    """``costs[k]``: the cost of a break before word ``k`` (``costs[0]`` is 0), as an array
    of floats (8 bytes a word)."""
    costs = array("d", bytes(8 * len(texts)))
    for k in range(1, len(texts)):
        starts = k == 1 or closes_sentence(texts[k - 2])
        costs[k] = break_cost(texts[k - 1], texts[k], prev_starts_sentence=starts)
    return costs


class LineBreaker:
    """Splits a span of words into at most ``max_lines`` lines at minimum cost."""

    def __init__(self, texts: Sequence[str], costs: Sequence[float], max_chars: int,
                 max_lines: int):
        self.costs = costs
        self.max_chars = max_chars
        self.max_lines = max_lines
        self.prefix = array("q", [0])
        for t in texts:
            self.prefix.append(self.prefix[-1] + len(t))

    def width(self, i: int, j: int) -> int:
        """Characters of words ``i..j-1`` on one line."""
        return self.prefix[j] - self.prefix[i] + (j - i - 1)

    def _overflow(self, width: int) -> float:
        return OVERFLOW * (width - self.max_chars) if width > self.max_chars else 0.0

    def split(self, i: int, j: int) -> tuple[float, list[int]]:
        """(cost, the indices where a new line starts) for words ``i..j-1``."""
        one = self._overflow(self.width(i, j))
        best: tuple[float, list[int]] = (one, [])
        if one == 0 or self.max_lines < 2 or j - i < 2:
            return best
        if self.max_lines == 2 or j - i == 2:
            for k in range(i + 1, j):
                a, b = self.width(i, k), self.width(k, j)
                cost = (EXTRA_LINE + self.costs[k] + self._overflow(a) + self._overflow(b)
                        + IMBALANCE * abs(a - b))
                if cost < best[0]:
                    best = (cost, [k])
            return best
        for lines in range(2, min(self.max_lines, j - i) + 1):
            candidate = self._split_into(i, j, lines)
            if candidate[0] < best[0]:
                best = candidate
        return best

    def _split_into(self, i: int, j: int, lines: int) -> tuple[float, list[int]]:
        # Exactly `lines` lines; imbalance measured against the mean line width.
        target = self.width(i, j) / lines
        inf = float("inf")
        # best[m][k]: words i..k-1 in m lines
        best: list[dict[int, tuple[float, list[int]]]] = [{} for _ in range(lines + 1)]
        best[0][i] = (0.0, [])
        for m in range(1, lines + 1):
            for k in range(i + m, j - (lines - m) + 1):
                choice: tuple[float, list[int]] = (inf, [])
                for s, (c, starts) in best[m - 1].items():
                    if s >= k:
                        continue
                    w = self.width(s, k)
                    cost = (c + self._overflow(w) + IMBALANCE * abs(w - target)
                            + (self.costs[s] + EXTRA_LINE if s > i else 0.0))
                    if cost < choice[0]:
                        choice = (cost, starts + ([s] if s > i else []))
                if choice[0] < inf:
                    best[m][k] = choice
        return best[lines].get(j, (inf, []))


def break_lines(words: Sequence[str], max_chars: int = 42, max_lines: int = 2) -> list[list[str]]:
    """One cue's words as lines, at minimum cost."""
    breaker = LineBreaker(words, boundary_costs(words), max_chars, max_lines)
    _, starts = breaker.split(0, len(words))
    bounds = [0, *starts, len(words)]
    return [list(words[a:b]) for a, b in zip(bounds, bounds[1:])]
