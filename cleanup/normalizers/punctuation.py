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
Spacing itself (runs of spaces, tabs, spaces at line ends) is already folded when text is
read into tokens, and a missing space (``okay.It``) is :mod:`.spacing`'s concern. Run after
the steps that remove words, to mend the debris they leave.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import unicodedata

import regex

from ..pipeline import Normalizer
from ..transcript import LINE, PARAGRAPH, Token, Transcript, split_punct, stronger_sep

_ATTACH_LEFT = set(",.;:!?…)]}»”’%")
_ATTACH_RIGHT = set("([{«“‘¿¡")
_STANDALONE = set("-‐–—♪♫#&*/+=~|•·")
_QUOTES = "\"'"
_DASHES = ("-", "‐", "–", "—")
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


class _Placer:
    """Rule 1, one token at a time, as edits to the transcript's columns: new texts,
    separators and ends by token index, and the tokens dropped (attached to a neighbour).
    Opening punctuation is held (``carry``) until the word it belongs to arrives.

    The output is the transcript's tokens less ``drop``, with the edits applied; tokens no
    rule touches are never read one by one, let alone made into :class:`Token` objects.
    """

    def __init__(self, transcript: Transcript) -> None:
        self.texts, self.seps, self.ends = transcript.texts, transcript.seps, transcript.ends
        self.text: dict[int, str] = {}
        self.sep: dict[int, str] = {}
        self.end: dict[int, float | None] = {}
        self.drop: set[int] = set()
        self.last = -1  # index of the last token in the output so far (-1: none yet)
        self.seen = -1  # index of the last token added
        self.carry = ""  # opening punctuation waiting for the next word
        self.carry_sep: str | None = None
        self.open_quotes: set[str] = set()

    def text_of(self, i: int) -> str:
        return self.text.get(i, self.texts[i])

    def sep_of(self, i: int) -> str:
        return self.sep.get(i, self.seps[i])

    def add(self, i: int) -> None:
        """Place token ``i``; the tokens between the last one added and ``i`` stay as they are."""
        if self.seen < i - 1:
            self.last = i - 1
        self.seen = i
        text = self.texts[i]
        if not self.carry and not _needs_work(text):
            self.last = i
        elif split_punct(text)[1]:
            self._word(i, text)
        else:
            self._punctuation(i, text)

    def _hold(self, i: int, text: str, sep: str) -> None:
        self.drop.add(i)
        self.carry += text
        self.carry_sep = sep if self.carry_sep is None else self.carry_sep

    def _append_to_previous(self, i: int, text: str) -> None:
        self.drop.add(i)
        self.text[self.last] = self.text_of(self.last) + text

    def _punctuation(self, i: int, text: str) -> None:
        """A token of punctuation only: kept alone, held for the next word, or attached
        to the previous one."""
        last, sep = self.last, self.seps[i]
        if _standalone(text):
            if text in _DASHES and last >= 0 and self.text_of(last) in _DASHES and sep == " ":
                self.drop.add(i)  # "I'm — Uh —" lost its Uh: one dash is enough
            else:
                self.last = i
            return
        if text in _QUOTES or text in ("“", "‘"):
            opening = text in ("“", "‘") or text not in self.open_quotes
            (self.open_quotes.add if opening else self.open_quotes.discard)(text)
            if opening:
                self._hold(i, text, sep)
                return
            if last >= 0:
                self._append_to_previous(i, text)
                return
        prev = self.text_of(last) if last >= 0 else ""
        prev_is_word = bool(split_punct(prev)[1])
        if text in ("..", "...", "…") and (not prev_is_word or "\n" in sep):
            self._hold(i, text, sep)  # "- ... Careful" → "- ...Careful"
        elif all(ch in _ATTACH_RIGHT for ch in text):
            self._hold(i, text, sep)
        elif prev_is_word or (prev and prev[-1] not in _STANDALONE):
            self._append_to_previous(i, text)
        elif last >= 0:
            self.last = i
        else:
            self.drop.add(i)  # leading commas and periods at the very start are dropped

    def _word(self, i: int, text: str) -> None:
        """A word: its leading closers go to the previous word, held openers join it."""
        last = self.last
        lead, core, trail = split_punct(text)
        # Track quotes inside words so a later lone quote knows whether it closes.
        self.open_quotes.update(ch for ch in lead if ch in _QUOTES)
        self.open_quotes.difference_update(ch for ch in trail if ch in _QUOTES)
        moved = ""
        while (lead and lead[0] in _ATTACH_LEFT and lead[0] not in "’…"
               and not lead.startswith("..") and not _decimal_mark(lead, core)):
            moved += lead[0]
            lead = lead[1:]
        if moved and last >= 0 and split_punct(self.text_of(last))[1]:
            self.text[last] = self.text_of(last) + moved
        elif moved and last >= 0:
            lead = moved + lead
        # (", and so" at the very start: the stray mark is dropped)
        new = self.carry + lead + core + trail
        sep = self.carry_sep if self.carry_sep is not None else self.seps[i]
        self.carry, self.carry_sep = "", None
        if last >= 0 and _joins(self.text_of(last), new):
            self.drop.add(i)
            self.text[last] = self.text_of(last) + new
            if self.ends is not None:
                self.end[last] = self.ends[i] or self.end.get(last, self.ends[last])
            return
        if new != text:
            self.text[i] = new
        if sep != self.seps[i]:
            self.sep[i] = sep
        self.last = i

    def next_kept(self, i: int) -> int:
        """The index of the output token after token ``i`` (the token count if none)."""
        i += 1
        while i in self.drop:
            i += 1
        return i

    def previous_kept(self, i: int) -> int:
        """The index of the output token before token ``i`` (-1 if none)."""
        i -= 1
        while i in self.drop:
            i -= 1
        return i

    def drop_orphan_dashes(self, dashes: list[int]) -> None:
        """A dialogue dash alone on its line (its words were removed) goes too; the token
        after it takes the stronger of the two separators."""
        breaks = (LINE, PARAGRAPH)
        n = len(self.texts)
        orphans: set[int] = set()  # dashes this pass dropped
        for i in dashes:  # in order, so a dash sees the separator an earlier one left
            before = self.previous_kept(i)
            while before in orphans:
                before = self.previous_kept(before)
            after = self.next_kept(i)
            sep = self.sep_of(i)
            if ((before < 0 or sep in breaks)
                    and (after == n or self.sep_of(after) in breaks)):
                orphans.add(i)
                if before >= 0 and after < n:
                    self.sep[after] = stronger_sep(sep, self.sep_of(after))
        self.drop |= orphans


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
        texts = transcript.texts
        work = {text for text in set(texts) if _needs_work(text)}
        if not work:
            return transcript
        placer = _Placer(transcript)
        add = placer.add
        n = len(texts)
        placed_words = list(transcript.positions(work))
        for i in placed_words:
            if i <= placer.seen:
                continue  # already placed as the word a held mark was waiting for
            add(i)
            while placer.carry and placer.seen + 1 < n:
                add(placer.seen + 1)
        # Marks still held at the end (an opening quote with no word after it) are debris:
        # they stay dropped. Rule 2 on every output token whose text changed or might need
        # it (a token no rule touches has no doubled marks: its trail is one character at most).
        edited = placer.text
        placed = sorted({i for i in chain(placed_words, edited) if i not in placer.drop})
        for i in placed:
            text = placer.text_of(i)
            if len(text) >= 3 and (fixed := _fix_trail(text)) != text:
                edited[i] = fixed
        dashes = [i for i in placed if placer.text_of(i) in _DASHES]
        if dashes:
            placer.drop_orphan_dashes(dashes)
        return _apply(transcript, placer)


def _apply(transcript: Transcript, placer: _Placer) -> Transcript:
    """The transcript with the placer's edits: only token texts changed is the cheap case."""
    drop, texts, seps, ends = placer.drop, placer.text, placer.sep, placer.end
    first_sep_empty = transcript.seps[:1] in ((), ("",))
    if not (drop or seps or ends) and first_sep_empty:
        return transcript.with_texts(texts)
    tokens = transcript.tokens
    edits: dict[int, list[Token]] = {i: [] for i in drop}
    for i in (texts.keys() | seps.keys() | ends.keys()) - drop:
        tok = tokens[i]
        changes = {"text": texts.get(i, tok.text), "sep": seps.get(i, tok.sep)}
        if i in ends:
            changes["end"] = ends[i]
        edits[i] = [tok._replace(**changes)]
    if not first_sep_empty and not edits:
        edits[0] = [tokens[0]]  # rebuilt, so that the first token loses its separator
    return transcript.splice(edits)
