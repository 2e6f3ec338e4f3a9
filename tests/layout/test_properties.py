"""Properties of layout() on any timed words: the words never change (cues listed out of
time order come in time order, each with its words), every word sits in a
cue that overlaps its time, cue times increase without overlaps, and, for speech that can be
captioned within the rules, every cue keeps every limit."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup.layout import BBC, DCMP, NETFLIX, layout, lint, word_times
from cleanup.layout.order import in_time_order
from cleanup.transcript import Segment, Token, Transcript

SETTINGS = settings(derandomize=True, max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

VOCAB = ["the", "a", "Dr.", "Anna", "Rutherford", "we", "will", "start", "injections", "next",
         "week.", "your", "migraines,", "and", "because", "of", "chronic", "pain.", "Yes.",
         "okay?", "Hashimoto's", "thyroid", "levels", "look", "stable,", "so", "—", "it's",
         "fine!", "antidepressants", "on", "Monday", "10", "milligrams", "twice", "daily."]


@st.composite
def any_timed(draw):
    """Words with arbitrary (even overlapping or backwards) times and speakers."""
    n = draw(st.integers(1, 60))
    t = draw(st.floats(0, 100))
    tokens = []
    for _ in range(n):
        text = draw(st.sampled_from(VOCAB + ["x" * 50, "..."]))
        start = t + draw(st.floats(-0.5, 3.0))
        end = start + draw(st.floats(-0.1, 2.0))
        tokens.append(Token(text, " ", max(start, 0.0), max(end, 0.0)))
        t = max(start, 0.0)
    cuts = sorted(set(draw(st.lists(st.integers(1, n), max_size=4))) - {n})
    bounds = [0, *cuts, n]
    speakers = draw(st.lists(st.sampled_from([None, "A", "B"]), min_size=len(bounds) - 1,
                             max_size=len(bounds) - 1))
    pairs = [(Segment(tokens[a].start, tokens[b - 1].end, speaker=speakers[k]), tokens[a:b])
             for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    return Transcript.from_segments(pairs)


@st.composite
def speakable(draw):
    """Speech that can be captioned within the rules: words of at most 11 characters at 9 to
    15 characters a second, silences of a second or more between stretches of speech."""
    n = draw(st.integers(1, 80))
    t = 0.0
    tokens = []
    for _ in range(n):
        text = draw(st.sampled_from([w for w in VOCAB if len(w) <= 11]))
        rate = draw(st.floats(9, 15))
        start = t
        end = start + max(len(text) / rate, 60 / 130)  # 130 words a minute at most
        tokens.append(Token(text, " ", round(start, 3), round(end, 3)))
        t = end + draw(st.sampled_from([0.0, 0.02, 0.05, 0.1, 1.0, 2.5]))
    return Transcript.from_segments([(Segment(0.0, t), tokens)])


def _check_structure(t, out):
    # Cues a file lists out of time order are laid out in time order, each with its words.
    t = in_time_order(t)
    assert [tok.text for tok in out.tokens] == [tok.text for tok in t.tokens]
    times = word_times(t)
    for tok, (ws, we) in zip(out.tokens, times):
        seg = out.segments[tok.segment]
        # the cue overlaps the word's time (cue times are whole milliseconds)
        assert seg.start <= we + 0.0005 and ws <= seg.end + 0.0005
    segs = out.segments
    assert all(s.start <= s.end for s in segs)
    assert all(a.end <= b.start for a, b in zip(segs, segs[1:]))
    assert [tok.segment for tok in out.tokens] == sorted(tok.segment for tok in out.tokens)


@SETTINGS
@given(any_timed())
def test_words_kept_cues_overlap_their_words_times_increase(t):
    for rules in (NETFLIX, DCMP, BBC):
        _check_structure(t, layout(t, rules))


@SETTINGS
@given(speakable())
def test_every_cue_within_the_limits_when_the_words_allow_it(t):
    for rules in (NETFLIX, DCMP, BBC):
        out = layout(t, rules)
        _check_structure(t, out)
        assert all(s.start < s.end for s in out.segments)
        assert lint(out, rules) == [], rules.name


@st.composite
def cue_timed(draw):
    """An ordinary SRT: cues with times, words without (their times are interpolated)."""
    n = draw(st.integers(1, 8))
    t = 0.0
    pairs = []
    for _ in range(n):
        words = draw(st.lists(st.sampled_from(VOCAB), min_size=1, max_size=25))
        start = t + draw(st.floats(0, 3))
        end = start + draw(st.floats(0, 40))
        pairs.append((Segment(start, end), " ".join(words)))
        t = end
    return Transcript.from_segments(pairs, format="srt")


@SETTINGS
@given(cue_timed())
def test_cue_timed_files_keep_words_and_order(t):
    for rules in (NETFLIX, BBC):
        _check_structure(t, layout(t, rules))


@SETTINGS
@given(speakable())
def test_layout_of_timed_words_is_stable(t):
    once = layout(t)
    assert layout(once) == once


@SETTINGS
@given(cue_timed(), st.randoms(use_true_random=False))
def test_cues_in_any_file_order_are_laid_out_as_in_time_order(t, rnd):
    # Issue 22.9: an SRT listing cues out of time order put every word into one cue, far
    # from its time. Shuffled, the cues are laid out as the file in time order is.
    pairs = [(seg, " ".join(tok.text for tok in tokens))
             for seg, tokens in zip(t.segments, t.segment_tokens())]
    rnd.shuffle(pairs)
    shuffled = Transcript.from_segments(pairs, format="srt")
    ordered = Transcript.from_segments(sorted(pairs, key=lambda p: p[0].start), format="srt")
    for rules in (NETFLIX, BBC):
        a, b = layout(shuffled, rules), layout(ordered, rules)
        assert a.text == b.text and a.segments == b.segments
