"""The command line: cleanup lint, --layout on fix and check --lint."""
import json

from ..support import run

LONG_CUE = ("1\n00:00:00,000 --> 00:00:09,000\n"
            "Um, your thyroid levels look stable, so we can start the injections next week "
            "if the side effects stay mild.\n")
FINE = """1
00:00:01,000 --> 00:00:03,000
A short cue.
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_lint_reports_each_violation_and_exits_1(tmp_path, capsys):
    src = write(tmp_path, "long.srt", LONG_CUE)
    code, out, _ = run(capsys, "lint", src)
    assert code == 1
    assert f"{src}: cue 1 [0:00.00–0:09.00]: line_length 108 chars > 42 chars" in out
    assert f"{src}: cue 1 [0:00.00–0:09.00]: max_duration 9 s > 7 s" in out
    assert out.rstrip().endswith("1 cue, 2 violations in 1 cue (100.0 per 100 cues; netflix rules)")


def test_lint_clean_file_exits_0_and_json(tmp_path, capsys):
    src = write(tmp_path, "fine.srt", FINE)
    code, out, _ = run(capsys, "lint", src)
    assert code == 0 and "1 cue, 0 violations in 0 cues" in out
    code, out, _ = run(capsys, "lint", "--json", "--layout", "dcmp", src,
                       write(tmp_path, "long.vtt", "WEBVTT\n\n" + LONG_CUE.replace(",", ".")))
    data = json.loads(out)
    assert code == 1 and data["rules"] == "dcmp"
    assert [f["violations"] for f in data["files"]][0] == []
    assert {v["rule"] for v in data["files"][1]["violations"]} == {"line_length", "max_duration"}
    assert set(data["files"][1]["violations"][0]) == {"cue", "start", "end", "rule", "value",
                                                      "limit"}


def test_lint_bad_file_is_one_line_and_the_others_still_run(tmp_path, capsys):
    code, out, err = run(capsys, "lint", str(tmp_path / "missing.srt"), write(tmp_path, "f.srt",
                                                                              FINE))
    assert code == 1 and "missing.srt: no such file" in err and "f.srt: 1 cue, " in out


def test_fix_keeps_cues_by_default_and_lays_out_with_netflix(tmp_path, capsys):
    src = write(tmp_path, "long.srt", LONG_CUE)
    code, kept, _ = run(capsys, "fix", src)
    assert code == 0 and kept.count("-->") == 1
    code, out, err = run(capsys, "fix", src, "--layout", "netflix", "-o", str(tmp_path / "o.srt"))
    assert code == 0 and err == ""
    laid = (tmp_path / "o.srt").read_text(encoding="utf-8")
    assert laid.count("-->") >= 2
    assert run(capsys, "lint", str(tmp_path / "o.srt"))[0] == 0
    def words(srt):
        return [w for line in srt.splitlines() if line and "-->" not in line
                and not line.isdigit() for w in line.split()]
    assert words(laid) == words(kept)
    code, out, _ = run(capsys, "fix", src, "--layout", "netflix", "--format", "txt")
    assert out.count("\n") == 1  # text output is running text, not caption lines


def test_fix_says_once_that_text_without_timings_is_not_laid_out(tmp_path, capsys):
    a, b = write(tmp_path, "a.txt", "um hello there\n"), write(tmp_path, "b.txt", "bye\n")
    code, out, err = run(capsys, "fix", a, b, "--layout", "bbc", "-o", str(tmp_path / "out"))
    assert code == 0
    assert err.count("no timings, so not laid out") == 1
    assert (tmp_path / "out" / "a.txt").read_text() == "Hello there\n"


def test_config_layout_preset_is_the_default(tmp_path, capsys):
    src = write(tmp_path, "long.srt", LONG_CUE)
    cfg = write(tmp_path, "cleanup.toml", '[layout]\npreset = "dcmp"\nmax_chars = 30\n')
    code, out, _ = run(capsys, "fix", src, "--config", cfg)
    assert code == 0
    assert max(len(line) for line in out.splitlines()) <= 30


def test_check_lint_flags_samples(tmp_path, capsys):
    write(tmp_path, "cue.raw.srt", LONG_CUE)
    write(tmp_path, "cue.clean.srt", LONG_CUE.replace("Um, your", "Your") + "\n")
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 0, out
    code, out, _ = run(capsys, "check", str(tmp_path), "--lint")
    assert code == 1
    assert "LINT " in out and "line_length" in out and "lint: 1 sample with" in out


ZOOM = """WEBVTT

1
00:00:01.000 --> 00:00:09.000
Paul Jones: So we talked about the injections last time and the side effects were mild for you.

2
00:00:09.500 --> 00:00:12.000
Ann Lee: Yes, they were fine.
"""


def test_layout_keeps_zoom_speaker_labels_as_written(tmp_path, capsys):
    # Issue 20: the layout rebuilt each cue's segment field by field and dropped its label,
    # so "Paul Jones: ..." came out as "<v Paul Jones>...".
    src = write(tmp_path, "zoom.vtt", ZOOM)
    out_path = tmp_path / "out.vtt"
    code, _, err = run(capsys, "fix", src, "--layout", "netflix", "-o", str(out_path))
    assert code == 0, err
    cues = out_path.read_text(encoding="utf-8").split("\n\n")[1:]
    texts = [cue.split("\n", 2)[2] for cue in cues if cue.strip()]
    assert len(texts) > 2  # the long cue was laid out again
    assert "<v" not in "".join(texts)
    assert all(t.startswith(("Paul Jones: ", "Ann Lee: ")) for t in texts)
    assert texts[0].startswith("Paul Jones: So we") and texts[-1] == "Ann Lee: Yes, they were fine."


def test_rolling_auto_captions_laid_out_pass_lint(tmp_path, capsys):
    # Issue 21.2: the writer put each laid-out cue back at its words' span (the rolling
    # file's own way of timing caption lines), so cues touched and flashed: 21 of 21 failed.
    from tests.formats.rolling import LOWERCASE, PUNCTUATED, rolling_vtt, timed_lines

    src = write(tmp_path, "yt.vtt", rolling_vtt(timed_lines((LOWERCASE + PUNCTUATED) * 4)))
    code, _, err = run(capsys, "fix", src, "--layout", "netflix", "-o", str(tmp_path / "o.vtt"))
    assert code == 0, err
    code, out, _ = run(capsys, "lint", str(tmp_path / "o.vtt"))
    assert code == 0, out
    assert out.rstrip().endswith("0 violations in 0 cues (0.0 per 100 cues; netflix rules)")
