"""Committing edits: the edit records, and how a sorted list of them becomes a transcript.

:class:`~cleanup.edits.Edits` records what a step wants (an :class:`Edit` each) and
commits here: the runs of dropped tokens are mended first (``her, huh?`` → ``her?``, see
:func:`cleanup.marks.mend_before`), then the new columns are built the cheapest way. When
each edit leaves at most one token, the kept stretches of every column are copied as
slices and each edit's token put in place of its first source token; splits and
insertions rebuild the columns. Either way the first token loses its separator.

>>> from cleanup.transcript import Transcript
>>> t = Transcript.from_text("You like her, huh?")
>>> Commit(t, [Edit(3, 4, "drop", mend=True)]).result().text
'You like her?'
"""
from __future__ import annotations

from itertools import chain
from typing import Any, Container, Iterable, NamedTuple, Sequence

from .columns import NO_ID, ColumnBuilder, Nones, assemble, between
from .marks import LINE, PARAGRAPH, SPACE, mend_after, mend_before, split_punct, stronger_sep
from .tokens import Token

_new = tuple.__new__
_BREAKS = (LINE, PARAGRAPH)
_NOTHING: list = []  # a drop's output tokens (never changed)


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


class Commit:
    """Sorted, disjoint edits to ``src`` being applied (:meth:`result`).

    Each edit's output tokens are ``[text, sep, base, fields]`` (``base``: the source
    index whose segment, id and timing the token keeps; else ``fields`` = (segment, id,
    start, end, probability)); ``text`` and ``sep`` hold what mending changed in unedited
    tokens, by index, and ``mended`` where it changed something (for the regions)."""

    def __init__(self, src: Any, ops: list[Edit]):
        self.src, self.ops, self.n = src, ops, len(src._text)
        self.outputs = [_NOTHING if op.verb == "drop" else self._specs(op) for op in ops]
        self.text: dict[int, str] = {}
        self.sep: dict[int, str] = {}
        self.mended: list[tuple[int, int, int, int]] = []  # (first op, last op, before, after)

    def _timing(self, i: int) -> tuple[Any, Any, Any]:
        timing = self.src._timing
        return (None, None, None) if timing is None else (timing[0][i], timing[1][i],
                                                          timing[2][i])

    def _specs(self, op: Edit) -> list[list]:
        src, verb, i = self.src, op.verb, op.start
        if verb == "rewrite":
            return [[op.value, src._sep[i] if op.sep is None else op.sep, i, None]]
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
        """Mend each run of dropped tokens: contiguous drops, one of them mended."""
        ops, k, m = self.ops, 0, len(self.ops)
        while k < m:
            op = ops[k]
            if op.verb != "drop":
                k += 1
                continue
            g, mend = k, op.mend
            while g + 1 < m and ops[g + 1].verb == "drop" and ops[g + 1].start == ops[g].stop:
                g += 1
                mend = mend or ops[g].mend
            if mend:
                self._mend_run(k, g)
            k = g + 1

    def _mend_run(self, k: int, g: int) -> None:
        """Mend the run of drops ``ops[k..g]``: the text of the token before it, the text
        and separator of the token after it (an edit's token, or an unedited one)."""
        ops, outputs, text, sep = self.ops, self.outputs, self.src._text, self.src._sep
        if k == g:
            removed, first = text[ops[k].start:ops[k].stop], ops[k].start
        else:
            mended = [op for op in ops[k:g + 1] if op.mend]
            removed = [t for op in mended for t in text[op.start:op.stop]]
            first = mended[0].start
        first_sep, start, stop = sep[first], ops[k].start, ops[g].stop
        before = after = 0
        prev = outputs[k - 1][-1] if k > 0 and ops[k - 1].stop == start else None
        if prev is not None or start > 0:
            old = prev[0] if prev is not None else self.text.get(start - 1, text[start - 1])
            new = mend_before(old, removed)
            if new != old:
                before = 1
                if prev is not None:
                    prev[0] = new
                else:
                    self.text[start - 1] = new
        nxt = outputs[g + 1][0] if g + 1 < len(ops) and ops[g + 1].start == stop else None
        if nxt is not None or stop < self.n:
            at_line_start = (prev is None and start == 0) or first_sep in _BREAKS
            old, old_sep = (nxt[0], nxt[1]) if nxt is not None else (text[stop], sep[stop])
            new = mend_after(old, removed[0], at_line_start)
            new_sep = stronger_sep(first_sep, old_sep)
            if new != old or new_sep != old_sep:
                after = 1
                if nxt is not None:
                    nxt[0], nxt[1] = new, new_sep
                else:
                    self.text[stop], self.sep[stop] = new, new_sep
        if before or after:
            self.mended.append((k, g, before, after))

    # ---- building ----------------------------------------------------------------------------
    def result(self) -> Any:
        self._mend()
        src, ops, outputs = self.src, self.ops, self.outputs
        if all(len(out) <= 1 and op.stop > op.start for op, out in zip(ops, outputs)):
            return self._keeping()
        if self.text or self.sep:  # mended unedited tokens join the edits, as rewrites
            changed = self.text.keys() | self.sep.keys()
            pairs = sorted(chain(zip(ops, outputs), (
                (_new(Edit, (i, i + 1, "rewrite", None, None, False)),
                 [[self.text.get(i, src._text[i]), self.sep.get(i, src._sep[i]), i, None]])
                for i in changed)), key=lambda pair: pair[0].start)
            ops, outputs = [p[0] for p in pairs], [p[1] for p in pairs]
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

    def _keeping(self) -> Any:
        """At most one token for each edit: the kept stretches of every column copied as
        slices, each edit's token in place of its first source token."""
        src, n = self.src, self.n
        texts, seps, fields = self.text, self.sep, {}
        for op, out in zip(self.ops, self.outputs):
            if out:
                spec = out[0]
                texts[op.start], seps[op.start] = spec[0], spec[1]
                if spec[2] != op.start:
                    fields[op.start] = self._fields(spec)
        # what each edit leaves out: a drop its tokens, a merge all but its first
        kept = between(((op.start + len(out), op.stop) for op, out in zip(self.ops, self.outputs)
                        if op.stop > op.start + len(out)), n)
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

    def regions(self, starts: Container[int] | None = None) -> list[Region]:
        """Each edit's region: source range to result range, widened by the tokens its
        mending changed (in the source too, unless an insertion's token it was); only
        those of the edits that start in ``starts`` when it is given."""
        ops = self.ops
        widen: dict[int, list[int]] = {}  # op: before, before_src, after, after_src
        for k, g, before, after in self.mended:
            widen.setdefault(k, [0, 0, 0, 0])[:2] = [before, before and not (
                k > 0 and ops[k - 1].stop == ops[k].start and ops[k - 1].start == ops[k - 1].stop)]
            widen.setdefault(g, [0, 0, 0, 0])[2:] = [after, after and not (
                g + 1 < len(ops) and ops[g + 1].start == ops[g].stop
                and ops[g + 1].start == ops[g + 1].stop)]
        offset, regions = 0, []
        for k, (op, out) in enumerate(zip(ops, self.outputs)):
            if starts is None or op.start in starts:
                before, before_src, after, after_src = widen.get(k, (0, 0, 0, 0))
                new_start = op.start + offset
                regions.append(Region(op.start - before_src, op.stop + after_src,
                                      new_start - before, new_start + len(out) + after, op))
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


def starts_after(a: Edit, b: Edit) -> bool:
    """Whether ``a`` sorts after ``b`` (by where they start, then where they stop)."""
    return a[0] > b[0] or (a[0] == b[0] and a[1] > b[1])


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
