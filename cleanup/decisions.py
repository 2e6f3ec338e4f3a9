"""Reviewer decisions: the changes a person rejected, kept out of every later run.

The review page (``cleanup review``) saves ``NAME.decisions.json``; ``cleanup fix`` and
``cleanup transcribe`` take it with ``--decisions`` and do not make the rejected changes::

    {"cleanup_decisions": 1, "name": "visit",
     "rejected": [{"step": "remove_fillers", "before": "coming in, um, today",
                   "after": "coming in today", "start": 2.1, "end": 2.34}]}

:func:`trace` runs a pipeline step by step, as :meth:`Pipeline.explain` does, and where a
step's change matches a rejected one it puts that step's input tokens back, so the later
steps see the words as they were. A decision matches a change by step, text before and
after (the words it changed), and time span (within :data:`TOLERANCE` seconds, the
nearest first), never by position, so it still applies after a re-transcription that
moved other words.

>>> from cleanup.presets import build_pipeline
>>> no_um = Decisions((Decision("remove_fillers", "so um I", "so I"),))
>>> trace(build_pipeline("clean"), Transcript.from_text("so um I think")).transcript.text
'So I think'
>>> trace(build_pipeline("clean"), Transcript.from_text("so um I think"), no_um).transcript.text
'So um I think'
"""
from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .errors import InputError, read_text
from .pipeline import Change, Explanation, Pipeline, Step, diff_regions, explanation
from .runner import (BlockedChange, Suggestion, blocked_change, describe_held, restore_regions,
                     run_checked)
from .transcript import Token, Transcript

FORMAT_KEY = "cleanup_decisions"
VERSION = 1
#: How far (seconds) a change's start and end may move between runs and still match.
TOLERANCE = 1.0


def _core(step: str, before: str, after: str) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """What a change is, for matching: its step and the words it changed. The unchanged
    words a deletion shows around itself (``today. um, so`` → ``today. so``) are left
    out, so a decision still matches when another step or decision changed a neighbour."""
    old, new = before.split(), after.split()
    lead = 0
    while lead < min(len(old), len(new)) and old[lead] == new[lead]:
        lead += 1
    tail = 0
    while tail < min(len(old), len(new)) - lead and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return step, tuple(old[lead:len(old) - tail]), tuple(new[lead:len(new) - tail])


@dataclass(frozen=True)
class Decision:
    """One rejected change: the step, its text before and after, and its time span."""

    step: str
    before: str
    after: str
    start: float | None = None
    end: float | None = None

    def distance(self, change: Change) -> float | None:
        """How far apart in time this decision and a change are; ``None``: no match."""
        if _core(self.step, self.before, self.after) != \
                _core(change.step, change.before, change.after):
            return None
        if None in (self.start, self.end, change.start, change.end):
            return 0.0  # untimed text: the text alone decides
        gap = max(abs(self.start - change.start), abs(self.end - change.end))
        return gap if gap <= TOLERANCE else None

    def as_dict(self) -> dict[str, Any]:
        return {"step": self.step, "before": self.before, "after": self.after,
                "start": self.start, "end": self.end}

    @classmethod
    def of(cls, change: Change) -> Decision:
        return cls(change.step, change.before, change.after, change.start, change.end)


@dataclass(frozen=True)
class Decisions:
    """The rejected changes for one transcript (``name`` is its file stem, when known)."""

    rejected: tuple[Decision, ...] = ()
    name: str | None = None

    def __len__(self) -> int:
        return len(self.rejected)

    def applies_to(self, transcript: Transcript) -> bool:
        """False when the transcript names its source and that is another file's."""
        source = transcript.meta.get("source")
        return not (self.name and source) or Path(str(source)).stem == self.name

    def dumps(self) -> str:
        data = {FORMAT_KEY: VERSION, **({"name": self.name} if self.name else {}),
                "rejected": [d.as_dict() for d in self.rejected]}
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


#: The most characters a number in a decisions file may have: a time needs a dozen; a
#: 5000-digit integer is refused before Python converts it (and a 400-digit one before
#: it overflows a float).
MAX_NUMBER_LENGTH = 30


class _Refused(ValueError):
    """A JSON value a decisions file cannot hold (raised inside the JSON parser)."""


def _parse_number(text: str) -> float | int:
    if len(text) > MAX_NUMBER_LENGTH:
        raise _Refused(f"a number {len(text)} characters long (at most {MAX_NUMBER_LENGTH})")
    return float(text) if any(c in text for c in ".eE") else int(text)


def _refuse_constant(text: str) -> None:
    raise _Refused(f"{text} is not a number JSON allows")


