"""Redacting a recording's sound (cleanup.media): the redacted spans are silent, or a tone,
the rest of the sound is the source's (sample for sample when the codec is lossless), video
is copied packet for packet, and every failure is one line with the target left as it was.

Clips are the committed ones in tests/data/audio/ and small ones made here with PyAV.
"""
from __future__ import annotations

import errno
import os
import tracemalloc
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.errors import InputError
from cleanup.media import FADE, TONE_HZ, TONE_LEVEL, redact_media, timed_spans, windows
from cleanup.media.tracks import AudioTrack
from cleanup.media.windows import Envelope, mix, tone

DATA = Path(__file__).resolve().parent / "data" / "audio"
SPANS = [(1.0, 1.4), (1.3, 1.8), (3.2, 3.5)]  # two overlap: one window, 0.95-1.85
SILENT = 1e-3  # RMS of a silenced span's inside after a lossy codec (-60 dBFS); measured <3e-4
LOSSY_SNR = 15.0  # dB, outside the spans, against the source; measured 18.6-26.3


# ---- clips -----------------------------------------------------------------------------------
def voice(rate: int, seconds: float, channels: int = 1) -> np.ndarray:
    """A speech-like test signal in [-1, 1]: a buzz with harmonics, swelling at syllable
    rate, and a little noise; each channel a different voice."""
    t = np.arange(int(rate * seconds)) / rate
    noise = np.random.default_rng(7).standard_normal((channels, t.size))
    rows = []
    for c in range(channels):
        buzz = sum(np.sin(2 * np.pi * (140 + 30 * c) * k * t + k) / k for k in range(1, 12))
        rows.append(0.12 * buzz * (0.5 + 0.5 * np.sin(2 * np.pi * 3.7 * t + c) ** 2))
    return np.clip(np.array(rows) + 0.01 * noise, -0.95, 0.95)


def as_format(samples: np.ndarray, fmt: str) -> np.ndarray:
    """Float samples as PyAV wants them for ``fmt`` (24-bit content in ``s32``)."""
    name = fmt.rstrip("p")
    if name == "flt":
        out = samples.astype(np.float32)
    elif name == "u8":
        out = np.clip(np.rint(samples * 128 + 128), 0, 255).astype(np.uint8)
    else:
        bits = {"s16": 16, "s32": 32}[name]
        out = np.rint(samples * 2 ** (bits - 1)).astype(f"int{bits}")
        out = (out >> 8) << 8 if bits == 32 else out
    return out if fmt.endswith("p") else out.T.reshape(1, -1)  # packed: interleaved


def make_clip(path: Path, codec: str, fmt: str, rate: int, channels: int, seconds: float = 5,
              *, options: dict | None = None, video: str | None = None, tracks: int = 1,
              subtitles: bool = False, title: str | None = None, language: str | None = None,
              rotation: int | None = None) -> Path:
    """Write a clip with PyAV: ``tracks`` audio streams of :func:`voice` (the second one
    quieter), and optionally a 64x64 video at 10 fps and an ASS subtitle track."""
    layout = {1: "mono", 2: "stereo"}[channels]
    with av.open(str(path), "w") as out:
        if title:
            out.metadata["title"] = title
        picture = None
        if video:
            picture = out.add_stream(video, rate=10, options={"g": "10"})
            picture.width = picture.height = 64
            picture.pix_fmt = "yuv420p"
            if rotation is not None:
                picture.set_display_rotation(rotation)
        audio = []
        for _ in range(tracks):
            stream = out.add_stream(codec, rate=rate, options=dict(options or {}))
            stream.codec_context.layout, stream.codec_context.format = layout, fmt
            if language:
                stream.metadata["language"] = language
            audio.append(stream)
        subs = out.add_stream("ass") if subtitles else None
        _write_audio(out, audio, voice(rate, seconds, channels), fmt, rate, layout)
        if picture is not None:
            _write_video(out, picture, int(seconds * 10))
        if subs is not None:
            for i, text in enumerate(["Dr. Jane Doe", "born the fourth of May"]):
                packet = av.Packet(f"{i},0,Default,,0,0,0,,{text}".encode())
                packet.stream, packet.time_base = subs, Fraction(1, 1000)
                packet.pts = packet.dts = 500 + 1000 * i
                packet.duration = 800
                out.mux(packet)
    return path


