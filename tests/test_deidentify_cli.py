"""De-identification from the command line (issue 19): ``--deidentify [MODE]``, the
``deidentify`` config key, ``--steps``, the JSON's redactions, ``--explain``, and the
promise that nothing a de-identified run writes holds the PHI it replaced unless
``--keep-originals``.

The mock consultations below are this project's own (names, places, dates and numbers
made up for these tests); ``needles`` are the PHI words searched for in every output.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import numpy as np
import pytest

from cleanup import registry
from cleanup.cli import main
from cleanup.transcribe.base import segment_record

from .transcribe.test_batch import Stand_in, tone

# ---- the mock consultations: (name, text, gold PHI strings, PHI words) -------------------
CONSULTATIONS = [
    ("dictation",
     "this is doctor Okonkwo dictating on patient Ingrid Halvorsen date of birth march third "
     "nineteen seventy two medical record number 48213907 she was seen today at Saint "
     "Brendan's Hospital for a follow up of her thyroid",
     ["Okonkwo", "Ingrid Halvorsen", "march third nineteen seventy two", "48213907",
      "Saint Brendan's Hospital"],
     ["Okonkwo", "Ingrid", "Halvorsen", "48213907", "Brendan"]),
    ("labelled",
     "Doctor: Good morning, is it Mr. Takeshi Brannigan?\n"
     "Patient: Yes, um, that's me. I I drive a forklift down at the docks.\n"
     "Doctor: And you're still at 27 Wexford Road in Dundalk?\n"
     "Patient: Yeah, yeah, same place.",
     ["Takeshi Brannigan", "27 Wexford Road", "Dundalk"],
     ["Takeshi", "Brannigan", "Wexford", "Dundalk"]),
    ("asr",
     "[doctor] hi priyanka nice to see you again [patient] hi doctor feldstein [doctor] so "
     "your last visit was october twelfth twenty twenty two and the nurse can call you on "
     "five five five two one nine eight eight four zero if the results come back",
     ["priyanka", "feldstein", "october twelfth twenty twenty two",
      "five five five two one nine eight eight four zero"],
     ["priyanka", "feldstein"]),
    ("written",
     "Patient is ninety three years old and lives with her daughter, Zoë Wendelin, in "
     "Aberystwyth. Contact: zoe.wendelin@example.org or 0161 496 0732. She takes "
     "levothyroxine daily.",
     ["ninety three", "Zoë Wendelin", "Aberystwyth", "zoe.wendelin@example.org",
      "0161 496 0732"],
     ["Zoë", "Wendelin", "Aberystwyth", "0161"]),
]
IDS = [c[0] for c in CONSULTATIONS]


def forms(needle: str) -> list[bytes]:
    """The ways a string can stand in a file: as UTF-8, JSON-escaped (both ways)."""
    out = {needle, json.dumps(needle)[1:-1], json.dumps(needle, ensure_ascii=False)[1:-1]}
    return [f.encode("utf-8") for f in out]


# Salted digests and salts (random hex, one-way): a digit needle such as "0161" turns up
# in them by chance in about one run in a hundred, and they hold no PHI.
_HEX_RUNS = re.compile(rb"[0-9a-f]{32,}")


def leaks(paths: list[Path], needles: list[str], extra: str = "") -> list[str]:
    """Every needle found in a file (byte-wise, and case-insensitively) or in ``extra``,
    salted digests left out."""
    found = []
    blobs = [(str(p), _HEX_RUNS.sub(b"", p.read_bytes())) for p in paths] + [
        ("stderr", extra.encode("utf-8"))]
    for name, blob in blobs:
        for needle in needles:
            for form in forms(needle):
                if form in blob or form.lower() in blob.lower():
                    found.append(f"{name}: {needle!r}")
    return found


def srt_of(text: str, seconds: float = 2.0) -> str:
    """The text as SRT, one line a cue."""
    def clock(t: float) -> str:
        return f"00:00:{int(t):02d},{round(t % 1 * 1000):03d}"

    return "\n".join(f"{i + 1}\n{clock(i * seconds)} --> {clock((i + 1) * seconds)}\n{line}\n"
                     for i, line in enumerate(text.splitlines()))


def fix(capsys, *argv) -> tuple[int, str, str]:
    code = main(["fix", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def visit(tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text("so um hi kyle, this is dr. sanchez. your dob is 4/14/1960.\n",
                    encoding="utf-8")
    return path


# ---- 1. --deidentify, the config key, --steps ---------------------------------------------
@pytest.mark.parametrize("args, expected", [
    (["--deidentify"], "So hi [NAME], this is Dr. [NAME]. Your dob is [DATE]."),
    (["--deidentify=tag"], "So hi [NAME], this is Dr. [NAME]. Your dob is [DATE]."),
    (["--deidentify", "mask"], "So hi ***, this is Dr. ***. Your dob is ***."),
    (["--steps", "deidentify"], "so um hi [NAME], this is dr. [NAME]. your dob is [DATE]."),
    (["--steps", "remove_fillers,deidentify"],
     "so hi [NAME], this is dr. [NAME]. your dob is [DATE]."),
    (["--steps", "remove_fillers", "--deidentify", "mask"],
     "so hi ***, this is dr. ***. your dob is ***."),
    (["--steps", "verbatim,deidentify"],
     "So um hi [NAME], this is Dr. [NAME]. Your dob is [DATE]."),
    ([], "So hi kyle, this is Dr. Sanchez. Your dob is 4/14/1960."),
], ids=["bare", "equals", "mask", "steps-alone", "steps-two", "steps-and-flag", "steps-style",
        "off"])
def test_fix_deidentifies_after_the_cleaning_or_runs_the_chosen_steps(capsys, visit, args,
                                                                       expected):
    code, out, err = fix(capsys, visit, *args)
    assert (code, out, err) == (0, expected + "\n", "")


def test_surrogate_mode_writes_fake_values(capsys, visit):
    code, out, _ = fix(capsys, visit, "--deidentify", "surrogate")
    assert code == 0 and "kyle" not in out.lower() and "sanchez" not in out.lower()
    assert "4/14/1960" not in out and "[" not in out


@pytest.mark.parametrize("toml, cli, expected", [
    ('deidentify = "mask"\n', [], "So hi ***, this is Dr. ***. Your dob is ***."),
    ("deidentify = true\n", [], "So hi [NAME], this is Dr. [NAME]. Your dob is [DATE]."),
    ('deidentify = "mask"\n', ["--deidentify"], "So hi ***, this is Dr. ***. Your dob is ***."),
    ('deidentify = "mask"\n', ["--deidentify", "tag"],
     "So hi [NAME], this is Dr. [NAME]. Your dob is [DATE]."),
    ('deidentify = true\n[steps.deidentify]\ncategories = ["DATE"]\n', [],
     "So hi kyle, this is Dr. Sanchez. Your dob is [DATE]."),
    ('deidentify = true\n[steps.deidentify]\nmode = "mask"\n', ["--deidentify", "tag"],
     "So hi [NAME], this is Dr. [NAME]. Your dob is [DATE]."),
    ('deidentify = true\n[steps.deidentify]\nmode = "mask"\n', ["--deidentify"],
     "So hi ***, this is Dr. ***. Your dob is ***."),
    ('pipeline = ["clean", "deidentify"]\n[steps.deidentify]\nmode = "mask"\n', [],
     "So hi ***, this is Dr. ***. Your dob is ***."),
    ("deidentify = false\n", [], "So hi kyle, this is Dr. Sanchez. Your dob is 4/14/1960."),
], ids=["key", "true", "bare-flag-keeps-mode", "flag-wins", "options", "flag-over-options",
        "options-mode", "pipeline", "false"])
def test_the_config_key_and_step_options(capsys, visit, monkeypatch, toml, cli, expected):
    (visit.parent / "cleanup.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(visit.parent)
    code, out, err = fix(capsys, visit.name, *cli)
    assert (code, out, err) == (0, expected + "\n", "")


@pytest.mark.parametrize("argv, toml, message", [
    (["--steps", "deidentfy"], None, "unknown step 'deidentfy' (did you mean 'deidentify'?)"),
    (["--steps", "deidentify", "--style", "clean"], None, "--steps names every step that runs"),
    (["--steps", "deidentify", "--disable", "remove_fillers"], None, "leave out --disable"),
    (["--steps", ","], None, "no steps given"),
    (["--deidentify", "blur"], None, "unknown mode 'blur'"),
    (["--keep-originals"], None, "--keep-originals keeps what --deidentify replaces"),
    ([], 'deidentify = "blurr"\n', "'deidentify': unknown mode 'blurr'"),
    ([], 'deidentify = "tag"\n[steps.deidentify]\nmode = "mask"\n', "disagree"),
], ids=["unknown-step", "with-style", "with-disable", "empty", "bad-mode", "keep-alone",
        "config-mode", "config-conflict"])
def test_usage_errors_are_one_line_and_exit_2(capsys, visit, monkeypatch, argv, toml, message):
    if toml:
        (visit.parent / "cleanup.toml").write_text(toml, encoding="utf-8")
    monkeypatch.chdir(visit.parent)
    try:
        code = main(["fix", visit.name, *argv])
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and message in err, err
    assert "Traceback" not in err


def test_a_file_after_the_bare_flag_is_named_as_such(capsys, visit):
    with pytest.raises(SystemExit) as exc:
        main(["fix", "--deidentify", str(visit)])
    assert exc.value.code == 2
    assert "put --deidentify after the inputs" in capsys.readouterr().err


def test_steps_runs_a_plugin_step_by_name(capsys, visit, monkeypatch):
    (visit.parent / "house_rules.py").write_text(
        "from cleanup import Normalizer, register\n\n"
        "@register('shout')\nclass Shout(Normalizer):\n"
        "    def transform(self, t):\n"
        "        return t.map_texts(str.upper)\n", encoding="utf-8")
    (visit.parent / "cleanup.toml").write_text('plugins = ["house_rules"]\n', encoding="utf-8")
    monkeypatch.chdir(visit.parent)
    with registry.using(registry.Registry()):
        code, out, _ = fix(capsys, visit.name, "--steps", "deidentify,shout")
    sys.modules.pop("house_rules", None)
    assert (code, out) == (0, "SO UM HI [NAME], THIS IS DR. [NAME]. YOUR DOB IS [DATE].\n")


# ---- 2. the JSON's redactions, --explain ---------------------------------------------------
def test_the_json_lists_every_redaction_without_its_original(capsys, tmp_path):
    src = tmp_path / "v.srt"
    src.write_text(srt_of("hi kyle, your dob is 4/14/1960.\nI live in Leeds."), encoding="utf-8")
    code, out, _ = fix(capsys, src, "--deidentify", "--format", "json")
    data = json.loads(out)
    words = [w["word"].strip() for s in data["segments"] for w in s["words"]]
    assert code == 0 and data["redactions"] == [
        {"category": "NAME", "subtype": "PATIENT", "replacement": "[NAME]", "start": 0.0,
         "end": 2.0, "word": 1},
        {"category": "DATE", "subtype": "DATE", "replacement": "[DATE]", "start": 0.0,
         "end": 2.0, "word": 5},
        {"category": "LOCATION", "subtype": "CITY", "replacement": "[LOCATION]", "start": 2.0,
         "end": 4.0, "word": 9},
    ]
    assert [words[r["word"]] for r in data["redactions"]] == ["[NAME],", "[DATE].", "[LOCATION]."]
    private = [c for c in data["changes"] if c["step"] == "deidentify"]
    assert private == [{"step": "deidentify", "private": True, "category": r["category"],
                        "after": r["replacement"], "start": r["start"], "end": r["end"]}
                       for r in data["redactions"]]
    assert "raw" not in data


def test_keep_originals_keeps_them_in_the_json_and_explain(capsys, tmp_path):
    src = tmp_path / "v.txt"
    src.write_text("hi kyle, your dob is 4/14/1960.\n", encoding="utf-8")
    code, out, err = fix(capsys, src, "--deidentify", "--keep-originals", "--format", "json",
                         "--explain")
    data = json.loads(out)
    assert code == 0 and [r["original"] for r in data["redactions"]] == ["kyle", "4/14/1960"]
    assert [c["before"] for c in data["changes"] if c["step"] == "deidentify"] == \
        ["kyle", "4/14/1960"]
    assert "deidentify: NAME 'kyle' → '[NAME]'" in err


def test_explain_lists_redactions_by_category_time_and_replacement(capsys, tmp_path):
    src = tmp_path / "v.srt"
    src.write_text(srt_of("so um dr osei is here.\nHis dob is 4/14/1960."), encoding="utf-8")
    code, out, err = fix(capsys, src, "--deidentify", "--explain")
    assert code == 0 and err.splitlines() == [
        f"{src}: remove_fillers [0:00.00–0:02.00]: 'so um dr' → 'so dr'",
        f"{src}: fix_titles [0:00.00–0:02.00]: 'dr [NAME]' → 'Dr. [NAME]'",
        f"{src}: capitalize_sentences [0:00.00–0:02.00]: 'so' → 'So'",
        f"{src}: deidentify [0:00.00–0:02.00]: NAME → '[NAME]'",
        f"{src}: deidentify [0:02.00–0:04.00]: DATE → '[DATE]'",
        f"{src}: 5 changes",
    ]


def test_a_json_deidentified_without_originals_cannot_give_them_back(capsys, tmp_path):
    src = tmp_path / "v.txt"
    src.write_text("hi kyle, your dob is 4/14/1960.\n", encoding="utf-8")
    out = tmp_path / "v.json"
    assert fix(capsys, src, "--deidentify", "-o", out)[0] == 0
    code, stdout, err = fix(capsys, out, "--deidentify", "--keep-originals", "--format", "json")
    assert code == 1 and stdout == ""
    assert err == (f"cleanup: {out}: de-identified without --keep-originals: its original "
                   "words are not in it, so none can be kept; run on the recording or "
                   "captions it came from\n")


# ---- 3. no leak: every output of fix, review and transcribe ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("dr kyle osei", "dr [NAME] [NAME]"),
    ("Kyle's K-Kyle ky- Osei, KYLE.", "[NAME] [NAME] [NAME] [NAME] [NAME]"),
    ("the day of the visit", "the day of the visit"),  # a span's function words stay
    ("4/14/1960. 14 mg", "[DATE] 14 mg"),
    ("skyline kyleigh k- o-", "skyline kyleigh [NAME] [NAME]"),
    ("", ""),
])
def test_other_steps_text_shows_redacted_words_as_tags(text, expected):
    from cleanup.redactions import Scrubber

    scrub = Scrubber([{"category": "NAME", "text": "Kyle Osei"},
                      {"category": "DATE", "text": "the 4/14/1960 of"}])
    assert scrub(text) == expected



FIX_FORMATS = ["txt", "json", "srt", "vtt"]


@pytest.mark.parametrize("name, text, gold, needles", CONSULTATIONS, ids=IDS)
def test_nothing_fix_or_review_writes_holds_the_phi(capsys, tmp_path, name, text, gold,
                                                   needles):
    src = tmp_path / f"{name}.srt"
    src.write_text(srt_of(text), encoding="utf-8")
    outs = tmp_path / "out"
    outs.mkdir()
    errors = ""
    for fmt in FIX_FORMATS:
        for extra in ([], ["--explain"]):
            target = outs / f"{name}{'.explained' if extra else ''}.{fmt}"
            code, _, err = fix(capsys, src, "--deidentify", "-o", target, *extra)
            assert code == 0, err
            errors += err
    # The JSON cleaned again, and its review page.
    code, _, err = fix(capsys, outs / f"{name}.json", "--deidentify", "-o",
                       outs / f"{name}.again.json", "--explain")
    errors += err
    assert main(["review", str(outs / f"{name}.json"), "--deidentify"]) == 0
    errors += capsys.readouterr().err
    written = sorted(p for p in outs.iterdir() if p.is_file())
    assert len(written) == 2 * len(FIX_FORMATS) + 2
    assert leaks(written, gold + needles, errors) == []
    # The same run with --keep-originals: the JSON holds every original.
    code, out, _ = fix(capsys, src, "--deidentify", "--keep-originals", "--format", "json")
    assert code == 0 and all(leaks([], [g], out) for g in gold)


class Speaker(Stand_in):
    """A backend that hears a script: one segment a line, each word 0.25 s long."""

    script = ""

    def run(self, audio, options):
        self.decoded.append(len(audio))
        segments, t = [], 0.0
        for line in self.script.splitlines():
            words = []
            for word in line.split():
                words.append((" " + word, round(t, 3), round(t + 0.25, 3), 0.9))
                t += 0.25
            segments.append(segment_record(words[0][1], words[-1][2], line, -0.1, 1.0, 0.01,
                                           0.0, words))
        return segments, "en"


@pytest.fixture
def speaker(monkeypatch):
    stand_in = Speaker()
    monkeypatch.setattr(sys.modules["cleanup.transcribe"], "load_backend", lambda *a: stand_in)
    return stand_in


def transcribe(capsys, *argv) -> tuple[int, str]:
    code = main(["transcribe", *map(str, argv)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("name, text, gold, needles", CONSULTATIONS, ids=IDS)
def test_nothing_transcribe_writes_holds_the_phi(capsys, tmp_path, speaker, name, text, gold,
                                                needles):
    speaker.script = text
    seconds = 0.25 * len(text.split()) + 1
    tone(tmp_path / "in" / f"{name}.wav", seconds)
    out = tmp_path / "out"
    errors = ""
    for formats in ("txt,srt,vtt,json", "txt,srt"):  # the JSON record, the hidden one
        code, err = transcribe(capsys, tmp_path / "in", "-o", out / formats.replace(",", "-"),
                               "--formats", formats, "--deidentify", "--summary-json",
                               out / f"summary-{formats.replace(',', '-')}.json")
        assert code == 0, err
        errors += err
    # A transcript made without --deidentify (its raw result and changes hold the PHI),
    # de-identified afterwards by cleanup fix.
    code, err = transcribe(capsys, tmp_path / "in", "-o", tmp_path / "plain", "--formats", "json")
    assert code == 0, err
    for fmt in ("json", "vtt"):
        code, _, err = fix(capsys, tmp_path / "plain" / f"{name}.json", "--deidentify",
                           "--explain", "-o", out / f"{name}.refixed.{fmt}")
        assert code == 0, err
        errors += err
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert any(p.name.startswith(".") for p in written)  # the hidden record is searched too
    assert leaks(written, gold + needles, errors) == []
    # A private copy: the JSON keeps Whisper's raw result, and the originals.
    code, _ = transcribe(capsys, tmp_path / "in", "-o", tmp_path / "private", "--formats",
                         "json", "--deidentify", "--keep-originals")
    data = json.loads((tmp_path / "private" / f"{name}.json").read_text(encoding="utf-8"))
    assert code == 0 and "raw" in data and all("original" in r for r in data["redactions"])


@pytest.mark.parametrize("name, text, gold, needles", CONSULTATIONS, ids=IDS)
def test_no_review_page_holds_the_phi(capsys, tmp_path, speaker, name, text, gold, needles):
    speaker.script = text
    tone(tmp_path / "in" / f"{name}.wav", 0.25 * len(text.split()) + 1)
    code, err = transcribe(capsys, tmp_path / "in", "-o", tmp_path / "out", "--formats",
                           "json,html", "--deidentify")
    src = tmp_path / f"{name}.srt"
    src.write_text(srt_of(text), encoding="utf-8")
    assert code == 0 and main(["review", str(src), "--deidentify"]) == 0
    err += capsys.readouterr().err
    pages = [tmp_path / "out" / f"{name}.html", tmp_path / f"{name}.html"]
    assert leaks(pages, gold + needles, err) == []


def test_a_deidentified_set_is_cleaned_again_by_decoding(capsys, tmp_path, speaker):
    """No raw result is kept, so other cleaning settings decode the recording again."""
    speaker.script = "hi kyle your results are fine"
    tone(tmp_path / "in" / "a.wav", 3.0)
    out = tmp_path / "out"
    assert transcribe(capsys, tmp_path / "in", "-o", out, "--deidentify")[0] == 0
    code, err = transcribe(capsys, tmp_path / "in", "-o", out, "--deidentify", "--layout",
                           "keep")
    assert code == 0 and "1 transcribed" in err and len(speaker.decoded) == 2
    code, err = transcribe(capsys, tmp_path / "in", "-o", out, "--deidentify", "--layout",
                           "keep")
    assert code == 0 and "1 skipped" in err and len(speaker.decoded) == 2


# ---- 4. --redact-media ----------------------------------------------------------------------
def test_redact_media_needs_deidentify(capsys, tmp_path):
    tone(tmp_path / "a.wav")
    code, err = transcribe(capsys, tmp_path / "a.wav", "-o", tmp_path / "out", "--redact-media")
    assert code == 2 and err == ("cleanup: --redact-media silences what --deidentify "
                                 "redacts: add --deidentify\n")
    assert not (tmp_path / "out").exists()


def test_redact_media_modes_are_those_of_cleanup_media():
    from cleanup.cli.transcribe import MEDIA_MODES
    from cleanup.media import MODES

    assert MEDIA_MODES == MODES


def _redacted_run(capsys, tmp_path, speaker, source: Path, *mode: str):
    """Transcribe ``source`` (the stand-in hears "kyle" at 0.25-0.5 s) with the media
    redacted; the redacted copy's path."""
    speaker.script = "hi kyle your results are fine"
    code, err = transcribe(capsys, source, "-o", tmp_path / "out", "--deidentify",
                           "--redact-media", *mode, "--summary-json", tmp_path / "s.json")
    assert code == 0, err
    target = tmp_path / "out" / f"{source.stem}.redacted{source.suffix}"
    summary = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert str(target) in summary["files"][0]["outputs"]
    return target


