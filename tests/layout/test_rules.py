"""Presets and the [tool.cleanup.layout] table."""
import pytest

from cleanup.config import load_config
from cleanup.errors import ConfigError
from cleanup.layout import BBC, DCMP, KEEP, NETFLIX, PRESETS, parse_table, preset


def test_presets():
    assert (NETFLIX.max_chars, NETFLIX.max_lines, NETFLIX.max_cps) == (42, 2, 20.0)
    assert (NETFLIX.min_duration, NETFLIX.max_duration) == (5 / 6, 7.0)
    assert NETFLIX.min_gap == pytest.approx(2 / 24)
    assert (DCMP.max_chars, DCMP.max_wpm) == (32, 160.0)
    assert (BBC.max_chars, BBC.max_wpm) == (37, 180.0)
    assert not KEEP.relayout and set(PRESETS) == {"netflix", "dcmp", "bbc", "keep"}
    with pytest.raises(ConfigError, match="presets: netflix, dcmp, bbc, keep"):
        preset("youtube")


def test_table_sets_any_number(tmp_path):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text('[tool.cleanup.layout]\npreset = "bbc"\nmax_chars = 40\nmax_cps = 17\n'
                   'max_wpm = false\npause = 0.8\n', encoding="utf-8")
    config = load_config(cfg)
    rules = config.layout_rules()
    assert (rules.name, rules.max_chars, rules.max_cps, rules.max_wpm, rules.pause) == \
        ("bbc", 40, 17.0, None, 0.8)
    # --layout picks the preset; the table's numbers still apply
    assert config.layout_rules("dcmp").max_chars == 40
    # no preset in the table: the command's default
    cfg.write_text("[tool.cleanup.layout]\nmax_chars = 40\n", encoding="utf-8")
    assert load_config(cfg).layout_rules(default="netflix").name == "netflix"
    assert load_config(cfg).layout_rules().name == "keep"


@pytest.mark.parametrize("table, message", [
    ({"max_char": 40}, "unknown key 'max_char'"),
    ({"preset": "tiktok"}, "unknown preset 'tiktok'"),
    ({"max_chars": 40.5}, "'max_chars' must be a whole number ≥ 1, got 40.5"),
    ({"max_lines": 0}, "'max_lines' must be a whole number ≥ 1, got 0"),
    ({"max_cps": "fast"}, "'max_cps' must be a number > 0 or false, got 'fast'"),
    ({"max_cps": 0}, "'max_cps' must be a number > 0 or false, got 0"),
    ({"max_wpm": True}, "'max_wpm' must be a number > 0 or false, got true"),
    ({"min_duration": -1}, "'min_duration' must be a number ≥ 0, got -1"),
    ({"min_duration": 8, "max_duration": 7}, "'min_duration' is more than 'max_duration'"),
    ({"frame_rate": 0}, "'frame_rate' must be a number > 0, got 0"),
    ({"gap_frames": 1.5}, "'gap_frames' must be a whole number ≥ 0, got 1.5"),
], ids=lambda x: str(x))
def test_bad_tables(table, message):
    with pytest.raises(ConfigError) as err:
        parse_table(table, "cleanup.toml")
    assert str(err.value).startswith(f"cleanup.toml: [layout] {message}")


def test_whole_numbers_and_numbers_take_each_other_s_spelling():
    assert parse_table({"max_chars": 40.0, "max_cps": 17, "max_wpm": False}) == (
        None, {"max_chars": 40, "max_cps": 17.0, "max_wpm": None})
    assert type(parse_table({"max_chars": 40.0})[1]["max_chars"]) is int
