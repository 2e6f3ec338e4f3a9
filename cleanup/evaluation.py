"""Word error rate: check a backend or a model on your own recordings against a script.

>>> word_error_rate("The knee is sore.", "a knee sore today")
0.75
>>> word_error_rate("A follow-up in two days.", "a follow up in two days")
0.0

With openai-whisper installed, words go through its English normalizer first, so
"fifteen" and "15" also count as the same word.
"""
from __future__ import annotations

from functools import lru_cache

import regex

_WORD = regex.compile(r"[\p{L}\p{N}']+")


@lru_cache(maxsize=1)
def _whisper_normalizer():
    try:
        from whisper.normalizers import EnglishTextNormalizer
    except ImportError:  # openai-whisper is optional for this: compare plain words
        return None
    return EnglishTextNormalizer()


def words(text: str) -> list[str]:
    """The words WER compares: through Whisper's English normalizer when it is installed
    (so "fifteen" and "15", "follow-up" and "follow up" are the same), lowercase, no
    punctuation."""
    text = text.replace("’", "'")
    normalizer = _whisper_normalizer()
    if normalizer is not None:
        text = normalizer(text)
    return _WORD.findall(text.lower().replace("-", " "))


def word_error_rate(reference: str, hypothesis: str) -> float:
    """Word-level edit distance (substitutions, insertions, deletions) over the reference's
    length; 0.0 for an exact transcript."""
    ref, hyp = words(reference), words(hypothesis)
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(1, len(ref))
