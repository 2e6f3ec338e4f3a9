"""One audio stream of a recording, decoded frame by frame, redacted and encoded again.

The samples are counted from the first one decoded, the clock a transcript's times use
(:func:`cleanup.transcribe.audio.load_audio` decodes the same way), so a word at 2.5 s is
silenced at sample ``2.5 * rate``. A frame no window touches goes to the encoder as it
was decoded. The encoder is the source's codec (``aac`` for AAC, ``libmp3lame`` for MP3,
``libopus`` for Opus, ...) at the source's rate, layout and bit rate; a lossless source
(PCM, FLAC, ALAC) gets its exact sample format and bit depth, so every sample outside the
windows comes back identical. Only when no encoder for the codec is built into PyAV, or
the target container cannot hold it, is the container's usual codec used instead.
"""
from __future__ import annotations

from fractions import Fraction
from typing import Any, Sequence

import av
import numpy as np

from .windows import Envelope, Window, mix, tone

MODES = ("silence", "tone")
# FFmpeg's usual layout for a channel count (av_channel_layout_default), for a WAV that
# states only the count: encoders such as AAC need to know which channel is which.
_DEFAULT_LAYOUTS = {1: "mono", 2: "stereo", 3: "2.1", 4: "4.0", 5: "5.0", 6: "5.1",
                    7: "6.1", 8: "7.1"}


class AudioTrack:
    """Redacts the audio stream ``source`` into a new stream of the container ``output``.

    ``wins`` are seconds on the first audio stream's clock; ``offset`` is how much later
    this stream starts (another language's track, say). ``end`` is the stream's end in
    seconds when the container states it exactly (an MP4 edit list): the padding an AAC
    decoder returns after it is dropped, so the copy is no longer than the source.
    ``keep_codec`` false tries the container's usual codec first (a ``.wav`` of an MP4's
    sound is PCM, not AAC in a WAV).
    """

    def __init__(self, source: Any, output: Any, wins: Sequence[Window], mode: str,
                 offset: float = 0.0, end: float | None = None, keep_codec: bool = True):
        self.source, self.mode, self.end = source, mode, end
        self.rate = source.codec_context.sample_rate
        self.envelope = Envelope([(s - offset, e - offset) for s, e in wins], self.rate)
        self.stream = _add_encoder(source, output, keep_codec)
        self.codec = str(self.stream.codec_context.name)  # aac, libopus, pcm_s16le ...
        # Raw AAC (.aac) cannot say that a decoder's first 1024 samples are the encoder's
        # start-up: a raw AAC source's are dropped, as the new encoder adds its own.
        raw_aac = (source.container.format.name, output.format.name, self.codec)
        self.skip = 1024 if raw_aac == ("aac", "adts", "aac") else 0
        self.decoded = 0  # samples decoded so far
        self.origin: int | None = None  # the first sample's time, in samples
        self.limit: int | None = None  # samples to keep, when ``end`` is known

    @property
    def seconds(self) -> float:
        """The length of the audio decoded so far, on the transcript's clock."""
        kept = self.decoded if self.limit is None else min(self.decoded, self.limit)
        return max(0, kept) / self.rate

    def decode(self, packet: Any) -> list[Any]:
        """The frames in ``packet`` (a flush packet gives the decoder's last ones)."""
        return list(self.source.codec_context.decode(packet))

    def encode(self, frame: Any | None) -> list[Any]:
        """The packets of the redacted ``frame``; ``None`` drains the encoder."""
        if frame is None:
            return list(self.stream.encode(None))
        out = self._redact(frame)
        return [] if out is None else list(self.stream.encode(out))

    def _redact(self, frame: Any) -> Any | None:
        first = self.decoded
        self.decoded += frame.samples
        if self.origin is None:
            self.origin = _first_sample(frame, self.rate)
            if self.end is not None:
                self.limit = round(self.end * self.rate) - self.origin
        lo = max(0, self.skip - first)
        hi = frame.samples if self.limit is None else min(frame.samples, self.limit - first)
        if hi <= lo:
            return None
        weight = self.envelope.weights(first + lo, hi - lo)
        if weight is None and (lo, hi) == (0, frame.samples):
            out = frame
        else:
            out = self._rebuild(frame, first + lo, lo, hi, weight)
        out.pts = self.origin + first + lo - self.skip
        out.time_base = Fraction(1, self.rate)
        return out

    def _rebuild(self, frame: Any, at: int, lo: int, hi: int,
                 weight: np.ndarray | None) -> Any:
        """Samples ``lo:hi`` of ``frame`` (sample ``at`` of the stream on), redacted."""
        planar, channels = frame.format.is_planar, frame.layout.nb_channels
        step = 1 if planar else channels
        samples = frame.to_ndarray()[:, lo * step:hi * step]
        if weight is not None:
            fill = tone(at, hi - lo, self.rate) if self.mode == "tone" else None
            samples = mix(samples, weight, fill, channels, planar)
        out = av.AudioFrame.from_ndarray(np.ascontiguousarray(samples),
                                         format=frame.format.name, layout=frame.layout)
        out.sample_rate = self.rate
        return out


