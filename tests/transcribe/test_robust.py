"""The engine under bad input, concurrency and job schedulers (issue 22), and its progress
(issue 21): output paths stay inside ``-o``, two writers never mix a set, names that are
not UTF-8 are written and reported, SIGTERM writes the summary, the bar moves within a
file and never passes 100%. A stand-in backend (no model) decodes.
"""
from __future__ import annotations

import io
import json
import os
import re
import signal
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup import build_pipeline
from cleanup.outputs import record_free, with_record
from cleanup.transcribe import batch, output_sets, records
from cleanup.transcribe.base import DecodeOptions
from cleanup.transcribe.jobs import Job, find_jobs

from .test_batch import Stand_in, backend, files, run, tone  # noqa: F401 (a fixture)


# ---- 6. every output path lies inside -o ------------------------------------------------
@pytest.mark.parametrize("how", ["files-from", "files-from-root", "argument-root"])
def test_a_name_leading_out_of_the_output_folder_is_refused(backend, tmp_path, capsys,
                                                             monkeypatch, how):
    work = tmp_path / "work"
    tone(work / "in" / "a.wav")
    tone(tmp_path / "outside" / "x.wav", 2.0)
    monkeypatch.chdir(work)
    listing = work / "list.txt"
    listing.write_text("in/a.wav\n../outside/x.wav\n")
    argv = {"files-from": ["--files-from", listing],
            "files-from-root": ["--files-from", listing, "--root", work],
            "argument-root": ["in/a.wav", "../outside/x.wav", "--root", work]}[how]
    code, err = run(capsys, *argv, "-o", work / "out", "--formats", "txt")
    assert code == 1
    root = work if "root" in how else Path(".")
    assert [line for line in err.splitlines() if "x.wav" in line] == [
        f"cleanup: {root / '..' / 'outside' / 'x.wav'}: not under --root {root}"]
    assert (work / "out" / "in" / "a.txt").read_text() == "Clip 16000\n"
    assert not (tmp_path / "outside" / "x.txt").exists() and backend.decoded == [16000]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outside", "work"]


@pytest.mark.parametrize("name, rel", [
    ("in/./a.wav", "in/a.wav"),
    ("in/sub/../a.wav", "in/a.wav"),
    ("./in/sub/b.wav", "in/sub/b.wav"),
])
def test_dots_in_a_name_under_the_root_are_taken_out(tmp_path, name, rel):
    tone(tmp_path / "in" / "a.wav")
    tone(tmp_path / "in" / "sub" / "b.wav")
    jobs, errors = find_jobs([], tmp_path / "out", root=tmp_path, listed=[name])
    assert errors == [] and [j.rel for j in jobs] == [rel]
    assert jobs[0].stem == tmp_path / "out" / rel.rsplit(".", 1)[0]


# ---- 8. --files-from: duplicates, absolute names, lines that are not UTF-8 ---------------
def test_a_file_listed_twice_is_done_once(backend, tmp_path, capsys, monkeypatch):
    tone(tmp_path / "in" / "a.wav")
    monkeypatch.chdir(tmp_path)
    listing = tmp_path / "list.txt"
    listing.write_text(f"in/a.wav\nin/a.wav\n./in/a.wav\n{tmp_path / 'in' / 'a.wav'}\n")
    code, err = run(capsys, "--files-from", listing, "--root", ".", "-o", tmp_path / "out")
    assert code == 0 and "1 transcribed" in err and "0 failed" in err, err
    assert backend.decoded == [16000]


def test_an_absolute_name_without_root_keeps_its_name(backend, tmp_path, capsys, monkeypatch):
    tone(tmp_path / "archive" / "2024" / "a.wav")
    tone(tmp_path / "here" / "sub" / "b.wav", 2.0)
    monkeypatch.chdir(tmp_path / "here")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tmp_path / 'archive' / '2024' / 'a.wav'}\nsub/b.wav\n")
    code, err = run(capsys, "--files-from", listing, "-o", tmp_path / "out", "--formats", "txt")
    assert code == 0, err
    assert (tmp_path / "out" / "a.txt").read_text() == "Clip 16000\n"
    assert (tmp_path / "out" / "sub" / "b.txt").read_text() == "Clip 32000\n"


