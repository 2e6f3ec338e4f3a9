"""lint(): one Violation per rule a cue breaks; nothing for a cue within the limits."""
import pytest

from cleanup import formats
from cleanup.layout import DCMP, NETFLIX, Violation, lint, resolve


def srt(*cues):
    blocks = [f"{k}\n{a} --> {b}\n{text}\n" for k, (a, b, text) in enumerate(cues, 1)]
    return formats.parse("\n".join(blocks), "srt")


@pytest.mark.parametrize("cues, expected", [
    ([("00:00:01,000", "00:00:03,000", "Short and fine.")], []),
    ([("00:00:01,000", "00:00:05,000", "x" * 43)], [("line_length", 43, 42)]),
    ([("00:00:01,000", "00:00:05,000", "one\ntwo\nthree")], [("lines", 3, 2)]),
    ([("00:00:01,000", "00:00:02,000", "This line reads far too fast.")],
     [("reading_speed", 29.0, 20.0)]),
    ([("00:00:01,000", "00:00:01,500", "Hi.")], [("min_duration", 0.5, 0.833)]),
    ([("00:00:01,000", "00:00:09,000", "Hello there.")], [("max_duration", 8.0, 7.0)]),
    ([("00:00:01,000", "00:00:02,000", "One."), ("00:00:02,040", "00:00:03,500", "Two.")],
     [("min_gap", 0.04, 0.083)]),
    ([("00:00:01,000", "00:00:02,500", "One."), ("00:00:02,000", "00:00:03,500", "Two.")],
     [("overlap", 0.5, 0.0)]),
    ([("00:00:01,000", "00:00:02,000", "One."), ("00:00:02,083", "00:00:03,500", "Two.")], []),
], ids=["fine", "line_length", "lines", "reading_speed", "min_duration", "max_duration",
        "min_gap", "overlap", "two-frame-gap-in-ms"])
def test_netflix_rules(cues, expected):
    assert [(v.rule, v.value, v.limit) for v in lint(srt(*cues), NETFLIX)] == expected


def test_words_per_minute_for_dcmp():
    found = lint(srt(("00:00:01,000", "00:00:02,000", "one two three four")), DCMP)
    assert [(v.rule, v.value) for v in found] == [("words_per_minute", 240.0)]


def test_violation_fields_and_text():
    (v,) = lint(srt(("00:00:00,000", "00:00:00,300", "Hmm.")), "netflix")
    assert v == Violation(cue=1, start=0.0, end=0.3, rule="min_duration", value=0.3, limit=0.833)
    assert v.describe() == "cue 1 [0:00.00–0:00.30]: min_duration 0.3 s < 0.833 s"
    assert v.as_dict()["rule"] == "min_duration"


def test_cue_numbers_count_cues_with_text_and_limits_follow_overrides():
    t = srt(("00:00:01,000", "00:00:03,000", "A fine first cue."),
            ("00:00:04,000", "00:00:06,000", "x" * 38))
    assert lint(t, "netflix") == []
    (v,) = lint(t, resolve("netflix", {"max_chars": 37}))
    assert (v.cue, v.rule, v.limit) == (2, "line_length", 37)


def test_untimed_text_has_nothing_to_check():
    assert lint(formats.parse("just some words\n", "txt")) == []


def test_whisper_json_cues_are_measured_as_they_would_be_broken():
    import json

    def whisper(text, end):
        return formats.parse(json.dumps({"segments": [{"start": 0.0, "end": end, "text": text}]}),
                             "json")

    assert lint(whisper("Your thyroid levels look stable, so we can start next week.", 4)) == []
    long = ("Your thyroid levels look stable, so we can start the injections next week if the "
            "side effects stay mild.")  # 104 characters: no two lines of 42 hold them
    assert {v.rule for v in lint(whisper(long, 6.9))} == {"line_length"}
