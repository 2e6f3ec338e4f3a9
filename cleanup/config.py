"""TOML configuration: a ``cleanup.toml`` or the ``[tool.cleanup]`` table of a pyproject.

.. code-block:: toml

    [tool.cleanup]
    style = "clean"                       # verbatim | clean | readable
    disable = ["fix_stray_capitals"]      # steps to leave out
    glossary = ["Botox", "Hashimoto’s"]   # extra canonical spellings
    glossary_file = "terms.txt"           # one term per line, relative to this file
    builtin_glossary = true               # the bundled medical glossary
    apply_suggestions = false             # make the changes steps only suggest (recall first)
    deidentify = "tag"                    # add the deidentify step last: tag | surrogate | mask
    plugins = ["house_rules"]             # modules to import first: they @register steps
    # pipeline = ["redact_mrn", "clean"]  # an explicit step list; a style name in it stands
    #                                     # for that style's steps (and --style replaces it)

    [tool.cleanup.steps.remove_fillers]   # options for one step
    words = ["uh", "um"]

    [tool.cleanup.layout]                 # caption layout (see cleanup/layout/rules.py)
    preset = "netflix"                    # netflix | dcmp | bbc | keep (or layout = "dcmp")
    max_chars = 40                        # any number of the preset

``cleanup transcribe``'s settings may be kept too; its command-line options override them:

.. code-block:: toml

    model = "small.en"                    # backend, model, language, prompt,
    prompt = "Botox, Hashimoto's."        # formats, device, batch_size
    formats = ["txt", "srt"]

Unknown keys, steps and options are rejected with the valid ones listed (and the closest
name, for a typo), a value of the wrong type with the type wanted (:mod:`cleanup.validation`,
as for the command line and Python), and options for a step the pipeline does not run.
Each key has one row in :data:`~cleanup.config_keys.KEYS`: its type and its reader, run in
that order; a new setting is a ``Config`` field plus a row.

A project's config (``--config``, else ``./cleanup.toml``, else ``./pyproject.toml``'s
``[tool.cleanup]``: :func:`find_config`) may import ``plugins``; a sample's ``NAME.toml``
(``sample=True``) may not, and a command that runs no pipeline (``for_pipeline=False``)
imports none.
"""
from __future__ import annotations

import copy
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .config_keys import KEYS, Source, checked, read_terms, style_items
from .errors import ConfigError, InputError, read_text
from .validation import suggestion

__all__ = ["Config", "KEYS", "find_config", "find_pyproject_config", "load_config",
           "parse_config", "read_terms"]


