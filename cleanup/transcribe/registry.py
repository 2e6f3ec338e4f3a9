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
import importlib.util
from typing import Any, Protocol

from ..errors import CleanupError
from .base import Backend, BatchedBackend


class BackendLoader(Protocol):
    """A :data:`BACKENDS` class: called with a model, it loads it and is the backend."""

    def __call__(self, model: str = ..., *, device: str = ...,
                 threads: int | None = ...) -> Backend: ...

#: What ``--backend auto`` (the default) picks; see :func:`resolve_backend`.
AUTO = "auto"

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


def resolve_backend(name: str, device: str = "auto") -> tuple[str, str]:
    """The backend ``name`` means on this machine, and why: ``auto`` is faster-whisper when
    it is installed and the model runs on a CPU (``device`` ``cpu``, or ``auto`` with no
    CUDA GPU), several times faster there; openai-whisper otherwise (its batched decoding
    keeps a GPU busy). Any other name is itself.

    >>> resolve_backend("openai-whisper")
    ('openai-whisper', 'as asked')
    """
    if name != AUTO:
        return name, "as asked"
    if importlib.util.find_spec("faster_whisper") is None:
        return "openai-whisper", "auto: faster-whisper is not installed"
    if device.startswith("cuda"):
        return "openai-whisper", f"auto: --device {device}"
    if device != "cpu":
        from .device import cuda_devices

        if cuda_devices("openai-whisper") or cuda_devices("faster-whisper"):
            return "openai-whisper", "auto: a CUDA GPU is present"
        return "faster-whisper", "auto: no CUDA GPU, faster-whisper installed"
    return "faster-whisper", "auto: --device cpu, faster-whisper installed"


def backend_class(name: str) -> BackendLoader:
    """The class of a backend, by name (imports its module, which may need an extra)."""
    if name not in BACKENDS:
        raise CleanupError(f"unknown backend {name!r}; backends: {', '.join(BACKENDS)}")
    return _class(BACKENDS[name])


def _class(spec: str) -> Any:
    """The class named by ``"module:Class"`` (untyped: the caller says which kind it is)."""
    module, attr = spec.split(":")
    return getattr(importlib.import_module(f"{__package__}.{module}"), attr)


def get_backend(name: str, model: str = "tiny.en", *, device: str = "cpu",
                threads: int | None = None) -> Backend:
    """Instantiate a backend by name (``auto``: :func:`resolve_backend`; loads the model)."""
    return backend_class(resolve_backend(name, device)[0])(model, device=device, threads=threads)


def batched(backend: Backend, batch_size: int) -> Backend:
    """``backend`` decoding ``batch_size`` windows at once; ``backend`` itself for 1."""
    if batch_size < 1:
        raise CleanupError(f"--batch-size must be at least 1, not {batch_size}")
    if batch_size == 1:
        return backend
    if backend.name not in BATCHED:
        raise CleanupError(f"--batch-size is not supported by the {backend.name} backend")
    batched_class: type[BatchedBackend] = _class(BATCHED[backend.name])
    return batched_class(backend, batch_size)
