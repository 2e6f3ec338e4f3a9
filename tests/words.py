"""Word-level checks shared by the property and acceptance tests: "never invents a word"."""
from __future__ import annotations

import unicodedata

import regex

from cleanup.normalizers.unicode import _FAKE_APOSTROPHE, _INVISIBLE

_WORD = regex.compile(r"\w+(?:['’]\w+)*")
_SPACE = regex.compile(r"\s")


def words(text: str) -> list[str]:
    """Case-folded words, with the Unicode clean-up the pipeline is allowed to do applied."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", _SPACE.sub(" ", text))
    text = _FAKE_APOSTROPHE.sub("'", text).replace("’", "'").replace(";t", "'t")
    return [w.casefold() for w in _WORD.findall(text)]


def invented_words(before: str, after: str) -> list[str]:
    """Output words that are not, in order, input words (or two or three adjacent input
    words joined, as in ``4 th`` → ``4th``). Empty when nothing was invented."""
    src, out = words(before), words(after)
    i, missing = 0, []
    for w in out:
        k = i
        while k < len(src):
            if src[k] == w or "".join(src[k:k + 2]) == w or "".join(src[k:k + 3]) == w:
                break
            k += 1
        if k == len(src):
            missing.append(w)
        else:
            i = k + 1
    return missing
