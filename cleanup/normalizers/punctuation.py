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


def _drop_orphan_dashes(tokens: list[Token]) -> list[Token]:
    """A dialogue dash alone on its line (its words were removed) goes too."""
    out: list[Token] = []
    pending_sep = None
    for k, tok in enumerate(tokens):
        if pending_sep is not None:
            tok = tok._replace(sep=stronger_sep(pending_sep, tok.sep))
            pending_sep = None
        line_start = not out or tok.sep in (LINE, PARAGRAPH)
        line_end = k + 1 == len(tokens) or tokens[k + 1].sep in (LINE, PARAGRAPH)
        if tok.text in _DASHES and line_start and line_end:
            pending_sep = tok.sep if out else None
            continue
        out.append(tok)
    return out


@lru_cache(maxsize=1 << 16)
def _needs_work(text: str) -> bool:
    """False for the common token that no rule here can touch (``word``, ``word,``)."""
    lead, core, trail = split_punct(text)
    return (not core or bool(lead) or len(trail) > 1 or core.isdigit() or text[-1:] == ":"
            or _ORDINAL.match(text) is not None or any(q in text for q in _QUOTES))


class _Placer:
    """Rule 1, one token at a time: builds the output tokens, holding opening punctuation
    (``carry``) until the word it belongs to arrives."""

    def __init__(self) -> None:
        self.out: list[Token] = []
        self.carry = ""  # opening punctuation waiting for the next word
        self.carry_sep: str | None = None
        self.open_quotes: set[str] = set()

    def add(self, tok: Token) -> None:
        if not self.carry and not _needs_work(tok.text):
            self.out.append(tok)
        elif split_punct(tok.text)[1]:
            self._word(tok)
        else:
            self._punctuation(tok)

    def _hold(self, text: str, sep: str) -> None:
        self.carry += text
        self.carry_sep = sep if self.carry_sep is None else self.carry_sep

    def _append_to_previous(self, text: str) -> None:
        self.out[-1] = self.out[-1]._replace(text=self.out[-1].text + text)

    def _punctuation(self, tok: Token) -> None:
        """A token of punctuation only: kept alone, held for the next word, or attached
        to the previous one."""
        out, text = self.out, tok.text
        if _standalone(text):
            if text in _DASHES and out and out[-1].text in _DASHES and tok.sep == " ":
                return  # "I'm — Uh —" lost its Uh: one dash is enough
            out.append(tok)
            return
        if text in _QUOTES or text in ("“", "‘"):
            opening = text in ("“", "‘") or text not in self.open_quotes
            (self.open_quotes.add if opening else self.open_quotes.discard)(text)
            if opening:
                self._hold(text, tok.sep)
                return
            if out:
                self._append_to_previous(text)
                return
        prev_is_word = bool(out) and bool(split_punct(out[-1].text)[1])
        if text in ("..", "...", "…") and (not prev_is_word or "\n" in tok.sep):
            self._hold(text, tok.sep)  # "- ... Careful" → "- ...Careful"
            return
        if all(ch in _ATTACH_RIGHT for ch in text):
            self._hold(text, tok.sep)
            return
        if prev_is_word or (out and out[-1].text and out[-1].text[-1] not in _STANDALONE):
            self._append_to_previous(text)
        elif out:
            out.append(tok)
        # else: leading commas and periods at the very start are dropped

    def _word(self, tok: Token) -> None:
        """A word: its leading closers go to the previous word, held openers join it."""
        out = self.out
        lead, core, trail = split_punct(tok.text)
        # Track quotes inside words so a later lone quote knows whether it closes.
        self.open_quotes.update(ch for ch in lead if ch in _QUOTES)
        self.open_quotes.difference_update(ch for ch in trail if ch in _QUOTES)
        moved = ""
        while (lead and lead[0] in _ATTACH_LEFT and lead[0] not in "’…"
               and not lead.startswith("..")):
            moved += lead[0]
            lead = lead[1:]
        if moved and out and split_punct(out[-1].text)[1]:
            self._append_to_previous(moved)
        elif moved and out:
            lead = moved + lead
        # (", and so" at the very start: the stray mark is dropped)
        text = self.carry + lead + core + trail
        sep = self.carry_sep if self.carry_sep is not None else tok.sep
        self.carry, self.carry_sep = "", None
        if out and _joins(out[-1].text, text):
            out[-1] = out[-1]._replace(text=out[-1].text + text, end=tok.end or out[-1].end)
            return
        out.append(tok if (text == tok.text and sep == tok.sep) else tok._replace(text=text, sep=sep))


def _joins(prev: str, text: str) -> bool:
    """``8:`` + ``40`` → ``8:40``; ``4`` + ``th`` → ``4th``."""
    if prev[-1:] == ":" and prev[:-1].isdigit() and text[:2].isdigit():
        return True
    return prev.isdigit() and _ORDINAL.match(text) is not None


@dataclass(frozen=True)
class TidyPunctuation(Normalizer):
    """Put punctuation where it belongs and remove doubled marks (``word ,and`` → ``word, and``)."""

    def transform(self, transcript: Transcript) -> Transcript:
        if not any(_needs_work(tok.text) for tok in transcript.tokens):
            return transcript
        placer = _Placer()
        for tok in transcript.tokens:
            placer.add(tok)
        # An opening quote or bracket with no word after it is debris: it is dropped.
        out = [t if len(t.text) < 3 or (new := _fix_trail(t.text)) == t.text else t.with_text(new)
               for t in placer.out]
        if any(t.text in _DASHES for t in out):
            out = _drop_orphan_dashes(out)
        if len(out) == len(transcript.tokens) and all(
                a is b for a, b in zip(out, transcript.tokens)):
            return transcript
        return transcript.with_tokens(out)
