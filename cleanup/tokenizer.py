"""Tokenizing: running text into token columns (what :meth:`Transcript.from_text` and
:meth:`Transcript.from_segments` read).

A token is a run of non-whitespace; the whitespace before it folds to a space, a line
break or a paragraph break (``""`` before the first token), and each paragraph break
starts a new segment.

>>> tokenize("So,  um\\n\\nyes.")
(('So,', 'um', 'yes.'), ('', ' ', '\\n\\n'), (0, 0, 1))
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Sequence, cast

from .columns import frozen_column
from .marks import PARAGRAPH, normalize_sep
from .tokens import Segment, Token

# Unicode's White_Space (what the regex module's \s means; the standard re's \s also takes
# \x1c-\x1f). The standard re is a third faster than regex on this pattern.
_WS = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_TOKENS = re.compile(f"([{_WS}]*)([^{_WS}]+)")


def tokenize(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """The texts, separators and paragraph indices of the tokens of ``text``."""
    texts: list[str] = []
    seps: list[str] = []
    segs: list[int] = []
    seg = 0
    known: dict[str, str] = {}
    # One string per spelling (a transcript repeats its words), and no list of all the
    # matches at once: both keep a long text's memory down.
    spellings: dict[str, str] = {}
    spelling = spellings.setdefault
    # Both of _TOKENS's groups always take part in a match, so groups() holds two strings.
    matches = cast("Iterator[tuple[str, str]]", map(re.Match.groups, _TOKENS.finditer(text)))
    for ws, word in matches:
        sep = known.get(ws)
        if sep is None:
            sep = known[ws] = normalize_sep(ws)
        if not texts:
            sep = ""
        elif sep == PARAGRAPH:
            seg += 1
        texts.append(spelling(word, word))
        seps.append(sep)
        segs.append(seg)
    return frozen_column(texts), frozen_column(seps), frozen_column(segs)


def segment_tokens(segments: Iterable[tuple[Segment, Sequence[Token] | str]],
                   segment_sep: str, table: list[Segment]) -> Iterator[Token]:
    """The tokens of (segment, tokens-or-text) pairs, numbered (ids) and placed in their
    segment (each segment is appended to ``table`` as it is reached)."""
    words: dict[str, str] = {}  # one string per distinct word, as in tokenize
    count = 0
    for seg_index, (segment, content) in enumerate(segments):
        table.append(segment)
        if isinstance(content, str):
            content = [Token(text, sep) for text, sep, _ in zip(*tokenize(content))]
        first = True
        for tok in content:
            if not tok.text:
                continue
            sep = tok.sep if not first else (segment_sep if count else "")
            yield Token(words.setdefault(tok.text, tok.text), sep if count else "",
                        tok.start, tok.end, seg_index, count, tok.probability)
            count += 1
            first = False
