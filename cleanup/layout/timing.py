"""Cue times: from the words' times to times people can read.

Each cue starts with its first word. Its end is pushed into the silence after it until the
cue has been on screen long enough for its text (the minimum duration, the reading speed),
never past the maximum duration nor into the next cue's minimum gap; a gap shorter than
``close_gap`` is closed down to that minimum gap (the cue stays up instead of flashing off).
A cue that still cannot stay up the minimum duration, the next cue coming too soon, starts
early instead, into the silence before it (that gap is then left open for it). A cue
always overlaps every one of its words.

>>> from cleanup.layout.rules import NETFLIX
>>> fit_times([CueWords(0.0, 0.3, 0.1, 0.3, chars=4, words=1),
...            CueWords(2.0, 2.2, 2.4, 2.9, chars=20, words=4)], NETFLIX)
[(0.0, 0.833), (2.0, 3.0)]
"""
from __future__ import annotations

import math
from typing import NamedTuple, Sequence

from .rules import Rules


class CueWords(NamedTuple):
    """What the timing needs to know about a cue's words."""

    first_start: float   # the first word's start
    first_end: float     # the earliest end among the words (the cue must start by then)
    last_start: float    # the last word's start (the cue must end after it)
    last_end: float      # the last word's end
    chars: int           # characters shown (line breaks not counted)
    words: int


def fit_times(cues: Sequence[CueWords], rules: Rules) -> list[tuple[float, float]]:
    """(start, end) for each cue, rounded to milliseconds; each cue overlaps all its words
    and never the next cue. Where the words leave room, the gap between cues is at least
    ``rules.min_gap``."""
    gap = rules.min_gap
    times: list[tuple[float, float]] = []
    prev_end = -math.inf
    # A cue ends by the time any later cue's first-ending word ends, so that later cue can
    # still overlap its words (only crowded, out-of-order word times make this bite).
    upper_from = [math.inf] * (len(cues) + 1)
    for k in range(len(cues) - 1, -1, -1):
        upper_from[k] = min(upper_from[k + 1], cues[k].first_end)
    for k, cue in enumerate(cues):
        start = max(cue.first_start, prev_end + gap)
        # Crowded words: cues touch, never overlap, and each still overlaps its words.
        start = max(min(start, cue.first_end, upper_from[k + 1]), prev_end)
        end = max(cue.last_end, start + rules.reading_time(cue.chars, cue.words))
        upper = math.inf
        if k + 1 < len(cues):
            limit = cues[k + 1].first_start - gap
            # A short gap is closed to the minimum, unless the next cue needs it to start
            # early in, having too little time before the cue after it.
            if cues[k + 1].first_start - end < rules.close_gap \
                    and not _crowded(cues, k + 1, rules):
                end = max(end, limit)
            end = min(end, limit)
            upper = upper_from[k + 1]
        end = min(end, start + rules.max_duration)
        # Show at least half of the last word, and never start the next cue's words late.
        must_show = cue.last_start + max(0.0, cue.last_end - cue.last_start) / 2
        end = min(max(end, min(must_show, start + rules.max_duration)), upper)
        end = max(end, cue.last_start, start)
        if end - start < rules.min_duration:  # too short to read: start early, into the gap
            start = min(start, max(end - rules.min_duration, prev_end + gap, 0.0))
        times.append((start, end))
        prev_end = end
    return [(round(s, 3), round(e, 3)) for s, e in times]


def _crowded(cues: Sequence[CueWords], k: int, rules: Rules) -> bool:
    """Whether cue ``k`` cannot stay up the minimum duration from its first word on before
    the cue after it starts."""
    if k + 1 >= len(cues):
        return False
    return cues[k + 1].first_start - rules.min_gap - cues[k].first_start < rules.min_duration
