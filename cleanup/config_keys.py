"""The keys a config may hold: for each, the type its value must have and the reader that
applies it to a :class:`~cleanup.config.Config` (:data:`KEYS`, read in that order), with
:class:`Source`, where a table came from.

A new setting is a ``Config`` field plus a row here; :func:`cleanup.config.parse_config`
checks each value with the one validator (:mod:`cleanup.validation`) before its reader runs:

>>> from cleanup.config import parse_config
>>> parse_config({"batch_size": 8, "formats": "srt,txt"}).formats
('txt', 'srt')
>>> parse_config({"batch_size": 0})
Traceback (most recent call last):
...
cleanup.errors.ConfigError: config: 'batch_size' must be a whole number ≥ 1, got 0
"""
from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from .errors import ConfigError, read_text
from .validation import WrongValue, check, suggestion

if TYPE_CHECKING:
    from .config import Config


def style_items(pipeline: list[str]) -> list[str]:
    """The style names in an explicit pipeline (it may hold one)."""
    from .presets import STYLES

    return [name for name in pipeline if name in STYLES]


@dataclass(frozen=True)
class Source:
    """Where a table came from: its file (for messages) and folder (for relative paths), and
    whether its ``plugins`` are imported (a command that runs a pipeline) or only checked."""

    origin: str = "config"
    base: Path = Path(".")
    imports: bool = True

    @property
    def file(self) -> str | None:
        """The config file, when the table came from one."""
        return None if self.origin == Source.origin else self.origin

    def fail(self, message: str) -> ConfigError:
        return ConfigError(f"{self.origin}: {message}", self.file)


def read_plugins(cfg: Config, key: str, value: Any, src: Source) -> None:
    """Import each named module, from the config file's folder first, then the Python path
    (only checked when ``src.imports`` is false)."""
    from .registry import describe_exception

    for module in value:
        if not all(part.isidentifier() for part in module.split(".")):
            raise src.fail(f"plugin {module!r} is not a module name (like 'house_rules' or "
                           "'clinic.steps')")
        if not src.imports:
            continue
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
        raise src.fail(f"unknown style {value!r}{suggestion(value, STYLES)}; "
                       f"styles: {', '.join(STYLES)}")
    if cfg.pipeline is not None:  # a sample's style over its project's pipeline
        styled = style_items(cfg.pipeline)
        cfg.pipeline = [value if n in styled else n for n in cfg.pipeline] if styled else None
    cfg.style = value


def read_pipeline(cfg: Config, key: str, value: Any, src: Source) -> None:
    steps = list(value)
    styles = style_items(steps)
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


def read_apply_suggestions(cfg: Config, key: str, value: Any, src: Source) -> None:
    cfg.apply_suggestions = value


def read_deidentify(cfg: Config, key: str, value: Any, src: Source) -> None:
    """``deidentify = "tag"`` (or ``"surrogate"``, ``"mask"``; ``true`` is ``"tag"``,
    ``false`` off): the ``deidentify`` step runs after the others, in that mode (``true``:
    the mode of ``[steps.deidentify]``, else ``"tag"``)."""
    from .deid.replace import MODES

    if not isinstance(value, bool) and value not in MODES:
        raise src.fail(f"'deidentify': unknown mode {value!r}{suggestion(str(value), MODES)}; "
                       f"modes: {', '.join(MODES)} (or true, false)")
    cfg.deidentify = value or None


def read_steps(cfg: Config, key: str, value: Any, src: Source) -> None:
    for name, opts in value.items():
        cfg.steps[name] = {**cfg.steps.get(name, {}), **opts}


def read_layout(cfg: Config, key: str, value: Any, src: Source) -> None:
    from .layout import parse_table

    try:
        preset, numbers = parse_table({"preset": value} if isinstance(value, str) else value,
                                      src.origin)
    except ConfigError as exc:  # its message names the file already
        raise ConfigError(str(exc), src.file) from None
    cfg.layout_preset = preset or cfg.layout_preset
    cfg.layout = {**cfg.layout, **numbers}


def read_setting(cfg: Config, key: str, value: Any, src: Source) -> None:
    """A command's setting, kept with the file it came from (see :meth:`Config.setting`)."""
    setattr(cfg, key, value)
    cfg.origins[key] = src.origin


def read_formats(cfg: Config, key: str, value: Any, src: Source) -> None:
    """``["txt", "srt"]`` or ``"txt,srt"``: output formats, in the order they are written."""
    from .formats import output_formats

    known = output_formats()
    names = [n.strip().lower().lstrip(".") for n in
             (value.split(",") if isinstance(value, str) else value) if n.strip()]
    for name in names:
        if name not in known:
            raise src.fail(f"'formats': unknown format {name!r}{suggestion(name, known)}; "
                           f"formats: {', '.join(known)}")
    if not names:
        raise src.fail("'formats' names no format")
    read_setting(cfg, key, tuple(f for f in known if f in names), src)


class Key(NamedTuple):
    """A config key: the type its value must have, and the reader that applies it."""

    kind: Any
    read: Callable[[Config, str, Any, Source], None]
    wanted: str | None = None  # the words for the type, where the type's own are not enough
    bounds: dict[str, float] | None = None  # a number's least value


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
    "apply_suggestions": Key(bool, read_apply_suggestions),
    "deidentify": Key(str | bool, read_deidentify, "a mode (\"tag\", \"surrogate\", "
                      "\"mask\") or true/false"),
    "steps": Key(dict[str, dict], read_steps,
                 "a table of step tables, e.g. [tool.cleanup.steps.remove_fillers]"),
    "layout": Key(str | dict, read_layout,
                  "a preset name or a table, e.g. [tool.cleanup.layout]"),
    # cleanup transcribe's (the command checks backend, language and device by its tables)
    "backend": Key(str, read_setting),
    "model": Key(str, read_setting),
    "language": Key(str, read_setting),
    "prompt": Key(str, read_setting),
    "formats": Key(str | list[str], read_formats, "a list of formats, e.g. [\"txt\", \"srt\"]"),
    "device": Key(str, read_setting),
    "batch_size": Key(int, read_setting, bounds={"at_least": 1}),
}


def checked(value: Any, kind: Any, what: str, src: Source, wanted: str | None = None,
             bounds: dict[str, float] | None = None) -> Any:
    """The value, or the error naming the file and the setting (``what``)."""
    try:
        return check(value, kind, wanted=wanted, **(bounds or {}))
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
