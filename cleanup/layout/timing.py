"""Cue times: from the words' times to times people can read.

Each cue starts with its first word. Its end is pushed into the silence after it until the
cue has been on screen long enough for its text (the minimum duration, the reading speed),
never past the maximum duration nor into the next cue's minimum gap; a gap shorter than
``close_gap`` is closed down to that minimum gap (the cue stays up instead of flashing off).
A cue always overlaps every one of its words.

>>> from cleanup.layout.rules import NETFLIX
>>> fit_times([CueWords(0.0, 0.1, 0.3, chars=4, words=1), CueWords(2.0, 2.4, 2.9, 20, 4)], NETFLIX)
[(0.0, 0.833), (2.0, 3.0)]
"""
from __future__ import annotations

import math
from typing import NamedTuple, Sequence

from .rules import Rules


class CueWords(NamedTuple):
    """What the timing needs to know about a cue's words."""

    first_start: float   # the first word's start
    last_start: float    # the last word's start
    last_end: float      # the last word's end
    chars: int           # characters shown (line breaks not counted)
    words: int


def _floor_ms(t: float) -> float:
    return math.floor(t * 1000 + 1e-6) / 1000


def _ceil_ms(t: float) -> float:
    return math.ceil(t * 1000 - 1e-6) / 1000


def _must_show(cue: CueWords) -> float:
    """The earliest end that still shows the last word (at least half of it)."""
    return cue.last_start + max(0.0, cue.last_end - cue.last_start) / 2


def fit_times(cues: Sequence[CueWords], rules: Rules) -> list[tuple[float, float]]:
    """(start, end) for each cue, in milliseconds precision; starts strictly increase."""
    gap = rules.min_gap
    times: list[tuple[float, float]] = []
    prev_end = -math.inf
    for k, cue in enumerate(cues):
        start = max(cue.first_start, prev_end + gap)
        # Pushed back by the previous cue's last word, it still shows its own first word.
        start = _ceil_ms(min(start, max(cue.first_start, cue.last_end - 0.001)))
        need = rules.reading_time(cue.chars, cue.words)
        end = max(cue.last_end, start + need)
        if end - start > rules.max_duration:
            end = max(start + rules.max_duration, _must_show(cue))
        if k + 1 < len(cues):
            limit = cues[k + 1].first_start - gap
            if limit - end < rules.close_gap:  # a short gap is closed to the minimum
                end = max(end, min(limit, start + max(rules.max_duration, end - start)))
            end = max(min(end, limit), _must_show(cue))
        end = _floor_ms(max(end, start + 0.001))
        times.append((start, end))
        prev_end = end
    return times
