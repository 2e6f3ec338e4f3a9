"""cleanup: clean, trustworthy transcripts from clinic videos and auto-captions.

>>> clean("I’Ve had uh a lot and i think It’S it’s fine.")
'I’ve had a lot and I think it’s fine.'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from . import formats
from .edits import Edits
from .errors import CleanupError, ConfigError, InputError
from .marks import LINE, PARAGRAPH, SPACE
from .pipeline import Change, Explanation, Normalizer, Pipeline
from .presets import STYLES, build_pipeline
from .registry import register
from .transcript import Segment, Token, Transcript
from .words import Word, Words
# The function shadows its subpackage's name on purpose: cleanup.transcribe(path) is the API.
from .transcribe import transcribe  # noqa: E402  (torch and whisper load on first use)

__all__ = [
    "clean", "explain", "transcribe", "build_pipeline", "register", "Pipeline", "Normalizer",
    "Change", "Explanation", "Transcript", "Segment", "Token", "Edits", "Words", "Word",
    "SPACE", "LINE", "PARAGRAPH", "STYLES", "CleanupError", "ConfigError", "InputError", "formats",
]
__version__ = "0.1.0"


def _pipeline(style: str, glossary: Iterable[str] | None, apply_suggestions: bool) -> Pipeline:
    return _cached_pipeline(style, tuple(glossary) if glossary is not None else None,
                            apply_suggestions)


@lru_cache(maxsize=16)
def _cached_pipeline(style: str, glossary: tuple[str, ...] | None,
                     apply_suggestions: bool) -> Pipeline:
    # Normalizers are immutable, so one pipeline serves every call with the same settings.
    return build_pipeline(style, glossary=glossary, apply_suggestions=apply_suggestions)


def clean(text: str, *, style: str = "clean", glossary: Iterable[str] | None = None,
          apply_suggestions: bool = False) -> str:
    """Clean a transcript's text with one of the styles (verbatim, clean, readable).
    Changes the text gives no certain evidence for are only suggested (see
    :func:`explain`) unless ``apply_suggestions``."""
    return _pipeline(style, glossary, apply_suggestions)(text)


def explain(text: str | Transcript, *, style: str = "clean",
            glossary: Iterable[str] | None = None,
            apply_suggestions: bool = False) -> Explanation:
    """Like :func:`clean`, and also the changes each step made, the changes suggested and
    not made, and any edit blocked because it would have changed what was said."""
    return _pipeline(style, glossary, apply_suggestions).explain(text)


