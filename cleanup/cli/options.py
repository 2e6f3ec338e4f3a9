"""Options several commands share: the pipeline's (``--style``, ``--config``,
``--glossary``, ...) and the caption layout's (``--layout``), and what they build.

A command reads its config once and builds everything from that one reading::

    cfg = config_from_args(args)                    # --config FILE, or ./pyproject.toml
    pipeline = pipeline_from_config(cfg, args)      # built once
    rules = layout_rules(cfg, args, default="netflix")
"""
from __future__ import annotations

import argparse

from ..config import Config, find_pyproject_config, load_config, read_terms
from ..decisions import with_decisions
from ..pipeline import Pipeline
from ..presets import STYLES


def add_pipeline_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--style", choices=list(STYLES), default=None,
                   help="verbatim, clean (default) or readable")
    p.add_argument("--config", metavar="FILE",
                   help="a cleanup.toml, or a pyproject.toml with [tool.cleanup] "
                        "(default: ./pyproject.toml when it has that table)")
    p.add_argument("--glossary", metavar="FILE", action="append", default=[],
                   help="canonical spellings, one term per line (# comments); repeatable")
    p.add_argument("--no-builtin-glossary", action="store_true",
                   help="leave out the bundled medical glossary")
    p.add_argument("--disable", metavar="STEP", action="append", default=[],
                   help="leave out a pipeline step (see 'cleanup steps'); repeatable")


def add_layout_option(p: argparse.ArgumentParser, default: str,
                      what: str = "caption layout") -> None:
    from ..layout import PRESETS

    p.add_argument("--layout", choices=list(PRESETS), default=None, metavar="PRESET",
                   help=f"{what}: {', '.join(PRESETS)} (default: {default}, or the config's "
                        "[layout] preset); keep leaves the cues as they are")


def read_config(args: argparse.Namespace) -> Config:
    """The config file of ``--config`` (its plugins imported), else ./pyproject.toml's
    ``[tool.cleanup]``, else the defaults; read once per command."""
    return load_config(args.config) if args.config else (find_pyproject_config() or Config())


def config_from_args(args: argparse.Namespace) -> Config:
    """The config the options describe: config file (its plugins imported), then
    glossary/disable on top."""
    cfg = read_config(args)
    for path in args.glossary:
        cfg.glossary += read_terms(path)
    if args.no_builtin_glossary:
        cfg.builtin_glossary = False
    cfg.disable = list(dict.fromkeys(cfg.disable + args.disable))
    return cfg


def pipeline_from_config(cfg: Config, args: argparse.Namespace) -> Pipeline:
    """The pipeline of a config with ``--style`` on top; with ``--decisions``, one that does
    not make the rejected changes."""
    return with_decisions(cfg.build(style=args.style), getattr(args, "decisions", None))


def layout_rules(cfg: Config, args: argparse.Namespace, default: str):
    """The caption layout rules of ``--layout`` and the config's ``[layout]`` table."""
    return cfg.layout_rules(getattr(args, "layout", None), default=default)
