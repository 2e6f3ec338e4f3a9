"""Audio and video to a raw transcript, with Whisper.

:func:`transcribe` returns the transcript Whisper heard, not yet cleaned: one
:class:`~cleanup.transcript.Segment` per Whisper segment (with its ``no_speech_prob``,
``avg_logprob`` and ``compression_ratio``, which the ``remove_hallucinations`` step reads)
and one :class:`~cleanup.transcript.Token` per word with its start, end and probability.
``meta["whisper"]`` keeps Whisper's raw segments and words as plain dicts. Clean it with a
pipeline::

    import cleanup
    raw = cleanup.transcribe("visit.mp4")                  # openai-whisper, tiny.en
    clean = cleanup.build_pipeline("clean").explain(raw)   # .text, .changes, .transcript

Backends: ``openai-whisper`` (default) and ``faster-whisper`` (``pip install
'cleanup-transcripts[fast]'``). Models: see :mod:`cleanup.transcribe.models`. Each
backend/model pair is loaded once per process and reused.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import CleanupError
from ..transcript import Transcript
from .audio import SAMPLE_RATE, load_audio, looks_like_media
from .base import Backend, DecodeOptions, check_language
from .registry import BACKENDS, batched, get_backend, resolve_backend

__all__ = ["transcribe", "load_backend", "load_audio", "looks_like_media", "Backend",
           "DecodeOptions", "BACKENDS", "SAMPLE_RATE"]

DEFAULT_BACKEND = "openai-whisper"
DEFAULT_MODEL = "tiny.en"


def load_backend(backend: str = DEFAULT_BACKEND, model: str = DEFAULT_MODEL,
                 device: str = "auto", batch_size: int = 1) -> Backend:
    """The backend with its model loaded; cached, so a model loads once per process.

    ``backend``: a name in :data:`BACKENDS`, or ``auto``
    (:func:`~cleanup.transcribe.registry.resolve_backend`). ``device``: ``auto`` (CUDA
    when present), ``cpu``, ``cuda`` or ``cuda:N``; a CUDA device that is not there is a
    :class:`~cleanup.transcribe.device.DeviceError` before loading.
    ``batch_size`` > 1 decodes that many 30-second windows at once
    (:func:`cleanup.transcribe.registry.batched`)."""
    from .device import resolve_device

    backend = resolve_backend(backend, device)[0]
    return batched(_loaded(backend, model, resolve_device(device, backend)), batch_size)


@lru_cache(maxsize=4)
def _loaded(backend: str, model: str, device: str) -> Backend:
    return get_backend(backend, model, device=device)


def transcribe(source: str | Path | np.ndarray, *, backend: str = DEFAULT_BACKEND,
               model: str | Path = DEFAULT_MODEL, language: str | None = "en",
               word_timestamps: bool = True, device: str = "auto", batch_size: int = 1,
               **options: Any) -> Transcript:
    """Transcribe a media file, or a 16 kHz mono float32 array, to a raw :class:`Transcript`.

    ``options`` are :class:`DecodeOptions` fields (``beam_size``, ``no_speech_threshold``,
    ``vad``, ``silence_guard``, ...). ``device`` and ``batch_size`` as for
    :func:`load_backend`. Raises :class:`~cleanup.errors.InputError` for a file
    that cannot be decoded and :class:`~cleanup.errors.CleanupError` for a missing backend
    or model.
    """
    unknown = set(options) - set(DecodeOptions.__dataclass_fields__)
    if unknown:
        raise CleanupError(f"unknown transcribe option {sorted(unknown)[0]!r}; options: "
                           f"{', '.join(DecodeOptions.__dataclass_fields__)}")
    if "temperature" in options and not isinstance(options["temperature"], tuple):
        t = options["temperature"]
        options["temperature"] = tuple(t) if isinstance(t, (list, tuple)) else (float(t),)
    language = check_language(language, str(model))  # before any model loads
    decode = DecodeOptions(language=language, word_timestamps=word_timestamps, **options)
    if isinstance(source, np.ndarray):
        audio = np.asarray(source, dtype=np.float32)
        if audio.ndim != 1:
            raise CleanupError(f"audio must be a 1-D 16 kHz mono array, not shape {audio.shape}")
        meta: dict[str, Any] = {}
    else:
        audio = load_audio(source)
        meta = {"source": str(source)}
    result = load_backend(backend, str(model), device, batch_size).transcribe(audio, decode)
    if meta:
        result = Transcript(result.tokens, result.segments, {**result.meta, **meta})
    return result