def _first_sample(frame: Any, rate: int) -> int:
    if frame.pts is None or frame.time_base is None:
        return 0
    return round(frame.pts * frame.time_base * rate)


def _add_encoder(source: Any, output: Any, keep_codec: bool) -> Any:
    """A new audio stream in ``output`` with an encoder for ``source``'s audio: its own
    codec, else the container's usual one (a mono Vorbis track: FFmpeg's Vorbis encoder
    writes stereo only); the other way round when not ``keep_codec``."""
    decoder = source.codec_context.codec
    names = [decoder.canonical_name, output.default_audio_codec]
    for name in dict.fromkeys(names if keep_codec else names[::-1]):
        try:
            codec = av.Codec(name, "w")
        except (ValueError, av.FFmpegError):
            continue  # no encoder for this codec in PyAV's build
        try:
            if codec.lossless and codec.name == decoder.name:
                # The template carries the bit depth (24-bit FLAC, say) as well.
                stream = output.add_stream_from_template(source, opaque=False)
                stream.codec_context.time_base = Fraction(1, source.codec_context.sample_rate)
                return stream
            settings = _settings(codec, source)
            if _opens(codec, settings):
                return _add_stream(output, codec, settings)
        except ValueError:
            continue  # the container cannot hold this codec
    raise ValueError(f"no encoder for {decoder.canonical_name} audio that this container "
                     "can hold")


def _settings(codec: Any, source: Any) -> dict[str, Any]:
    """The source's rate, layout, sample format and bit rate, or the nearest the codec
    takes (PyAV's encoder converts the frames to them)."""
    ctx = source.codec_context
    rates = codec.audio_rates
    rate = ctx.sample_rate if not rates or ctx.sample_rate in rates else \
        min(rates, key=lambda r: (abs(r - ctx.sample_rate), -r))
    formats = [f.name for f in codec.audio_formats or ()]
    layout = ctx.layout
    if layout.channels and layout.channels[0].name == "NONE":  # "2 channels", order unstated
        layout = _DEFAULT_LAYOUTS.get(layout.nb_channels, layout)
    return {"sample_rate": rate, "layout": layout, "time_base": Fraction(1, rate),
            "format": ctx.format if ctx.format.name in formats or not formats else formats[0],
            # Another codec's bit rate means nothing to this one: its default, then.
            "bit_rate": (ctx.bit_rate or source.bit_rate or None)
            if codec.canonical_name == ctx.codec.canonical_name else None,
            "options": {"strict": "experimental"} if codec.experimental else {}}


def _configure(ctx: Any, settings: dict[str, Any]) -> None:
    for key, value in settings.items():
        if value is not None and key != "sample_rate":
            setattr(ctx, key, value)


def _opens(codec: Any, settings: dict[str, Any]) -> bool:
    """Whether the encoder accepts these settings (tried on a context of its own, since a
    stream added to the output cannot be taken back)."""
    ctx = av.CodecContext.create(codec, "w")
    ctx.sample_rate = settings["sample_rate"]
    _configure(ctx, settings)
    try:
        ctx.open()
    except (av.FFmpegError, ValueError):
        return False
    return True


def _add_stream(output: Any, codec: Any, settings: dict[str, Any]) -> Any:
    stream = output.add_stream(codec.name, rate=settings["sample_rate"],
                               options=dict(settings["options"]))
    _configure(stream.codec_context, settings)
    return stream
