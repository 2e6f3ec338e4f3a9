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

Rules that hold for every commit: tokens are never reordered; two edits may not claim the
same token (a :class:`ValueError` names both); the first token of the result has no
separator before it. A commit takes the cheapest way there: rewrites alone replace the
text column (the separators too, if some changed) and share every other column; drops and
merges copy the kept stretches of each column as slices; splits and insertions rebuild
the columns. Nothing changed: the transcript itself comes back.
"""
from __future__ import annotations

from itertools import chain
from operator import itemgetter
from typing import Any, Callable, Iterable, Mapping, NamedTuple, Sequence

from .columns import NO_ID, ColumnBuilder, Nones, assemble, between, flagged
from .marks import LINE, PARAGRAPH, SPACE, mend_after, mend_before, split_punct, stronger_sep
from .tokens import Token

# The module builds transcripts through the one it is given (``source._derive``), never
# by importing cleanup.transcript, which sits above it: Transcript.edit() returns Edits.

_new = tuple.__new__
_SPAN = itemgetter(0, 1)
_BREAKS = (LINE, PARAGRAPH)


class Edit(NamedTuple):
    """One recorded edit: the source tokens ``[start, stop)`` it claims and what it does."""

    start: int
    stop: int
    verb: str  #: "rewrite", "drop", "split", "merge" or "replace"
    value: Any = None  #: the new text, the split's texts, or the replacing tokens
    sep: str | None = None  #: a new separator (rewrite, merge), or None
    mend: bool = False  #: a drop that repairs punctuation

    def __str__(self) -> str:
        if self.verb == "drop":
            return f"drop({self.start}, {self.stop}{'' if self.mend else ', mend=False'})"
        if self.verb == "replace":
            return f"replace({self.start}, {self.stop}, <{len(self.value)} tokens>)"
        where = str(self.start) if self.verb in ("rewrite", "split") else \
            f"{self.start}, {self.stop}"
        value = list(self.value) if isinstance(self.value, tuple) else self.value
        return f"{self.verb}({where}, {value!r}{'' if self.sep is None else f', sep={self.sep!r}'})"


class Region(NamedTuple):
    """Where an edit landed: source tokens ``[start, stop)`` became result tokens
    ``[new_start, new_stop)`` (widened by the neighbours a mended drop changed)."""

    start: int
    stop: int
    new_start: int
    new_stop: int
    edit: Edit


def merged_spans(spans: Iterable[Sequence[int]], n: int) -> list[tuple[int, int]]:
    """The union of some ``[start, stop)`` spans as sorted, disjoint runs within ``[0, n)``
    (spans that overlap or touch become one).

    >>> merged_spans([(4, 6), (0, 2), (1, 3), (9, 12)], 10)
    [(0, 3), (4, 6), (9, 10)]
    """
    runs: list[list[int]] = []
    for s, e in sorted((max(0, s), min(e, n)) for s, e in spans if e > s):
        if s >= e:
            continue
        if runs and s <= runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], e)
        else:
            runs.append([s, e])
    return [(s, e) for s, e in runs]


class Edits:
    """The edits one step makes to a transcript, applied together by :meth:`commit`."""

    __slots__ = ("transcript", "_ops", "_tables", "_layout", "_placed")

    def __init__(self, transcript: Any):
        self.transcript = transcript  #: the transcript being edited (never changed)
        self._ops: list[Edit] = []
        self._tables: list[dict[str, str]] = []  # map_texts: text -> new text
        self._layout: tuple | None = None  # regroup's (seps, segment indices, segments)
        self._placed: Callable[[], list[Region]] | None = None  # the last commit's regions

    def __repr__(self) -> str:
        return f"Edits({len(self._ops)} edits to <{len(self.transcript.texts)} tokens>)"

    def __len__(self) -> int:
        return len(self._ops)

    def __iter__(self):
        """The edits recorded so far, in the order they were made."""
        return iter(self._ops)

    # ---- the verbs -------------------------------------------------------------------------
    def rewrite(self, i: int, text: str, sep: str | None = None) -> None:
        """New text for token ``i`` (and a new separator before it, when ``sep`` is given)."""
        i = self._index(i)
        self._ops.append(_new(Edit, (i, i + 1, "rewrite", text, sep, False)))

    def drop(self, start: int, stop: int | None = None, mend: bool = True) -> None:
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

    def split(self, i: int, texts: Sequence[str]) -> None:
        """Token ``i`` as several: the first piece keeps its id and separator, the others
        follow after a space as new tokens (no id); all keep its timing and segment."""
        if isinstance(texts, str):
            raise TypeError("split takes the pieces' texts as a list, not one string")
        texts = tuple(texts)
        if not texts:
            raise ValueError("split needs at least one piece; use drop to remove a token")
        if len(texts) == 1:
            return self.rewrite(i, texts[0])
        i = self._index(i)
        self._ops.append(_new(Edit, (i, i + 1, "split", texts, None, False)))

    def merge(self, start: int, stop: int, text: str | None = None,
              sep: str | None = None) -> None:
        """Tokens ``[start, stop)`` as one: ``text`` (theirs joined without spaces when
        None) after ``sep`` (the first one's when None)."""
        self._check_range(start, stop)
        if stop - start < 1:
            raise ValueError(f"merge({start}, {stop}) covers no token")
        if text is None:
            text = "".join(self.transcript.texts[start:stop])
        if stop - start == 1:
            return self.rewrite(start, text, sep)
        self._ops.append(_new(Edit, (start, stop, "merge", text, sep, False)))

    def replace(self, start: int, stop: int, tokens: Iterable[Token]) -> None:
        """Tokens ``[start, stop)`` replaced by these :class:`~cleanup.tokens.Token`
        objects, fields and all (``start == stop``: inserted before token ``start``)."""
        self._check_range(start, stop)
        tokens = tuple(tokens)
        if not tokens:
            return self.drop(start, stop, mend=False) if stop > start else None
        self._ops.append(_new(Edit, (start, stop, "replace", tokens, None, False)))

    def rewrite_all(self, texts: Mapping[int, str]) -> None:
        """:meth:`rewrite` for each ``index: text`` (the changes a step collected)."""
        rewrite = self.rewrite
        for i, text in texts.items():
            rewrite(i, text)

    def drop_all(self, spans: Iterable[Sequence[int]], mend: bool = True) -> None:
        """:meth:`drop` for the union of some ``[start, stop)`` spans, which may overlap
        (what several detectors found); spans are clipped to the transcript."""
        for start, stop in merged_spans(spans, len(self.transcript.texts)):
            self.drop(start, stop, mend)

    def map_texts(self, fn: Callable[[str], str]) -> None:
        """Rewrite every token whose text ``fn`` changes, calling ``fn`` once per distinct
        text: the fast way for a change that depends on the token alone."""
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

    # ---- committing --------------------------------------------------------------------------
    def commit(self) -> Any:
        """The edited transcript (the transcript itself when nothing changed)."""
        src = self.transcript
        self._placed = list
        if self._layout is not None:
            if self._ops or self._tables:
                raise ValueError("regroup changes every token's place: commit it on its own")
            seps, segs, segments = self._layout
            if seps and seps[0]:
                seps = ("",) + seps[1:]
            n = len(seps)
            self._placed = lambda: [Region(0, n, 0, n, Edit(0, n, "regroup"))]
            return src._derive(sep=seps, seg=segs, segments=segments)
        if self._tables and not self._ops:
            return self._mapped(src)
        ops = self._sorted()
        if all(op.verb == "rewrite" for op in ops):
            return self._rewritten(src, ops)
        commit = _Commit(src, ops)
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

    def _sorted(self) -> list[Edit]:
        """The edits in source order (map_texts tables as rewrites); overlaps rejected."""
        ops = self._ops
        if self._tables:
            texts, table = self.transcript.texts, self._table()
            ops = ops + [_new(Edit, (i, i + 1, "rewrite", table[texts[i]], None, False))
                         for i in flagged(bytes(map(table.__contains__, texts)))]
        ops = sorted(ops, key=_SPAN)
        reach: Edit | None = None  # the edit that reaches furthest so far
        for op in ops:
            if reach is not None and (op.start < reach.stop or (
                    op.start == reach.start == reach.stop == op.stop)):
                raise ValueError(f"overlapping edits: {reach} and {op} both claim token {op.start}")
            if reach is None or op.stop >= reach.stop:
                reach = op
        return ops

    def _rewritten(self, src: Any, ops: list[Edit]) -> Any:
        """Rewrites alone: the text column (and separators, if some changed) replaced, the
        others shared."""
        old_text, old_sep = src.texts, src.seps
        texts = {op.start: op.value for op in ops if op.value != old_text[op.start]}
        seps = {op.start: op.sep for op in ops
                if op.sep is not None and op.sep != old_sep[op.start]}
        if seps.get(0):
            seps[0] = ""  # the first token has no separator before it
            if old_sep[0] == "":
                del seps[0]
        if not texts and not seps:
            return src
        if old_sep[0]:
            seps[0] = ""
        self._placed = lambda: [Region(op.start, op.stop, op.start, op.stop, op) for op in ops]
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


class _Commit:
    """One commit with drops, merges, splits or replacements: each edit's output tokens
    as ``[text, sep, base, fields]`` (``base``: the source index whose segment, id and
    timing the token keeps; else ``fields`` = (segment, id, start, end, probability)),
    the mending of dropped runs, then the cheapest build."""

    def __init__(self, src: Any, ops: list[Edit]):
        self.src, self.ops = src, ops
        self.n = len(src._text)
        self.outputs = [self._specs(op) for op in ops]
        self.extra: dict[int, list] = {}  # unedited neighbours a mended drop changed
        self.widen: dict[int, tuple[int, int]] = {}  # op position -> (before, after) widening

    def _timing(self, i: int) -> tuple[Any, Any, Any]:
        timing = self.src._timing
        return (None, None, None) if timing is None else (timing[0][i], timing[1][i],
                                                          timing[2][i])

    def _specs(self, op: Edit) -> list[list]:
        src, verb, i = self.src, op.verb, op.start
        if verb == "rewrite":
            return [[op.value, src._sep[i] if op.sep is None else op.sep, i, None]]
        if verb == "drop":
            return []
        if verb == "split":
            fields = (src._seg[i], NO_ID) + self._timing(i)
            return [[op.value[0], src._sep[i], i, None]] + [
                [text, SPACE, None, fields] for text in op.value[1:]]
        if verb == "merge":
            return [[op.value, src._sep[i] if op.sep is None else op.sep, None, self._merged(op)]]
        return [[tok[0], tok[1], None, _fields(tok)] for tok in op.value]

    def _merged(self, op: Edit) -> tuple:
        """A merged token's segment, id, start, end and probability."""
        src, span = self.src, range(op.start, op.stop)
        carrier = next((k for k in span if split_punct(src._text[k])[1]), op.start)
        ident, seg = src._id[carrier], src._seg[carrier]
        if src._timing is None:
            return (seg, ident, None, None, None)
        starts, ends, probs = src._timing
        start = next((starts[k] for k in span if starts[k] is not None), None)
        end = next((ends[k] for k in reversed(span) if ends[k] is not None), None)
        return (seg, ident, start, end, probs[carrier])

    # ---- mending -----------------------------------------------------------------------------
    def _mend(self) -> None:
        """Mend each run of dropped tokens (contiguous drops, one of them mended)."""
        ops, k = self.ops, 0
        while k < len(ops):
            if ops[k].verb != "drop":
                k += 1
                continue
            g = k
            while g + 1 < len(ops) and ops[g + 1].verb == "drop" and ops[g + 1].start == ops[g].stop:
                g += 1
            mended = [op for op in ops[k:g + 1] if op.mend]
            if mended:
                self._mend_run(k, g, mended)
            k = g + 1

    def _mend_run(self, k: int, g: int, mended: list[Edit]) -> None:
        src, ops = self.src, self.ops
        text, sep = src._text, src._sep
        removed = [text[t] for op in mended for t in range(op.start, op.stop)]
        first_sep = sep[mended[0].start]
        prev = self._neighbour(k - 1, ops[k].start - 1, last=True)
        nxt = self._neighbour(g + 1, ops[g].stop, last=False)
        before = after = 0
        if prev is not None:
            new = mend_before(prev[0], removed)
            if new != prev[0]:
                prev[0], before = new, 1
        if nxt is not None:
            at_line_start = prev is None or first_sep in _BREAKS
            new, new_sep = mend_after(nxt[0], removed[0], at_line_start), stronger_sep(first_sep, nxt[1])
            if (new, new_sep) != (nxt[0], nxt[1]):
                nxt[0], nxt[1], after = new, new_sep, 1
        self.widen[k] = (before, self.widen.get(k, (0, 0))[1])
        self.widen[g] = (self.widen.get(g, (0, 0))[0], after)

    def _neighbour(self, k: int, i: int, last: bool) -> list | None:
        """The output token next to a dropped run: the last (first) output of the edit at
        position ``k`` when that edit touches the run, else source token ``i`` (None when
        there is none)."""
        ops = self.ops
        if 0 <= k < len(ops) and (ops[k].stop == ops[k + 1].start if last else
                                  ops[k].start == ops[k - 1].stop):
            out = self.outputs[k]
            return out[-1] if last else out[0]
        if not 0 <= i < self.n:
            return None
        spec = self.extra.get(i)
        if spec is None:
            spec = self.extra[i] = [self.src._text[i], self.src._sep[i], i, None]
        return spec

    # ---- building ----------------------------------------------------------------------------
    def result(self) -> Any:
        self._mend()
        src = self.src
        ops, outputs = self.ops, self.outputs
        if self.extra:  # the mended neighbours join the edits, as rewrites
            pairs = sorted(chain(zip(ops, outputs), (
                (_new(Edit, (i, i + 1, "rewrite", spec[0], spec[1], False)), [spec])
                for i, spec in self.extra.items())), key=lambda pair: pair[0].start)
            ops, outputs = [p[0] for p in pairs], [p[1] for p in pairs]
        if all(len(out) <= 1 and op.stop > op.start for op, out in zip(ops, outputs)):
            return self._keeping(ops, outputs)
        built = ColumnBuilder(timed=src._timing is not None)
        done = 0
        for op, out in zip(ops, outputs):
            built.copy(src, done, op.start)
            for spec in out:
                built.add_fields(spec[0], spec[1], *self._fields(spec))
            done = op.stop
        built.copy(src, done, self.n)
        if built.sep and built.sep[0]:
            built.sep[0] = ""  # the first token has no separator before it
        return src._derive(*built.columns())

    def _fields(self, spec: list) -> tuple:
        base = spec[2]
        if base is None:
            return spec[3]
        return (self.src._seg[base], self.src._id[base]) + self._timing(base)

    def _keeping(self, ops: list[Edit], outputs: list[list]) -> Any:
        """At most one token for each edit: the kept stretches of every column copied as
        slices, each edit's token in place of its first source token."""
        src, n = self.src, self.n
        gone = [(op.start + len(out), op.stop) for op, out in zip(ops, outputs)]
        kept = between([r for r in gone if r[1] > r[0]], n)
        texts: dict[int, str] = {}
        seps: dict[int, str] = {}
        fields: dict[int, tuple] = {}
        for op, out in zip(ops, outputs):
            if out:
                spec = out[0]
                texts[op.start], seps[op.start] = spec[0], spec[1]
                if spec[2] != op.start:
                    fields[op.start] = self._fields(spec)
        if kept:
            seps[kept[0][0]] = ""  # the first token has no separator before it
        segs = {i: f[0] for i, f in fields.items()}
        ids = {i: f[1] for i, f in fields.items()}
        columns, timing = src._timing, None
        if fields and (columns is not None or any(f[2:] != (None,) * 3 for f in fields.values())):
            columns = columns or (Nones(n),) * 3
            timing = tuple({i: f[2 + c] for i, f in fields.items()} for c in range(3))
        new_timing = None if columns is None else tuple(
            assemble(column, kept, timing[c] if timing else {}) for c, column in enumerate(columns))
        return src._derive(assemble(src._text, kept, texts), assemble(src._sep, kept, seps),
                           assemble(src._seg, kept, segs), assemble(src._id, kept, ids),
                           new_timing, plain=True if src._plain and not ids else None)

    def regions(self) -> list[Region]:
        """Each edit's region: source range to result range (widened by its mending)."""
        offset, regions = 0, []
        for k, (op, out) in enumerate(zip(self.ops, self.outputs)):
            before, after = self.widen.get(k, (0, 0))
            new_start = op.start + offset
            regions.append(Region(op.start - before, op.stop + after, new_start - before,
                                  new_start + len(out) + after, op))
            offset += len(out) - (op.stop - op.start)
        return regions


def _fields(tok: Token) -> tuple:
    """A replacing token's segment, id (checked), start, end and probability."""
    if not isinstance(tok, Token):
        raise TypeError(f"a transcript's tokens are Token objects, not {type(tok).__name__}")
    ident = tok[3]
    if ident is None:
        ident = NO_ID
    elif type(ident) is not int or ident < 0:
        raise TypeError(f"token ids are whole numbers (0 or more) or None, not {ident!r}")
    return (tok[2], ident) + (tuple(tok[4:]) if len(tok) > 4 else (None, None, None))

