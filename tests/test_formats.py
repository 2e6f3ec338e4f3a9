import json

import pytest

from cleanup import Transcript, build_pipeline, formats
from cleanup.errors import InputError

TWO_CUES = """1
00:00:01,000 --> 00:00:02,500
I’Ve had uh a lot

2
00:00:02,600 --> 00:00:04,000
and i think It’S it’s fine.
"""


def test_srt_round_trip_keeps_cues_and_timings():
    t = formats.parse(TWO_CUES, "srt")
    assert [(s.start, s.end) for s in t.segments] == [(1.0, 2.5), (2.6, 4.0)]
    out = formats.render(t, "srt")
    assert formats.parse(out, "srt").text == t.text
    assert "00:00:01,000 --> 00:00:02,500" in out and "00:00:02,600 --> 00:00:04,000" in out


def test_vtt_reads_and_writes():
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello i’m here\n"
    t = formats.parse(vtt, "vtt")
    assert t.text == "hello i’m here"
    out = formats.render(t, "vtt")
    assert out.startswith("WEBVTT") and "00:00:01.000 --> 00:00:02.000" in out


def test_cue_line_breaks_survive_and_empty_cues_are_dropped():
    srt = ("1\n00:00:01,000 --> 00:00:02,000\nfirst line\nsecond line\n\n"
           "2\n00:00:03,000 --> 00:00:04,000\num\n")
    cleaned = build_pipeline("clean")(formats.parse(srt, "srt"))
    out = formats.render(cleaned, "srt")
    assert "First line\nsecond line" in out
    assert "00:00:03,000" not in out
    assert formats.render(cleaned, "txt") == "First line second line\n"


def test_whisper_json_words_and_metadata():
    result = {"language": "en", "segments": [{
        "start": 0.0, "end": 2.0, "text": " Hello, mod-ox.", "no_speech_prob": 0.1,
        "avg_logprob": -0.3, "compression_ratio": 1.2,
        "words": [{"word": " Hello,", "start": 0.0, "end": 0.5, "probability": 0.9},
                  {"word": " mod", "start": 0.6, "end": 0.8, "probability": 0.8},
                  {"word": "-ox.", "start": 0.8, "end": 1.2, "probability": 0.7}]}]}
    t = formats.parse(json.dumps(result), "json")
    assert [(k.text, k.start, k.end) for k in t.tokens] == [("Hello,", 0.0, 0.5), ("mod-ox.", 0.6,
                                                                                   1.2)]
    assert t.segments[0].no_speech_prob == 0.1 and t.meta["language"] == "en"
    out = json.loads(formats.render(t, "json"))
    assert out["segments"][0]["words"][1] == {"word": " mod-ox.", "start": 0.6, "end": 1.2,
                                              "probability": 0.7}
    assert out["text"] == "Hello, mod-ox." and out["changes"] == []


def test_whisper_json_without_words_uses_segment_text():
    t = formats.parse(json.dumps({"segments": [{"start": 1, "end": 2, "text": " a b"}]}), "json")
    assert t.text == "a b" and t.span(t.tokens) == (1.0, 2.0)


@pytest.mark.parametrize("content, fmt, message", [
    ("no timing here\njust text", "srt", "malformed SRT: no cue timing line"),
    ("00:00:01.000 --> 00:00:02.000\nhi", "vtt", "must start with 'WEBVTT'"),
    ("{not json", "json", "invalid JSON"),
    ('{"text": "x"}', "json", "no 'segments' list"),
    ("[1, 2]", "json", "expected an object"),
])
def test_malformed_input(content, fmt, message):
    with pytest.raises(InputError, match=message):
        formats.parse(content, fmt, name="f")


def test_read_errors_name_the_file(tmp_path):
    with pytest.raises(InputError, match=r"missing.txt: no such file"):
        formats.read(tmp_path / "missing.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02PNG")
    with pytest.raises(InputError, match="bin.txt: a binary file, not a transcript"):
        formats.read(tmp_path / "bin.txt")
    (tmp_path / "latin.txt").write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(InputError, match="latin.txt: not UTF-8"):
        formats.read(tmp_path / "latin.txt")
    with pytest.raises(InputError, match="is a directory"):
        formats.read(tmp_path)


def test_text_without_timings_cannot_become_subtitles():
    with pytest.raises(InputError, match="no timings"):
        formats.render(formats.parse("plain text", "txt"), "srt")


def test_sniffing_and_utf16(tmp_path):
    assert formats.sniff("WEBVTT\n") == "vtt" and formats.sniff(TWO_CUES) == "srt"
    assert formats.sniff('{"segments": []}') == "json" and formats.sniff("hello") == "txt"
    p = tmp_path / "u16.txt"
    p.write_bytes("hi i’m here".encode("utf-16"))
    assert formats.read(p).text == "hi i’m here"


def test_write_atomic_leaves_no_partial_file(tmp_path, monkeypatch):
    target = tmp_path / "out.txt"
    formats.write_atomic(target, "old")

    class Boom(Exception):
        pass

    def fail(*a, **k):
        raise Boom()

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(Boom):
        formats.write_atomic(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_write_atomic_gives_the_usual_file_mode(tmp_path):
    import os
    target = tmp_path / "out.txt"
    formats.write_atomic(target, "x")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_one_table_of_formats_with_the_output_only_review_page():
    assert formats.output_formats() == ("txt", "srt", "vtt", "html", "json")
    assert formats.output_formats(default=True) == ("txt", "srt", "vtt", "json")
    assert list(formats.FORMATS) == ["txt", "srt", "vtt", "json"]  # read and written here
    page = formats.ALL_FORMATS["html"]
    assert page.read is None and page.write is None and page.extensions == (".html",)
    assert formats.format_for("visit.html") is None  # never read as a transcript
    with pytest.raises(InputError, match="unknown format 'html'; formats: txt, srt, vtt, json"):
        formats.render(Transcript.from_text("hi"), "html")


@pytest.mark.parametrize("content, fmt", [
    ("WEBVTT\n\n00:01.000 --> 00:02.000\nhi\n", "vtt"),
    ("WEBVTT\n\n1\n00:00:01,000 --> 00:00:02,000\nhi\n", "vtt"),  # SRT-like timings, a header
    ('{"segments": [{"text": "00:00:01,000 --> 00:00:02,000"}]}', "json"),
    ("1\n00:00:01,000 --> 00:00:02,000\nhi\n", "srt"),
    ("\ufeff\n\n1\n00:00:01.000 --> 00:00:02.000\nhi\n", "srt"),
    ("Paul: hi there\nAnn: hello\n", "txt"),
], ids=["vtt", "vtt-with-srt-timings", "json-with-timings", "srt", "srt-bom-dots", "text"])
def test_each_format_knows_itself(content, fmt):
    assert formats.sniff(content) == fmt
    head = content.lstrip("\ufeff \t\r\n")[:200]
    sniffer = formats.ALL_FORMATS[fmt].sniff
    assert sniffer is None if fmt == "txt" else sniffer(head)