def _write_audio(out, streams, samples, fmt, rate, layout):
    for start in range(0, samples.shape[1], 1000):
        chunk = samples[:, start:start + 1000]
        for k, stream in enumerate(streams):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(as_format(chunk / (k + 1), fmt)), format=fmt, layout=layout)
            frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
            out.mux(stream.encode(frame))
    for stream in streams:
        out.mux(stream.encode(None))


def _write_video(out, stream, count):
    for i in range(count):  # a moving picture, so that every packet differs
        image = np.zeros((64, 64, 3), np.uint8)
        image[:, :, 0] = (np.arange(64) * 4 + i * 7) % 256
        image[i % 64, :, 1] = 255
        frame = av.VideoFrame.from_ndarray(image, format="rgb24")
        frame.pts, frame.time_base = i, Fraction(1, 10)
        out.mux(stream.encode(frame))
    out.mux(stream.encode(None))


def decoded(path: Path, index: int = 0) -> tuple[np.ndarray, int, str]:
    """Audio stream ``index`` of ``path``: samples (one row per channel, full scale 1),
    rate and codec."""
    with av.open(str(path)) as container:
        stream = container.streams.audio[index]
        ctx = stream.codec_context
        rows = np.concatenate([f.to_ndarray() for f in container.decode(stream)], axis=1)
        channels, fmt = ctx.layout.nb_channels, ctx.format
        samples = rows if fmt.is_planar else rows.reshape(-1, channels).T
        samples = samples.astype(np.float64)
        name = fmt.name.rstrip("p")
        if name == "u8":
            samples = (samples - 128) / 128
        elif name in ("s16", "s32"):
            samples /= 2.0 ** ({"s16": 15, "s32": 31}[name])
        return samples, ctx.sample_rate, ctx.name


def video_packets(path: Path) -> list[list[tuple]]:
    """Each video stream's packets: bytes, pts and dts in seconds, keyframe flag."""
    def seconds(t, base):
        return None if t is None else t * base

    with av.open(str(path)) as container:
        return [[(bytes(p), seconds(p.pts, p.time_base), seconds(p.dts, p.time_base),
                  p.is_keyframe) for p in container.demux(s) if p.size]
                for s in container.streams.video]


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if x.size else 0.0


def regions(wins, rate: int, n: int, margin: float) -> tuple[np.ndarray, np.ndarray]:
    """Masks of the windows' insides (``FADE`` in from each edge) and of everything at
    least ``margin`` seconds away from them."""
    inside, away = np.zeros(n, bool), np.ones(n, bool)
    for start, end in wins:
        inside[int(np.ceil((start + FADE) * rate)):int((end - FADE) * rate)] = True
        away[max(0, int((start - margin) * rate)):int(np.ceil((end + margin) * rate))] = False
    return inside, away


def flat(pairs) -> list[float]:
    return [t for pair in pairs for t in pair]


def snr(reference: np.ndarray, other: np.ndarray) -> float:
    """Signal to noise in dB (infinite for identical samples)."""
    with np.errstate(divide="ignore"):
        return float(10 * np.log10(np.sum(reference ** 2) / np.sum((reference - other) ** 2)))


# ---- windows, weights, mixing ----------------------------------------------------------------
@pytest.mark.parametrize("spans, pad, duration, expected", [
    ([(1, 2), (1.5, 3)], 0, None, [(1, 3)]),
    ([(1, 5), (2, 3)], 0, None, [(1, 5)]),
    ([(1, 2), (2.08, 3)], 0.05, None, [(0.95, 3.05)]),
    ([(1, 2), (2.2, 3)], 0.05, None, [(0.95, 2.05), (2.15, 3.05)]),
    ([(5, 6), (1, 2)], 0, None, [(1, 2), (5, 6)]),
    ([(2, 1)], 0, None, [(1, 2)]),
    ([(-1, 0.5)], 0.05, None, [(0, 0.55)]),
    ([(9, 12)], 0.05, 10, [(8.95, 10)]),
    ([(11, 12)], 0.05, 10, []),
    ([(3, 3)], 0.05, None, [(2.95, 3.05)]),
    ([(3, 3)], 0, None, []),
    ([], 0.05, None, []),
], ids=["overlap", "nested", "touch-after-pad", "apart", "unsorted", "reversed", "before-start",
        "past-end", "all-past-end", "instant-padded", "instant-unpadded", "none"])
