"""Words: a transcript read word by word, the way every step reads one.

``Words(transcript)`` answers questions about token ``i`` by index, from the columns,
without making an object per token: its parts (``lead``, ``core``, ``trail``), its
comparison ``key``, the next or previous word (punctuation-only tokens skipped), and
whether it starts a sentence, a cue, a line or a speaker's turn. ``words[i]`` is a
:class:`Word` with the same answers as attributes, for code that reads better that way.

>>> from cleanup.transcript import Transcript
>>> words = Words(Transcript.from_text("Dr. Gey said — “It’s fine.” ok"))
>>> w = words[4]
>>> w.index, w.lead, w.core, w.trail, w.key, w.sentence_start
(4, '“', 'It’s', '', "it's", False)
>>> words.next(2), words.previous(4), words.sentence_start(6)
(4, 2, True)
>>> [w.text for w in words.at(words.where(lambda text: text[:1].isupper()))]
['Dr.', 'Gey']

Steps decide what they can once per distinct text (:meth:`Words.where` calls its test
once per spelling) and visit only the positions that can change; flags are worked out
when asked for. Sentence starts are :mod:`cleanup.boundaries`' decisions (``None``:
maybe, after ``p.m.`` or an ellipsis).
"""
from __future__ import annotations

import operator
from itertools import islice
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .boundaries import sentence_start_at
from .columns import flagged
from .lexicon import token_parts
from .marks import LINE, PARAGRAPH
from .tokens import Segment

if TYPE_CHECKING:
    from .transcript import Transcript

_BREAKS = frozenset((LINE, PARAGRAPH))
_BLANK = Segment()