@dataclass
class Config:
    style: str = "clean"
    pipeline: list[str] | None = None
    disable: list[str] = field(default_factory=list)
    glossary: list[str] = field(default_factory=list)
    builtin_glossary: bool = True
    apply_suggestions: bool = False
    # Run the deidentify step after the others: in this mode, or (True) its options' mode.
    deidentify: str | bool | None = None
    steps: dict[str, dict[str, Any]] = field(default_factory=dict)
    plugins: list[str] = field(default_factory=list)
    layout_preset: str | None = None  # [layout] preset; None: the command's default
    layout: dict[str, Any] = field(default_factory=dict)  # [layout] numbers
    # cleanup transcribe's settings; None: the command's default (see `setting`).
    backend: str | None = None
    model: str | None = None
    language: str | None = None
    prompt: str | None = None
    formats: tuple[str, ...] | None = None
    device: str | None = None
    batch_size: int | None = None
    origins: dict[str, str] = field(default_factory=dict)  # setting -> the file that set it
    # The pipeline built when the config was checked, with the settings it was built from:
    # a command that asks for the same pipeline gets it, not a second build.
    _built: tuple[Any, Any] | None = field(default=None, repr=False, compare=False)

    def layout_rules(self, name: str | None = None, *, default: str = "keep"):
        """The caption layout rules: ``name`` (from --layout), else the config's preset,
        else ``default``; the config's numbers on top."""
        from .layout import resolve

        return resolve(name or self.layout_preset or default, self.layout)

    def setting(self, key: str, given: Any = None, default: Any = None,
                choices: Iterable[str] | None = None) -> Any:
        """A command's setting: ``given`` (from the command line) when not ``None``, else
        this config's value, else ``default``. A config value outside ``choices`` is a
        :class:`ConfigError` naming the file that set it."""
        if given is not None:
            return given
        value = getattr(self, key)
        if value is None:
            return default
        if choices is not None and value not in (choices := list(choices)):
            where = self.origins.get(key)
            raise ConfigError(f"{where or 'config'}: unknown {key} {value!r}"
                              f"{suggestion(value, choices)}; {key}s: {', '.join(choices)}",
                              where)
        return value

    def step_names(self, style: str | None = None) -> list[str]:
        """The pipeline's step names; ``style`` overrides the config's style.

        In an explicit ``pipeline`` a style name stands for that style's steps, and the
        ``style`` argument takes its place; an explicit pipeline without one gives way to
        the ``style`` argument entirely.
        """
        from .presets import STYLES

        steps: list[str] = []
        if self.pipeline is None or (style is not None and not style_items(self.pipeline)):
            steps = list(STYLES[style or self.style])
        else:
            for name in self.pipeline:
                steps += STYLES[style or name] if name in STYLES else [name]
        return with_deidentify(steps, self.deidentify)

    def build(self, *, style: str | None = None, glossary: list[str] | None = None,
              steps: list[str] | None = None):
        """The pipeline this config describes; ``style``/``glossary`` override or extend it.

        A ``style`` that leaves out a step of the config's own pipeline leaves out its
        options and its ``disable`` entry too (they are the config's, for its style).
        ``steps`` (``--steps``): exactly these steps (a style's name stands for its steps),
        the config's style, pipeline and ``disable`` unused, its options for them kept."""
        from . import presets

        if steps is not None:
            steps = with_deidentify(expand_styles(steps), self.deidentify)
            options = {n: o for n, o in self.steps.items() if n in steps}
            disable: list[str] = []
        else:
            steps, own = self.step_names(style), set(self.step_names())
            options = {n: o for n, o in self.steps.items() if n in steps or n not in own}
            disable = [n for n in self.disable if n in steps or n not in own]
        if isinstance(self.deidentify, str) and "deidentify" in steps:
            options = {**options, "deidentify": {**options.get("deidentify", {}),
                                                 "mode": self.deidentify}}
        key = (style or self.style, tuple(self.glossary + list(glossary or [])),
               self.builtin_glossary, tuple(disable), repr(options), tuple(steps),
               self.apply_suggestions)
        if self._built is not None and self._built[0] == key:
            return self._built[1]  # steps are immutable: one pipeline serves every caller
        pipeline = presets.build_pipeline(
            key[0], glossary=list(key[1]), builtin_glossary=self.builtin_glossary,
            disable=disable, options=options, steps=steps,
            apply_suggestions=self.apply_suggestions)
        self._built = (key, pipeline)
        return pipeline


def expand_styles(names: Iterable[str]) -> list[str]:
    """Step names, a style's name standing for that style's steps."""
    from .presets import STYLES

    steps: list[str] = []
    for name in names:
        steps += STYLES[name] if name in STYLES else [name]
    return steps


def with_deidentify(steps: list[str], mode: str | bool | None) -> list[str]:
    """The steps, ``deidentify`` last when a mode asks for it and they do not name it."""
    return steps + ["deidentify"] if mode and "deidentify" not in steps else steps


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
    checked(tool, dict, "'tool'", Source(str(path)), "a table (like [tool.cleanup])")
    return tool.get("cleanup")


def load_config(path: str | Path, *, defaults: Config | None = None, sample: bool = False,
                for_pipeline: bool = True) -> Config:
    """Read a config file; a pyproject without ``[tool.cleanup]`` is an error.

    With ``defaults`` (a project's config), the file's keys override or extend those.
    ``sample``: a sample's ``NAME.toml``, which may not name ``plugins``. ``for_pipeline``
    false: for a command that runs no pipeline, which imports no plugin and builds none.
    """
    path = Path(path)
    data = _read_toml(path)
    if "tool" in data or path.name == "pyproject.toml":
        table = _tool_table(data, path)
        if table is None:
            raise ConfigError(f"{path}: no [tool.cleanup] table", path)
    else:
        table = data
    return parse_config(table, base=path.parent, origin=str(path), defaults=defaults,
                        sample=sample, for_pipeline=for_pipeline)