def test_a_line_that_is_not_utf8_is_a_name_and_the_list_goes_on(backend, tmp_path, capsys):
    root = os.fsencode(tmp_path)
    tone(Path(os.fsdecode(root + b"/in/caf\xe9.wav")))
    tone(tmp_path / "in" / "b.wav", 2.0)
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"in/caf\xe9.wav\nin/gon\xe9.wav\nin/b.wav\n")
    code, err = run(capsys, "--files-from", listing, "--root", tmp_path, "-o", tmp_path / "out",
                    "--formats", "txt")
    assert code == 1
    assert [line for line in err.splitlines() if "gon" in line] == [
        f"cleanup: {tmp_path}/in/gon\\xe9.wav: no such file or directory"]
    assert sorted(os.listdir(root + b"/out/in")) == [b".b.cleanup.json", b".caf\xe9.cleanup.json",
                                                     b"b.txt", b"caf\xe9.txt"]


# ---- 8. names that are not UTF-8 ---------------------------------------------------------
def test_a_name_that_is_not_utf8_is_written_with_its_bytes(backend, tmp_path, capsys):
    folder = os.fsencode(tmp_path / "in")
    tone(Path(os.fsdecode(folder + b"/bad\xffname.wav")))
    Path(os.fsdecode(folder + b"/empty\xfe.mp3")).write_bytes(b"")
    out, summary = tmp_path / "out", tmp_path / "summary.json"
    code, err = run(capsys, tmp_path / "in", "-o", out, "--formats", "txt,srt,vtt,json,html",
                    "--summary-json", summary)
    assert code == 1, err
    assert f"cleanup: {tmp_path}/in/empty\\xfe.mp3: empty file" in err.splitlines()
    names = sorted(os.listdir(os.fsencode(out)))
    assert names == sorted([b"bad\xffname." + f.encode() for f in ("txt", "srt", "vtt", "json",
                                                                   "html")] + [b"index.html"])
    data = json.loads(summary.read_bytes().decode("utf-8"))  # plain UTF-8 JSON
    assert {f["source"] for f in data["files"]} == {f"{tmp_path}/in/bad\\xffname.wav",
                                                    f"{tmp_path}/in/empty\\xfe.mp3"}
    record = json.loads(Path(os.fsdecode(os.fsencode(out) + b"/bad\xffname.json")).read_text())
    assert os.fsencode(record["source"]["path"]).endswith(b"/bad\xffname.wav")
    assert 'href="bad%FFname.html"' in (out / "index.html").read_text(encoding="utf-8")
    code, err = run(capsys, tmp_path / "in", "-o", out, "--formats", "txt,srt,vtt,json,html")
    assert "1 skipped" in err and backend.decoded == [16000]


# ---- 8. --summary-json checked first; SIGTERM writes it -------------------------------------
@pytest.mark.parametrize("where, reason", [("a-file/summary.json", "Not a directory"),
                                           ("a-folder", "Is a directory")])
def test_an_unwritable_summary_fails_before_any_work(backend, tmp_path, capsys, where, reason):
    tone(tmp_path / "in" / "a.wav")
    (tmp_path / "a-folder").mkdir()
    (tmp_path / "a-file").write_text("x")
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out", "--summary-json",
                    tmp_path / where)
    assert code == 2 and backend.decoded == [] and not (tmp_path / "out").exists()
    assert err.splitlines() == [f"cleanup: {tmp_path / where}: cannot write the summary: "
                                f"{reason}"]


