"""Pipeline: named normalizer steps, itself a normalizer, that can explain what it changed.

Like scikit-learn's ``Pipeline`` the steps are ``(name, normalizer)`` pairs with unique
names, indexable by name or position and sliceable; like ftfy's ``fix_and_explain`` the
pipeline reports each change, recorded by comparing every step's input and output tokens,
so no normalizer writes bookkeeping code.

>>> from cleanup.normalizers.pronoun import CapitalizePronounI
>>> p = Pipeline([("capitalize_pronoun_i", CapitalizePronounI())])
>>> p("so i think")
'so I think'
>>> p.explain("so i think").changes[0].after
'I'
"""
from __future__ import annotations

import gc
import operator
from array import array
from bisect import bisect_left
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Sequence, Union

from .transcript import Token, Transcript


class Normalizer:
    """Base class for a normalizer: settings in ``__init__``, work in :meth:`transform`.

    Calling a normalizer on a :class:`Transcript` returns a new transcript; calling it on a
    ``str`` returns a ``str`` (handy in tests and one-off use).
    """

    def transform(self, transcript: Transcript) -> Transcript:  # pragma: no cover - abstract
        raise NotImplementedError

    def prepare(self) -> None:
        """Load what the step needs (word tables) now rather than on first use."""

    def __call__(self, value):
        if isinstance(value, str):
            return self.transform(Transcript.from_text(value)).text
        return self.transform(value)


Step = Union[Normalizer, Callable[[Transcript], Transcript]]


def run_step(step: Step, transcript: Transcript) -> Transcript:
    if isinstance(step, Normalizer):
        return step.transform(transcript)
    return step(transcript)


@dataclass(frozen=True, slots=True)
class Change:
    """One change a step made: the text before and after, and its time span when known.

    With slots, no dictionary per change: a long caption file can have 100,000 changes."""

    step: str
    before: str
    after: str
    start: float | None = None
    end: float | None = None

    def describe(self) -> str:
        when = ""
        if self.start is not None and self.end is not None:
            when = f" [{_clock(self.start)}–{_clock(self.end)}]"
        before = self.before if self.before else "∅"
        after = self.after if self.after else "∅"
        return f"{self.step}{when}: {before!r} → {after!r}"

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "before": self.before, "after": self.after,
                "start": self.start, "end": self.end}


def _clock(seconds: float) -> str:
    m, s = divmod(seconds, 60)
    h, m = divmod(int(m), 60)
    return f"{h:d}:{m:02d}:{s:05.2f}" if h else f"{m:d}:{s:05.2f}"


@dataclass(frozen=True)
class Explanation:
    """What :meth:`Pipeline.explain` returns: the cleaned text and transcript, and the changes."""

    text: str
    changes: tuple[Change, ...]
    transcript: Transcript


def diff_tokens(step: str, before: Transcript, after: Transcript) -> list[Change]:
    """Changes between two token sequences, aligned by token id (steps never reorder)."""
    return [change for *_, change in diff_regions(step, before, after)]


def diff_regions(step: str, before: Transcript,
                 after: Transcript) -> Iterator[tuple[int, int, int, int, Change]]:
    """Each change with the tokens it covers: ``before.tokens[i0:i]`` became
    ``after.tokens[j0:j]`` (``cleanup.decisions`` uses the ranges to undo a change)."""
    if before is after:
        return
    old, new = before.tokens, after.tokens
    in_new, in_old = _shared_ids(old, new)
    i = j = 0
    while i < len(old) or j < len(new):
        if (i < len(old) and j < len(new) and old[i].id == new[j].id
                and old[i].id is not None and old[i].text == new[j].text):
            i += 1
            j += 1
            continue
        i0, j0 = i, j
        while True:  # one changed region: deletions, insertions and rewritten tokens
            while i < len(old) and not in_new(i):
                i += 1
            while j < len(new) and not in_old(j):
                j += 1
            if (i < len(old) and j < len(new) and old[i].id == new[j].id
                    and old[i].text != new[j].text):
                i += 1
                j += 1
                continue
            break
        if (i < len(old) and j < len(new) and old[i].id != new[j].id) or (i, j) == (i0, j0):
            # A step reordered tokens, or copied one with its id: report the rest as one change.
            i, j = len(old), len(new)
        olds, news = old[i0:i], new[j0:j]
        start, end = before.span(olds) if olds else after.span(news)
        if not olds or not news:
            # A bare deletion ('uh' → '') says little: show the unchanged words around it.
            lo = 1 if i0 > 0 and j0 > 0 else 0
            hi = 1 if i < len(old) and j < len(new) else 0
            olds, news = old[i0 - lo:i + hi], new[j0 - lo:j + hi]
        before_text, after_text = _join(olds), _join(news)
        if before_text != after_text:  # a token rebuilt with its own text is no change
            yield i0, i, j0, j, Change(step, before_text, after_text, start, end)


