"""The three styles, each a documented list of step names, and :func:`build_pipeline`.

- ``verbatim``: fix casing, spacing and spelling of terms only; every spoken word stays.
- ``clean`` (default): clean verbatim; also drops fillers (uh, um), stutters and repeated
  words or phrases, and Whisper's hallucinations on silence.
- ``readable``: also drops discourse fillers that style guides remove ("you know", "I mean"
  when set off by commas).

Order matters: discourse fillers go before fillers (``so uh, you know, I`` still shows
the aside set off by commas), removals run before punctuation tidying (which mends their debris) and
casing runs last, so a sentence whose first word was a filler still gets its capital.
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from . import registry
from .errors import ConfigError
from .pipeline import Pipeline

VERBATIM: tuple[str, ...] = (
    "normalize_unicode",
    "fix_missing_spaces",
    "tidy_punctuation",
    "fix_contraction_case",
    "capitalize_pronoun_i",
    "fix_stray_capitals",
    "fix_titles",
    "apply_glossary",
    "capitalize_sentences",
)

CLEAN: tuple[str, ...] = (
    "normalize_unicode",
    "fix_missing_spaces",
    "remove_hallucinations",
    "remove_fillers",
    "collapse_repeats",
    "tidy_punctuation",
    "fix_contraction_case",
    "capitalize_pronoun_i",
    "fix_stray_capitals",
    "fix_titles",
    "apply_glossary",
    "capitalize_sentences",
)

READABLE: tuple[str, ...] = (
    "normalize_unicode",
    "fix_missing_spaces",
    "remove_hallucinations",
    "remove_discourse_fillers",
    "remove_fillers",
    "collapse_repeats",
    "tidy_punctuation",
    "fix_contraction_case",
    "capitalize_pronoun_i",
    "fix_stray_capitals",
    "fix_titles",
    "apply_glossary",
    "capitalize_sentences",
)

STYLES: dict[str, tuple[str, ...]] = {"verbatim": VERBATIM, "clean": CLEAN, "readable": READABLE}


def build_pipeline(
    style: str = "clean",
    *,
    glossary: Iterable[str] | None = None,
    builtin_glossary: bool = True,
    disable: Sequence[str] = (),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    steps: Sequence[str] | None = None,
) -> Pipeline:
    """Build the pipeline for a style (or an explicit list of ``steps``).

    ``glossary`` adds canonical spellings for :mod:`cleanup.normalizers.glossary`;
    ``builtin_glossary=False`` switches the bundled medical list off; ``options`` maps a
    step name to its options; ``disable`` drops steps by name.
    """
    if steps is None:
        if style not in STYLES:
            raise ConfigError(f"unknown style {style!r}; styles: {', '.join(STYLES)}")
        steps = STYLES[style]
    options = {k: dict(v) for k, v in (options or {}).items()}
    for name in list(steps) + list(disable) + list(options):
        registry.factory(name)  # raises ConfigError for an unknown name
    missing = [n for n in disable if n not in steps]
    if missing:
        raise ConfigError(f"cannot disable {missing[0]!r}: not in the pipeline "
                          f"({', '.join(steps)})")
    glossary_opts = options.setdefault("apply_glossary", {})
    if glossary is not None:
        glossary_opts["terms"] = tuple(glossary_opts.get("terms", ())) + tuple(glossary)
    if not builtin_glossary:
        glossary_opts["builtin"] = False
    return Pipeline((name, registry.create(name, **options.get(name, {})))
                    for name in steps if name not in disable)
