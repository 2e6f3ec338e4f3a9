"""The batch engine with a stand-in backend (no model): what is done, skipped, refused,
split and reported. The real models run in test_transcribe_e2e.py.

The stand-in says ``clip N`` for N samples of audio, so a transcript shows which recording
it came from.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import threading
import wave
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup.cli import main
from cleanup.outputs import with_record
from cleanup.transcribe import batch, records
from cleanup.transcribe.base import Backend, segment_record
from cleanup.transcribe.batch import Shard


class Stand_in(Backend):
    name = "stand-in"
    label = "stand-in"

    def __init__(self):
        self.decoded: list[int] = []

    def run(self, audio, options):
        self.decoded.append(len(audio))
        seconds = len(audio) / 16_000
        return [segment_record(0.0, seconds, f" clip {len(audio)}", -0.1, 1.0, 0.01, 0.0,
                               [(" clip", 0.0, 0.3, 0.9), (f" {len(audio)}", 0.3, seconds, 0.9)])
                ], "en"


@pytest.fixture
def backend(monkeypatch):
    package = sys.modules["cleanup.transcribe"]  # the attribute is the function

    stand_in = Stand_in()
    loads: list[tuple] = []

    def load_backend(*args):
        loads.append(args)
        return stand_in

    monkeypatch.setattr(package, "load_backend", load_backend)
    stand_in.loads = loads
    return stand_in


def tone(path: Path, seconds: float = 1.0, freq: float = 440.0) -> Path:
    """A 16 kHz mono wav: a tone (not silence, so it is decoded)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    t = np.arange(int(seconds * 16_000)) / 16_000
    samples = (np.sin(2 * np.pi * freq * t) * 12_000).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16_000)
        w.writeframes(samples.tobytes())
    return path


def run(capsys, *argv) -> tuple[int, str]:
    code = main(["transcribe", *map(str, argv)])
    return code, capsys.readouterr().err


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


# ---- 1. never replace a file cleanup did not write --------------------------------------
def test_users_own_notes_beside_the_recording_are_never_replaced(backend, tmp_path, capsys):
    visits = tmp_path / "visits"
    tone(visits / "visit.wav")
    tone(visits / "other.wav", 2.0)
    (visits / "visit.txt").write_text("my own notes\n")
    (visits / "visit.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nhuman subtitle\n")
    code, err = run(capsys, visits, "-o", visits)
    assert code == 1
    assert (visits / "visit.txt").read_text() == "my own notes\n"
    assert "human subtitle" in (visits / "visit.srt").read_text()
    assert not (visits / "visit.json").exists() and not (visits / "visit.vtt").exists()
    assert f"cleanup: {visits / 'visit.txt'}: exists and was not written by cleanup" in err
    assert "--force" in err
    assert (visits / "other.txt").read_text() == "Clip 32000\n"  # the batch went on
    assert backend.decoded == [32000]  # the refused file was never decoded

    code, err = run(capsys, visits, "-o", visits)  # cleanup's own outputs are its to redo
    assert code == 1 and "1 skipped" in err

    code, err = run(capsys, visits, "-o", visits, "--force")
    assert code == 0 and (visits / "visit.txt").read_text() == "Clip 16000\n"


def test_a_json_that_is_not_a_cleanup_record_is_not_replaced(backend, tmp_path, capsys):
    tone(tmp_path / "in" / "a.wav")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.json").write_text('{"mine": true}')
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out")
    assert code == 1 and "a.json: exists and was not written by cleanup" in err
    assert (tmp_path / "out" / "a.json").read_text() == '{"mine": true}'


# ---- 3. done means: same source (size, time, content) and same settings ------------------
def test_another_folders_recording_of_the_same_name_is_redone(backend, tmp_path, capsys):
    tone(tmp_path / "A" / "visit.wav", 1.0)
    tone(tmp_path / "B" / "visit.wav", 2.0)
    out = tmp_path / "AB"
    assert run(capsys, tmp_path / "A", "-o", out)[0] == 0
    assert (out / "visit.txt").read_text() == "Clip 16000\n"
    code, err = run(capsys, tmp_path / "B", "-o", out)
    assert code == 0 and "1 transcribed" in err
    assert (out / "visit.txt").read_text() == "Clip 32000\n"