def _json(content: str, name: str) -> Any:
    """The JSON value of ``content``; every way it can fail an :class:`InputError`."""
    try:
        return json.loads(content, parse_int=_parse_number, parse_float=_parse_number,
                          parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"invalid JSON: {exc.msg} at line {exc.lineno}") from None
    except RecursionError:
        raise InputError(name, "invalid JSON: nested too deeply") from None
    except _Refused as exc:
        raise InputError(name, f"invalid JSON: {exc}") from None


def _number(value: Any, where: str, name: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InputError(name, f"{where}: expected a number of seconds, got {value!r}")
    if not math.isfinite(value) or value < 0:  # 1e999 parses as inf
        raise InputError(name, f"{where}: expected a number of seconds, got {value!r}")
    return float(value)


def parse(content: str, name: str = "<decisions>") -> Decisions:
    """Decisions from the text of a decisions file; :class:`InputError` names what is wrong."""
    data = _json(content, name)
    if not isinstance(data, dict) or FORMAT_KEY not in data:
        raise InputError(name, f"not a decisions file (no {FORMAT_KEY!r} key); "
                               "save one from the review page")
    version = data[FORMAT_KEY]
    if isinstance(version, bool) or version != VERSION:
        raise InputError(name, f"unsupported decisions version {version!r} "
                               f"(this cleanup reads version {VERSION})")
    rejected = data.get("rejected", [])
    if not isinstance(rejected, list):
        raise InputError(name, "'rejected' is not a list")
    out = []
    for k, item in enumerate(rejected):
        where = f"rejected[{k}]"
        if not isinstance(item, dict):
            raise InputError(name, f"{where} is not an object")
        for field in ("step", "before", "after"):
            if not isinstance(item.get(field), str):
                raise InputError(name, f"{where}: {field!r} is missing or not text")
        out.append(Decision(item["step"], item["before"], item["after"],
                            _number(item.get("start"), where, name),
                            _number(item.get("end"), where, name)))
    label = data.get("name")
    if label is not None and not isinstance(label, str):
        raise InputError(name, "'name' is not text")
    return Decisions(tuple(out), label or None)


def load(path: str | Path) -> Decisions:
    """Read a decisions file; a missing or malformed file is an :class:`InputError`."""
    return parse(read_text(path, "a decisions file"), str(path))


# ---- several files, each for its own recording ---------------------------------------------

SUFFIX = ".decisions.json"


@dataclass(frozen=True)
class DecisionsFile:
    """A decisions file and the recording it is for: ``key`` is that recording's path
    without its extension, as far as it is known: ``visit`` (its ``name``) for a file given
    by name, ``2024/visit`` for ``2024/visit.decisions.json`` found in a folder given."""

    path: Path
    decisions: Decisions
    key: str


def load_files(paths: Iterable[str | Path]) -> list[DecisionsFile]:
    """The decisions files named, a folder standing for every ``*.decisions.json`` under it;
    an :class:`InputError` for one that is missing or malformed, or a folder with none."""
    found: list[DecisionsFile] = []
    for given in paths:
        folder = Path(given)
        if not folder.is_dir():
            found.append(_file(folder, folder.parent))
            continue
        names = sorted(p for p in folder.rglob(f"*{SUFFIX}")
                       if not any(part.startswith(".") for part in p.relative_to(folder).parts))
        if not names:
            raise InputError(folder, f"no *{SUFFIX} files in this folder")
        found += [_file(p, folder) for p in names]
    return found


def _file(path: Path, folder: Path) -> DecisionsFile:
    decisions = load(path)
    name = decisions.name or (path.name[:-len(SUFFIX)] if path.name.endswith(SUFFIX)
                              else path.stem)
    where = path.parent.relative_to(folder).as_posix()
    return DecisionsFile(path, decisions, name if where == "." else f"{where}/{name}")


def match_recordings(files: Sequence[DecisionsFile], recordings: Sequence[str]
                     ) -> tuple[dict[str, DecisionsFile], list[InputError]]:
    """Which recording each decisions file is for: ``recordings`` are the run's relative
    paths (``2024/visit.wav``); returns recording -> its file, and one error per file that
    is for no recording, or for several (the same name in two folders), or for a recording
    another file is already for.

    A file is for the recordings whose path, without its extension, ends with its
    ``key`` (``2024/visit`` for ``visit`` or ``2024/visit``); a key that no path ends
    with falls back to its last part, the recording's name.

    >>> f = DecisionsFile(Path("visit.decisions.json"), Decisions(), "visit")
    >>> match_recordings([f], ["2024/visit.wav", "2024/intro.wav"])[0]["2024/visit.wav"] is f
    True
    >>> match_recordings([f], ["a/visit.wav", "b/visit.wav"])[1][0].reason
    'for 2 recordings of this run (a/visit.wav, b/visit.wav): put it in a folder like theirs'
    """
    plain = {rec: rec.rsplit(".", 1)[0] if "." in rec.rsplit("/", 1)[-1] else rec
             for rec in recordings}
    matched: dict[str, DecisionsFile] = {}
    errors: list[InputError] = []
    for f in files:
        found = [r for r, p in plain.items() if p == f.key or p.endswith("/" + f.key)]
        if not found:
            name = f.key.rsplit("/", 1)[-1]
            found = [r for r, p in plain.items() if p.rsplit("/", 1)[-1] == name]
        if not found:
            errors.append(InputError(f.path, f"for no recording of this run (none is named "
                                             f"{f.key!r})"))
        elif len(found) > 1:
            shown = ", ".join(found[:3]) + (", ..." if len(found) > 3 else "")
            errors.append(InputError(f.path, f"for {len(found)} recordings of this run "
                                             f"({shown}): put it in a folder like theirs"))
        elif found[0] in matched:
            errors.append(InputError(f.path, f"{found[0]} already has its decisions from "
                                             f"{matched[found[0]].path}"))
        else:
            matched[found[0]] = f
    return matched, errors


# ---- running a pipeline with decisions ------------------------------------------------------

@dataclass(frozen=True)
class TracedChange:
    """A change a step proposed: the change, whether it was rejected, and its tokens
    (``before``: the step's input tokens, ``after``: its output tokens)."""

    change: Change
    rejected: bool
    before: tuple[Token, ...]
    after: tuple[Token, ...]


@dataclass(frozen=True)
class Trace:
    """A pipeline run that kept every proposed change, made or rejected, and what the steps
    suggested and had blocked."""

    source: Transcript
    transcript: Transcript
    changes: tuple[TracedChange, ...]
    suggestions: tuple[Suggestion, ...] = ()
    blocked: tuple[BlockedChange, ...] = ()

    def explanation(self) -> Explanation:
        """What :meth:`Pipeline.explain` returns: the changes that were made."""
        made = [c.change for c in self.changes if not c.rejected]
        return explanation(self.transcript, made, self.suggestions, self.blocked)


def flat_steps(pipeline: Pipeline, prefix: str = "") -> Iterator[tuple[str, Step]]:
    """The steps of a pipeline, nested pipelines opened (``outer.inner`` names, as explain)."""
    for name, step in pipeline:
        if isinstance(step, Pipeline):
            yield from flat_steps(step, f"{prefix}{name}.")
        else:
            yield f"{prefix}{name}", step


def trace(pipeline: Pipeline, transcript: Transcript,
          decisions: Decisions | None = None) -> Trace:
    """Run ``pipeline`` on ``transcript`` without the changes ``decisions`` rejects."""
    pending = list(decisions.rejected) if decisions and decisions.applies_to(transcript) else []
    proposed: list[TracedChange] = []
    suggestions: list[Suggestion] = []
    blocked: list[BlockedChange] = []
    current = transcript
    for name, step in flat_steps(pipeline):
        after, run = run_checked(name, step, current, pipeline.policy)
        suggestions += filter(None, (describe_held(name, current, h) for h in run.held))
        blocked += (blocked_change(current, b) for b in run.blocked)
        undo = []
        for i0, i, j0, j, change in diff_regions(name, current, after):
            rejected = _take_match(pending, change)
            proposed.append(TracedChange(change, rejected, current.tokens[i0:i],
                                         after.tokens[j0:j]))
            if rejected:
                undo.append((i0, i, j0, j))
        current = restore_regions(current, after, undo) if undo else after
    return Trace(transcript, current, tuple(proposed), tuple(suggestions), tuple(blocked))


def _take_match(pending: list[Decision], change: Change) -> bool:
    """Whether a pending decision rejects ``change``; the nearest one is used up."""
    best, best_gap = None, None
    for k, decision in enumerate(pending):
        gap = decision.distance(change)
        if gap is not None and (best_gap is None or gap < best_gap):
            best, best_gap = k, gap
    if best is None:
        return False
    del pending[best]
    return True


class DecidedPipeline(Pipeline):
    """A pipeline that does not make the changes a reviewer rejected.

    It has the same steps (so run settings and ``cleanup steps`` see the same pipeline);
    ``explain`` and calling it run :func:`trace` with the decisions.
    """

    def __init__(self, pipeline: Pipeline, decisions: Decisions):
        super().__init__(pipeline.steps, policy=pipeline.policy)
        self.decisions = decisions

    def __repr__(self) -> str:
        return f"DecidedPipeline({super().__repr__()}, {len(self.decisions)} rejected)"

    def transform(self, transcript: Transcript) -> Transcript:
        return self._explain([transcript]).transcript

    def _explain(self, box: list[Transcript]) -> Explanation:
        return trace(Pipeline(self.steps, policy=self.policy), box.pop(),
                     self.decisions).explanation()


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
