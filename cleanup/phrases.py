"""Known phrases, matched word by word: ``Thanks for watching!``, ``Subtitles by *``.

A phrase is a line of words compared by their keys (case-folded, punctuation dropped); a
final ``*`` stands for one to eight more words. Fillers in the words matched are skipped
and a word said twice in a row counts once, so ``Thank, uh, thank you.`` still reads as
``thank you``.

>>> matches_phrases(["subtitles", "by", "the", "amara", "org", "community"],
...                 parse_phrases(["subtitles by *"]))
True
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from .lexicon import is_filler, token_parts

#: Words matched at most: a longer run of words is never one known phrase.
MAX_PHRASE_WORDS = 200
_WILDCARD_MAX = 8


@dataclass(frozen=True)
class Phrase:
    """A known phrase as word keys; ``open_end``: a final ``*`` takes one to eight words."""

    words: tuple[str, ...]
    open_end: bool = False

    @classmethod
    def parse(cls, line: str) -> Phrase:
        words = tuple(k for k in (token_parts(w)[3] for w in line.split()) if k)
        return cls(words, bool(words) and line.rstrip().endswith("*"))


def _spoken(words: Sequence[str]) -> list[str]:
    """The words a phrase is matched against: fillers skipped, and a word said twice in a
    row counted once, so ``Thank, uh, thank you.`` still reads as ``thank you``."""
    out: list[str] = []
    for w in words:
        if not is_filler(w) and (not out or out[-1] != w):
            out.append(w)
    return out


def matches_phrases(words: Sequence[str], phrases: Sequence[Phrase]) -> bool:
    """Whether ``words`` is one or more known phrases back to back.

    >>> matches_phrases(["thanks", "for", "watching", "uh", "thanks"],
    ...                 [Phrase.parse("thanks for watching"), Phrase.parse("thanks")])
    True
    """
    if not phrases or len(words) > MAX_PHRASE_WORDS:
        return False
    words = _spoken(words)
    m = len(words)
    if not m:
        return False
    reach = [False] * (m + 1)
    reach[0] = True
    for i in range(m):
        if not reach[i]:
            continue
        for ph in phrases:
            k = i + len(ph.words)
            if k > m or tuple(words[i:k]) != ph.words:
                continue
            if ph.open_end:
                for extra in range(1, _WILDCARD_MAX + 1):
                    if k + extra <= m:
                        reach[k + extra] = True
            else:
                reach[k] = True
    return reach[m]


def parse_phrases(lines: Sequence[str]) -> tuple[Phrase, ...]:
    """The phrases of some lines (lines without a word left out)."""
    return tuple(p for p in (Phrase.parse(line) for line in lines) if p.words)


def longest_period(keys: Sequence[str]) -> tuple[int, int, int] | None:
    """(start, period, run) of the longest stretch where keys repeat at a fixed period,
    when it covers at least half of them; the shortest period wins a tie (a loop inside a
    Whisper segment).

    >>> longest_period("a b c b c b c".split())
    (1, 2, 4)
    """
    m = len(keys)
    best: tuple[int, int, int, int, int] | None = None  # (run, -period, -start, period, start)
    for p in range(1, m // 2 + 1):
        run = 0
        for i in range(m - p - 1, -1, -1):
            run = run + 1 if keys[i] == keys[i + p] else 0
            if run >= p:
                cand = (run, -p, -i, p, i)
                if best is None or cand > best:
                    best = cand
    if best is None:
        return None
    run, _, _, period, start = best
    return (start, period, run) if period + run >= m / 2 else None
