"""Reviewer decisions in a run: rejected changes not made, accepted suggestions made.

:func:`trace` runs a pipeline step by step, as :meth:`Pipeline.explain` does. Where a
step's change matches a rejected decision it puts that step's input tokens back, so the
later steps see the words as they were; where a step holds back a suggestion that matches
an accepted decision, the step's commit makes it (under the meaning check, as any edit).
The file format, and how a decision says which change it is about, are in
:mod:`cleanup.decision_file`.

>>> from cleanup.presets import build_pipeline
>>> no_um = Decisions((Decision("remove_fillers", "so um I", "so I"),))
>>> trace(build_pipeline("clean"), Transcript.from_text("so um I think")).transcript.text
'So I think'
>>> trace(build_pipeline("clean"), Transcript.from_text("so um I think"), no_um).transcript.text
'So um I think'
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Sequence

from .decision_file import (FORMAT_KEY, SUFFIX, VERSION, Decision, Decisions, DecisionsFile,
                            core, from_data, in_force, load, load_files, match_recordings,
                            parse, salted, source_digest, stored)
from .gate import Held
from .pipeline import (Change, Explanation, Pipeline, diff_regions, explanation,
                       flat_steps)
from .privacy import private_steps
from .runner import (BlockedChange, Suggestion, blocked_change, describe_held, restore_regions,
                     run_checked)
from .transcript import NO_ID, Token, Transcript

__all__ = ["FORMAT_KEY", "SUFFIX", "VERSION", "DecidedPipeline", "Decision", "Decisions",
           "DecisionsFile", "Trace", "TracedChange", "core", "from_data", "in_force", "load",
           "load_files", "match_recordings", "parse", "salted", "settings_of",
           "source_digest", "stored", "trace", "with_decisions"]

#: How far (seconds) a change's start and end may move between runs and still match, when
#: the words it was decided on moved (a new transcription).
TOLERANCE = 1.0
#: How far they may differ when the words are the same (rounding in files and pages).
EPSILON = 0.02


@dataclass(frozen=True)
class TracedChange:
    """A change a step proposed: the change, whether it was rejected, its tokens
    (``before``: the step's input tokens, ``after``: its output tokens), ``at`` (the
    position of its first word in the transcript as read), and whether it is a suggestion
    a reviewer accepted."""

    change: Change
    rejected: bool
    before: tuple[Token, ...]
    after: tuple[Token, ...]
    at: int | None = None
    accepted: bool = False


@dataclass(frozen=True)
class Trace:
    """A pipeline run that kept every proposed change, made or rejected, what the steps
    suggested and had blocked, and the decisions that matched nothing (``unmatched``:
    their numbers in the file, and the decisions). ``suggested_ids``: the ids of the words
    each suggestion is about; ``private``: the names of the run's private steps."""

    source: Transcript
    transcript: Transcript
    changes: tuple[TracedChange, ...]
    suggestions: tuple[Suggestion, ...] = ()
    blocked: tuple[BlockedChange, ...] = ()
    unmatched: tuple[tuple[int, Decision], ...] = ()
    suggested_ids: tuple[tuple[int, ...], ...] = ()
    private: frozenset[str] = frozenset()
    decisions: Decisions | None = None

    def explanation(self) -> Explanation:
        """What :meth:`Pipeline.explain` returns: the changes that were made."""
        made = [c.change for c in self.changes if not c.rejected]
        return explanation(self.transcript, made, self.suggestions, self.blocked)


class _Matcher:
    """The decisions not yet matched, and how to match them: exactly (same position, words
    and time) while the source is the one they were made on, else by words and time."""

    def __init__(self, decisions: Decisions | None, source: Transcript):
        self.decisions = decisions
        numbered = decisions.numbered() if decisions else []
        n = len(decisions.rejected) if decisions else 0
        self.rejected = [(k, d) for k, d in numbered if k <= n]
        self.accepted = [(k, d) for k, d in numbered if k > n]
        self.exact = bool(decisions and decisions.source
                          and decisions.source == source_digest(source))
        self.salt = decisions.salt if decisions else None
        self.taken: list[Suggestion] = []  # the accepted suggestions made, this step

    def gap(self, d: Decision, change: Any, at: int | None) -> float | None:
        """How far a decision is from a change (or suggestion); ``None``: no match."""
        if d.step != change.step:
            return None
        old, new = core(change.before, change.after)
        if d.private:
            if self.salt is None or tuple(d.after.split()) != new or \
                    salted(self.salt, old) != d.digest:
                return None
        elif core(d.before, d.after) != (old, new):
            return None
        if self.exact and d.at is not None and d.at != at:
            return None
        if None in (d.start, d.end, change.start, change.end):
            return 0.0  # untimed text: the words alone decide
        gap = max(abs(d.start - change.start), abs(d.end - change.end))
        return gap if gap <= (EPSILON if self.exact else TOLERANCE) else None

    def reject(self, changes: Sequence[tuple[Change, int | None]]) -> set[int]:
        """The indices of the changes (one step's) that pending rejections match: each
        decision takes the nearest change it matches."""
        out: set[int] = set()
        for entry in list(self.rejected):
            _, d = entry
            best = min(((g, abs((d.at or 0) - (at or 0)), i) for i, (c, at) in enumerate(changes)
                        if i not in out and (g := self.gap(d, c, at)) is not None), default=None)
            if best is not None:
                out.add(best[2])
                self.rejected.remove(entry)
        return out

    def accept(self, source: Any, held: Held) -> bool:
        """Whether a held-back suggestion is one a pending decision accepts (then made)."""
        if not self.accepted:
            return False
        suggestion = describe_held(held.step, source, held)
        if suggestion is None:
            return False
        best = min(((g, k) for k, (_, d) in enumerate(self.accepted)
                    if (g := self.gap(d, suggestion, suggestion.at)) is not None), default=None)
        if best is None:
            return False
        del self.accepted[best[1]]
        self.taken.append(suggestion)
        return True

    def unmatched(self) -> tuple[tuple[int, Decision], ...]:
        return tuple(sorted(self.rejected + self.accepted, key=lambda e: e[0]))


