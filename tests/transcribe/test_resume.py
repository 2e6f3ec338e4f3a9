"""A clinic's daily runs: a person's corrections are never lost, and work that is done is
never done again (issue 21). A stand-in backend (no model) counts its decodings.

The stand-in hears ``so um we checked the the clip N`` in N samples of audio: the clean
style removes the filler and the repeat, verbatim keeps them.
"""
from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

from cleanup.transcribe.base import segment_record
from cleanup.transcribe.registry import resolve_backend

from .test_batch import Stand_in, files, run, tone

WORDS = [" so", " um", " we", " checked", " the", " the", " clip"]


class Talker(Stand_in):
    def run(self, audio, options):
        self.decoded.append(len(audio))
        seconds = len(audio) / 16_000
        words = WORDS + [f" {len(audio)}"]
        step = seconds / len(words)
        timed = [(w, round(i * step, 3), round((i + 1) * step, 3), 0.9)
                 for i, w in enumerate(words)]
        return [segment_record(0.0, seconds, "".join(words), -0.1, 1.0, 0.01, 0.0, timed)], "en"


@pytest.fixture
def talker(monkeypatch):
    package = sys.modules["cleanup.transcribe"]
    stand_in = Talker()
    stand_in.loads = []

    def load_backend(*args):
        stand_in.loads.append(args)
        return stand_in

    monkeypatch.setattr(package, "load_backend", load_backend)
    return stand_in


@pytest.fixture
def clinic(tmp_path):
    tone(tmp_path / "in" / "a.wav", 1.0)
    tone(tmp_path / "in" / "sub" / "b.wav", 2.0)
    return tmp_path / "in"


def decisions_file(path: Path, name: str | None, rejected=(("remove_fillers", "so um we",
                                                              "so we"),)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"cleanup_decisions": 1, **({"name": name} if name else {}),
            "rejected": [{"step": s, "before": b, "after": a} for s, b, a in rejected]}
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# ---- 2. a cleaning change cleans the stored Whisper result again, with no decoding -----
@pytest.mark.parametrize("formats", ["txt,srt,vtt,json", "txt,srt"], ids=["json", "hidden-record"])
@pytest.mark.parametrize("change", [["--style", "verbatim"], ["--layout", "keep"],
                                    ["--disable", "remove_fillers"]],
                         ids=["style", "layout", "pipeline"])
def test_a_cleaning_change_decodes_nothing(talker, clinic, tmp_path, capsys, formats, change):
    out = tmp_path / "out"
    assert run(capsys, clinic, "-o", out, "--formats", formats)[0] == 0
    assert len(talker.decoded) == 2 and (out / "a.txt").read_text() == \
        "So we checked the clip 16000\n"
    code, err = run(capsys, clinic, "-o", out, "--formats", formats, *change)
    assert code == 0 and "2 cleaned again" in err and "0 transcribed" in err, err
    assert len(talker.decoded) == 2  # nothing decoded
    fresh = tmp_path / "fresh"
    assert run(capsys, clinic, "-o", fresh, "--formats", formats, *change)[0] == 0
    assert files(out) == files(fresh)  # what a fresh run with these settings writes
    code, err = run(capsys, clinic, "-o", out, "--formats", formats, *change)
    assert code == 0 and "2 skipped" in err