def test_windows(spans, pad, duration, expected):
    assert flat(windows(spans, pad, duration)) == pytest.approx(flat(expected))


@pytest.mark.parametrize("spans, pad", [([(1, 2)], -0.1), ([(1, 2)], float("nan")),
                                        ([(float("nan"), 2)], 0), ([(1, float("inf"))], 0)])
def test_windows_reject_impossible_values(spans, pad):
    with pytest.raises(ValueError):
        windows(spans, pad)


@settings(derandomize=True, max_examples=200)
@given(st.lists(st.tuples(st.floats(-5, 30), st.floats(-5, 30)), max_size=12),
       st.floats(0, 1), st.floats(1, 25))
def test_windows_are_sorted_disjoint_and_cover_every_padded_span(spans, pad, duration):
    wins = windows(spans, pad, duration)
    assert all(0 <= s < e <= duration for s, e in wins)
    assert all(a[1] < b[0] for a, b in zip(wins, wins[1:]))
    for start, end in spans:
        lo, hi = max(0.0, min(start, end) - pad), min(duration, max(start, end) + pad)
        if hi - lo > 1e-5:
            assert any(s <= lo + 1e-6 and hi - 1e-6 <= e for s, e in wins)


def test_timed_spans_skip_untimed_records():
    records = [{"category": "NAME", "start": 1.0, "end": 1.5}, {"category": "DATE", "start": None,
                                                                "end": None}]
    assert timed_spans(records) == [(1.0, 1.5)]


def test_weights_fade_inside_the_window_and_nowhere_else():
    rate = 48_000
    weight = Envelope([(1.0, 2.0)], rate).weights(first=int(0.9 * rate), count=int(1.2 * rate))
    t = 0.9 + np.arange(weight.size) / rate
    assert (weight[t <= 1.0] == 0).all() and (weight[t >= 2.0] == 0).all()
    assert (weight[(t >= 1.0 + FADE) & (t <= 2.0 - FADE)] == 1).all()
    ramp = weight[(t > 1.0) & (t < 1.0 + FADE)]
    assert ramp.size == int(FADE * rate) - 1 and (np.diff(ramp) > 0).all()
    assert np.abs(np.diff(weight)).max() < 2.5 / (FADE * rate)  # no step: no click


def test_weights_are_none_away_from_the_windows():
    assert Envelope([(1.0, 2.0)], 16_000).weights(first=40_000, count=1024) is None


@settings(derandomize=True, max_examples=100)
@given(st.lists(st.integers(1, 3000), min_size=1, max_size=8),
       st.lists(st.tuples(st.floats(0, 1.0), st.floats(0.0005, 0.3)), max_size=4))
def test_weights_and_tone_do_not_depend_on_how_frames_are_cut(sizes, spans):
    envelope = Envelope(windows([(s, s + d) for s, d in spans], 0.0), 8000)
    total = sum(sizes)
    whole = envelope.weights(0, total)
    whole = np.zeros(total) if whole is None else whole
    cuts = np.cumsum([0] + sizes)
    parts = [envelope.weights(a, b - a) for a, b in zip(cuts, cuts[1:])]
    joined = np.concatenate([np.zeros(b - a) if p is None else p
                             for p, a, b in zip(parts, cuts, cuts[1:])])
    assert np.allclose(joined, whole)
    assert np.allclose(np.concatenate([tone(a, b - a, 8000) for a, b in zip(cuts, cuts[1:])]),
                       tone(0, total, 8000))


@pytest.mark.parametrize("dtype, silence", [(np.uint8, 128), (np.int16, 0), (np.int32, 0),
                                            (np.float32, 0.0), (np.float64, 0.0)])