#: The files a project's config is looked for in, in the current folder, in this order.
CONFIG_FILES = ("cleanup.toml", "pyproject.toml")


def find_config(directory: str | Path = ".", *, for_pipeline: bool = True) -> Config | None:
    """The project's config in ``directory``: its ``cleanup.toml``, else the
    ``[tool.cleanup]`` table of its ``pyproject.toml``; ``None`` when it has neither.

    A file that cannot be read or parsed is an error: skipping it would silently drop the
    settings it holds.
    """
    candidate = Path(directory) / CONFIG_FILES[0]
    if candidate.is_file():
        return load_config(candidate, for_pipeline=for_pipeline)
    return find_pyproject_config(directory, for_pipeline=for_pipeline)


def find_pyproject_config(directory: str | Path = ".", *,
                          for_pipeline: bool = True) -> Config | None:
    """The ``[tool.cleanup]`` config of ``directory/pyproject.toml``, if it has one."""
    candidate = Path(directory) / "pyproject.toml"
    if not candidate.is_file():
        return None
    table = _tool_table(_read_toml(candidate), candidate)
    return None if table is None else parse_config(table, base=candidate.parent,
                                                   origin=str(candidate),
                                                   for_pipeline=for_pipeline)


def parse_config(table: Any, *, base: Path = Path("."), origin: str = "config",
                 defaults: Config | None = None, sample: bool = False,
                 for_pipeline: bool = True) -> Config:
    """Check a config table and turn it into a :class:`Config` (on top of ``defaults``);
    ``sample`` and ``for_pipeline`` as for :func:`load_config`."""
    from .presets import STYLES

    src = Source(origin, Path(base), imports=for_pipeline)
    if isinstance(table, str) and table in STYLES:
        raise src.fail(f"[tool.cleanup] must be a table of settings, got {table!r}; to choose "
                       f"a style write style = \"{table}\" under [tool.cleanup]")
    checked(table, dict, "[tool.cleanup]", src, "a table of settings")
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise src.fail(f"unknown key {unknown[0]!r}{suggestion(unknown[0], KEYS)}; "
                       f"valid keys: {', '.join(KEYS)}")
    if sample and "plugins" in table:
        raise src.fail("'plugins' may be set only in the project's config (--config, "
                       "./cleanup.toml or ./pyproject.toml), not in a sample's settings")
    cfg = copy.deepcopy(defaults) if defaults is not None else Config()
    for key, (kind, read, wanted, bounds) in KEYS.items():
        if key in table:
            read(cfg, key, checked(table[key], kind, repr(key), src, wanted, bounds), src)
    if defaults is not None:  # a style of the file's own leaves out the steps it drops
        _drop_inherited(cfg, defaults, table)
    if for_pipeline:
        _check_steps(cfg, src)
    return cfg


def _drop_inherited(cfg: Config, defaults: Config, table: dict[str, Any]) -> None:
    """The options and ``disable`` entries ``cfg`` took from ``defaults`` for steps its own
    pipeline (a sample's style) leaves out, left out with them."""
    steps, own = set(cfg.step_names()), table.get("steps", {})
    cfg.steps = {n: o for n, o in cfg.steps.items() if n in steps or n in own}
    if "disable" not in table:
        cfg.disable = [n for n in cfg.disable if n in steps]


def _check_steps(cfg: Config, src: Source) -> None:
    """No step is named twice, and the pipeline builds: every named step exists and takes
    the options given (checked by :func:`~cleanup.presets.build_pipeline`, as for Python
    and the command line)."""
    steps = cfg.step_names()
    repeated = sorted({n for n in steps if steps.count(n) > 1})
    if repeated:
        raise src.fail(f"step {repeated[0]!r} is twice in the pipeline "
                       f"(a style in it already includes it)")
    mode = cfg.steps.get("deidentify", {}).get("mode")
    if isinstance(cfg.deidentify, str) and mode is not None and mode != cfg.deidentify:
        raise src.fail(f"'deidentify' = {cfg.deidentify!r} and [steps.deidentify] mode = "
                       f"{mode!r} disagree; set the mode in one place")
    try:
        cfg.build()
    except ConfigError as exc:
        raise src.fail(str(exc)) from None
