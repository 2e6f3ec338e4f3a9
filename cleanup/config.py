"""TOML configuration: a ``cleanup.toml`` or the ``[tool.cleanup]`` table of a pyproject.

.. code-block:: toml

    [tool.cleanup]
    style = "clean"                       # verbatim | clean | readable
    disable = ["fix_stray_capitals"]      # steps to leave out
    glossary = ["Botox", "Hashimoto’s"]   # extra canonical spellings
    glossary_file = "terms.txt"           # one term per line, relative to this file
    builtin_glossary = true               # the bundled medical glossary
    plugins = ["house_rules"]             # modules to import first: they @register steps
    # pipeline = ["redact_mrn", "clean"]  # an explicit step list; a style name in it stands
    #                                     # for that style's steps (and --style replaces it)

    [tool.cleanup.steps.remove_fillers]   # options for one step
    words = ["uh", "um"]

    [tool.cleanup.layout]                 # caption layout (see cleanup/layout/rules.py)
    preset = "netflix"                    # netflix | dcmp | bbc | keep
    max_chars = 40                        # any number of the preset

Unknown keys, steps and options are rejected with the valid ones listed. Each key has one
reader in :data:`KEYS`, run in that order; a new setting is a ``Config`` field plus a reader.
"""
from __future__ import annotations

import copy
import importlib
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .errors import ConfigError, InputError, read_text


@dataclass
class Config:
    style: str = "clean"
    pipeline: list[str] | None = None
    disable: list[str] = field(default_factory=list)
    glossary: list[str] = field(default_factory=list)
    builtin_glossary: bool = True
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    plugins: list[str] = field(default_factory=list)
    layout_preset: str | None = None  # [layout] preset; None: the command's default
    layout: dict[str, Any] = field(default_factory=dict)  # [layout] numbers

    def layout_rules(self, name: str | None = None, *, default: str = "keep"):
        """The caption layout rules: ``name`` (from --layout), else the config's preset,
        else ``default``; the config's numbers on top."""
        from .layout import resolve

        return resolve(name or self.layout_preset or default, self.layout)

    def step_names(self, style: str | None = None) -> list[str]:
        """The pipeline's step names; ``style`` overrides the config's style.

        In an explicit ``pipeline`` a style name stands for that style's steps, and the
        ``style`` argument takes its place; an explicit pipeline without one gives way to
        the ``style`` argument entirely.
        """
        from .presets import STYLES

        if self.pipeline is None or (style is not None and not _style_items(self.pipeline)):
            return list(STYLES[style or self.style])
        steps: list[str] = []
        for name in self.pipeline:
            steps += STYLES[style or name] if name in STYLES else [name]
        return steps

    def build(self, *, style: str | None = None, glossary: list[str] | None = None):
        """The pipeline this config describes; ``style``/``glossary`` override or extend it."""
        from .presets import build_pipeline

        return build_pipeline(
            style or self.style,
            glossary=self.glossary + list(glossary or []),
            builtin_glossary=self.builtin_glossary,
            disable=self.disable,
            options=self.steps,
            steps=self.step_names(style),
        )


def _style_items(pipeline: list[str]) -> list[str]:
    from .presets import STYLES

    return [name for name in pipeline if name in STYLES]


@dataclass(frozen=True)
class Source:
    """Where a table came from: its file (for messages) and folder (for relative paths)."""

    origin: str = "config"
    base: Path = Path(".")

    def fail(self, message: str) -> ConfigError:
        return ConfigError(f"{self.origin}: {message}")


def kind_of(value: Any) -> str:
    """A TOML value's kind, in the words a config's author would use."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"


def string_list(cfg: Config, key: str, value: Any, src: Source) -> list[str]:
    if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise src.fail(f"{key!r} must be a list of strings, got {kind_of(value)}")
    return list(value)


def read_plugins(cfg: Config, key: str, value: Any, src: Source) -> None:
    """Import each named module, from the config file's folder first, then the Python path."""
    from .registry import describe_exception

    for module in string_list(cfg, key, value, src):
        if not all(part.isidentifier() for part in module.split(".")):
            raise src.fail(f"plugin {module!r} is not a module name (like 'house_rules' or "
                           "'clinic.steps')")
        folder = str(src.base.resolve())
        added = folder not in sys.path
        if added:
            sys.path.insert(0, folder)
        try:
            importlib.import_module(module)
        except Exception as exc:  # a plugin can fail in any way: one line naming it
            where = (f" (looked in {folder} and on the Python path)"
                     if isinstance(exc, ModuleNotFoundError) and exc.name == module else "")
            raise src.fail(f"plugin {module!r} cannot be imported: "
                           f"{describe_exception(exc)}{where}") from None
        finally:
            if added:
                sys.path.remove(folder)
        if module not in cfg.plugins:
            cfg.plugins.append(module)


def read_style(cfg: Config, key: str, value: Any, src: Source) -> None:
    from .presets import STYLES

    if value not in STYLES:
        raise src.fail(f"unknown style {value!r}; styles: {', '.join(STYLES)}")
    if cfg.pipeline is not None:  # a sample's style over its project's pipeline
        styled = _style_items(cfg.pipeline)
        cfg.pipeline = [value if n in styled else n for n in cfg.pipeline] if styled else None
    cfg.style = value


def read_pipeline(cfg: Config, key: str, value: Any, src: Source) -> None:
    steps = string_list(cfg, key, value, src)
    styles = _style_items(steps)
    if len(styles) > 1:
        raise src.fail(f"'pipeline' names two styles ({styles[0]!r}, {styles[1]!r}); "
                       "it may hold one")
    cfg.pipeline = steps