def test_sigterm_ends_the_run_like_ctrl_c(backend, tmp_path, capsys, monkeypatch):
    for name in ("a", "b", "c"):
        tone(tmp_path / "in" / f"{name}.wav")
    real_run = type(backend).run

    def run_then_stop(self, audio, options):
        if len(self.decoded) == 1:  # the scheduler stops the job during the second file
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the handler runs before this ends
        return real_run(self, audio, options)

    monkeypatch.setattr(type(backend), "run", run_then_stop)
    summary = tmp_path / "summary.json"
    before = signal.getsignal(signal.SIGTERM)
    code, err = run(capsys, tmp_path / "in", "-o", tmp_path / "out", "--summary-json", summary)
    assert code == 143 and err.splitlines()[-1] == "cleanup: terminated"
    data = json.loads(summary.read_text())
    assert data["exit_status"] == 143 and data["error"] == "terminated"
    assert [(Path(f["source"]).name, f["status"]) for f in data["files"]] == [("a.wav", "done")]
    assert signal.getsignal(signal.SIGTERM) == before
    out = files(tmp_path / "out")
    assert not [n for n in out if n.endswith((".part", "-pending", "-lock"))]
    assert sorted(n for n in out if not n.startswith(".")) == ["a.json", "a.srt", "a.txt", "a.vtt"]


# ---- 7. two writers on one output set ----------------------------------------------------
def output_set(job: Job, formats: tuple[str, ...], tag: str, size: int):
    """The files of one writer's set and its record, every text carrying the writer's tag."""
    body = (tag + " ") * size
    texts = {"txt": body + "\n", "srt": f"1\n00:00:00,000 --> 00:00:01,000\n{body}\n",
             "json": json.dumps({"text": body, "settings": {"writer": tag}}, indent=2) + "\n"}
    hashes = {out.name: records.content_hash(out.name, record_free(texts[f]) if f == "json"
                                             else texts[f])
              for f, out in zip(formats, job.outputs(formats))}
    record = {"settings": {"writer": tag}, "source": {"path": "x", "tag": tag},
              "outputs": hashes}
    pairs = [(out, with_record(texts[f], record) if f == "json" else texts[f])
             for f, out in zip(formats, job.outputs(formats))]
    return pairs, record


def check_one_set(job: Job, formats: tuple[str, ...]) -> None:
    """One writer's whole set, nothing of the other's, no file lost, no tool state left."""
    record = records.read_record(job.record_path(formats))
    assert record is not None, "the record is lost"
    tag = record["settings"]["writer"]
    for out in job.outputs(formats):
        text = out.read_text()
        assert tag in text and ("A" if tag == "B" else "B") not in text.split("writer")[0], \
            f"mixed set: {out.name} is not {tag}'s"
    assert records.edited_outputs(job, job.outputs(formats)) == []
    left = [p.name for p in job.stem.parent.iterdir()
            if p.name.endswith((".part", "-pending", "-lock"))]
    assert left == []


