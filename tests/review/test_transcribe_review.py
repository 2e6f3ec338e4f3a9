"""``cleanup transcribe --formats ...,html --decisions``: the page beside the outputs, and a
rejected change kept out of the transcript (a real Whisper run on the demo clip)."""
from __future__ import annotations

import json
import shutil

import pytest

from cleanup.decisions import DecidedPipeline, Decision, Decisions
from cleanup.presets import build_pipeline
from cleanup.transcribe.batch import BatchOptions, run_settings

from .conftest import MEDIA, run_cli
from .pagewords import page_words


def test_decisions_are_part_of_the_run_settings():
    args = BatchOptions()
    clean = build_pipeline("clean")
    keep_um = DecidedPipeline(clean, Decisions((Decision("remove_fillers", "a um b", "a b"),)))
    keep_so = DecidedPipeline(clean, Decisions((Decision("remove_fillers", "a so b", "a b"),)))
    plain, um, so = (run_settings(args, p)["clean"] for p in (clean, keep_um, keep_so))
    assert "decisions" not in plain
    assert um["pipeline"] == plain["pipeline"] and um["decisions"] != so["decisions"]


@pytest.mark.slow
def test_transcribe_writes_the_page_and_honours_decisions(tmp_path):
    media = tmp_path / "in" / "clinic_demo.wav"
    media.parent.mkdir()
    shutil.copy(MEDIA, media)
    decisions = tmp_path / "clinic_demo.decisions.json"
    decisions.write_text(json.dumps({"cleanup_decisions": 1, "name": "clinic_demo", "rejected": [
        {"step": "remove_fillers", "before": "today. Um, so", "after": "today. so",
         "start": 4.26, "end": 4.32}]}), encoding="utf-8")
    out = tmp_path / "out"
    command = ["transcribe", media.parent, "-o", out, "--model", "bundled:tiny.en",
               "--backend", "openai-whisper",
               "--prompt", "Um, we use Botox.", "--formats", "txt,json,html",
               "--decisions", decisions]
    done = run_cli(*command)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "clinic_demo.html", "clinic_demo.json", "clinic_demo.txt", "index.html"]
    assert "today. Um, so we talked" in (out / "clinic_demo.txt").read_text(encoding="utf-8")
    page = (out / "clinic_demo.html").read_text(encoding="utf-8")
    assert '<audio id="media" controls preload="metadata" src="../in/clinic_demo.wav">' in page
    removed = [w for w in page_words(page) if w.attrs.get("data-step") == "remove_fillers"]
    assert [w.tag for w in removed] == ["del"] and "rejected" in removed[0].classes
    settings = json.loads((out / "clinic_demo.json").read_text(encoding="utf-8"))["settings"]
    assert "decisions" in settings["clean"]

    again = run_cli(*command)  # the same decisions: nothing to redo
    assert again.returncode == 0
    assert "1 skipped as up to date" in again.stderr