def test_same_size_and_time_but_other_content_is_redone(backend, tmp_path, capsys):
    a = tone(tmp_path / "A" / "visit.wav", 1.0, 440)
    b = tone(tmp_path / "B" / "visit.wav", 1.0, 880)
    os.utime(b, ns=(a.stat().st_atime_ns, a.stat().st_mtime_ns))
    out = tmp_path / "AB"
    assert run(capsys, tmp_path / "A", "-o", out)[0] == 0
    code, err = run(capsys, tmp_path / "B", "-o", out)
    assert code == 0 and "1 transcribed" in err, err


def test_a_source_replaced_by_an_older_file_is_redone(backend, tmp_path, capsys):
    src = tone(tmp_path / "in" / "visit.wav", 1.0)
    out = tmp_path / "out"
    assert run(capsys, src.parent, "-o", out)[0] == 0
    older = tone(tmp_path / "older.wav", 2.0)
    os.utime(older, (1_000_000_000, 1_000_000_000))
    shutil.copy2(older, src)  # cp -p: the replacement is dated before the transcript
    code, err = run(capsys, src.parent, "-o", out)
    assert code == 0 and "1 transcribed" in err
    assert (out / "visit.txt").read_text() == "Clip 32000\n"
    record = json.loads((out / "visit.json").read_text())
    assert record["source"]["size"] == src.stat().st_size and len(record["source"]["sha256"]) == 64
    assert list(record["outputs"]) == ["visit.txt", "visit.srt", "visit.vtt", "visit.json"]
    assert record["outputs"]["visit.txt"] == hashlib.sha256(b"Clip 32000\n").hexdigest()


def test_without_json_the_record_is_a_hidden_file(backend, tmp_path, capsys):
    tone(tmp_path / "in" / "a.wav")
    out = tmp_path / "out"
    assert run(capsys, tmp_path / "in", "-o", out, "--formats", "txt")[0] == 0
    assert sorted(files(out)) == [".a.cleanup.json", "a.txt"]
    code, err = run(capsys, tmp_path / "in", "-o", out, "--formats", "txt")
    assert code == 0 and "1 skipped" in err and backend.decoded == [16000]


# ---- 4. an output set is renamed together; an interrupted one is redone ------------------
def test_an_interrupted_set_is_never_skipped_as_done(backend, tmp_path, capsys, monkeypatch):
    tone(tmp_path / "in" / "a.wav")
    out = tmp_path / "out"
    assert run(capsys, tmp_path / "in", "-o", out, "--formats", "txt,json")[0] == 0
    clean = files(out)

    real_replace = os.replace

    def replace(src, dst):  # the disk fills up after the .txt is renamed into place
        if str(dst).endswith("a.json"):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    code, err = run(capsys, tmp_path / "in", "-o", out, "--formats", "txt,json", "--style",
                    "verbatim", "--prompt", "Um.")
    assert code == 1 and f"{out / 'a.json'}: cannot write: No space left on device" in err
    assert ".part" not in err
    monkeypatch.setattr(os, "replace", real_replace)
    assert (out / ".a.cleanup-pending").exists()
    assert not [n for n in files(out) if n.endswith(".part")]

    # The old JSON still says "clean" and matches this source: without the marker the
    # mixed set would pass for done. It is redone, from the old JSON's Whisper result.
    code, err = run(capsys, tmp_path / "in", "-o", out, "--formats", "txt,json")
    assert code == 0 and "1 cleaned again" in err, err
    assert files(out) .keys() == clean.keys()
    assert (out / "a.txt").read_bytes() == clean["a.txt"]


def test_a_rendering_error_writes_nothing(backend, tmp_path, capsys, monkeypatch):
    from cleanup import formats

    tone(tmp_path / "in" / "a.wav")
    real = formats.render

    def render(transcript, fmt, *args, **kwargs):
        if fmt == "vtt":
            raise ValueError("boom")
        return real(transcript, fmt, *args, **kwargs)

    monkeypatch.setattr(formats, "render", render)
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out")
    assert code == 1 and "ValueError: boom" in err
    assert files(tmp_path / "out") == {}


