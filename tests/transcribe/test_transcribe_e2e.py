"""End to end with real tiny.en weights: both backends, three containers, silence, the CLI.

Each model loads once per session (conftest); the CLI tests run in-process and reuse it.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

import cleanup
from cleanup.transcribe import DecodeOptions
from cleanup.transcribe.audio import SAMPLE_RATE, load_audio

from cleanup.evaluation import word_error_rate as wer
from cleanup.evaluation import words

from .conftest import MODEL, faint_noise

pytestmark = pytest.mark.slow

HALLUCINATIONS = {"you", "thank", "thanks", "bye", "subtitles", "subscribe", "amara", "org"}


def test_wer_function():
    assert wer("the knee is sore", "the knee is sore") == 0
    assert wer("the knee is sore", "a knee sore today") == pytest.approx(3 / 4)


@pytest.mark.parametrize("clip", ["speech.wav", "speech.mp3", "speech_video.mp4"])
def test_transcript_matches_script(backend, data_dir, script, clip):
    transcript = backend.transcribe(load_audio(data_dir / clip))
    error = wer(script, transcript.text)
    print(f"\n{backend.name} {clip}: WER {error:.3f}: {transcript.text}")
    assert error < 0.35
    assert all(t.start is not None and t.end is not None and t.probability is not None
               for t in transcript.tokens)
    assert all(s.no_speech_prob is not None for s in transcript.segments)
    raw = transcript.meta["whisper"]
    assert raw["backend"] == backend.name and raw["segments"][0]["words"][0]["word"].startswith(" ")


def test_silence_gives_empty_transcript(backend):
    transcript = backend.transcribe(faint_noise(20))
    assert transcript.text == "" and transcript.tokens == ()


def test_silence_guard_is_what_keeps_openai_quiet(openai_backend):
    # Without decoding at all, openai-whisper is never asked to invent text on silence.
    quiet = openai_backend.transcribe(np.zeros(20 * SAMPLE_RATE, np.float32))
    assert quiet.text == "" and quiet.meta["whisper"]["segments"] == []


def test_speech_then_silence_ends_with_the_speech(backend, speech, script):
    audio = np.concatenate([speech, faint_noise(15)])
    transcript = backend.transcribe(audio)
    spoken = words(transcript.text)
    assert wer(script, transcript.text) < 0.35
    assert spoken[-1] not in HALLUCINATIONS, transcript.text
    speech_end = len(speech) / SAMPLE_RATE
    assert all(t.end <= speech_end + 1.0 for t in transcript.tokens), transcript.tokens[-3:]


def test_library_api_on_path_and_array(openai_backend, data_dir, speech, script):
    from_path = cleanup.transcribe(data_dir / "speech.wav", model=MODEL)
    assert isinstance(from_path, cleanup.Transcript)
    assert from_path.meta["source"].endswith("speech.wav")
    from_array = cleanup.transcribe(speech, backend="openai-whisper", model=MODEL)
    assert from_array.text == from_path.text


def test_faster_whisper_vad_runs_offline(faster_backend, speech):
    # The Silero VAD model ships inside the faster-whisper package.
    import faster_whisper

    assets = Path(faster_whisper.__file__).parent / "assets"
    assert list(assets.glob("silero*.onnx"))
    assert faster_backend.transcribe(speech, DecodeOptions(vad=True)).text


# ---- the command ---------------------------------------------------------------------------
@pytest.fixture
def clinic(tmp_path, data_dir):
    """A folder as a clinic has it: media in subfolders, notes and images, two bad files."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    shutil.copy(data_dir / "speech.wav", root / "intro.wav")
    shutil.copy(data_dir / "speech_video.mp4", root / "sub" / "visit.mp4")
    (root / "sub" / "notes.txt").write_text("follow up in a month\n")
    (root / "sub" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (root / "sub" / "empty.mp3").write_bytes(b"")
    (root / "corrupt.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + os.urandom(300))
    return root


def _run(capsys, *argv) -> tuple[int, str]:
    """``cleanup transcribe ARGV``, with openai-whisper unless ARGV names the backend."""
    from cleanup.cli import main

    backend = [] if "--backend" in argv else ["--backend", "openai-whisper"]
    code = main(["transcribe", *map(str, argv), *backend])
    return code, capsys.readouterr().err


GOOD = ["intro", "sub/visit"]
FORMATS = ["txt", "srt", "vtt", "json"]


def _outputs(out: Path) -> dict[str, int]:
    return {str(p.relative_to(out)): p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


def test_folder_batch(openai_backend, clinic, tmp_path, capsys, script):
    out = tmp_path / "out"
    code, err = _run(capsys, clinic, "-o", out, "--model", MODEL)
    assert code == 1, err
    assert "Traceback" not in err
    # Exactly one line per bad file, naming it; good files all written; nothing else.
    bad = [line for line in err.splitlines() if "corrupt.wav" in line or "empty.mp3" in line]
    assert bad == [f"cleanup: {clinic / 'corrupt.wav'}: not a readable audio or video file "
                   "(corrupt or unknown format)",
                   f"cleanup: {clinic / 'sub' / 'empty.mp3'}: empty file"]
    assert sorted(_outputs(out)) == sorted(f"{g}.{f}" for g in GOOD for f in FORMATS)
    assert "2 transcribed" in err and "2 failed" in err

    assert wer(script, (out / "sub" / "visit.txt").read_text()) < 0.35
    srt = (out / "intro.srt").read_text()
    assert srt.startswith("1\n00:00:0") and " --> " in srt
    assert (out / "intro.vtt").read_text().startswith("WEBVTT")
    data = json.loads((out / "intro.json").read_text())
    assert wer(script, data["text"]) < 0.35
    assert isinstance(data["changes"], list)
    assert data["segments"][0]["words"][0]["start"] is not None
    raw = data["raw"]
    assert raw["backend"] == "openai-whisper" and raw["model"] == MODEL
    assert {"start", "end", "text", "no_speech_prob", "avg_logprob",
            "words"} <= set(raw["segments"][0])


def test_second_run_redoes_nothing_and_force_redoes(openai_backend, clinic, tmp_path, capsys):
    for bad in ("corrupt.wav", "sub/empty.mp3"):
        (clinic / bad).unlink()
    out = tmp_path / "out"
    assert _run(capsys, clinic, "-o", out, "--model", MODEL, "--formats", "txt,json")[0] == 0
    first = _outputs(out)
    assert sorted(first) == sorted(f"{g}.{f}" for g in GOOD for f in ("txt", "json"))

    code, err = _run(capsys, clinic, "-o", out, "--model", MODEL, "--formats", "txt,json")
    assert code == 0 and "0 transcribed" in err and "2 skipped" in err
    assert _outputs(out) == first

    # An interrupted run leaves its pending marker, maybe some outputs missing (each is
    # renamed into place whole) and a stray temp file: the file is redone, and only that one.
    (out / "intro.json").unlink()
    (out / ".intro.cleanup-pending").write_text('["intro.txt", "intro.json"]')
    (out / ".intro.json.abc.part").write_text('{"text": "trunc')
    code, err = _run(capsys, clinic, "-o", out, "--model", MODEL, "--formats", "txt,json")
    assert code == 0 and "1 transcribed" in err and "intro.wav" in err and "visit" not in err
    assert json.loads((out / "intro.json").read_text())["text"]
    assert not (out / ".intro.cleanup-pending").exists()

    code, err = _run(capsys, clinic, "-o", out, "--model", MODEL, "--formats", "txt,json",
                     "--force")
    assert code == 0 and "2 transcribed" in err
    again = _outputs(out)
    assert all(again[k] > first[k] for k in first if k != "intro.json")

    # Other settings make other transcripts: a re-run with another style cleans the files
    # again, from Whisper's result in their JSON (no decoding), as a fresh run would.
    code, err = _run(capsys, clinic, "-o", out, "--model", MODEL, "--formats", "txt,json",
                     "--style", "verbatim")
    assert code == 0 and "2 cleaned again" in err and "0 transcribed" in err
    settings = json.loads((out / "intro.json").read_text())["settings"]
    assert settings["decode"]["model"] == MODEL
    assert settings["decode"]["backend"] == "openai-whisper"
    fresh = tmp_path / "fresh"
    assert _run(capsys, clinic, "-o", fresh, "--model", MODEL, "--formats", "txt,json",
                "--style", "verbatim")[0] == 0
    for name in ("intro.txt", "intro.json", "sub/visit.txt", "sub/visit.json"):
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    code, err = _run(capsys, clinic, "-o", out, "--model", MODEL, "--formats", "txt,json",
                     "--style", "verbatim")
    assert code == 0 and "2 skipped" in err


def test_faster_whisper_command(faster_backend, data_dir, tmp_path, capsys, script):
    out = tmp_path / "out"
    code, err = _run(capsys, data_dir / "speech.mp3", "-o", out, "--backend", "faster-whisper",
                     "--model", MODEL, "--formats", "srt")
    assert code == 0, err
    assert sorted(_outputs(out)) == [".speech.cleanup.json", "speech.srt"]  # the record
    assert "-->" in (out / "speech.srt").read_text()


def test_named_non_media_and_missing_inputs_are_reported(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("hi")
    code, err = _run(capsys, notes, tmp_path / "gone.wav", "-o", tmp_path / "out")
    assert code == 1
    assert f"cleanup: {notes}: not an audio or video file" in err
    assert f"cleanup: {tmp_path / 'gone.wav'}: no such file or directory" in err


def test_clashing_outputs_are_reported(openai_backend, tmp_path, data_dir, capsys):
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(data_dir / "speech.wav", root / "visit.wav")
    shutil.copy(data_dir / "speech.mp3", root / "visit.mp3")
    code, err = _run(capsys, root, "-o", tmp_path / "out", "--model", MODEL, "--formats", "txt")
    assert code == 1 and "same output name as" in err and "1 transcribed" in err
