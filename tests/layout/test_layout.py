"""layout(): hard breaks, cue choice, timing, untimed input, presets."""
import pytest

from cleanup import build_pipeline, formats
from cleanup.layout import BBC, DCMP, KEEP, NETFLIX, has_timings, layout, lint, resolve, word_times
from cleanup.transcript import LINE, Segment, Transcript

from .helpers import cue_texts, spoken, timed

LONG = ("Your Hashimoto's thyroid levels look stable, so we can start the injections next week "
        "if the side effects stay mild.")


def test_a_long_segment_becomes_readable_cues():
    t = timed(*spoken(LONG, rate=15))
    out = layout(t)
    assert [tok.text for tok in out.tokens] == [tok.text for tok in t.tokens]
    assert len(out.segments) >= 2
    assert lint(out) == []
    assert all(len(line) <= 42 for cue in cue_texts(out) for line in cue.split("\n"))


def test_speaker_change_is_a_hard_break():
    words = spoken("How are you feeling? Much better, thanks.", rate=16, gap=0.02)
    t = timed(*words, segment_starts=[4], speakers=["Doctor", "Patient"])
    out = layout(t)
    assert cue_texts(out) == ["How are you feeling?", "Much better, thanks."]
    assert [s.speaker for s in out.segments] == ["Doctor", "Patient"]


def test_same_speaker_short_question_and_answer_share_a_cue_when_too_short_alone():
    # Two quick sentences with no silence: alone, the first could not stay up 5/6 s.
    words = spoken("Okay. Then we start Monday.", rate=18, gap=0.02)
    out = layout(timed(*words))
    assert cue_texts(out) == ["Okay. Then we start Monday."]


def test_sentences_get_their_own_cues_when_there_is_time():
    words = spoken("We looked at your scan today. Everything there looks completely normal.",
                   rate=12)
    assert cue_texts(layout(timed(*words))) == [
        "We looked at your scan today.", "Everything there looks completely normal."]


@pytest.mark.parametrize("pause, cues", [(0.3, 1), (0.5, 2), (1.5, 2)])
def test_a_pause_is_a_hard_break(pause, cues):
    first = spoken("we can start", rate=12)
    second = spoken("next week", start=first[-1][2] + pause, rate=12)
    assert len(layout(timed(*first, *second)).segments) == cues


def test_pause_threshold_is_a_setting():
    first = spoken("we can start", rate=12)
    second = spoken("next week", start=first[-1][2] + 0.6, rate=12)
    assert len(layout(timed(*first, *second), resolve("netflix", {"pause": 1.0})).segments) == 1


def test_a_short_cue_is_extended_into_the_silence_after_it():
    out = layout(timed(("Yes.", 1.0, 1.2), ("Right", 5.0, 5.3), ("then.", 5.3, 5.6)))
    (s1, e1), (s2, e2) = [(s.start, s.end) for s in out.segments]
    assert (s1, e1) == (1.0, 1.833)  # 5/6 s
    assert s2 == 5.0 and e2 == pytest.approx(5.833)


def test_reading_speed_extends_the_cue():
    # 41 characters spoken in 1.2 s need 2.05 s at 20 characters a second.
    words = spoken("Please bring your list of medicines along", rate=34, gap=0.0)
    out = layout(timed(*words, ("Good.", 6.0, 6.3)))
    first = out.segments[0]
    assert first.end - first.start == pytest.approx(2.05, abs=0.002)


def test_a_cue_too_short_to_read_merges_with_the_next_when_they_fit_one():
    words = [("Yes.", 0.0, 0.2), ("Right,", 0.75, 1.0), ("fine", 1.0, 1.3), ("then.", 1.3, 1.6)]
    out = layout(timed(*words))
    assert cue_texts(out) == ["Yes. Right, fine then."]
    assert lint(out) == []


def test_extension_stops_at_the_next_cue_minus_two_frames():
    # Another speaker: no merge; the cue stays up until two frames before the next one.
    words = [("Yes.", 0.0, 0.2), ("Right,", 0.75, 1.0), ("fine", 1.0, 1.3), ("then.", 1.3, 1.6)]
    out = layout(timed(*words, segment_starts=[1], speakers=["A", "B"]))
    assert out.segments[0].end == pytest.approx(0.75 - 2 / 24, abs=0.001)
    assert lint(out, NETFLIX)[0].rule == "min_duration"  # the words did not allow it


def test_a_short_cue_that_cannot_merge_starts_early_into_the_silence_before_it():
    words = [("So.", 0.0, 0.1), ("Yes.", 1.4, 1.6), ("Right,", 2.05, 2.3), ("fine.", 2.3, 2.6)]
    out = layout(timed(*words, segment_starts=[1, 2], speakers=["A", "B", "C"]))
    assert cue_texts(out) == ["So.", "Yes.", "Right, fine."]
    assert [(s.start, s.end) for s in out.segments][1] == (pytest.approx(2.05 - 2 / 24 - 5 / 6,
                                                                          abs=0.001),
                                                           pytest.approx(2.05 - 2 / 24, abs=0.001))
    assert lint(out) == []


