import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup.normalizers.hallucinations import RemoveHallucinations, default_phrases
from cleanup.transcript import Segment, Token, Transcript

from ..support import is_subsequence, token_strings, words

fix = RemoveHallucinations()


@pytest.mark.parametrize("raw, expected", [
    ("It flares up autoimmunity and Hashimoto’s you", "It flares up autoimmunity and Hashimoto’s"),
    ("for patients who have autoimmunity and hashimoto’s you",
     "for patients who have autoimmunity and hashimoto’s"),
    ("we talked about autoimmunity you", "we talked about autoimmunity"),
    ("That was it. you", "That was it."),
    ("That was it. You.", "That was it."),
    ("Real talk here.\n\nyou", "Real talk here."),
    ("Real talk here.\n\nThanks for watching!\n\nSubtitles by the Amara.org community",
     "Real talk here."),
    ("Real talk here.\n\nThanks for watching! Thanks for watching!", "Real talk here."),
    ("Thanks for watching!\n\nReal talk here.", "Real talk here."),
    ("Yeah.\nYeah.\nYeah.\nYeah.\nOkay.", "Yeah.\nOkay."),  # a loop: one copy stays
    ("Ok.\nYeah.\nYeah.\nYeah.\nYeah. you", "Ok.\nYeah."),  # the trailing you hid a loop
    ("word " * 300 + "end.\nYeah.\nYeah.\nYeah.\nYeah. you", "word " * 300 + "end.\nYeah."),
    ("We stop.\nSee you then.\nSee you then.\nSee you then.", "We stop.\nSee you then."),
    ("Done. Subtitles by the Amara.org community.", "Done."),
    ("Done. Transcribed by ESO. Then more.", "Done. Then more."),
    ("Subtitles by the Amara.org community\n\nReal talk.", "Real talk."),
    ("Real talk.\n\nThanks for, uh, for watching!", "Real talk."),  # stumbles hide no phrase
    ("That was it. you you", "That was it."),
    ("Hi. You. You. you", "Hi."),
], ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_removes_hallucinations_in_plain_text(raw, expected):
    assert fix(raw) == expected


@pytest.mark.parametrize("raw", [
    "You should try it.",
    "Thank you.",  # the only paragraph: nothing tells it from speech
    "Thank you, doctor. Thank you.",  # inside a paragraph of speech
    "Real talk.\n\nThank you.\n\nMore talk.",  # not at the end
    "Real talk here.\n\nThank you.",  # a real closing: nothing says Whisper made it up
    "Okay, thank you.\n\nThank you. Bye bye.",
    "Yeah.\nYeah.\nOkay.",  # two copies: an answer and its echo
    "Is it bad?\nNo.\nNo.\nNo.\nGood.",  # one word three times: maybe an answer
    "I’ll tell you",
    "thank you",
    "it’s you",
    "I wanted to share this with you",
    "and the problems, you",
    "so what do you think of you",
    "Who did it? You.",  # after a question, an answer
    "The subtitles by the door were wrong.",
    "Thanks for watching this with me, it helps.",
], ids=lambda v: v[:40])
def test_keeps_speech(raw):
    assert fix(raw) == raw


def seg(start, end, text, nsp=0.1, alp=-0.3, ratio=1.4):
    return (Segment(start, end, no_speech_prob=nsp, avg_logprob=alp, compression_ratio=ratio), text)


def timed(segment, text, t0):
    """A segment with word timings: one word a second from t0."""
    return (segment, [Token(w, start=t0 + k, end=t0 + k + 0.5) for k, w in enumerate(text.split())])


def test_whole_segments_with_bad_metadata_go_and_timings_stay():
    t = Transcript.from_segments([
        timed(Segment(0, 3, 0.1, -0.3, 1.5), "Hello and welcome.", 0.0),
        timed(Segment(3, 5, 0.8, -0.5, 1.0), "Thank you.", 3.0),     # high no_speech_prob
        timed(Segment(5, 7, 0.2, -1.4, 1.0), "Thanks for watching!", 5.0),  # low avg_logprob
        timed(Segment(8, 10, 0.1, -0.2, 1.2), "Thank you.", 8.0),    # good metadata: speech
        timed(Segment(10, 12, 0.9, -1.5, 1.1), "Some words here", 10.0),  # Whisper's silence rule
        timed(Segment(12, 14, 0.1, -0.2, 1.2), "Bye now.", 12.0),
    ])
    out = fix(t)
    assert out.text == "Hello and welcome. Thank you. Bye now."
    kept = {tok.id: tok for tok in t.tokens}
    for tok in out.tokens:
        assert (tok.start, tok.end, tok.segment) == (kept[tok.id].start, kept[tok.id].end,
                                                      kept[tok.id].segment)


def test_silent_segments_option():
    t = Transcript.from_segments([seg(0, 2, "Hello there."), seg(2, 4, "Some words", 0.9, -1.5)])
    assert fix(t).text == "Hello there."
    assert RemoveHallucinations(drop_silent_segments=False)(t).text == "Hello there. Some words"


def test_good_metadata_keeps_a_final_thank_you():
    t = Transcript.from_segments([seg(0, 2, "Hello there."), seg(2, 4, "Thank you.")])
    assert fix(t).text == "Hello there. Thank you."


def test_leading_phrase_segment_with_bad_metadata_goes():
    t = Transcript.from_segments([seg(0, 2, "you", nsp=0.95), seg(2, 4, "You should try it.")])
    assert fix(t).text == "You should try it."


def test_loop_segment_keeps_one_copy():
    t = Transcript.from_segments([
        seg(0, 2, "We inject it"),
        seg(2, 9, "to a mod-ox, to a mod-ox, to a mod-ox, to a mod-ox.", ratio=3.2),
        seg(9, 12, "and then it spreads.", nsp=0.9, alp=-1.6),
    ])
    assert fix(t).text == "We inject it to a mod-ox."


def test_repeats_without_a_high_compression_ratio_stay():
    t = Transcript.from_segments([seg(0, 2, "to a mod-ox, to a mod-ox", ratio=1.8)])
    assert fix(t).text == "to a mod-ox, to a mod-ox"


def test_trailing_you_after_silence_by_word_timings():
    t = Transcript.from_segments([(Segment(0, 9), [
        Token("I’ll", start=0.0, end=0.4), Token("see", start=0.5, end=0.8),
        Token("you", start=4.0, end=4.3)])])
    assert fix(t).text == "I’ll see"
    close = Transcript.from_segments([(Segment(0, 9), [
        Token("I’ll", start=0.0, end=0.4), Token("see", start=0.5, end=0.8),
        Token("you", start=0.9, end=1.1, probability=0.9)])])
    assert fix(close).text == "I’ll see you"


def test_options():
    assert RemoveHallucinations(phrases=["see you soon"])("Talk.\n\nSee you soon!") == "Talk."
    assert RemoveHallucinations(credits=["brought to you by *"])(
        "Talk. Brought to you by ACME. More.") == "Talk. More."
    assert RemoveHallucinations(builtin=False)("Talk.\n\nThank you.") == "Talk.\n\nThank you."
    assert RemoveHallucinations(trailing_words=())("autoimmunity you") == "autoimmunity you"
    with pytest.raises(ValueError, match="phrases"):
        RemoveHallucinations(phrases="thank you")


def test_phrase_list_loads_with_its_three_sections():
    phrases = default_phrases()
    assert "subtitles by the amara.org community" in phrases["credits"]
    assert "thanks for watching" in phrases["silence"]
    assert "thank you" in phrases["courtesy"] and "you" in phrases["courtesy"]
    assert not set(phrases["silence"]) & set(phrases["courtesy"])


def test_a_courtesy_after_a_long_silence_goes_but_not_after_speech():
    def cue(start, end, text):
        return (Segment(start, end), text)
    late = Transcript.from_segments([cue(0, 3, "We are done."), cue(25, 27, "Thank you.")])
    assert fix(late).text == "We are done."
    close = Transcript.from_segments([cue(0, 3, "We are done."), cue(3.2, 5, "Thank you.")])
    assert fix(close).text == "We are done. Thank you."
    pause = Transcript.from_segments([cue(0, 3, "We are done."), cue(6, 8, "Thank you. Bye bye.")])
    assert fix(pause).text == "We are done. Thank you. Bye bye."  # a human pause, not silence


def test_a_loop_across_speakers_is_a_conversation():
    turns = Transcript.from_segments([(Segment(k, k + 1, speaker=who), "No.")
                                      for k, who in enumerate(["A", "B", "A", "B"])])
    assert fix(turns).text == "No. No. No. No."
    loop = Transcript.from_segments([(Segment(k, k + 1), "Yeah.") for k in range(17)])
    assert fix(loop).text == "Yeah."


def test_seed_ending():
    from pathlib import Path

    seed = (Path(__file__).resolve().parents[2] / "samples" / "clinic_botox_seed.raw.txt"
            ).read_text(encoding="utf-8")
    out = fix(seed)
    assert out.endswith("for patients who have autoimmunity and hashimoto’s")
    assert out == seed.rstrip()[: -len(" you")]


# ---- reading the columns ---------------------------------------------------------------------
@pytest.mark.parametrize("t, expected", [
    (Transcript.from_text("Real talk here.\n\nThanks for watching!\n\nSubtitles by the Amara.org "
                          "community"), "Real talk here."),
    (Transcript.from_text("Ok.\nYeah.\nYeah.\nYeah.\nYeah. you"), "Ok.\nYeah."),
    (Transcript.from_text("Done. Transcribed by ESO. Then more."), "Done. Then more."),
    (Transcript.from_segments([
        seg(0, 2, "We inject it"),
        seg(2, 9, "to a mod-ox, to a mod-ox, to a mod-ox, to a mod-ox.", ratio=3.2),
        seg(9, 12, "and then it spreads.", nsp=0.9, alp=-1.6),
        seg(12, 14, "Thank you.", nsp=0.7)]), "We inject it to a mod-ox."),
    (Transcript.from_segments([(Segment(0, 9), [
        Token("I’ll", start=0.0, end=0.4), Token("see", start=0.5, end=0.8),
        Token("you", start=4.0, end=4.3)])]), "I’ll see"),
], ids=["closing and credits", "loop and trailing you", "credit line", "metadata", "timings"])
def test_reads_columns_without_making_tokens(t, expected, no_token_objects):
    assert fix.transform(t).text == expected


def test_a_transcript_without_hallucinations_is_returned_as_is():
    t = Transcript.from_text("Real talk.\n\nThank you.\n\nMore talk.")
    assert fix.transform(t) is t


# ---- properties -------------------------------------------------------------------------
VOCAB = ["you", "You.", "Thank", "you.", "thank", "Thanks", "for", "watching!", "Subtitles", "by",
         "the", "Amara.org", "community.", "Hashimoto’s", "autoimmunity", "tell", "it.", "so",
         "bye.", "—", "I", "see", "ESO.", "Transcribed"]
SEPS = [" ", " ", " ", "\n", "\n\n"]


def captions():
    return token_strings(VOCAB, SEPS, max_size=30)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(st.one_of(st.text(), captions()))
def test_idempotent_and_invents_nothing(text):
    once = fix(text)
    assert fix(once) == once
    assert is_subsequence(words(once), words(text))


@st.composite
def whisper_segments(draw):
    n = draw(st.integers(0, 5))
    out = []
    for k in range(n):
        text = draw(captions())
        meta = Segment(float(k), k + 1.0,
                       no_speech_prob=draw(st.none() | st.floats(0, 1)),
                       avg_logprob=draw(st.none() | st.floats(-3, 0)),
                       compression_ratio=draw(st.none() | st.floats(0.5, 4)))
        out.append((meta, text))
    return Transcript.from_segments(out)


@settings(derandomize=True, max_examples=200, deadline=None)
@given(whisper_segments())
def test_segments_idempotent_and_keep_timings(t):
    once = fix(t)
    assert fix(once).text == once.text
    assert is_subsequence(words(once.text), words(t.text))
    by_id = {tok.id: tok for tok in t.tokens}
    assert all(by_id[tok.id].start == tok.start and by_id[tok.id].segment == tok.segment
               for tok in once.tokens)
