import json
import subprocess
import sys
from pathlib import Path

import pytest


from .support import run

# the seed, copied
SEED = Path(__file__).resolve().parents[1] / "samples" / "clinic_botox_seed.raw.txt"
TWO_CUES = """1
00:00:01,000 --> 00:00:02,500
I’Ve had uh a lot

2
00:00:02,600 --> 00:00:04,000
and i think It’S it’s fine.
"""


def test_fix_srt_keeps_two_cues(tmp_path, capsys):
    src = tmp_path / "two.srt"
    src.write_text(TWO_CUES, encoding="utf-8")
    code, out, err = run(capsys, "fix", str(src))
    assert code == 0, err
    assert out == ("1\n00:00:01,000 --> 00:00:02,500\nI’ve had a lot\n\n"
                   "2\n00:00:02,600 --> 00:00:04,000\nand I think it’s fine.\n\n")


def test_fix_writes_output_file_and_format(tmp_path, capsys):
    src = tmp_path / "two.srt"
    src.write_text(TWO_CUES, encoding="utf-8")
    code, _, _ = run(capsys, "fix", str(src), "-o", str(tmp_path / "out.vtt"))
    assert code == 0 and (tmp_path / "out.vtt").read_text().startswith("WEBVTT")
    code, _, _ = run(capsys, "fix", str(src), "-o", str(tmp_path / "out.json"))
    data = json.loads((tmp_path / "out.json").read_text())
    assert data["text"] == "I’ve had a lot and I think it’s fine."
    assert {c["step"] for c in data["changes"]} >= {"remove_fillers", "fix_contraction_case"}


def test_fix_stdin(monkeypatch, capsys):
    import io
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("uh i’M here".encode())))
    code, out, _ = run(capsys, "fix", "-")
    assert code == 0 and out == "I’m here\n"


def test_fix_output_dash_is_standard_output(tmp_path, capsys, monkeypatch):
    """`-o -` writes to standard output, as an input `-` reads standard input: no file named -."""
    src = tmp_path / "a.txt"
    src.write_text("uh i’M here", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "fix", str(src), "-o", "-", "--format", "txt")
    assert code == 0, err
    assert out == "I’m here\n" and not (tmp_path / "-").exists()


def test_fix_explain(tmp_path, capsys):
    src = tmp_path / "a.txt"
    src.write_text("so uh i think", encoding="utf-8")
    code, out, err = run(capsys, "fix", "--explain", str(src))
    assert out == "So I think\n"
    assert "remove_fillers: 'so uh i' → 'so i'" in err and "capitalize_pronoun_i: 'i' → 'I'" in err


def test_bad_input_one_line_error_and_batch_continues(tmp_path, capsys):
    good = tmp_path / "good.txt"
    good.write_text("uh yes", encoding="utf-8")
    bad = tmp_path / "bad.srt"
    bad.write_text("not a subtitle", encoding="utf-8")
    outdir = tmp_path / "out"
    code, out, err = run(capsys, "fix", str(tmp_path / "missing.txt"), str(bad), str(good), "-o",
                         str(outdir))
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 2
    assert "missing.txt: no such file" in lines[0] and "bad.srt: malformed SRT" in lines[1]
    assert sorted(p.name for p in outdir.iterdir()) == ["good.txt"]
    assert (outdir / "good.txt").read_text() == "Yes\n"


def test_unknown_step_in_disable(capsys):
    code, _, err = run(capsys, "fix", "--disable", "nope", "-")
    assert code == 2 and "unknown step 'nope'; known steps: " in err and "Traceback" not in err


def test_steps_lists_registry(capsys):
    code, out, _ = run(capsys, "steps")
    assert code == 0 and "remove_fillers" in out and "capitalize_sentences" in out


def test_check_reports_diff_and_update(tmp_path, capsys):
    (tmp_path / "a.raw.txt").write_text("uh i’M here", encoding="utf-8")
    (tmp_path / "a.clean.txt").write_text("wrong\n", encoding="utf-8")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1 and "-wrong" in out and "+I’m here" in out
    assert out.rstrip().endswith("0 passed, 1 failed")
    code, out, _ = run(capsys, "check", str(tmp_path), "--update")
    assert code == 0 and (tmp_path / "a.clean.txt").read_text() == "I’m here\n"
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0 and out.rstrip().endswith("1 passed, 0 failed")


def test_check_sample_with_own_config(tmp_path, capsys):
    (tmp_path / "v.raw.txt").write_text("uh i’M here", encoding="utf-8")
    (tmp_path / "v.clean.txt").write_text("Uh I’m here\n", encoding="utf-8")
    (tmp_path / "v.toml").write_text('style = "verbatim"\n', encoding="utf-8")
    assert run(capsys, "check", str(tmp_path))[0] == 0


def test_seed_acceptance(capsys):
    import regex
    code, out, err = run(capsys, "fix", str(SEED))
    assert code == 0, err
    assert not regex.search(r"\b\w+[’'][A-Z]\w*\b", out)
    assert not regex.search(r"(?<![\w’'])i(?=[\s’',.?!]|$)", out)
    assert not regex.search(r"(?i)\b(?:uh|um)\b", out)
    raw_words = set(regex.findall(r"[\w’']+", SEED.read_text(encoding="utf-8").casefold()))
    out_words = regex.findall(r"[\w’']+", out.casefold())
    assert set(out_words) <= raw_words