def read_disable(cfg: Config, key: str, value: Any, src: Source) -> None:
    cfg.disable = string_list(cfg, key, value, src)


def read_glossary(cfg: Config, key: str, value: Any, src: Source) -> None:
    cfg.glossary += string_list(cfg, key, value, src)


def read_glossary_file(cfg: Config, key: str, value: Any, src: Source) -> None:
    if not isinstance(value, str):
        raise src.fail(f"'glossary_file' must be a file name, got {kind_of(value)}")
    cfg.glossary += read_terms(src.base / value)


def read_builtin_glossary(cfg: Config, key: str, value: Any, src: Source) -> None:
    if not isinstance(value, bool):
        raise src.fail(f"'builtin_glossary' must be true or false, got {kind_of(value)}")
    cfg.builtin_glossary = value


def read_steps(cfg: Config, key: str, value: Any, src: Source) -> None:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise src.fail("'steps' must be a table of step tables, e.g. "
                       "[tool.cleanup.steps.remove_fillers]")
    for name, opts in value.items():
        cfg.steps[name] = {**cfg.steps.get(name, {}), **opts}


def read_layout(cfg: Config, key: str, value: Any, src: Source) -> None:
    from .layout import parse_table

    preset, numbers = parse_table(value, src.origin)
    cfg.layout_preset = preset or cfg.layout_preset
    cfg.layout = {**cfg.layout, **numbers}


# Every key a config may hold, read in this order ("plugins" first: they register the steps
# the other keys name).
KEYS: dict[str, Callable[[Config, str, Any, Source], None]] = {
    "plugins": read_plugins,
    "style": read_style,
    "pipeline": read_pipeline,
    "disable": read_disable,
    "glossary": read_glossary,
    "glossary_file": read_glossary_file,
    "builtin_glossary": read_builtin_glossary,
    "steps": read_steps,
    "layout": read_layout,
}


def read_terms(path: str | Path) -> list[str]:
    """Read a word list: one entry per line, blank lines and ``#`` comments ignored."""
    text = read_text(path, "a word list")
    terms = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            terms.append(line)
    return terms


def _read_toml(path: Path) -> dict[str, Any]:
    text = read_text(path, "a TOML file")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(path, f"invalid TOML: {exc}") from None


def _tool_table(data: dict[str, Any], path: Path) -> Any:
    """The ``[tool.cleanup]`` value of a pyproject's data (``None`` when absent)."""
    tool = data.get("tool")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: 'tool' must be a table (like [tool.cleanup]), "
                          f"got {kind_of(tool)}")
    return tool.get("cleanup")


def load_config(path: str | Path, *, defaults: Config | None = None) -> Config:
    """Read a config file; a pyproject without ``[tool.cleanup]`` is an error.

    With ``defaults`` (a project's config), the file's keys override or extend those.
    """
    path = Path(path)
    data = _read_toml(path)
    if "tool" in data or path.name == "pyproject.toml":
        table = _tool_table(data, path)
        if table is None:
            raise ConfigError(f"{path}: no [tool.cleanup] table")
    else:
        table = data
    return parse_config(table, base=path.parent, origin=str(path), defaults=defaults)


def find_pyproject_config(directory: str | Path = ".") -> Config | None:
    """The ``[tool.cleanup]`` config of ``directory/pyproject.toml``, if it has one.

    A pyproject that cannot be read or parsed is an error: skipping it would silently drop
    the settings it holds.
    """
    candidate = Path(directory) / "pyproject.toml"
    if not candidate.is_file():
        return None
    table = _tool_table(_read_toml(candidate), candidate)
    return None if table is None else parse_config(table, base=candidate.parent,
                                                   origin=str(candidate))


def parse_config(table: Any, *, base: Path = Path("."), origin: str = "config",
                 defaults: Config | None = None) -> Config:
    """Check a config table and turn it into a :class:`Config` (on top of ``defaults``)."""
    from .presets import STYLES

    src = Source(origin, Path(base))
    if not isinstance(table, dict):
        hint = (f"; to choose a style write style = \"{table}\" under [tool.cleanup]"
                if isinstance(table, str) and table in STYLES else "")
        raise src.fail(f"[tool.cleanup] must be a table of settings, got {kind_of(table)}"
                       f"{hint}")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise src.fail(f"unknown key {unknown[0]!r}; valid keys: {', '.join(KEYS)}")
    cfg = copy.deepcopy(defaults) if defaults is not None else Config()
    for key, read in KEYS.items():
        if key in table:
            read(cfg, key, table[key], src)
    _check_steps(cfg, src)
    return cfg


def _check_steps(cfg: Config, src: Source) -> None:
    """Every named step exists and takes the options given, and the pipeline builds."""
    from . import registry

    named = [n for n in (cfg.pipeline or []) if n not in _style_items(cfg.pipeline or [])]
    for name in list(cfg.steps) + named + cfg.disable:
        try:
            registry.factory(name)
        except ConfigError as exc:
            raise src.fail(str(exc)) from None
    steps = cfg.step_names()
    repeated = sorted({n for n in steps if steps.count(n) > 1})
    if repeated:
        raise src.fail(f"step {repeated[0]!r} is twice in the pipeline "
                       f"(a style in it already includes it)")
    for name, opts in cfg.steps.items():
        valid = registry.options(name)
        bad = sorted(set(opts) - set(valid))
        if bad:
            raise src.fail(f"step {name!r} has no option {bad[0]!r}; its options: "
                           f"{', '.join(valid) or 'none'}")
    try:
        cfg.build()
    except ConfigError as exc:
        raise src.fail(str(exc)) from None