WINDOW = (0.25 - 0.05, 0.5 + 0.05)  # the word's span, padded as cleanup.media pads it


@pytest.mark.parametrize("mode, level", [((), 0.0), (("tone",), 0.1 / 2 ** 0.5),
                                         (("silence",), 0.0)], ids=["default", "tone", "silence"])
def test_redact_media_silences_each_redacted_word_and_keeps_the_rest(capsys, tmp_path, speaker,
                                                                     mode, level):
    from .test_media import FADE, decoded, regions, rms

    source = tone(tmp_path / "in" / "visit.wav", 2.0)
    target = _redacted_run(capsys, tmp_path, speaker, source, *mode)
    before, rate, _ = decoded(source)
    after, _, _ = decoded(target)
    inside, away = regions([WINDOW], rate, before.shape[1], margin=FADE)
    assert after.shape == before.shape and rms(before[:, inside]) > 0.2
    assert abs(rms(after[:, inside]) - level) < 0.01
    assert np.array_equal(after[:, away], before[:, away])  # sample for sample


def test_redact_media_copies_the_video_packet_for_packet(capsys, tmp_path, speaker):
    from .test_media import DATA, SILENT, decoded, regions, rms, video_packets

    source = tmp_path / "in" / "visit.mp4"
    source.parent.mkdir()
    source.write_bytes((DATA / "speech_video.mp4").read_bytes())
    target = _redacted_run(capsys, tmp_path, speaker, source)
    assert video_packets(target) == video_packets(source) != [[]]
    before, rate, _ = decoded(source)
    after, _, _ = decoded(target)
    inside, _ = regions([WINDOW], rate, before.shape[1], margin=0.05)
    assert rms(before[:, inside]) > 0.01 and rms(after[:, inside]) < SILENT


