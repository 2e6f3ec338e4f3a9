"""SRT and WebVTT: the variants real files come in, and times past 99 hours."""
from __future__ import annotations

import pytest

from cleanup import formats
from cleanup.errors import InputError
from cleanup.formats.timecode import format_time, parse_time


@pytest.mark.parametrize("stamp, seconds", [
    ("00:00:01,000", 1.0), ("00:00:01.5", 1.5), ("0:0:3.49", 3.49), ("0:0:3.0", 3.0),
    ("01:02.250", 62.25), ("123:00:00,000", 442800.0), ("100:00:00.500", 360000.5),
    ("00:00:05", 5.0),
])
def test_parse_time(stamp, seconds):
    assert parse_time(stamp) == seconds


@pytest.mark.parametrize("stamp", ["", "1", "a:b:c", "00:00:01;000", "-1:00:00,000",
                                   "00:00:01,000x"])
def test_not_a_time(stamp):
    assert parse_time(stamp) is None


@pytest.mark.parametrize("seconds, stamp", [
    (0, "00:00:00,000"), (3.49, "00:00:03,490"), (442800.0, "123:00:00,000"),
    (360000.5, "100:00:00,500"), (59.9996, "00:01:00,000"),
])
def test_format_time_is_never_clamped(seconds, stamp):
    assert format_time(seconds, ",") == stamp


def test_srt_hour_123_stays_123():
    srt = "1\n123:04:05,678 --> 123:04:06,000\nhello\n"
    t = formats.parse(srt, "srt")
    assert t.segments[0].start == 123 * 3600 + 4 * 60 + 5.678
    assert "123:04:05,678 --> 123:04:06,000" in formats.render(t, "srt")
    assert "123:04:05.678 --> 123:04:06.000" in formats.render(t, "vtt")


def test_cue_across_100_hours_is_valid():
    t = formats.parse("1\n99:59:59,000 --> 100:00:00,500\nstill here\n", "srt")
    assert [(s.start, s.end) for s in t.segments] == [(359999.0, 360000.5)]
    assert "99:59:59,000 --> 100:00:00,500" in formats.render(t, "srt")


def test_vtt_at_123_hours_is_not_clamped():
    t = formats.parse("WEBVTT\n\n123:00:00.000 --> 123:00:01.000\nlate\n", "vtt")
    assert "123:00:00.000 --> 123:00:01.000" in formats.render(t, "vtt")


@pytest.mark.parametrize("content", ["WEBVTT\n", "WEBVTT\n\n", "WEBVTT\r\n", "\ufeffWEBVTT\n",
                                     "WEBVTT\nKind: captions\nLanguage: en\n\n"])
def test_empty_vtt_is_valid(content):
    t = formats.parse(content, "vtt")
    assert t.text == "" and formats.render(t, "vtt").startswith("WEBVTT")


def test_the_empty_vtt_written_for_silence_reads_back():
    empty = formats.parse("", "txt")
    for fmt in ("srt", "vtt"):
        assert formats.parse(formats.render(empty, fmt), fmt).text == ""


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_line_ends(newline):
    srt = "1\n00:00:01,000 --> 00:00:02,000\nfirst line\nsecond line\n\n2\n" \
          "00:00:03,000 --> 00:00:04,000\nthird\n".replace("\n", newline)
    t = formats.parse(srt, "srt")
    assert t.text == "first line\nsecond line third" and len(t.segments) == 2


@pytest.mark.parametrize("fmt, content", [
    ("srt", "\ufeff1\n00:00:01,000 --> 00:00:02,000\nhi\n"),
    ("vtt", "\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\nhi\n"),
    ("txt", "\ufeffhi"),
    ("json", '\ufeff{"segments": [{"start": 1, "end": 2, "text": "hi"}]}'),
])
def test_a_bom_is_not_text(fmt, content):
    assert formats.parse(content, fmt).text == "hi"
    assert formats.parse(content).text == "hi"  # and sniffing sees through it


def test_cue_numbers_and_identifiers_are_never_text():
    srt = "1\n00:00:01,000 --> 00:00:02,000\nline one\n2\n00:00:03,000 --> 00:00:04,000\n42\n"
    assert formats.parse(srt, "srt").text == "line one 42"  # no blank line: "2" is the number
    vtt = "WEBVTT\n\nintro-cue\n00:01.000 --> 00:02.000\nhello\n\n7\n00:03.000 --> 00:04.000\nbye\n"
    assert formats.parse(vtt, "vtt").text == "hello bye"


TEAMS = ("WEBVTT\n\nNOTE exported\n\n"
         "9a1f-77/12-0\n00:01.000 --> 00:02.000\n<v Ann>so um hello</v>\n\n"
         "9a1f-77/13-0\n00:03.000 --> 00:04.000\n<v Bob>hi</v>\n\n"
         "00:05.000 --> 00:06.000\n<v Bob>bye</v>\n")


