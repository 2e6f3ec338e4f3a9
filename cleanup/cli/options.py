"""Options several commands share: the pipeline's (``--style``, ``--config``,
``--glossary``, ...) and the caption layout's (``--layout``), and what they build.

A command reads its config once and builds everything from that one reading::

    cfg = config_from_args(args)                    # --config, ./cleanup.toml, ./pyproject.toml
    pipeline = pipeline_from_config(cfg, args)      # built once (--steps, --deidentify too)
    rules = layout_rules(cfg, args, default="netflix")

A name given on the command line (a style, a layout preset, a format) that is not one is a
usage error, exit status 2, with the closest valid name: ``--style clena`` says
``unknown style 'clena' (did you mean 'clean'?)``.
"""
from __future__ import annotations

import argparse
from typing import Callable, Iterable

from ..config import Config, find_config, load_config, read_terms
from ..decisions import with_decisions
from ..errors import ConfigError, InputError
from ..pipeline import Pipeline
from ..presets import STYLES
from ..validation import suggestion


def one_of(what: str, choices: Iterable[str]) -> Callable[[str], str]:
    """An argparse ``type`` that takes one of ``choices``; any other name is a usage error
    naming the closest one."""
    names = list(choices)

    def parse(value: str) -> str:
        if value not in names:
            raise argparse.ArgumentTypeError(
                f"unknown {what} {value!r}{suggestion(value, names)}; "
                f"{what}s: {', '.join(names)}")
        return value

    parse.__name__ = what  # argparse names the type in some messages
    return parse


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--style", type=one_of("style", STYLES), default=None, metavar="STYLE",
                   help="verbatim, clean (default) or readable")
    p.add_argument("--config", metavar="FILE",
                   help="a cleanup.toml, or a pyproject.toml with [tool.cleanup] (default: "
                        "./cleanup.toml, else ./pyproject.toml when it has that table); its "
                        "plugins are imported")
    p.add_argument("--glossary", metavar="FILE", action="append", default=[],
                   help="canonical spellings, one term per line (# comments); repeatable")
    p.add_argument("--no-builtin-glossary", action="store_true",
                   help="leave out the bundled medical glossary")
    p.add_argument("--disable", metavar="STEP", action="append", default=[],
                   help="leave out a pipeline step (see 'cleanup steps'); repeatable")
    p.add_argument("--apply-suggestions", action="store_true",
                   help="also make the changes the steps only suggest (a repeat that may "
                        "span two clauses, a capital that may start a sentence): recall "
                        "before precision")


def step_list(value: str) -> list[str]:
    """``--steps``: a comma-separated list of step names (a style's name stands for its
    steps); the names are checked when the pipeline is built, against every step known."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("no steps given (e.g. --steps deidentify)")
    return names


def deid_mode(value: str) -> str:
    """``--deidentify MODE``; a file name there (``--deidentify visit.txt``) was meant as
    an input."""
    from ..deid.replace import MODES

    if value not in MODES and any(c in value for c in "./\\") or value == "-":
        raise argparse.ArgumentTypeError(
            f"unknown mode {value!r}; modes: {', '.join(MODES)} (a file? put --deidentify "
            "after the inputs, or write --deidentify=tag)")
    return one_of("mode", MODES)(value)


def add_steps_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--steps", type=step_list, metavar="LIST",
                   help="run exactly these steps, in this order (comma-separated; built-in, "
                        "plugin or a style's name for its steps), e.g. --steps deidentify; "
                        "the config's style, pipeline and disable are not used, its step "
                        "options are; not with --style or --disable")


def add_deid_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--deidentify", nargs="?", const=True, type=deid_mode, default=None,
                   metavar="MODE",
                   help="also replace protected health information, after the other steps: "
                        "tag ([NAME], the default), surrogate (consistent fake values) or "
                        "mask (***); no output shows the originals (see --keep-originals)")
    p.add_argument("--keep-originals", action="store_true",
                   help="a private copy: the JSON lists each redaction's original, its "
                        "changes their text before, and Whisper's raw result; --explain "
                        "shows the originals")


def add_layout_option(p: argparse.ArgumentParser, default: str,
                      what: str = "caption layout") -> None:
    from ..layout import PRESETS

    p.add_argument("--layout", type=one_of("layout preset", PRESETS), default=None,
                   metavar="PRESET",
                   help=f"{what}: {', '.join(PRESETS)} (default: {default}, or the config's "
                        "layout preset); keep leaves the cues as they are")


def read_config(args: argparse.Namespace, *, for_pipeline: bool = True) -> Config:
    """The project's config, read once per command: ``--config FILE``, else
    ``./cleanup.toml``, else ``./pyproject.toml``'s ``[tool.cleanup]``, else the defaults.
    Its plugins are imported only ``for_pipeline`` (a command that runs one). A config that
    cannot be read is a usage error (:class:`ConfigError`), like a bad value in it."""
    try:
        if args.config:
            return load_config(args.config, for_pipeline=for_pipeline)
        return find_config(".", for_pipeline=for_pipeline) or Config()
    except InputError as exc:
        raise ConfigError(str(exc)) from None


def config_from_args(args: argparse.Namespace) -> Config:
    """The config the options describe: config file (its plugins imported), then
    glossary/disable on top."""
    cfg = read_config(args)
    for path in args.glossary:
        try:
            cfg.glossary += read_terms(path)
        except InputError as exc:
            raise ConfigError(str(exc)) from None
    if args.no_builtin_glossary:
        cfg.builtin_glossary = False
    if args.apply_suggestions:
        cfg.apply_suggestions = True
    cfg.disable = list(dict.fromkeys(cfg.disable + args.disable))
    mode = getattr(args, "deidentify", None)
    if mode is not None:  # the command line's mode wins over the config's
        cfg.deidentify = mode if isinstance(mode, str) else (cfg.deidentify or True)
        if isinstance(mode, str) and "mode" in cfg.steps.get("deidentify", {}):
            cfg.steps["deidentify"] = {k: v for k, v in cfg.steps["deidentify"].items()
                                       if k != "mode"}
    return cfg


def pipeline_from_config(cfg: Config, args: argparse.Namespace) -> Pipeline:
    """The pipeline of a config with ``--style`` (or ``--steps``) and ``--deidentify`` on
    top; with ``--decisions``, one that does not make the rejected changes.

    ``--steps`` with ``--style`` or ``--disable``, and ``--keep-originals`` in a pipeline
    that replaces nothing private, are usage errors."""
    from ..privacy import private_steps

    steps = getattr(args, "steps", None)
    if steps is not None and (args.style or args.disable):
        raise ConfigError(f"--steps names every step that runs: leave out "
                          f"{'--style' if args.style else '--disable'} (or --steps)")
    pipeline = with_decisions(cfg.build(style=args.style, steps=steps),
                              getattr(args, "decisions", None))
    if getattr(args, "keep_originals", False) and not private_steps(pipeline):
        raise ConfigError("--keep-originals keeps what --deidentify replaces: the pipeline "
                          "de-identifies nothing (add --deidentify)")
    return pipeline


def layout_rules(cfg: Config, args: argparse.Namespace, default: str):
    """The caption layout rules of ``--layout`` and the config's ``[layout]`` table."""
    return cfg.layout_rules(getattr(args, "layout", None), default=default)
