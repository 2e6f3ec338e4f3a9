"""Fix stray capitals after an apostrophe, as auto-captions write contractions.

>>> FixContractionCase()("I’Ve had It’S and I’M sure we Don’T")
'I’ve had It’s and I’m sure we Don’t'

Only the known contraction endings are lowercased ('s, 't, 've, 'm, 'll, 're, 'd, and
stacked ones like 'd've), so names such as O’Brien, D’Angelo and O'Neil stay as they are.
An all-capitals word (``DON’T``) is shouting, not a fault, and is left alone unless the
part before the apostrophe is ``I`` (``I’M`` → ``I’m``).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..pipeline import Normalizer
from ..transcript import Transcript

_APOSTROPHES = "'’"
_CONTRACTION = regex.compile(
    r"""(?<=\w)(?P<apos>['’])(?P<tail>(?:S|T|VE|M|LL|RE|D)(?:['’](?:VE|LL|D|S))?)\b""",
    regex.IGNORECASE,
)


def _fix_word(text: str) -> str:
    if not any(a in text for a in _APOSTROPHES):
        return text

    def fix(m: regex.Match) -> str:
        tail = m.group("tail")
        if tail.islower():
            return m.group(0)
        head = text[: m.start()]
        word_start = max(head.rfind(c) for c in " \t\n\"“(") + 1
        stem = head[word_start:].lstrip("\"“‘'(")
        # DON’T is deliberate capitals; I’M and IT’S... follow the stem's own case.
        if tail.isupper() and len(tail) > 1 and stem.isupper() and stem != "I":
            return m.group(0)
        if tail.isupper() and len(tail) == 1 and stem.isupper() and len(stem) > 1:
            return m.group(0)
        return m.group("apos") + tail.lower()

    return _CONTRACTION.sub(fix, text)


@dataclass(frozen=True)
class FixContractionCase(Normalizer):
    """Lowercase the contraction ending after an apostrophe: ``It’S`` → ``It’s``."""

    def transform(self, transcript: Transcript) -> Transcript:
        edits = transcript.edit()
        edits.map_texts(_fix_word)
        return edits.commit()