@pytest.mark.parametrize("planar", [True, False], ids=["planar", "packed"])
def test_mix_keeps_unweighted_samples_and_silences_weighted_ones(dtype, silence, planar):
    rng = np.random.default_rng(3)
    if np.dtype(dtype).kind == "f":
        samples = rng.uniform(-1, 1, (2, 6)).astype(dtype)
    else:
        info = np.iinfo(dtype)
        samples = rng.integers(info.min, info.max, (2, 6), endpoint=True).astype(dtype)
    if not planar:
        samples = samples.T.reshape(1, -1)
    weight = np.array([0, 0, 1, 1, 0.5, 0])
    out = mix(samples, weight, None, channels=2, planar=planar)
    per_sample = out if planar else out.reshape(-1, 2).T
    before = samples if planar else samples.reshape(-1, 2).T
    assert out.dtype == samples.dtype and out.shape == samples.shape
    assert np.array_equal(per_sample[:, [0, 1, 5]], before[:, [0, 1, 5]])
    assert (per_sample[:, [2, 3]] == silence).all()


def test_mix_writes_a_full_scale_tone_without_overflow():
    loud = np.full((1, 4), 32767, np.int16)
    out = mix(loud, np.ones(4), np.array([1.0, -1.0, 0.5, 0.0]), channels=1, planar=True)
    assert out.tolist() == [[32767, -32768, 16384, 0]]


# ---- audio files -----------------------------------------------------------------------------
# (extension, codec, sample format, rate, channels, encoder options)
LOSSLESS = [
    ("wav", "pcm_s16le", "s16", 16_000, 1, ()),
    ("wav", "pcm_s24le", "s32", 48_000, 2, ()),
    ("wav", "pcm_f32le", "flt", 44_100, 2, ()),
    ("wav", "pcm_u8", "u8", 8_000, 1, ()),
    ("flac", "flac", "s16", 44_100, 2, ()),
    ("flac", "flac", "s32", 48_000, 2, (("bits_per_raw_sample", "24"),)),
    ("m4a", "alac", "s16p", 44_100, 2, ()),
]
LOSSY = [
    ("mp3", "libmp3lame", "fltp", 44_100, 2, (("b", "128k"),)),
    ("m4a", "aac", "fltp", 44_100, 2, (("b", "96k"),)),
    ("aac", "aac", "fltp", 22_050, 1, ()),  # raw AAC: no edit list to hide the encoder delay
    ("ogg", "libopus", "flt", 48_000, 2, ()),
    ("opus", "libopus", "flt", 48_000, 1, ()),
    ("ogg", "vorbis", "fltp", 44_100, 2, (("strict", "experimental"),)),
]


def _id(row):
    return f"{row[1]}-{row[2]}-{row[3]}-{row[4]}ch.{row[0]}"


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    """A function from a format row to its clip, each made once."""
    folder, made = tmp_path_factory.mktemp("clips"), {}

    def make(row):
        if row not in made:
            ext, codec, fmt, rate, channels, options = row
            made[row] = make_clip(folder / f"{len(made)}.{ext}", codec, fmt, rate, channels,
                                  options=dict(options))
        return made[row]
    return make


def _redacted_samples(wins, rate, n):
    """The samples a window touches: those after its start, up to its end."""
    mask = np.zeros(n, bool)
    for start, end in wins:
        mask[int(start * rate) + 1:int(np.ceil(end * rate))] = True
    return mask


@pytest.mark.parametrize("row", LOSSLESS, ids=_id)
def test_lossless_audio_is_silent_in_the_spans_and_identical_outside(clip, tmp_path, row):
    source, target = clip(row), tmp_path / f"out.{row[0]}"
    result = redact_media(source, target, SPANS)
    before, rate, codec = decoded(source)
    after, rate_after, codec_after = decoded(target)
    assert (codec_after, rate_after, after.shape) == (codec, rate, before.shape)
    assert flat(result.windows) == pytest.approx([0.95, 1.85, 3.15, 3.55])
    touched = _redacted_samples(result.windows, rate, before.shape[1])
    inside, _ = regions(result.windows, rate, before.shape[1], 0)
    assert np.array_equal(after[:, ~touched], before[:, ~touched])
    assert rms(before[:, inside]) > 0.05 and rms(after[:, inside]) == 0
    assert (np.abs(after[:, touched]) <= np.abs(before[:, touched]) + 1 / 128).all()


