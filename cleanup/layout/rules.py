"""Caption layout rules: the limits a cue must keep, as named presets.

Every number can be changed in ``[tool.cleanup.layout]`` (see :func:`parse_table`):

.. code-block:: toml

    [tool.cleanup.layout]
    preset = "netflix"      # netflix | dcmp | bbc | keep
    max_chars = 40          # any field of Rules

>>> NETFLIX.max_chars, NETFLIX.max_lines, NETFLIX.max_cps, round(NETFLIX.min_gap, 4)
(42, 2, 20.0, 0.0833)
>>> resolve("bbc", {"max_chars": 40}).max_chars
40
"""
from __future__ import annotations

import typing
from dataclasses import dataclass, fields, replace
from typing import Any, Mapping

from ..errors import ConfigError
from ..validation import WrongValue, check, describe, suggestion


@dataclass(frozen=True)
class Rules:
    """The limits of one caption style. Times are seconds; ``None`` turns a limit off.

    ``relayout`` false (the ``keep`` preset) leaves the file's own cues as they are.
    """

    name: str = "netflix"
    relayout: bool = True
    max_chars: int = 42          # characters a line, spaces and punctuation included
    max_lines: int = 2           # lines a cue
    max_cps: float | None = 20.0  # characters a second (line breaks not counted)
    max_wpm: float | None = None  # words a minute
    min_duration: float = 5 / 6  # seconds a cue stays on screen, at least...
    max_duration: float = 7.0    # ...and at most
    frame_rate: float = 24.0     # frames a second, for the gap below
    gap_frames: int = 2          # frames between two cues, at least
    close_gap: float = 0.5       # a shorter gap between cues is closed (to gap_frames)
    pause: float = 0.5           # a silence this long between words always ends a cue

    @property
    def min_gap(self) -> float:
        return self.gap_frames / self.frame_rate

    def reading_time(self, chars: int, words: int) -> float:
        """The seconds a cue of this many characters and words needs on screen."""
        need = self.min_duration
        if self.max_cps:
            need = max(need, chars / self.max_cps)
        if self.max_wpm:
            need = max(need, words * 60 / self.max_wpm)
        return need


# Netflix English Timed Text Style Guide: 42 characters, 2 lines, 20 characters a second
# (adult programmes), 5/6 s to 7 s a cue, 2 frames between cues.
NETFLIX = Rules()
# DCMP Captioning Key: 32 characters a line, 2 lines, 150-160 words a minute for adult
# material (the upper end is the limit; set max_wpm = 130 for educational material).
DCMP = Rules(name="dcmp", max_chars=32, max_cps=None, max_wpm=160.0)
# BBC Subtitle Guidelines: 37 characters a line (Teletext width), 2 lines, 160-180 words a
# minute (the upper end is the limit).
BBC = Rules(name="bbc", max_chars=37, max_cps=None, max_wpm=180.0, frame_rate=25.0)
# The file's own cues: no layout. Its numbers are Netflix's, for `cleanup lint --layout keep`.
KEEP = Rules(name="keep", relayout=False)

PRESETS: dict[str, Rules] = {r.name: r for r in (NETFLIX, DCMP, BBC, KEEP)}

_NUMBERS = {f.name: f for f in fields(Rules) if f.name not in ("name", "relayout")}
TABLE_KEYS = ("preset", *_NUMBERS)
_TYPES = typing.get_type_hints(Rules)
# The limits off by ``false`` (TOML has no null), and each number's least value.
_OPTIONAL = ("max_cps", "max_wpm")
_BOUNDS: dict[str, dict[str, float]] = {
    "max_chars": {"at_least": 1}, "max_lines": {"at_least": 1}, "frame_rate": {"above": 0},
    "max_cps": {"above": 0}, "max_wpm": {"above": 0}}


def preset(name: str) -> Rules:
    try:
        return PRESETS[name]
    except KeyError:
        raise ConfigError(f"unknown layout preset {name!r}{suggestion(name, PRESETS)}; "
                          f"presets: {', '.join(PRESETS)}") from None


def resolve(name: str | Rules, overrides: Mapping[str, Any] | None = None) -> Rules:
    """A preset (by name) with some numbers replaced."""
    rules = name if isinstance(name, Rules) else preset(name)
    return replace(rules, **dict(overrides or {})) if overrides else rules


def parse_table(table: Mapping[str, Any],
                origin: str = "config") -> tuple[str | None, dict[str, Any]]:
    """Validate a ``[tool.cleanup.layout]`` table: (preset name or None, number overrides)."""
    def fail(msg: str) -> ConfigError:
        return ConfigError(f"{origin}: [layout] {msg}")

    if not isinstance(table, Mapping):
        raise fail("must be a table, e.g. [tool.cleanup.layout]")
    unknown = sorted(set(table) - set(TABLE_KEYS))
    if unknown:
        raise fail(f"unknown key {unknown[0]!r}{suggestion(unknown[0], TABLE_KEYS)}; "
                   f"valid keys: {', '.join(TABLE_KEYS)}")
    name = table.get("preset")
    if name is not None and name not in PRESETS:
        raise fail(f"unknown preset {name!r}{suggestion(name, PRESETS)}; "
                   f"presets: {', '.join(PRESETS)}")
    overrides: dict[str, Any] = {}
    for key, value in table.items():
        if key != "preset":
            overrides[key] = _number(key, value, fail)
    if overrides.get("min_duration", NETFLIX.min_duration) > overrides.get("max_duration", 1e9):
        raise fail("'min_duration' is more than 'max_duration'")
    return name, overrides


def _number(key: str, value: Any, fail) -> Any:
    """One ``[layout]`` number, checked against its :class:`Rules` field."""
    if key in _OPTIONAL and value is False:
        return None
    kind = float if key in _OPTIONAL else _TYPES[key]
    bounds = _BOUNDS.get(key, {"at_least": 0})
    wanted = describe(kind, **bounds) + (" or false" if key in _OPTIONAL else "")
    try:
        return check(value, kind, wanted=wanted, **bounds)
    except WrongValue as exc:
        raise fail(f"{key!r} {exc}") from None