def _position(before: Transcript, after: Transcript, region: tuple[int, int, int, int]
              ) -> int | None:
    """``at`` of a region: the id of its first word that has one (the input's, else the
    output's, else the next word's)."""
    i0, i, j0, j = region
    for ids, lo, hi in ((before.ids, i0, i), (after.ids, j0, j), (before.ids, i, len(before.ids))):
        for x in ids[lo:hi]:
            if x != NO_ID:
                return int(x)
    return None


def trace(pipeline: Pipeline, transcript: Transcript,
          decisions: Decisions | None = None) -> Trace:
    """Run ``pipeline`` on ``transcript`` without the changes ``decisions`` rejects, and
    with the suggestions it accepts."""
    if decisions is not None and not decisions.applies_to(transcript):
        decisions = None
    matcher = _Matcher(decisions, transcript)
    policy = replace(pipeline.policy, accept=matcher.accept) if matcher.accepted \
        else pipeline.policy
    private = private_steps(pipeline)
    proposed: list[TracedChange] = []
    suggestions: list[Suggestion] = []
    suggested: list[tuple[int, ...]] = []
    blocked: list[BlockedChange] = []
    current = transcript
    for name, step in flat_steps(pipeline):
        matcher.taken = []
        after, run = run_checked(name, step, current, policy)
        for h in run.held:
            s = describe_held(name, current, h)
            if s is not None:
                suggestions.append(s)
                suggested.append(tuple(int(x) for x in current.ids[h.start:h.stop] if x != NO_ID))
        blocked += (blocked_change(current, b) for b in run.blocked)
        regions = list(diff_regions(name, current, after))
        at = [_position(current, after, r[:4]) for r in regions]
        rejected = matcher.reject([(r[4], a) for r, a in zip(regions, at)])
        taken = {(s.at, core(s.before, s.after)) for s in matcher.taken}
        for k, ((i0, i, j0, j, change), a) in enumerate(zip(regions, at)):
            proposed.append(TracedChange(change, k in rejected, current.tokens[i0:i],
                                         after.tokens[j0:j], a,
                                         (a, core(change.before, change.after)) in taken))
        undo = [regions[k][:4] for k in sorted(rejected)]
        current = restore_regions(current, after, undo) if undo else after
        if undo and name in private:
            current = _forget_redactions(current, undo)
    if decisions is not None:
        current = current.with_meta(decisions=decisions.as_dict())
    return Trace(transcript, current, tuple(proposed), tuple(suggestions), tuple(blocked),
                 matcher.unmatched(), tuple(suggested), private, decisions)


def _forget_redactions(t: Transcript, undone: Sequence[tuple[int, int, int, int]]) -> Transcript:
    """A private step's list of what it replaced (``meta["redactions"]``, ``tokens`` a
    range of its input) without the replacements a reviewer rejected."""
    records = t.meta.get("redactions")
    if not records:
        return t

    def rejected(record: Any) -> bool:
        span = record.get("tokens") if isinstance(record, dict) else None
        if not isinstance(span, (list, tuple)) or len(span) != 2:
            return False
        return any(span[0] < i and i0 < span[1] for i0, i, _, _ in undone)

    return t.with_meta(redactions=[r for r in records if not rejected(r)])


class DecidedPipeline(Pipeline):
    """A pipeline that honours a reviewer's decisions.

    It has the same steps (so run settings and ``cleanup steps`` see the same pipeline);
    ``explain`` and calling it run :func:`trace` with the decisions. ``unmatched`` holds
    the decisions that matched no change in its last run.
    """

    def __init__(self, pipeline: Pipeline, decisions: Decisions):
        super().__init__(pipeline.steps, policy=pipeline.policy)
        self.decisions = decisions
        self.unmatched: tuple[tuple[int, Decision], ...] = ()

    def __repr__(self) -> str:
        return f"DecidedPipeline({super().__repr__()}, {len(self.decisions)} decisions)"

    def transform(self, transcript: Transcript) -> Transcript:
        return self._explain([transcript]).transcript

    def _explain(self, box: list[Transcript]) -> Explanation:
        run = trace(Pipeline(self.steps, policy=self.policy), box.pop(), self.decisions)
        self.unmatched = run.unmatched
        return run.explanation()


def unmatched_lines(label: str, unmatched: Sequence[tuple[int, Decision]]) -> list[str]:
    """One line per decision that matched no change:
    ``a.decisions.json: decision 3 (remove_fillers 'uh' at 0:00.90) matches no change``."""
    return [f"{label}: decision {k} ({d.describe()}) matches no change" for k, d in unmatched]


def settings_of(pipeline: Pipeline) -> dict[str, str]:
    """``{"decisions": fingerprint}`` for a pipeline with decisions, else ``{}``: what a
    batch run stores among its settings, so that other decisions redo the file."""
    decisions = getattr(pipeline, "decisions", None)
    if not decisions:
        return {}
    return {"decisions": hashlib.sha256(decisions.dumps().encode("utf-8")).hexdigest()[:16]}


def with_decisions(pipeline: Pipeline, path: str | Path | None) -> Pipeline:
    """``pipeline`` itself without a decisions file, else one that honours the file."""
    if not path:
        return pipeline
    return DecidedPipeline(pipeline, load(path))