def test_the_committed_wav_is_silent_in_the_spans_and_identical_outside(tmp_path):
    result = redact_media(DATA / "speech.wav", tmp_path / "out.wav", [(2.0, 2.6)], pad=0)
    before, rate, _ = decoded(DATA / "speech.wav")
    after, _, _ = decoded(tmp_path / "out.wav")
    touched = _redacted_samples(result.windows, rate, before.shape[1])
    inside, _ = regions(result.windows, rate, before.shape[1], 0)
    assert result.windows == ((2.0, 2.6),) and inside.sum() == int(0.59 * rate)
    assert np.array_equal(after[:, ~touched], before[:, ~touched])
    assert rms(before[:, inside]) > 0.05 and not after[:, inside].any()


def test_spans_past_either_end_or_written_backwards_are_clipped_to_the_audio(tmp_path):
    spans = [(10.5, 30.0), (-3.0, 0.3), (5.0, 4.0)]
    result = redact_media(DATA / "speech.wav", tmp_path / "out.wav", spans)
    before, rate, _ = decoded(DATA / "speech.wav")
    after, _, _ = decoded(tmp_path / "out.wav")
    assert flat(result.windows) == pytest.approx([0, 0.35, 3.95, 5.05, 10.45, 175_766 / rate])
    assert after.shape == before.shape and not after[:, int(10.46 * rate):].any()
    assert not after[:, :int(0.34 * rate)].any()


@pytest.mark.parametrize("row", LOSSY, ids=_id)
def test_lossy_audio_is_silent_in_the_spans_and_within_codec_error_outside(clip, tmp_path, row):
    source = clip(row)
    result = redact_media(source, tmp_path / f"out.{row[0]}", SPANS)
    redact_media(source, tmp_path / f"plain.{row[0]}", [])  # the codec's own error
    before, rate, codec = decoded(source)
    after, rate_after, codec_after = decoded(tmp_path / f"out.{row[0]}")
    plain, _, _ = decoded(tmp_path / f"plain.{row[0]}")
    assert (codec_after, rate_after, after.shape) == (codec, rate, before.shape)
    inside, away = regions(result.windows, rate, before.shape[1], margin=0.05)
    assert rms(before[:, inside]) > 0.05 and rms(after[:, inside]) < SILENT
    quality = snr(before[:, away], after[:, away])
    assert quality > LOSSY_SNR and quality > snr(before[:, away], plain[:, away]) - 1.5


def test_the_committed_mp3_keeps_its_timing(tmp_path):
    result = redact_media(DATA / "speech.mp3", tmp_path / "out.mp3", [(2.0, 2.6), (5.1, 5.9)])
    before, rate, _ = decoded(DATA / "speech.mp3")
    after, _, codec = decoded(tmp_path / "out.mp3")
    inside, away = regions(result.windows, rate, before.shape[1], margin=0.05)
    assert codec == "mp3float" and after.shape == before.shape
    assert rms(before[:, inside]) > 0.05 and rms(after[:, inside]) < SILENT
    assert snr(before[:, away], after[:, away]) > LOSSY_SNR  # a shifted copy would be < 0 dB


@pytest.mark.parametrize("row, tolerance", [(LOSSLESS[0], 0.01), (LOSSY[1], 0.05)],
                         ids=["wav", "aac"])