# ---- 5. the output folder inside the input ----------------------------------------------
def test_output_folder_inside_the_input(backend, tmp_path, capsys):
    root = tmp_path / "in"
    tone(root / "a.wav", 1.0)
    tone(root / "sub" / "b.wav", 2.0)
    code, err = run(capsys, root, "-o", root / "sub")
    assert code == 0 and "2 transcribed" in err
    assert (root / "sub" / "a.txt").read_text() == "Clip 16000\n"
    assert (root / "sub" / "sub" / "b.txt").read_text() == "Clip 32000\n"
    code, err = run(capsys, root, "-o", root / "sub")  # outputs are not read back as inputs
    assert code == 0 and "0 transcribed" in err and "2 skipped" in err


# ---- 11. only regular files ---------------------------------------------------------------
def test_a_named_pipe_in_the_folder_is_skipped_not_opened(backend, tmp_path, capsys):
    root = tmp_path / "in"
    tone(root / "a.wav")
    os.mkfifo(root / "stream.wav")
    os.mkfifo(root / "noext")
    found: list = []
    walker = threading.Thread(target=lambda: found.append(batch.find_jobs([str(root)],
                                                                          tmp_path / "o")),
                              daemon=True)
    walker.start()
    walker.join(20)
    assert not walker.is_alive(), "find_jobs blocked on a named pipe"
    jobs, errors = found[0]
    assert [j.source.name for j in jobs] == ["a.wav"] and errors == []
    jobs, errors = batch.find_jobs([str(root / "stream.wav")], tmp_path / "o")
    assert jobs == [] and [e.reason for e in errors] == ["not a regular file"]


# ---- 18, 19, 20, exit status 2: checked before any decoding ------------------------------
def test_unwritable_output_folder_fails_before_decoding(backend, tmp_path, capsys):
    tone(tmp_path / "in" / "a.wav")
    (tmp_path / "plain-file").write_text("x")
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "plain-file" / "out")
    assert code == 2 and backend.decoded == [] and backend.loads == []
    assert err.strip().splitlines() == [
        f"cleanup: {tmp_path / 'plain-file' / 'out'}: cannot write to the output folder: "
        "Not a directory"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_read_only_output_folder_fails_before_decoding(backend, tmp_path, capsys):
    tone(tmp_path / "in" / "a.wav")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        code, err = run(capsys, tmp_path / "in", "-o", out)
    finally:
        out.chmod(0o755)
    assert code == 2 and backend.decoded == [] and "Permission denied" in err


@pytest.mark.parametrize("argv, message", [
    (["--language", "xx"], "unknown language 'xx'"),
    (["--language", "de", "--model", "bundled:tiny.en"], "is English-only"),
    (["--backend", "faster-whisper", "--language", "xx"], "unknown language 'xx'"),
], ids=["unknown", "english-only-model", "faster-whisper"])
def test_language_is_checked_before_any_work(backend, tmp_path, capsys, argv, message):
    tone(tmp_path / "in" / "a.wav")
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out", *argv)
    assert code == 2 and message in err and backend.loads == [] and backend.decoded == []
    assert not (tmp_path / "out").exists()


def test_library_checks_the_language_before_loading(monkeypatch):
    import cleanup
    package = sys.modules["cleanup.transcribe"]  # the attribute is the function

    monkeypatch.setattr(package, "load_backend", lambda *a: pytest.fail("model loaded"))
    with pytest.raises(cleanup.CleanupError, match="unknown language 'xx'"):
        cleanup.transcribe(np.zeros(16_000, np.float32), language="xx")


def test_a_model_that_does_not_load_is_exit_status_2(tmp_path, capsys):
    tone(tmp_path / "in" / "a.wav")
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out", "--model",
                    tmp_path / "missing" / "model.pt")
    assert code == 2 and "no such model file" in err
    assert err.count("\n") == 1


def test_faster_whisper_given_an_empty_folder(tmp_path):
    from cleanup.errors import InputError
    from cleanup.transcribe.models import resolve_model

    with pytest.raises(InputError, match="not a CTranslate2 model: no model.bin in this directory"):
        resolve_model(str(tmp_path), "faster-whisper")