def test_other_formats_are_made_from_the_stored_result(talker, clinic, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(capsys, clinic, "-o", out, "--formats", "txt")[0] == 0
    code, err = run(capsys, clinic, "-o", out, "--formats", "txt,vtt,json")
    assert code == 0 and "2 cleaned again" in err and len(talker.decoded) == 2
    assert "So we checked the clip 16000" in (out / "a.vtt").read_text()


@pytest.mark.parametrize("change", [["--prompt", "Botox."], ["--language", "auto"],
                                    ["--force"]], ids=["prompt", "language", "force"])
def test_a_decoding_change_decodes_again(talker, clinic, tmp_path, capsys, change):
    out = tmp_path / "out"
    assert run(capsys, clinic, "-o", out)[0] == 0
    code, err = run(capsys, clinic, "-o", out, *change)
    assert code == 0 and "2 transcribed" in err and len(talker.decoded) == 4


def test_a_changed_recording_is_decoded_again(talker, clinic, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(capsys, clinic, "-o", out)[0] == 0
    tone(clinic / "a.wav", 3.0)
    code, err = run(capsys, clinic, "-o", out, "--style", "verbatim")
    assert code == 0 and "1 transcribed" in err and "1 cleaned again" in err
    assert talker.decoded == [16000, 32000, 48000]


def test_the_record_splits_decode_and_clean_settings(talker, clinic, tmp_path, capsys):
    out = tmp_path / "out"
    argv = ["--backend", "openai-whisper", "--prompt", "Botox."]
    assert run(capsys, clinic, "-o", out, *argv)[0] == 0
    record = json.loads((out / "a.json").read_text())
    decode, clean = record["settings"]["decode"], record["settings"]["clean"]
    assert decode == {**decode, "backend": "openai-whisper", "model": "tiny.en", "language": "en",
                      "prompt": "Botox."}
    assert decode["decoding"]["beam_size"] == 5 and set(clean) == {"pipeline", "layout"}
    assert record["source"]["duration"] == 1.0 and record["raw"]["segments"]


def test_records_from_before_the_split_are_cleaned_again_not_decoded(talker, clinic, tmp_path,
                                                                      capsys):
    """An archive transcribed by an older cleanup (one flat dict of settings, outputs
    listed without hashes, no duration): upgrading decodes nothing again."""
    out = tmp_path / "out"
    argv = ["--backend", "openai-whisper"]
    assert run(capsys, clinic, "-o", out, *argv)[0] == 0
    for record in (out / "a.json", out / "sub" / "b.json"):
        data = json.loads(record.read_text())
        decode, clean = data["settings"]["decode"], data["settings"]["clean"]
        data["settings"] = {**{k: decode[k] for k in ("backend", "model", "language", "prompt")},
                            **clean}
        data["outputs"] = list(data["outputs"])
        del data["source"]["duration"]
        record.write_text(json.dumps(data, indent=2))
    code, err = run(capsys, clinic, "-o", out, *argv)
    assert code == 0 and "2 cleaned again" in err and len(talker.decoded) == 2, err
    assert run(capsys, clinic, "-o", tmp_path / "fresh", *argv)[0] == 0
    fresh = files(tmp_path / "fresh")
    assert {k: v for k, v in files(out).items() if not k.endswith(".json")} == \
        {k: v for k, v in fresh.items() if not k.endswith(".json")}
    again = json.loads((out / "a.json").read_text())
    assert again == {**json.loads(fresh["a.json"]), "source": again["source"]}
    assert "duration" not in again["source"]  # not known without decoding
    code, err = run(capsys, clinic, "-o", out, *argv)
    assert code == 0 and "2 skipped" in err


# ---- 3. a decisions file applies to its own recording -----------------------------------
def test_a_decision_recleans_only_its_recording(talker, clinic, tmp_path, capsys):
    out = tmp_path / "out"
    assert run(capsys, clinic, "-o", out)[0] == 0
    before = files(out)
    mtime = (out / "sub" / "b.txt").stat().st_mtime_ns
    review = decisions_file(tmp_path / "Downloads" / "a.decisions.json", "a")
    code, err = run(capsys, clinic, "-o", out, "--decisions", review)
    assert code == 0 and "1 cleaned again" in err and "1 skipped" in err, err
    assert len(talker.decoded) == 2
    assert (out / "a.txt").read_text() == "So um we checked the clip 16000\n"
    assert {k: v for k, v in files(out).items() if k.startswith("sub/")} == \
        {k: v for k, v in before.items() if k.startswith("sub/")}
    assert (out / "sub" / "b.txt").stat().st_mtime_ns == mtime
    assert "decisions" in json.loads((out / "a.json").read_text())["settings"]["clean"]
    code, err = run(capsys, clinic, "-o", out, "--decisions", review)
    assert code == 0 and "2 skipped" in err
    code, err = run(capsys, clinic, "-o", out)  # the decision withdrawn: a alone again
    assert code == 0 and "1 cleaned again" in err and len(talker.decoded) == 2
    assert files(out) == before


def test_a_decision_that_matches_no_change_is_reported(talker, clinic, tmp_path, capsys):
    review = decisions_file(tmp_path / "a.decisions.json", "a",
                            rejected=(("remove_fillers", "so um we", "so we"),
                                      ("remove_fillers", "the uh clip", "the clip")))
    out = tmp_path / "out"
    code, err = run(capsys, clinic, "-o", out, "--decisions", review)
    assert code == 1
    assert f"cleanup: {review}: decision 2 (remove_fillers 'uh') matches no change" in \
        err.splitlines()
    assert (out / "a.txt").read_text() == "So um we checked the clip 16000\n"


def test_a_folder_of_decisions_and_files_for_no_recording(talker, tmp_path, capsys):
    for rel in ("2024/a.wav", "2025/a.wav", "b.wav"):
        tone(tmp_path / "in" / rel)
    out = tmp_path / "out"
    assert run(capsys, tmp_path / "in", "-o", out)[0] == 0
    reviews = tmp_path / "reviews"
    decisions_file(reviews / "2024" / "a.decisions.json", "a")
    decisions_file(reviews / "b.decisions.json", None)  # no name: the file's
    stray = decisions_file(reviews / "zzz.decisions.json", "zzz")
    code, err = run(capsys, tmp_path / "in", "-o", out, "--decisions", reviews)
    assert code == 1 and len(talker.decoded) == 3
    assert f"cleanup: {stray}: for no recording of this run" in err
    assert [line for line in err.splitlines() if "decisions.json" in line] == \
        [line for line in err.splitlines() if "zzz" in line]  # one line, for it alone
    assert "2 cleaned again" in err and "1 skipped" in err
    assert "um" in (out / "2024" / "a.txt").read_text()
    assert "um" not in (out / "2025" / "a.txt").read_text()
    assert "um" in (out / "b.txt").read_text()

    ambiguous = decisions_file(tmp_path / "a.decisions.json", "a")
    code, err = run(capsys, tmp_path / "in", "-o", out, "--decisions", ambiguous)
    assert code == 1 and "for 2 recordings of this run (2024/a.wav, 2025/a.wav)" in err


def test_a_broken_decisions_file_stops_the_run_before_any_work(talker, clinic, tmp_path, capsys):
    bad = tmp_path / "a.decisions.json"
    bad.write_text("{not json")
    code, err = run(capsys, clinic, "-o", tmp_path / "out", "--decisions", bad)
    assert code == 2 and "invalid JSON" in err and talker.decoded == []


def test_several_decisions_files(talker, clinic, tmp_path, capsys):
    out = tmp_path / "out"
    a = decisions_file(tmp_path / "r" / "a.decisions.json", "a")
    b = decisions_file(tmp_path / "r" / "b.decisions.json", "b",
                       (("collapse_repeats", "checked the the", "checked the"),))
    assert run(capsys, clinic, "-o", out, "--decisions", a, "--decisions", b)[0] == 0
    assert (out / "a.txt").read_text() == "So um we checked the clip 16000\n"
    assert (out / "sub" / "b.txt").read_text() == "So we checked the the clip 32000\n"


# ---- 1. an output a person corrected is never replaced without --force ----------------
def botox(path: Path) -> str:
    """The correction a person makes: "clip" was "Botox"."""
    text = path.read_text(encoding="utf-8").replace("clip", "Botox", 1)
    path.write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("name", ["a.txt", "a.srt", "a.json"])
def test_a_corrected_output_is_not_replaced_without_force(talker, clinic, tmp_path, capsys, name):
    out = tmp_path / "out"
    assert run(capsys, clinic, "-o", out)[0] == 0
    corrected = botox(out / name)
    others = {k: v for k, v in files(out).items() if k.startswith("a.") and k != name}
    code, err = run(capsys, clinic, "-o", out)  # the same settings: up to date, untouched
    assert code == 0 and "2 skipped" in err

    code, err = run(capsys, clinic, "-o", out, "--style", "verbatim")
    assert code == 1
    assert [line for line in err.splitlines() if "edited" in line] == [
        f"cleanup: {out / name}: edited since cleanup wrote it; not replaced: use --force "
        f"to keep it as {name}.edited-N and write the new one"]
    assert (out / name).read_text(encoding="utf-8") == corrected
    assert {k: v for k, v in files(out).items() if k in others} == others  # a's set as it was
    assert "um" in (out / "sub" / "b.txt").read_text()  # the batch went on

    code, err = run(capsys, clinic, "-o", out, "--style", "verbatim", "--force")
    assert code == 0 and f"{out / name}: edited since cleanup wrote it; kept as " \
                         f"{name}.edited-1" in err
    assert (out / f"{name}.edited-1").read_text(encoding="utf-8") == corrected
    assert "Botox" not in (out / name).read_text(encoding="utf-8")
    assert "um" in (out / "a.txt").read_text()

    corrected = botox(out / name)  # corrected again: kept under the next free number
    assert run(capsys, clinic, "-o", out, "--force")[0] == 0
    assert (out / f"{name}.edited-2").read_text(encoding="utf-8") == corrected
    assert "Botox" in (out / f"{name}.edited-1").read_text(encoding="utf-8")


def test_an_edit_is_seen_in_a_set_from_before_the_hashes(talker, clinic, tmp_path, capsys):
    """A record written by an older cleanup lists its outputs without hashes: an output
    changed after the record was written is an edit."""
    out = tmp_path / "out"
    assert run(capsys, clinic, "-o", out)[0] == 0
    for record in (out / "a.json", out / "sub" / "b.json"):
        data = json.loads(record.read_text())
        data["outputs"] = list(data["outputs"])
        data["settings"] = {"backend": "openai-whisper", "model": "tiny.en"}  # the old kind
        record.write_text(json.dumps(data))
    later = (out / "a.json").stat().st_mtime_ns + 5 * 10**9
    (out / "a.txt").write_text("So we checked the Botox 16000\n")
    os.utime(out / "a.txt", ns=(later, later))
    code, err = run(capsys, clinic, "-o", out)
    assert code == 1 and f"{out / 'a.txt'}: edited since cleanup wrote it" in err
    assert "1 transcribed" in err  # b's outputs, unedited, were cleanup's to replace


# ---- 4. --backend auto ------------------------------------------------------------------
@pytest.mark.parametrize("installed, gpus, device, expected", [
    (True, 0, "auto", "faster-whisper"),
    (True, 1, "auto", "openai-whisper"),
    (True, 1, "cpu", "faster-whisper"),
    (True, 0, "cuda", "openai-whisper"),
    (False, 0, "auto", "openai-whisper"),
    (False, 0, "cpu", "openai-whisper"),
], ids=["cpu-box", "gpu-box", "gpu-box-cpu-asked", "cuda-asked", "no-faster", "no-faster-cpu"])
def test_auto_backend(monkeypatch, installed, gpus, device, expected):
    from cleanup.transcribe import device as devices

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: (
        (real(name, *a) if installed else None) if name == "faster_whisper" else real(name, *a)))
    monkeypatch.setattr(devices, "cuda_devices", lambda backend: gpus)
    name, why = resolve_backend("auto", device)
    assert name == expected and why.startswith("auto: ")
    assert resolve_backend("openai-whisper", device)[0] == "openai-whisper"


def test_auto_is_the_default_and_says_which(talker, clinic, tmp_path, capsys, monkeypatch):
    from cleanup.transcribe import device as devices

    if importlib.util.find_spec("faster_whisper") is None:
        pytest.skip("faster-whisper is not installed")
    monkeypatch.setattr(devices, "cuda_devices", lambda backend: 0)
    out = tmp_path / "out"
    code, err = run(capsys, clinic, "-o", out)
    assert code == 0
    assert "cleanup: backend faster-whisper (auto: no CUDA GPU, faster-whisper installed)" in err
    assert talker.loads[0][0] == "faster-whisper"
    assert json.loads((out / "a.json").read_text())["settings"]["decode"]["backend"] == \
        "faster-whisper"
    # A record made by either backend is done for auto; asking for the other one redoes it.
    code, err = run(capsys, clinic, "-o", out, "--backend", "openai-whisper")
    assert code == 0 and "2 transcribed" in err
    code, err = run(capsys, clinic, "-o", out)
    assert code == 0 and "2 skipped" in err and "backend" not in err