# Whisper word times around fillers: each filler's time becomes a gap when it is removed.
FILLED = [("Okay,", 0.0, 0.4), ("um,", 0.5, 1.1), ("so,", 1.2, 1.5), ("uh,", 1.6, 2.2),
          ("in", 2.3, 2.4), ("1980,", 2.4, 2.9), ("um,", 3.0, 3.6), ("we", 3.7, 3.8),
          ("opened", 3.8, 4.1), ("the", 4.1, 4.2), ("clinic", 4.2, 4.6), ("here.", 4.6, 5.0)]


def test_a_gap_left_by_a_removed_filler_is_not_a_pause():
    cleaned = build_pipeline("clean")(timed(*FILLED))
    assert cleaned.text == "Okay, so, in 1980, we opened the clinic here."
    out = layout(cleaned)
    assert cue_texts(out) == ["Okay, so, in 1980,\nwe opened the clinic here."]
    assert lint(out) == []


def test_a_real_silence_around_a_removed_filler_is_still_a_pause():
    words = [("We", 0.0, 0.2), ("start", 0.2, 0.6), ("today.", 0.6, 1.0), ("Um,", 3.0, 3.4),
             ("next", 5.0, 5.3), ("week", 5.3, 5.6), ("we", 5.6, 5.7), ("check.", 5.7, 6.1)]
    out = layout(build_pipeline("clean")(timed(*words)))
    assert cue_texts(out) == ["We start today.", "Next week we check."]


def test_cues_listed_out_of_time_order_are_laid_out_in_time_order():
    srt = "".join(f"{n}\n00:00:{a:02},000 --> 00:00:{b:02},000\n{text}\n\n" for n, (a, b, text)
                  in enumerate([(20, 22, "and the third one last."), (0, 2, "The first cue"),
                                (10, 12, "then the second,")], 1))
    out = layout(formats.parse(srt, "srt"))
    assert [(s.start, s.end, text) for s, text in zip(out.segments, cue_texts(out))] == [
        (0.0, 2.0, "The first cue"), (10.0, 12.0, "then the second,"),
        (20.0, 22.0, "and the third one last.")]


def test_tiny_gaps_are_closed_to_two_frames():
    first = spoken("We looked at your scan results together today,", rate=12)
    second = spoken("and everything there looks completely normal.",
                    start=first[-1][2] + 0.3, rate=12)
    out = layout(timed(*first, *second))
    assert len(out.segments) == 2
    assert out.segments[1].start - out.segments[0].end == pytest.approx(2 / 24, abs=0.001)


def test_a_cue_never_stays_longer_than_the_maximum():
    out = layout(timed(("Hello.", 0.0, 0.4), ("Again.", 20.0, 20.4)))
    assert [s.end - s.start for s in out.segments] == [pytest.approx(5 / 6, abs=0.001)] * 2
    slow = timed(*spoken("so we will see how it goes over the next few weeks", rate=4))
    assert all(s.end - s.start <= 7.0 for s in layout(slow).segments)


@pytest.mark.parametrize("rules, width", [(NETFLIX, 42), (DCMP, 32), (BBC, 37)])
def test_presets_line_widths(rules, width):
    words = spoken(LONG + " " + LONG, rate=10)
    out = layout(timed(*words), rules)
    lines = [line for cue in cue_texts(out) for line in cue.split("\n")]
    assert max(map(len, lines)) <= width
    assert lint(out, rules) == []


def test_keep_and_untimed_text_come_back_unchanged():
    t = timed(*spoken(LONG))
    assert layout(t, KEEP) is t
    text = Transcript.from_text("No timings here at all.")
    assert not has_timings(text)
    assert layout(text) is text


def test_srt_words_are_interpolated_inside_their_cue():
    t = formats.parse("1\n00:00:01,000 --> 00:00:02,000\nhi you\n", "srt")
    # by length + 1: 3 and 4
    flat = [t for pair in word_times(t) for t in pair]
    assert flat == pytest.approx([1.0, 1 + 3 / 7, 1 + 3 / 7, 2.0])
    out = layout(t)
    assert (out.segments[0].start, out.segments[0].end) == (1.0, 2.0)


def test_a_cue_running_on_over_silence_is_not_stretched_over_it():
    t = formats.parse("1\n00:00:00,000 --> 00:01:10,000\nThanks for watching!\n", "srt")
    out = layout(t)
    assert out.segments[0].end - out.segments[0].start <= 7.0
    assert lint(out) == []


def test_line_breaks_are_line_separators_and_srt_writes_them():
    out = layout(timed(*spoken(LONG, rate=15)))
    assert any(tok.sep == LINE for tok in out.tokens)
    srt = formats.render(out, "srt")
    assert all(len(line) <= 42 for line in srt.splitlines())


def test_whisper_fields_kept_when_a_cue_comes_from_one_segment():
    seg = Segment(0.0, 2.0, no_speech_prob=0.1, avg_logprob=-0.2, compression_ratio=1.3)
    t = Transcript.from_segments([(seg, [tok for tok in timed(*spoken("Good morning.")).tokens])])
    assert layout(t).segments[0].avg_logprob == -0.2


def test_layout_is_stable_on_timed_words():
    once = layout(timed(*spoken(LONG + " " + LONG, rate=15)))
    assert layout(once) == once
