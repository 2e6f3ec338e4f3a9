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

from typing import Sequence

from ..transcript import SENTENCE_END, split_punct

# Closed-class English words (the grammar books' lists; no tagger needed for these).
ARTICLES = frozenset("a an the".split())
DETERMINERS = ARTICLES | frozenset(
    "my your his its our their this these those every each another some any no several "
    "whose both either neither many much few".split())
CONJUNCTIONS = frozenset(
    "and but or nor so yet because although though while if unless until since whereas "
    "when where whether than that which who whom".split())
PREPOSITIONS = frozenset(
    "about above across after against along among around as at before behind below beneath "
    "beside between beyond by despite down during except for from in inside into like near of "
    "off on onto out outside over past per through throughout to toward towards under upon "
    "via with within without".split())
SUBJECTS = frozenset("i you he she it we they".split())
PRONOUNS = frozenset("i you he she it we they me him her us them".split())
AUXILIARIES = frozenset(
    "am is are was were be been being have has had do does did will would shall should can "
    "could may might must ought i'm you're we're they're he's she's it's that's there's "
    "i've you've we've they've i'll you'll we'll they'll he'll she'll it'll i'd you'd he'd "
    "she'd we'd they'd don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't "
    "aren't wasn't weren't haven't hasn't hadn't mustn't".split())
TITLES = frozenset("dr mr mrs ms prof sir st".split())
ADJECTIVES = frozenset(
    "new old good bad big small little large great high low long short young right left next "
    "last first same other different important early late full whole real best better worse "
    "worst severe mild chronic acute sharp slight main major minor common normal "
    "regular daily weekly easy hard free open close dry wet hot cold warm red blue "
    "green white black".split())
_ADJECTIVE_ENDINGS = ("ful", "ous", "ive", "ical", "able", "ible", "less")
FUNCTION_WORDS = DETERMINERS | CONJUNCTIONS | PREPOSITIONS | PRONOUNS | AUXILIARIES | frozenset(
    "not never also just very really too there here then".split())

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


def _norm(core: str) -> str:
    return core.casefold().replace("’", "'")


def _is_adjective(word: str) -> bool:
    return word in ADJECTIVES or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS))


def _is_name(core: str) -> bool:
    return core[:1].isupper() and core != "I" and _norm(core) not in FUNCTION_WORDS


def ends_sentence(text: str) -> bool:
    """Whether a word ends a sentence: ``today.`` does, ``Dr.``, ``J.`` and ``U.S.`` do not."""
    _, core, trail = split_punct(text)
    if not any(ch in SENTENCE_END for ch in trail):
        return False
    return not (trail == "." and (_norm(core) in TITLES or "." in core
                                  or (len(core) == 1 and core.isupper())))


def break_cost(prev: str, nxt: str, *, prev_starts_sentence: bool = False) -> float:
    """The cost of a line or cue break between two words.

    >>> break_cost("the", "doctor") > break_cost("doctor,", "the")
    True
    """
    _, pcore, ptrail = split_punct(prev)
    nlead, ncore, _ = split_punct(nxt)
    p, n = _norm(pcore), _norm(ncore)
    if ends_sentence(prev):
        return AFTER_SENTENCE
    if any(ch in ",;:—–-)]" for ch in ptrail) or nlead[:1] in _OPENING:
        return AFTER_CLAUSE
    cost = BEFORE_CONNECTIVE if n in CONJUNCTIONS or n in PREPOSITIONS else PLAIN
    if p in CONJUNCTIONS or p in PREPOSITIONS:
        cost += ENDS_ON_CONNECTIVE
    if not pcore or not ncore:
        return cost
    if p in DETERMINERS or pcore.isdigit():
        if n not in FUNCTION_WORDS:
            cost += SPLITS_DETERMINER
    elif p in TITLES and ncore[:1].isupper():
        cost += SPLITS_NAME
    elif _is_name(pcore) and _is_name(ncore) and not prev_starts_sentence:
        cost += SPLITS_NAME
    elif p in AUXILIARIES and (n not in FUNCTION_WORDS or n in ("not", "never", "been", "be",
                                                                "being", "just", "also")):
        cost += SPLITS_AUXILIARY
    elif p in SUBJECTS and (n in AUXILIARIES or n not in FUNCTION_WORDS):
        cost += SPLITS_SUBJECT
    elif _is_adjective(p) and n not in FUNCTION_WORDS and not _is_adjective(n):
        cost += SPLITS_ADJECTIVE
    elif p.endswith("'s") and n not in FUNCTION_WORDS:  # a possessive and its noun
        cost += SPLITS_ADJECTIVE
    return cost


def boundary_costs(texts: Sequence[str]) -> list[float]:
    """``costs[k]``: the cost of a break before word ``k`` (``costs[0]`` is 0)."""
    costs = [0.0] * len(texts)
    for k in range(1, len(texts)):
        starts = k == 1 or ends_sentence(texts[k - 2])
        costs[k] = break_cost(texts[k - 1], texts[k], prev_starts_sentence=starts)
    return costs


class LineBreaker:
    """Splits a span of words into at most ``max_lines`` lines at minimum cost."""

    def __init__(self, texts: Sequence[str], costs: Sequence[float], max_chars: int,
                 max_lines: int):
        self.costs = costs
        self.max_chars = max_chars
        self.max_lines = max_lines
        self.prefix = [0]
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
        best = [{i: (0.0, [])}] + [{} for _ in range(lines)]
        for m in range(1, lines + 1):
            for k in range(i + m, j - (lines - m) + 1):
                choice = (inf, [])
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
