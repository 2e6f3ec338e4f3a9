"""Words: a transcript read word by word, by index; its flags agree with the boundaries
module and the columns, and reading makes no Token."""
import pytest
from hypothesis import given, settings

from cleanup.boundaries import sentence_starts
from cleanup.lexicon import token_parts
from cleanup.transcript import Segment, Token, Transcript
from cleanup.words import Word, Words

from .support import token_strings

TEXT = "Dr. Gey said — “It’s fine.” ok\nSo, at 5 p.m. we\n\nleft… then"


@pytest.mark.parametrize("i, text, parts, key", [
    (0, "Dr.", ("", "Dr", "."), "dr"),
    (3, "—", ("", "", "—"), ""),
    (4, "“It’s", ("“", "It’s", ""), "it's"),
    (5, "fine.”", ("", "fine", ".”"), "fine"),
    (-1, "then", ("", "then", ""), "then"),
])
def test_parts_and_keys(i, text, parts, key):
    words = Words(Transcript.from_text(TEXT))
    w = words[i]
    assert (w.text, (w.lead, w.core, w.trail), w.key) == (text, parts, key)
    assert words.parts(w.index) == parts and words.key(w.index) == key
    assert w.is_word == bool(parts[1])


@pytest.mark.parametrize("i, sentence_start, new_line, new_cue, new_turn", [
    (0, True, False, True, True),   # Dr.
    (1, False, False, False, False),  # Gey: after a title
    (4, False, False, False, False),  # “It’s: after a dash, mid-sentence
    (6, True, False, False, False),   # ok: after fine.”
    (7, False, True, False, False),   # So,: a new line, the same sentence
    (11, None, False, False, False),  # we: after p.m. (maybe)
    (12, True, True, True, True),     # left…: a paragraph
    (13, None, False, False, False),  # then: after an ellipsis
])
def test_flags(i, sentence_start, new_line, new_cue, new_turn):
    w = Words(Transcript.from_text(TEXT))[i]
    assert (w.sentence_start, w.new_line, w.new_cue, w.new_turn) == (
        sentence_start, new_line, new_cue, new_turn)


def test_a_new_turn_is_another_speaker_or_a_paragraph():
    t = Transcript.from_segments([(Segment(speaker="Ann"), "Hi there."),
                                  (Segment(speaker="Ann"), "Still me."),
                                  (Segment(speaker="Bob"), "Hello."), (Segment(), "Noise")])
    words = Words(t)
    assert [words.new_cue(i) for i in range(len(words))] == [True, False, True, False, True, True]
    assert [words.new_turn(i) for i in range(len(words))] == [True, False, False, False, True, True]
    assert words.segment(4).speaker == "Bob" and words.segment(5) == Segment()


@pytest.mark.parametrize("i, nxt, prev", [(0, 1, None), (2, 4, 1), (3, 4, 2), (4, 5, 2),
                                           (13, None, 12)])
def test_next_and_previous_skip_punctuation(i, nxt, prev):
    words = Words(Transcript.from_text(TEXT))
    assert (words.next(i), words.previous(i)) == (nxt, prev)
    w = words[i]
    assert (w.next().index if w.next() else None, w.previous().index if w.previous() else None) \
        == (nxt, prev)


def test_where_decides_once_per_distinct_text():
    asked = []
    words = Words(Transcript.from_text("i said i am i"))
    found = list(words.where(lambda text: asked.append(text) or text == "i"))
    assert found == [0, 2, 4] and sorted(asked) == ["am", "i", "said"]
    assert [repr(w) for w in words.at(found)] == ["Word(0, 'i')", "Word(2, 'i')", "Word(4, 'i')"]


def test_lines_and_cues():
    t = Transcript.from_segments([(Segment(0, 1), "one two\nthree"), (Segment(1, 2), "four")],
                                 segment_sep="\n")
    words = Words(t)
    assert words.lines() == [(0, 2), (2, 3), (3, 4)]
    assert words.cues() == [(0, 3), (3, 4)]
    assert words.lines(1) == [(2, 3), (3, 4)]  # the line cut off at 1 is left out


def test_bounds_and_iteration():
    words = Words(Transcript.from_text("a b"))
    assert len(words) == 2 and [w.text for w in words] == ["a", "b"]
    assert isinstance(words[-2], Word) and words[-2].index == 0
    with pytest.raises(IndexError):
        words[2]
    assert Words(Transcript.from_text("")).lines() == []


def test_reading_makes_no_token(monkeypatch):
    from cleanup.transcript import TokenView

    def refuse(*args, **kwargs):
        raise AssertionError("a Token was made")
    monkeypatch.setattr(TokenView, "__getitem__", refuse)
    monkeypatch.setattr(TokenView, "__iter__", refuse)
    words = Words(Transcript.from_text(TEXT))
    assert [w.sentence_start for w in words].count(True) == 3 and words.cues()


@settings(derandomize=True, max_examples=300, deadline=None)
@given(token_strings(["Dr.", "so", "it.", "p.m.", "—", "[Music]", "ok?", "“Yes”", "I...", "e.g."],
                     [" ", "\n", "\n\n"]))
def test_flags_agree_with_the_boundaries_and_the_columns(text):
    t = Transcript.from_text(text)
    words = Words(t)
    n = len(words)
    assert [words.sentence_start(i) for i in reversed(range(n))] == sentence_starts(t)[::-1]
    assert [words.new_cue(i) for i in range(n)] == [
        i == 0 or t.segment_indices[i] != t.segment_indices[i - 1] for i in range(n)]
    assert [words.key(i) for i in range(n)] == [token_parts(x)[3] for x in t.texts]
    cores = [i for i in range(n) if token_parts(t.texts[i])[1]]
    assert [words.next(i) for i in range(n)] == [
        next((j for j in cores if j > i), None) for i in range(n)]
    covered = [i for a, b in words.lines() for i in range(a, b)]
    assert covered == list(range(n)) and [i for a, b in words.cues() for i in range(a,
                                                                                    b)] == covered


def test_tokens_from_segments_keep_their_reading():
    t = Transcript([Token("Hi,", "", segment=0, id=0), Token("you.", " ", segment=0, id=1)],
                   [Segment()])
    assert Words(t)[1].sentence_start is False and Words(t).key(0) == "hi"
