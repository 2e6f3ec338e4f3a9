"""``cleanup review`` on hostile input: one line ``cleanup: FILE: reason``, exit status 1, no
traceback and no page, for a JSON of the wrong shape, a place the page cannot go, and
decisions files that would overflow the JSON reader."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup import formats
from cleanup.errors import InputError
from cleanup.presets import build_pipeline
from cleanup.review import review_file, write_page
from cleanup.review.source import check_raw

from .conftest import DATA, run_cli
from .pagewords import page_data

DEMO = json.loads((DATA / "clinic_demo.json").read_text(encoding="utf-8"))


def _with(path: str, value):
    """The demo JSON with the value at ``a.b.0.c`` replaced."""
    data = json.loads(json.dumps(DEMO))
    *parents, last = [int(k) if k.isdigit() else k for k in path.split(".")]
    node = data
    for key in parents:
        node = node[key]
    node[last] = value
    return data


SHAPES = [
    ("raw.dropped", 5, "raw.dropped: expected a list, got a number (5)"),
    ("raw.dropped", {"a": 1}, "raw.dropped: expected a list, got an object"),
    ("raw.dropped", [[1, 2]], "raw.dropped[0]: expected an object, got a list"),
    ("raw.dropped", [{"start": "1", "end": 2, "text": "x"}],
     "raw.dropped[0].start: expected a number of seconds, got text"),
    ("raw.dropped", [{"start": 1, "end": 2, "text": 7}],
     "raw.dropped[0].text: expected text, got a number (7)"),
    ("raw.segments.0.words", 1.5, "raw.segments[0].words: expected a list, got a number (1.5)"),
    ("raw.segments.0.words", "um", "raw.segments[0].words: expected a list, got text"),
    ("raw.segments.0.words.0", 3, "raw.segments[0].words[0]: expected an object, got a number (3)"),
    ("raw.segments", True, "raw.segments: expected a list, got true/false"),
    ("raw.segments.1", "seg", "raw.segments[1]: expected an object, got text"),
    ("raw.segments.1.start", "soon", "raw: not a Whisper JSON transcript: segment 1: invalid time"),
]


@pytest.mark.parametrize("where, value, reason", SHAPES,
                         ids=[f"{w}={v!r}"[:40] for w, v, _ in SHAPES])
def test_a_raw_result_of_the_wrong_shape_is_one_line(tmp_path, where, value, reason):
    path = tmp_path / "visit.json"
    path.write_text(json.dumps(_with(where, value)), encoding="utf-8")
    out = tmp_path / "visit.html"
    done = run_cli("review", path, "-o", out)
    assert done.returncode == 1, done.stderr
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"cleanup: {path}: {reason}")
    assert not out.exists() and list(tmp_path.iterdir()) == [path]  # nor a part of a page


@pytest.mark.parametrize("probability", [-1e308, 1e308, -3, 7, 0.999999])
def test_any_finite_probability_makes_a_page(probability):
    data = _with("raw.segments.0.words.0.probability", probability)
    transcript = formats.parse(json.dumps(data), "json", name="v.json")
    page, _ = review_file(transcript, build_pipeline("clean"), name="v", path="v.json")
    assert page_data(page)["words"]["p"][0] in (0, 100)


def test_a_400_digit_drop_time_is_refused():
    with pytest.raises(InputError, match=r"raw.dropped\[0\].end: expected a number of seconds"):
        check_raw({"dropped": [{"start": 1, "end": 10 ** 400, "text": "x"}]}, "v.json")


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=4),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.sampled_from(["start", "end", "text", "word", "words",
                                                       "reason", "segments", "dropped"]),
                                      inner, max_size=4), max_leaves=12)


@settings(derandomize=True, max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(raw=JSON)
def test_any_raw_result_makes_a_page_or_one_line(raw):
    data = json.loads(json.dumps(DEMO))
    data["raw"] = raw
    transcript = formats.parse(json.dumps(data), "json", name="v.json")
    try:
        page, _ = review_file(transcript, build_pipeline("clean"), name="v", path="v.json")
    except InputError as exc:
        assert str(exc).startswith("v.json: ") and "\n" not in str(exc)
    else:
        assert page.startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("target, reason", [
    ("afile/page.html", "cannot write the page: a file is in the way of its folder"),
    ("/proc/page.html", "cannot write the page: no such file or directory"),
    ("/sys/page.html", "cannot write the page: permission denied"),
], ids=["under-a-file", "proc", "sys"])
def test_an_unwritable_page_is_one_line(tmp_path, target, reason):
    (tmp_path / "afile").write_text("", encoding="utf-8")
    done = run_cli("review", DATA / "clinic_demo.json", "-o", target, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"cleanup: {target}: {reason}"]


def test_write_page_names_the_file(tmp_path):
    (tmp_path / "afile").write_text("", encoding="utf-8")
    with pytest.raises(InputError, match=r"afile/x.html: cannot write the page"):
        write_page(tmp_path / "afile" / "x.html", "<!DOCTYPE html>")
    write_page(tmp_path / "new" / "x.html", "page")  # folders are made as needed
    assert (tmp_path / "new" / "x.html").read_text(encoding="utf-8") == "page"


@pytest.mark.parametrize("content, reason", [
    ('{"cleanup_decisions": 1, "rejected": ' + "[" * 50_000 + "]" * 50_000 + "}",
     "invalid JSON: nested too deeply"),
    ('{"cleanup_decisions": 1, "rejected": [{"step": "a", "before": "b", "after": "c", '
     '"start": 1' + "0" * 400 + "}]}", "invalid JSON: a number 401 characters long (at most 30)"),
    ('{"cleanup_decisions": 1' + "0" * 5000 + "}",
     "invalid JSON: a number 5001 characters long (at most 30)"),
], ids=["deep", "400-digit-time", "5000-digit-integer"])
def test_hostile_decisions_are_one_line(tmp_path, content, reason):
    decisions = tmp_path / "d.json"
    decisions.write_text(content, encoding="utf-8")
    out = tmp_path / "page.html"
    done = run_cli("review", DATA / "clinic_demo.json", "--decisions", decisions, "-o", out)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"cleanup: {decisions}: {reason}"]
    assert not out.exists()


def test_the_page_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    out = tmp_path / "page.html"
    out.write_text("the old page", encoding="utf-8")

    def fail(fh):
        fh.write("<!DOCTYPE html> half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("cleanup.review.write_atomic",
                        lambda path, content: formats.write_atomic(path, fail))
    with pytest.raises(InputError, match="cannot write the page: no space left on device"):
        write_page(out, "<!DOCTYPE html> whole")
    assert out.read_text(encoding="utf-8") == "the old page"
    assert [p.name for p in tmp_path.iterdir()] == ["page.html"]


def test_errors_name_the_file_as_given(tmp_path):
    path = Path("visit.json")
    (tmp_path / path).write_text(json.dumps(_with("raw.dropped", 5)), encoding="utf-8")
    done = run_cli("review", path, cwd=tmp_path)
    assert done.stderr == "cleanup: visit.json: raw.dropped: expected a list, got a number (5)\n"
