"""Speakers are data: read from labels and voice spans, kept out of the text, written back
as read."""
from __future__ import annotations

import json

import pytest

from cleanup import build_pipeline, formats
from cleanup.formats.speakers import find_label


@pytest.mark.parametrize("line, expected", [
    ("[doctor] how are you", ("doctor", "[doctor] ")),
    ("[patient]", ("patient", "[patient]")),
    ("SPEAKER 1: yes", ("SPEAKER 1", "SPEAKER 1: ")),
    ("Speaker 2: no", ("Speaker 2", "Speaker 2: ")),
    ("ANDREW HUBERMAN:", ("ANDREW HUBERMAN", "ANDREW HUBERMAN:")),
    ("Dr. Smith: sit down", ("Dr. Smith", "Dr. Smith: ")),
    ("Paul McCartney: hello", ("Paul McCartney", "Paul McCartney: ")),
    ("Anna de la Cruz: hi", ("Anna de la Cruz", "Anna de la Cruz: ")),
    ("<v Dana Reyes> hi", ("Dana Reyes", "<v Dana Reyes> ")),
    ("[SPEAKER_01]: hi", ("SPEAKER_01", "[SPEAKER_01]: ")),
    ("SPEAKER_00: hi", ("SPEAKER_00", "SPEAKER_00: ")),
    ("Speaker 1 (01:02:03): hi", ("Speaker 1", "Speaker 1 (01:02:03): ")),
    ("Dana Reyes  1:02:03", ("Dana Reyes", "Dana Reyes  1:02:03")),
], ids=str)
def test_labels(line, expected):
    assert find_label(line) == expected


@pytest.mark.parametrize("line", [
    "[Music] welcome back", "[MUSIC PLAYING]", "[inaudible] yes", "[laughter]",
    "10:30 we start", "so: here it is", "The plan is this: rest", "http://x.org",
    "Dr. Smith said: no", "[doctor]not a label", "Room 4 10:30 is free",
], ids=str)
def test_not_labels(line):
    assert find_label(line) is None


def test_one_label_like_line_is_text():
    t = formats.parse("Note: the clinic opens at nine.\nBring your card.", "txt")
    assert t.text.startswith("Note:") and all(s.speaker is None for s in t.segments)


@pytest.mark.parametrize("text", [
    "[doctor] so how are you\n[patient] fine thanks\n[doctor] good\n",
    "ANDREW HUBERMAN:\nWere you\nworried?\nCHRIS PALMER: No.\nNot at all.\n",
    "SPEAKER 1: hi\n\nSPEAKER 2: hello\n\nSPEAKER 1: bye\n",
    "Dr. Lee: Sit down.\nMr. Park: Thanks.\n",
    "intro line without a speaker\n[doctor] hi\n[patient] hello\n",
    "Speaker 1 0:00\nHello, everyone.\n\nSpeaker 2 0:04\nThanks for having me.\n",
], ids=["brackets", "caps-own-line", "numbered", "titles", "leading-text", "otter"])
def test_text_labels_round_trip_byte_identical(text):
    t = formats.parse(text, "txt")
    assert formats.render(t, "txt") == text
    assert formats.render(build_pipeline(steps=[])(t), "txt") == text


def test_labels_are_never_text_to_clean():
    t = formats.parse("[doctor] i think uh so\n[patient] the the knee\n", "txt")
    assert "[doctor]" not in t.text and "[patient]" not in t.text
    assert [s.speaker for s in t.segments] == ["doctor", "patient"]
    cleaned = formats.render(build_pipeline("clean")(t), "txt")
    assert cleaned.startswith("[doctor] ") and "\n[patient] " in cleaned


def test_a_turn_whose_words_all_go_loses_its_label_too():
    t = formats.parse("[doctor] any pain\n[patient] uh\n[doctor] okay\n", "txt")
    assert formats.render(build_pipeline(steps=["remove_fillers"])(t), "txt") == \
        "[doctor] any pain\n[doctor] okay\n"


@pytest.mark.parametrize("text", [
    "HISTORY:\nSTATUS: Stable overall.\nPLAN: Rest.\n",
    "HISTORY:\nSTATUS: Stable overall.\nPLAN:\n",
    "STATUS: Stable.\nFINDINGS:\nLUNGS: Clear.\nPLAN:\n",
])
@pytest.mark.parametrize("steps", [["remove_fillers"], ["deidentify"]])
def test_a_heading_alone_on_its_line_is_kept(text, steps):
    """A report's heading whose text starts under the next heading holds no word itself; it
    is written back, at the start, in the middle and at the end of the file."""
    t = formats.parse(text, "txt")
    assert formats.render(build_pipeline(steps=steps)(t), "txt") == text


def test_a_turn_whose_words_all_go_at_the_end_loses_its_label():
    t = formats.parse("[doctor] any pain\n[patient] uh\n[doctor] okay\n[patient] um\n", "txt")
    assert formats.render(build_pipeline(steps=["remove_fillers"])(t), "txt") == \
        "[doctor] any pain\n[doctor] okay\n"


