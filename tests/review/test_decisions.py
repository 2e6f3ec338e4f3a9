"""Decisions files: validation, and runs that leave the rejected changes out."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanup import formats
from cleanup.decisions import Decision, Decisions, DecidedPipeline, load, parse, trace
from cleanup.errors import InputError
from cleanup.presets import build_pipeline
from cleanup.transcript import Segment, Token, Transcript

from .conftest import run_cli

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CLEAN = build_pipeline("clean")


def _rejected(start: str = "1.0", end: str = "2.0") -> str:
    """A decisions file with one rejected change whose times are written as given."""
    return ('{"cleanup_decisions": 1, "rejected": [{"step": "remove_fillers", "before": "a um",'
            f' "after": "a", "start": {start}, "end": {end}}}]}}')


@pytest.mark.parametrize("content, reason", [
    ("{", "invalid JSON: Expecting property name enclosed in double quotes at line 1"),
    ("[]", "not a decisions file (no 'cleanup_decisions' key)"),
    ('{"rejected": []}', "not a decisions file (no 'cleanup_decisions' key)"),
    ('{"cleanup_decisions": 3}', "unsupported decisions version 3"),
    ('{"cleanup_decisions": 1, "rejected": {}}', "'rejected' is not a list"),
    ('{"cleanup_decisions": 1, "rejected": [3]}', "rejected[0] is not an object"),
    ('{"cleanup_decisions": 1, "rejected": [{"step": "x", "before": "a"}]}',
     "rejected[0]: 'after' is missing or not text"),
    ('{"cleanup_decisions": 1, "rejected": [{"step": "x", "before": "a", "after": "",'
     ' "start": "soon"}]}', "rejected[0]: expected a number of seconds, got 'soon'"),
    ('{"cleanup_decisions": 1, "name": 5, "rejected": []}', "'name' is not text"),
    ('{"cleanup_decisions": true}', "unsupported decisions version True"),
    ('{"cleanup_decisions": 1, "rejected": ' + "[" * 100_000 + "]" * 100_000 + "}",
     "invalid JSON: nested too deeply"),
    ('{"cleanup_decisions": 1' + "0" * 5000 + "}",
     "invalid JSON: a number 5001 characters long (at most 30)"),
    (_rejected(start="1" + "0" * 400), "invalid JSON: a number 401 characters long"),
    (_rejected(start="1" + "0" * 400 + ".5"), "invalid JSON: a number 403 characters long"),
    (_rejected(start="1e999"), "rejected[0]: expected a number of seconds, got inf"),
    (_rejected(end="NaN"), "invalid JSON: NaN is not a number JSON allows"),
    (_rejected(end="-Infinity"), "invalid JSON: -Infinity is not a number JSON allows"),
    (_rejected(start="-2.5"), "rejected[0]: expected a number of seconds, got -2.5"),
], ids=["not-json", "a-list", "no-key", "version", "rejected-object", "item-number",
        "missing-after", "bad-time", "bad-name", "version-true", "deep", "5000-digits",
        "400-digit-int", "400-digit-float", "infinite", "nan", "minus-infinity", "negative"])
def test_bad_files_get_one_line_errors(content, reason):
    with pytest.raises(InputError) as err:
        parse(content, "d.json")
    assert str(err.value).startswith(f"d.json: {reason}")
    assert "\n" not in str(err.value)


def test_big_numbers_that_fit_are_read():
    decision = parse(_rejected(start="12345678901234567890", end="1e20")).rejected[0]
    assert (decision.start, decision.end) == (1.2345678901234567e19, 1e20)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.json: no such file"):
        load(tmp_path / "nope.json")


def test_a_file_round_trips():
    decisions = Decisions((Decision("remove_fillers", "a uh b", "a b", 1.0, 1.5),), "visit")
    assert parse(decisions.dumps()) == decisions


@pytest.mark.parametrize("text, rejected, expected", [
    ("so um I think", [("remove_fillers", "so um I", "so I")], "So um I think"),
    ("so um I think", [("capitalize_sentences", "so", "So")], "so I think"),
    ("and i think so", [("capitalize_pronoun_i", "i", "I")], "And i think so"),
    ("we we went home", [("collapse_repeats", "we we", "we")], "We we went home"),
    ("so um I think", [("remove_fillers", "other", "text")], "So I think"),
    ("so um I think", [("collapse_repeats", "so um I", "so I")], "So I think"),
], ids=["filler-kept", "recase-kept", "pronoun-kept", "repeat-kept", "other-text",
        "other-step"])
def test_rejected_changes_are_not_made(text, rejected, expected):
    decisions = Decisions(tuple(Decision(*r) for r in rejected))
    assert trace(CLEAN, Transcript.from_text(text), decisions).transcript.text == expected


def _timed(words: str, start: float = 0.0) -> Transcript:
    tokens = [Token(w, " ", start + k, start + k + 0.5) for k, w in enumerate(words.split())]
    return Transcript.from_segments([(Segment(start, start + len(tokens)), tokens)])


def test_matched_by_time_not_position():
    # The same change twice ("x um c" at 2 s and at 6 s): the decision keeps the second.
    second_um = Decisions((Decision("remove_fillers", "x um c", "x c", 6.0, 6.5),))
    t = _timed("a x um c b x um c d")
    assert trace(CLEAN, t, second_um).transcript.text == "A x c b x um c d"
    # A word added in front moves every position, not the times: the decision still holds.
    words = [Token("well", "", 0.0, 0.2), t.tokens[0]._replace(sep=" "), *t.tokens[1:]]
    shifted = Transcript.from_segments([(Segment(0, 9), words)])
    assert trace(CLEAN, shifted, second_um).transcript.text == "Well a x c b x um c d"


def test_a_changed_neighbour_does_not_stop_a_match():
    # Saved when the word before the filler read "X"; a later run reads "x".
    d = Decisions((Decision("remove_fillers", "X um c", "X c", 6.0, 6.5),))
    assert trace(CLEAN, _timed("a x um c b x um c d"), d).transcript.text == "A x c b x um c d"


def test_out_of_tolerance_times_do_not_match():
    far = Decisions((Decision("remove_fillers", "x um c", "x c", 2.0, 2.5),))
    assert trace(CLEAN, _timed("a b c d e x um c"), far).transcript.text == "A b c d e x c"


def test_a_restored_removal_keeps_the_paragraph_break():
    text = "It is fine.\n\nUm so we start."
    keep_um = Decisions((Decision("remove_fillers", "fine.\n\nUm so", "fine.\n\nso"),))
    assert trace(CLEAN, Transcript.from_text(text), keep_um).transcript.text == \
        "It is fine.\n\nUm so we start."


def test_decisions_for_another_file_are_ignored():
    other = Decisions((Decision("remove_fillers", "so um I", "so I"),), name="other")
    t = Transcript.from_text("so um I think", source="visits/this.mp4")
    assert trace(CLEAN, t, other).transcript.text == "So I think"
    t = Transcript.from_text("so um I think", source="visits/other.mp4")
    assert trace(CLEAN, t, other).transcript.text == "So um I think"


SAMPLE_FILES = sorted(p for p in SAMPLES.glob("*.raw.*"))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.name for p in SAMPLE_FILES])
def test_without_decisions_a_trace_is_explain(path):
    transcript = formats.read(path)
    run = trace(CLEAN, transcript)
    assert run.explanation() == CLEAN.explain(transcript)


SEED = Transcript.from_text((SAMPLES / "clinic_botox_seed.raw.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("step", CLEAN.names)
def test_rejecting_all_of_a_step_is_running_without_it(step):
    proposed = [c.change for c in trace(CLEAN, SEED).changes if c.change.step == step]
    rejected = Decisions(tuple(map(Decision.of, proposed)))
    run = trace(CLEAN, SEED, rejected)
    assert run.transcript.text == CLEAN.without(step)(SEED).text
    assert sum(c.rejected for c in run.changes) == len(proposed)
    assert DecidedPipeline(CLEAN, rejected)(SEED.text) == run.transcript.text


def test_cli_fix_with_decisions(tmp_path):
    src = tmp_path / "talk.srt"
    src.write_text("1\n00:00:01,000 --> 00:00:03,000\nwell um i think so\n", encoding="utf-8")
    decisions = tmp_path / "talk.decisions.json"
    decisions.write_text(json.dumps({"cleanup_decisions": 1, "name": "talk", "rejected": [
        {"step": "remove_fillers", "before": "well um i", "after": "well i",
         "start": 1.0, "end": 3.0}]}), encoding="utf-8")
    plain = run_cli("fix", src)
    kept = run_cli("fix", src, "--decisions", decisions)
    assert plain.returncode == kept.returncode == 0, kept.stderr
    assert "Well I think so" in plain.stdout
    assert "Well um I think so" in kept.stdout


def test_cli_bad_decisions_is_one_line_and_writes_nothing(tmp_path):
    src = tmp_path / "talk.txt"
    src.write_text("um hello\n", encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    out = tmp_path / "out.txt"
    done = run_cli("fix", src, "--decisions", bad, "-o", out)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"cleanup: {bad}: not a decisions file (no 'cleanup_decisions' key); "
        "save one from the review page"]
    assert not out.exists()
