"""Options several commands share: the pipeline's (``--style``, ``--config``,
``--glossary``, ...) and the caption layout's (``--layout``), and what they build.

A command reads its config once and builds everything from that one reading::

    cfg = config_from_args(args)                    # --config, ./cleanup.toml, ./pyproject.toml
    pipeline = pipeline_from_config(cfg, args)      # built once
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
    return cfg


def pipeline_from_config(cfg: Config, args: argparse.Namespace) -> Pipeline:
    """The pipeline of a config with ``--style`` on top; with ``--decisions``, one that does
    not make the rejected changes."""
    return with_decisions(cfg.build(style=args.style), getattr(args, "decisions", None))


def layout_rules(cfg: Config, args: argparse.Namespace, default: str):
    """The caption layout rules of ``--layout`` and the config's ``[layout]`` table."""
    return cfg.layout_rules(getattr(args, "layout", None), default=default)
