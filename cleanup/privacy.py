"""Steps whose originals are private: what they replace must not leave the run.

A step declares ``private = True`` (the ``deidentify`` step does): the words it replaces
are protected health information, so no output (the JSON's changes and raw result, the
change log, ``--explain``, the review page, the decisions file, the summary, an error
message) shows them unless the user asks for a private copy (``--keep-originals``).

>>> from cleanup.presets import build_pipeline
>>> sorted(private_steps(build_pipeline(steps=["remove_fillers", "deidentify"])))
['deidentify']
>>> sorted(private_steps(build_pipeline("clean")))
[]
"""
from __future__ import annotations

from typing import Any

from .pipeline import Pipeline, flat_steps


def is_private(step: Any) -> bool:
    """Whether ``step`` declares that what it replaces is private."""
    return bool(getattr(step, "private", False))


def private_steps(pipeline: Pipeline) -> frozenset[str]:
    """The names (as ``explain`` writes them, ``outer.inner``) of a pipeline's private steps."""
    return frozenset(name for name, step in flat_steps(pipeline) if is_private(step))