class Words:
    """Positional, read-only access to a transcript's words (see the module docstring)."""

    __slots__ = ("transcript", "texts", "seps", "segment_indices", "_speakers", "_starts")
    _MEMO = 256  # sentence starts remembered: neighbours are asked about together

    def __init__(self, transcript: Transcript) -> None:
        self.transcript = transcript
        self.texts = transcript.texts
        self.seps = transcript.seps
        self.segment_indices = transcript.segment_indices
        self._speakers: list | None = None
        self._starts: dict[int, bool | None] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, i: int) -> Word:
        n = len(self.texts)
        if not -n <= i < n:
            raise IndexError(f"token index {i} out of range ({n} tokens)")
        return Word(self, i + n if i < 0 else i)

    def __iter__(self) -> Iterator[Word]:
        return self.at(range(len(self.texts)))

    def at(self, positions: Iterable[int]) -> Iterator[Word]:
        """The words at these indices (from :meth:`where` or ``transcript.positions``)."""
        return (Word(self, i) for i in positions)

    def where(self, test: Callable[[str], object]) -> Iterator[int]:
        """The indices of the tokens whose text passes ``test``, in order; ``test`` runs
        once per distinct text, and only the indices found are made."""
        return self.transcript.positions({text for text in set(self.texts) if test(text)})

    # ---- one token ---------------------------------------------------------------------------
    def parts(self, i: int) -> tuple[str, str, str]:
        """(lead, core, trail) of token ``i``: ``“Well,`` → ``('“', 'Well', ',')``."""
        return token_parts(self.texts[i])[:3]

    def lead(self, i: int) -> str:
        return token_parts(self.texts[i])[0]

    def core(self, i: int) -> str:
        """The word without its punctuation (``""`` for punctuation alone)."""
        return token_parts(self.texts[i])[1]

    def trail(self, i: int) -> str:
        return token_parts(self.texts[i])[2]

    def key(self, i: int) -> str:
        """How words compare: the core case-folded, ’ and ' alike (``It’S`` → ``it's``)."""
        return token_parts(self.texts[i])[3]

    def is_word(self, i: int) -> bool:
        """Whether token ``i`` holds a word (not punctuation alone: ``—``, ``...``)."""
        return bool(token_parts(self.texts[i])[1])

    def next(self, i: int) -> int | None:
        """The index of the next word after token ``i`` (punctuation skipped), or None."""
        texts, n = self.texts, len(self.texts)
        i += 1
        while i < n and not token_parts(texts[i])[1]:
            i += 1
        return i if i < n else None

    def previous(self, i: int) -> int | None:
        """The index of the word before token ``i`` (punctuation skipped), or None."""
        texts = self.texts
        i -= 1
        while i >= 0 and not token_parts(texts[i])[1]:
            i -= 1
        return i if i >= 0 else None

    # ---- flags -------------------------------------------------------------------------------
    def sentence_start(self, i: int) -> bool | None:
        """Whether token ``i`` starts a sentence: True, False, or None for maybe."""
        memo = self._starts
        if i in memo:
            return memo[i]
        if len(memo) >= self._MEMO:
            memo.clear()
        start = memo[i] = sentence_start_at(self.transcript, i)
        return start

    def new_line(self, i: int) -> bool:
        """Whether a line or paragraph break comes before token ``i``."""
        return self.seps[i] in _BREAKS

    def new_cue(self, i: int) -> bool:
        """Whether token ``i`` opens a segment (a cue, a Whisper segment, a paragraph)."""
        return i == 0 or self.segment_indices[i - 1] != self.segment_indices[i]

    def new_turn(self, i: int) -> bool:
        """Whether token ``i`` opens a turn: the start, a paragraph, or another speaker's
        segment than the token before."""
        if i == 0 or self.seps[i] == PARAGRAPH:
            return True
        prev, seg = self.segment_indices[i - 1], self.segment_indices[i]
        if prev == seg or prev is None or seg is None:
            return False
        speakers = self._speakers
        if speakers is None:
            speakers = self._speakers = [s.speaker for s in self.transcript.segments]
        if not (0 <= prev < len(speakers) and 0 <= seg < len(speakers)):
            return False
        return speakers[prev] != speakers[seg]

    def segment(self, i: int) -> Segment:
        """Token ``i``'s segment (an empty one when it has none)."""
        seg, table = self.segment_indices[i], self.transcript.segments
        return table[seg] if seg is not None and 0 <= seg < len(table) else _BLANK

    # ---- runs of tokens ----------------------------------------------------------------------
    def lines(self, lo: int = 0) -> list[tuple[int, int]]:
        """The ``[start, stop)`` token ranges of the lines: a line starts at a line or
        paragraph break and where the segment changes. From ``lo`` on (a line cut off
        by ``lo`` is left out)."""
        seps, segs, n = self.seps, self.segment_indices, len(self.texts)
        # This runs over every token of a long transcript, and only a few thousand of them
        # start a line: C-level loops mark them a byte a token, and only the marked ones
        # become numbers.
        cuts = set(flagged(bytes(map(_BREAKS.__contains__, islice(seps, lo, None))), lo))
        cuts.update(flagged(bytes(map(operator.ne, islice(segs, lo + 1, None),
                                      islice(segs, lo, None))), lo + 1))
        if lo == 0:
            cuts.add(0)
        bounds = [*sorted(cuts), n] if n > lo else []
        return list(zip(bounds, bounds[1:]))

    def cues(self, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
        """The ``[start, stop)`` token ranges of the segments (cues, paragraphs): the
        :meth:`lines` (or these lines) joined where no segment or paragraph starts."""
        seps, segs = self.seps, self.segment_indices
        merged: list[tuple[int, int]] = []
        for start, stop in self.lines() if lines is None else lines:
            if merged and seps[start] != PARAGRAPH and segs[start] == segs[merged[-1][0]]:
                merged[-1] = (merged[-1][0], stop)
            else:
                merged.append((start, stop))
        return merged


class Word:
    """Token ``index`` of a :class:`Words`, its answers as attributes (made on request)."""

    __slots__ = ("words", "index")

    def __init__(self, words: Words, index: int):
        self.words, self.index = words, index

    def __repr__(self) -> str:
        return f"Word({self.index}, {self.text!r})"

    text = property(lambda self: self.words.texts[self.index], doc="The token's text.")
    sep = property(lambda self: self.words.seps[self.index], doc="The whitespace before it.")
    lead = property(lambda self: self.words.lead(self.index))
    core = property(lambda self: self.words.core(self.index))
    trail = property(lambda self: self.words.trail(self.index))
    key = property(lambda self: self.words.key(self.index))
    is_word = property(lambda self: self.words.is_word(self.index))
    sentence_start = property(lambda self: self.words.sentence_start(self.index))
    new_line = property(lambda self: self.words.new_line(self.index))
    new_cue = property(lambda self: self.words.new_cue(self.index))
    new_turn = property(lambda self: self.words.new_turn(self.index))
    segment = property(lambda self: self.words.segment(self.index))

    def next(self) -> Word | None:
        """The next word (punctuation-only tokens skipped), or None at the end."""
        j = self.words.next(self.index)
        return None if j is None else Word(self.words, j)

    def previous(self) -> Word | None:
        j = self.words.previous(self.index)
        return None if j is None else Word(self.words, j)
