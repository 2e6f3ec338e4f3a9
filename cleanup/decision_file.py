"""The decisions file: what a reviewer rejected and accepted, for one recording.

The review page saves ``NAME.decisions.json``; ``cleanup fix`` and ``cleanup transcribe``
take it with ``--decisions``, and cleanup's JSON keeps the decisions it was made with
(under ``decisions``)::

    {"cleanup_decisions": 2, "name": "visit", "source": "3f9a0c1d2b4e5f60", "salt": "9c1e...",
     "rejected": [{"step": "remove_fillers", "at": 3, "start": 0.9, "end": 1.2,
                   "before": "we uh did", "after": "we did"},
                  {"step": "deidentify", "at": 12, "start": 4.0, "end": 4.4,
                   "after": "[NAME]", "digest": "5d41...", "private": true}],
     "accepted": [{"step": "fix_stray_capitals", "at": 7, "start": 2.1, "end": 2.3,
                   "before": "It", "after": "it"}]}

``at`` is where the change is: the position of its first word in the transcript as read,
before any step ran (a word a step inserted has none: the next word's). ``source`` is a
digest of the words (and times) the decisions were made on: while it is the same, a
decision matches only its own change (same step, position, words and time); when it
differs (the recording was transcribed again, or cleaned text is cleaned again), by step,
words and time. A private step's change (:mod:`cleanup.privacy`) is kept without its
original words: ``digest`` is the sha256 of ``salt`` and those words.

Version 1 files (no ``at``, ``source`` or ``accepted``) are still read, and matched as
before: by step, words and time.

>>> d = parse('{"cleanup_decisions": 2, "rejected": [{"step": "remove_fillers", "at": 1,'
...           ' "before": "so uh I", "after": "so I"}]}')
>>> d.rejected[0].at, d.rejected[0].words()
(1, ('uh',))
"""
from __future__ import annotations

import hashlib
import json
import math
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Sequence

from .errors import InputError, read_text
from .formats.timecode import format_clock
from .transcript import Transcript

FORMAT_KEY = "cleanup_decisions"
VERSION = 2
VERSIONS = (1, 2)


def core(before: str, after: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words a change changed: the unchanged words a deletion shows around itself
    (``today. um, so`` → ``today. so``) are left out, so that a decision still matches when
    another step or decision changed a neighbour."""
    old, new = before.split(), after.split()
    lead = 0
    while lead < min(len(old), len(new)) and old[lead] == new[lead]:
        lead += 1
    tail = 0
    while tail < min(len(old), len(new)) - lead and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    return tuple(old[lead:len(old) - tail]), tuple(new[lead:len(new) - tail])


def salted(salt: str, words: Sequence[str]) -> str:
    """The digest of a private change's original words: sha256 of the salt and the words."""
    return hashlib.sha256((salt + " ".join(words)).encode("utf-8")).hexdigest()


def new_salt() -> str:
    return secrets.token_hex(16)


def source_digest(transcript: Transcript) -> str:
    """A digest of a transcript's words and their times (to the hundredth of a second):
    decisions made on it match exactly only while it is the same."""
    h = hashlib.sha256()
    starts = transcript.starts
    for k, text in enumerate(transcript.texts):
        start = starts[k] if starts is not None else None
        h.update(f"{text}\x1f{'' if start is None else round(start, 2)}\x1e".encode("utf-8"))
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class Decision:
    """One decision about one change: the step, the text before and after (``before`` is
    empty for a private change: ``digest`` stands for its words), the time span and ``at``,
    the position of its first word in the transcript as read."""

    step: str
    before: str
    after: str
    start: float | None = None
    end: float | None = None
    at: int | None = None
    digest: str | None = None

    @property
    def private(self) -> bool:
        return self.digest is not None

    def words(self) -> tuple[str, ...]:
        """The words it changed (before); empty for a private change."""
        return core(self.before, self.after)[0]

    def describe(self) -> str:
        """``remove_fillers 'uh' at 0:00.90``: for a message (a private one: its tag)."""
        old, new = core(self.before, self.after)
        shown = " ".join(new if self.private else old or new) or self.after or self.before
        when = "" if self.start is None else f" at {format_clock(self.start)}"
        return f"{self.step} {shown!r}{when}"

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"step": self.step}
        if self.at is not None:
            out["at"] = self.at
        out.update(start=self.start, end=self.end)
        if self.private:
            out.update(after=self.after, digest=self.digest, private=True)
        else:
            out.update(before=self.before, after=self.after)
        return out

    @classmethod
    def of(cls, change: Any, at: int | None = None) -> Decision:
        """The decision about a :class:`~cleanup.diff.Change` (or a suggestion)."""
        return cls(change.step, change.before, change.after, change.start, change.end,
                   at if at is not None else getattr(change, "at", None))


