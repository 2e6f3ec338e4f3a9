import json

import pytest

from cleanup.cli import main
from cleanup.score import gold_for, score_texts, score_words


@pytest.mark.parametrize("raw, cleaned, gold, fixed, harmed, ratio", [
    ("so uh i think", "So I think", "So I think", 2, 0, 0.0),          # all fixed
    ("we love, love it", "we love it", "we love, love it", 0, 1, None),  # harm from nothing to fix
    ("the the nurse came", "the nurse came", "the nurse came", 0, 0, 0.0),  # a deletion fixed
    ("i went to to Paris", "I went to Paris", "I went to Paris", 1, 0, 0.0),
    ("it is fine", "it is fine", "it is fine", 0, 0, None),
])
def test_score_texts(raw, cleaned, gold, fixed, harmed, ratio):
    s = score_texts(raw, cleaned, gold)
    assert (s.fixed, s.harmed) == (fixed, harmed)
    if ratio is not None:
        assert s.ratio == ratio


def test_harm_without_anything_to_fix_has_no_finite_ratio():
    s = score_texts("fine text", "Fine text", "fine text")
    assert s.ratio == float("inf") and s.as_dict()["ratio"] is None
    assert s.precision == 0.0


def test_invented_words_are_reported():
    s = score_texts("hello there", "hello there friend", "hello there")
    assert s.invented == ("friend",)


def test_words_attach_standalone_punctuation_and_fold_apostrophes():
    assert score_words("It ’s fine , Dr .") == ["It", "'s", "fine,", "Dr."]


def test_gold_naming(tmp_path):
    raw = tmp_path / "visit.raw.srt"
    raw.write_text("", encoding="utf-8")
    assert gold_for(raw) is None
    (tmp_path / "visit.clean.srt").write_text("", encoding="utf-8")
    assert gold_for(raw) == tmp_path / "visit.clean.srt"
    (tmp_path / "visit.gold.txt").write_text("", encoding="utf-8")
    assert gold_for(raw) == tmp_path / "visit.gold.txt"  # the gold wins


def test_cli_score_text_and_json(tmp_path, capsys):
    (tmp_path / "a.raw.txt").write_text("so uh i think we we went\n", encoding="utf-8")
    (tmp_path / "a.gold.txt").write_text("So I think we went\n", encoding="utf-8")
    (tmp_path / "b.raw.txt").write_text("we love, love it\n", encoding="utf-8")
    (tmp_path / "b.gold.txt").write_text("We love, love it\n", encoding="utf-8")
    assert main(["score", str(tmp_path), "--verbose"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("a.raw.txt: ratio 0.000  fixed 2  harmed 0  precision 1.000")
    assert out[-2].startswith("total: ratio 0.000  fixed 3  harmed 0")
    assert out[-1] == "safety: 0 changes touched a number, 0 a negation, 0 a capitalised name"
    assert main(["score", str(tmp_path), "--json", "--style", "verbatim"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["name"] for f in data["files"]] == ["a.raw.txt", "b.raw.txt"]
    assert data["files"][0]["d_out"] == 2  # verbatim keeps the filler and the repeat
    assert data["total"]["harmed"] == 0


def test_cli_score_reports_a_bad_file_and_goes_on(tmp_path, capsys):
    (tmp_path / "bad.raw.srt").write_text("not a subtitle\n", encoding="utf-8")
    (tmp_path / "bad.gold.txt").write_text("x\n", encoding="utf-8")
    (tmp_path / "ok.raw.txt").write_text("i think\n", encoding="utf-8")
    (tmp_path / "ok.gold.txt").write_text("I think\n", encoding="utf-8")
    assert main(["score", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "ok.raw.txt: ratio 0.000" in captured.out
    assert "bad.raw.srt" in captured.err and "Traceback" not in captured.err


def test_cli_score_without_pairs_is_an_error(tmp_path, capsys):
    assert main(["score", str(tmp_path)]) == 1
    assert "no NAME.raw.EXT files" in capsys.readouterr().err


def test_samples_directory_scores_perfectly_with_each_sample_settings(capsys):
    """samples/: NAME.clean.EXT golds are compared as text, NAME.toml sets the style."""
    from pathlib import Path

    samples = Path(__file__).resolve().parents[1] / "samples"
    assert main(["score", str(samples), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"]["d_out"] == 0 and data["total"]["harmed"] == 0
    assert data["total"]["invented"] == []
    verbatim = next(f for f in data["files"] if f["name"] == "style_verbatim.raw.txt")
    assert verbatim["d_out"] == 0


def test_cli_score_names_a_gold_that_is_not_utf8(tmp_path, capsys):
    (tmp_path / "a.raw.txt").write_text("i think\n", encoding="utf-8")
    (tmp_path / "a.gold.txt").write_bytes(b"I think caf\xe9\n")
    (tmp_path / "b.raw.txt").write_text("i think\n", encoding="utf-8")
    (tmp_path / "b.gold.txt").write_text("I think\n", encoding="utf-8")
    assert main(["score", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    errors = [line for line in captured.err.splitlines() if line]
    assert errors == [f"cleanup: {tmp_path / 'a.gold.txt'}: not UTF-8 text (invalid byte at "
                      "offset 11); convert it first, e.g. iconv -f latin1 -t utf-8"]
    assert "codec" not in captured.err  # the reason in our words, not Python's
    assert "b.raw.txt: ratio 0.000" in captured.out


def test_cli_score_goes_on_past_a_named_file_without_a_gold(tmp_path, capsys):
    (tmp_path / "a.raw.txt").write_text("i think\n", encoding="utf-8")
    (tmp_path / "b.raw.txt").write_text("i think\n", encoding="utf-8")
    (tmp_path / "b.gold.txt").write_text("I think\n", encoding="utf-8")
    assert main(["score", str(tmp_path / "a.raw.txt"), str(tmp_path / "missing.raw.txt"),
                 str(tmp_path / "b.raw.txt")]) == 1
    captured = capsys.readouterr()
    assert "b.raw.txt: ratio 0.000" in captured.out
    assert f"cleanup: {tmp_path / 'a.raw.txt'}: no gold beside it" in captured.err
    assert f"cleanup: {tmp_path / 'missing.raw.txt'}: no such file" in captured.err