def test_a_speaker_label_silences_nothing(capsys, tmp_path, speaker):
    """A redacted label (a name in "Dr. Patel:") is not spoken: only words are silenced."""
    from cleanup.transcribe.jobs import Job
    from cleanup.transcribe.worker import redact_recording

    source = tone(tmp_path / "visit.wav", 1.0)
    job = Job(source, tmp_path / "visit")
    target = redact_recording(job, ({"category": "NAME", "start": 0.0, "end": 1.0,
                                     "segment": 0},), "silence")
    from .test_media import decoded

    assert target == tmp_path / "visit.redacted.wav"
    assert np.array_equal(decoded(target)[0], decoded(source)[0])


def test_the_redacted_copy_is_an_output_never_an_input(capsys, tmp_path, speaker):
    """-o inside the input folder: the copy is not transcribed next time; a rerun whose
    copy was deleted writes it again."""
    speaker.script = "hi kyle your results are fine"
    tone(tmp_path / "visits" / "a.wav", 2.0)
    argv = (tmp_path / "visits", "-o", tmp_path / "visits" / "out", "--deidentify",
            "--redact-media")
    assert transcribe(capsys, *argv)[0] == 0
    copy = tmp_path / "visits" / "out" / "a.redacted.wav"
    code, err = transcribe(capsys, *argv)
    assert code == 0 and "1 skipped" in err and "transcribed" in err and copy.is_file()
    assert len(speaker.decoded) == 1
    copy.unlink()
    code, err = transcribe(capsys, *argv)
    assert code == 0 and copy.is_file() and len(speaker.decoded) == 2, err
