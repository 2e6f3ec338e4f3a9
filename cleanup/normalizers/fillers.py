"""Remove fillers (uh, um, er, hmm …) and, in the readable style, set-off discourse fillers.

>>> RemoveFillers()("shots to um uh, to look. Um, that’s it, uh?")
'shots to to look. that’s it?'

Removal mends the punctuation the filler carried (see :meth:`Transcript.remove`): its
comma goes with it, a sentence end moves to the word before. Run before
``collapse_repeats`` (so ``to um, to`` becomes ``to to`` and then ``to``) and before
``capitalize_sentences`` (so ``Um, that’s`` becomes ``That’s``).

The word list is ``cleanup/data/fillers.txt``; lengthened spellings (``ummm``, ``uhhh``)
match too.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Sequence

import regex

from ..pipeline import Normalizer
from ..transcript import Transcript, split_punct


@lru_cache(maxsize=1)
def default_fillers() -> tuple[str, ...]:
    text = resources.files("cleanup.data").joinpath("fillers.txt").read_text("utf-8")
    return tuple(w for w in (ln.split("#", 1)[0].strip().lower() for ln in text.splitlines()) if w)


def _stretch(word: str) -> str:
    """A pattern matching the word with any of its letters held: um → u+m+."""
    return "".join(regex.escape(ch) + "+" for ch in word)


@dataclass(frozen=True)
class RemoveFillers(Normalizer):
    """Drop filler tokens such as ``uh`` and ``um`` (also ``Uhh,`` and ``-um-``)."""

    words: Sequence[str] = field(default_factory=default_fillers)

    def __post_init__(self) -> None:
        words = tuple(str(w).strip().lower() for w in self.words if str(w).strip())
        object.__setattr__(self, "words", words)
        pattern = "|".join(_stretch(w) for w in sorted(set(words), key=len, reverse=True))
        object.__setattr__(self, "_match", regex.compile(rf"(?:{pattern})", regex.IGNORECASE)
                           if words else None)

    def is_filler(self, core: str) -> bool:
        return bool(core) and self._match is not None and self._match.fullmatch(core) is not None

    def transform(self, transcript: Transcript) -> Transcript:
        if self._match is None:
            return transcript
        verdicts: dict[str, bool] = {}
        spans = []
        for i, tok in enumerate(transcript.tokens):
            filler = verdicts.get(tok.text)
            if filler is None:
                core = split_punct(tok.text)[1]
                filler = verdicts[tok.text] = (
                    bool(core) and len(core) <= 8 and self.is_filler(core.replace("-", "")))
            if filler:
                spans.append((i, i + 1))
        return transcript.remove(spans)


# Discourse fillers: removed only where commas or a sentence boundary set them off, or
# where nothing but the phrase sits between two clauses, so "if you know the answer" stays.
DISCOURSE_FILLERS: tuple[str, ...] = ("you know", "i mean", "you see", "kind of like", "like i said")


@dataclass(frozen=True)
class RemoveDiscourseFillers(Normalizer):
    """Readable style: drop ``you know`` / ``I mean`` where they are set off as asides.

    >>> RemoveDiscourseFillers()("and, you know, it works. I mean, it is fine. Do you know him?")
    'and it works. it is fine. Do you know him?'
    """

    phrases: Sequence[str] = DISCOURSE_FILLERS

    def __post_init__(self) -> None:
        object.__setattr__(self, "phrases",
                           tuple(tuple(_plain(p.lower()).split()) for p in self.phrases))

    def transform(self, transcript: Transcript) -> Transcript:
        toks = transcript.tokens
        spans: list[tuple[int, int]] = []
        strip_comma: set[int] = set()
        for i in range(len(toks)):
            if spans and i < spans[-1][1]:
                continue
            for words in self.phrases:
                j = i + len(words)
                if j > len(toks) or tuple(_plain(t.word) for t in toks[i:j]) != words:
                    continue
                if any(split_punct(t.text)[2] or split_punct(t.text)[0] for t in toks[i:j - 1]):
                    continue  # "you, know" is not the phrase
                prev_trail = split_punct(toks[i - 1].text)[2] if i else ""
                set_off_before = i == 0 or bool(prev_trail) or toks[i].sep != " "
                trail = split_punct(toks[j - 1].text)[2]
                set_off_after = j == len(toks) or trail[:1] in (",", ".", "?", "!", ";", "—")
                if set_off_before and set_off_after:
                    spans.append((i, j))
                    # "and, you know, it" → "and it": the aside's commas go as a pair.
                    if prev_trail == "," and trail[:1] == ",":
                        strip_comma.add(i - 1)
                    break
        if not spans:
            return transcript
        out = transcript.map_tokens(
            lambda k, tok: tok.text[:-1] if k in strip_comma else tok.text)
        return out.remove(spans)


def _plain(word: str) -> str:
    return word.replace("’", "'")
