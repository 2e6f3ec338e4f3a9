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
from itertools import repeat
from typing import Iterable, Iterator, Sequence

from .columns import frozen_column
from .marks import LINE, PARAGRAPH, SPACE
from .tokens import Segment, Token

# Unicode's White_Space (what the regex module's \s means; the standard re's \s also takes
# \x1c-\x1f). The standard re is a third faster than regex on this pattern.
_WS = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"


def tokenize(text: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[int, ...]]:
    """The texts, separators and paragraph indices of the tokens of ``text``."""
    texts: list[str] = []
    seps: list[str] = []
    segs: list[int] = []
    # One string per spelling (a transcript repeats its words): a long text's memory.
    spellings: dict[str, str] = {}
    spelling = spellings.setdefault
    newlines, seg = 0, 0  # line breaks since the last token; the paragraph's index
    for lines in _chunks(text):
        for k, words in enumerate(lines):
            newlines += k > 0  # each line after a chunk's first follows a line break
            if not words:
                continue
            if not texts:
                sep = ""  # the first token has no separator before it
            elif newlines == 0:
                sep = SPACE
            elif newlines == 1:
                sep = LINE
            else:
                sep, seg = PARAGRAPH, seg + 1
            seps.append(sep)
            seps += repeat(SPACE, len(words) - 1)
            segs += repeat(seg, len(words))
            texts += map(spelling, words, words)
            newlines = 0
    return frozen_column(texts), frozen_column(seps), frozen_column(segs)


_CHUNK = 1 << 16  # characters split at once: the pieces of one chunk are held together
_CUT = re.compile(f"[{_WS}]")  # a chunk ends at whitespace, never inside a token
_WORD = re.compile(f"[^{_WS}]+")
# str.split() also splits at these four, which are not Unicode White_Space
_NOT_WS = re.compile("[\x1c-\x1f]")


def _chunks(text: str) -> Iterator[list[list[str]]]:
    """The words of ``text``, a chunk at a time, line by line (a list of words for each
    line). A chunk ends at whitespace, so no word is cut (a line break's count carries over
    to the next chunk); the splitting is done in C (``str.split``), not word by word."""
    pos, n = 0, len(text)
    while pos < n:
        found = _CUT.search(text, pos + _CHUNK) if pos + _CHUNK < n else None
        cut = found.start() if found else n
        chunk = text[pos:cut]
        split = _WORD.findall if _NOT_WS.search(chunk) else str.split
        yield list(map(split, chunk.split("\n")))
        pos = cut


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