TEAMS = """WEBVTT

9f2c1d3e-aaaa-4bbb-8ccc-111122223333/17-0
0:0:0.0 --> 0:0:3.490
<v Dana Reyes>Morning, can you hear me?</v>

9f2c1d3e-aaaa-4bbb-8ccc-111122223333/18-0
0:0:3.0 --> 0:0:5.550
<v Omar Haddad>Yes, loud and clear.</v>

0:0:5.350 --> 0:1:2.5
<v Dana Reyes>Good.</v>
"""


def test_teams_vtt():
    t = formats.parse(TEAMS, "vtt")
    assert t.text == "Morning, can you hear me? Yes, loud and clear. Good."
    assert [(s.start, s.end, s.speaker) for s in t.segments] == [
        (0.0, 3.49, "Dana Reyes"), (3.0, 5.55, "Omar Haddad"), (5.35, 62.5, "Dana Reyes")]
    vtt = formats.render(t, "vtt")
    assert "<v Omar Haddad>Yes, loud and clear.</v>" in vtt and "/17-0" in vtt
    assert formats.render(t, "txt") == ("Dana Reyes: Morning, can you hear me?\n"
                                       "Omar Haddad: Yes, loud and clear.\n"
                                       "Dana Reyes: Good.\n")
    assert [s.speaker for s in formats.parse(vtt, "vtt").segments] == \
        ["Dana Reyes", "Omar Haddad", "Dana Reyes"]
    assert json.loads(formats.render(t, "json"))["segments"][1]["speaker"] == "Omar Haddad"


GUID = "68f0e9b4-d6de-4cad-9c2a-9b587e97837f"
TENANT = "72f988bf-86f1-41af-91ab-2d7cd011db47"


@pytest.mark.parametrize("speaker, shown", [
    ("Dana Reyes", "Dana Reyes: "),
    ("SPEAKER_00", "SPEAKER_00: "),
    ("Dr. Omar Haddad", "Dr. Omar Haddad: "),
    (f"{GUID}@{TENANT}", ""),                      # Teams: user id @ tenant id
    (GUID, ""),
    (f"{GUID}/17-0", ""),
    ("dana.reyes@clinic.example", ""),             # an e-mail address
    ("9b587e97837f72f988bf", ""),                  # a long hexadecimal key
    ("Cafe 42", "Cafe 42: "),
], ids=["name", "diarized", "title", "teams-id", "guid", "guid-path", "email", "hex", "digits"])
def test_text_shows_a_speaker_by_name_and_never_an_id(speaker, shown):
    # Issue 21.3: a Teams <v GUID@tenant> voice was written into the .txt as markup.
    vtt = (f"WEBVTT\n\n0:0:0.0 --> 0:0:2.0\n<v {speaker}>Morning.</v>\n\n"
           f"0:0:2.0 --> 0:0:4.0\n<v Omar Haddad>Hello.</v>\n")
    t = formats.parse(vtt, "vtt")
    assert formats.render(t, "txt") == f"{shown}Morning.\nOmar Haddad: Hello.\n"
    assert t.segments[0].speaker == speaker  # the data keeps the id
    assert f"<v {speaker}>Morning.</v>" in formats.render(t, "vtt")


def test_two_voices_in_one_cue():
    t = formats.parse("WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>Hi.</v> <v B>Hello.</v>\n", "vtt")
    assert [(s.speaker, s.start) for s in t.segments] == [("A", 1.0), ("B", 1.0)]
    assert t.text == "Hi. Hello."


ZOOM = """WEBVTT

7
00:01:00.000 --> 00:01:04.000
Lena Okafor: We open at nine.

8
00:01:04.500 --> 00:01:06.000
Marcus Bell: Great, thanks.
"""


def test_zoom_labels_stay_labels():
    t = formats.parse(ZOOM, "vtt")
    assert t.text == "We open at nine. Great, thanks."
    assert [(s.speaker, s.label) for s in t.segments] == [
        ("Lena Okafor", "Lena Okafor: "), ("Marcus Bell", "Marcus Bell: ")]
    assert "\nLena Okafor: We open at nine.\n" in formats.render(t, "vtt")
    assert "\nMarcus Bell: Great, thanks.\n" in formats.render(t, "srt")
    assert formats.render(t,
                          "txt") == "Lena Okafor: We open at nine.\nMarcus Bell: Great, thanks.\n"
    segments = json.loads(formats.render(t, "json"))["segments"]
    assert [(s["speaker"], s["label"]) for s in segments] == [
        ("Lena Okafor", "Lena Okafor:"), ("Marcus Bell", "Marcus Bell:")]
    again = formats.parse(formats.render(t, "json"), "json")
    for fmt in ("txt", "srt", "vtt"):
        assert formats.render(again, fmt) == formats.render(t, fmt)
