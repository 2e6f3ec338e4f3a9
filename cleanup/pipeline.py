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

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterable, Iterator, Sequence, Union

from .diff import Change, diff_regions, diff_tokens
from .gate import Policy, current, step_run
from .runner import BlockedChange, Suggestion, describe_held, blocked_change, run_checked
from .transcript import Transcript

__all__ = ["Change", "Explanation", "Normalizer", "Pipeline", "Step", "diff_regions",
           "diff_tokens", "explanation", "run_step"]


class Normalizer:
    """Base class for a normalizer: settings in ``__init__``, work in :meth:`transform`.

    Calling a normalizer on a :class:`Transcript` returns a new transcript; calling it on a
    ``str`` returns a ``str`` (handy in tests and one-off use).

    Two declarations a step may make, as class attributes: ``keeps_meaning = False`` for a
    step that replaces numbers, names or negations on purpose (a redaction: the meaning
    contract of :mod:`cleanup.meaning` does not hold it), and ``invents_words = True`` for
    one that writes words nobody said (``[redacted]``).
    """

    keeps_meaning: bool = True
    invents_words: bool = False

    def transform(self, transcript: Transcript) -> Transcript:  # pragma: no cover - abstract
        raise NotImplementedError

    def prepare(self) -> None:
        """Load what the step needs (word tables) now rather than on first use."""

    def __call__(self, value):
        # Called on its own, the step runs as in a pipeline: its declarations hold, and its
        # suggestions are held back. Called inside a run, it keeps that run's policy.
        if current() is not None:
            return self._called(value)
        with step_run(type(self).__name__, Policy(), keeps_meaning=self.keeps_meaning):
            return self._called(value)

    def _called(self, value):
        if isinstance(value, str):
            return self.transform(Transcript.from_text(value)).text
        return self.transform(value)


Step = Union[Normalizer, Callable[[Transcript], Transcript]]


def run_step(step: Step, transcript: Transcript) -> Transcript:
    if isinstance(step, Normalizer):
        return step.transform(transcript)
    return step(transcript)


@dataclass(frozen=True)
class Explanation:
    """What :meth:`Pipeline.explain` returns: the cleaned text and transcript, the changes
    made, the changes suggested and not made (:class:`~cleanup.runner.Suggestion`), and
    the edits taken back because they would have changed what was said
    (:class:`~cleanup.runner.BlockedChange`). The transcript's ``meta`` holds the last two
    as ``suggestions`` and ``blocked`` (plain dicts, for the writers). The text is made
    when first read: a caller that writes the transcript never holds it as one string."""

    changes: tuple[Change, ...]
    transcript: Transcript
    suggestions: tuple[Suggestion, ...] = ()
    blocked: tuple[BlockedChange, ...] = ()

    @cached_property
    def text(self) -> str:
        """The cleaned text (the transcript's)."""
        return self.transcript.text


class Pipeline(Normalizer):
    """An ordered list of named steps; itself a normalizer.

    >>> from cleanup.presets import build_pipeline
    >>> p = build_pipeline("clean")
    >>> "remove_fillers" in p.names
    True
    >>> p.without("remove_fillers")("I’M uh here")
    'I’m uh here'
    """

    def __init__(self, steps: Iterable[tuple[str, Step]], *, policy: Policy | None = None):
        #: What the run does with suggestions (held back by default: precision first).
        self.policy = policy or Policy()
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
            return Pipeline(self._steps[key], policy=self.policy)
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
        return Pipeline(((n, s) for n, s in self._steps if n not in names), policy=self.policy)

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
        for name, step in self._steps:
            transcript, _ = run_checked(name, step, transcript, self.policy)
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
        suggestions: list[Suggestion] = []
        blocked: list[BlockedChange] = []
        for name, step in self._steps:
            if isinstance(step, Pipeline):
                inner = step._explain([transcript])
                changes.extend(Change(f"{name}.{c.step}", c.before, c.after, c.start, c.end)
                               for c in inner.changes)
                suggestions += inner.suggestions
                blocked += inner.blocked
                transcript = inner.transcript
                continue
            after, run = run_checked(name, step, transcript, self.policy)
            changes.extend(diff_tokens(name, transcript, after))
            suggestions += filter(None, (describe_held(name, transcript, h) for h in run.held))
            blocked += (blocked_change(transcript, b) for b in run.blocked)
            transcript = after
        return explanation(transcript, changes, suggestions, blocked)


def explanation(transcript: Transcript, changes: Sequence[Change],
                suggestions: Sequence[Suggestion], blocked: Sequence[BlockedChange]
                ) -> Explanation:
    """The :class:`Explanation` of a run, its suggestions and blocked edits also in the
    transcript's ``meta`` (where the writers find them)."""
    transcript = transcript.with_meta(
        suggestions=tuple(s.as_dict() for s in suggestions) or None,
        blocked=tuple(k.as_dict() for k in blocked) or None)
    return Explanation(tuple(changes), transcript, tuple(suggestions), tuple(blocked))


def flat_steps(pipeline: Pipeline, prefix: str = "") -> Iterator[tuple[str, Step]]:
    """The steps of a pipeline, nested pipelines opened (``outer.inner`` names, as explain)."""
    for name, step in pipeline:
        if isinstance(step, Pipeline):
            yield from flat_steps(step, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", step
