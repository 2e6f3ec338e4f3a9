"""Lay a cleaned transcript out again as caption cues.

The words are kept exactly, in order; only where cues and lines break and when cues show
change. Hard breaks come first: a change of speaker, or a pause of ``rules.pause`` seconds
between words (the time of a word cleaning removed, an ``um``, is not a pause). Inside each
stretch between hard breaks, a dynamic program chooses the cue ends and each cue's line
breaks at minimum total cost (:mod:`.breaking`): overflow past the line limit, bad splits, a
sentence end inside a cue (two sentences share a cue only when the first alone could not
stay up long enough), and a cue too short or too fast to read in the time it can have. Then
:mod:`.timing` sets the times, and a cue that still flashes by (under the minimum duration)
merges with a neighbour it fits one cue with.

Words need times. Whisper JSON has them; an ordinary SRT or VTT has only cue times, so the
words of a cue get times by interpolation, in proportion to their length, inside their cue
(as stable-ts does for untimed text), but never slower than ``SLOWEST_SPEECH`` characters a
second: the words of a cue that runs on over silence (a 70 s "Thanks for watching!") are
placed from its start at that rate. A transcript with no times at all (plain text) is
returned unchanged: :func:`has_timings` tells the caller.

>>> from cleanup.transcript import Segment
>>> t = Transcript.from_segments([(Segment(0.0, 9.0), "Good afternoon. Thanks for coming in "
...     "today. So we talked about Botox for your migraines last time.")])
>>> [(s.start, s.end) for s in layout(t).segments]
[(0.0, 1.371), (1.455, 3.917), (4.0, 9.0)]
>>> print(layout(t).text)
Good afternoon. Thanks for coming in today. So we talked about Botox
for your migraines last time.
"""
from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, replace
from typing import Sequence

from ..transcript import LINE, SPACE, Segment, Transcript
from .breaking import LineBreaker, boundary_costs, closes_sentence
from .order import in_time_order
from .rules import NETFLIX, Rules, resolve
from .timing import CueWords, fit_times

CUE = 8.0                 # every cue: fewer, fuller cues unless something else wins
SENTENCE_INSIDE = 30.0    # a sentence ends inside the cue
TOO_SHORT = 150.0         # per 100% of the reading time a cue cannot get
TOO_FAST = 40.0           # and once for a cue that cannot get it at all (a lint violation)
SLOWEST_SPEECH = 6.0      # characters a second, for words timed by interpolation
TOO_LONG = 80.0           # per second the words themselves run past the maximum duration
REMOVED_WORD = 1.0        # seconds a word removed in cleaning (a filler) is taken to have lasted


def has_timings(transcript: Transcript) -> bool:
    """Whether the words have times, their own or their segments' (cue) times."""
    return word_times(transcript) is not None


class WordTimes(Sequence[tuple[float, float]]):
    """Every word's (start, end) as two arrays of floats: 16 bytes a word, where a list of
    tuples took about 100 (an 80,000-cue file has 700,000 words)."""

    __slots__ = ("starts", "ends")

    def __init__(self, starts: array, ends: array):
        self.starts, self.ends = starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return list(zip(self.starts[k], self.ends[k]))
        return self.starts[k], self.ends[k]


def word_times(transcript: Transcript) -> WordTimes | None:
    """(start, end) for every token: its own, else interpolated inside its segment by
    length; ``None`` when some token has neither. Times never run backwards."""
    texts, segs, n = transcript.texts, transcript.segment_indices, len(transcript.texts)
    nan = math.nan
    own_starts, own_ends = transcript.starts, transcript.ends
    if own_starts is None or own_ends is None:
        starts, ends = array("d", [nan]) * n, array("d", [nan]) * n
    else:  # a time counts when both ends are known
        starts = array("d", (nan if s is None or e is None else s
                             for s, e in zip(own_starts, own_ends)))
        ends = array("d", (nan if s is None or e is None else e
                           for s, e in zip(own_starts, own_ends)))
    segments = transcript.segments
    k = 0
    while k < n:
        if starts[k] == starts[k]:  # not NaN: the word has its own time
            k += 1
            continue
        seg = segs[k]
        j = k
        while j < n and starts[j] != starts[j] and segs[j] == seg:
            j += 1
        segment = segments[seg] if seg is not None and 0 <= seg < len(segments) else Segment()
        lo = ends[k - 1] if k and segs[k - 1] == seg else segment.start
        hi = starts[j] if j < n and segs[j] == seg else segment.end
        if lo is None or hi is None:
            return None
        hi = max(hi, lo)
        weights = [len(t) + 1 for t in texts[k:j]]
        total, acc = sum(weights), 0
        hi = min(hi, lo + total / SLOWEST_SPEECH)
        for m, w in zip(range(k, j), weights):
            starts[m] = lo + (hi - lo) * acc / total
            acc += w
            ends[m] = lo + (hi - lo) * acc / total
        k = j
    _monotone(starts, ends)
    return WordTimes(starts, ends)


