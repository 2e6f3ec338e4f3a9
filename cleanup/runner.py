"""Running one step of a pipeline: the gate around it, the checks of a plugin's result, and
what the step reports besides its changes.

Every step runs under the run's :class:`~cleanup.gate.Policy` (:func:`cleanup.gate.step_run`):
its commits hold suggestions back and take back edits that would change what was said
(:mod:`cleanup.meaning`). A step that is not cleanup's own (a plugin) is checked too,
since it may build its transcript without a commit:

- it must return a :class:`Transcript`, without raising (a failure is a one-line
  :class:`~cleanup.errors.StepError` naming the step, never a traceback);
- it may not add words nobody said (unless it declares ``invents_words = True``);
- its times must be finite and never end before they start;
- it may not change a speaker label or break the meaning contract, unless it declares
  ``keeps_meaning = False``: the regions that would are put back as they were.

>>> from cleanup.gate import Policy
>>> from cleanup.transcript import Transcript
>>> def invent(t):
...     e = t.edit(); e.rewrite(0, "hello"); return e.commit()
>>> run_checked("invent", invent, Transcript.from_text("hi there"), Policy())
Traceback (most recent call last):
...
cleanup.errors.StepError: step 'invent' (cleanup.runner): added words nobody said: 'hello'
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import regex

from .diff import diff_regions
from .edits import Edits
from .errors import CleanupError, StepError
from .formats.timecode import format_clock
from .gate import Blocked, Held, Policy, StepRun, step_run
from .meaning import broken
from .transcript import Transcript

__all__ = ["BlockedChange", "Suggestion", "describe_held", "restore_regions", "run_checked"]

_WORD = regex.compile(r"[\w\p{N}]+")


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A change a step proposed and did not make: the text before and after, the time
    span, why it was proposed, how likely it is right, and the id of its first token
    (where it is, for a reviewer's decision)."""

    step: str
    before: str
    after: str
    start: float | None
    end: float | None
    evidence: str
    confidence: float
    at: int | None = None

    def describe(self) -> str:
        when = "" if self.start is None or self.end is None else \
            f" [{format_clock(self.start)}–{format_clock(self.end)}]"
        return (f"{self.step}{when}: {self.before or '∅'!r} → {self.after or '∅'!r}? "
                f"({self.evidence}; confidence {self.confidence:.2f})")

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "before": self.before, "after": self.after,
                "start": self.start, "end": self.end, "evidence": self.evidence,
                "confidence": self.confidence, "at": self.at}


@dataclass(frozen=True, slots=True)
class BlockedChange:
    """An edit taken back because it would change what was said: the text it would have
    changed, what it would have made of it, and the rule (``reason``)."""

    step: str
    before: str
    after: str
    reason: str
    start: float | None = None
    end: float | None = None

    def describe(self) -> str:
        when = "" if self.start is None or self.end is None else \
            f" [{format_clock(self.start)}–{format_clock(self.end)}]"
        return f"{self.step}{when}: not made: {self.before!r} → {self.after!r} ({self.reason})"

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "before": self.before, "after": self.after,
                "reason": self.reason, "start": self.start, "end": self.end}


def _trusted(step: Any) -> bool:
    """cleanup's own steps, whose edits all go through a guarded commit."""
    return getattr(type(step), "__module__", "").startswith("cleanup.") and \
        not getattr(step, "__module__", "").startswith("__main__")


def _origin(name: str, step: Any) -> str:
    module = getattr(step, "__module__", None) or getattr(type(step), "__module__", "?")
    return f"step {name!r} ({module})"


def run_checked(name: str, step: Callable[[Transcript], Transcript], transcript: Transcript,
                policy: Policy) -> tuple[Transcript, StepRun]:
    """The step's output on ``transcript`` under ``policy``, checked, and what it reported."""
    from .pipeline import run_step

    with step_run(name, policy, keeps_meaning=getattr(step, "keeps_meaning", True)) as run:
        if _trusted(step):
            after = run_step(step, transcript)
        else:
            try:
                after = run_step(step, transcript)
            except CleanupError:
                raise
            except Exception as exc:  # someone else's code: one line, naming the step
                raise StepError(f"{_origin(name, step)} failed: {_describe(exc)}") from None
            _check_result(name, step, transcript, after)
    if after is transcript or not getattr(step, "keeps_meaning", True):
        return after, run
    if after.segments is not transcript.segments and _labels(after) != _labels(transcript):
        run.blocked.append(Blocked(name, "speaker labels", "", "a speaker label would change",
                                   0, len(transcript.texts)))
        return transcript, run
    if not _trusted(step):
        after = _keep_meaning(name, transcript, after, run)
    return after, run


def _labels(t: Transcript) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.label) for s in t.segments]


