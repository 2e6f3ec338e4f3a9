"""openai-whisper decoding the windows of several files in one batch (``--batch-size N``).

A GPU decoding one 30-second window at a time is nearly idle; stacking windows into one
batch is what makes it fast (the issue's measure: 73× real time at batch 1, 320× at 16).

Each file is cut into windows of at most 30 s at its silences (:func:`speech_windows`: the
energy measure of :mod:`cleanup.transcribe.audio`, the same one the silence guard uses, so
silence is never decoded), like WhisperX cuts at voice activity. Windows from several files
are decoded together with ``whisper.decode`` on a batch of log-mel spectrograms, with
Whisper's temperature fallback (the windows whose result is too repetitive or too
improbable are decoded again, batched, at the next temperature). Each window is split into
segments at its timestamp tokens and gets word timings from the cross-attention alignment
(``whisper.timing.add_word_timestamps``); :func:`~cleanup.transcribe.base.build_transcript`
then applies the same guards as the per-file path (no-speech segments, words and segments
in silence, listed in ``raw.dropped``). The prompt (``--prompt``) is given to every window,
not only the first.

faster-whisper batches with its own pipeline
(:class:`~cleanup.transcribe.faster_whisper.BatchedFasterWhisper`); both are
:class:`~cleanup.transcribe.base.BatchedBackend` s, chosen by
:func:`cleanup.transcribe.registry.batched`::

    backend = batched(load_backend("openai-whisper", "bundled:tiny.en"), batch_size=8)
    for key, result in backend.transcribe_many([("a", load_a), ("b", load_b)], options):
        ...  # result is a Transcript, or the InputError/CleanupError of that file
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Hashable, Iterable, Iterator

import numpy as np

from ..errors import CleanupError
from ..transcript import Transcript
from .audio import FRAME, SAMPLE_RATE, frame_rms, voiced_frames
from .base import (BatchedBackend, DecodeOptions, Source, build_transcript, is_silent, plain,
                   segment_record)

if TYPE_CHECKING:
    from .openai_whisper import OpenAIWhisper

MAX_WINDOW = 30.0  # seconds: Whisper's input length
MIN_GAP = 0.6  # seconds of silence that may end a window
PAD = 0.2  # seconds kept around speech at a window's edges


def speech_windows(audio: np.ndarray, max_seconds: float = MAX_WINDOW,
                   min_gap: float = MIN_GAP, pad: float = PAD) -> list[tuple[int, int]]:
    """``(start, end)`` sample ranges of at most ``max_seconds`` that cover the speech.

    Speech is the voiced frames of the silence guard; pauses shorter than ``min_gap`` stay
    inside a stretch of speech. Stretches are packed into windows, each cut at a pause; a
    stretch longer than a window is cut at its quietest frame in the window's second half.
    Ranges start on a mel frame (160 samples), so window times stay exact.

    >>> sr = SAMPLE_RATE
    >>> tone = np.sin(np.arange(2 * sr) * 0.3).astype(np.float32) * 0.3
    >>> audio = np.concatenate([np.zeros(sr, np.float32), tone, np.zeros(sr, np.float32)])
    >>> [(round(a / sr, 2), round(b / sr, 2)) for a, b in speech_windows(audio)]
    [(0.8, 3.2)]
    >>> speech_windows(np.zeros(5 * sr, np.float32))
    []
    """
    voiced = voiced_frames(audio)
    if not voiced.any():
        return []
    frames = len(voiced)
    hop = int(FRAME * SAMPLE_RATE)
    gap, edge, longest = round(min_gap / FRAME), round(pad / FRAME), int(max_seconds / FRAME)
    # Stretches of speech: voiced frames, with short pauses bridged.
    idx = np.flatnonzero(voiced)
    breaks = np.flatnonzero(np.diff(idx) > gap)
    stretches = list(zip(np.r_[idx[0], idx[breaks + 1]], np.r_[idx[breaks], idx[-1]] + 1))
    rms = frame_rms(audio)
    # Split stretches longer than a window (two pads included) at their quietest frame.
    pieces: list[tuple[int, int]] = []
    for a, b in stretches:
        while b - a > longest - 2 * edge:
            lo, hi = a + (longest - 2 * edge) // 2, a + longest - 2 * edge
            cut = lo + int(np.argmin(rms[lo:hi]))
            pieces.append((a, cut))
            a = cut
        pieces.append((a, b))
    windows: list[tuple[int, int]] = []
    a, b = pieces[0]  # there is speech, so at least one piece
    start, end = max(0, a - edge), min(frames, b + edge)
    for a, b in pieces[1:]:
        a0, b0 = max(0, a - edge), min(frames, b + edge)
        if b0 - start <= longest:
            end = b0
            continue
        windows.append((start, end))
        start, end = max(a0, end), b0
    windows.append((start, end))
    last = len(audio)
    return [(int(s) * hop, min(last, int(e) * hop)) for s, e in windows]


@dataclass
class _File:
    key: Hashable
    audio: np.ndarray
    windows: int
    language: str | None = None
    decoded: dict[int, list[dict]] = field(default_factory=dict)
    last_speech: float = 0.0
    error: Exception | None = None  # the file could not be read (it has no windows)


@dataclass
class _Window:
    file: _File
    index: int
    start: int  # samples
    end: int
    mel: Any  # (n_mels, 3000) tensor on the CPU


class BatchedOpenAIWhisper(BatchedBackend):
    """openai-whisper decoding windows of several files in one batch (see the module)."""

    name = "openai-whisper"

    def __init__(self, backend: OpenAIWhisper, batch_size: int = 8):
        super().__init__(backend, batch_size)
        self.model = backend.model
        self.device = backend.device
        self.fp16 = str(self.device).startswith("cuda")

    def run(self, audio: np.ndarray, options: DecodeOptions) -> tuple[list[dict], str | None]:
        (_, result), = self._decode_files([(0, audio)], options)
        if isinstance(result, Exception):
            raise result
        return result

    def transcribe_many(self, sources: Iterable[tuple[Hashable, Source]],
                        options: DecodeOptions = DecodeOptions()
                        ) -> Iterator[tuple[Hashable, Transcript | Exception]]:
        """Decode the files' windows in shared batches; yield ``(key, transcript)`` per file
        as soon as its last window is decoded (in the order of the sources), or
        ``(key, error)`` for a file that could not be read. A source is an array or a
        function returning one (called when the file's turn comes)."""
        audios: dict[Hashable, np.ndarray] = {}

        def loaded():
            for key, source in sources:
                try:
                    audio = source() if callable(source) else source
                except Exception as exc:  # one unreadable file never stops the others
                    yield key, exc
                    continue
                audios[key] = audio
                yield key, audio

        for key, result in self._decode_files(loaded(), options):
            if isinstance(result, Exception):
                yield key, result
                continue
            audio = audios.pop(key)
            segments, language = result
            yield key, build_transcript(segments, audio, options, backend=self.name,
                                        model=self.label, language=language)

    # ---- the decoding loop ---------------------------------------------------------------
    def _decode_files(self, sources, options: DecodeOptions):
        """``(key, (segments, language))`` per file, or ``(key, error)``."""
        import whisper

        if options.extra:
            raise CleanupError(f"openai-whisper options {sorted(options.extra)} are not "
                               "available with batched decoding (--batch-size 1 takes them)")
        queue: deque[_Window] = deque()
        files: deque[_File] = deque()  # in input order, until yielded
        sources = iter(sources)
        exhausted = False
        while True:
            while not exhausted and len(queue) < self.batch_size:
                try:
                    key, audio = next(sources)
                except StopIteration:
                    exhausted = True
                    break
                if isinstance(audio, Exception):
                    files.append(_File(key, np.zeros(0, np.float32), 0, error=audio))
                    continue
                audio = np.ascontiguousarray(audio, dtype=np.float32)
                spans = [] if (options.silence_guard and is_silent(audio)) else (
                    speech_windows(audio) if options.silence_guard
                    else _fixed_windows(len(audio)))
                entry = _File(key, audio, len(spans), language=options.language)
                files.append(entry)
                for i, (a, b) in enumerate(spans):
                    mel = whisper.log_mel_spectrogram(audio[a:b], self.model.dims.n_mels,
                                                      padding=whisper.audio.N_SAMPLES)
                    queue.append(_Window(entry, i, a, b, mel[:, :whisper.audio.N_FRAMES]))
            if queue:
                self._decode_batch(self._take_batch(queue), options)
            while files and len(files[0].decoded) >= files[0].windows:
                done = files.popleft()
                if done.error is not None:
                    yield done.key, done.error
                else:
                    segments = [s for i in range(done.windows) for s in done.decoded[i]]
                    yield done.key, (plain(segments), done.language or options.language)
            if exhausted and not queue and not files:
                return

    def _take_batch(self, queue: deque[_Window]) -> list[_Window]:
        """Up to ``batch_size`` windows from the front of the queue, of one language."""
        if self.model.is_multilingual and queue[0].file.language is None:
            self._detect_languages(queue)
        language = queue[0].file.language
        batch = [w for w in queue if w.file.language == language][: self.batch_size]
        for w in batch:
            queue.remove(w)
        return batch

    def _detect_languages(self, queue: deque[_Window]) -> None:
        """Each file's language from its first window (as Whisper does: the first 30 s)."""
        import torch

        firsts = [w for w in queue if w.file.language is None and w.index == 0]
        if not firsts:
            return
        mels = torch.stack([w.mel for w in firsts]).to(self.device)
        _, probs = self.model.detect_language(mels.half() if self.fp16 else mels)
        for w, p in zip(firsts, probs if isinstance(probs, list) else [probs]):
            w.file.language = max(p, key=p.get)

    def _decode_batch(self, batch: list[_Window], options: DecodeOptions) -> None:
        import torch
        import whisper

        tokenizer = self._tokenizer(batch[0].file.language or "en")
        mels = torch.stack([w.mel for w in batch]).to(self.device)
        mels = mels.half() if self.fp16 else mels
        prompt = (tokenizer.encode(" " + options.initial_prompt.strip())
                  if options.initial_prompt else None)
        results: list[Any] = [None] * len(batch)
        pending = list(range(len(batch)))
        for temperature in options.temperature:
            sampling = dict(best_of=options.beam_size) if temperature > 0 else dict(
                beam_size=options.beam_size)
            decoding = whisper.DecodingOptions(
                task="transcribe", language=batch[0].file.language or "en",
                temperature=temperature, prompt=prompt, fp16=self.fp16, **sampling)
            decoded = _decoding_task(self.model, decoding).run(mels[pending])
            still = []
            for i, result in zip(pending, decoded):
                results[i] = result
                if _needs_fallback(result, options):
                    still.append(i)
            pending = still
            if not pending:
                break
        for row, (window, result) in enumerate(zip(batch, results)):
            window.file.decoded[window.index] = self._segments(window, result, tokenizer,
                                                               mels, row, options)
            options.tell(window.end / SAMPLE_RATE, window.file.key)

    def _segments(self, window: _Window, result, tokenizer, mels, row: int,
                  options: DecodeOptions) -> list[dict]:
        """One window's result split into Whisper segments, with word timings."""
        import torch
        from whisper.audio import HOP_LENGTH
        from whisper.timing import add_word_timestamps

        seek = window.start // HOP_LENGTH
        offset = seek * HOP_LENGTH / SAMPLE_RATE
        num_frames = (window.end - window.start) // HOP_LENGTH
        duration = (window.end - window.start) / SAMPLE_RATE
        tokens = torch.tensor(result.tokens, dtype=torch.long)
        begin, precision = tokenizer.timestamp_begin, 0.02
        segments = []

        def add(piece: torch.Tensor, start: float, end: float) -> None:
            ids = piece.tolist()
            text = tokenizer.decode([t for t in ids if t < tokenizer.eot])
            segments.append({"seek": seek, "start": offset + start, "end": offset + end,
                             "text": text, "tokens": ids, "temperature": result.temperature,
                             "avg_logprob": result.avg_logprob,
                             "compression_ratio": result.compression_ratio,
                             "no_speech_prob": result.no_speech_prob})

        is_time = tokens.ge(begin)
        consecutive = (torch.where(is_time[:-1] & is_time[1:])[0] + 1).tolist()
        last = 0
        for cut in consecutive:
            piece = tokens[last:cut]
            add(piece, (piece[0].item() - begin) * precision,
                (piece[-1].item() - begin) * precision)
            last = cut
        tail = tokens[last:]
        if (tail < begin).any():  # text with no closing timestamp: it runs to the window's end
            start = (tail[0].item() - begin) * precision if tail[0] >= begin else 0.0
            stamps = tail[tail.ge(begin)]
            end = (stamps[-1].item() - begin) * precision if len(stamps) > 1 else duration
            add(tail, min(start, duration), max(min(end, duration), start))
        if options.word_timestamps and segments:
            add_word_timestamps(segments=segments, model=self.model, tokenizer=tokenizer,
                                mel=mels[row], num_frames=num_frames,
                                last_speech_timestamp=window.file.last_speech)
            ends = [w["end"] for s in segments for w in s.get("words", ())]
            if ends:
                window.file.last_speech = ends[-1]
        kept = []
        for s in segments:
            if s["start"] == s["end"] or not s["text"].strip():
                continue  # as Whisper does: an instantaneous or empty segment is no segment
            kept.append(segment_record(
                s["start"], s["end"], s["text"], s["avg_logprob"], s["compression_ratio"],
                s["no_speech_prob"], s["temperature"],
                ((w["word"], w["start"], w["end"], w["probability"]) for w in s.get("words", ()))))
        return kept

    def _tokenizer(self, language: str):
        from whisper.tokenizer import get_tokenizer

        return get_tokenizer(self.model.is_multilingual, num_languages=self.model.num_languages,
                             language=language, task="transcribe")


def _decoding_task(model, options):
    """``whisper.decode``'s task, fixed for a batch of several windows with beam search or
    best-of sampling: openai-whisper 20250625 repeats the tokens of each window once per
    beam but not its audio features, which only broadcasts for a batch of one."""
    from whisper.decoding import DecodingTask

    class BatchDecodingTask(DecodingTask):
        def _get_audio_features(self, mel):
            features = super()._get_audio_features(mel)
            return features.repeat_interleave(self.n_group, dim=0)

        def _detect_language(self, audio_features, tokens):
            return super()._detect_language(audio_features[:: self.n_group], tokens)

    return BatchDecodingTask(model, options)


def _needs_fallback(result, options: DecodeOptions) -> bool:
    """Whisper's rule: too repetitive or too improbable, unless it is silence."""
    if (result.no_speech_prob > options.no_speech_threshold
            and result.avg_logprob < options.logprob_threshold):
        return False
    return (result.compression_ratio > options.compression_ratio_threshold
            or result.avg_logprob < options.logprob_threshold)


def _fixed_windows(samples: int) -> list[tuple[int, int]]:
    """Consecutive 30-second windows (the silence guard is off: no cutting at pauses)."""
    step = int(MAX_WINDOW * SAMPLE_RATE)
    return [(a, min(samples, a + step)) for a in range(0, samples, step)]
