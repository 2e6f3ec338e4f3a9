"""Batched decoding (``--batch-size``) and device selection (``--device``).

The window cutter and the device tables are checked on their own; the batched backends
run the bundled tiny.en on the committed clips and must hear what the per-file path
hears, with word timings and the silence guards intact.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cleanup.errors import CleanupError, InputError
from cleanup.evaluation import word_error_rate as wer
from cleanup.evaluation import words
from cleanup.transcribe.audio import SAMPLE_RATE, voiced_frames
from cleanup.transcribe.base import DecodeOptions
from cleanup.transcribe.device import DeviceError, compute_type, cuda_devices, resolve_device
from cleanup.transcribe.registry import batched
from cleanup.transcribe.windowed import MAX_WINDOW, _needs_fallback, speech_windows

from .conftest import faint_noise

SR = SAMPLE_RATE


def tone(seconds: float, level: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * SR)) / SR
    return (np.sin(2 * np.pi * 220 * t) * level).astype(np.float32)


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SR), np.float32)


def babble(seconds: float, seed: int = 0) -> np.ndarray:
    """Speech-like: 0.3-0.5 s bursts with 0.1-0.3 s pauses, never a pause of MIN_GAP."""
    rng = np.random.default_rng(seed)
    parts, total = [], 0.0
    while total < seconds:
        on, off = rng.uniform(0.3, 0.5), rng.uniform(0.1, 0.3)
        parts += [tone(on, rng.uniform(0.1, 0.4)), tone(off, 0.02)]
        total += on + off
    return np.concatenate(parts)[: int(seconds * SR)]


# ---- the window cutter ---------------------------------------------------------------------
CASES = {
    "silence": silence(12),
    "faint noise": faint_noise(12),
    "one burst": np.concatenate([silence(1), tone(2), silence(1)]),
    "two bursts far apart": np.concatenate([tone(3), silence(40), tone(3)]),
    "bursts that fit one window": np.concatenate([tone(5), silence(2), tone(5), silence(2),
                                                  tone(5)]),
    "pauses every few seconds, 75 s": np.concatenate(
        [np.concatenate([tone(4), silence(1)]) for _ in range(15)]),
    "continuous speech, 70 s": babble(70),
}


@pytest.mark.parametrize("audio", CASES.values(), ids=CASES.keys())
def test_windows_cover_the_speech_within_30_seconds(audio):
    windows = speech_windows(audio)
    voiced = voiced_frames(audio)
    covered = np.zeros(len(audio), bool)
    for start, end in windows:
        assert 0 <= start < end <= len(audio)
        assert (end - start) / SR <= MAX_WINDOW + 1e-6
        assert start % 160 == 0  # a mel frame: window times stay exact
        covered[start:end] = True
    assert all(a[1] <= b[0] for a, b in zip(windows, windows[1:]))  # in order, no overlap
    hop = len(audio) // max(1, len(voiced))
    for frame in np.flatnonzero(voiced):  # every voiced frame is in some window
        assert covered[frame * hop: (frame + 1) * hop].any(), frame
    if not voiced.any():
        assert windows == []


def test_windows_are_cut_at_pauses():
    audio = np.concatenate([np.concatenate([tone(4), silence(1)]) for _ in range(15)])
    for start, end in speech_windows(audio)[:-1]:
        # each window ends inside a pause, not in a burst
        assert not voiced_frames(audio[max(0, end - 1600): end + 1600]).all()


@pytest.mark.parametrize("no_speech, logprob, ratio, expected", [
    (0.1, -0.3, 1.5, False),   # a good result
    (0.1, -1.5, 1.5, True),    # improbable
    (0.1, -0.3, 3.0, True),    # repetitive
    (0.9, -1.5, 1.5, False),   # silence: no fallback, the no-speech guard drops it
    (0.9, -0.3, 3.0, True),    # confident but repetitive
])
def test_temperature_fallback_rule(no_speech, logprob, ratio, expected):
    from types import SimpleNamespace

    from cleanup.transcribe import DecodeOptions

    result = SimpleNamespace(no_speech_prob=no_speech, avg_logprob=logprob, compression_ratio=ratio)
    assert _needs_fallback(result, DecodeOptions()) is expected


# ---- devices -------------------------------------------------------------------------------
@pytest.mark.parametrize("backend, device, expected", [
    ("faster-whisper", "cpu", "int8"),
    ("faster-whisper", "cuda", "float16"),
    ("faster-whisper", "cuda:1", "float16"),
    ("openai-whisper", "cpu", "float32"),
    ("openai-whisper", "cuda", "float16"),
])
def test_precision_follows_the_device(backend, device, expected):
    assert compute_type(backend, device) == expected


def test_requested_precision_is_checked():
    assert compute_type("faster-whisper", "cuda", "int8_float16") == "int8_float16"
    with pytest.raises(DeviceError, match="float16 is not available"):
        compute_type("faster-whisper", "cpu", "float16")


@pytest.mark.parametrize("backend", ["openai-whisper", "faster-whisper"])
def test_auto_and_cpu_resolve(backend):
    assert resolve_device("cpu", backend) == "cpu"
    assert resolve_device("auto", backend) == ("cuda" if cuda_devices(backend) else "cpu")


@pytest.mark.parametrize("device", ["gpu", "cuda:x", "cpu:0", ""])
def test_unknown_devices_are_refused(device):
    if device == "":
        assert resolve_device(device, "openai-whisper") in ("cpu", "cuda")
        return
    with pytest.raises(DeviceError, match="unknown device"):
        resolve_device(device, "openai-whisper")


def test_cuda_without_a_gpu_is_one_line_error(monkeypatch):
    from cleanup.transcribe import device

    monkeypatch.setattr(device, "cuda_devices", lambda backend: 0)
    with pytest.raises(DeviceError) as err:
        resolve_device("cuda", "faster-whisper")
    assert "no CUDA device" in str(err.value) and "\n" not in str(err.value)
    assert resolve_device("auto", "faster-whisper") == "cpu"
    monkeypatch.setattr(device, "cuda_devices", lambda backend: 2)
    assert resolve_device("auto", "openai-whisper") == "cuda"
    assert resolve_device("cuda:1", "openai-whisper") == "cuda:1"
    with pytest.raises(DeviceError, match="only 2"):
        resolve_device("cuda:2", "openai-whisper")


# ---- the batched backends, on tiny.en --------------------------------------------------------
def increasing_times(transcript) -> bool:
    tokens = transcript.tokens
    return (all(t.start is not None and t.end is not None and t.start <= t.end for t in tokens)
            and all(a.start <= b.start for a, b in zip(tokens, tokens[1:])))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["openai-whisper", "faster-whisper"])
def test_batched_hears_what_the_per_file_path_hears(request, name, speech, script):
    backend = request.getfixturevalue("openai_backend" if name == "openai-whisper"
                                      else "faster_backend")
    plain = backend.transcribe(speech)
    fast = batched(backend, 4).transcribe(speech)
    assert wer(plain.text, fast.text) < 0.1, (plain.text, fast.text)
    assert wer(script, fast.text) < 0.35
    assert fast.tokens and increasing_times(fast)
    assert fast.meta["backend"] == name
    assert all(s.no_speech_prob is not None and s.avg_logprob is not None for s in fast.segments)


@pytest.mark.slow
def test_openai_batches_across_files(openai_backend, speech, script):
    long = np.concatenate([speech, silence(2), speech, speech, speech])  # 46 s: two windows or more

    def unreadable():
        raise InputError("bad.wav", "empty file")

    sources = [("a", speech), ("bad", unreadable), ("quiet", faint_noise(20)), ("long", long),
               ("b", lambda: speech)]
    results = list(batched(openai_backend, 3).transcribe_many(sources))
    assert [key for key, _ in results] == ["a", "bad", "quiet", "long", "b"]
    by_key = dict(results)
    assert isinstance(by_key["bad"], InputError)
    assert by_key["quiet"].text == "" and by_key["quiet"].meta["whisper"]["segments"] == []
    for key in ("a", "b"):
        assert wer(script, by_key[key].text) < 0.35
        assert increasing_times(by_key[key])
    assert wer(" ".join([script] * 4), by_key["long"].text) < 0.35
    assert increasing_times(by_key["long"])
    assert by_key["long"].tokens[-1].end > 40


@pytest.mark.slow
def test_openai_batched_keeps_the_silence_guard(openai_backend, speech, script):
    audio = np.concatenate([speech, faint_noise(15)])
    transcript = batched(openai_backend, 4).transcribe(audio)
    spoken = words(transcript.text)
    assert wer(script, transcript.text) < 0.35
    assert spoken[-1] not in {"you", "thank", "thanks", "bye"}, transcript.text
    speech_end = len(speech) / SR
    assert all(t.end <= speech_end + 1.0 for t in transcript.tokens)


def test_batch_size_must_be_positive():
    class Dummy:
        name = "openai-whisper"

    with pytest.raises(CleanupError, match="at least 1"):
        batched(Dummy(), 0)
    dummy = Dummy()
    assert batched(dummy, 1) is dummy


# ---- the CLI ---------------------------------------------------------------------------------
def test_cli_cuda_without_a_gpu_stops_before_any_work(tmp_path, data_dir, capsys, monkeypatch):
    from cleanup.cli import main
    from cleanup.transcribe import device

    monkeypatch.setattr(device, "cuda_devices", lambda backend: 0)
    summary = tmp_path / "summary.json"
    code = main(["transcribe", str(data_dir / "speech.wav"), "-o", str(tmp_path / "out"),
                 "--device", "cuda", "--summary-json", str(summary)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip().splitlines() == [
        "cleanup: --device cuda: no CUDA device is available to openai-whisper "
        "(use --device cpu or auto)"]
    assert not (tmp_path / "out").exists()  # nothing created, nothing decoded


@pytest.mark.parametrize("argv, message", [
    (["--batch-size", "0"], "must be a whole number ≥ 1, got '0'"),
    (["--address", "ray://head:10001"], "--address is for --executor ray"),
    (["--executor", "spark"], "invalid choice"),
])
def test_cli_refuses_bad_scale_options(tmp_path, data_dir, capsys, argv, message):
    from cleanup.cli import main

    try:
        code = main(["transcribe", str(data_dir / "speech.wav"), "-o", str(tmp_path), *argv])
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    assert code == 2 and message in capsys.readouterr().err


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["openai-whisper", "faster-whisper"])
def test_cli_batched_run_writes_and_resumes(request, backend, tmp_path, data_dir, script):
    import json
    import shutil

    from cleanup.cli import main

    request.getfixturevalue("openai_backend" if backend == "openai-whisper" else "faster_backend")
    folder = tmp_path / "visits"
    for rel in ("a/one.wav", "b/two.mp3", "b/three.wav"):
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data_dir / ("speech.mp3" if rel.endswith("mp3") else "speech.wav"),
                        folder / rel)
    (folder / "b" / "broken.wav").write_bytes(b"RIFF not really")
    out, summary = tmp_path / "out", tmp_path / "summary.json"
    argv = ["transcribe", str(folder), "-o", str(out), "--backend", backend, "--model",
            "bundled:tiny.en", "--batch-size", "4", "--summary-json", str(summary)]
    assert main(argv) == 1  # the broken file fails, the others are written
    files = {Path(f["source"]).name: f for f in json.loads(summary.read_text())["files"]}
    assert files["broken.wav"]["status"] == "failed"
    for name, stem in [("one.wav", "a/one"), ("two.mp3", "b/two"), ("three.wav", "b/three")]:
        assert files[name]["status"] == "done" and files[name]["audio_seconds"] > 10
        data = json.loads((out / f"{stem}.json").read_text())
        assert wer(script, data["text"]) < 0.35
        times = [w["start"] for s in data["segments"] for w in s["words"]]
        assert times and times == sorted(times)
    (folder / "b" / "broken.wav").unlink()
    assert main(argv) == 0  # all up to date: skipped, nothing decoded
    assert {f["status"] for f in json.loads(summary.read_text())["files"]} == {"skipped"}


@pytest.mark.slow
@pytest.mark.parametrize("name, batch_size", [("openai-whisper", 1), ("faster-whisper", 1),
                                              ("openai-whisper", 4), ("faster-whisper", 4)])
def test_backends_tell_their_progress(request, name, batch_size, speech):
    """Each backend tells the seconds decoded as it goes (per window or segment), up to
    the end of the audio: a long recording's progress moves."""
    loaded = request.getfixturevalue("openai_backend" if name == "openai-whisper"
                                     else "faster_backend")
    audio = np.concatenate([speech] * 3)  # over 30 s: two windows at least
    told: list[tuple[float, object]] = []
    options = DecodeOptions(progress=lambda seconds, key: told.append((seconds, key)))
    backend = batched(getattr(loaded, "inner", loaded), batch_size)
    if batch_size > 1:
        list(backend.transcribe_many([("visit", audio)], options))
    else:
        backend.transcribe(audio, options)
    seconds = [s for s, _ in told]
    duration = len(audio) / 16_000
    assert len(seconds) >= 2 and seconds == sorted(seconds), seconds
    assert 0.8 * duration <= seconds[-1] <= duration + 0.5
    assert {key for _, key in told} == ({"visit"} if batch_size > 1 else {None})


@pytest.mark.parametrize("value, expected", [("3", 3), ("", None), ("0", None), ("x", None)])
def test_faster_whisper_threads_follow_omp_num_threads(monkeypatch, value, expected):
    # Ray gives each actor OMP_NUM_THREADS = its CPUs; CTranslate2 gets that many threads.
    import os

    from cleanup.transcribe.faster_whisper import _usable_cpus

    monkeypatch.setenv("OMP_NUM_THREADS", value)
    assert _usable_cpus() == (expected or len(os.sched_getaffinity(0)))