def test_a_newline_in_a_file_name_stays_on_one_line(backend, tmp_path, capsys):
    root = tmp_path / "in"
    tone(root / "good.wav")
    (root / "bad\nname.wav").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(300))
    code, err = run(capsys, root, "-o", tmp_path / "out")
    assert code == 1
    bad = [line for line in err.splitlines() if "name.wav" in line]
    assert len(bad) == 1 and "bad\\nname.wav" in bad[0] and bad[0].startswith("cleanup: ")


# ---- shards, file lists, the summary -----------------------------------------------------
@pytest.mark.parametrize("env, shards, expected", [
    ({"SLURM_ARRAY_TASK_ID": "3", "SLURM_ARRAY_TASK_COUNT": "4"}, None, (3, 4)),
    ({"SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "1"},
     None, (3, 4)),
    ({"SLURM_ARRAY_TASK_ID": "6", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "0",
      "SLURM_ARRAY_TASK_STEP": "2"}, None, (3, 4)),
    ({"AWS_BATCH_JOB_ARRAY_INDEX": "2", "AWS_BATCH_JOB_ARRAY_SIZE": "5"}, None, (2, 5)),
    ({"AWS_BATCH_JOB_ARRAY_INDEX": "2"}, 3, (2, 3)),
    ({"JOB_COMPLETION_INDEX": "0"}, 2, (0, 2)),
    ({}, None, None),
], ids=["slurm", "slurm-from-1", "slurm-step", "aws", "aws-shards", "k8s", "none"])
def test_shard_from_a_job_array(env, shards, expected):
    shard = Shard.from_env(env, shards)
    assert (shard.index, shard.count) == expected if expected else shard is None


@pytest.mark.parametrize("env, shards, message", [
    ({"JOB_COMPLETION_INDEX": "1"}, None, "give --shards N"),
    ({"JOB_COMPLETION_INDEX": "4"}, 4, "must be 0 to count-1"),
    ({}, 4, "--shards N needs a worker index"),
    ({"SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "2"}, None, "not a number"),
])
def test_shard_errors(env, shards, message):
    with pytest.raises(batch.BatchError, match=message):
        Shard.from_env(env, shards)


@pytest.mark.parametrize("text", ["1", "1/0", "2/2", "a/b", "-1/3"])
def test_bad_shard_option(text):
    with pytest.raises(batch.BatchError):
        Shard.parse(text)


def test_shards_cover_every_file_exactly_once():
    rels = [f"{year}/clinic {k}/visit_{i}.wav" for year in (2023, 2024) for k in range(5)
            for i in range(40)]
    for count in (1, 2, 3, 7):
        shares = [[r for r in rels if Shard(i, count).holds(r)] for i in range(count)]
        assert sorted(r for share in shares for r in share) == sorted(rels)
        if count > 1:
            assert all(len(share) > len(rels) / count / 2 for share in shares)  # balanced


def test_shards_through_the_cli(backend, tmp_path, capsys, monkeypatch):
    root = tmp_path / "in"
    for i in range(8):
        tone(root / f"d{i % 3}" / f"v{i}.wav", 0.5 + i / 8)
    outs = []
    for i in range(3):
        out = tmp_path / f"out{i}"
        monkeypatch.setenv("SLURM_ARRAY_TASK_ID", str(i))
        monkeypatch.setenv("SLURM_ARRAY_TASK_COUNT", "3")
        code, err = run(capsys, root, "-o", out, "--formats", "txt")
        assert code == 0 and f"shard {i}/3 (SLURM_ARRAY_TASK_ID)" in err
        outs.append({n for n in files(out) if n.endswith(".txt")})
    assert sum(len(o) for o in outs) == 8 and len(set().union(*outs)) == 8
    code, err = run(capsys, root, "-o", tmp_path / "all", "--shard", "all", "--formats", "txt")
    assert code == 0 and "8 transcribed" in err
    monkeypatch.delenv("SLURM_ARRAY_TASK_ID")
    code, err = run(capsys, root, "-o", tmp_path / "one", "--shard", "1/3", "--formats", "txt")
    assert code == 0 and {n for n in files(tmp_path / "one") if n.endswith(".txt")} == outs[1]


def test_files_from_keeps_folders_under_root(backend, tmp_path, capsys):
    root = tmp_path / "archive"
    tone(root / "2024" / "jan" / "a.wav")
    tone(root / "2024" / "feb" / "a.wav", 2.0)
    tone(root / "2023" / "skip.wav")
    listing = tmp_path / "list.txt"
    listing.write_text(f"2024/jan/a.wav\n\n{root / '2024' / 'feb' / 'a.wav'}\n")
    code, err = run(capsys, "--files-from", listing, "--root", root, "-o", tmp_path / "out",
                    "--formats", "txt")
    assert code == 0, err
    assert sorted(n for n in files(tmp_path / "out") if not n.startswith(".")
                  and "/." not in n) == ["2024/feb/a.txt", "2024/jan/a.txt"]
    outside = tmp_path / "elsewhere.wav"
    tone(outside)
    listing.write_text(f"{outside}\n")
    code, err = run(capsys, "--files-from", listing, "--root", root, "-o", tmp_path / "out")
    assert code == 1 and "not under --root" in err


def test_summary_json_and_exit_statuses(backend, tmp_path, capsys):
    root = tmp_path / "in"
    tone(root / "good.wav", 1.0)
    (root / "empty.mp3").write_bytes(b"")
    summary = tmp_path / "summary.json"
    code, _ = run(capsys, root, "-o", tmp_path / "out", "--summary-json", summary)
    assert code == 1
    data = json.loads(summary.read_text())
    by_name = {Path(f["source"]).name: f for f in data["files"]}
    assert by_name["good.wav"]["status"] == "done" and by_name["good.wav"]["audio_seconds"] == 1.0
    assert by_name["good.wav"]["outputs"][0].endswith("good.txt")
    assert by_name["empty.mp3"] == {**by_name["empty.mp3"], "status": "failed",
                                    "reason": f"{root / 'empty.mp3'}: empty file"}
    assert data["totals"] == {**data["totals"], "files": 2, "done": 1, "skipped": 0, "failed": 1,
                              "audio_seconds": 1.0}
    assert data["exit_status"] == 1

    (root / "empty.mp3").unlink()
    code, _ = run(capsys, root, "-o", tmp_path / "out", "--summary-json", summary)
    data = json.loads(summary.read_text())
    assert code == 0 and [f["status"] for f in data["files"]] == ["skipped"]

    code, _ = run(capsys, root, "-o", tmp_path / "out", "--summary-json", summary,
                  "--language", "xx")
    data = json.loads(summary.read_text())
    assert code == 2 and data["exit_status"] == 2 and "unknown language" in data["error"]


def test_no_inputs_is_a_usage_error(capsys):
    code, err = run(capsys, "-o", "out")
    assert code == 2 and "no inputs" in err


def test_per_file_unit_is_usable_alone(backend, tmp_path):
    """What another executor does: plan the files, then call one worker per file."""
    from cleanup import build_pipeline

    tone(tmp_path / "in" / "a.wav")
    options = batch.BatchOptions(inputs=(str(tmp_path / "in"),), output=tmp_path / "out",
                                 formats=("txt", "json"))
    pipeline = build_pipeline("clean")
    jobs, errors = batch.find_jobs(options.inputs, options.output)
    settings = batch.run_settings(options, pipeline)
    todo, settled = batch.plan(jobs, options, settings)
    assert len(todo) == 1 and settled == [] and errors == []
    worker = batch.FileWorker(options, pipeline, settings)
    result = worker(todo[0])
    assert result.status == "done" and result.audio_seconds == 1.0
    assert batch.is_done(todo[0], options.formats, settings)
    assert batch.plan(jobs, options, settings)[1][0].status == "skipped"


def test_a_rerun_does_not_read_unchanged_recordings(backend, tmp_path, capsys, monkeypatch):
    tone(tmp_path / "in" / "a.wav")
    assert run(capsys, tmp_path / "in", "-o", tmp_path / "out")[0] == 0
    monkeypatch.setattr(records, "source_identity", lambda path: pytest.fail(f"read {path}"))
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out")
    assert code == 0 and "1 skipped" in err


@pytest.mark.parametrize("rendered", [
    '{\n  "text": "a",\n  "settings": {"x": 1}\n}\n',
    '{"text": "a", "settings": {"x": 1}}',
    '{\n  "text": "a"\n}\n',  # no settings written: parsed and written again
], ids=["writer-layout", "compact", "no-settings"])
def test_the_record_is_added_to_the_json_output(rendered):
    record = {"settings": {"x": 1}, "source": {"path": "/a.wav", "size": 3},
              "outputs": ["a.txt", "a.json"]}
    data = json.loads(with_record(rendered, record))
    assert data == {"text": "a", **record}


def test_interrupted_run_writes_its_summary_and_temps_of_a_killed_run_go(
        backend, tmp_path, capsys, monkeypatch):
    tone(tmp_path / "in" / "a.wav")
    tone(tmp_path / "in" / "b.wav", 2.0)
    out = tmp_path / "out"
    out.mkdir()
    (out / ".a.txt.0badcafe.part").write_text("left by a killed run")
    summary = tmp_path / "summary.json"
    real_call = batch.FileWorker.__call__

    def call(self, job):
        if job.source.name == "b.wav":
            raise KeyboardInterrupt
        return real_call(self, job)

    monkeypatch.setattr(batch.FileWorker, "__call__", call)
    code, err = run(capsys, tmp_path / "in", "-o", out, "--summary-json", summary)
    assert code == 130 and "interrupted" in err
    data = json.loads(summary.read_text())
    assert data["exit_status"] == 130 and data["error"] == "interrupted"
    assert [(Path(f["source"]).name, f["status"]) for f in data["files"]] == [("a.wav", "done")]
    assert not list(out.glob("*.part")) and not list(out.glob(".*.part"))


def test_shard_and_shards_must_agree(capsys, tmp_path):
    code, err = run(capsys, tmp_path, "-o", tmp_path / "o", "--shard", "1/4", "--shards", "3")
    assert code == 2 and "disagree" in err


# ---- no traceback, whatever the folder holds -------------------------------------------
NAMES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"),
                min_size=1, max_size=12).filter(lambda n: n not in (".", ".."))
CONTENT = st.one_of(st.binary(max_size=64),
                    st.sampled_from([b"", b"RIFF\x24\x00\x00\x00WAVEfmt ", b"ID3\x03\x00",
                                     b"\x1a\x45\xdf\xa3", b"fLaC\x00\x00"]))


@settings(derandomize=True, max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(entries=st.lists(st.tuples(NAMES, st.sampled_from(["wav", "mp3", "mp4", "txt", "", "srt"]),
                                  CONTENT), max_size=5))
def test_any_folder_gives_one_line_per_bad_file_and_no_traceback(backend, tmp_path_factory,
                                                                  capsys, entries):
    root = tmp_path_factory.mktemp("fuzz")
    (root / "in").mkdir()
    tone(root / "in" / "good.wav")
    for name, ext, content in entries:
        path = root / "in" / (f"{name}.{ext}" if ext else name)
        try:
            path.write_bytes(content)
        except OSError:  # a name the file system refuses (too long, reserved)
            continue
    code, err = run(capsys, root / "in", "-o", root / "out")
    assert code in (0, 1) and "Traceback" not in err
    lines = err.splitlines()
    assert lines[-1].startswith("cleanup: ") and "transcribed" in lines[-1]
    assert all(line.startswith(("cleanup: ", "[")) for line in lines), lines
    assert (root / "out" / "good.txt").read_text() == "Clip 16000\n"


def test_a_run_with_review_pages_writes_the_folder_index(backend, tmp_path, capsys):
    tone(tmp_path / "in" / "2024" / "a.wav")
    tone(tmp_path / "in" / "b.wav", 2.0)
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out", "--formats", "txt,html")
    assert code == 0, err
    index = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert 'href="2024/a.html"' in index and 'href="b.html"' in index
    # A user's own index.html is left as it was: a remark, and the run still succeeds.
    (tmp_path / "out" / "index.html").write_text("<p>mine</p>", encoding="utf-8")
    tone(tmp_path / "in" / "c.wav", 3.0)
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out", "--formats", "txt,html")
    assert code == 0 and "not replaced: cleanup did not write this index.html" in err
    assert (tmp_path / "out" / "index.html").read_text(encoding="utf-8") == "<p>mine</p>"
    # Without review pages, no index.
    code, _ = run(capsys, tmp_path / "in", "-o", tmp_path / "plain")
    assert code == 0 and not (tmp_path / "plain" / "index.html").exists()
