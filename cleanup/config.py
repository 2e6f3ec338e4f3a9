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

Unknown keys, steps and options are rejected with the valid ones listed, and a value of the
wrong type with the type wanted (:mod:`cleanup.validation`, as for the command line and
Python). Each key has one row in :data:`KEYS`: its type and its reader, run in that order; a
new setting is a ``Config`` field plus a row.
"""
from __future__ import annotations

import copy
import importlib
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, NamedTuple

from .errors import ConfigError, InputError, read_text
from .validation import WrongValue, check


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
    # The pipeline built when the config was checked, with the settings it was built from:
    # a command that asks for the same pipeline gets it, not a second build.
    _built: tuple[Any, Any] | None = field(default=None, repr=False, compare=False)

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
        from . import presets

        key = (style or self.style, tuple(self.glossary + list(glossary or [])),
               self.builtin_glossary, tuple(self.disable), repr(self.steps),
               tuple(self.step_names(style)))
        if self._built is not None and self._built[0] == key:
            return self._built[1]  # steps are immutable: one pipeline serves every caller
        pipeline = presets.build_pipeline(
            key[0], glossary=list(key[1]), builtin_glossary=self.builtin_glossary,
            disable=self.disable, options=self.steps, steps=list(key[5]))
        self._built = (key, pipeline)
        return pipeline


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


def read_plugins(cfg: Config, key: str, value: Any, src: Source) -> None:
    """Import each named module, from the config file's folder first, then the Python path."""
    from .registry import describe_exception

    for module in value:
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
    steps = list(value)
    styles = _style_items(steps)
    if len(styles) > 1:
        raise src.fail(f"'pipeline' names two styles ({styles[0]!r}, {styles[1]!r}); "
                       "it may hold one")
    cfg.pipeline = steps


def read_disable(cfg: Config, key: str, value: Any, src: Source) -> None:
    cfg.disable = list(value)


def read_glossary(cfg: Config, key: str, value: Any, src: Source) -> None:
    cfg.glossary += value


def read_glossary_file(cfg: Config, key: str, value: Any, src: Source) -> None:
    cfg.glossary += read_terms(src.base / value)


def read_builtin_glossary(cfg: Config, key: str, value: Any, src: Source) -> None:
    cfg.builtin_glossary = value


def read_steps(cfg: Config, key: str, value: Any, src: Source) -> None:
    for name, opts in value.items():
        cfg.steps[name] = {**cfg.steps.get(name, {}), **opts}


def read_layout(cfg: Config, key: str, value: Any, src: Source) -> None:
    from .layout import parse_table

    preset, numbers = parse_table(value, src.origin)
    cfg.layout_preset = preset or cfg.layout_preset
    cfg.layout = {**cfg.layout, **numbers}


class Key(NamedTuple):
    """A config key: the type its value must have, and the reader that applies it."""

    kind: Any
    read: Callable[[Config, str, Any, Source], None]
    wanted: str | None = None  # the words for the type, where the type's own are not enough


# Every key a config may hold, read in this order ("plugins" first: they register the steps
# the other keys name).
KEYS: dict[str, Key] = {
    "plugins": Key(list[str], read_plugins),
    "style": Key(str, read_style),
    "pipeline": Key(list[str], read_pipeline),
    "disable": Key(list[str], read_disable),
    "glossary": Key(list[str], read_glossary),
    "glossary_file": Key(str, read_glossary_file, "a file name"),
    "builtin_glossary": Key(bool, read_builtin_glossary),
    "steps": Key(dict[str, dict], read_steps,
                 "a table of step tables, e.g. [tool.cleanup.steps.remove_fillers]"),
    "layout": Key(dict, read_layout, "a table, e.g. [tool.cleanup.layout]"),
}


def _checked(value: Any, kind: Any, what: str, src: Source, wanted: str | None = None) -> Any:
    """The value, or the error naming the file and the setting (``what``)."""
    try:
        return check(value, kind, wanted=wanted)
    except WrongValue as exc:
        raise src.fail(f"{what} {exc}") from None


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
    _checked(tool, dict, "'tool'", Source(str(path)), "a table (like [tool.cleanup])")
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
    if isinstance(table, str) and table in STYLES:
        raise src.fail(f"[tool.cleanup] must be a table of settings, got {table!r}; to choose "
                       f"a style write style = \"{table}\" under [tool.cleanup]")
    _checked(table, dict, "[tool.cleanup]", src, "a table of settings")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise src.fail(f"unknown key {unknown[0]!r}; valid keys: {', '.join(KEYS)}")
    cfg = copy.deepcopy(defaults) if defaults is not None else Config()
    for key, (kind, read, wanted) in KEYS.items():
        if key in table:
            read(cfg, key, _checked(table[key], kind, repr(key), src, wanted), src)
    _check_steps(cfg, src)
    return cfg


def _check_steps(cfg: Config, src: Source) -> None:
    """No step is named twice, and the pipeline builds: every named step exists and takes
    the options given (checked by :func:`~cleanup.presets.build_pipeline`, as for Python
    and the command line)."""
    steps = cfg.step_names()
    repeated = sorted({n for n in steps if steps.count(n) > 1})
    if repeated:
        raise src.fail(f"step {repeated[0]!r} is twice in the pipeline "
                       f"(a style in it already includes it)")
    try:
        cfg.build()
    except ConfigError as exc:
        raise src.fail(str(exc)) from None
