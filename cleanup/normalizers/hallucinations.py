"""Remove what Whisper wrote over silence: ``Thanks for watching!``, ``Subtitles by …``,
a loop of the same cue, a trailing ``you``.

>>> RemoveHallucinations()("It flares up autoimmunity and Hashimoto’s you")
'It flares up autoimmunity and Hashimoto’s'
>>> RemoveHallucinations()("Yeah.\\nYeah.\\nYeah.\\nYeah.\\nOkay, bye.")
'Yeah.\\nOkay, bye.'

A cue or segment is removed only on evidence. Each kind of evidence is one detector below,
a small function that returns the token spans to remove:

- :func:`silent_segments`: Whisper's own metadata says the segment is silence;
- :func:`looping_segment`: Whisper's compression ratio says a segment loops inside;
- :func:`repeated_cues`: the same text in 3 or more consecutive cues or lines of one
  speaker (``Yeah.`` ×17): the first copy stays;
- :func:`credit_lines`: a subtitle credit (``Subtitles by the Amara.org community``) that
  forms a sentence or a cue of its own, never spoken in a clinic video;
- :func:`closing_phrases`: an outro (``Thanks for watching!``, ``Please subscribe``) that
  forms the first or the last cues; a courtesy that people also say (``Thank you.``) only
  with timing evidence, so a real goodbye in a human transcript stays;
- :func:`trailing_word`: a lone ``you`` at the very end after a statement or a noun.

Run first among the removals (before ``remove_fillers``), while segments still hold the
text Whisper gave them. The phrase list is ``cleanup/data/hallucinations.txt`` with its
sources. Removal goes through :meth:`Transcript.remove`, so kept tokens keep their
timings; the detectors run again until nothing changes, so the step is idempotent.
"""
from __future__ import annotations

import operator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Callable, NamedTuple, Sequence

from ..lexicon import FUNCTION_WORDS, S_CONTRACTIONS, data_sections, is_filler, token_parts, word_key
from ..transcript import LINE, PARAGRAPH, SENTENCE_END, Segment, Transcript, flagged
from ..pipeline import Normalizer

Span = tuple[int, int]
_TAIL_TOKENS = 400
_BREAKS = frozenset((LINE, PARAGRAPH))
_WILDCARD_MAX = 8
_MAX_PHRASE_WORDS = 200
_NOUN_ENDINGS = ("ity", "tion", "sion", "ness", "ment", "ism", "ance", "ence", "ship",
                 "hood", "ology", "itis", "osis", "emia", "ics")


# ---- phrases -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Phrase:
    """A known phrase as word keys; ``open_end``: a final ``*`` takes one to eight words."""

    words: tuple[str, ...]
    open_end: bool = False

    @classmethod
    def parse(cls, line: str) -> Phrase:
        words = tuple(k for k in (token_parts(w)[3] for w in line.split()) if k)
        return cls(words, bool(words) and line.rstrip().endswith("*"))


@lru_cache(maxsize=1)
def default_phrases() -> dict[str, tuple[str, ...]]:
    """The bundled list by section: ``credits``, ``silence`` (outros) and ``courtesy``."""
    return {"credits": (), "silence": (), "courtesy": (), **data_sections("hallucinations.txt")}


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
    if not phrases or len(words) > _MAX_PHRASE_WORDS:
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


# ---- the transcript as the detectors see it ------------------------------------------------
class Unit(NamedTuple):
    """A run of tokens: a segment (cue, paragraph) or a line of one. (A named tuple: a
    long transcript has tens of thousands of lines.)"""

    start: int
    end: int
    segment: Segment

    def indices(self) -> range:
        return range(self.start, self.end)


