"""What a new user runs into on the command line (issue 21.3, 21.4): options never
abbreviated, --format and --formats, the closest name for a typo, usage errors exit 2,
counts in words, --explain in time order, and the settings a config keeps."""
from __future__ import annotations

import argparse
import json

import pytest

from cleanup.cli import build_parser, main
from cleanup.cli.transcribe import transcribe_options
from cleanup.config import parse_config
from cleanup.errors import CleanupError, ConfigError
from .support import run, write

TWO_CUES = """1
00:00:01,000 --> 00:00:02,500
so i said it

2
00:00:03,000 --> 00:00:04,000
uh yes
"""


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


# ---- options are spelled in full ---------------------------------------------------------
def test_no_parser_takes_an_abbreviation():
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert not parser.allow_abbrev
    assert [name for name, p in commands.choices.items() if p.allow_abbrev] == []


@pytest.mark.parametrize("argv", [
    ["fix", "a.txt", "--out", "b.txt"],                 # --output
    ["fix", "a.txt", "--expl"],                         # --explain
    ["transcribe", "clips", "-o", "out", "--form", "txt"],
    ["transcribe", "clips", "-o", "out", "--summary", "s.json"],   # --summary-json
], ids=["fix-out", "fix-expl", "transcribe-form", "transcribe-summary"])
def test_an_abbreviated_option_is_a_usage_error(here, capsys, argv):
    write(here, "a.txt", "hello\n")
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    assert "unrecognized arguments: --" in capsys.readouterr().err
    assert not (here / "b.txt").exists() and not (here / "out").exists()


# ---- --format and --formats ----------------------------------------------------------------
@pytest.mark.parametrize("spelling", ["--format", "--formats"])
def test_fix_takes_either_spelling_for_its_one_format(here, capsys, spelling):
    src = write(here, "two.srt", TWO_CUES)
    code, out, _ = run(capsys, "fix", src, spelling, "vtt")
    assert code == 0 and out.startswith("WEBVTT")


def test_fix_refuses_a_list_of_formats_pointedly(here, capsys):
    src = write(here, "two.srt", TWO_CUES)
    with pytest.raises(SystemExit) as stop:
        main(["fix", str(src), "--formats", "srt,vtt"])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert "'srt,vtt': fix writes one format per run (cleanup transcribe --formats takes a list)" \
        in err


@pytest.mark.parametrize("spelling", ["--format", "--formats"])
def test_transcribe_takes_either_spelling_for_its_list(spelling):
    args = build_parser().parse_args(["transcribe", "clips", "-o", "out", spelling, "srt,txt"])
    assert args.formats == ("txt", "srt")


# ---- the closest name, and exit status 2 -------------------------------------------------
@pytest.mark.parametrize("argv, message", [
    (["fix", "a.txt", "--disable", "remove_filler"],
     "cleanup: unknown step 'remove_filler' (did you mean 'remove_fillers'?); known steps: "),
    (["fix", "a.txt", "--style", "clena"],
     "unknown style 'clena' (did you mean 'clean'?); styles: verbatim, clean, readable"),
    (["fix", "a.txt", "--format", "srtt"],
     "unknown format 'srtt' (did you mean 'srt'?); formats: txt, srt, vtt, json"),
    (["fix", "a.txt", "--layout", "netflx"],
     "unknown layout preset 'netflx' (did you mean 'netflix'?)"),
    (["lint", "a.srt", "--layout", "BBC"], "unknown layout preset 'BBC' (did you mean 'bbc'?)"),
    (["transcribe", "clips", "-o", "out", "--formats", "txt,jsn"],
     "unknown format 'jsn' (did you mean 'json'?)"),
], ids=["step", "style", "format", "preset", "preset-case", "transcribe-format"])
def test_a_misspelt_name_is_a_usage_error_with_the_closest_one(here, capsys, argv, message):
    write(here, "a.txt", "uh hello\n")
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse's own usage errors
        code = stop.code
    out, err = capsys.readouterr()
    assert code == 2 and message in err.splitlines()[-1] and out == ""
    assert "Traceback" not in err


