"""The word lists cleanup ships, one entry a line (``#`` starts a comment), each file
saying where its entries come from. :func:`lines` reads one; :mod:`cleanup.lexicon` gives
them meaning."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    """The entries of ``cleanup/data/NAME``: stripped, ``#`` comments and blanks dropped."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    return tuple(line for line in (raw.split("#", 1)[0].strip() for raw in text.splitlines())
                 if line)
