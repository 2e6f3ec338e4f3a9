"""The three styles, each a list of step names read from the step table
(:data:`cleanup.registry.STEPS`), and :func:`build_pipeline`.

- ``verbatim``: fix casing, spacing and spelling of terms only; every spoken word stays.
- ``clean`` (default): clean verbatim; also drops fillers (uh, um), stutters and repeated
  words or phrases, and Whisper's hallucinations on silence.
- ``readable``: also drops discourse fillers that style guides remove ("you know", "I mean"
  when set off by commas).

A style runs its steps in the table's order (the reasons for that order are beside it).

>>> VERBATIM[:3]
('normalize_unicode', 'fix_missing_spaces', 'tidy_punctuation')
>>> [n for n in READABLE if n not in CLEAN]
['remove_discourse_fillers']
"""
from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

from . import registry
from .errors import ConfigError
from .gate import Policy
from .pipeline import Pipeline
from .validation import suggestion

VERBATIM: tuple[str, ...] = registry.style_steps("verbatim")
CLEAN: tuple[str, ...] = registry.style_steps("clean")
READABLE: tuple[str, ...] = registry.style_steps("readable")

STYLES: dict[str, tuple[str, ...]] = {"verbatim": VERBATIM, "clean": CLEAN, "readable": READABLE}


def build_pipeline(
    style: str = "clean",
    *,
    glossary: Iterable[str] | None = None,
    builtin_glossary: bool = True,
    disable: Sequence[str] = (),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    steps: Sequence[str] | None = None,
    apply_suggestions: bool = False,
) -> Pipeline:
    """Build the pipeline for a style (or an explicit list of ``steps``).

    ``glossary`` adds canonical spellings for :mod:`cleanup.normalizers.glossary`;
    ``builtin_glossary=False`` switches the bundled medical list off; ``options`` maps a
    step name to its options; ``disable`` drops steps by name. Every named step must exist,
    every option fit its step, and a step given options must be in the pipeline (it may be
    disabled), as in a config file. ``apply_suggestions`` makes the changes steps only
    suggest (precision first: they are held back and listed by default; see
    :mod:`cleanup.gate`).
    """
    if steps is None:
        if style not in STYLES:
            raise ConfigError(f"unknown style {style!r}{suggestion(style, STYLES)}; "
                              f"styles: {', '.join(STYLES)}")
        steps = STYLES[style]
    for name in list(steps) + list(disable) + list(options or {}):
        registry.factory(name)  # raises ConfigError for an unknown name
    missing = [n for n in disable if n not in steps]
    if missing:
        raise ConfigError(f"cannot disable {missing[0]!r}: not in the pipeline "
                          f"({', '.join(steps)})")
    checked = {name: registry.check_options(name, opts) for name, opts in (options or {}).items()}
    idle = [n for n in checked if n not in steps]
    if idle:  # options that would do nothing: a clinic would think the step runs
        raise ConfigError(f"options for step {idle[0]!r}, which is not in the pipeline "
                          f"({', '.join(steps)}); add it to 'pipeline' or remove its options")
    glossary_opts = checked.setdefault("apply_glossary", {})
    if glossary is not None:
        glossary_opts["terms"] = tuple(glossary_opts.get("terms", ())) + tuple(glossary)
    if not builtin_glossary:
        glossary_opts["builtin"] = False
    return Pipeline(((name, registry.create(name, **checked.get(name, {})))
                     for name in steps if name not in disable),
                    policy=Policy(apply_suggestions=apply_suggestions))
