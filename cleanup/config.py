"""TOML configuration: a ``cleanup.toml`` or the ``[tool.cleanup]`` table of a pyproject.

.. code-block:: toml

    [tool.cleanup]
    style = "clean"                       # verbatim | clean | readable
    disable = ["fix_stray_capitals"]      # steps to leave out
    glossary = ["Botox", "Hashimoto’s"]   # extra canonical spellings
    glossary_file = "terms.txt"           # one term per line, relative to this file
    builtin_glossary = true               # the bundled medical glossary
    # pipeline = ["remove_fillers", ...]  # an explicit step list instead of a style

    [tool.cleanup.steps.remove_fillers]   # options for one step
    words = ["uh", "um"]

    [tool.cleanup.layout]                 # caption layout (see cleanup/layout/rules.py)
    preset = "netflix"                    # netflix | dcmp | bbc | keep
    max_chars = 40                        # any number of the preset

Unknown keys, steps and options are rejected with the valid ones listed.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError, InputError

KEYS = ("style", "pipeline", "disable", "glossary", "glossary_file", "builtin_glossary", "steps",
        "layout")


@dataclass
class Config:
    style: str = "clean"
    pipeline: list[str] | None = None
    disable: list[str] = field(default_factory=list)
    glossary: list[str] = field(default_factory=list)
    builtin_glossary: bool = True
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    layout_preset: str | None = None  # [layout] preset; None: the command's default
    layout: dict[str, Any] = field(default_factory=dict)  # [layout] numbers

    def layout_rules(self, name: str | None = None, *, default: str = "keep"):
        """The caption layout rules: ``name`` (from --layout), else the config's preset,
        else ``default``; the config's numbers on top."""
        from .layout import resolve

        return resolve(name or self.layout_preset or default, self.layout)

    def build(self, *, style: str | None = None, glossary: list[str] | None = None):
        """The pipeline this config describes; ``style``/``glossary`` override or extend it."""
        from .presets import build_pipeline

        return build_pipeline(
            style or self.style,
            glossary=self.glossary + list(glossary or []),
            builtin_glossary=self.builtin_glossary,
            disable=self.disable,
            options=self.steps,
            steps=self.pipeline if style is None else None,
        )


def read_terms(path: str | Path) -> list[str]:
    """Read a word list: one entry per line, blank lines and ``#`` comments ignored."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a word list") from None
    except OSError as exc:
        raise InputError(path, exc.strerror or str(exc)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(path, "not UTF-8 text") from None
    terms = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            terms.append(line)
    return terms


def load_config(path: str | Path) -> Config:
    """Read a config file; a pyproject without ``[tool.cleanup]`` is an error."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"invalid TOML: {exc}") from None
    if "tool" in data or path.name == "pyproject.toml":
        table = data.get("tool", {}).get("cleanup")
        if table is None:
            raise ConfigError(f"{path}: no [tool.cleanup] table")
    else:
        table = data
    return parse_config(table, base=path.parent, origin=str(path))


def find_pyproject_config(directory: str | Path = ".") -> Config | None:
    """The ``[tool.cleanup]`` config of ``directory/pyproject.toml``, if it has one."""
    candidate = Path(directory) / "pyproject.toml"
    if not candidate.is_file():
        return None
    try:
        data = tomllib.loads(candidate.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    table = data.get("tool", {}).get("cleanup")
    return None if table is None else parse_config(table, base=candidate.parent,
                                                   origin=str(candidate))


def parse_config(table: dict[str, Any], *, base: Path = Path("."), origin: str = "config") -> Config:
    from . import registry
    from .presets import STYLES

    def fail(msg: str) -> ConfigError:
        return ConfigError(f"{origin}: {msg}")

    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise fail(f"unknown key {unknown[0]!r}; valid keys: {', '.join(KEYS)}")
    cfg = Config()
    if "style" in table:
        if table["style"] not in STYLES:
            raise fail(f"unknown style {table['style']!r}; styles: {', '.join(STYLES)}")
        cfg.style = table["style"]
    for key in ("pipeline", "disable", "glossary"):
        if key in table:
            value = table[key]
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise fail(f"{key!r} must be a list of strings")
            setattr(cfg, key, list(value))
    if "builtin_glossary" in table:
        if not isinstance(table["builtin_glossary"], bool):
            raise fail("'builtin_glossary' must be true or false")
        cfg.builtin_glossary = table["builtin_glossary"]
    if "glossary_file" in table:
        cfg.glossary += read_terms(base / str(table["glossary_file"]))
    steps = table.get("steps", {})
    if not isinstance(steps, dict) or not all(isinstance(v, dict) for v in steps.values()):
        raise fail("'steps' must be a table of step tables, e.g. [tool.cleanup.steps.remove_fillers]")
    known = registry.names()
    for name in list(steps) + (cfg.pipeline or []) + cfg.disable:
        if name not in known:
            raise fail(f"unknown step {name!r}; known steps: {', '.join(known)}")
    for name, opts in steps.items():
        valid = registry.options(name)
        bad = sorted(set(opts) - set(valid))
        if bad:
            raise fail(f"step {name!r} has no option {bad[0]!r}; its options: "
                       f"{', '.join(valid) or 'none'}")
    cfg.steps = {k: dict(v) for k, v in steps.items()}
    if "layout" in table:
        from .layout import parse_table

        cfg.layout_preset, cfg.layout = parse_table(table["layout"], origin)
    try:
        cfg.build()
    except ConfigError as exc:
        raise fail(str(exc)) from None
    return cfg
