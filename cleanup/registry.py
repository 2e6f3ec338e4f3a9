"""The registry: step name -> normalizer factory, so the CLI and TOML configs can name steps.

Built-ins are the rows of :data:`STEPS`, one each: name, factory, styles and a line of
description, in pipeline order; the styles of :mod:`cleanup.presets` are read from it, and a
built-in's module is imported when a pipeline first uses it. A new built-in step is its module
and one row. Other steps come from two places:

- ``@register("name")`` in Python code (a script, a notebook, a config's ``plugins`` module);
- installed packages, through the entry-point group ``cleanup.normalizers``::

      [project.entry-points."cleanup.normalizers"]
      redact_mrn = "clinic_steps:RedactMRN"

  Entry points are listed without importing them; a step's module is imported when a
  pipeline uses it (or ``cleanup steps`` lists it).

Those steps live in a :class:`Registry`; the module's functions use the active one (the
process's, or one made active with :func:`using`, as tests do).

>>> from cleanup.pipeline import Normalizer
>>> @register("shout")
... class Shout(Normalizer):
...     def transform(self, t):
...         return t.map_tokens(lambda i, tok: tok.text.upper())
>>> create("shout")("hi there")
'HI THERE'
>>> create("shout", loud=True)
Traceback (most recent call last):
...
cleanup.errors.ConfigError: step 'shout' has no option 'loud'; its options: none
>>> unregister("shout")
"""
from __future__ import annotations

import contextlib
import contextvars
import importlib
import importlib.metadata
import inspect
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping, NamedTuple

from .errors import ConfigError
from .validation import WrongValue, hints, suggestion
from .validation import check as check_value

# The styles a row can name (cleanup.presets makes them): all three, the two that drop words.
_ALL = ("verbatim", "clean", "readable")
_TIDY = ("clean", "readable")
_READABLE = ("readable",)


class BuiltinStep(NamedTuple):
    """A built-in step: its name, its factory (``module:Class`` in the cleanup package), the
    styles it belongs to, and what it does in one line (what ``cleanup steps`` prints)."""

    name: str
    factory: str
    styles: tuple[str, ...]
    description: str


#: The built-in steps, in pipeline order (a style runs its steps in this order). Discourse
#: fillers go before fillers (``so uh, you know, I`` still shows the aside set off by commas),
#: removals run before punctuation tidying (which mends their debris) and casing runs last,
#: so a sentence whose first word was a filler still gets its capital.
STEPS: tuple[BuiltinStep, ...] = (
    BuiltinStep(
        "normalize_unicode", "normalizers.unicode:NormalizeUnicode", _ALL,
        "NFC, drop invisible characters, and optionally unify apostrophes."),
    BuiltinStep(
        "fix_missing_spaces", "normalizers.spacing:FixMissingSpaces", _ALL,
        "Split okay.It into okay. It and mend Don;t."),
    BuiltinStep(
        "remove_hallucinations", "normalizers.hallucinations:RemoveHallucinations", _TIDY,
        "Drop Whisper's silence hallucinations where the evidence says they are not speech."),
    BuiltinStep(
        "remove_discourse_fillers", "normalizers.fillers:RemoveDiscourseFillers", _READABLE,
        "Readable style: drop you know / I mean where they are set off as asides."),
    BuiltinStep(
        "remove_fillers", "normalizers.fillers:RemoveFillers", _TIDY,
        "Drop filler tokens such as uh and um (also Uhh, and -um-)."),
    BuiltinStep(
        "collapse_repeats", "normalizers.repeats:CollapseRepeats", _TIDY,
        "Collapse a word or phrase of up to max_phrase words said twice or more in a row."),
    BuiltinStep(
        "tidy_punctuation", "normalizers.punctuation:TidyPunctuation", _ALL,
        "Put punctuation where it belongs and remove doubled marks (word ,and → word, and)."),
    BuiltinStep(
        "fix_contraction_case", "normalizers.contractions:FixContractionCase", _ALL,
        "Lowercase the contraction ending after an apostrophe: It’S → It’s."),
    BuiltinStep(
        "capitalize_pronoun_i", "normalizers.pronoun:CapitalizePronounI", _ALL,
        "i → I, i’m → I’m; i.e. and other words untouched."),
    BuiltinStep(
        "fix_stray_capitals", "normalizers.casing:FixStrayCapitals", _ALL,
        "and These these → and these these; London, May, MRI stay."),
    BuiltinStep(
        "fix_titles", "normalizers.titles:FixTitles", _ALL,
        "dr rutherford → Dr. Rutherford; dr. jones → Dr. Jones."),
    BuiltinStep(
        "apply_glossary", "normalizers.glossary:ApplyGlossary", _ALL,
        "Recase glossary terms to their canonical spelling: botox → Botox."),
    BuiltinStep(
        "capitalize_sentences", "normalizers.sentences:CapitalizeSentences", _ALL,
        "Uppercase the first letter of a sentence's first word (so it is → So it is)."),
    # In no style: asked for by --deidentify (or named in a pipeline), after the cleaning.
    BuiltinStep(
        "deidentify", "deid.step:Deidentify", (),
        "Replace PHI (i2b2 2014 categories) with [CATEGORY] tags, fake values or masks."),
)