def _shared_ids(old: Sequence[Token], new: Sequence[Token]) -> tuple[Callable[[int], bool],
                                                                    Callable[[int], bool]]:
    """Two tests: whether ``old[i]``'s id is also some new token's, and the converse.

    Token ids are ascending whole numbers (steps never reorder), so each side's ids go in
    a compact sorted array searched by bisection, rather than a set of every id: two such
    sets per step were most of what explaining a long transcript took beyond the
    transcripts themselves. Ids that are not ascending whole numbers use sets, as before.
    """
    old_ids, new_ids = _sorted_ids(old), _sorted_ids(new)
    if old_ids is None or new_ids is None:
        in_old = {t.id for t in old if t.id is not None}
        in_new = {t.id for t in new if t.id is not None}
        return (lambda i: old[i].id is not None and old[i].id in in_new,
                lambda j: new[j].id is not None and new[j].id in in_old)
    return (lambda i: _holds(new_ids, old[i].id)), (lambda j: _holds(old_ids, new[j].id))


def _sorted_ids(tokens: Sequence[Token]) -> array | None:
    """The tokens' ids (``None`` aside) as an array, or ``None`` unless they are whole
    numbers in strictly ascending order."""
    try:
        ids = array("q", [t.id for t in tokens if t.id is not None])
    except (TypeError, OverflowError):
        return None
    return ids if all(map(operator.lt, ids, islice(ids, 1, None))) else None


def _holds(ids: array, x: int | None) -> bool:
    if x is None:
        return False
    k = bisect_left(ids, x)
    return k < len(ids) and ids[k] == x


def _join(tokens: Sequence[Token]) -> str:
    return "".join((t.sep if k else "") + t.text for k, t in enumerate(tokens))


@contextmanager
def _collector_paused():
    """Pause the cyclic garbage collector while a pipeline runs.

    Cleaning allocates hundreds of thousands of small immutable objects and frees them
    step by step (no cycles); the collector's generation scans over them cost a fifth of
    the run time. Reference counting still frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Pipeline(Normalizer):
    """An ordered list of named steps; itself a normalizer.

    >>> from cleanup.presets import build_pipeline
    >>> p = build_pipeline("clean")
    >>> "remove_fillers" in p.names
    True
    >>> p.without("remove_fillers")("I’M uh here")
    'I’m uh here'
    """

    def __init__(self, steps: Iterable[tuple[str, Step]]):
        self._steps: tuple[tuple[str, Step], ...] = tuple(steps)
        seen: set[str] = set()
        for item in self._steps:
            if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
                raise TypeError(f"pipeline steps are (name, normalizer) pairs, got {item!r}")
            name, step = item
            if name in seen:
                raise ValueError(f"duplicate step name {name!r} in pipeline")
            if not callable(step):
                raise TypeError(f"step {name!r} is not callable")
            seen.add(name)

    @property
    def steps(self) -> list[tuple[str, Step]]:
        return list(self._steps)

    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._steps]

    def __len__(self) -> int:
        return len(self._steps)

    def __iter__(self) -> Iterator[tuple[str, Step]]:
        return iter(self._steps)

    def __getitem__(self, key):
        if isinstance(key, slice):
            return Pipeline(self._steps[key])
        if isinstance(key, int):
            return self._steps[key][1]
        for name, step in self._steps:
            if name == key:
                return step
        raise KeyError(f"no step named {key!r}; steps: {', '.join(self.names)}")

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __repr__(self) -> str:
        return f"Pipeline([{', '.join(repr(n) for n in self.names)}])"

    def prepare(self) -> None:
        """Load every step's data now: ``cleanup transcribe`` does it while the model loads."""
        for _, step in self._steps:
            if isinstance(step, Normalizer):
                step.prepare()

    def without(self, *names: str) -> Pipeline:
        """A copy with the named steps disabled (removed); unknown names are an error."""
        unknown = [n for n in names if n not in self.names]
        if unknown:
            raise KeyError(f"no step named {unknown[0]!r}; steps: {', '.join(self.names)}")
        return Pipeline((n, s) for n, s in self._steps if n not in names)

    def __call__(self, value):
        with _collector_paused():  # around tokenizing a str too
            return super().__call__(value)

    def transform(self, transcript: Transcript) -> Transcript:
        for _, step in self._steps:
            transcript = run_step(step, transcript)
        return transcript

    def explain(self, value: Transcript | str) -> Explanation:
        transcript = Transcript.from_text(value) if isinstance(value, str) else value
        with _collector_paused():
            return self._explain(transcript)

    def _explain(self, transcript: Transcript) -> Explanation:
        changes: list[Change] = []
        for name, step in self._steps:
            if isinstance(step, Pipeline):
                inner = step._explain(transcript)
                changes.extend(Change(f"{name}.{c.step}", c.before, c.after, c.start, c.end)
                               for c in inner.changes)
                transcript = inner.transcript
                continue
            after = run_step(step, transcript)
            changes.extend(diff_tokens(name, transcript, after))
            transcript = after
        return Explanation(transcript.text, tuple(changes), transcript)
