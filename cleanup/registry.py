"""The registry: step name -> normalizer factory, so the CLI and TOML configs can name steps.

Built-ins are listed once, in :data:`BUILTINS`, and imported on first use. Users add their own:

>>> from cleanup.pipeline import Normalizer
>>> @register("shout")
... class Shout(Normalizer):
...     def transform(self, t):
...         return t.map_tokens(lambda i, tok: tok.text.upper())
>>> create("shout")("hi there")
'HI THERE'
>>> unregister("shout")
"""
from __future__ import annotations

import importlib
import inspect
from typing import Any, Callable

from .errors import ConfigError

# name -> "module:attribute", relative to the cleanup package.
BUILTINS: dict[str, str] = {
    "normalize_unicode": "normalizers.unicode:NormalizeUnicode",
    "fix_missing_spaces": "normalizers.spacing:FixMissingSpaces",
    "remove_hallucinations": "normalizers.hallucinations:RemoveHallucinations",
    "remove_fillers": "normalizers.fillers:RemoveFillers",
    "remove_discourse_fillers": "normalizers.fillers:RemoveDiscourseFillers",
    "collapse_repeats": "normalizers.repeats:CollapseRepeats",
    "tidy_punctuation": "normalizers.punctuation:TidyPunctuation",
    "fix_contraction_case": "normalizers.contractions:FixContractionCase",
    "capitalize_pronoun_i": "normalizers.pronoun:CapitalizePronounI",
    "fix_stray_capitals": "normalizers.casing:FixStrayCapitals",
    "fix_titles": "normalizers.titles:FixTitles",
    "apply_glossary": "normalizers.glossary:ApplyGlossary",
    "capitalize_sentences": "normalizers.sentences:CapitalizeSentences",
}

_custom: dict[str, Callable[..., Any]] = {}
_loaded: dict[str, Callable[..., Any]] = {}


def register(name: str, factory: Callable[..., Any] | None = None):
    """Register a normalizer factory (a class or function returning a normalizer).

    Usable as ``register("name", Factory)`` or as a decorator ``@register("name")``.
    """
    if not name or not name.replace("_", "").isalnum():
        raise ValueError(f"step names are letters, digits and underscores, got {name!r}")

    def add(f: Callable[..., Any]):
        if name in BUILTINS:
            raise ValueError(f"{name!r} is a built-in step; choose another name")
        _custom[name] = f
        return f

    return add(factory) if factory is not None else add


def unregister(name: str) -> None:
    _custom.pop(name, None)


def names() -> list[str]:
    """Every registered step name, built-ins first in their pipeline order."""
    return list(BUILTINS) + sorted(_custom)


def factory(name: str) -> Callable[..., Any]:
    if name in _custom:
        return _custom[name]
    if name in _loaded:
        return _loaded[name]
    if name not in BUILTINS:
        raise ConfigError(f"unknown step {name!r}; known steps: {', '.join(names())}")
    module, attr = BUILTINS[name].split(":")
    _loaded[name] = getattr(importlib.import_module(f"{__package__}.{module}"), attr)
    return _loaded[name]


def options(name: str) -> dict[str, Any]:
    """The options a step accepts, with their defaults (``inspect.Parameter.empty`` if none)."""
    try:
        sig = inspect.signature(factory(name))
    except (TypeError, ValueError):
        return {}
    return {p.name: p.default for p in sig.parameters.values()
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}


def create(name: str, **opts: Any):
    """Build the named step with options, rejecting unknown options with the valid ones."""
    f = factory(name)
    valid = options(name)
    unknown = sorted(set(opts) - set(valid))
    if unknown:
        listed = ", ".join(valid) if valid else "none"
        raise ConfigError(f"step {name!r} has no option {unknown[0]!r}; its options: {listed}")
    try:
        return f(**opts)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"step {name!r}: {exc}") from None