#: name -> "module:attribute", relative to the cleanup package (read from :data:`STEPS`).
BUILTINS: dict[str, str] = {step.name: step.factory for step in STEPS}
_BUILTIN_STEPS: dict[str, BuiltinStep] = {step.name: step for step in STEPS}

ENTRY_POINT_GROUP = "cleanup.normalizers"


def style_steps(style: str) -> tuple[str, ...]:
    """The built-in steps of a style, in pipeline order."""
    return tuple(step.name for step in STEPS if style in step.styles)


@dataclass(frozen=True)
class _Plugin:
    """An installed package's step: known by name before its module is imported."""

    entry_point: importlib.metadata.EntryPoint

    @property
    def origin(self) -> str:
        dist = self.entry_point.dist
        package = f"{dist.name} {dist.version}" if dist is not None else "an installed package"
        return f"{package}, entry point {self.entry_point.value}"


def _check_name(name: object) -> str:
    if not isinstance(name, str) or not name.replace("_", "").isalnum() or not name.isascii():
        raise ValueError(f"step names are letters, digits and underscores, got {name!r}")
    return name


def _module_origin(f: Callable[..., Any]) -> str:
    module = getattr(f, "__module__", None) or "?"
    path = getattr(sys.modules.get(module), "__file__", None)
    return f"module {module} ({path})" if path else f"module {module}"


def _identity(f: Callable[..., Any]) -> tuple[str, str]:
    return getattr(f, "__module__", ""), getattr(f, "__qualname__", repr(f))


def describe_exception(exc: BaseException) -> str:
    """One line for an exception raised by someone else's code (a plugin's import)."""
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg} ({exc.filename}, line {exc.lineno})"
    first = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {first[0]}" if first else type(exc).__name__