def _monotone(starts: array, ends: array) -> None:
    """Times that never run backwards, in place: a word starts no earlier than the one
    before it, and ends no earlier than it starts."""
    last = 0.0
    for k in range(len(starts)):
        start = max(starts[k], last)
        starts[k] = start
        if ends[k] < start:
            ends[k] = start
        last = start


@dataclass(frozen=True)
class _Stretch:
    """Words ``lo..hi-1`` between hard breaks; ``after`` is when the next stretch starts."""

    lo: int
    hi: int
    after: float


def layout(transcript: Transcript, rules: Rules | str = NETFLIX) -> Transcript:
    """The transcript with new cues (segments) and line breaks (``LINE`` separators).

    Tokens keep their text, times, ids and probabilities; ``keep`` (``rules.relayout``
    false) and an untimed transcript come back unchanged. Cues that a file lists out of
    time order are laid out in time order (:func:`in_time_order`).
    """
    rules = resolve(rules)
    if not rules.relayout or not transcript.texts:
        return transcript
    times = word_times(transcript)
    if times is None:
        return transcript
    ordered = in_time_order(transcript)
    moved = ordered is not transcript  # cues moved: ids no longer run in order across them
    if moved:
        transcript, times = ordered, word_times(ordered) or times
    texts, segs = transcript.texts, transcript.segment_indices
    costs = boundary_costs(texts)
    speakers = [_segment(transcript, seg).speaker for seg in segs]
    breaker = LineBreaker(texts, costs, rules.max_chars, rules.max_lines)
    cues: list[_Cue] = []
    for stretch in _stretches(transcript, times, speakers, rules, moved):
        cues += _best_cues(stretch, texts, costs, times, breaker, rules)
    cues, fitted = _without_flashes(cues, times, speakers, breaker, rules)

    new_seps: list[str] = []
    new_segs: list[int] = []
    new_segments: list[Segment] = []
    for index, ((i, j, starts), (start, end)) in enumerate(zip(cues, fitted)):
        for k in range(i, j):
            new_seps.append("" if k == 0 else (LINE if k in starts else SPACE))
            new_segs.append(index)
        # The cue keeps its first word's segment: speaker, label as written ("Paul Jones: ")
        # and, when it holds that segment's words alone, Whisper's quality fields.
        source = _segment(transcript, segs[i])
        quality = {} if len(set(segs[i:j])) == 1 else _NO_QUALITY
        # A new cue is not the source's cue: its identifier stays behind.
        new_segments.append(replace(source, start=start, end=end, cue=None, **quality))
    edits = transcript.edit()
    edits.regroup(new_seps, new_segs, new_segments)
    return _laid_out(edits.commit())


#: A cue: its first word, the word after its last, and the words that start a new line.
_Cue = tuple[int, int, list[int]]


def _stretches(transcript: Transcript, times: WordTimes,
               speakers: Sequence[str | None], rules: Rules,
               moved: bool = False) -> list[_Stretch]:
    """The runs of words between hard breaks: a change of speaker, or a pause of
    ``rules.pause`` seconds. A gap where cleaning removed words (a filler) is a pause only
    for the silence it holds beyond ``REMOVED_WORD`` seconds for each word removed: the
    time a removed ``um`` took was speech, not a pause to end a cue at. Removed words are
    known by the ids they leave out (across cues only when no cue was ``moved`` into time
    order)."""
    ids, segs, n = transcript.ids, transcript.segment_indices, len(times)
    stretches: list[_Stretch] = []
    lo = 0
    for k in range(1, n + 1):
        if k < n and speakers[k] == speakers[k - 1]:
            gap = times.starts[k] - times.ends[k - 1]
            if gap < rules.pause:
                continue
            known = ids[k] >= 0 and ids[k - 1] >= 0 and (not moved or segs[k] == segs[k - 1])
            removed = ids[k] - ids[k - 1] - 1 if known else 0
            if removed > 0 and gap - REMOVED_WORD * removed < rules.pause:
                continue
        stretches.append(_Stretch(lo, k, times.starts[k] if k < n else float("inf")))
        lo = k
    return stretches


def _cue_words(cue: _Cue, times: WordTimes,
               breaker: LineBreaker) -> CueWords:
    i, j, _ = cue
    return CueWords(times.starts[i], min(times.ends[i:j]), times.starts[j - 1],
                    times.ends[j - 1], breaker.width(i, j), j - i)