@dataclass
class View:
    """The transcript's columns, its word keys, and what the detectors have removed so far
    this round. It reads the text, separator and segment columns as they are: no
    :class:`Token` is made, and nothing holds a pointer per token but ``removed``."""

    transcript: Transcript
    #: Look only at the last tokens: a round after one that removed only a trailing word
    #: (nothing else can have changed anywhere else).
    tail: bool = False
    removed: bytearray = field(init=False)
    spans: list[Span] = field(default_factory=list)
    _units: dict[bool, list[Unit]] = field(default_factory=dict)
    texts: tuple[str, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.texts = self.transcript.texts
        self.removed = bytearray(len(self.texts))

    def key(self, i: int) -> str:
        return token_parts(self.texts[i])[3]

    def trail(self, i: int) -> str:
        return token_parts(self.texts[i])[2]

    def live_words(self, unit: Unit) -> list[int]:
        removed, texts = self.removed, self.texts
        return [i for i in unit.indices() if not removed[i] and token_parts(texts[i])[3]]

    def drop(self, span: Span) -> None:
        self.spans.append(span)
        start, end = span
        if end > start:
            self.removed[start:end] = b"\x01" * (end - start)

    def units(self, by_line: bool) -> list[Unit]:
        """Segments in order (and their lines, when ``by_line``), computed once per view."""
        cached = self._units.get(by_line)
        if cached is not None:
            return cached
        seps, segs = self.transcript.seps, self.transcript.segment_indices
        if not by_line:  # whole segments: the lines, joined where no segment or paragraph starts
            merged: list[Unit] = []
            for unit in self.units(by_line=True):
                if merged and seps[unit.start] != PARAGRAPH and \
                        segs[unit.start] == segs[merged[-1].start]:
                    merged[-1] = merged[-1]._replace(end=unit.end)
                else:
                    merged.append(unit)
            self._units[by_line] = merged
            return merged
        n = len(seps)
        lo = max(0, n - _TAIL_TOKENS) if self.tail else 0
        # A unit starts at a line or paragraph break and where the segment index changes.
        # This runs over every token of a long transcript, and only a few thousand of them
        # start a unit: C-level loops mark them a byte a token, and only the marked ones
        # become numbers.
        cuts = set(flagged(bytes(map(_BREAKS.__contains__, islice(seps, lo, None))), lo))
        cuts.update(flagged(bytes(map(operator.ne, islice(segs, lo + 1, None),
                                      islice(segs, lo, None))), lo + 1))
        if lo == 0:
            cuts.add(0)
        bounds = [*sorted(cuts), n] if n > lo else []  # a cut-off first line goes
        table, blank = self.transcript.segments, Segment()
        out = [Unit(a, b, table[s] if s is not None and 0 <= s < len(table) else blank)
               for a, b in zip(bounds, bounds[1:]) for s in (segs[a],)]
        self._units[by_line] = out
        return out


@dataclass(frozen=True)
class Evidence:
    """The thresholds the detectors weigh evidence with (Whisper's own defaults)."""

    no_speech_threshold: float = 0.6
    logprob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4
    drop_silent_segments: bool = True
    silence_gap: float = 2.0
    min_word_probability: float = 0.3
    min_loop: int = 3
    courtesy_gap: float = 5.0


def has_metadata(seg: Segment) -> bool:
    return any(v is not None for v in (seg.no_speech_prob, seg.avg_logprob, seg.compression_ratio))


def doubtful(seg: Segment, ev: Evidence) -> bool:
    """Either of Whisper's signals says the segment may be silence."""
    return ((seg.no_speech_prob is not None and seg.no_speech_prob >= ev.no_speech_threshold)
            or (seg.avg_logprob is not None and seg.avg_logprob <= ev.logprob_threshold))


# ---- the detectors ---------------------------------------------------------------------------
def silent_segments(view: View, ev: Evidence, known: Sequence[Phrase]) -> None:
    """Segments Whisper's metadata calls silence.

    Dropped whole: a segment with ``no_speech_prob > 0.6`` and ``avg_logprob < -1.0``
    (Whisper's own rule), and a segment made only of known phrases (``Thank you.``) when
    either signal doubts it. With good metadata a ``Thank you.`` is speech and stays.
    """
    for unit in view.units(by_line=False):
        seg = unit.segment
        if not has_metadata(seg):
            continue
        nsp, alp = seg.no_speech_prob, seg.avg_logprob
        silent = (ev.drop_silent_segments and nsp is not None and alp is not None
                  and nsp > ev.no_speech_threshold and alp < ev.logprob_threshold)
        if silent or (doubtful(seg, ev) and matches_phrases(
                [view.key(i) for i in view.live_words(unit)], known)):
            view.drop((unit.start, unit.end))


def looping_segment(view: View, ev: Evidence) -> None:
    """Inside a segment with ``compression_ratio > 2.4``, keep once the unit that repeats
    over at least half of it: ``to a mod-ox, to a mod-ox, to a mod-ox.`` → ``to a mod-ox.``"""
    for unit in view.units(by_line=False):
        ratio = unit.segment.compression_ratio
        if ratio is None or ratio <= ev.compression_ratio_threshold:
            continue
        words = view.live_words(unit)
        keys = [view.key(i) for i in words]
        found = _longest_period(keys)
        if found is not None:
            start, period, run = found
            view.drop((words[start + period], words[start + period + run - 1] + 1))


def _longest_period(keys: list[str]) -> tuple[int, int, int] | None:
    """(start, period, run) of the longest stretch where keys repeat at a fixed period,
    when it covers at least half of them; the shortest period wins a tie."""
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


def repeated_cues(view: View, ev: Evidence) -> None:
    """The same text in ``min_loop`` (3) or more consecutive cues or lines of one speaker:
    a decoding loop. The first copy stays.

    ``Yeah.`` on 17 lines in a row becomes one ``Yeah.``; two copies (``Right. Right.``,
    often two speakers) stay, and so does a repeat across a change of speaker. A cue of one
    word needs one copy more (``No.`` three times may be an answer).
    """
    units = view.units(by_line=True)
    k = 0
    while k < len(units):
        size = units[k].end - units[k].start
        if k + 1 < len(units) and units[k + 1].end - units[k + 1].start != size:
            k += 1  # the common case: the next cue differs in length, no loop starts here
            continue
        text = _unit_key(view, units[k])
        j = k + 1
        while (j < len(units) and text and _unit_key(view, units[j]) == text
               and units[j].segment.speaker == units[k].segment.speaker):
            j += 1
        # A one-word answer said three times ("No. No. No.") is as often real: one more.
        needed = ev.min_loop + (1 if len(text) == 1 else 0)
        if text and j - k >= needed:
            view.drop((units[k + 1].start, units[j - 1].end))
        k = max(j, k + 1)


def _unit_key(view: View, unit: Unit) -> tuple[str, ...]:
    return tuple(view.key(i) for i in view.live_words(unit))


def credit_lines(view: View, credits: Sequence[Phrase]) -> None:
    """A credit line that forms a whole sentence (or the rest of a segment) goes:
    ``Done. Transcribed by ESO. Then more.`` → ``Done. Then more.``"""
    texts, segs, removed = view.texts, view.transcript.segment_indices, view.removed
    n = len(texts)
    starts = {ph.words[0] for ph in credits}
    openers = {text for text in set(texts) if token_parts(text)[3] in starts}
    for i in view.transcript.positions(openers):
        if removed[i]:
            continue
        p = i - 1  # the previous live word must end a sentence or another segment
        while p >= 0 and (removed[p] or not view.key(p)):
            p -= 1
        if p >= 0 and segs[p] == segs[i] and not _ends_sentence(view.trail(p)):
            continue
        end = i
        while (end + 1 < n and segs[end + 1] == segs[i]
               and not _ends_sentence(view.trail(end)) and end - i < _MAX_PHRASE_WORDS):
            end += 1
        words = [view.key(k) for k in range(i, end + 1) if not removed[k] and view.key(k)]
        if matches_phrases(words, credits):
            view.drop((i, end + 1))


def closing_phrases(view: View, ev: Evidence, outros: Sequence[Phrase],
                    courtesies: Sequence[Phrase]) -> None:
    """Cues made only of known phrases, at the very start or the very end.

    An outro (``Thanks for watching!``, ``Please subscribe``) goes on its own evidence; a
    courtesy people really say (``Thank you.``) only when the segment has no metadata (that
    case is :func:`silent_segments`') and a silence of ``courtesy_gap`` (5) seconds separates it
    from the speech. ``That is all.\\n\\nThank you.`` in plain text stays.
    """
    units = view.units(by_line=False)
    for order in ((units[::-1],) if view.tail else (units, units[::-1])):
        for n, unit in enumerate(order):
            words = [view.key(i) for i in view.live_words(unit)]
            if not words:
                continue
            if has_metadata(unit.segment):
                break
            if matches_phrases(words, outros):
                view.drop((unit.start, unit.end))
                continue
            neighbour = next((u for u in order[n + 1:] if view.live_words(u)), None)
            if (courtesies and neighbour is not None and matches_phrases(words, outros + courtesies)
                    and _gap(view, unit, neighbour) >= ev.courtesy_gap):
                view.drop((unit.start, unit.end))
                continue
            break


def _gap(view: View, unit: Unit, other: Unit) -> float:
    """Seconds of silence between two units, 0 when their times are unknown."""
    first, second = (unit, other) if unit.start < other.start else (other, unit)
    end = first.segment.end
    start = second.segment.start
    if end is None or start is None:
        return 0.0
    return start - end


def trailing_word(view: View, ev: Evidence, trailing: frozenset[str]) -> None:
    """A lone ``you`` at the very end goes when the word before cannot take it: a statement's
    end (``.``, ``!``; after a question ``You.`` may be the answer), or a noun with no comma
    (``Hashimoto’s you``); with word timings, a silence of ``silence_gap`` seconds or a word
    probability under ``min_word_probability`` is evidence enough. ``I’ll tell you``,
    ``thank you`` and ``it’s you`` stay."""
    t = view.transcript
    n = len(view.texts)
    starts, ends, probabilities = t.starts, t.ends, t.probabilities  # None when untimed
    # Fillers do not count: remove_fillers takes them later, and the word before them
    # decides (``you. er you.`` ends like ``you. you.``).
    live = [i for i in range(max(0, n - 64), n)
            if not view.removed[i] and view.key(i) and not is_filler(view.key(i))]
    end = n  # punctuation-only tokens after the word go with it
    while len(live) >= 2 and view.key(live[-1]) in trailing:
        first = len(live) - 1  # ``you you`` at the end is one hallucination
        while (first > 0 and view.key(live[first - 1]) == view.key(live[-1])
               and not view.trail(live[first - 1])):
            first -= 1
        if first == 0:
            return
        start, prev = live[first], live[first - 1]
        began = starts[start] if starts is not None else None
        ended = ends[prev] if ends is not None else None
        probability = probabilities[start] if probabilities is not None else None
        gap = (began - ended) if began is not None and ended is not None else None
        timed = ((gap is not None and gap >= ev.silence_gap)
                 or (probability is not None and probability < ev.min_word_probability))
        trail = view.trail(prev)
        if not (timed or any(ch in ".!…" for ch in trail)
                or (not trail and _noun_like(token_parts(view.texts[prev])[1]))):
            return
        view.drop((start, end))
        end = start
        del live[first:]


def _ends_sentence(trail: str) -> bool:
    return any(ch in SENTENCE_END for ch in trail)


def _noun_like(core: str) -> bool:
    """``Hashimoto’s`` (not ``it’s``), ``autoimmunity``: a noun that cannot take ``you``."""
    low = word_key(core)
    if low.endswith("'s") and len(low) > 2:
        return low[:-2] not in S_CONTRACTIONS
    if low in FUNCTION_WORDS:
        return False
    return low.endswith(_NOUN_ENDINGS) and len(low) > 5


Detector = Callable[[View], None]


# ---- the step --------------------------------------------------------------------------------
def _phrases(lines: Sequence[str]) -> tuple[Phrase, ...]:
    return tuple(p for p in (Phrase.parse(line) for line in lines) if p.words)


@dataclass(frozen=True)
class RemoveHallucinations(Evidence, Normalizer):
    """Drop Whisper's silence hallucinations where the evidence says they are not speech.

    ``phrases``: more outros to remove at the start or end; ``credits``: more credit lines,
    removed wherever they stand alone; ``builtin``: use the bundled lists;
    ``trailing_words``: words removed alone at the very end (``you``); ``min_loop``: how
    many identical cues in a row make a loop; ``courtesy_gap``: the silence (seconds) that
    makes a final ``Thank you.`` cue a hallucination when Whisper's metadata is absent.
    The :class:`Evidence` thresholds are options too: the step is its own evidence.
    """

    phrases: Sequence[str] = ()
    credits: Sequence[str] = ()
    builtin: bool = True
    trailing_words: Sequence[str] = ("you",)
    _credits: tuple[Phrase, ...] = field(init=False, repr=False, compare=False)
    _outros: tuple[Phrase, ...] = field(init=False, repr=False, compare=False)
    _courtesies: tuple[Phrase, ...] = field(init=False, repr=False, compare=False)
    _trailing: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("phrases", "credits", "trailing_words"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise ValueError(f"{name} must be a list of phrases, got the string {value!r}")
            object.__setattr__(self, name, tuple(value))
        if isinstance(self.min_loop, bool) or not isinstance(self.min_loop, int) \
                or self.min_loop < 2:
            raise ValueError(f"min_loop is a whole number of cues ≥ 2, got {self.min_loop!r}")
        bundled = default_phrases() if self.builtin else {}
        object.__setattr__(self, "_credits", _phrases(bundled.get("credits", ()) + self.credits))
        object.__setattr__(self, "_outros", _phrases(bundled.get("silence", ()) + self.phrases))
        object.__setattr__(self, "_courtesies", _phrases(bundled.get("courtesy", ())))
        object.__setattr__(self, "_trailing",
                           frozenset(word_key(w) for w in self.trailing_words))

    def detectors(self, transcript: Transcript, tail: bool = False,
                  ) -> tuple[list[tuple[str, Detector]], list[tuple[str, Detector]]]:
        """The named detectors that can apply to this transcript: those that remove whole
        segments, then those that remove pieces of segments (``tail``: only those that
        look at the end).

        Two passes, because :meth:`Transcript.remove` mends punctuation per run of removed
        tokens (a loop's repeats hand their final period to the copy that is kept).
        """
        ev, outros, courtesies, trailing = (self, self._outros, self._courtesies,
                                            self._trailing)
        whole: list[tuple[str, Detector]] = []
        pieces: list[tuple[str, Detector]] = []
        if not tail:
            keys = {token_parts(text)[3] for text in set(transcript.texts)}
            credits = tuple(p for p in self._credits if set(p.words) <= keys)
            if any(has_metadata(seg) for seg in transcript.segments):
                known = outros + courtesies + credits
                whole.append(("silent_segments", lambda v: silent_segments(v, ev, known)))
                pieces.append(("looping_segment", lambda v: looping_segment(v, ev)))
            if credits:
                pieces.append(("credit_lines", lambda v: credit_lines(v, credits)))
        whole.append(("repeated_cues", lambda v: repeated_cues(v, ev)))
        whole.append(("closing_phrases", lambda v: closing_phrases(v, ev, outros, courtesies)))
        pieces.append(("trailing_word", lambda v: trailing_word(v, ev, trailing)))
        return whole, pieces

    def transform(self, transcript: Transcript) -> Transcript:
        # A removal can expose another (a second trailing ``you``, an outro that is now
        # the last cue): repeat until nothing changes, so the step is idempotent. After a
        # round that removed only trailing words, only the end can have changed.
        tail = False
        while True:
            before = transcript
            found_by: set[str] = set()
            for detectors in self.detectors(transcript, tail):
                if not transcript.texts:
                    return transcript
                view = View(transcript, tail)
                for name, detect in detectors:
                    found = len(view.spans)
                    detect(view)
                    if len(view.spans) > found:
                        found_by.add(name)
                if view.spans:
                    transcript = transcript.remove(view.spans)
            if transcript is before:
                return transcript
            tail = found_by == {"trailing_word"}
