"""Keeping what was said: the edits of a commit that would break the meaning contract
(:mod:`cleanup.meaning`) are taken back before the commit is final, and reported to the
running step (:func:`cleanup.gate.blocked`).

Only edits near a protected token (a number, a negation, a term, a tag: see
:func:`cleanup.meaning.guarded`) are looked at: most commits touch none, so the check
costs little beside the commit itself.

>>> from cleanup.transcript import Transcript
>>> e = Transcript.from_text("Give .5 mg now").edit()
>>> e.rewrite(1, ". 5")
>>> e.commit().text
'Give .5 mg now'
"""
from __future__ import annotations

from typing import Any

from .commit import Edit, Region
from .gate import blocked
from .meaning import broken, guarded

__all__ = ["take_back_breaking"]

_new = tuple.__new__


def take_back_breaking(edits: Any, src: Any, result: Any) -> bool:
    """Take back every edit that would break cleanup.meaning's contract (reported to
    the running step); whether any was."""
    if not edits._ops:
        return _rewrites_breaking(edits, src)
    suspects = _suspects(edits, src)
    if not suspects:
        return False
    breaking = []
    for r in edits._placed(suspects):  # a commit with edits: Commit.regions, the suspects'
        if not _suspect(src, result, r):
            continue
        before, after = _joined(src, r.start, r.stop), _joined(result, r.new_start, r.new_stop)
        reason = broken(before, after, lambda: _joined(
            src, max(0, r.start - _CONTEXT), min(len(src.texts), r.stop + _CONTEXT)))
        if reason is not None:
            breaking.append(r.edit)
            blocked(src, r.start, r.stop, before, after, reason)
    for edit in breaking:
        edits._take_back(edit)
    return bool(breaking)

def _rewrites_breaking(edits: Any, src: Any) -> bool:
    """:meth:`_drop_breaking` for a commit of rewrites alone: each token on its own."""
    texts, bad = src.texts, []
    pairs = [(i, texts[i], text) for i, text in edits._texts.items()]
    for table in edits._tables:
        pairs += [(i, texts[i], table[texts[i]])
                  for i in src.positions({a for a, b in table.items()
                                          if guarded(a) or guarded(b)})]
    for i, old, new in pairs:
        if (guarded(old) or guarded(new)) and old != new:
            reason = broken(old, new, lambda: _joined(
                src, max(0, i - _CONTEXT), min(len(texts), i + 1 + _CONTEXT)))
            if reason is not None:
                bad.append(_new(Edit, (i, i + 1, "rewrite", new, None, False)))
                blocked(src, i, i + 1, old, new, reason)
    for edit in bad:
        edits._take_back(edit)
    return bool(bad)

def _suspects(edits: Any, src: Any) -> set[int]:
    """Where the edits that may touch what the meaning contract protects start: a
    protected token in an edit's reach (its tokens and the neighbours mending may
    change) or in its new text. Most commits have none, and are not looked at further."""
    texts, n, found = src.texts, len(src.texts), set()
    for op in edits._ops:
        value = op.value
        if any(map(guarded, texts[max(0, op.start - 1):min(n, op.stop + 1)])) or (
                isinstance(value, str) and guarded(value)) or (
                isinstance(value, tuple) and any(
                    guarded(v if isinstance(v, str) else v[0]) for v in value)):
            found.add(op.start)
    found.update(i for i, text in edits._texts.items() if guarded(text) or guarded(texts[i]))
    for table in edits._tables:
        found.update(src.positions({a for a, b in table.items() if guarded(a) or guarded(b)}))
    return found


_CONTEXT = 6  # words either side of an edit where a stutter's other copy may be


def _suspect(src: Any, result: Any, region: Region) -> bool:
    """Whether a region touches a token the meaning contract protects (before or after)."""
    return (any(map(guarded, src.texts[region.start:region.stop]))
            or any(map(guarded, result.texts[region.new_start:region.new_stop])))


def _joined(t: Any, start: int, stop: int) -> str:
    texts, seps = t.texts, t.seps
    return "".join((seps[k] if k > start else "") + texts[k] for k in range(start, stop))
