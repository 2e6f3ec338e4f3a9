"""Cues in time order: a caption file may list a cue before one that starts earlier (some
SRT files do); laid out in file order, the later words would be pushed after the earlier
ones' times and all run into one cue far from when they were said.

:func:`in_time_order` moves each cue, with its own words, to its place by start time (a
stable sort, so cues that start together keep the file's order); the words of a cue are
never taken apart.

>>> from cleanup.transcript import Segment
>>> t = Transcript.from_segments([(Segment(5.0, 6.0), "later words"),
...                               (Segment(1.0, 2.0), "early words")])
>>> in_time_order(t).text
'early words later words'
>>> [s.start for s in in_time_order(t).segments]
[1.0, 5.0]
"""
from __future__ import annotations

from ..transcript import SPACE, Token, Transcript


def in_time_order(transcript: Transcript) -> Transcript:
    """The transcript with its segments ordered by start time, each with its words; the
    transcript itself when they already are. A segment without a start stays after the
    segment before it."""
    segments = transcript.segments
    keys: list[float] = []
    last = float("-inf")
    for seg in segments:
        last = seg.start if seg.start is not None else last
        keys.append(last)
    if all(a <= b for a, b in zip(keys, keys[1:])):
        return transcript
    order = sorted(range(len(segments)), key=lambda s: (keys[s], s))
    groups: dict[int | None, list[Token]] = {}
    owner: int | None = None
    for tok in transcript.tokens:  # a token of no segment goes with the token before it
        owner = tok.segment if tok.segment is not None else owner
        groups.setdefault(owner, []).append(tok)
    tokens: list[Token] = list(groups.pop(None, ()))
    for new, old in enumerate(order):
        for k, tok in enumerate(groups.get(old, ())):
            sep = tok.sep if k or tok.sep else SPACE
            tokens.append(tok._replace(segment=new, sep=sep if tokens else ""))
    return Transcript(tokens, [segments[s] for s in order], transcript.meta)
