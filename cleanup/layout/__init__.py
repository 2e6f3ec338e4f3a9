"""Caption layout: cues and lines people can read, laid out again after cleaning, and a
checker for any caption file.

>>> from cleanup.layout import layout, lint
>>> import cleanup.formats as f
>>> t = f.parse("1\\n00:00:00,000 --> 00:00:12,000\\nA single long cue that runs on and on about "
...             "the injections next week and the side effects you may have.\\n", "srt")
>>> [v.rule for v in lint(t)]
['line_length', 'max_duration']
>>> lint(layout(t, "netflix"))
[]
"""
from __future__ import annotations

from .cues import has_timings, layout, word_times
from .lint import RULES, Violation, lint, timed_cues, violations_per_100
from .rules import BBC, DCMP, KEEP, NETFLIX, PRESETS, Rules, parse_table, preset, resolve

__all__ = ["layout", "lint", "has_timings", "word_times", "Violation", "Rules", "RULES",
           "PRESETS", "NETFLIX", "DCMP", "BBC", "KEEP", "preset", "resolve", "parse_table",
           "violations_per_100", "timed_cues"]
