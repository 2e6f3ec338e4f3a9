"""Remove what Whisper wrote over silence: ``Thank you.``, ``Subtitles by …``, a trailing ``you``.

>>> RemoveHallucinations()("It flares up autoimmunity and Hashimoto’s you")
'It flares up autoimmunity and Hashimoto’s'

Run first among the removals (before ``remove_fillers``), while segments still hold the
text Whisper gave them. The phrase list is ``cleanup/data/hallucinations.txt`` with its
sources; a phrase is removed only where it is a hallucination, by these rules:

1. **Subtitle credits** (the list's ``[credits]``: ``Subtitles by the Amara.org
   community``, ``Transcribed by …``) are never spoken in a clinic video: removed wherever
   they form a sentence or a segment of their own, with or without metadata.
2. **Segments with Whisper metadata** (``no_speech_prob``, ``avg_logprob``,
   ``compression_ratio`` on the :class:`~cleanup.transcript.Segment`):
   - a segment Whisper itself calls silence (``no_speech_prob > 0.6`` and
     ``avg_logprob < -1.0``, its own defaults) is dropped whole (``drop_silent_segments``);
   - a segment made only of known phrases (``Thank you.``, ``Thanks for watching!``,
     ``you``) is dropped when either signal says silence (``no_speech_prob >= 0.6`` or
     ``avg_logprob <= -1.0``); with good metadata it is speech and stays;
   - a segment with ``compression_ratio > 2.4`` is a decoding loop: the unit that repeats
     over at least half of the segment is kept once and its repeats go.
3. **Plain text and subtitles without metadata**: a paragraph (cue) made only of known
   phrases is removed when it comes after the last real one, at the end of the
   transcript; the same phrase inside the text, or as the only paragraph, stays.
   Fillers and immediate repeats do not hide a phrase (``Thank, uh, thank you.``).
4. **A trailing ``you``** (``trailing_words``) at the very end of the transcript goes when
   the word before cannot take it: that word ends a statement (``.``, ``!``; after a
   question ``You.`` may be the answer), or it is a noun with no comma after it (a
   possessive like ``Hashimoto’s`` but not ``it’s``, a noun ending like ``-ity``,
   ``-tion``). With word timings, a silence of ``silence_gap`` seconds before it, or a word
   probability under ``min_word_probability``, is evidence enough. ``I’ll tell you``,
   ``thank you`` and ``it’s you`` stay: a verb or preposition before ``you`` is never
   second-guessed from text alone.

Removal goes through :meth:`Transcript.remove`, so the kept tokens keep their timings.
The rules run again on their own output until nothing changes (a removal can expose a
second trailing ``you``), so the step is idempotent.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Sequence

from ..pipeline import Normalizer
from ..transcript import SENTENCE_END, Segment, Transcript, split_punct
from .fillers import RemoveFillers
from .repeats import FUNCTION_WORDS, token_parts, word_key

Phrase = tuple[tuple[str, ...], bool]  # words, and whether a final * takes the rest
_WILDCARD_MAX = 8

# Pronoun + 's ("it’s you", "that’s you") takes "you"; a noun + 's ("Hashimoto’s") does not.
_PRONOUN_S = frozenset("""
it that what who he she there here where how let when why everyone someone somebody
everybody nobody one this
""".split())
_NOUN_ENDINGS = ("ity", "tion", "sion", "ness", "ment", "ism", "ance", "ence", "ship",
                 "hood", "ology", "itis", "osis", "emia", "ics")


def _phrase(line: str) -> Phrase:
    words = tuple(word_key(split_punct(w)[1]) for w in line.split())
    wild = bool(words) and line.rstrip().endswith("*")
    return tuple(w for w in words if w), wild


@lru_cache(maxsize=1)
def default_phrases() -> dict[str, tuple[str, ...]]:
    """The bundled list as ``{"credits": (...), "silence": (...)}``."""
    text = resources.files("cleanup.data").joinpath("hallucinations.txt").read_text("utf-8")
    sections: dict[str, list[str]] = {"credits": [], "silence": []}
    current = None
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, [])
        elif line and current:
            sections[current].append(line)
    return {k: tuple(v) for k, v in sections.items()}


@lru_cache(maxsize=1)
def _fillers() -> RemoveFillers:
    return RemoveFillers()


def _without_stumbles(words: Sequence[str]) -> list[str]:
    """The words without fillers and immediate repeats, the way the later steps leave them,
    so ``Thank, uh, thank you.`` is still ``thank you`` (and the pipeline stays idempotent)."""
    out: list[str] = []
    for w in words:
        if _fillers().is_filler(w):
            continue
        out.append(w)
        collapsed = True
        while collapsed:
            collapsed = False
            for n in range(1, min(6, len(out) // 2) + 1):
                if out[-2 * n:-n] == out[-n:]:
                    del out[-n:]
                    collapsed = True
                    break
    return out


def _matches_run(words: Sequence[str], phrases: Sequence[Phrase]) -> bool:
    """Whether ``words`` is one or more phrases back to back (``thank you thank you``)."""
    if len(words) > 200:
        return False
    words = _without_stumbles(words)
    m = len(words)
    if not m or m > 200:
        return False
    reach = [False] * (m + 1)
    reach[0] = True
    for i in range(m):
        if not reach[i]:
            continue
        for ph, wild in phrases:
            k = i + len(ph)
            if k > m or tuple(words[i:k]) != ph:
                continue
            if wild:
                for extra in range(1, _WILDCARD_MAX + 1):
                    if k + extra <= m:
                        reach[k + extra] = True
            else:
                reach[k] = True
    return reach[m]


class _TokenView:
    """``view[i]`` is ``fn(tokens[i].text)``, computed on access (``fn`` is cached)."""

    __slots__ = ("_tokens", "_fn")

    def __init__(self, tokens, fn):
        self._tokens, self._fn = tokens, fn

    def __getitem__(self, i: int):
        return self._fn(self._tokens[i].text)

    def __len__(self) -> int:
        return len(self._tokens)


def _key(text: str) -> str:
    return token_parts(text)[3]


def _reverse_segments(transcript: Transcript):
    """(segment, token indices) from the last segment backwards, computed lazily."""
    toks = transcript.tokens
    end = len(toks)
    while end > 0:
        seg = toks[end - 1].segment
        start = end - 1
        while start > 0 and toks[start - 1].segment == seg:
            start -= 1
        yield seg, list(range(start, end))
        end = start


def _has_metadata(seg: Segment) -> bool:
    return any(v is not None for v in (seg.no_speech_prob, seg.avg_logprob, seg.compression_ratio))


def _noun_like(core: str) -> bool:
    low = word_key(core)
    if low.endswith("'s") and len(low) > 2:
        return low[:-2] not in _PRONOUN_S
    if low in FUNCTION_WORDS:
        return False
    return low.endswith(_NOUN_ENDINGS) and len(low) > 5


@dataclass(frozen=True)
class RemoveHallucinations(Normalizer):
    """Drop Whisper's silence hallucinations where the evidence says they are not speech."""

    no_speech_threshold: float = 0.6
    logprob_threshold: float = -1.0
    compression_ratio_threshold: float = 2.4
    drop_silent_segments: bool = True
    silence_gap: float = 2.0
    min_word_probability: float = 0.3
    phrases: Sequence[str] = ()  # more phrases to treat like "Thank you."
    credits: Sequence[str] = ()  # more credit lines, removed wherever they stand alone
    builtin: bool = True
    trailing_words: Sequence[str] = ("you",)

    def __post_init__(self) -> None:
        for name in ("phrases", "credits", "trailing_words"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise ValueError(f"{name} must be a list of phrases, got the string {value!r}")
            object.__setattr__(self, name, tuple(value))
        bundled = default_phrases() if self.builtin else {"credits": (), "silence": ()}
        credits = tuple(_phrase(p) for p in bundled["credits"] + self.credits)
        silence = tuple(_phrase(p) for p in bundled["silence"] + self.phrases)
        object.__setattr__(self, "_credits", tuple(p for p in credits if p[0]))
        object.__setattr__(self, "_credit_starts", frozenset(p[0][0] for p in credits if p[0]))
        object.__setattr__(self, "_known", tuple(p for p in credits + silence if p[0]))
        object.__setattr__(self, "_trailing", frozenset(word_key(w) for w in self.trailing_words))

    def transform(self, transcript: Transcript) -> Transcript:
        # Two passes, because Transcript.remove mends punctuation per run of removed
        # tokens: whole segments go first, then the pieces inside the segments that stay
        # (a loop's repeats must hand their final period to the copy that is kept).
        # A removal can expose another (a second trailing ``you``, a phrase paragraph that is
        # now the last): repeat until nothing changes, so the step is idempotent.
        #
        # The transcript's vocabulary, once: removing tokens never adds a word, so whether
        # a credit line can be present stays known across the rounds below.
        keys = {token_parts(text)[3] for text in {t.text for t in transcript.tokens}}
        credits = any(set(words) <= keys for words, _ in self._credits)
        has_meta = any(_has_metadata(seg) for seg in transcript.segments)
        if not (has_meta or credits or self._ends_in_phrase(transcript)):
            return transcript
        while True:  # each round that changes something removes tokens, so this ends
            before = transcript
            transcript = self._apply(transcript, True, has_meta, credits)
            transcript = self._apply(transcript, False, has_meta, credits)
            if transcript is before:
                break
        return transcript

    def _ends_in_phrase(self, transcript: Transcript) -> bool:
        """Whether the text ends in a trailing ``you`` or a known phrase paragraph: a cheap
        look at the last segment, so that a transcript with neither (nor metadata, nor a
        credit line) skips the rules."""
        toks = transcript.tokens
        if not toks:
            return False
        last_segment, words = toks[-1].segment, []
        for tok in reversed(toks):
            if tok.segment != last_segment or len(words) > 200:
                break
            key = token_parts(tok.text)[3]
            if key:
                words.append(key)
        if not words or words[0] in self._trailing:
            return True
        return len(transcript.segments) > 1 and _matches_run(words[::-1], self._known)

    def _apply(self, transcript: Transcript, whole_segments: bool, has_meta: bool,
               credits: bool) -> Transcript:
        toks = transcript.tokens
        if not toks:
            return transcript
        # Per-token views computed on access: without metadata most rules look only at
        # the end of the transcript, and a full pass per round would dominate the step.
        parts = _TokenView(toks, token_parts)
        keys = _TokenView(toks, _key)
        removed = bytearray(len(toks))
        spans: list[tuple[int, int]] = []

        def drop(start: int, end: int) -> None:
            spans.append((start, end))
            for k in range(start, end):
                removed[k] = 1

        groups = self._segments(transcript) if has_meta else ()
        if whole_segments:
            for seg, idx in groups:
                meta = self._segment(transcript, seg)
                if _has_metadata(meta) and self._silent(meta, [keys[i] for i in idx if keys[i]]):
                    drop(idx[0], idx[-1] + 1)
            self._drop_final_segments(transcript, keys, removed, drop)
        else:
            for seg, idx in groups:
                ratio = self._segment(transcript, seg).compression_ratio
                if ratio is not None and ratio > self.compression_ratio_threshold:
                    self._drop_loop(idx, keys, drop)
            if credits:
                self._drop_credit_sentences(toks, parts, keys, removed, drop)
            self._drop_trailing_word(toks, parts, keys, removed, drop)
        return transcript.remove(spans) if spans else transcript

    def _silent(self, meta: Segment, words: list[str]) -> bool:
        """Whether a segment with metadata is silence (rule 2)."""
        nsp, alp = meta.no_speech_prob, meta.avg_logprob
        whisper_silent = (nsp is not None and alp is not None
                          and nsp > self.no_speech_threshold and alp < self.logprob_threshold)
        if whisper_silent and self.drop_silent_segments:
            return True
        doubtful = ((nsp is not None and nsp >= self.no_speech_threshold)
                    or (alp is not None and alp <= self.logprob_threshold))
        return doubtful and _matches_run(words, self._known)

    # ---- the rules -----------------------------------------------------------------------
    @staticmethod
    def _segments(transcript: Transcript) -> list[tuple[int | None, list[int]]]:
        """Token indices grouped by consecutive segment index, in order."""
        segs = [tok.segment for tok in transcript.tokens]
        cuts = [k for k in range(1, len(segs)) if segs[k] != segs[k - 1]]
        bounds = [0, *cuts, len(segs)]
        return [(segs[a], list(range(a, b))) for a, b in zip(bounds, bounds[1:]) if b > a]

    @staticmethod
    def _segment(transcript: Transcript, seg: int | None) -> Segment:
        if seg is not None and 0 <= seg < len(transcript.segments):
            return transcript.segments[seg]
        return Segment()

    def _drop_loop(self, idx: list[int], keys: list[str], drop) -> None:
        """Keep once the unit that repeats over at least half of a looping segment."""
        w = [i for i in idx if keys[i]]
        m = len(w)
        best = None  # (run, -period, -start, period, run): longest run, then shortest unit
        for p in range(1, m // 2 + 1):
            run = 0
            for i in range(m - p - 1, -1, -1):  # run[i]: how far keys repeat at distance p
                run = run + 1 if keys[w[i]] == keys[w[i + p]] else 0
                if run >= p:
                    cand = (run, -p, -i, p, run)
                    if best is None or cand > best:
                        best = cand
        if best is None:
            return
        _, _, neg_start, p, run = best
        start = -neg_start
        if p + run < m / 2:
            return
        drop(w[start + p], w[start + p + run - 1] + 1)

    def _drop_credit_sentences(self, toks, parts, keys, removed, drop) -> None:
        """A credit line that forms a whole sentence (or the rest of a segment) goes."""
        starts = self._credit_starts
        hot = {text for text in {t.text for t in toks} if _key(text) in starts}
        for i in [k for k, t in enumerate(toks) if t.text in hot]:
            if removed[i]:
                continue
            p = i - 1  # the previous live word must end a sentence or another segment
            while p >= 0 and (removed[p] or not keys[p]):
                p -= 1
            if p >= 0 and toks[p].segment == toks[i].segment and \
                    not any(ch in SENTENCE_END for ch in parts[p][2]):
                continue
            end = i
            while (end + 1 < len(toks) and toks[end + 1].segment == toks[i].segment
                   and not any(ch in SENTENCE_END for ch in parts[end][2]) and end - i < 200):
                end += 1
            live = [keys[k] for k in range(i, end + 1) if not removed[k] and keys[k]]
            if _matches_run(live, self._credits):
                drop(i, end + 1)

    def _drop_final_segments(self, transcript, keys, removed, drop) -> None:
        """Plain text: known-phrase paragraphs after the last real one, at the very end."""
        for seg, idx in _reverse_segments(transcript):
            live = [i for i in idx if not removed[i] and keys[i]]
            if not live:
                continue
            if _has_metadata(self._segment(transcript, seg)) or \
                    not _matches_run([keys[i] for i in live], self._known):
                return
            # never the first: something real must come before
            if not any(keys[i] and not removed[i] for i in range(idx[0] - 1, -1, -1)):
                return
            drop(live[0], idx[-1] + 1)

    def _drop_trailing_word(self, toks, parts, keys, removed, drop) -> None:
        # The trailing words and the one before them: a bounded look at the end.
        live = [i for i in range(max(0, len(toks) - 64), len(toks)) if not removed[i] and keys[i]]
        end = len(toks)  # punctuation-only tokens after the word go with it
        while len(live) >= 2 and keys[live[-1]] in self._trailing:
            # ``you you`` at the end is one hallucination (collapse_repeats would make it one)
            first = len(live) - 1
            while first > 0 and keys[live[first - 1]] == keys[live[-1]] and not parts[live[first - 1]][2]:
                first -= 1
            if first == 0:
                return
            start, prev = live[first], live[first - 1]
            tok, before = toks[start], toks[prev]
            gap = (tok.start - before.end) if tok.start is not None and before.end is not None else None
            timed = ((gap is not None and gap >= self.silence_gap)
                     or (tok.probability is not None and tok.probability < self.min_word_probability))
            trail = parts[prev][2]
            # After a question, ``You.`` may be the answer: only a statement's end counts.
            if not (timed or any(ch in ".!…" for ch in trail)
                    or (not trail and _noun_like(parts[prev][1]))):
                return
            drop(start, end)
            end = start
            del live[first:]
