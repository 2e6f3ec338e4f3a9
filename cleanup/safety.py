"""The safety report: how many changes touched a number, a negation or a capitalised name.

``cleanup check`` and ``cleanup score`` print it after their results, so a user with
samples of their own sees the same figures the project watches: normally 0 numbers, 0
negations (the meaning contract keeps both, :mod:`cleanup.meaning`) and a few names (a
stray capital lowercased, a repeated name collapsed), each worth a look.

>>> from cleanup.diff import Change
>>> report = Safety.of([Change("fix_stray_capitals", "the Bishop moves", "the bishop moves"),
...                     Change("fix_contraction_case", "so It’S", "so It’s"),
...                     Change("remove_fillers", "uh 5 mg", "5 mg"),
...                     Change("collapse_repeats", "not not", "not")])
>>> report.describe()
'safety: 0 changes touched a number, 1 a negation, 1 a capitalised name'
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable

from .lexicon import FUNCTION_WORDS, is_filler, word_key
from .marks import ends_sentence, split_punct
from .meaning import negations, numbers

__all__ = ["Safety", "touches_name", "touches_negation", "touches_number"]


def touches_number(before: str, after: str) -> bool:
    """Whether the numbers as written differ (a digit, a sign, a decimal mark moved)."""
    return numbers(before) != numbers(after)


def touches_negation(before: str, after: str) -> bool:
    """Whether the negations said differ (one dropped, added or changed)."""
    return Counter(negations(before)) != Counter(negations(after))


def touches_name(before: str, after: str) -> bool:
    """Whether a capitalised word that may be a name, a product or a title was lowercased
    (``Bishop`` → ``bishop``) or dropped mid-sentence. Function words, fillers, a word that
    starts a sentence and a recased contraction (``It’S`` → ``It’s``) are not names."""
    left = Counter(word_key(split_punct(t)[1]) for t in after.split()
                   if split_punct(t)[1][:1].isupper())
    words = before.split()
    for k, text in enumerate(words):
        core = split_punct(text)[1]
        key = word_key(core)
        if not core[:1].isupper() or key in FUNCTION_WORDS or core == "I" or is_filler(core):
            continue
        if k == 0 or ends_sentence(split_punct(words[k - 1])[2]):
            continue  # a sentence's first word: its capital says nothing of a name
        if left[key] > 0:
            left[key] -= 1
            continue
        return True
    return False


@dataclass(frozen=True)
class Safety:
    """The counts for some changes (dicts or :class:`~cleanup.diff.Change` objects)."""

    numbers: int = 0
    negations: int = 0
    names: int = 0

    @classmethod
    def of(cls, changes: Iterable[Any]) -> Safety:
        counts = [0, 0, 0]
        for change in changes:
            before, after = (change["before"], change["after"]) if isinstance(change, dict) \
                else (change.before, change.after)
            for k, touches in enumerate((touches_number, touches_negation, touches_name)):
                counts[k] += touches(before, after)
        return cls(*counts)

    def __add__(self, other: Safety) -> Safety:
        return Safety(self.numbers + other.numbers, self.negations + other.negations,
                      self.names + other.names)

    def describe(self) -> str:
        change = "change" if self.numbers == 1 else "changes"
        return (f"safety: {self.numbers} {change} touched a number, {self.negations} a "
                f"negation, {self.names} a capitalised name")

    def as_dict(self) -> dict[str, int]:
        return {"numbers": self.numbers, "negations": self.negations, "names": self.names}
