"""``cleanup fix --decisions``: each file's decisions for its own input, decisions that match
nothing reported, and the decisions a JSON keeps (sticky decisions)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanup import formats
from cleanup.decisions import Decision, Decisions, source_digest, trace
from cleanup.presets import build_pipeline

from .review.conftest import run_cli, whisper_json

CLEAN = build_pipeline("clean")
SRT = "1\n00:00:01,000 --> 00:00:04,000\nwell um we went to the And then we left\n"


def save(path: Path, source: Path, name: str, *, reject=(), accept=()) -> Path:
    """A decisions file about ``source``'s run: the changes of the steps in ``reject``
    rejected, the suggestions of those in ``accept`` accepted."""
    t = formats.read(source)
    run = trace(CLEAN, t)
    rejected = tuple(Decision.of(c.change, c.at) for c in run.changes if c.change.step in reject)
    accepted = tuple(Decision.of(s) for s in run.suggestions if s.step in accept)
    path.write_text(Decisions(rejected, name, accepted, source_digest(t)).dumps(),
                    encoding="utf-8")
    return path


@pytest.fixture
def two(tmp_path):
    a, b = tmp_path / "a.srt", tmp_path / "b.srt"
    a.write_text(SRT, encoding="utf-8")
    b.write_text(SRT, encoding="utf-8")
    return a, b, save(tmp_path / "a.decisions.json", a, "a", reject={"remove_fillers"})


def test_a_files_decisions_are_not_applied_to_another(two, tmp_path):
    a, b, decisions = two
    out = tmp_path / "out"
    done = run_cli("fix", a, b, "--decisions", decisions, "-o", f"{out}/")
    assert done.returncode == 0, done.stderr
    assert "Well um we went" in (out / "a.srt").read_text(encoding="utf-8")
    assert "Well we went" in (out / "b.srt").read_text(encoding="utf-8")


def test_a_folder_of_decisions(two, tmp_path):
    a, b, decisions = two
    folder = tmp_path / "decided"
    folder.mkdir()
    decisions.rename(folder / decisions.name)
    save(folder / "b.decisions.json", b, "b", accept={"fix_stray_capitals"})
    out = tmp_path / "out"
    done = run_cli("fix", a, b, "--decisions", folder, "-o", f"{out}/")
    assert done.returncode == 0, done.stderr
    assert "Well um we went to the And" in (out / "a.srt").read_text(encoding="utf-8")
    assert "Well we went to the and then" in (out / "b.srt").read_text(encoding="utf-8")


def test_decisions_for_no_input_are_an_error_and_nothing_is_written(two, tmp_path):
    a, b, decisions = two
    other = save(tmp_path / "c.decisions.json", a, "c")
    out = tmp_path / "out"
    done = run_cli("fix", a, b, "--decisions", decisions, "--decisions", other,
                   "-o", f"{out}/")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"cleanup: {other}: for no recording of this run (none is named 'c')"]
    assert not out.exists()


def test_unmatched_decisions_are_reported_and_the_output_written(two, tmp_path):
    a, b, decisions = two
    data = json.loads(decisions.read_text(encoding="utf-8"))
    data["rejected"].append({"step": "remove_fillers", "at": 7, "start": 3.2, "end": 3.6,
                             "before": "then uh we", "after": "then we"})
    decisions.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "a.clean.srt"
    done = run_cli("fix", a, "--decisions", decisions, "-o", out)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"cleanup: {decisions}: decision 2 (remove_fillers 'uh' at 0:03.20) matches no change"]
    assert "Well um we went" in out.read_text(encoding="utf-8")


def test_a_json_keeps_its_decisions(tmp_path):
    raw = whisper_json(tmp_path / "visit.json", "well um we went to the And then we left")
    decisions = save(tmp_path / "visit.decisions.json", raw, "visit",
                     reject={"remove_fillers"}, accept={"fix_stray_capitals"})
    first = tmp_path / "first" / "visit.json"
    done = run_cli("fix", raw, "--decisions", decisions, "-o", first)
    assert done.returncode == 0, done.stderr
    kept = json.loads(first.read_text(encoding="utf-8"))
    assert kept["text"] == "Well um we went to the and then we left"
    assert kept["decisions"]["rejected"][0]["step"] == "remove_fillers"
    assert kept["decisions"]["accepted"][0]["step"] == "fix_stray_capitals"
    # Cleaned again without --decisions: the rejected filler stays, the accepted change too.
    second = tmp_path / "second" / "visit.json"
    done = run_cli("fix", first, "-o", second)
    assert done.returncode == 0, done.stderr
    again = json.loads(second.read_text(encoding="utf-8"))
    assert again["text"] == "Well um we went to the and then we left"
    assert again["decisions"] == kept["decisions"]
    # A decisions file given later replaces the stored ones: here, none stand.
    empty = tmp_path / "empty" / "visit.decisions.json"
    empty.parent.mkdir()
    empty.write_text('{"cleanup_decisions": 2, "name": "visit", "rejected": []}',
                     encoding="utf-8")
    third = tmp_path / "third.txt"
    done = run_cli("fix", second, "--decisions", empty, "-o", third)
    assert done.returncode == 0, done.stderr
    assert third.read_text(encoding="utf-8").strip() == "Well we went to the and then we left"


def test_bad_stored_decisions_are_one_line(tmp_path):
    raw = whisper_json(tmp_path / "visit.json", "well um we went")
    data = json.loads(raw.read_text(encoding="utf-8"))
    data["decisions"] = {"cleanup_decisions": 2, "rejected": "no"}
    raw.write_text(json.dumps(data), encoding="utf-8")
    done = run_cli("fix", raw, "-o", tmp_path / "out.txt")
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"cleanup: {raw}: decisions: 'rejected' is not a list"]


def test_the_review_page_of_a_json_shows_its_decisions(tmp_path):
    import re

    raw = whisper_json(tmp_path / "visit.json", "well um we went home")
    decisions = save(tmp_path / "visit.decisions.json", raw, "visit", reject={"remove_fillers"})
    first = tmp_path / "first" / "visit.json"
    assert run_cli("fix", raw, "--decisions", decisions, "-o", first).returncode == 0
    page = tmp_path / "visit.html"
    done = run_cli("review", first, "-o", page)
    assert done.returncode == 0, done.stderr
    found = re.search(r'<script type="application/json" id="review-data">(.*?)</script>',
                      page.read_text(encoding="utf-8"), re.S)
    changes = json.loads(found.group(1))["changes"]
    shown = [(changes["steps"][s], r) for s, r in zip(changes["step"], changes["rejected"])]
    assert ("remove_fillers", 1) in shown
