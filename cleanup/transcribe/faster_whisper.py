"""The faster-whisper backend: CTranslate2, several times faster on a CPU.

An optional extra (``pip install 'cleanup-transcripts[fast]'``). Its Silero VAD model ships
inside the faster-whisper package (``faster_whisper/assets/silero_vad_v6.onnx``), so ``vad=True``
works offline.

With ``--batch-size N`` > 1, :class:`BatchedFasterWhisper` runs faster-whisper's own
``BatchedInferencePipeline`` (Silero VAD chunks of one file decoded as a batch); it uses
the first temperature only (no fallback), as that pipeline does. Each chunk is decoded
without timestamp tokens (with them the pipeline drops a chunk's unfinished last
sentence) and then cut into segments at sentence ends, by its word timings.
"""
from __future__ import annotations

import os
from dataclasses import replace
from typing import Hashable, Iterable, Iterator

import numpy as np

from ..errors import CleanupError
from ..transcript import Transcript
from .base import (Backend, BatchedBackend, DecodeOptions, Source, model_load_error, plain,
                   segment_record)
from .models import resolve_model

INSTALL_HINT = "pip install 'cleanup-transcripts[fast]'"


class FasterWhisper(Backend):
    name = "faster-whisper"

    def __init__(self, model: str = "tiny.en", *, device: str = "cpu", threads: int | None = None,
                 compute_type: str | None = None):
        try:
            from faster_whisper import WhisperModel
        except ImportError:
            raise CleanupError("the faster-whisper backend is not installed: "
                               f"{INSTALL_HINT}") from None
        ref = resolve_model(model, self.name)
        self.label = ref.label
        source = ref.source
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
        segments, info = self.model.transcribe(np.ascontiguousarray(audio, dtype=np.float32),
                                               **kwargs)
        out = []
        for s in segments:  # a generator: decoding happens here, a segment at a time
            out.append(segment_record(s.start, s.end, s.text, s.avg_logprob, s.compression_ratio,
                                      s.no_speech_prob, s.temperature,
                                      ((w.word, w.start, w.end, w.probability)
                                       for w in s.words or ())))
            options.tell(s.end)
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


class BatchedFasterWhisper(BatchedBackend):
    """faster-whisper's ``BatchedInferencePipeline`` over a loaded model."""

    name = "faster-whisper"

    def __init__(self, backend: FasterWhisper, batch_size: int = 8):
        from faster_whisper import BatchedInferencePipeline

        super().__init__(backend, batch_size)
        self.pipeline = BatchedInferencePipeline(backend.model)

    def run(self, audio: np.ndarray, options: DecodeOptions) -> tuple[list[dict], str | None]:
        # Without timestamp tokens each VAD chunk is one segment: with them, the pipeline
        # drops the text after a chunk's last complete segment (it never seeks back), which
        # lost whole sentences on our benchmark speech. Chunks are then cut at sentence ends.
        kwargs = dict(options.whisper_kwargs(), temperature=list(options.temperature),
                      log_prob_threshold=options.logprob_threshold, vad_filter=options.vad,
                      without_timestamps=True, batch_size=self.batch_size)
        kwargs.update(options.extra)
        segments, info = self.pipeline.transcribe(np.ascontiguousarray(audio, dtype=np.float32),
                                                  **kwargs)
        out = []
        for s in segments:
            options.tell(s.end)
            words = [(w.word, w.start, w.end, w.probability) for w in s.words or ()]
            for piece in split_at_sentences(words) if words else [()]:
                start, end = (piece[0][1], piece[-1][2]) if piece else (s.start, s.end)
                text = "".join(w[0] for w in piece) if piece else s.text
                out.append(segment_record(start, end, text, s.avg_logprob, s.compression_ratio,
                                          s.no_speech_prob, s.temperature, piece))
        return plain(out), info.language

    def transcribe_many(self, sources: Iterable[tuple[Hashable, Source]],
                        options: DecodeOptions = DecodeOptions()
                        ) -> Iterator[tuple[Hashable, Transcript | Exception]]:
        """One file at a time: the pipeline batches the chunks of each file."""
        for key, source in sources:
            try:
                audio = source() if callable(source) else source
                yield key, self.transcribe(audio, _telling(options, key))
            except Exception as exc:  # one bad file never stops the others
                yield key, exc


def _telling(options: DecodeOptions, key: Hashable) -> DecodeOptions:
    """``options`` whose progress names the file ``key`` (one file of several)."""
    tell = options.progress
    if tell is None:
        return options
    return replace(options, progress=lambda seconds, _: tell(seconds, key))


def split_at_sentences(words: list[tuple], min_seconds: float = 3.0) -> list[list[tuple]]:
    """``(word, start, end, probability)`` tuples cut after each sentence end (``.?!``)
    once a piece lasts ``min_seconds``; no word is lost or moved.

    >>> w = [(" Hi.", 0, 1, 1), (" Yes.", 1, 4, 1), (" Go", 4, 5, 1), (" on.", 5, 6, 1)]
    >>> [[x[0] for x in piece] for piece in split_at_sentences(w)]
    [[' Hi.', ' Yes.'], [' Go', ' on.']]
    """
    pieces: list[list[tuple]] = [[]]
    for word in words:
        pieces[-1].append(word)
        if (word[0].rstrip().endswith((".", "?", "!"))
                and word[2] - pieces[-1][0][1] >= min_seconds):
            pieces.append([])
    return [p for p in pieces if p]
