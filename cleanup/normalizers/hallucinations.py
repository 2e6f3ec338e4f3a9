"""Remove what Whisper wrote over silence: ``Thanks for watching!``, ``Subtitles by …``,
a loop of the same cue, a trailing ``you``.

>>> RemoveHallucinations()("It flares up autoimmunity and Hashimoto’s you")
'It flares up autoimmunity and Hashimoto’s'
>>> RemoveHallucinations()("Yeah.\\nYeah.\\nYeah.\\nYeah.\\nOkay, bye.")
'Yeah.\\nOkay, bye.'

A cue or segment is removed only on evidence. Each kind of evidence is one detector below,
a small function that records the token spans to remove in a :class:`Found`:

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
sources. Removal is a mended drop (:meth:`cleanup.edits.Edits.drop`), so kept tokens keep
their timings; the detectors run again until nothing changes, so the step is idempotent.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice
from typing import Callable, Iterator, Sequence

from ..lexicon import (FUNCTION_WORDS, S_CONTRACTIONS, data_sections, is_filler, token_parts,
                       word_key)
from ..phrases import MAX_PHRASE_WORDS, Phrase, longest_period, matches_phrases, parse_phrases
from ..marks import ends_sentence
from ..pipeline import Normalizer
from ..tokens import Segment
from ..transcript import Transcript
from ..words import Words

Span = tuple[int, int]
_TAIL_TOKENS = 400
_NOUN_ENDINGS = ("ity", "tion", "sion", "ness", "ment", "ism", "ance", "ence", "ship",
                 "hood", "ology", "itis", "osis", "emia", "ics")


# ---- what the detectors share -------------------------------------------------------------
@lru_cache(maxsize=1)
def default_phrases() -> dict[str, tuple[str, ...]]:
    """The bundled list by section: ``credits``, ``silence`` (outros) and ``courtesy``."""
    return {"credits": (), "silence": (), "courtesy": (), **data_sections("hallucinations.txt")}


@dataclass
class Found:
    """One round of detection: the transcript's words, its cues and lines (``[start, stop)``
    token ranges), and what the detectors found to remove so far (``spans``; ``removed``: a
    byte a token). ``tail``: look only at the last tokens, in a round after one that removed
    only a trailing word (nothing else can have changed anywhere else)."""

    words: Words
    tail: bool = False
    removed: bytearray = field(init=False)
    spans: list[Span] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.removed = bytearray(len(self.words))

    @cached_property
    def lines(self) -> list[Span]:
        n = len(self.words)
        return self.words.lines(max(0, n - _TAIL_TOKENS) if self.tail else 0)

    @cached_property
    def cues(self) -> list[Span]:
        return self.words.cues(self.lines)

    def drop(self, span: Span) -> None:
        self.spans.append(span)
        start, end = span
        self.removed[start:end] = b"\x01" * (end - start)  # (nothing for an empty span)


def _live(found: Found, unit: Span) -> Iterator[int]:
    """The indices of the words in a cue or line that no detector has removed yet."""
    removed, key = found.removed, found.words.key
    return (i for i in range(*unit) if not removed[i] and key(i))


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
def silent_segments(found: Found, ev: Evidence, known: Sequence[Phrase]) -> None:
    """Segments Whisper's metadata calls silence.

    Dropped whole: a segment with ``no_speech_prob > 0.6`` and ``avg_logprob < -1.0``
    (Whisper's own rule), and a segment made only of known phrases (``Thank you.``) when
    either signal doubts it. With good metadata a ``Thank you.`` is speech and stays.
    """
    words = found.words
    for cue in found.cues:
        seg = words.segment(cue[0])
        if not has_metadata(seg):
            continue
        nsp, alp = seg.no_speech_prob, seg.avg_logprob
        silent = (ev.drop_silent_segments and nsp is not None and alp is not None
                  and nsp > ev.no_speech_threshold and alp < ev.logprob_threshold)
        if silent or (doubtful(seg, ev) and matches_phrases(_cue_key(found, cue, True), known)):
            found.drop(cue)


def looping_segment(found: Found, ev: Evidence) -> None:
    """Inside a segment with ``compression_ratio > 2.4``, keep once the unit that repeats
    over at least half of it: ``to a mod-ox, to a mod-ox, to a mod-ox.`` → ``to a mod-ox.``"""
    for cue in found.cues:
        ratio = found.words.segment(cue[0]).compression_ratio
        if ratio is None or ratio <= ev.compression_ratio_threshold:
            continue
        live = list(_live(found, cue))
        best = longest_period(list(map(found.words.key, live)))
        if best is not None:
            start, period, run = best
            found.drop((live[start + period], live[start + period + run - 1] + 1))


def repeated_cues(found: Found, ev: Evidence) -> None:
    """The same text in ``min_loop`` (3) or more consecutive cues or lines of one speaker:
    a decoding loop. The first copy stays.

    ``Yeah.`` on 17 lines in a row becomes one ``Yeah.``; two copies (``Right. Right.``,
    often two speakers) stay, and so does a repeat across a change of speaker. A cue of one
    word needs one copy more (``No.`` three times may be an answer).
    """
    lines, segment = found.lines, found.words.segment
    k = 0
    while k < len(lines):
        size = lines[k][1] - lines[k][0]
        if k + 1 < len(lines) and lines[k + 1][1] - lines[k + 1][0] != size:
            k += 1  # the common case: the next cue differs in length, no loop starts here
            continue
        text = _cue_key(found, lines[k])
        speaker = segment(lines[k][0]).speaker
        j = k + 1
        while (j < len(lines) and text and _cue_key(found, lines[j]) == text
               and segment(lines[j][0]).speaker == speaker):
            j += 1
        # A one-word answer said three times ("No. No. No.") is as often real: one more.
        needed = ev.min_loop + (1 if len(text) == 1 else 0)
        if text and j - k >= needed:
            found.drop((lines[k + 1][0], lines[j - 1][1]))
        k = max(j, k + 1)


def _cue_key(found: Found, unit: Span, phrase: bool = False) -> tuple[str, ...]:
    """The live words of a cue or line, as keys (``phrase``: no more than a known phrase
    can hold, and one more, which is enough to tell it is no phrase)."""
    keys = map(found.words.key, _live(found, unit))
    return tuple(islice(keys, MAX_PHRASE_WORDS + 1) if phrase else keys)


def credit_lines(found: Found, credits: Sequence[Phrase]) -> None:
    """A credit line that forms a whole sentence (or the rest of a segment) goes:
    ``Done. Transcribed by ESO. Then more.`` → ``Done. Then more.``"""
    words, removed = found.words, found.removed
    segs, key, trail, n = words.segment_indices, words.key, words.trail, len(words)
    starts = {ph.words[0] for ph in credits}
    for i in words.where(lambda text: token_parts(text)[3] in starts):
        if removed[i]:
            continue
        p = i - 1  # the previous live word must end a sentence or another segment
        while p >= 0 and (removed[p] or not key(p)):
            p -= 1
        if p >= 0 and segs[p] == segs[i] and not ends_sentence(trail(p)):
            continue
        end = i
        while (end + 1 < n and segs[end + 1] == segs[i]
               and not ends_sentence(trail(end)) and end - i < MAX_PHRASE_WORDS):
            end += 1
        said = [key(k) for k in range(i, end + 1) if not removed[k] and key(k)]
        if matches_phrases(said, credits):
            found.drop((i, end + 1))


def closing_phrases(found: Found, ev: Evidence, outros: tuple[Phrase, ...],
                    courtesies: tuple[Phrase, ...]) -> None:
    """Cues made only of known phrases, at the very start or the very end.

    An outro (``Thanks for watching!``, ``Please subscribe``) goes on its own evidence; a
    courtesy people really say (``Thank you.``) only when the segment has no metadata (that
    case is :func:`silent_segments`') and a silence of ``courtesy_gap`` (5) seconds separates it
    from the speech. ``That is all.\\n\\nThank you.`` in plain text stays.
    """
    cues, segment = found.cues, found.words.segment
    for order in ((cues[::-1],) if found.tail else (cues, cues[::-1])):
        for n, cue in enumerate(order):
            said = _cue_key(found, cue, True)
            if not said:
                continue
            if has_metadata(segment(cue[0])):
                break
            if matches_phrases(said, outros):
                found.drop(cue)
                continue
            neighbour = next((u for u in order[n + 1:] if next(_live(found, u), -1) >= 0),
                             None)
            if (courtesies and neighbour is not None and matches_phrases(said, outros + courtesies)
                    and _gap(found, cue, neighbour) >= ev.courtesy_gap):
                found.drop(cue)
                continue
            break


def _gap(found: Found, unit: Span, other: Span) -> float:
    """Seconds of silence between two cues, 0 when their times are unknown."""
    first, second = (unit, other) if unit[0] < other[0] else (other, unit)
    end = found.words.segment(first[0]).end
    start = found.words.segment(second[0]).start
    if end is None or start is None:
        return 0.0
    return start - end


def trailing_word(found: Found, ev: Evidence, trailing: frozenset[str]) -> None:
    """A lone ``you`` at the very end goes when the word before cannot take it: a statement's
    end (``.``, ``!``; after a question ``You.`` may be the answer), or a noun with no comma
    (``Hashimoto’s you``); with word timings, a silence of ``silence_gap`` seconds or a word
    probability under ``min_word_probability`` is evidence enough. ``I’ll tell you``,
    ``thank you`` and ``it’s you`` stay."""
    words, t = found.words, found.words.transcript
    key, trail, n = words.key, words.trail, len(words)
    starts, ends, probabilities = t.starts, t.ends, t.probabilities  # None when untimed
    # Fillers do not count: remove_fillers takes them later, and the word before them
    # decides (``you. er you.`` ends like ``you. you.``).
    live = [i for i in range(max(0, n - 64), n)
            if not found.removed[i] and key(i) and not is_filler(key(i))]
    end = n  # punctuation-only tokens after the word go with it
    while len(live) >= 2 and key(live[-1]) in trailing:
        first = len(live) - 1  # ``you you`` at the end is one hallucination
        while first > 0 and key(live[first - 1]) == key(live[-1]) and not trail(live[first - 1]):
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
        before = trail(prev)
        if not (timed or any(ch in ".!…" for ch in before)
                or (not before and _noun_like(words.core(prev)))):
            return
        found.drop((start, end))
        end = start
        del live[first:]


def _noun_like(core: str) -> bool:
    """``Hashimoto’s`` (not ``it’s``), ``autoimmunity``: a noun that cannot take ``you``."""
    low = word_key(core)
    if low.endswith("'s") and len(low) > 2:
        return low[:-2] not in S_CONTRACTIONS
    if low in FUNCTION_WORDS:
        return False
    return low.endswith(_NOUN_ENDINGS) and len(low) > 5


Detector = Callable[[Found], None]


# ---- the step --------------------------------------------------------------------------------
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
        object.__setattr__(self, "_credits",
                           parse_phrases((*bundled.get("credits", ()), *self.credits)))
        object.__setattr__(self, "_outros",
                           parse_phrases((*bundled.get("silence", ()), *self.phrases)))
        object.__setattr__(self, "_courtesies", parse_phrases(bundled.get("courtesy", ())))
        object.__setattr__(self, "_trailing",
                           frozenset(word_key(w) for w in self.trailing_words))

    def detectors(self, transcript: Transcript, tail: bool = False,
                  ) -> tuple[list[tuple[str, Detector]], list[tuple[str, Detector]]]:
        """The named detectors that can apply to this transcript: those that remove whole
        segments, then those that remove pieces of segments (``tail``: only those that
        look at the end).

        Two passes, because a mended drop (:meth:`cleanup.edits.Edits.drop`) mends
        punctuation per run of dropped tokens (a loop's repeats hand their final period to
        the copy that is kept).
        """
        ev, outros, courtesies, trailing = self, self._outros, self._courtesies, self._trailing
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
                found = Found(Words(transcript), tail)
                for name, detect in detectors:
                    count = len(found.spans)
                    detect(found)
                    if len(found.spans) > count:
                        found_by.add(name)
                if found.spans:  # several detectors may find one token: their union goes
                    edits = transcript.edit()
                    edits.drop_all(found.spans)
                    del found  # (its per-token bytes: not kept while the result is built)
                    transcript = edits.commit()
            if transcript is before:
                return transcript
            tail = found_by == {"trailing_word"}
