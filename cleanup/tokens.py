"""A transcript's values: :class:`Token` (one piece of running text) and :class:`Segment`.

A token is one whitespace-delimited piece of text (``"Hello,"`` or ``"it’s"``) with the
whitespace before it, its timing when the source has one, the index of the segment
(Whisper segment, subtitle cue, text paragraph) it came from, and a stable ``id`` that
lets the pipeline tell which tokens a step changed, removed or added.

>>> tok = Token("“Hello,”", start=0.5, end=0.9, segment=0, id=3)
>>> tok.core, tok.parts, type(tok).__name__
('Hello', ('“', 'Hello', ',”'), 'TimedToken')
>>> Token("so", segment=0, id=4)
Token(text='so', sep=' ', start=None, end=None, segment=0, id=4, probability=None)
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, Iterable

from .marks import SPACE, split_punct

try:  # the C accessor that named tuples use
    from _collections import _tuplegetter
except ImportError:  # pragma: no cover - other Pythons
    from operator import itemgetter as _itemgetter

    def _tuplegetter(index: int, doc: str) -> Any:
        return property(_itemgetter(index), doc=doc)


class Token(tuple):
    """One piece of running text with its timing and origin (immutable).

    ``sep`` is the whitespace before the token ("" for the first one), folded to a space,
    a line break or a paragraph break. ``start``/``end`` are seconds or ``None``;
    ``segment`` is the index into :attr:`Transcript.segments`; ``id`` identifies the token
    across pipeline steps (``None`` for a token a step inserted); ``probability`` is the
    recognizer's confidence or ``None``.

    It behaves as a named tuple of those seven fields (``_replace``, ``_asdict``,
    ``_fields``), but a token with no timing and no probability (every token of a plain
    text) stores only four, which makes it quicker to build when a transcript's view makes
    one. Such a token is a ``Token``; one with a timing or probability is a
    :class:`TimedToken`, a subclass.
    """

    __slots__ = ()
    _fields = ("text", "sep", "start", "end", "segment", "id", "probability")
    _field_defaults = {"sep": SPACE, "start": None, "end": None, "segment": None, "id": None,
                       "probability": None}

    text: str = _tuplegetter(0, "The token's text.")
    sep: str = _tuplegetter(1, "The whitespace before it.")
    segment: int | None = _tuplegetter(2, "Its segment's index.")
    id: int | None = _tuplegetter(3, "Its id across steps.")
    start: float | None = None
    end: float | None = None
    probability: float | None = None

    def __new__(cls, text: str, sep: str = SPACE, start: float | None = None,
                end: float | None = None, segment: int | None = None, id: int | None = None,
                probability: float | None = None) -> Token:
        if start is None and end is None and probability is None:
            return _new(Token, (text, sep, segment, id))
        return _new(TimedToken, (text, sep, segment, id, start, end, probability))

    def __getnewargs__(self) -> tuple[Any, ...]:
        return (self.text, self.sep, self.start, self.end, self.segment, self.id,
                self.probability)

    def __repr__(self) -> str:
        return "Token(" + ", ".join(f"{name}={value!r}" for name, value in
                                    zip(self._fields, self.__getnewargs__())) + ")"

    def _asdict(self) -> dict[str, Any]:
        return dict(zip(self._fields, self.__getnewargs__()))

    def _replace(self, **changes: Any) -> Token:
        fields = self._asdict()
        unknown = set(changes) - set(fields)
        if unknown:
            raise ValueError(f"Got unexpected field names: {sorted(unknown)!r}")
        fields.update(changes)
        return Token(**fields)

    @classmethod
    def _make(cls, iterable: Iterable[Any]) -> Token:
        return Token(*iterable)

    def with_text(self, text: str) -> Token:
        return _new(Token, (text, self[1], self[2], self[3]))

    @property
    def parts(self) -> tuple[str, str, str]:
        return split_punct(self.text)

    @property
    def core(self) -> str:
        """The word without surrounding punctuation ('Hello' for '“Hello,”')."""
        return split_punct(self.text)[1]

    @property
    def word(self) -> str:
        """The case-folded core, for comparisons."""
        return split_punct(self.text)[1].casefold()


class TimedToken(Token):
    """A :class:`Token` with a start, an end or a probability (all seven fields stored)."""

    __slots__ = ()
    start: float | None = _tuplegetter(4, "Seconds, or None.")
    end: float | None = _tuplegetter(5, "Seconds, or None.")
    probability: float | None = _tuplegetter(6, "Confidence, or None.")

    def with_text(self, text: str) -> Token:
        return _new(TimedToken, (text,) + self[1:])


_new = tuple.__new__


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of the source: a Whisper segment, a subtitle cue or a text paragraph.

    The Whisper quality fields are ``None`` when the source does not have them.
    """

    start: float | None = None
    end: float | None = None
    no_speech_prob: float | None = None
    avg_logprob: float | None = None
    compression_ratio: float | None = None
    #: Who speaks in this segment (a VTT voice span, a "Name:" or "[doctor]" label), or
    #: ``None``. A speaker is data, not text: normalizers never recase or remove it, and a
    #: change of speaker between segments is a hard boundary (a new turn).
    speaker: str | None = None
    #: The speaker label exactly as the source wrote it, with the whitespace after it
    #: (``"[doctor] "``, ``"Paul Jones: "``), so writers give it back unchanged; ``None``
    #: for a speaker that had no label in the text (a WebVTT ``<v Bob>`` span).
    label: str | None = None
    #: The WebVTT cue identifier the source gave this cue (Teams' ``4f0c.../12-0``, Zoom's
    #: numbers), written back as it was; ``None`` when it had none or the cue is new.
    cue: str | None = None


_untimed = partial(_new, Token)  # an untimed Token from (text, sep, segment, id)
