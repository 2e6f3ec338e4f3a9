"""The openai-whisper backend (the default): PyTorch, runs anywhere torch does.

It has no voice activity detection, so :mod:`cleanup.transcribe.base` adds an energy
check. openai-whisper's own ``hallucination_silence_threshold`` is not used: measured on
our benchmark speech it dropped real words next to the 30-second window boundaries (word
error rate 0.138 with it, 0.109 without), and the energy check already skips silence.

``whisper.transcribe()`` takes no progress callback; it counts the mel frames it has
decoded on a tqdm bar, one update per 30-second window. While a file is decoded with
:attr:`DecodeOptions.progress`, that bar is a stand-in that tells the progress instead
(:func:`_told_progress`).
"""
from __future__ import annotations

import importlib
import threading
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Iterator

import numpy as np

from ..errors import CleanupError, InputError
from .base import Backend, DecodeOptions, model_load_error, plain, segment_record
from .models import resolve_model

INSTALL_HINT = "pip install openai-whisper"


def _import_whisper():
    try:
        import whisper
    except ImportError:
        raise CleanupError(f"the openai-whisper backend is not installed: {INSTALL_HINT}") from None
    return whisper


class OpenAIWhisper(Backend):
    name = "openai-whisper"

    def __init__(self, model: str = "tiny.en", *, device: str = "cpu", threads: int | None = None):
        whisper = _import_whisper()
        import torch

        if threads:
            torch.set_num_threads(threads)
        self.device = device
        ref = resolve_model(model, self.name)
        self.label = ref.label
        if ref.path is not None:
            self.model = _load_checkpoint(ref.path, device)
        else:
            try:
                self.model = whisper.load_model(ref.source, device=device)
            except Exception as exc:  # a download that failed: network, disk, checksum
                raise model_load_error("Whisper", ref.source, exc) from None

    def run(self, audio: np.ndarray, options: DecodeOptions) -> tuple[list[dict], str | None]:
        kwargs = dict(
            options.whisper_kwargs(),
            temperature=options.temperature,
            logprob_threshold=options.logprob_threshold,
            fp16=self.device != "cpu",
            verbose=None,
        )
        kwargs.update(options.extra)
        with _told_progress(options):
            result = self.model.transcribe(np.ascontiguousarray(audio, dtype=np.float32),
                                           **kwargs)
        segments = [
            segment_record(s["start"], s["end"], s["text"], s["avg_logprob"],
                           s["compression_ratio"], s["no_speech_prob"], s["temperature"],
                           ((w["word"], w["start"], w["end"], w["probability"])
                            for w in s.get("words", [])))
            for s in result["segments"]
        ]
        return plain(segments), result.get("language")


_BAR_LOCK = threading.Lock()  # the bar is a module global of whisper.transcribe
FRAMES_PER_SECOND = 100  # Whisper's mel frames: a hop of 160 samples at 16 kHz


@contextmanager
def _told_progress(options: DecodeOptions) -> Iterator[None]:
    """While it lasts, ``whisper.transcribe``'s progress bar tells ``options.progress``
    the seconds decoded (nothing changes without a ``progress``)."""
    if options.progress is None:
        yield
        return

    class Bar:
        def __init__(self, *args, **kwargs):
            self.n = 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def update(self, frames: int) -> None:
            self.n += frames
            options.tell(self.n / FRAMES_PER_SECOND)

    module = importlib.import_module("whisper.transcribe")
    with _BAR_LOCK:
        real = module.tqdm
        setattr(module, "tqdm", SimpleNamespace(tqdm=Bar))  # ModuleType has no typed tqdm
        try:
            yield
        finally:
            setattr(module, "tqdm", real)


def _load_checkpoint(path: Path, device: str):
    """Load a ``.pt`` like ``whisper.load_model`` does, plus the alignment heads that
    :mod:`cleanup.transcribe.convert` stores in it (word timestamps need them)."""
    whisper = _import_whisper()
    import torch

    try:
        checkpoint = torch.load(path, map_location=device, weights_only=True)
        dims = whisper.model.ModelDimensions(**checkpoint["dims"])
        model = whisper.model.Whisper(dims)
        model.load_state_dict(checkpoint["model_state_dict"])
    except (KeyError, TypeError, RuntimeError, OSError, EOFError) as exc:
        raise InputError(path, f"not an openai-whisper checkpoint ({type(exc).__name__}: "
                               f"{str(exc).splitlines()[0] if str(exc) else ''})") from None
    except Exception as exc:  # pickle errors have many types
        raise InputError(path, f"not an openai-whisper checkpoint ({type(exc).__name__})") from None
    heads = checkpoint.get("alignment_heads")
    if heads:
        model.set_alignment_heads(heads.encode("ascii"))
    return model.to(device)
