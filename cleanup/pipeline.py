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

import operator
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from itertools import islice
from typing import Any, Callable, Iterable, Iterator, Sequence, Union

from .formats.timecode import format_clock
from .transcript import NO_ID, Token, Transcript


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
            when = f" [{format_clock(self.start)}–{format_clock(self.end)}]"
        before = self.before if self.before else "∅"
        after = self.after if self.after else "∅"
        return f"{self.step}{when}: {before!r} → {after!r}"

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "before": self.before, "after": self.after,
                "start": self.start, "end": self.end}


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
    ``after.tokens[j0:j]`` (``cleanup.decisions`` uses the ranges to undo a change).

    It reads the id and text columns; only the tokens of a changed region are made."""
    if before is after:
        return
    old_ids, new_ids = before.ids, after.ids
    old_text, new_text = before.texts, after.texts
    n_old, n_new = len(old_text), len(new_text)
    in_new, in_old = _shared_ids(old_ids, new_ids)
    i = j = 0
    while i < n_old or j < n_new:
        if i < n_old and j < n_new:
            # The unchanged stretch from here on, compared in C: same id, same text.
            same = _same_run(old_ids, new_ids, old_text, new_text, i, j)
            if same:
                i += same
                j += same
                continue
        i0, j0 = i, j
        while True:  # one changed region: deletions, insertions and rewritten tokens
            while i < n_old and not in_new(i):
                i += 1
            while j < n_new and not in_old(j):
                j += 1
            if (i < n_old and j < n_new and old_ids[i] == new_ids[j]
                    and old_text[i] != new_text[j]):
                i += 1
                j += 1
                continue
            break
        if (i < n_old and j < n_new and old_ids[i] != new_ids[j]) or (i, j) == (i0, j0):
            # A step reordered tokens, or copied one with its id: report the rest as one change.
            i, j = n_old, n_new
        olds, news = before.tokens[i0:i], after.tokens[j0:j]
        start, end = before.span(olds) if olds else after.span(news)
        if not olds or not news:
            # A bare deletion ('uh' → '') says little: show the unchanged words around it.
            lo = 1 if i0 > 0 and j0 > 0 else 0
            hi = 1 if i < n_old and j < n_new else 0
            olds, news = before.tokens[i0 - lo:i + hi], after.tokens[j0 - lo:j + hi]
        before_text, after_text = _join(olds), _join(news)
        if before_text != after_text:  # a token rebuilt with its own text is no change
            yield i0, i, j0, j, Change(step, before_text, after_text, start, end)


def _same_run(old_ids: Sequence[int], new_ids: Sequence[int], old_text: Sequence[str],
              new_text: Sequence[str], i: int, j: int) -> int:
    """How many tokens from ``old[i]`` and ``new[j]`` on have the same id (not none) and
    the same text. Stretches of doubling length are compared in C; the stretch that
    differs is searched token by token, so the work stays linear in the run's length."""
    count, size = 0, 8
    n = min(len(old_ids) - i, len(new_ids) - j)
    while count < n:
        size = min(size, n - count)
        a, b = i + count, j + count
        if (old_ids[a:a + size] == new_ids[b:b + size] and NO_ID not in old_ids[a:a + size]
                and old_text[a:a + size] == new_text[b:b + size]):
            count += size
            size *= 2
            continue
        for k in range(size):
            if (old_ids[a + k] != new_ids[b + k] or old_ids[a + k] == NO_ID
                    or old_text[a + k] != new_text[b + k]):
                return count + k
        count += size  # pragma: no cover - the stretch differed, so the loop returned
    return count


def _shared_ids(old: Sequence[int], new: Sequence[int]) -> tuple[Callable[[int], bool],
                                                                Callable[[int], bool]]:
    """Two tests: whether ``old[i]``, an id, is also some new token's, and the converse.

    Token ids are ascending whole numbers (steps never reorder), so each side's ids are
    searched by bisection in a compact sorted array, rather than a set of every id: two
    such sets per step were most of what explaining a long transcript took beyond the
    transcripts themselves. Ids that are not ascending (a step that reordered tokens or
    copied one with its id) use sets.
    """
    old_ids, new_ids = _sorted_ids(old), _sorted_ids(new)
    if old_ids is None or new_ids is None:
        in_old = set(old) - {NO_ID}
        in_new = set(new) - {NO_ID}
        return (lambda i: old[i] in in_new), (lambda j: new[j] in in_old)
    return (lambda i: _holds(new_ids, old[i])), (lambda j: _holds(old_ids, new[j]))


def _sorted_ids(ids: Sequence[int]) -> Sequence[int] | None:
    """The ids other than none, or ``None`` unless they are in strictly ascending order."""
    if NO_ID in ids:
        ids = array("q", [x for x in ids if x != NO_ID])
    return ids if all(map(operator.lt, ids, islice(ids, 1, None))) else None


def _holds(ids: Sequence[int], x: int) -> bool:
    if x == NO_ID:
        return False
    k = bisect_left(ids, x)
    return k < len(ids) and ids[k] == x


def _join(tokens: Sequence[Token]) -> str:
    return "".join((t.sep if k else "") + t.text for k, t in enumerate(tokens))


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

    def transform(self, transcript: Transcript) -> Transcript:
        """The cleaned transcript. Unlike ``pipeline(transcript)`` (where Python's call
        machinery holds the argument to the end), it frees the input after the first step
        when the caller holds no other reference: ``pipeline.transform(read(path))``."""
        box = [transcript]
        del transcript
        return self._run(box)

    def _run(self, box: list[Transcript]) -> Transcript:
        """Run the steps on the transcript in ``box``, taking it out: when the caller kept
        no other reference, each step's input is freed as soon as that step is done, so a
        long transcript is never held three times (source, step input, step output)."""
        transcript = box.pop()
        for _, step in self._steps:
            transcript = run_step(step, transcript)
        return transcript

    def explain(self, value: Transcript | str) -> Explanation:
        """The cleaned transcript and every change each step made. Like calling the
        pipeline, it keeps no reference to ``value``'s tokens once the first step is done."""
        box = [Transcript.from_text(value) if isinstance(value, str) else value]
        del value
        return self._explain(box)

    def _explain(self, box: list[Transcript]) -> Explanation:
        transcript = box.pop()
        changes: list[Change] = []
        for name, step in self._steps:
            if isinstance(step, Pipeline):
                inner = step._explain([transcript])
                changes.extend(Change(f"{name}.{c.step}", c.before, c.after, c.start, c.end)
                               for c in inner.changes)
                transcript = inner.transcript
                continue
            after = run_step(step, transcript)
            changes.extend(diff_tokens(name, transcript, after))
            transcript = after
        return Explanation(transcript.text, tuple(changes), transcript)
