"""The gate: which of the edits a step proposes a run lets through.

A step marks a change the text gives no certain evidence for as a suggestion
(``with edits.suggest(evidence, confidence):``, see :mod:`cleanup.edits`). When the step's
edits are committed, each suggestion is either made (the run's policy applies it) or held
back: the text keeps its words, and the run reports the suggestion so that a person can
accept it. The pipeline sets the policy for each step it runs (:func:`step_run`); a step
called on its own, outside any run, holds every suggestion back and reports none.

>>> from cleanup.transcript import Transcript
>>> def stutter_maybe(t):
...     e = t.edit()
...     with e.suggest("the repeat may end one clause and start the next", 0.6):
...         e.drop(1)
...     return e.commit()
>>> t = Transcript.from_text("take you you can't")
>>> with step_run("collapse_repeats", Policy()) as run:
...     stutter_maybe(t).text
"take you you can't"
>>> [(h.evidence, h.start, h.stop) for h in run.held]
[('the repeat may end one clause and start the next', 1, 2)]
>>> with step_run("collapse_repeats", Policy(apply_suggestions=True)):
...     stutter_maybe(t).text
"take you can't"
"""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Sequence

__all__ = ["Blocked", "Held", "Policy", "Proposal", "StepRun", "applied", "blocked",
           "meaning_guarded", "step_run"]


@dataclass
class Proposal:
    """One suggestion as a step records it: why, how likely, and its edits (kept apart
    from the step's certain edits until the commit decides)."""

    evidence: str
    confidence: float
    ops: list = field(default_factory=list)  # drops, splits, merges (commit.Edit)
    texts: dict[int, str] = field(default_factory=dict)  # rewrites: index -> text
    seps: dict[int, str] = field(default_factory=dict)  # and separators

    def __len__(self) -> int:
        return len(self.ops) + len(self.texts) + len(self.seps)

    @property
    def span(self) -> tuple[int, int]:
        """The source tokens ``[start, stop)`` its edits claim."""
        starts = [op.start for op in self.ops] + list(self.texts) + list(self.seps)
        stops = [op.stop for op in self.ops] + [i + 1 for i in (*self.texts, *self.seps)]
        return min(starts), max(stops)


@dataclass(frozen=True)
class Policy:
    """What a run does with suggestions: hold them back (the default: precision first) or
    make them all (``apply_suggestions``, for users who prefer recall)."""

    apply_suggestions: bool = False
    #: The held-back suggestions to make after all (a reviewer accepted them): called with
    #: the commit's source transcript and the suggestion; ``None``: none.
    accept: Callable[[Any, Held], bool] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Held:
    """A suggestion a step's commit held back: the step, the evidence, the confidence and
    the source tokens ``[start, stop)`` of the transcript the step was given."""

    step: str
    evidence: str
    confidence: float
    start: int
    stop: int
    proposal: Proposal = field(repr=False, compare=False)


@dataclass(frozen=True)
class Blocked:
    """An edit taken back because it would change what was said (:mod:`cleanup.meaning`):
    the step, the text before and after, why, and the source tokens ``[start, stop)``."""

    step: str
    before: str
    after: str
    reason: str
    start: int
    stop: int


@dataclass
class StepRun:
    """One step of a run: its name, the policy, the suggestions it held back and the edits
    taken back for breaking the meaning contract."""

    step: str
    policy: Policy
    held: list[Held] = field(default_factory=list)
    blocked: list[Blocked] = field(default_factory=list)
    #: False for a step that declares it replaces what was said on purpose (a redaction):
    #: its commits are not held to the meaning contract.
    keeps_meaning: bool = True


_RUN: ContextVar[StepRun | None] = ContextVar("cleanup_step_run", default=None)


@contextmanager
def step_run(step: str, policy: Policy, *, keeps_meaning: bool = True) -> Iterator[StepRun]:
    """Run a step under ``policy``: its commits report to the :class:`StepRun` yielded."""
    run = StepRun(step, policy, keeps_meaning=keeps_meaning)
    token = _RUN.set(run)
    try:
        yield run
    finally:
        _RUN.reset(token)


def applied(source: Any, proposals: Sequence[Proposal]) -> list[Proposal]:
    """The suggestions a commit on ``source`` makes; the others are held back (and
    reported to the running step, when there is one)."""
    run = _RUN.get()
    if not proposals or run is None:
        return []
    if run.policy.apply_suggestions:
        return list(proposals)
    taken = []
    for proposal in proposals:
        start, stop = proposal.span
        held = Held(run.step, proposal.evidence, proposal.confidence, start, stop, proposal)
        if run.policy.accept is not None and run.policy.accept(source, held):
            taken.append(proposal)
        else:
            run.held.append(held)
    return taken


def blocked(source: Any, start: int, stop: int, before: str, after: str, reason: str) -> None:
    """Report an edit a commit on ``source`` took back (to the running step, if any)."""
    run = _RUN.get()
    if run is not None:
        run.blocked.append(Blocked(run.step, before, after, reason, start, stop))


def meaning_guarded() -> bool:
    """Whether commits now are held to the meaning contract (not inside a step that
    declared ``keeps_meaning = False``)."""
    run = _RUN.get()
    return run is None or run.keeps_meaning


def current() -> StepRun | None:
    """The step now running under a policy, if any."""
    return _RUN.get()
