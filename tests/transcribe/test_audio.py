"""Decoding media with PyAV, recognising media files, and the energy silence measure."""
from __future__ import annotations

import numpy as np
import pytest

from cleanup.errors import InputError
from cleanup.transcribe.audio import (
    SAMPLE_RATE, has_sound, load_audio, looks_like_media, media_duration, voiced_frames)


@pytest.mark.parametrize("name", ["speech.wav", "speech.mp3", "speech_video.mp4"])
def test_decodes_to_16k_mono_float32(data_dir, name):
    audio = load_audio(data_dir / name)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert len(audio) / SAMPLE_RATE == pytest.approx(10.99, abs=0.15)
    assert 0.05 < np.abs(audio).max() <= 1.0


def test_formats_decode_to_the_same_sound(data_dir):
    wav = load_audio(data_dir / "speech.wav")
    mp3 = load_audio(data_dir / "speech.mp3")
    # Lossy codecs add a little delay and noise, but the loudness envelope stays.
    env = [np.convolve(np.abs(a[:150_000]), np.ones(1600) / 1600, "valid")[::800] for a in (wav,
                                                                                            mp3)]
    n = min(map(len, env))
    assert np.corrcoef(env[0][:n], env[1][:n])[0, 1] > 0.9


def test_media_duration_from_header(data_dir):
    assert media_duration(data_dir / "speech_video.mp4") == pytest.approx(11.0, abs=0.2)
    assert media_duration(data_dir / "speech.txt") is None


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(range(200)), "not a readable audio or video file"),
    (bytes(np.random.default_rng(1).integers(0, 256, 4000, dtype=np.uint8)), "not a readable"),
], ids=["empty", "truncated-wav-header", "random-bytes"])
def test_bad_files_raise_input_error(tmp_path, content, reason):
    path = tmp_path / "visit.wav"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        load_audio(path)
    assert str(info.value).startswith(f"{path}: ")
    assert reason in info.value.reason


def test_video_without_audio_is_reported(data_dir):
    with pytest.raises(InputError, match="no audio stream"):
        load_audio(data_dir / "no_audio.mp4")


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_audio(tmp_path / "gone.mp3")


@pytest.mark.parametrize("name, content, expected", [
    ("visit.MP4", b"", True),               # by extension, even when empty: it gets reported
    ("visit.m4a", b"\x00" * 16, True),
    ("notes.txt", b"RIFF....WAVE", False),  # never open notes
    ("photo.png", b"\x89PNG\r\n", False),
    ("recording", b"RIFF\x00\x00\x00\x00WAVEfmt ", True),   # no extension: by content
    ("export", b"\x00\x00\x00\x20ftypisom", True),
    ("readme", b"hello world, not media", False),
    (".hidden.wav", b"RIFF", True),
], ids=lambda v: v if isinstance(v, str) else None)
def test_looks_like_media(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    assert looks_like_media(path) is expected


def test_voiced_frames_tell_silence_from_speech(speech):
    assert not voiced_frames(np.zeros(SAMPLE_RATE * 3, np.float32)).any()
    voiced = voiced_frames(np.concatenate([speech, np.zeros(SAMPLE_RATE * 5, np.float32)]))
    seconds = len(speech) / SAMPLE_RATE
    assert has_sound(voiced, 1.0, 2.0)
    assert not has_sound(voiced, seconds + 1, seconds + 4)


def test_a_named_pipe_is_never_opened(tmp_path):
    import os
    import threading

    from cleanup.errors import InputError
    from cleanup.transcribe.audio import load_audio, looks_like_media

    pipe = tmp_path / "stream.wav"
    os.mkfifo(pipe)
    os.mkfifo(tmp_path / "stream")
    outcome: list = []

    def probe():
        outcome.append(looks_like_media(tmp_path / "stream"))
        try:
            load_audio(pipe)
        except InputError as exc:
            outcome.append(exc.reason)

    thread = threading.Thread(target=probe, daemon=True)
    thread.start()
    thread.join(20)
    assert not thread.is_alive(), "blocked on a named pipe"
    assert outcome == [False, "not a regular file"]
