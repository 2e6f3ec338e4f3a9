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