def test_console_script_never_prints_a_traceback(tmp_path):
    bad = tmp_path / "x.json"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    proc = subprocess.run([sys.executable, "-m", "cleanup", "fix", str(bad),
                           str(tmp_path / "none.vtt")],
                          capture_output=True, text=True)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 2


def test_fix_refuses_two_inputs_landing_on_one_output(tmp_path, capsys):
    for folder, text in (("d1", "uh first"), ("d2", "uh second")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talk.txt").write_text(text, encoding="utf-8")
    (tmp_path / "d2" / "other.txt").write_text("uh third", encoding="utf-8")
    out = tmp_path / "out"
    code, _, err = run(capsys, "fix", str(tmp_path / "d1" / "talk.txt"),
                       str(tmp_path / "d2" / "talk.txt"), str(tmp_path / "d2" / "other.txt"),
                       "-o", str(out))
    assert code == 1
    assert err.strip().splitlines() == [
        f"cleanup: {tmp_path / 'd2' / 'talk.txt'}: same output file {out / 'talk.txt'} as "
        f"{tmp_path / 'd1' / 'talk.txt'}; rename one or clean them into separate folders"]
    assert (out / "talk.txt").read_text() == "First\n"
    assert (out / "other.txt").read_text() == "Third\n"


def test_fix_same_stem_other_formats_are_two_outputs(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("uh one", encoding="utf-8")
    (tmp_path / "a.srt").write_text(TWO_CUES, encoding="utf-8")
    code, _, err = run(capsys, "fix", str(tmp_path / "a.txt"), str(tmp_path / "a.srt"),
                       "-o", str(tmp_path / "out"))
    assert code == 0, err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.srt", "a.txt"]


def _enospc(*args, **kwargs):
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("where, reason", [
    ("plain-file/out.txt", None),
    ("/proc/cleanup-x.txt", None),
    ("full/out.txt", "No space left on device"),
], ids=["under-a-file", "proc", "full-disk"])
def test_fix_write_errors_are_one_line_and_the_batch_goes_on(tmp_path, capsys, monkeypatch,
                                                             where, reason):
    src = tmp_path / "a.txt"
    src.write_text("uh hello", encoding="utf-8")
    (tmp_path / "plain-file").write_text("x")
    target = Path(where) if where.startswith("/") else tmp_path / where
    if where.startswith("full"):
        monkeypatch.setattr("os.fsync", _enospc)
    code, _, err = run(capsys, "fix", str(src), "-o", str(target))
    assert code == 1 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"cleanup: {target}: cannot write: ")
    assert reason is None or lines[0].endswith(reason)
    assert not target.exists()
    # in a batch, the next file is still written
    other = tmp_path / "b.txt"
    other.write_text("uh there", encoding="utf-8")
    monkeypatch.undo()
    (tmp_path / "ok").mkdir()
    code, _, err = run(capsys, "fix", str(src), str(other), "-o", str(tmp_path / "ok"))
    assert code == 0 and (tmp_path / "ok" / "b.txt").read_text() == "There\n"


def test_error_lines_escape_newlines_in_names(tmp_path, capsys):
    code, _, err = run(capsys, "fix", str(tmp_path / "two\nlines.txt"))
    assert code == 1 and err.count("\n") == 1 and "two\\nlines.txt: no such file" in err


@pytest.fixture
def config_reads(monkeypatch):
    """Counts the TOML files parsed and the pipelines built, validation included."""
    import tomllib

    from cleanup import presets

    counts = {"parsed": 0, "built": 0}
    real_loads, real_build = tomllib.loads, presets.build_pipeline

    def loads(text, *args, **kwargs):
        counts["parsed"] += 1
        return real_loads(text, *args, **kwargs)

    def build_pipeline(*args, **kwargs):
        counts["built"] += 1
        return real_build(*args, **kwargs)

    monkeypatch.setattr(tomllib, "loads", loads)
    monkeypatch.setattr(presets, "build_pipeline", build_pipeline)
    return counts


@pytest.mark.parametrize("argv", [
    ["fix", "{src}", "-o", "{out}.srt"],
    ["fix", "{src}", "--explain", "--layout", "bbc", "-o", "{out}.json"],
    ["check", "{samples}", "--lint"],
], ids=["fix", "fix-explain-layout", "check-lint"])
def test_a_config_is_read_once_and_the_pipeline_built_once(tmp_path, capsys, config_reads,
                                                            argv):
    config = tmp_path / "cleanup.toml"
    config.write_text('style = "readable"\n\n[layout]\npreset = "dcmp"\nmax_chars = 30\n',
                      encoding="utf-8")
    src = tmp_path / "two.srt"
    src.write_text(TWO_CUES, encoding="utf-8")
    samples = tmp_path / "samples"
    samples.mkdir()
    (samples / "a.raw.txt").write_text("so uh i think\n", encoding="utf-8")
    (samples / "a.clean.txt").write_text("So I think\n", encoding="utf-8")
    argv = [a.format(src=src, out=tmp_path / "out", samples=samples) for a in argv]
    code, _, err = run(capsys, *argv, "--config", str(config))
    assert code == 0, err
    assert config_reads == {"parsed": 1, "built": 1}