def test_a_misspelt_config_key_is_a_usage_error(here, capsys):
    write(here, "cleanup.toml", 'glosary = ["Botox"]\n')
    write(here, "a.txt", "botox\n")
    code, _, err = run(capsys, "fix", "a.txt")
    assert code == 2
    assert err.startswith("cleanup: cleanup.toml: unknown key 'glosary' (did you mean "
                          "'glossary'?); valid keys: ")


def test_options_for_a_step_not_in_the_pipeline_stop_the_run(here, capsys):
    # A clinic that set deidentify's options would think its numbers were masked.
    write(here, "cleanup.toml", '[steps.deidentify]\nmode = "tags"\n')
    write(here, "a.txt", "call me on 555 0100\n")
    code, out, err = run(capsys, "fix", "a.txt")
    assert code == 2 and out == ""
    assert "options for step 'deidentify', which is not in the pipeline (" in err


# ---- where the config is found --------------------------------------------------------------
@pytest.mark.parametrize("files, expected", [
    ({}, "Hello there\n"),
    ({"pyproject.toml": '[tool.cleanup]\nstyle = "verbatim"\n'}, "Uh hello there\n"),
    ({"cleanup.toml": 'style = "verbatim"\n'}, "Uh hello there\n"),
    ({"cleanup.toml": 'style = "verbatim"\n', "pyproject.toml": '[tool.cleanup]\nstyle = 5\n'},
     "Uh hello there\n"),                                      # cleanup.toml first
    ({"pyproject.toml": '[project]\nname = "x"\n'}, "Hello there\n"),   # no [tool.cleanup]
], ids=["none", "pyproject", "cleanup-toml", "cleanup-toml-first", "pyproject-without-table"])
def test_the_config_in_the_current_folder_is_found(here, capsys, files, expected):
    for name, text in files.items():
        write(here, name, text)
    write(here, "a.txt", "uh hello there\n")
    code, out, err = run(capsys, "fix", "a.txt")
    assert (code, out) == (0, expected), err


def test_config_option_wins_over_the_current_folder(here, capsys):
    write(here, "cleanup.toml", 'style = "verbatim"\n')
    write(here, "other.toml", 'style = "clean"\n')
    write(here, "a.txt", "uh hello\n")
    assert run(capsys, "fix", "a.txt", "--config", "other.toml")[1] == "Hello\n"


# ---- cleanup transcribe's settings in the config -------------------------------------------
def options(argv: list[str], table: dict, origin: str = "cleanup.toml"):
    args = build_parser().parse_args(["transcribe", "clips", "-o", "out", *argv])
    return transcribe_options(args, None, parse_config(table, origin=origin))


SETTINGS = {"model": "small.en", "prompt": "Botox, Hashimoto's.", "language": "auto",
            "formats": ["srt", "txt"], "device": "cpu", "batch_size": 8,
            "backend": "faster-whisper"}


def test_transcribe_settings_come_from_the_config():
    got = options([], SETTINGS)
    assert (got.model, got.prompt, got.language, got.formats, got.device, got.batch_size,
            got.backend) == ("small.en", "Botox, Hashimoto's.", "auto", ("txt", "srt"), "cpu",
                             8, "faster-whisper")


@pytest.mark.parametrize("argv, field, value", [
    (["--model", "base.en"], "model", "base.en"),
    (["--prompt", "Synthroid."], "prompt", "Synthroid."),
    (["--language", "en"], "language", "en"),
    (["--formats", "json"], "formats", ("json",)),
    (["--batch-size", "2"], "batch_size", 2),
    (["--backend", "openai-whisper"], "backend", "openai-whisper"),
], ids=lambda v: v if isinstance(v, str) and not v.startswith("-") else "")
def test_the_command_line_overrides_the_config(argv, field, value):
    assert getattr(options(argv, SETTINGS), field) == value