@dataclass(frozen=True)
class Decisions:
    """The decisions for one transcript (``name`` is its file stem, when known; ``source``
    the digest of the words they were made on; ``salt`` for private changes' digests)."""

    rejected: tuple[Decision, ...] = ()
    name: str | None = None
    accepted: tuple[Decision, ...] = ()
    source: str | None = None
    salt: str | None = None
    version: int = field(default=VERSION, compare=False)

    def __len__(self) -> int:
        return len(self.rejected) + len(self.accepted)

    def applies_to(self, transcript: Transcript) -> bool:
        """False when the transcript names its source and that is another file's."""
        source = transcript.meta.get("source")
        return not (self.name and source) or Path(str(source)).stem == self.name

    def numbered(self) -> list[tuple[int, Decision]]:
        """Each decision with its number in the file (1-based; rejected ones first)."""
        return list(enumerate((*self.rejected, *self.accepted), 1))

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {FORMAT_KEY: VERSION}
        for key in ("name", "source", "salt"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        data["rejected"] = [d.as_dict() for d in self.rejected]
        if self.accepted:
            data["accepted"] = [d.as_dict() for d in self.accepted]
        return data

    def dumps(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"

    def with_name(self, name: str | None) -> Decisions:
        return replace(self, name=name)


# ---- reading ----------------------------------------------------------------------------------

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


def _text(data: dict[str, Any], key: str, name: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(name, f"{key!r} is not text")
    return value or None


def _item(item: Any, where: str, name: str) -> Decision:
    if not isinstance(item, dict):
        raise InputError(name, f"{where} is not an object")
    private = item.get("private") is True
    for key in ("step", "after", "digest") if private else ("step", "before", "after"):
        if not isinstance(item.get(key), str):
            raise InputError(name, f"{where}: {key!r} is missing or not text")
    at = item.get("at")
    if at is not None and (isinstance(at, bool) or not isinstance(at, int) or at < 0):
        raise InputError(name, f"{where}: 'at' is not a word position (0 or more): {at!r}")
    return Decision(item["step"], "" if private else item["before"], item["after"],
                    _number(item.get("start"), where, name),
                    _number(item.get("end"), where, name), at,
                    item["digest"] if private else None)


def from_data(data: Any, name: str = "<decisions>") -> Decisions:
    """Decisions from a decisions file's JSON value (or a JSON's ``decisions`` key)."""
    if not isinstance(data, dict) or FORMAT_KEY not in data:
        raise InputError(name, f"not a decisions file (no {FORMAT_KEY!r} key); "
                               "save one from the review page")
    version = data[FORMAT_KEY]
    if isinstance(version, bool) or version not in VERSIONS:
        raise InputError(name, f"unsupported decisions version {version!r} "
                               f"(this cleanup reads versions 1 and {VERSION})")
    lists = []
    for key in ("rejected", "accepted"):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise InputError(name, f"{key!r} is not a list")
        lists.append(tuple(_item(item, f"{key}[{k}]", name) for k, item in enumerate(items)))
    label, source, salt = (_text(data, key, name) for key in ("name", "source", "salt"))
    if salt is None and any(d.private for d in lists[0] + lists[1]):
        raise InputError(name, "private decisions but no 'salt'")
    if version == 1:
        source = None  # matched as version 1 always was: by step, words and time
    return Decisions(lists[0], label, lists[1], source, salt, version)


def parse(content: str, name: str = "<decisions>") -> Decisions:
    """Decisions from the text of a decisions file; :class:`InputError` names what is wrong."""
    return from_data(_json(content, name), name)


def load(path: str | Path) -> Decisions:
    """Read a decisions file; a missing or malformed file is an :class:`InputError`."""
    return parse(read_text(path, "a decisions file"), str(path))


def stored(transcript: Transcript, name: str = "<json>") -> Decisions | None:
    """The decisions a transcript's JSON keeps (``decisions``), if any."""
    data = transcript.meta.get("decisions")
    return None if data is None else from_data(data, f"{name}: decisions")


def in_force(transcript: Transcript, given: Decisions | None,
             name: str = "<json>") -> Decisions | None:
    """The decisions a run honours: a decisions file given replaces the ones the
    transcript's JSON keeps (the page it was saved from showed those), else those."""
    return given if given is not None else stored(transcript, name)


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