@pytest.mark.parametrize("source, expected", [
    (TEAMS, ["9a1f-77/12-0", "9a1f-77/13-0", None]),
    ("WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n\nx\n00:03.000 --> 00:04.000\nbye\n", [None, "x"]),
    ("WEBVTT\nKind: captions\n\nfirst\n00:01.000 --> 00:02.000\nhello\n", ["first"]),
])
def test_webvtt_cue_identifiers_are_kept(source, expected):
    t = formats.parse(source, "vtt")
    assert [s.cue for s in t.segments] == expected
    written = formats.render(t, "vtt")
    assert [s.cue for s in formats.parse(written, "vtt").segments] == expected
    via_json = formats.parse(formats.render(t, "json"), "json")
    assert [s.cue for s in via_json.segments] == expected


def test_cues_without_identifiers_are_numbered_and_srt_always_is():
    t = formats.parse("WEBVTT\n\n00:01.000 --> 00:02.000\nhello\n\n00:03.000 --> 00:04.000\nbye\n",
                      "vtt")
    assert formats.render(t, "vtt").split("\n")[2:4] == ["1", "00:00:01.000 --> 00:00:02.000"]
    assert formats.render(formats.parse(TEAMS, "vtt"), "srt").startswith("1\n00:00:01,000")


def test_cleaning_keeps_identifiers_and_a_new_layout_drops_them():
    from cleanup import clean
    from cleanup.layout import layout
    cleaned = clean(formats.parse(TEAMS, "vtt"))
    assert "9a1f-77/12-0\n00:00:01.000 --> 00:00:02.000\n<v Ann>So hello</v>" in \
        formats.render(cleaned, "vtt")
    assert all(s.cue is None for s in layout(cleaned).segments)


def test_markup_is_dropped_but_angle_brackets_in_text_stay():
    srt = "1\n00:00:01,000 --> 00:00:02,000\n{\\an8}<i>so</i> 3 < 5 and <b>6</b> > 4\n"
    assert formats.parse(srt, "srt").text == "so 3 < 5 and 6 > 4"
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\nR&amp;D &lt;3\n"
    t = formats.parse(vtt, "vtt")
    assert t.text == "R&D <3"
    assert "R&amp;D &lt;3" in formats.render(t, "vtt")


def test_an_arrow_in_cue_text_is_text():
    t = formats.parse("1\n00:00:01,000 --> 00:00:02,000\nclinic --> ward\n", "srt")
    assert t.text == "clinic --> ward"
    assert formats.parse(formats.render(t, "vtt"), "vtt").text == "clinic --> ward"


def test_notes_and_styles_are_not_cues():
    vtt = ("WEBVTT\n\nNOTE written by hand\nsecond note line\n\nSTYLE\n::cue { color: red }\n\n"
           "00:01.000 --> 00:02.000\nhello\n")
    assert formats.parse(vtt, "vtt").text == "hello"


@pytest.mark.parametrize("fmt, content, message", [
    ("srt", "1\n00:00:05,000 --> 00:00:01,000\nx\n", "ends before it starts"),
    ("srt", "1\n00:00:01,000 --> soon\nx\n\n2\n00:00:02,000 --> 00:00:03,000\ny\n",
     "bad cue timing on line 2"),
    ("vtt", "1\n00:00:01.000 --> 00:00:02.000\nx\n", "must start with 'WEBVTT'"),
])
def test_malformed(fmt, content, message):
    with pytest.raises(InputError, match=message):
        formats.parse(content, fmt, name="f")


def test_write_to_a_path_or_a_stream(tmp_path):
    import io

    t = formats.parse("1\n00:00:01,000 --> 00:00:02,000\nhi there\n", "srt")
    formats.write(t, tmp_path / "out.vtt")  # the format from the extension
    written = (tmp_path / "out.vtt").read_text(encoding="utf-8")
    assert written.startswith("WEBVTT\n\n1\n00:00:01.000")
    formats.write(t, tmp_path / "out.data")  # no known extension: the transcript's own format
    assert (tmp_path / "out.data").read_text(encoding="utf-8") == formats.render(t, "srt")
    stream = io.StringIO()
    formats.write(t, stream, "txt")
    assert stream.getvalue() == "hi there\n"
    assert not list(tmp_path.glob(".*.part"))


def test_a_failed_write_leaves_no_file(tmp_path):
    with pytest.raises(InputError, match="out.srt: cannot write SRT: the input has no timings"):
        formats.write(formats.parse("just text", "txt"), tmp_path / "out.srt")
    assert list(tmp_path.iterdir()) == []