def test_without_either_the_engine_defaults_hold():
    got = options([], {})
    assert (got.model, got.backend, got.language, got.prompt, got.batch_size, got.device) == \
        ("tiny.en", "auto", "en", None, 1, "auto")


@pytest.mark.parametrize("table, message", [
    ({"backend": "faster_whisper"}, "cleanup.toml: unknown backend 'faster_whisper' (did you "
                                    "mean 'faster-whisper'?); backends: auto, openai-whisper, "),
    ({"device": "gpu"}, "cleanup.toml: unknown device 'gpu'"),
], ids=["backend", "device"])
def test_a_bad_transcribe_setting_names_the_config(table, message):
    with pytest.raises(ConfigError) as err:
        options([], table)
    assert str(err.value).startswith(message) and "\n" not in str(err.value)


def test_a_bad_value_given_on_the_command_line_is_not_blamed_on_the_config():
    with pytest.raises(CleanupError) as err:
        options(["--device", "gpu"], {"device": "cpu"})
    assert str(err.value).startswith("unknown device 'gpu'")


def test_transcribe_with_a_bad_config_setting_exits_2_before_any_model(here, capsys):
    write(here, "cleanup.toml", 'backend = "whisperx"\nmodel = "tiny.en"\n')
    (here / "clips").mkdir()
    code, _, err = run(capsys, "transcribe", "clips", "-o", "out")
    assert code == 2 and "cleanup.toml: unknown backend 'whisperx'" in err
    assert not (here / "out").exists()


# ---- counts in words, and --explain in time order -------------------------------------------
def test_one_change_is_one_change(here, capsys):
    write(here, "a.txt", "Hello i\n")
    code, _, err = run(capsys, "fix", "a.txt", "--explain")
    assert code == 0 and err.splitlines()[-1] == "a.txt: 1 change"


def test_explain_lists_changes_by_time_and_json_keeps_step_order(here, capsys):
    src = write(here, "two.srt", TWO_CUES)
    code, _, err = run(capsys, "fix", src, "--explain")
    assert code == 0
    # remove_fillers runs first, on the second cue; the list is in the recording's order
    assert err.splitlines() == [
        f"{src}: capitalize_pronoun_i [0:01.00–0:02.50]: 'i' → 'I'",
        f"{src}: capitalize_sentences [0:01.00–0:02.50]: 'so' → 'So'",
        f"{src}: remove_fillers [0:03.00–0:04.00]: 'it uh yes' → 'it yes'",
        f"{src}: 3 changes"]
    code, out, _ = run(capsys, "fix", src, "--format", "json")
    assert [c["step"] for c in json.loads(out)["changes"]] == [
        "remove_fillers", "capitalize_pronoun_i", "capitalize_sentences"]


def test_explain_puts_untimed_changes_last_in_their_order():
    from cleanup.cli.fix import by_time
    from cleanup.pipeline import Change

    changes = [Change("a", "x", "y", None, None), Change("b", "x", "y", 5.0, 6.0),
               Change("c", "x", "y", None, None), Change("d", "x", "y", 1.0, 2.0),
               Change("e", "x", "y", 1.0, 1.5)]
    assert [c.step for c in by_time(changes)] == ["d", "e", "b", "a", "c"]


def test_fix_takes_its_layout_from_the_config(here, capsys):
    long_cue = ("1\n00:00:00,000 --> 00:00:09,000\nYour thyroid levels look stable, so we can "
                "start the injections next week if the side effects stay mild.\n")
    src = write(here, "long.srt", long_cue)
    assert run(capsys, "fix", src)[1].count("-->") == 1       # keep: fix's default
    write(here, "cleanup.toml", 'layout = "netflix"\n')
    code, out, _ = run(capsys, "fix", src)
    assert code == 0 and out.count("-->") > 1
    assert run(capsys, "fix", src, "--layout", "keep")[1].count("-->") == 1   # the option wins