def test_tone_mode_puts_a_1khz_tone_in_the_spans(clip, tmp_path, row, tolerance):
    source, target = clip(row), tmp_path / f"tone.{row[0]}"
    result = redact_media(source, target, SPANS, mode="tone")
    before, rate, _ = decoded(source)
    after, _, _ = decoded(target)
    inside, away = regions(result.windows, rate, before.shape[1], margin=0.05)
    assert rms(after[:, inside]) == pytest.approx(TONE_LEVEL / np.sqrt(2), rel=tolerance)
    start, end = result.windows[0]
    stretch = after[0, int((start + 0.1) * rate):int((end - 0.1) * rate)]
    spectrum = np.abs(np.fft.rfft(stretch))
    assert np.fft.rfftfreq(stretch.size, 1 / rate)[spectrum.argmax()] == \
        pytest.approx(TONE_HZ, abs=2)
    assert snr(before[:, away], after[:, away]) > (200 if row in LOSSLESS else LOSSY_SNR)


@pytest.mark.parametrize("suffix, codec, dropped", [
    (".webm", "libopus", ()),  # WebM holds no PCM: its own codec, Opus
    (".ogg", "flac", ()),
    (".flac", "flac", ()),
    (".mp4", "aac", ()),
], ids=lambda v: v if isinstance(v, str) else None)
def test_a_target_that_cannot_hold_the_codec_gets_the_containers_own(tmp_path, suffix, codec,
                                                                      dropped):
    target = tmp_path / f"out{suffix}"
    result = redact_media(DATA / "speech.wav", target, [(2.0, 2.6)])
    before, rate, _ = decoded(DATA / "speech.wav")
    after, rate_after, _ = decoded(target)
    assert result.audio == (codec,) and result.dropped == dropped
    inside, _ = regions(result.windows, rate, before.shape[1], 0)
    shown = (after[:, (np.flatnonzero(inside) * rate_after) // rate])
    assert rms(before[:, inside]) > 0.05 and rms(shown) < SILENT


def test_the_sound_of_a_video_can_be_written_alone(tmp_path):
    result = redact_media(DATA / "speech_video.mp4", tmp_path / "sound.wav", [(2.0, 2.6)])
    assert result.audio == ("pcm_s16le",) and result.dropped == ("video h264",)
    assert decoded(tmp_path / "sound.wav")[0].shape == (1, 175_776)


# ---- videos ----------------------------------------------------------------------------------
# (extension, video codec, audio codec, sample format, rate, channels, make_clip's extras)
VIDEOS = [
    ("webm", "libvpx", "libopus", "flt", 48_000, 2, {}),
    ("mkv", "libx264", "flac", "s16", 44_100, 2,
     {"tracks": 2, "subtitles": True, "title": "Jane Doe's visit", "language": "eng"}),
    ("mov", "libx264", "aac", "fltp", 48_000, 2, {}),
    ("mp4", "libx264", "aac", "fltp", 44_100, 1, {"rotation": 90, "language": "fra"}),
]


@pytest.fixture(scope="module")
def videos(tmp_path_factory):
    folder = tmp_path_factory.mktemp("videos")
    made = {"committed.mp4": DATA / "speech_video.mp4"}
    for ext, video, codec, fmt, rate, channels, extras in VIDEOS:
        made[f"{video}.{ext}"] = make_clip(folder / f"{video}.{ext}", codec, fmt, rate,
                                           channels, 4, video=video, **extras)
    return made


def _streams(path):
    with av.open(str(path)) as c:
        return c.duration, dict(c.metadata), [
            (s.type, s.codec_context.name, s.duration, s.metadata.get("language"))
            for s in c.streams]


@pytest.mark.parametrize("name", ["committed.mp4"] + [f"{v[1]}.{v[0]}" for v in VIDEOS])
def test_a_video_keeps_its_picture_packet_for_packet_and_loses_the_words(videos, tmp_path, name):
    source = videos[name]
    target = tmp_path / f"out{source.suffix}"
    result = redact_media(source, target, [(1.0, 1.5), (3.0, 3.2)])
    assert video_packets(target) == video_packets(source) != [[]]
    duration, _, streams = _streams(source)
    duration_after, tags, streams_after = _streams(target)
    assert duration_after == duration
    assert streams_after == [s for s in streams if s[0] != "subtitle"]  # codecs, lengths, tags
    assert "title" not in tags
    for index in range(sum(s[0] == "audio" for s in streams)):
        before, rate, _ = decoded(source, index)
        after, _, _ = decoded(target, index)
        inside, away = regions(result.windows, rate, before.shape[1], margin=0.05)
        assert after.shape == before.shape
        assert rms(before[:, inside]) > 0.02 and rms(after[:, inside]) < SILENT
        assert snr(before[:, away], after[:, away]) > LOSSY_SNR
    assert result.copied == tuple(f"video {s[1]}" for s in streams if s[0] == "video")


def test_what_a_video_copy_leaves_out_is_reported(videos, tmp_path):
    result = redact_media(videos["libx264.mkv"], tmp_path / "out.mkv", [(1.0, 1.5)])
    assert result.audio == ("flac", "flac") and result.dropped == ("subtitle ssa",)
    assert result.copied == ("video h264",)
    assert result.seconds == pytest.approx(0.6)


def test_a_rotated_phone_video_stays_rotated(videos, tmp_path):
    redact_media(videos["libx264.mp4"], tmp_path / "out.mp4", [(1.0, 1.5)])
    with av.open(str(tmp_path / "out.mp4")) as container:
        assert next(container.decode(video=0)).rotation == 90


def test_the_deidentified_transcripts_spans_silence_the_recording(tmp_path):
    from cleanup.deid.step import Deidentify
    from cleanup.formats import parse

    cue = "1\n00:00:03,000 --> 00:00:04,200\nthis is kyle, born 4/14/1960\n"
    transcript = Deidentify()(parse(cue, "srt", name="visit.srt"))
    spans = timed_spans(transcript.meta["redactions"])
    result = redact_media(DATA / "speech.wav", tmp_path / "visit.wav", spans)
    assert spans == [(3.0, 4.2), (3.0, 4.2)] and result.windows == ((2.95, 4.25),)
    after, rate, _ = decoded(tmp_path / "visit.wav")
    assert not after[:, int(2.96 * rate):int(4.24 * rate)].any()


# ---- failures --------------------------------------------------------------------------------
def _text_as(tmp_path, name):
    path = tmp_path / name
    path.write_text("not a recording\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("source, target, blamed, reason", [
    (lambda d: d / "missing.wav", lambda d: d / "out.wav", "source", "no such file"),
    (lambda d: d, lambda d: d / "out.wav", "source", "is a directory"),
    (lambda d: (d / "empty.wav").touch() or d / "empty.wav", lambda d: d / "out.wav", "source",
     "empty file"),
    (lambda d: _text_as(d, "notes.mp4"), lambda d: d / "out.mp4", "source",
     "not a readable audio or video file (corrupt or unknown format)"),
    (lambda d: DATA / "no_audio.mp4", lambda d: d / "out.mp4", "source", "no audio stream"),
    (lambda d: DATA / "speech.wav", lambda d: d / "out.xyz", "target",
     "no media format has the extension .xyz; use the source's, .wav"),
    (lambda d: DATA / "speech.wav", lambda d: DATA / "speech.wav", "target",
     "is the source; write the redacted copy to another file"),
    (lambda d: DATA / "speech.wav", lambda d: d, "target", "is a directory"),
    (lambda d: DATA / "speech.wav", lambda d: _text_as(d, "file") / "out.wav", "target",
     "cannot write: "),
    (lambda d: DATA / "speech_video.mp4", lambda d: d / "out.webm", "target",
     "a .webm file cannot hold the source's video h264; write to the source's format"),
], ids=["missing", "source-directory", "empty", "not-media", "no-audio", "unknown-extension",
        "same-file", "target-directory", "folder-is-a-file", "video-won't-fit"])
def test_failures_are_one_line_naming_the_file(tmp_path, source, target, blamed, reason):
    source, target = source(tmp_path), target(tmp_path)
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(InputError) as caught:
        redact_media(source, target, [(1.0, 2.0)])
    message = str(caught.value)
    assert message.startswith(f"{source if blamed == 'source' else target}: {reason}")
    assert "\n" not in message
    assert sorted(os.listdir(tmp_path)) == before  # nothing left behind


def test_corrupt_audio_is_one_line_and_the_old_target_stays(tmp_path):
    data = bytearray((DATA / "speech_video.mp4").read_bytes())
    at = data.find(b"mdat") + 5000
    data[at:at + 3000] = np.random.default_rng(0).integers(0, 256, 3000, np.uint8).tobytes()
    source, target = tmp_path / "corrupt.mp4", tmp_path / "out.mp4"
    source.write_bytes(bytes(data))
    target.write_bytes(b"the previous copy")
    with pytest.raises(InputError, match=r"corrupt\.mp4: cannot decode audio: corrupt data$"):
        redact_media(source, target, [(1.0, 2.0)])
    assert target.read_bytes() == b"the previous copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corrupt.mp4", "out.mp4"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_folder_is_one_line(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    with pytest.raises(InputError, match="locked/out.wav: cannot write: permission denied"):
        redact_media(DATA / "speech.wav", folder / "out.wav", [])


@pytest.mark.parametrize("failure, expected", [
    (OSError(errno.ENOSPC, "No space left on device"),
     (InputError, "cannot write audio: no space left on device")),
    (KeyboardInterrupt(), (KeyboardInterrupt, None)),
], ids=["disk-full", "interrupted"])
def test_a_write_that_fails_halfway_leaves_the_old_target_and_no_part_file(
        tmp_path, monkeypatch, failure, expected):
    encode, calls = AudioTrack.encode, []

    def failing(self, frame):
        calls.append(frame)
        if len(calls) == 40:
            raise failure
        return encode(self, frame)

    monkeypatch.setattr(AudioTrack, "encode", failing)
    target = tmp_path / "visit.mp4"
    target.write_bytes(b"the previous copy")
    with pytest.raises(expected[0], match=expected[1]):
        redact_media(DATA / "speech_video.mp4", target, [(1.0, 2.0)])
    assert target.read_bytes() == b"the previous copy"
    assert [p.name for p in tmp_path.iterdir()] == ["visit.mp4"]


@pytest.mark.parametrize("kwargs", [{"mode": "beep"}, {"pad": -0.1}])
def test_a_bad_mode_or_pad_is_a_programming_error(tmp_path, kwargs):
    with pytest.raises(ValueError):
        redact_media(DATA / "speech.wav", tmp_path / "out.wav", [(1, 2)], **kwargs)


@pytest.mark.parametrize("source", ["speech.wav", "speech_video.mp4"])
def test_a_target_without_an_extension_gets_the_sources_format(tmp_path, source):
    plain = tmp_path / "speech"
    plain.write_bytes((DATA / source).read_bytes())
    redact_media(DATA / source, tmp_path / "out", [(1, 2)])
    redact_media(plain, tmp_path / "out2", [(1, 2)])
    with av.open(str(DATA / source)) as original:
        for copy in ("out", "out2"):
            with av.open(str(tmp_path / copy)) as container:
                assert container.format.name == original.format.name
                assert [s.type for s in container.streams] == \
                    [s.type for s in original.streams]


def test_a_new_file_gets_the_usual_mode_and_nothing_else_is_left(tmp_path):
    redact_media(DATA / "speech.wav", tmp_path / "out.wav", [])
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "out.wav").stat().st_mode & 0o777 == 0o666 & ~mask
    assert os.listdir(tmp_path) == ["out.wav"]


def test_an_mp4_is_written_to_play_while_it_loads(tmp_path):
    redact_media(DATA / "speech_video.mp4", tmp_path / "out.mp4", [(1.0, 2.0)])
    data = (tmp_path / "out.mp4").read_bytes()
    assert 0 < data.find(b"moov") < data.find(b"mdat")


# ---- a long recording ------------------------------------------------------------------------
def test_a_minute_of_audio_is_redacted_in_bounded_memory(tmp_path):
    source = make_clip(tmp_path / "minute.wav", "pcm_s16le", "s16", 48_000, 2, 60)
    spans = [(t, t + 0.4) for t in range(1, 60, 3)]
    tracemalloc.start()
    try:
        result = redact_media(source, tmp_path / "out.wav", spans)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(result.windows) == 20
    assert peak < 2_000_000  # measured 0.34 MB; the minute decoded is 11.5 MB as int16
