"""What the review page lets a reviewer decide besides the changes made: the suggestions a
run held back (accepted with a click), and the redactions of a private step (a click
rejects one: "not PHI"), shown without the words they replaced.

A run with a private step (:mod:`cleanup.privacy`) keeps its originals off the page: the
words a redaction replaced are not in the page's data, the redaction shows its tag
(``[NAME]``), its decision carries a salted digest of the words instead of them
(:mod:`cleanup.decision_file`), and another step's change or suggestion that touched those
words is left off the page. With ``keep_originals`` (a private copy) they are shown::

    run: "hi kyle" → deidentify "kyle" → "[NAME]"
    page: words ["hi", "[NAME]" (a redaction)], change {"before": "", "after": "[NAME]",
          "private": 1, "digest": "5d41..."}, no "kyle" anywhere

>>> from cleanup.decisions import trace
>>> from cleanup.presets import build_pipeline
>>> from cleanup.transcript import Transcript
>>> run = trace(build_pipeline(steps=["deidentify"]), Transcript.from_text("hi kyle , bye"))
>>> sorted(phi_ids(run))
[1]
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Sequence

from ..decision_file import core, new_salt, salted
from ..decisions import Trace, TracedChange
from ..diff import Change


def phi_ids(run: Trace) -> set[int]:
    """The ids of the source words a private step replaced."""
    out: set[int] = set()
    for c in run.changes:
        if c.change.step in run.private:
            out.update(t.id for t in c.before if t.id is not None)
    return out


def _touches(c: TracedChange, ids: set[int]) -> bool:
    return any(t.id in ids for t in (*c.before, *c.after) if t.id is not None)


def without_originals(run: Trace, keep_originals: bool = False) -> tuple[Trace, set[int]]:
    """The run as the page shows it, and the ids of the words it must not show: other
    steps' changes that touched a redacted word are left out (unless ``keep_originals``)."""
    if not run.private or keep_originals:
        return run, set()
    hidden = phi_ids(run)
    if not hidden:
        return run, hidden
    kept = tuple(c for c in run.changes if c.change.step in run.private
                 or not _touches(c, hidden))
    return replace(run, changes=kept), hidden


def change_columns(run: Trace, hidden: set[int]) -> dict[str, Any]:
    """Columns of every change the page shows (``steps``: the step names, ``step`` an index
    into them); a private change's ``before`` is empty and its ``digest`` stands for it."""
    salt = (run.decisions.salt if run.decisions else None) or new_salt()
    steps: dict[str, int] = {}
    columns: dict[str, list[Any]] = {k: [] for k in (
        "step", "before", "after", "start", "end", "at", "rejected", "accepted", "private",
        "digest")}
    for traced in run.changes:
        c = traced.change
        private = c.step in run.private
        secret = private and bool(hidden)
        columns["step"].append(steps.setdefault(c.step, len(steps)))
        columns["before"].append("" if secret else c.before)
        columns["after"].append(c.after)
        columns["start"].append(c.start)
        columns["end"].append(c.end)
        columns["at"].append(traced.at)
        columns["rejected"].append(1 if traced.rejected else 0)
        columns["accepted"].append(1 if traced.accepted else 0)
        columns["private"].append(1 if private else 0)
        old = core(c.before, c.after)[0]
        columns["digest"].append(salted(salt, old) if secret and old else None)
    uses_salt = any(columns["digest"])
    return {"steps": list(steps), **columns, **({"salt": salt} if uses_salt else {})}


def suggestion_columns(run: Trace, hidden: set[int], page_index: dict[int, int]
                       ) -> dict[str, list[Any]]:
    """Columns of the suggestions the run held back: ``first``/``last`` are the page's
    indices of the words each is about (``-1`` when none is drawn), ``confidence`` in
    percent. One about a redacted word is left out."""
    columns: dict[str, list[Any]] = {k: [] for k in (
        "step", "before", "after", "start", "end", "at", "evidence", "confidence", "first",
        "last")}
    for s, ids in zip(run.suggestions, _ids(run)):
        if hidden.intersection(ids):
            continue
        shown = sorted(page_index[i] for i in ids if i in page_index)
        for key in ("step", "before", "after", "start", "end", "at", "evidence"):
            columns[key].append(getattr(s, key))
        columns["confidence"].append(round(min(1.0, max(0.0, s.confidence)) * 100))
        columns["first"].append(shown[0] if shown else -1)
        columns["last"].append(shown[-1] if shown else -1)
    return columns


def _ids(run: Trace) -> Sequence[tuple[int, ...]]:
    if len(run.suggested_ids) == len(run.suggestions):
        return run.suggested_ids
    return [(s.at,) if s.at is not None else () for s in run.suggestions]


def stored_redactions(run: Trace, records: Sequence[Any]) -> tuple[Trace, bool]:
    """A run over text a private step already redacted (cleanup's JSON of such a run, with
    no raw result to run again), each change record marked ``"private": true`` shown on the
    word that holds its tag; and whether every such record keeps its ``before`` (a private
    copy: the page may show the originals)."""
    found = [r for r in records if isinstance(r, dict) and r.get("private") is True
             and isinstance(r.get("step"), str) and isinstance(r.get("after"), str)
             and r["after"].split()]
    if not found or run.private:
        return run, False
    t = run.source  # the words as read: later steps may have joined a tag with its comma
    starts = t.starts
    used: set[int] = set()
    extra: list[TracedChange] = []
    for r in found:
        i = next((i for i in t.positions({r["after"].split()[0]}) if i not in used
                  and _near(starts[i] if starts is not None else None, r.get("start"))), None)
        if i is None:
            continue
        used.add(i)
        before = r["before"] if isinstance(r.get("before"), str) else ""
        at = r.get("at") if isinstance(r.get("at"), int) else None
        token = t.tokens[i]
        change = Change(r["step"], before, r["after"], token.start, token.end)
        extra.append(TracedChange(change, False, (token,), (token,), at))
    steps = frozenset(c.change.step for c in extra)
    kept = all(isinstance(r.get("before"), str) and r["before"] for r in found)
    return replace(run, changes=run.changes + tuple(extra), private=steps), kept


def _near(start: Any, wanted: Any) -> bool:
    if start is None or not isinstance(wanted, (int, float)) or isinstance(wanted, bool):
        return True
    return abs(start - wanted) <= 0.05
