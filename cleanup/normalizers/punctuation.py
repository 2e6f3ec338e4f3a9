"""Tidy spacing and punctuation: no space before a comma, one after it, no doubled marks.

>>> TidyPunctuation()('word ,and " Foo " bar . Hi,, how are you?. It is 8: 40 ,')
'word, and "Foo" bar. Hi, how are you? It is 8:40,'

What it does, in order:
1. attaches punctuation that stands alone or leads a word to the word it belongs to
   (``word ,and`` → ``word, and``; ``" Foo "`` → ``"Foo"``), keeping dashes and music notes
   standalone;
2. repairs doubled and clashing marks: ``,,`` → ``,``; ``,,,`` → ``...``; ``,!`` → ``!``;
   ``?.`` → ``?``; ``!....`` → ``!``;
3. joins split times and ordinals: ``8: 40`` → ``8:40``, ``4 th`` → ``4th``.
A bracketed tag with no word inside stays as written (YouTube's censor tag ``[ __ ]``), and
a line or paragraph break before a mark that joins the word before it stays, before the
next word (``Thank\n\n, And`` → ``Thank,\n\nAnd``).
Spacing itself (runs of spaces, tabs, spaces at line ends) is already folded when text is
read into tokens, and a missing space (``okay.It``) is :mod:`.spacing`'s concern. Run after
the steps that remove words, to mend the debris they leave.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import unicodedata

import regex

from ..marks import DASHES, LINE, PARAGRAPH, split_punct, stronger_sep
from ..pipeline import Normalizer
from ..transcript import Transcript
from ..words import Words

_ATTACH_LEFT = set(",.;:!?…)]}»”’%")
_ATTACH_RIGHT = set("([{«“‘¿¡")
_STANDALONE = set("-‐–—♪♫#&*/+=~|•·")
_QUOTES = "\"'"
_DASHES = frozenset(DASHES)  # a token that is one dash
_BREAKS = (LINE, PARAGRAPH)
# A bracket alone, or after the quote that opens it ("“[" once tidied): a tag may open.
_TAG_OPENERS = frozenset(q + b for q in ("", *"“‘\"'«") for b in "[(")
_LEADING_DEBRIS = frozenset(",;:.")  # marks that belong to the word before them
_ORDINAL = regex.compile(r"(?i)^(st|nd|rd|th)(\W*)$")
_TRAIL_FIXES = [
    (regex.compile(r",{3,}"), "..."),
    (regex.compile(r"([,;:])\1+"), r"\1"),
    (regex.compile(r"[,;:]+(?=[.?!…])"), ""),
    (regex.compile(r"(?<=[?!])\.+"), ""),
    (regex.compile(r"\.{4,}"), "..."),
]


@lru_cache(maxsize=1 << 16)
def _fix_trail(text: str) -> str:
    lead, core, trail = split_punct(text)
    if len(trail) < 2:
        return text
    for pattern, repl in _TRAIL_FIXES:
        trail = pattern.sub(repl, trail)
    return lead + core + trail


@lru_cache(maxsize=4096)
def _standalone(text: str) -> bool:
    """Marks that stand alone between words: dashes, music notes, and any symbol (``$ 5``,
    ``3 < 5``, ``so 😀``): attaching them to a word would change what it says."""
    return all(ch in _STANDALONE or unicodedata.category(ch)[0] == "S"
               or ch in "\u200d\ufe0f" for ch in text)


@lru_cache(maxsize=1 << 16)
def _needs_work(text: str) -> bool:
    """False for the common token that no rule here can touch (``word``, ``word,``)."""
    lead, core, trail = split_punct(text)
    return (not core or bool(lead) or len(trail) > 1 or core.isdigit() or text[-1:] == ":"
            or _ORDINAL.match(text) is not None or any(q in text for q in _QUOTES))


@dataclass
class _Placement:
    """Rule 1's state as it goes through the tokens in order: new texts and separators by
    token index, the tokens dropped (attached to a neighbour), the joins (``8:`` + ``40``:
    index of the first → of the second), the last token of the output so far (``last``,
    -1: none yet) and the last one placed (``seen``), the opening punctuation held until
    the word it belongs to arrives (``carry``, with the separator it had), and the open
    quotes. Tokens no rule touches are never read one by one.
    """

    text: dict[int, str] = field(default_factory=dict)
    sep: dict[int, str] = field(default_factory=dict)
    joins: dict[int, int] = field(default_factory=dict)
    drop: set[int] = field(default_factory=set)
    last: int = -1
    seen: int = -1
    carry: str = ""
    carry_sep: str | None = None
    open_quotes: set[str] = field(default_factory=set)


def _place(words: Words, state: _Placement, i: int) -> None:
    """Place token ``i``; the tokens between the last one placed and ``i`` stay as they are."""
    if state.seen < i - 1:
        state.last = i - 1
    state.seen = i
    text = words.texts[i]
    if not state.carry and not _needs_work(text):
        state.last = i
    elif words.is_word(i):
        _place_word(words, state, i, text)
    else:
        _place_mark(words, state, i, text)


def _hold(state: _Placement, i: int, text: str, sep: str) -> None:
    state.drop.add(i)
    state.carry += text
    state.carry_sep = sep if state.carry_sep is None else state.carry_sep


def _append_to_previous(words: Words, state: _Placement, i: int, text: str) -> None:
    """A mark joins the word before it; a line or paragraph break before the mark stays,
    before the next token (``Thank\n\n, And`` → ``Thank,\n\nAnd``)."""
    state.drop.add(i)
    state.text[state.last] = state.text.get(state.last, words.texts[state.last]) + text
    sep = state.sep.get(i, words.seps[i])
    if sep in _BREAKS and i + 1 < len(words):
        state.sep[i + 1] = stronger_sep(state.sep.get(i + 1, words.seps[i + 1]), sep)


def _place_mark(words: Words, state: _Placement, i: int, text: str) -> None:
    """A token of punctuation only: kept alone, held for the next word, or attached to the
    previous one."""
    last, sep = state.last, words.seps[i]
    prev = state.text.get(last, words.texts[last]) if last >= 0 else ""
    if _standalone(text):
        if text in _DASHES and prev in _DASHES and sep == " ":
            state.drop.add(i)  # "I'm — Uh —" lost its Uh: one dash is enough
        else:
            state.last = i
        return
    if text in _QUOTES or text in ("“", "‘"):
        opening = text in ("“", "‘") or text not in state.open_quotes
        (state.open_quotes.add if opening else state.open_quotes.discard)(text)
        if opening:
            _hold(state, i, text, sep)
            return
        if last >= 0:
            _append_to_previous(words, state, i, text)
            return
    prev_is_word = bool(split_punct(prev)[1])
    if text in ("..", "...", "…") and (not prev_is_word or "\n" in sep):
        _hold(state, i, text, sep)  # "- ... Careful" → "- ...Careful"
    elif all(ch in _ATTACH_RIGHT for ch in text):
        _hold(state, i, text, sep)
    elif prev_is_word or (prev and prev[-1] not in _STANDALONE):
        _append_to_previous(words, state, i, text)
    elif last >= 0:
        state.last = i
    else:
        state.drop.add(i)  # leading commas and periods at the very start are dropped


def _place_word(words: Words, state: _Placement, i: int, text: str) -> None:
    """A word: its leading closers go to the previous word, held openers join it."""
    last, texts = state.last, words.texts
    lead, core, trail = words.parts(i)
    # Track quotes inside words so a later lone quote knows whether it closes.
    state.open_quotes.update(ch for ch in lead if ch in _QUOTES)
    state.open_quotes.difference_update(ch for ch in trail if ch in _QUOTES)
    moved = ""
    while (lead and lead[0] in _ATTACH_LEFT and lead[0] not in "’…"
           and not lead.startswith("..") and not _decimal_mark(lead, core)):
        moved += lead[0]
        lead = lead[1:]
    prev = state.text.get(last, texts[last]) if last >= 0 else ""
    if moved and last >= 0 and split_punct(prev)[1]:
        prev = state.text[last] = prev + moved
    elif moved and last >= 0:
        lead = moved + lead
    # (", and so" at the very start: the stray mark is dropped)
    new = state.carry + lead + core + trail
    sep = state.carry_sep if state.carry_sep is not None else words.seps[i]
    state.carry, state.carry_sep = "", None
    if last >= 0 and _joins(prev, new):
        state.drop.add(i)
        state.text[last] = prev + new
        state.joins[last] = i
        return
    if new != text:
        state.text[i] = new
    if sep != words.seps[i]:
        state.sep[i] = sep
    state.last = i


def _drop_orphan_dashes(words: Words, state: _Placement, dashes: list[int]) -> set[int]:
    """A dialogue dash alone on its line (its words were removed) goes too; the token after
    it takes the stronger of the two separators."""
    drop, n = state.drop, len(words)
    orphans: set[int] = set()  # dashes this pass dropped
    for i in dashes:  # in order, so a dash sees the separator an earlier one left
        before = i - 1  # the output token before the dash, and the one after it
        while before in drop or before in orphans:
            before -= 1
        after = i + 1
        while after in drop:
            after += 1
        sep = state.sep.get(i, words.seps[i])
        after_sep = state.sep.get(after, words.seps[after]) if after < n else ""
        if (before < 0 or sep in _BREAKS) and (after == n or after_sep in _BREAKS):
            orphans.add(i)
            if before >= 0 and after < n:
                state.sep[after] = stronger_sep(sep, after_sep)
    drop |= orphans
    return orphans


def _open_tag(words: Words, state: _Placement, i: int) -> None:
    """Held opening marks go before a tag kept as written (they have no word to join)."""
    state.text[i] = state.carry + words.texts[i]
    if state.carry_sep is not None and state.carry_sep != words.seps[i]:
        state.sep[i] = state.carry_sep
    state.carry, state.carry_sep = "", None


def _wordless_tags(words: Words, openers: list[int]) -> set[int]:
    """The tokens of the bracketed tags whose inside has no word, kept as written: YouTube's
    censor tag ``[ __ ]`` is not ``[__]`` (a bracket around a word is joined to it).
    ``openers``: the tokens that are an opening bracket alone (or after a quote)."""
    texts, n = words.texts, len(words)
    kept: set[int] = set()
    for i in openers:
        close = "]" if texts[i][-1] == "[" else ")"
        for k in range(i + 1, min(i + 6, n)):
            if any(ch.isalnum() for ch in texts[k]) or words.seps[k] in _BREAKS:
                break
            if texts[k][:1] == close:  # "]" or "],": the comma is the sentence's
                kept.update(range(i, k + 1))
                break
    return kept


def _decimal_mark(lead: str, core: str) -> bool:
    """``.5``, ``,75``: a point or comma right before a digit is the number's own decimal
    mark, never a stray mark of the word before (``Give .5 mg`` is not ``Give. 5 mg``)."""
    return lead in (".", ",") and core[:1].isdigit()


def _joins(prev: str, text: str) -> bool:
    """``8:`` + ``40`` → ``8:40``; ``4`` + ``th`` → ``4th``."""
    if prev[-1:] == ":" and prev[:-1].isdigit() and text[:2].isdigit():
        return True
    return prev.isdigit() and _ORDINAL.match(text) is not None


@dataclass(frozen=True)
class TidyPunctuation(Normalizer):
    """Put punctuation where it belongs and remove doubled marks (``word ,and`` → ``word, and``)."""

    def transform(self, transcript: Transcript) -> Transcript:
        words = Words(transcript)
        texts, n = words.texts, len(words)
        state = _Placement()
        placed_words = list(words.where(_needs_work))
        as_written = _wordless_tags(words, [i for i in placed_words if texts[i] in _TAG_OPENERS])
        if as_written:
            placed_words = [i for i in placed_words if i not in as_written]
        for i in placed_words:
            if i <= state.seen:
                continue  # already placed as the word a held mark was waiting for
            _place(words, state, i)
            while state.carry and state.seen + 1 < n:
                if state.seen + 1 in as_written:  # "“ [ __ ]": the quote opens the tag
                    _open_tag(words, state, state.seen + 1)
                    break
                _place(words, state, state.seen + 1)
        # Marks still held at the end (an opening quote with no word after it) are debris:
        # they stay dropped. Rule 2 on every output token whose text changed or might need
        # it (a token no rule touches has no doubled marks: its trail is one character at most).
        edited = state.text
        placed = sorted({i for i in chain(placed_words, edited) if i not in state.drop})
        for i in placed:
            text = edited.get(i, texts[i])
            if len(text) >= 3 and (fixed := _fix_trail(text)) != text:
                edited[i] = fixed
        dashes = [i for i in placed if edited.get(i, texts[i]) in _DASHES]
        if dashes:
            _mend_after_orphans(words, state, _drop_orphan_dashes(words, state, dashes))
        return _edited(transcript, state)


def _mend_after_orphans(words: Words, state: _Placement, orphans: set[int]) -> None:
    """Commas and periods that stood after an orphan dash (``word\n-\n,``) join the word
    before it, or go when no word is before them (``-\n, so`` → ``so``), as they would
    have, had the dash not been there: a second run would move them."""
    n, drop = len(words), state.drop
    for dash in sorted(orphans):
        k = dash + 1
        while k < n and k in drop:
            k += 1
        before = dash - 1
        while before >= 0 and before in drop:
            before -= 1
        while k < n and not words.is_word(k):
            text = state.text.get(k, words.texts[k])
            if not text or not set(text) <= _LEADING_DEBRIS:
                break
            if before >= 0:
                state.text[before] = state.text.get(before, words.texts[before]) + text
            drop.add(k)
            if k + 1 < n:
                sep = stronger_sep(state.sep.get(k, words.seps[k]), words.seps[k + 1])
                state.sep[k + 1] = stronger_sep(sep, state.sep.get(k + 1, words.seps[k + 1]))
            k += 1


def _edited(transcript: Transcript, state: _Placement) -> Transcript:
    """The transcript with the placement's changes: a join merges its two tokens (the time
    spans both), an attached mark's token is dropped (its text lives on in its neighbour's),
    the rest are rewrites."""
    edits = transcript.edit()
    joined: set[int] = set()
    for first, second in state.joins.items():
        edits.merge(first, second + 1, state.text[first], state.sep.get(first))
        joined.update(range(first, second + 1))
    for i in state.drop - joined:
        edits.drop(i, mend=False)
    for i in (state.text.keys() | state.sep.keys()) - state.drop - joined:
        edits.rewrite(i, state.text.get(i, transcript.texts[i]), state.sep.get(i))
    return edits.commit()
