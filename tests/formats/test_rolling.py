"""YouTube rolling auto-captions (yt-dlp's VTT): one word stream, every word once, in its cue."""
from __future__ import annotations

import pytest

from cleanup import formats
from cleanup.formats.subtitles import read_vtt

from .rolling import LOWERCASE, PUNCTUATED, rolling_vtt, timed_lines

STYLES = [pytest.param(LOWERCASE, False, id="lowercase"),
          pytest.param(PUNCTUATED, True, id="punctuated")]


@pytest.mark.parametrize("lines, punctuated", STYLES)
def test_every_spoken_word_once_in_order(lines, punctuated):
    t = read_vtt(rolling_vtt(timed_lines(lines), punctuated))
    assert t.text == " ".join(lines)
    assert [" ".join(tok.text for tok in seg) for seg in t.segment_tokens()] == lines


@pytest.mark.parametrize("lines, punctuated", STYLES)
def test_each_word_keeps_its_own_time(lines, punctuated):
    timed = timed_lines(lines)
    t = read_vtt(rolling_vtt(timed, punctuated))
    assert [tok.start for tok in t.tokens] == [at for line in timed for _, at in line]
    for a, b in zip(t.tokens, t.tokens[1:]):
        assert a.start <= a.end <= b.start  # a word ends where the next one starts, or before


@pytest.mark.parametrize("lines, punctuated", STYLES)
def test_written_back_as_clean_cues(lines, punctuated):
    t = read_vtt(rolling_vtt(timed_lines(lines), punctuated))
    out = formats.render(t, "vtt")
    assert out.startswith("WEBVTT\nKind: captions\nLanguage: en\n\n")
    assert "<c>" not in out and "align:" not in out
    again = read_vtt(out)
    assert [" ".join(tok.text for tok in seg) for seg in again.segment_tokens()] == lines
    spans = [(s.start, s.end) for s in again.segments]
    assert all(end <= nxt for (_, end), (nxt, _) in zip(spans, spans[1:]))  # no overlap
    assert t.meta["language"] == "en"


def test_a_word_is_never_moved_into_a_cue_where_it_was_not_spoken():
    timed = timed_lines(LOWERCASE)
    t = read_vtt(rolling_vtt(timed))
    for seg, tokens in zip(t.segments, t.segment_tokens()):
        assert all(seg.start <= tok.start <= tok.end <= seg.end for tok in tokens)


def test_a_repeated_phrase_said_twice_is_kept_twice():
    lines = ["we said it once", "and then", "we said it once"]
    t = read_vtt(rolling_vtt(timed_lines(lines)))
    assert t.text == "we said it once and then we said it once"


def test_cleaning_a_rolling_file_leaves_no_time_tags():
    from cleanup import build_pipeline

    t = build_pipeline("clean")(read_vtt(rolling_vtt(timed_lines(LOWERCASE))))
    for fmt in ("txt", "srt", "vtt"):
        assert "<0" not in formats.render(t, fmt) and "</c>" not in formats.render(t, fmt)
    assert formats.render(t, "txt").count("clinic room ready") == 1


def _srt(cues):
    from cleanup.formats.timecode import format_time

    return "".join(f"{k}\n{format_time(a, ',')} --> {format_time(b, ',')}\n{text}\n\n"
                   for k, (a, b, text) in enumerate(cues, 1))


def test_rolling_captions_converted_to_srt_without_word_times():
    lines = ["we said it once", "and then", "we said it once", "and that was all"]
    cues, at = [], 0.0
    for k, line in enumerate(lines):
        shown = line if k == 0 else f"{lines[k - 1]}\n{line}"
        cues += [(at, at + 2.0, shown), (at + 2.0, at + 2.01, line)]
        at += 2.01
    t = formats.parse(_srt(cues), "srt")
    assert [" ".join(tok.text for tok in seg) for seg in t.segment_tokens()] == lines
    assert t.segments[1].start == 2.01


@pytest.mark.parametrize("cues", [
    [(0, 1, "Yeah."), (1, 2, "Yeah."), (2, 3, "Yeah."), (3, 4, "Yeah."), (4, 5, "Okay.")],
    [(0, 1, "one line\nand a second"), (1, 2, "and a second\nbut only once"),
     (2, 3, "something new\nagain"), (3, 4, "and more\nlines"), (4, 5, "to read\nhere")],
], ids=["whisper-loop", "one-repeat"])
def test_ordinary_captions_are_not_rolling(cues):
    t = formats.parse(_srt(cues), "srt")
    assert "rolling" not in t.meta
    assert len(t.segments) == len(cues)


def _vtt(cues: list[tuple[float, float, str]]) -> str:
    from cleanup.formats.timecode import format_time

    return "WEBVTT\nKind: captions\nLanguage: en\n\n" + "".join(
        f"{format_time(a)} --> {format_time(b)} align:start position:0%\n{text}\n\n"
        for a, b, text in cues)


def test_a_first_cue_without_word_tags_keeps_its_line():
    # yt-dlp's newer files open with a 10 ms cue showing the first line plainly; the next
    # cue carries it over above the first tagged line. Both are the same words: said once.
    t = read_vtt(_vtt([
        (1.0, 1.01, "So, today we walk through"),
        (1.01, 2.5,
         "So, today we walk through\nthe<00:00:01.300><c> clinic</c><00:00:01.600><c> room.</c>"),
        (2.5, 2.51, "the clinic room."),
        (2.51, 4.0,
         "the clinic room.\nFirst<00:00:02.800><c> the</c><00:00:03.100><c> supplies.</c>"),
    ]))
    assert t.text == "So, today we walk through the clinic room. First the supplies."
    assert t.tokens[0].start == 1.0


def test_a_file_cut_mid_phrase_keeps_the_words_of_its_first_cue():
    # The file starts in the middle: its first cue carries a line whose own cue was cut off.
    t = read_vtt(_vtt([
        (5.0, 6.5, "walk you through\nthe<00:00:05.300><c> clinic</c><00:00:05.600><c> room</c>"),
        (6.5, 6.51, "the clinic room"),
        (6.51, 8.0, "the clinic room\nand<00:00:06.800><c> the</c><00:00:07.100><c> supplies</c>"),
    ]))
    assert t.text == "walk you through the clinic room and the supplies"
