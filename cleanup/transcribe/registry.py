"""The backends by name: name -> ``"module:Class"``, imported on first use.

Like the normalizer registry (:mod:`cleanup.registry`), these tables name their products
instead of importing them, so a backend module imports :mod:`cleanup.transcribe.base` and
nothing here imports a backend until one is asked for. A new backend is a module with a
:class:`~cleanup.transcribe.base.Backend` subclass and one line in :data:`BACKENDS` (and,
if it can decode many windows at once, a :class:`~cleanup.transcribe.base.BatchedBackend`
and a line in :data:`BATCHED`).
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

# name -> "module:Class" of the backend's batched decoding (--batch-size N > 1).
BATCHED: dict[str, str] = {
    "openai-whisper": "windowed:BatchedOpenAIWhisper",
    "faster-whisper": "faster_whisper:BatchedFasterWhisper",
}


def backend_class(name: str) -> type[Backend]:
    """The class of a backend, by name (imports its module, which may need an extra)."""
    if name not in BACKENDS:
        raise CleanupError(f"unknown backend {name!r}; backends: {', '.join(BACKENDS)}")
    return _class(BACKENDS[name])


def _class(spec: str) -> type[Backend]:
    module, attr = spec.split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), attr)


def get_backend(name: str, model: str = "tiny.en", *, device: str = "cpu",
                threads: int | None = None) -> Backend:
    """Instantiate a backend by name (loads the model)."""
    return backend_class(name)(model, device=device, threads=threads)


def batched(backend: Backend, batch_size: int) -> Backend:
    """``backend`` decoding ``batch_size`` windows at once; ``backend`` itself for 1."""
    if batch_size < 1:
        raise CleanupError(f"--batch-size must be at least 1, not {batch_size}")
    if batch_size == 1:
        return backend
    if backend.name not in BATCHED:
        raise CleanupError(f"--batch-size is not supported by the {backend.name} backend")
    return _class(BATCHED[backend.name])(backend, batch_size)