@pytest.fixture(scope="module")
def fast_folder(tmp_path_factory):
    """A folder on a RAM disk where there is one (thousands of small synced writes)."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        import tempfile

        with tempfile.TemporaryDirectory(dir=shm) as folder:
            yield Path(folder)
    else:
        yield tmp_path_factory.mktemp("sets")


ROUNDS = iter(range(10**9))


def two_writers(folder: Path, formats: tuple[str, ...], sizes: tuple[int, int],
                delay: float) -> None:
    """Writers A and B write their sets of one job at once (B ``delay`` s later): one
    whole set is left, with no error."""
    job = Job(Path("x.wav"), folder / str(next(ROUNDS)) / "a")
    sets = {tag: output_set(job, formats, tag, size) for tag, size in zip("AB", sizes)}
    start, errors = threading.Barrier(2), []

    def write(tag: str, wait: float) -> None:
        start.wait()
        time.sleep(wait)
        try:
            output_sets.write_record_set(job, formats, *sets[tag])
        except Exception as exc:  # a lost file: "cannot write"
            errors.append(exc)

    writers = [threading.Thread(target=write, args=("A", 0.0)),
               threading.Thread(target=write, args=("B", delay))]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    assert errors == []
    check_one_set(job, formats)


SETS = dict(formats=st.sampled_from([("txt", "srt", "json"), ("txt", "json"), ("txt", "srt")]),
            sizes=st.tuples(st.integers(1, 3000), st.integers(1, 3000)),
            delay=st.sampled_from([0.0, 0.0, 0.0001, 0.001]))


@pytest.mark.slow
@settings(max_examples=5000, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(**SETS)
def test_two_writers_never_mix_a_set(fast_folder, formats, sizes, delay):
    two_writers(fast_folder, formats, sizes, delay)


@settings(max_examples=200, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(**SETS)
def test_two_writers_never_mix_a_set_quick(fast_folder, formats, sizes, delay):
    """The test above in fewer rounds, for the fast suite (5,000 take about 30 s)."""
    two_writers(fast_folder, formats, sizes, delay)


def test_a_second_writer_waits_for_the_lock(tmp_path):
    job = Job(Path("x.wav"), tmp_path / "a")
    order = []
    with output_sets.set_lock(job.lock_path):
        writer = threading.Thread(target=lambda: (
            output_sets.write_record_set(job, ("txt",), *output_set(job, ("txt",), "B", 1)),
            order.append("B")))
        writer.start()
        time.sleep(0.3)
        order.append("A")
    writer.join()
    assert order == ["A", "B"] and (tmp_path / "a.txt").read_text() == "B \n"
    assert not job.lock_path.exists()


def test_a_writer_that_waits_too_long_fails_that_file(tmp_path):
    job = Job(Path("x.wav"), tmp_path / "a")
    with output_sets.set_lock(job.lock_path):
        with pytest.raises(Exception, match=r"\.a\.cleanup-lock: another cleanup run has held "
                                            r"this lock for over 0 s"):
            with output_sets.set_lock(job.lock_path, wait=0.2):
                pass


def test_a_set_never_removes_another_sets_temporary_files(tmp_path):
    """``a``'s clean-up of a killed run's temporary files leaves ``a.txt``'s alone (that set
    may be being written by another run)."""
    other = tmp_path / ".a.txt.txt.k2j4h6g8.part"  # set "a.txt", its .txt output
    other.write_text("another run's")
    stale = tmp_path / ".a.txt.0badcafe.part"
    stale.write_text("a killed run's")
    job = Job(Path("x.wav"), tmp_path / "a")
    output_sets.write_record_set(job, ("txt",), *output_set(job, ("txt",), "A", 1))
    assert other.exists() and not stale.exists()


# ---- 5. progress moves within a file, never past 100% ------------------------------------
class Telling(Stand_in):
    """Tells its progress four times per file, as a backend does per segment."""

    def run(self, audio, options):
        seconds = len(audio) / 16_000
        for k in range(1, 5):
            if options.progress:
                options.progress(seconds * k / 4, None)
        return super().run(audio, options)


class Recorder(batch.Progress):
    def __init__(self):
        self.events = []

    def advance(self, job, seconds):
        self.events.append((job.source.name, seconds))

    def result(self, result):
        self.events.append((Path(result.source).name, "done"))


def test_the_backend_tells_the_report_within_a_file(tmp_path, monkeypatch):
    import sys

    monkeypatch.setattr(sys.modules["cleanup.transcribe"], "load_backend", lambda *a: Telling())
    tone(tmp_path / "in" / "a.wav", 2.0)
    tone(tmp_path / "in" / "b.wav", 1.0)
    report = Recorder()
    options = batch.BatchOptions(inputs=(str(tmp_path / "in"),), output=tmp_path / "out",
                                 formats=("txt",))
    batch.run_batch(options, build_pipeline("clean"), report=report)
    assert report.events == [("a.wav", 0.5), ("a.wav", 1.0), ("a.wav", 1.5), ("a.wav", 2.0),
                             ("a.wav", "done"), ("b.wav", 0.25), ("b.wav", 0.5),
                             ("b.wav", 0.75), ("b.wav", 1.0), ("b.wav", "done")]


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_the_bar_moves_within_a_file_and_stops_at_100(tmp_path, monkeypatch):
    import sys

    from cleanup.cli import main
    from cleanup.cli.report import Report

    monkeypatch.setattr(sys.modules["cleanup.transcribe"], "load_backend", lambda *a: Telling())
    for name in ("a", "b", "c"):  # 1 s each: 0.0167 min, rounded up to 0.02 a file
        tone(tmp_path / "in" / f"{name}.wav", 1.0)
    seen = []
    real = getattr(Report, "advance", None)

    def advance(self, job, seconds):
        real(self, job, seconds)
        seen.append(self.bar.n / self.bar.total)

    monkeypatch.setattr(Report, "advance", advance, raising=False)
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["transcribe", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 0
    shown = terminal.getvalue()
    percents = [int(p) for p in re.findall(r"(\d+)%\|", shown)]
    assert percents and max(percents) == 100 and percents[-1] == 100, shown
    assert "<-" not in shown
    assert seen[:4] == pytest.approx([1 / 12, 2 / 12, 3 / 12, 4 / 12])  # within the first file


def test_faster_whisper_tells_each_segment_as_it_is_decoded():
    from types import SimpleNamespace

    from cleanup.transcribe.faster_whisper import FasterWhisper

    told = []

    def segments():
        for k in range(3):
            told.append(("decoding", k))
            yield SimpleNamespace(start=k, end=k + 1.0, text=" hi", avg_logprob=-0.1,
                                  compression_ratio=1.0, no_speech_prob=0.0, temperature=0.0,
                                  words=[])

    fake = FasterWhisper.__new__(FasterWhisper)
    fake.model = SimpleNamespace(transcribe=lambda audio, **kw: (segments(),
                                                                 SimpleNamespace(language="en")))
    options = DecodeOptions(progress=lambda seconds, key: told.append((seconds, key)))
    fake.run(__import__("numpy").zeros(16_000 * 3, "float32"), options)
    assert told == [("decoding", 0), (1.0, None), ("decoding", 1), (2.0, None),
                    ("decoding", 2), (3.0, None)]


def test_batched_faster_whisper_names_the_file_it_tells_of():
    from types import SimpleNamespace

    import numpy as np

    from cleanup.transcribe.faster_whisper import BatchedFasterWhisper

    def transcribe(audio, **kwargs):
        seconds = len(audio) / 16_000
        return (iter([SimpleNamespace(start=0.0, end=seconds, text=" hi", avg_logprob=-0.1,
                                      compression_ratio=1.0, no_speech_prob=0.0,
                                      temperature=0.0, words=[])]),
                SimpleNamespace(language="en"))

    fake = BatchedFasterWhisper.__new__(BatchedFasterWhisper)
    fake.batch_size, fake.pipeline = 4, SimpleNamespace(transcribe=transcribe)
    told = []
    options = DecodeOptions(progress=lambda seconds, key: told.append((key, seconds)))
    sources = [("a", np.zeros(16_000, "float32")), ("b", lambda: np.ones(32_000, "float32"))]
    assert [key for key, _ in fake.transcribe_many(sources, options)] == ["a", "b"]
    assert told == [("b", 2.0)]  # "a" is silence: never decoded


def test_openai_whisper_tells_each_window_through_its_bar():
    pytest.importorskip("whisper")
    import importlib

    from cleanup.transcribe.openai_whisper import _told_progress

    told = []
    module = importlib.import_module("whisper.transcribe")
    real = module.tqdm
    with _told_progress(DecodeOptions(progress=lambda seconds, key: told.append(seconds))):
        with module.tqdm.tqdm(total=4500, unit="frames", disable=True) as bar:
            bar.update(3000)
            bar.update(1500)
    assert told == [30.0, 45.0] and module.tqdm is real
