"""The backends by name: name -> ``"module:Class"``, imported on first use.

Like the normalizer registry (:mod:`cleanup.registry`), this table names its products
instead of importing them, so a backend module imports :mod:`cleanup.transcribe.base` and
nothing here imports a backend until one is asked for. A new backend is a module with a
:class:`~cleanup.transcribe.base.Backend` subclass and one line in :data:`BACKENDS`.
"""
from __future__ import annotations

import importlib

from ..errors import CleanupError
from .base import Backend

# name -> "module:Class", relative to this package.
BACKENDS: dict[str, str] = {
    "openai-whisper": "openai_whisper:OpenAIWhisper",
    "faster-whisper": "faster_whisper:FasterWhisper",
}


def backend_class(name: str) -> type[Backend]:
    """The class of a backend, by name (imports its module, which may need an extra)."""
    if name not in BACKENDS:
        raise CleanupError(f"unknown backend {name!r}; backends: {', '.join(BACKENDS)}")
    module, attr = BACKENDS[name].split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), attr)


def get_backend(name: str, model: str = "tiny.en", *, device: str = "cpu",
                threads: int | None = None) -> Backend:
    """Instantiate a backend by name (loads the model)."""
    return backend_class(name)(model, device=device, threads=threads)
