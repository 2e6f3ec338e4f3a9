"""Edits: the one way a step changes a transcript.

A step records what it wants changed, by token index in the transcript it was given, and
commits once; the transcript itself never changes (it is immutable) and the new one
shares every column the edits leave alone.

>>> from cleanup.transcript import Transcript
>>> t = Transcript.from_text("send an e mail, uh, today")
>>> e = t.edit()
>>> e.merge(2, 4)                      # "e" + "mail," → "email," (joined, no space)
>>> e.drop(4)                          # "uh," goes; its comma goes with it
>>> e.rewrite(5, "Today")
>>> e.commit().text
'send an email, Today'

The verbs:

- ``rewrite(i, text, sep=None)``: new text (and separator) for token ``i``;
- ``drop(start, stop=None, mend=True)``: drop tokens ``[start, stop)``; ``mend`` repairs
  the punctuation they leave (:func:`cleanup.marks.mend_before`, :func:`~cleanup.marks.mend_after`:
  ``her, huh?`` → ``her?``) and hands their separator on (a paragraph break survives);
  ``mend=False`` drops them and nothing else;
- ``split(i, texts)``: token ``i`` into several; the first keeps its id, every piece its
  timing and segment, the others are new tokens (no id) after a space;
- ``merge(start, stop, text=None)``: tokens ``[start, stop)`` into one (text: theirs joined
  without spaces); it keeps the id, segment and probability of the first token that holds
  a word, and spans from the first start to the last end among them;
- ``map_texts(fn)``: ``fn(text)`` for every token, called once per distinct text;
- ``replace(start, stop, tokens)`` and ``regroup(seps, segment_indices, segments)``: the
  low-level forms (whole :class:`~cleanup.tokens.Token` objects; a new cue layout).

``rewrite``, ``drop``, ``split`` and ``merge`` (and ``rewrite_all``, ``drop_all``) take an
optional ``evidence=``: what licenses the edit, kept in :attr:`Edits.evidence` for reports.

A change the text gives no certain evidence for is proposed, not made: the edits made
inside ``with edits.suggest(evidence, confidence):`` are one suggestion, held back at
commit unless the run's policy applies it (``--apply-suggestions``, or a reviewer
accepted it): see :mod:`cleanup.gate`.

>>> e = Transcript.from_text("take you you can't").edit()
>>> with e.suggest("the repeat may end one clause and start the next"):
...     e.drop(1)
>>> e.commit().text
"take you you can't"

Rules that hold for every commit: tokens are never reordered; two edits may not claim the
same token (a :class:`ValueError` names both); the first token of the result has no
separator before it. A commit takes the cheapest way there: rewrites alone replace the
text column (the separators too, if some changed) and share every other column; drops and
merges copy the kept stretches of each column as slices; splits and insertions rebuild
the columns. Nothing changed: the transcript itself comes back.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from itertools import islice
from operator import itemgetter
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

from .columns import assemble, flagged
from .commit import Commit, Edit, Region, merged_spans, starts_after
from .gate import Proposal, applied, meaning_guarded
from .keeping import take_back_breaking
from .tokens import Token

# The module builds transcripts through the one it is given (``source._derive``), never
# by importing cleanup.transcript, which sits above it: Transcript.edit() returns Edits.

__all__ = ["Edits", "Edit", "Region", "merged_spans"]

_new = tuple.__new__
_SPAN = itemgetter(0, 1)


class Edits:
    """The edits one step makes to a transcript, applied together by :meth:`commit`."""

    __slots__ = ("transcript", "_ops", "_texts", "_seps", "_tables", "_layout", "_placed",
                 "_proposals", "_proposal", "_guard", "_evidence")

    def __init__(self, transcript: Any, *, keeps_meaning: bool = True):
        self.transcript = transcript  #: the transcript being edited (never changed)
        # Every commit is held to cleanup.meaning's contract (numbers, units, negations,
        # terms, tags); only a step whose purpose is to replace content (de-identification)
        # says keeps_meaning=False.
        self._guard = keeps_meaning
        self._ops: list[Edit] = []  # every edit but the rewrites
        self._texts: dict[int, str] = {}  # the rewrites: index -> text (the usual edit,
        self._seps: dict[int, str] = {}  # kept compact) and -> separator, when given
        self._tables: list[dict[str, str]] = []  # map_texts: text -> new text
        self._layout: tuple | None = None  # regroup's (seps, segment indices, segments)
        self._placed: Callable[[], list[Region]] | None = None  # the last commit's regions
        self._proposals: list[Proposal] = []  # suggested edits, each a group (see suggest)
        self._proposal: Proposal | None = None  # the one being recorded
        self._evidence: dict[int, str] = {}  # why: by the index where an edit starts

    def __repr__(self) -> str:
        return f"Edits({len(self)} edits to <{len(self.transcript.texts)} tokens>)"

    def __len__(self) -> int:
        return len(self._ops) + len(self._texts)

    def __iter__(self) -> Iterator[Edit]:
        """The edits recorded so far, in source order (a map_texts table as the rewrites it
        makes; a regroup aside)."""
        return iter(sorted(self._ops + self._rewrites(), key=_SPAN))

    # ---- the verbs -------------------------------------------------------------------------
    def rewrite(self, i: int, text: str, sep: str | None = None,
                evidence: str | None = None) -> None:
        """New text for token ``i`` (and a new separator before it, when ``sep`` is given).
        ``evidence``, here and in the other verbs: what in the text licenses the edit
        (recorded, see :attr:`evidence`)."""
        i = self._index(i)
        if i in self._texts:
            raise ValueError(f"overlapping edits: {self._rewrite(i)} and "
                             f"{Edit(i, i + 1, 'rewrite', text, sep)} both claim token {i}")
        self._texts[i] = text
        if sep is not None:
            self._seps[i] = sep
        if evidence is not None:
            self._evidence[i] = evidence

    def drop(self, start: int, stop: int | None = None, mend: bool = True,
             evidence: str | None = None) -> None:
        """Drop tokens ``[start, stop)`` (token ``start`` alone when ``stop`` is None).

        ``mend``: repair what they leave, as one run with any dropped tokens next to them:
        a sentence end moves back (``her, huh?`` → ``her?``), their commas go with them,
        an opening quote or bracket (or a dialogue dash at a line start) moves on to the
        next word, and the next word takes the stronger separator (a paragraph survives).
        """
        if stop is None:
            start = self._index(start)
            stop = start + 1
        self._check_range(start, stop)
        if stop > start:
            self._ops.append(_new(Edit, (start, stop, "drop", None, None, bool(mend))))
            if evidence is not None:
                self._evidence[start] = evidence

    def split(self, i: int, texts: Sequence[str], evidence: str | None = None) -> None:
        """Token ``i`` as several: the first piece keeps its id and separator, the others
        follow after a space as new tokens (no id); all keep its timing and segment."""
        if isinstance(texts, str):
            raise TypeError("split takes the pieces' texts as a list, not one string")
        texts = tuple(texts)
        if not texts:
            raise ValueError("split needs at least one piece; use drop to remove a token")
        if len(texts) == 1:
            return self.rewrite(i, texts[0], evidence=evidence)
        i = self._index(i)
        self._ops.append(_new(Edit, (i, i + 1, "split", texts, None, False)))
        if evidence is not None:
            self._evidence[i] = evidence

    def merge(self, start: int, stop: int, text: str | None = None,
              sep: str | None = None, evidence: str | None = None) -> None:
        """Tokens ``[start, stop)`` as one: ``text`` (theirs joined without spaces when
        None) after ``sep`` (the first one's when None)."""
        self._check_range(start, stop)
        if stop - start < 1:
            raise ValueError(f"merge({start}, {stop}) covers no token")
        if text is None:
            text = "".join(self.transcript.texts[start:stop])
        if stop - start == 1:
            return self.rewrite(start, text, sep, evidence)
        self._ops.append(_new(Edit, (start, stop, "merge", text, sep, False)))
        if evidence is not None:
            self._evidence[start] = evidence

    def replace(self, start: int, stop: int, tokens: Iterable[Token]) -> None:
        """Tokens ``[start, stop)`` replaced by these :class:`~cleanup.tokens.Token`
        objects, fields and all (``start == stop``: inserted before token ``start``)."""
        self._check_range(start, stop)
        tokens = tuple(tokens)
        if not tokens:
            return self.drop(start, stop, mend=False) if stop > start else None
        self._ops.append(_new(Edit, (start, stop, "replace", tokens, None, False)))

    def rewrite_all(self, texts: Mapping[int, str], evidence: str | None = None) -> None:
        """:meth:`rewrite` for each ``index: text`` (the changes a step collected)."""
        rewrite = self.rewrite
        for i, text in texts.items():
            rewrite(i, text, None, evidence)

    def drop_all(self, spans: Iterable[Sequence[int]], mend: bool = True,
                 evidence: str | None = None) -> None:
        """:meth:`drop` for the union of some ``[start, stop)`` spans, which may overlap
        (what several detectors found); spans are clipped to the transcript."""
        for start, stop in merged_spans(spans, len(self.transcript.texts)):
            self.drop(start, stop, mend, evidence)

    def map_texts(self, fn: Callable[[str], str]) -> None:
        """Rewrite every token whose text ``fn`` changes, calling ``fn`` once per distinct
        text: the fast way for a change that depends on the token alone."""
        if self._proposal is not None:
            raise ValueError("map_texts changes every token of a text: it cannot be suggested")
        changed = {}
        for text in set(self.transcript.texts):
            new = fn(text)
            if new != text:
                changed[text] = new
        if changed:
            self._tables.append(changed)

    def regroup(self, seps: Sequence[str], segment_indices: Sequence[int | None],
                segments: Sequence[Any]) -> None:
        """The same tokens (texts, ids, timings) with new separators and segments: a new
        cue layout. It changes every token's place, so it is the only edit of its commit."""
        n = len(self.transcript.texts)
        if len(seps) != n or len(segment_indices) != n:
            raise ValueError("regroup: one separator and one segment index per token")
        self._layout = (tuple(seps), tuple(segment_indices), tuple(segments))

    @contextmanager
    def suggest(self, evidence: str, confidence: float = 0.5) -> Iterator[None]:
        """Record the edits made inside as one suggestion: a change that is likely but not
        certain (``evidence`` says why it is proposed, ``confidence`` how likely it is
        right, between 0 and 1). At commit it is made only when the run's policy applies
        it; otherwise it is held back and reported (:mod:`cleanup.gate`)."""
        if self._proposal is not None:
            raise ValueError("suggestions do not nest: one suggest() at a time")
        if not 0.0 <= confidence < 1.0:
            raise ValueError(f"a suggestion's confidence is at least 0 and below 1, "
                             f"got {confidence!r}")
        # One string for each reason: a long text proposes "'So': may start a sentence the
        # text does not mark" thousands of times, and the run keeps every suggestion.
        proposal = Proposal(sys.intern(str(evidence)), float(confidence))
        saved = (self._ops, self._texts, self._seps)
        self._ops, self._texts, self._seps = proposal.ops, proposal.texts, proposal.seps
        self._proposal = proposal
        try:
            yield
        finally:
            self._ops, self._texts, self._seps = saved
            self._proposal = None
        if len(proposal):
            self._proposals.append(proposal)

    @property
    def evidence(self) -> dict[int, str]:
        """The evidence given with the edits (``evidence=``), by the source index where each
        starts: recorded for reports, it changes nothing in the commit.

        >>> from cleanup.transcript import Transcript
        >>> e = Transcript.from_text("the the end").edit()
        >>> e.drop(0, evidence="'the the': 'the' cannot end a clause")
        >>> e.evidence
        {0: "'the the': 'the' cannot end a clause"}
        """
        return dict(self._evidence)

    # ---- committing --------------------------------------------------------------------------
    def commit(self) -> Any:
        """The edited transcript (the transcript itself when nothing changed). Suggested
        edits are in it only when the run's policy applies them."""
        src = self.transcript
        for proposal in applied(src, self._proposals):
            self._ops += proposal.ops
            self._texts.update(proposal.texts)
            self._seps.update(proposal.seps)
        self._proposals = []
        result = self._commit()
        if self._guard and result is not src and meaning_guarded() and \
                take_back_breaking(self, src, result):
            result = self._commit()
        return result

    def _take_back(self, edit: Edit) -> None:
        if edit.verb == "rewrite" and edit.start in self._texts:
            del self._texts[edit.start]
            self._seps.pop(edit.start, None)
        elif edit.verb == "rewrite" and self._tables:
            old = self.transcript.texts[edit.start]
            for table in self._tables:
                table.pop(old, None)
        else:
            self._ops = [op for op in self._ops if op is not edit]

    def _commit(self) -> Any:
        src = self.transcript
        self._placed = list
        if self._layout is not None:
            if self._ops or self._texts or self._tables:
                raise ValueError("regroup changes every token's place: commit it on its own")
            seps, segs, segments = self._layout
            if seps and seps[0]:
                seps = ("",) + seps[1:]
            n = len(seps)
            self._placed = lambda: [Region(0, n, 0, n, Edit(0, n, "regroup"))]
            return src._derive(sep=seps, seg=segs, segments=segments)
        if self._tables and not self._ops and not self._texts:
            return self._mapped(src)
        if not self._ops:
            texts = self._texts
            if self._tables:  # tables and rewrites in one list, so that a clash is found
                texts = {op.start: op.value for op in self._sorted()}
            return self._rewritten(src, texts, self._seps)
        commit = Commit(src, self._sorted())
        self._placed = commit.regions
        return commit.result()

    def regions(self) -> list[Region]:
        """Where each edit of the last :meth:`commit` landed, in source order: the ranges
        of source and result tokens it covers (a mended drop's include the neighbours its
        mending changed). Worked out on request: a commit does not pay for it."""
        if self._placed is None:
            raise ValueError("regions are known once the edits are committed")
        return self._placed()

    def _mapped(self, src: Any) -> Any:
        texts = src.texts
        table = self._table()
        self._placed = lambda: [
            Region(i, i + 1, i, i + 1, Edit(i, i + 1, "rewrite", table[texts[i]]))
            for i in flagged(bytes(map(table.__contains__, texts)))]
        sep = ("",) + src.seps[1:] if src.seps[:1] not in ((), ("",)) else None
        return src._derive(text=tuple(map(table.get, texts, texts)), sep=sep)

    def _table(self) -> dict[str, str]:
        """The map_texts tables as one; two that change one text claim the same tokens."""
        if len(self._tables) == 1:
            return self._tables[0]
        table: dict[str, str] = {}
        for t in self._tables:
            clash = t.keys() & table.keys()
            if clash:
                text = min(clash)
                raise ValueError(f"overlapping edits: two map_texts both rewrite {text!r}")
            table.update(t)
        return table

    def _rewrite(self, i: int) -> Edit:
        return _new(Edit, (i, i + 1, "rewrite", self._texts[i], self._seps.get(i), False))

    def _rewrites(self) -> list[Edit]:
        """The rewrites as edits, map_texts tables expanded to the tokens they change."""
        rewrites = list(map(self._rewrite, self._texts))
        if self._tables:
            texts, table = self.transcript.texts, self._table()
            rewrites += [_new(Edit, (i, i + 1, "rewrite", table[texts[i]], None, False))
                         for i in flagged(bytes(map(table.__contains__, texts)))]
        return rewrites

    def _sorted(self) -> list[Edit]:
        """Every edit in source order; overlaps rejected."""
        ops = self._ops + self._rewrites()
        if any(map(starts_after, ops, islice(ops, 1, None))):
            ops.sort(key=_SPAN)
        reach: Edit | None = None  # the edit that reaches furthest so far
        for op in ops:
            if reach is not None and (op.start < reach.stop or (
                    op.start == reach.start == reach.stop == op.stop)):
                raise ValueError(f"overlapping edits: {reach} and {op} both claim token {op.start}")
            if reach is None or op.stop >= reach.stop:
                reach = op
        return ops

    def _rewritten(self, src: Any, texts: dict[int, str], seps: dict[int, str]) -> Any:
        """Rewrites alone: the text column (and separators, if some changed) replaced, the
        others shared."""
        old_text, old_sep = src.texts, src.seps
        texts = {i: text for i, text in texts.items() if text != old_text[i]}
        seps = {i: sep for i, sep in seps.items() if sep != old_sep[i]}
        if seps.get(0):
            seps[0] = ""  # the first token has no separator before it
            if old_sep[0] == "":
                del seps[0]
        if not texts and not seps:
            return src
        if old_sep[0]:
            seps[0] = ""
        # (no closure over self: a cycle would keep the transcript while the pipeline
        # runs with the garbage collector paused)
        self._placed = lambda: [Region(i, i + 1, i, i + 1, _new(Edit, (
            i, i + 1, "rewrite", texts.get(i, old_text[i]), seps.get(i), False)))
            for i in sorted(texts.keys() | seps.keys())]
        whole = [(0, len(old_text))]
        return src._derive(text=assemble(old_text, whole, texts) if texts else None,
                           sep=assemble(old_sep, whole, seps) if seps else None)

    def _index(self, i: int) -> int:
        n = len(self.transcript.texts)
        if not isinstance(i, int):
            raise TypeError(f"token indices are whole numbers, not {i!r}")
        if not -n <= i < n:
            raise IndexError(f"token index {i} out of range ({n} tokens)")
        return i + n if i < 0 else i

    def _check_range(self, start: int, stop: int) -> None:
        n = len(self.transcript.texts)
        if not (isinstance(start, int) and isinstance(stop, int)):
            raise TypeError(f"token indices are whole numbers, not {start!r}, {stop!r}")
        if not 0 <= start <= stop <= n:
            raise IndexError(f"token range [{start}, {stop}) out of range ({n} tokens)")