def _describe(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {first[0]}" if first else type(exc).__name__


def _check_result(name: str, step: Any, before: Transcript, after: Any) -> None:
    if not isinstance(after, Transcript):
        raise StepError(f"{_origin(name, step)} returned {type(after).__name__}, not a "
                        "transcript")
    if after is before:
        return
    if not getattr(step, "invents_words", False):
        said = _said(before.texts)
        new = [w for w in dict.fromkeys(_words(after.texts)) if w not in said]
        if new:
            shown = ", ".join(repr(w) for w in new[:3]) + (" …" if len(new) > 3 else "")
            raise StepError(f"{_origin(name, step)}: added words nobody said: {shown}")
    for column in (after.starts, after.ends):
        if column is not None and any(t is not None and not (
                isinstance(t, (int, float)) and math.isfinite(t)) for t in column):
            raise StepError(f"{_origin(name, step)}: wrote a time that is not a finite number")
    if after.starts is not None and after.ends is not None and any(
            s is not None and e is not None and e < s for s, e in zip(after.starts, after.ends)):
        raise StepError(f"{_origin(name, step)}: wrote a word that ends before it starts")


def _words(texts: Sequence[str]) -> list[str]:
    return [w.casefold() for text in texts for w in _WORD.findall(text)]


def _said(texts: Sequence[str]) -> set[str]:
    """The words said, case-folded, and each two neighbours joined (``4 th`` → ``4th``):
    a step may join, split or recase words, not add new ones."""
    words = _words(texts)
    return set(words) | {a + b for a, b in zip(words, words[1:])}


def _keep_meaning(name: str, before: Transcript, after: Transcript, run: StepRun) -> Transcript:
    """``after`` with every region that breaks the meaning contract put back."""
    bad = []
    for i0, i, j0, j, change in diff_regions(name, before, after):
        reason = broken(change.before, change.after, lambda: _context(before, i0, i))
        if reason is not None:
            bad.append((i0, i, j0, j))
            run.blocked.append(Blocked(name, change.before, change.after, reason, i0, i))
    return restore_regions(before, after, bad) if bad else after


def _context(t: Transcript, i0: int, i: int) -> str:
    lo, hi = max(0, i0 - 6), min(len(t.texts), i + 6)
    return " ".join(t.texts[lo:hi])


def restore_regions(before: Transcript, after: Transcript,
                    regions: Sequence[tuple[int, int, int, int]]) -> Transcript:
    """``after`` with the given regions put back as they were in ``before`` (regions from
    :func:`~cleanup.diff.diff_regions`: an unchanged token always lies between two)."""
    edits = Edits(after, keeps_meaning=False)  # putting back what was said keeps its meaning
    old_ids, new_ids = before.ids, after.ids
    for i0, i, j0, j in regions:
        edits.replace(j0, j, before.tokens[i0:i])
        if j < len(new_ids) and i < len(old_ids) and new_ids[j] == old_ids[i] \
                and after.seps[j] != before.seps[i]:
            # A removal hands its separator (a paragraph break) to the next word: undo that.
            edits.rewrite(j, after.texts[j], before.seps[i])
    return edits.commit()


def describe_held(name: str, source: Transcript, held: Held) -> Suggestion | None:
    """What a held-back suggestion would change, worked out on the few tokens around it
    (``None`` when applying it would break the meaning contract: it is not offered)."""
    lo, hi = max(0, held.start - 2), min(len(source.texts), held.stop + 2)
    window = Transcript(source.tokens[lo:hi], source.segments, dict(source.meta))
    proposal = held.proposal
    edits = window.edit()
    for op in proposal.ops:
        edits._ops.append(op._replace(start=op.start - lo, stop=op.stop - lo))
    for i, text in proposal.texts.items():
        edits.rewrite(i - lo, text, proposal.seps.get(i))
    with step_run(name, Policy()) as run:
        after = edits.commit()
    if run.blocked:
        return None
    changes = list(diff_regions(name, window, after))
    if not changes:
        return None
    first, last = changes[0][4], changes[-1][4]
    before_text = " ".join(c[4].before for c in changes) if len(changes) > 1 else first.before
    after_text = " ".join(c[4].after for c in changes) if len(changes) > 1 else first.after
    at = next((x for x in source.ids[held.start:held.stop] if x >= 0), None)
    return Suggestion(name, before_text, after_text, first.start, last.end, held.evidence,
                      held.confidence, at)


def blocked_change(source: Transcript, blocked: Blocked) -> BlockedChange:
    """A :class:`~cleanup.gate.Blocked` edit as a report, timed from its source tokens."""
    tokens = source.tokens[blocked.start:blocked.stop]
    start, end = source.span(tokens) if tokens else (None, None)
    return BlockedChange(blocked.step, blocked.before, blocked.after, blocked.reason, start, end)
