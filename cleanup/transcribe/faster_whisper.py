"""The faster-whisper backend: CTranslate2, several times faster on a CPU.

An optional extra (``pip install 'cleanup[fast]'``). Its Silero VAD model ships inside the
faster-whisper package (``faster_whisper/assets/silero_vad_v6.onnx``), so ``vad=True``
works offline.
"""
from __future__ import annotations

import os

import numpy as np

from ..errors import CleanupError
from .base import Backend, DecodeOptions, model_load_error, plain, segment_record
from .models import resolve_model

INSTALL_HINT = "pip install 'cleanup[fast]'"


class FasterWhisper(Backend):
    name = "faster-whisper"

    def __init__(self, model: str = "tiny.en", *, device: str = "cpu", threads: int | None = None,
                 compute_type: str | None = None):
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise CleanupError(f"the faster-whisper backend is not installed: {INSTALL_HINT}") from None
        ref = resolve_model(model, self.name)
        self.label = ref.label
        source = str(ref.path) if ref.path is not None else ref.name
        # int8 on a CPU: several times faster, and the same words on our test clips.
        from .device import compute_type as precision

        compute_type = precision(self.name, device, compute_type)
        try:
            self.model = WhisperModel(source, device=device, compute_type=compute_type,
                                      cpu_threads=threads or _usable_cpus())
        except Exception as exc:  # a download that failed, or a broken directory
            raise model_load_error("faster-whisper", source, exc) from None

    def run(self, audio: np.ndarray, options: DecodeOptions) -> tuple[list[dict], str | None]:
        kwargs = dict(
            options.whisper_kwargs(),
            temperature=list(options.temperature),
            log_prob_threshold=options.logprob_threshold,
            vad_filter=options.vad,
        )
        kwargs.update(options.extra)
        segments, info = self.model.transcribe(np.ascontiguousarray(audio, dtype=np.float32), **kwargs)
        out = [  # segments is a generator: decoding happens here
            segment_record(s.start, s.end, s.text, s.avg_logprob, s.compression_ratio,
                           s.no_speech_prob, s.temperature,
                           ((w.word, w.start, w.end, w.probability) for w in s.words or ()))
            for s in segments
        ]
        return plain(out), info.language


def _usable_cpus() -> int:
    """The CPUs this process may run on (a container's or taskset's share, not the host's),
    or ``OMP_NUM_THREADS`` when set (Ray sets it to an actor's CPUs, so actors sharing a
    node do not each start a thread per core)."""
    threads = os.environ.get("OMP_NUM_THREADS", "")
    if threads.isdigit() and int(threads) > 0:
        return int(threads)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 0
