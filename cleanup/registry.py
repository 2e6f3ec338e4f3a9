"""The registry: step name -> normalizer factory, so the CLI and TOML configs can name steps.

Built-ins are listed once, in :data:`BUILTINS`, and imported on first use. Other steps come
from three places:

- ``@register("name")`` in Python code (a script, a notebook, a config's ``plugins`` module);
- installed packages, through the entry-point group ``cleanup.normalizers``::

      [project.entry-points."cleanup.normalizers"]
      redact_mrn = "clinic_steps:RedactMRN"

  Entry points are listed without importing them; a step's module is imported when a
  pipeline uses it (or ``cleanup steps`` lists it).

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

import collections.abc
import importlib
import importlib.metadata
import inspect
import sys
import types
import typing
from dataclasses import dataclass
from typing import Any, Callable

from .errors import ConfigError

# name -> "module:attribute", relative to the cleanup package.
BUILTINS: dict[str, str] = {
    "normalize_unicode": "normalizers.unicode:NormalizeUnicode",
    "fix_missing_spaces": "normalizers.spacing:FixMissingSpaces",
    "remove_hallucinations": "normalizers.hallucinations:RemoveHallucinations",
    "remove_fillers": "normalizers.fillers:RemoveFillers",
    "remove_discourse_fillers": "normalizers.fillers:RemoveDiscourseFillers",
    "collapse_repeats": "normalizers.repeats:CollapseRepeats",
    "tidy_punctuation": "normalizers.punctuation:TidyPunctuation",
    "fix_contraction_case": "normalizers.contractions:FixContractionCase",
    "capitalize_pronoun_i": "normalizers.pronoun:CapitalizePronounI",
    "fix_stray_capitals": "normalizers.casing:FixStrayCapitals",
    "fix_titles": "normalizers.titles:FixTitles",
    "apply_glossary": "normalizers.glossary:ApplyGlossary",
    "capitalize_sentences": "normalizers.sentences:CapitalizeSentences",
    "deidentify": "deid.step:Deidentify",
}

ENTRY_POINT_GROUP = "cleanup.normalizers"


@dataclass(frozen=True)
class _Plugin:
    """An installed package's step: known by name before its module is imported."""

    entry_point: importlib.metadata.EntryPoint

    @property
    def origin(self) -> str:
        dist = self.entry_point.dist
        package = f"{dist.name} {dist.version}" if dist is not None else "an installed package"
        return f"{package}, entry point {self.entry_point.value}"


_custom: dict[str, Callable[..., Any]] = {}   # registered with @register
_origins: dict[str, str] = {}                 # name -> where a registered step came from
_loaded: dict[str, Callable[..., Any]] = {}   # built-ins and plugins, once imported
_plugins: dict[str, _Plugin] | None = None    # the entry points, read once per process


def _check_name(name: object) -> str:
    if not isinstance(name, str) or not name.replace("_", "").isalnum() or not name.isascii():
        raise ValueError(f"step names are letters, digits and underscores, got {name!r}")
    return name


def register(name: str, factory: Callable[..., Any] | None = None, *, origin: str | None = None):
    """Register a normalizer factory (a class or function returning a normalizer).

    Usable as ``register("name", Factory)`` or as a decorator ``@register("name")``.
    Registering the same factory again (a re-imported module) is harmless; another factory
    under a taken name is an error.
    """
    _check_name(name)

    def add(f: Callable[..., Any]):
        if name in BUILTINS:
            raise ValueError(f"{name!r} is a built-in step; choose another name")
        old = _custom.get(name)
        if old is not None and _identity(old) != _identity(f):
            raise ValueError(f"step {name!r} is already registered by {_origins[name]}")
        _custom[name] = f
        _origins[name] = origin or _module_origin(f)
        return f

    return add(factory) if factory is not None else add


def _module_origin(f: Callable[..., Any]) -> str:
    module = getattr(f, "__module__", None) or "?"
    path = getattr(sys.modules.get(module), "__file__", None)
    return f"module {module} ({path})" if path else f"module {module}"


def _identity(f: Callable[..., Any]) -> tuple[str, str]:
    return getattr(f, "__module__", ""), getattr(f, "__qualname__", repr(f))


def unregister(name: str) -> None:
    _custom.pop(name, None)
    _origins.pop(name, None)


def plugins() -> dict[str, _Plugin]:
    """The steps installed packages declare in the ``cleanup.normalizers`` entry-point group.

    A declared name that is a built-in's is an error naming the package.
    """
    global _plugins
    if _plugins is None:
        found: dict[str, _Plugin] = {}
        for ep in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
            plugin = _Plugin(ep)
            if ep.name in BUILTINS:
                raise ConfigError(f"plugin step {ep.name!r} ({plugin.origin}): the name is a "
                                  "built-in step's; the plugin must choose another name")
            other = found.get(ep.name)
            if other is not None and other.entry_point.value != ep.value:
                raise ConfigError(f"plugin step {ep.name!r} is declared twice: by "
                                  f"{other.origin} and by {plugin.origin}")
            found[ep.name] = plugin
        _plugins = found
    return _plugins