def _without_flashes(cues: list[_Cue], times: WordTimes,
                     speakers: Sequence[str | None], breaker: LineBreaker,
                     rules: Rules) -> tuple[list[_Cue], list[tuple[float, float]]]:
    """The cues and their times, each cue too short to read (under ``rules.min_duration``)
    merged with the neighbour nearest in time that it fits one cue with (:func:`_fits`).
    A cue that fits with neither keeps the time :func:`fit_times` gives it, which reaches
    into the silence around it where there is some."""
    short = rules.min_duration - 0.0005
    while True:
        fitted = fit_times([_cue_words(cue, times, breaker) for cue in cues], rules)
        out: list[_Cue] = []
        waiting = fresh = False  # out[-1] waits for this cue; out[-1] was merged in this pass
        for k, cue in enumerate(cues):
            if waiting:
                out[-1], waiting, fresh = _merge(out[-1], cue, breaker), False, True
                continue
            start, end = fitted[k]
            if end - start < short:
                back = bool(out) and not fresh and _fits(out[-1], cue, times, speakers,
                                                         breaker, rules)
                ahead = k + 1 < len(cues) and _fits(cue, cues[k + 1], times, speakers,
                                                    breaker, rules)
                before = start - fitted[k - 1][1] if k else float("inf")
                after = fitted[k + 1][0] - end if k + 1 < len(cues) else float("inf")
                if back and (not ahead or before <= after):
                    out[-1], fresh = _merge(out[-1], cue, breaker), True
                    continue
                waiting = ahead
            out.append(cue)
            fresh = False
        if len(out) == len(cues):
            return cues, fitted
        cues = out


def _fits(a: _Cue, b: _Cue, times: WordTimes,
          speakers: Sequence[str | None], breaker: LineBreaker, rules: Rules) -> bool:
    """Whether two neighbouring cues fit one: one speaker, every line within the limit,
    and the words spoken within the maximum duration."""
    i, j = a[0], b[1]
    if speakers[i] != speakers[b[0]] or times.starts[j - 1] - times.starts[i] > rules.max_duration:
        return False
    _, starts = breaker.split(i, j)
    bounds = [i, *starts, j]
    return all(breaker.width(x, y) <= rules.max_chars for x, y in zip(bounds, bounds[1:]))


def _merge(a: _Cue, b: _Cue, breaker: LineBreaker) -> _Cue:
    """Two neighbouring cues as one, its lines broken anew."""
    return (a[0], b[1], breaker.split(a[0], b[1])[1])


def _laid_out(transcript: Transcript) -> Transcript:
    """The laid-out transcript, no longer marked as rolling captions: its cues are this
    layout's, with their own times (a rolling file's writer would show each caption line
    by its words' span instead)."""
    if not transcript.meta.get("rolling"):
        return transcript
    meta = {key: value for key, value in transcript.meta.items() if key != "rolling"}
    return Transcript(transcript.tokens, transcript.segments, meta)


# Whisper's fields describe one recognized segment, not a cue made of several.
_NO_QUALITY = {"no_speech_prob": None, "avg_logprob": None, "compression_ratio": None}


def _segment(transcript: Transcript, seg: int | None) -> Segment:
    """The segment with this index, or an empty one."""
    if seg is not None and 0 <= seg < len(transcript.segments):
        return transcript.segments[seg]
    return Segment()


def _best_cues(stretch: _Stretch, texts: Sequence[str], costs: Sequence[float],
               times: WordTimes, breaker: LineBreaker,
               rules: Rules) -> list[tuple[int, int, list[int]]]:
    """Cue ends and line breaks for one stretch, at minimum total cost."""
    lo, hi = stretch.lo, stretch.hi
    capacity = rules.max_chars * rules.max_lines
    inf = float("inf")
    # Per word, the least cost of the words before it and where its cue starts: two arrays
    # (16 bytes a word; a stretch can be a whole file), the line breaks found again below.
    best = array("d", [inf]) * (hi - lo + 1)
    back = array("q", [lo]) * (hi - lo + 1)
    best[0] = 0.0
    for i in range(lo, hi):
        if best[i - lo] == inf:
            continue
        start = times.starts[i]
        inside = 0.0
        for j in range(i + 1, hi + 1):
            width = breaker.width(i, j)
            if width > capacity and j > i + 1:
                break
            if j - 1 > i and closes_sentence(texts[j - 2]):
                inside += SENTENCE_INSIDE
            line_cost, _ = breaker.split(i, j)
            cost = CUE + line_cost + inside + (costs[j] if j < hi else 0.0)
            # How long the cue can stay up: to the next word (less the gap), or, at the
            # stretch's end, into the pause after it; never past the maximum duration.
            nxt = times.starts[j] if j < hi else stretch.after
            words_end = times.ends[j - 1]
            room = min(max(nxt - rules.min_gap, words_end), start + rules.max_duration) - start
            need = rules.reading_time(width, j - i)
            if room < need:
                cost += TOO_SHORT * (need - room) / need + (TOO_FAST if need - room > 0.01 else 0)
            last_start, last_end = times.starts[j - 1], times.ends[j - 1]
            overrun = (last_start + last_end) / 2 - start - rules.max_duration
            if overrun > 0:
                cost += TOO_LONG * overrun
            total = best[i - lo] + cost
            if total < best[j - lo]:
                best[j - lo] = total
                back[j - lo] = i
    cues = []
    j = hi
    while j > lo:
        i = back[j - lo]
        cues.append((i, j, breaker.split(i, j)[1]))
        j = i
    return cues[::-1]