class Registry:
    """The steps a pipeline can name: the built-ins of :data:`STEPS`, the steps registered
    in Python, and the steps installed packages declare (read once, on first use)."""

    def __init__(self, group: str = ENTRY_POINT_GROUP):
        self.group = group
        self._custom: dict[str, Callable[..., Any]] = {}   # registered with @register
        self._origins: dict[str, str] = {}                 # where a registered step came from
        self._loaded: dict[str, Callable[..., Any]] = {}   # built-ins and plugins, imported
        self._plugins: dict[str, _Plugin] | None = None    # the entry points, once read

    def register(self, name: str, factory: Callable[..., Any] | None = None, *,
                 origin: str | None = None):
        """Register a normalizer factory (a class or function returning a normalizer).

        Usable as ``register("name", Factory)`` or as a decorator ``@register("name")``.
        Registering the same factory again (a re-imported module) is harmless; another
        factory under a taken name is an error.
        """
        _check_name(name)

        def add(f: Callable[..., Any]):
            if name in BUILTINS:
                raise ValueError(f"{name!r} is a built-in step; choose another name")
            old = self._custom.get(name)
            if old is not None and _identity(old) != _identity(f):
                raise ValueError(f"step {name!r} is already registered by {self._origins[name]}")
            self._custom[name] = f
            self._origins[name] = origin or _module_origin(f)
            return f

        return add(factory) if factory is not None else add

    def unregister(self, name: str) -> None:
        self._custom.pop(name, None)
        self._origins.pop(name, None)

    def plugins(self) -> dict[str, _Plugin]:
        """The steps installed packages declare in the entry-point group.

        A declared name that is a built-in's is an error naming the package.
        """
        if self._plugins is None:
            found: dict[str, _Plugin] = {}
            for ep in importlib.metadata.entry_points(group=self.group):
                plugin = _Plugin(ep)
                if ep.name in BUILTINS:
                    raise ConfigError(f"plugin step {ep.name!r} ({plugin.origin}): the name is a "
                                      "built-in step's; the plugin must choose another name")
                other = found.get(ep.name)
                if other is not None and other.entry_point.value != ep.value:
                    raise ConfigError(f"plugin step {ep.name!r} is declared twice: by "
                                      f"{other.origin} and by {plugin.origin}")
                found[ep.name] = plugin
            self._plugins = found
        return self._plugins

    def refresh(self) -> None:
        """Read the entry points again on next use (a package installed since they were)."""
        self._plugins = None

    def names(self) -> list[str]:
        """Every step name: built-ins first in their pipeline order, then the others sorted."""
        return list(BUILTINS) + sorted(set(self._custom) | set(self.plugins()))

    def origin(self, name: str) -> str:
        """Where a step comes from: ``built-in``, a module, or a package's entry point."""
        if name in BUILTINS:
            return "built-in"
        if name in self._custom:
            return self._origins[name]
        self.factory(name)  # an unknown name raises
        return self.plugins()[name].origin

    def summary(self, name: str) -> str:
        """What a step does, in one line: a built-in's row, else its docstring's first line."""
        if name in _BUILTIN_STEPS:
            return _BUILTIN_STEPS[name].description
        doc = (self.factory(name).__doc__ or "").strip().splitlines()
        return doc[0].replace("``", "") if doc else ""

    def factory(self, name: str) -> Callable[..., Any]:
        if name in self._custom:
            return self._custom[name]
        if name in self._loaded:
            return self._loaded[name]
        if name in BUILTINS:
            module, attr = BUILTINS[name].split(":")
            self._loaded[name] = getattr(importlib.import_module(f"{__package__}.{module}"), attr)
            return self._loaded[name]
        plugin = self.plugins().get(name)
        if plugin is None:
            known = self.names()
            raise ConfigError(f"unknown step {name!r}{suggestion(name, known)}; "
                              f"known steps: {', '.join(known)}")
        return self._load(name, plugin)

    def _load(self, name: str, plugin: _Plugin) -> Callable[..., Any]:
        try:
            loaded = plugin.entry_point.load()
        except Exception as exc:  # a plugin's import can fail in any way: report it in one line
            raise ConfigError(f"plugin step {name!r} ({plugin.origin}) cannot be loaded: "
                              f"{describe_exception(exc)}") from None
        if not callable(loaded):
            raise ConfigError(f"plugin step {name!r} ({plugin.origin}) is not a class or function")
        # Importing the plugin's module may have registered the same step with @register.
        self._loaded[name] = self._custom.pop(name, loaded)
        self._origins.pop(name, None)
        return self._loaded[name]

    def options(self, name: str) -> dict[str, Any]:
        """The options a step accepts, with their defaults (``inspect.Parameter.empty`` if
        none)."""
        try:
            sig = inspect.signature(self.factory(name))
        except (TypeError, ValueError):
            return {}
        return {p.name: p.default for p in sig.parameters.values()
                if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}

    def check(self, name: str, opts: Mapping[str, Any]) -> dict[str, Any]:
        """The options as the step takes them; an unknown step or option, or a value of the
        wrong type, is a :class:`ConfigError` naming the valid ones or the type wanted."""
        valid = self.options(name)
        unknown = sorted(set(opts) - set(valid))
        if unknown:
            listed = ", ".join(valid) if valid else "none"
            raise ConfigError(f"step {name!r} has no option {unknown[0]!r}"
                              f"{suggestion(unknown[0], valid)}; its options: {listed}")
        wanted = hints(self.factory(name)) if opts else {}
        checked = dict(opts)
        for key, value in opts.items():
            if key in wanted:
                try:
                    checked[key] = check_value(value, wanted[key])
                except WrongValue as exc:
                    raise ConfigError(f"step {name!r}: option {key!r} {exc}") from None
        return checked

    def create(self, name: str, **opts: Any):
        """Build the named step with options, checked by :meth:`check`."""
        f = self.factory(name)
        opts = self.check(name, opts)
        try:
            return f(**opts)
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"step {name!r}: {exc}") from None
        except Exception as exc:  # a plugin's constructor: still one line naming the step
            if name in BUILTINS:
                raise
            raise ConfigError(f"step {name!r} ({self.origin(name)}): "
                              f"{describe_exception(exc)}") from None


_active: contextvars.ContextVar[Registry] = contextvars.ContextVar(
    "cleanup_registry", default=Registry())


def active() -> Registry:
    """The registry the module's functions use: the process's, unless :func:`using` says."""
    return _active.get()


@contextlib.contextmanager
def using(registry: Registry) -> Iterator[Registry]:
    """Make ``registry`` the active one inside a ``with`` block (in this thread or task):
    what is registered or loaded there stays in it.

    >>> with using(Registry()) as scratch:
    ...     _ = register("shout", lambda: str.upper)
    ...     "shout" in names()
    True
    >>> "shout" in names()
    False
    """
    token = _active.set(registry)
    try:
        yield registry
    finally:
        _active.reset(token)


def register(name: str, factory: Callable[..., Any] | None = None, *, origin: str | None = None):
    """Register a step in the active registry (see :meth:`Registry.register`)."""
    return active().register(name, factory, origin=origin)


def unregister(name: str) -> None:
    active().unregister(name)


def plugins() -> dict[str, _Plugin]:
    return active().plugins()


def names() -> list[str]:
    return active().names()


def origin(name: str) -> str:
    return active().origin(name)


def summary(name: str) -> str:
    return active().summary(name)


def factory(name: str) -> Callable[..., Any]:
    return active().factory(name)


def options(name: str) -> dict[str, Any]:
    return active().options(name)


def check_options(name: str, opts: Mapping[str, Any]) -> dict[str, Any]:
    return active().check(name, opts)


def create(name: str, **opts: Any):
    return active().create(name, **opts)