def names() -> list[str]:
    """Every step name: built-ins first in their pipeline order, then the others sorted."""
    return list(BUILTINS) + sorted(set(_custom) | set(plugins()))


def origin(name: str) -> str:
    """Where a step comes from: ``built-in``, a module, or a package's entry point."""
    if name in BUILTINS:
        return "built-in"
    if name in _custom:
        return _origins[name]
    factory(name)  # an unknown name raises
    return plugins()[name].origin


def factory(name: str) -> Callable[..., Any]:
    if name in _custom:
        return _custom[name]
    if name in _loaded:
        return _loaded[name]
    if name in BUILTINS:
        module, attr = BUILTINS[name].split(":")
        _loaded[name] = getattr(importlib.import_module(f"{__package__}.{module}"), attr)
        return _loaded[name]
    plugin = plugins().get(name)
    if plugin is None:
        raise ConfigError(f"unknown step {name!r}; known steps: {', '.join(names())}")
    try:
        loaded = plugin.entry_point.load()
    except Exception as exc:  # a plugin's import can fail in any way: report it in one line
        raise ConfigError(f"plugin step {name!r} ({plugin.origin}) cannot be loaded: "
                          f"{describe_exception(exc)}") from None
    if not callable(loaded):
        raise ConfigError(f"plugin step {name!r} ({plugin.origin}) is not a class or function")
    # Importing the plugin's module may have registered the same step with @register.
    _loaded[name] = _custom.pop(name, loaded)
    _origins.pop(name, None)
    return _loaded[name]


def describe_exception(exc: BaseException) -> str:
    """One line for an exception raised by someone else's code (a plugin's import)."""
    if isinstance(exc, SyntaxError):
        return f"SyntaxError: {exc.msg} ({exc.filename}, line {exc.lineno})"
    first = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {first[0]}" if first else type(exc).__name__


def options(name: str) -> dict[str, Any]:
    """The options a step accepts, with their defaults (``inspect.Parameter.empty`` if none)."""
    try:
        sig = inspect.signature(factory(name))
    except (TypeError, ValueError):
        return {}
    return {p.name: p.default for p in sig.parameters.values()
            if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)}


def _hints(f: Callable[..., Any]) -> dict[str, Any]:
    """The type annotations of a factory's options, where Python can resolve them."""
    target = f if inspect.isclass(f) and "__dataclass_fields__" in vars(f) else (
        f.__init__ if inspect.isclass(f) else f)
    try:
        return typing.get_type_hints(target)
    except Exception:  # unresolvable annotations: no type check, the factory still validates
        return {}


_TYPE_WORDS = {bool: "true or false", int: "a whole number", float: "a number", str: "a string"}


def _matches(value: Any, hint: Any) -> bool | None:
    """Whether a config value fits an annotation; ``None`` when the annotation says nothing."""
    if hint is bool:
        return isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is str:
        return isinstance(value, str)
    origin_type = typing.get_origin(hint)
    if origin_type in (typing.Union, types.UnionType):  # int | None, str | list[str]
        fits = [_matches(value, a) for a in typing.get_args(hint) if a is not type(None)]
        return True if True in fits else None if None in fits else False
    if origin_type in (tuple, list, frozenset, set, collections.abc.Sequence,
                       collections.abc.Iterable, collections.abc.Collection):
        if not isinstance(value, (list, tuple, set, frozenset)):
            return False
        args = [a for a in typing.get_args(hint) if a is not Ellipsis]
        if len(args) == 1 and args[0] is str:
            return all(isinstance(v, str) for v in value)
        return True
    return None


def _describe(hint: Any) -> str:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        return " or ".join(_describe(a) for a in typing.get_args(hint) if a is not type(None))
    if hint in _TYPE_WORDS:
        return _TYPE_WORDS[hint]
    args = [a for a in typing.get_args(hint) if a is not Ellipsis]
    return "a list of strings" if args == [str] else "a list"


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "a table"
    return repr(value)


def create(name: str, **opts: Any):
    """Build the named step with options, rejecting unknown options with the valid ones, and
    option values of the wrong type with the type wanted."""
    f = factory(name)
    valid = options(name)
    unknown = sorted(set(opts) - set(valid))
    if unknown:
        listed = ", ".join(valid) if valid else "none"
        raise ConfigError(f"step {name!r} has no option {unknown[0]!r}; its options: {listed}")
    hints = _hints(f) if opts else {}
    for key, value in opts.items():
        if key in hints and _matches(value, hints[key]) is False:
            raise ConfigError(f"step {name!r}: option {key!r} must be {_describe(hints[key])}, "
                              f"got {_shown(value)}")
    try:
        return f(**opts)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"step {name!r}: {exc}") from None
    except Exception as exc:  # a plugin's constructor: still one line naming the step
        if name in BUILTINS:
            raise
        raise ConfigError(f"step {name!r} ({origin(name)}): {describe_exception(exc)}") from None
