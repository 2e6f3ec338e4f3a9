import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleanup import tokenizer
from cleanup.marks import split_punct
from cleanup.transcript import PARAGRAPH, Segment, Token, Transcript


@pytest.mark.parametrize("text, expected", [
    ("", ""),
    ("one", "one"),
    ("Hi there.\n\nNew paragraph.\nNew line.", "Hi there.\n\nNew paragraph.\nNew line."),
    ("  leading and trailing  ", "leading and trailing"),
    ("tabs\tand  runs   of spaces", "tabs and runs of spaces"),
    ("three\n\n\n\nbreaks \n \n fold", "three\n\nbreaks\n\nfold"),
    ("a line \r\n break", "a line\nbreak"),
])
def test_from_text_folds_whitespace(text, expected):
    assert Transcript.from_text(text).text == expected


def test_paragraphs_become_segments():
    t = Transcript.from_text("one two\n\nthree")
    assert [tok.segment for tok in t.tokens] == [0, 0, 1]
    assert len(t.segments) == 2 and t.tokens[2].sep == PARAGRAPH


@pytest.mark.parametrize("text, parts", [
    ("“Hello,”", ("“", "Hello", ",”")),
    ("it’s", ("", "it’s", "")),
    ("U.S.", ("", "U.S", ".")),
    ("...", ("", "", "...")),
    ("(3.50)", ("(", "3.50", ")")),
])
def test_split_punct(text, parts):
    assert split_punct(text) == parts


def _timed(*words):
    return Transcript.from_segments([(Segment(0.0, 9.0), [
        Token(w, start=float(k), end=k + 0.5) for k, w in enumerate(words)])])


@pytest.mark.parametrize("words, span, expected", [
    (("You", "like", "her,", "huh?"), (3, 4), "You like her?"),
    (("shots", "to", "um", "uh,", "to"), (2, 4), "shots to to"),
    (("“Um,", "yes,”", "she"), (0, 1), "“yes,” she"),
    (("Hey!", "Uh..."), (1, 2), "Hey!"),
    (("a", "b."), (0, 2), ""),
])
def test_remove_mends_punctuation(words, span, expected):
    assert _timed(*words).remove([span]).text == expected


def test_remove_keeps_timings_and_paragraph_breaks():
    t = Transcript.from_text("one um\n\ntwo")
    out = t.remove([(1, 2)])
    assert out.text == "one\n\ntwo"
    timed = _timed("I’ve", "had", "uh", "a", "lot").remove([(2, 3)])
    assert [(k.text, k.start) for k in timed.tokens] == [
        ("I’ve", 0.0), ("had", 1.0), ("a", 3.0), ("lot", 4.0)]


def test_transcript_is_immutable():
    t = Transcript.from_text("a b")
    with pytest.raises(AttributeError):
        t.tokens = ()
    with pytest.raises(AttributeError):
        t.tokens[0].text = "x"
    with pytest.raises(TypeError):
        t.meta["x"] = 1


def test_span_falls_back_to_segment_times():
    t = Transcript.from_segments([(Segment(1.0, 2.0), "no word times")])
    assert t.span(t.tokens) == (1.0, 2.0)


# ---- the column store ------------------------------------------------------------------
def _mixed() -> Transcript:
    """Timed and untimed tokens, an inserted token (no id), two segments."""
    return Transcript([Token("So", "", segment=0, id=0), Token("uh,", " ", 1.0, 1.2, 0, 1, 0.4),
                       Token("new", " ", segment=0), Token("yes.", PARAGRAPH, 2.0, 2.5, 1, 3)],
                      [Segment(0.0, 1.5), Segment(2.0, 2.5)], {"format": "txt"})


def test_columns_give_back_the_tokens_they_were_made_from():
    tokens = list(_mixed().tokens)
    t = Transcript(tokens, [Segment(), Segment()])
    assert list(t.tokens) == tokens and t.tokens == tuple(tokens) and t.tokens == tokens
    assert [type(tok).__name__ for tok in t.tokens] == ["Token", "TimedToken", "Token",
                                                        "TimedToken"]
    assert t.texts == ("So", "uh,", "new", "yes.") and t.seps == ("", " ", " ", PARAGRAPH)
    assert t.segment_indices == (0, 0, 0, 1) and list(t.ids) == [0, 1, -1, 3]
    assert t.starts == (None, 1.0, None, 2.0) and t.probabilities == (None, 0.4, None, None)
    assert Transcript.from_text("no times").starts is None


@pytest.mark.parametrize("index, text", [(0, "So"), (-1, "yes."), (2, "new"), (-4, "So")])
def test_token_view_indexes_like_a_tuple(index, text):
    view = _mixed().tokens
    assert view[index].text == text and view[index] == tuple(view)[index]


def test_token_view_slices_reverses_and_bounds():
    view = _mixed().tokens
    assert view[1:3] == tuple(view)[1:3] and isinstance(view[1:3], tuple)
    assert view[::-2] == tuple(view)[::-2] and list(reversed(view)) == list(view)[::-1]
    assert view[1] in view and view.index(view[2]) == 2 and len(view) == 4
    with pytest.raises(IndexError):
        view[4]
    with pytest.raises(IndexError):
        view[-5]


def test_transcripts_compare_pickle_and_stay_immutable():
    import pickle

    t = _mixed()
    assert t == _mixed() and t != t.with_texts({0: "Well"})
    copy = pickle.loads(pickle.dumps(t))
    assert copy == t and list(copy.tokens) == list(t.tokens) and copy.meta["format"] == "txt"
    with pytest.raises(AttributeError):
        t.segments = ()
    with pytest.raises(TypeError):
        t.ids[0] = 5
    with pytest.raises(TypeError):
        hash(t)


@pytest.mark.parametrize("bad, message", [
    (("word",), "Token objects"),
    ((Token("a", id="x"),), "whole numbers"),
    ((Token("a", id=-3),), "whole numbers"),
])
def test_tokens_must_be_tokens_with_whole_number_ids(bad, message):
    with pytest.raises(TypeError, match=message):
        Transcript(bad)


def test_text_edits_share_the_other_columns():
    t = Transcript.from_text("i think i am")
    out = t.map_texts(lambda w: "I" if w == "i" else w)
    assert out.text == "I think I am"
    assert out.seps is t.seps and out.segment_indices is t.segment_indices
    assert t.with_texts({1: "think"}) is t and t.map_texts(str) is t
    assert t.map_tokens(lambda i,
                        tok: tok.text.upper() if i == 3 else tok.text).text == "i think i AM"


@pytest.mark.parametrize("edits, text, ids", [
    ({}, "a b, c d", [0, 1, 2, 3]),
    ({1: []}, "a c d", [0, 2, 3]),
    ({0: []}, "b, c d", [1, 2, 3]),  # the new first token loses its separator
    ({1: [Token("b,", " ", segment=0, id=1), Token("and", " ", segment=0)]}, "a b, and c d",
     [0, 1, -1, 2, 3]),
    ({3: [Token("D", " ", segment=0, id=3)], 0: [Token("A", "", segment=0, id=0)]}, "A b, c D",
     [0, 1, 2, 3]),
])
def test_splice_replaces_tokens_by_index(edits, text, ids):
    out = Transcript.from_text("a b, c d").splice(edits)
    assert out.text == text and list(out.ids) == ids


def test_splice_keeps_timings_and_rejects_bad_indices():
    t = _timed("one", "um", "two")
    out = t.splice({1: []})
    assert [(tok.text, tok.start) for tok in out.tokens] == [("one", 0.0), ("two", 2.0)]
    with pytest.raises(IndexError):
        t.splice({3: []})


def test_segment_groups_follow_segments_in_either_order():
    t = Transcript.from_segments([(Segment(0.0, 1.0), "one two"), (Segment(1.0, 2.0), ""),
                                  (Segment(2.0, 3.0), "three")])
    assert [[tok.text for tok in g] for g in t.segment_groups()] == [["one", "two"], [], ["three"]]
    shuffled = Transcript([Token("b", "", segment=1, id=1), Token("a", " ", segment=0, id=0),
                           Token("x", " ")], [Segment(), Segment()])
    assert shuffled.segment_tokens() == [[Token("a", " ", segment=0, id=0)],
                                         [Token("b", "", segment=1, id=1)]]


@pytest.mark.parametrize("segments, expected", [
    ([None], [[]]),
    ([None, None], [[]]),
    ([None, 0], [["b"]]),
    ([0, None], [["a"]]),
    ([0, 0], [["a", "b"]]),
])
def test_segment_groups_leave_out_tokens_without_a_segment(segments, expected):
    words = ["a", "b"][:len(segments)]
    t = Transcript.from_text(" ".join(words)).regrouped(
        ["", " "][:len(segments)], segments, [Segment()])
    assert [[tok.text for tok in g] for g in t.segment_groups()] == expected


def test_remove_shrinks_every_column_together():
    t = _mixed()
    out = t.remove([(1, 3)])
    assert out.text == "So\n\nyes." and list(out.ids) == [0, 3]
    assert out.starts == (None, 2.0) and out.segment_indices == (0, 1)
    assert t.remove([(0, 4)]).text == "" and t.remove([]) is t


def test_splice_adds_timing_columns_for_a_timed_token():
    t = Transcript.from_text("a b c")
    out = t.splice({1: [Token("B", " ", 1.0, 1.5, 0, 1)], 2: []})
    assert out.starts == (None, 1.0) and out.ends == (None, 1.5) and out.probabilities == (None,
                                                                                           None)
    assert list(out.tokens) == [Token("a", "", segment=0, id=0), Token("B", " ", 1.0, 1.5, 0, 1)]


@pytest.mark.parametrize("edits, spans, expected", [
    ({}, [], "So um, I think it."),
    ({0: "so"}, [], "so um, I think it."),
    ({1: "um"}, [(1, 2)], "So I think it."),  # the edited comma goes with its word
    ({4: "it!"}, [(4, 5)], "So um, I think!"),  # an edited sentence end still moves back
    ({-1: "it?"}, [(1, 2)], "So I think it?"),
])
def test_remove_applies_text_edits_first(edits, spans, expected):
    t = Transcript.from_text("So um, I think it.")
    assert t.remove(spans, texts=edits).text == expected
    assert t.remove(spans, texts=edits) == t.with_texts(edits).remove(spans)


# ---- properties: the column edits agree with editing a list of tokens ------------------
from hypothesis import given, settings, strategies as st  # noqa: E402

_WORDS = st.sampled_from(["so", "uh,", "I", "think.", "—", "“yes”", "it’s", "", "\u200b"])
_SEPS = st.sampled_from(["", " ", "\n", "\n\n"])
_TIME = st.one_of(st.none(), st.floats(0, 100, allow_nan=False))


@st.composite
def _transcripts(draw):
    n = draw(st.integers(0, 12))
    tokens = []
    for k in range(n):
        timed = draw(st.booleans())
        tokens.append(Token(draw(_WORDS), draw(_SEPS) if k else "", draw(_TIME) if timed else None,
                            draw(_TIME) if timed else None, draw(st.integers(0, 2)),
                            draw(st.one_of(st.none(), st.just(k)))))
    return Transcript(tokens, [Segment()] * 3)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(_transcripts(), st.data())
def test_splice_is_editing_the_token_list(t, data):
    n = len(t.texts)
    indices = data.draw(st.sets(st.integers(0, n - 1), max_size=n)) if n else set()
    most = data.draw(st.sampled_from([1, 2]))  # 1: drops and rewrites only (the fast path)
    edits = {i: data.draw(st.lists(st.sampled_from([t.tokens[i], t.tokens[i].with_text("x"),
                                                    Token("new", " ", 1.0, 2.0, 0),
                                                    Token("plain", " ", segment=1)]),
                                   max_size=most)) for i in indices}
    expected = [tok for i, old in enumerate(t.tokens) for tok in edits.get(i, [old])]
    assert t.splice(edits) == t.with_tokens(expected)


@settings(derandomize=True, max_examples=300, deadline=None)
@given(_transcripts(), st.data())
def test_text_edits_and_groups_agree_with_the_tokens(t, data):
    n = len(t.texts)
    indices = data.draw(st.sets(st.integers(0, n - 1), max_size=n)) if n else set()
    texts = {i: t.texts[i] + "!" for i in indices}
    assert t.with_texts(texts) == Transcript(
        [tok.with_text(texts.get(i, tok.text)) for i, tok in enumerate(t.tokens)], t.segments)
    assert list(t.positions({"so", "I"})) == [i for i, x in enumerate(t.texts) if x in {"so", "I"}]
    assert [list(g) for g in t.segment_groups()] == [
        [tok for tok in t.tokens if tok.segment == k] for k in range(3)]
    spans = data.draw(st.lists(st.tuples(st.integers(0, n), st.integers(0, n)), max_size=3))
    assert t.remove(spans, texts=texts) == t.with_texts(texts).remove(spans)
    kept = t.remove(spans)
    assert set(kept.ids) <= set(t.ids) and len(kept.texts) <= n


def test_splice_an_untimed_token_into_a_timed_transcript_has_no_times():
    t = _timed("one", "two", "three")
    out = t.splice({1: [Token("TWO", " ", segment=0, id=1)], 2: []})
    assert out.starts == (0.0, None) and out.ends == (0.5, None)
    assert list(out.tokens)[1] == Token("TWO", " ", segment=0, id=1)


# ---- the old editing helpers: deprecated wrappers over Edits --------------------------------
@pytest.mark.parametrize("name", ["map_texts", "with_texts", "remove", "splice", "with_tokens",
                                  "map_tokens", "regrouped"])
def test_old_editing_helpers_are_deprecated_wrappers(name):
    assert getattr(Transcript, name).__doc__.startswith("Deprecated, use transcript.edit()")


@pytest.mark.parametrize("old, new", [
    (lambda t: t.map_texts(str.upper), lambda e: e.map_texts(str.upper)),
    (lambda t: t.with_texts({1: "B"}), lambda e: e.rewrite(1, "B")),
    (lambda t: t.remove([(1, 2)]), lambda e: e.drop(1)),
    (lambda t: t.splice({1: []}), lambda e: e.drop(1, mend=False)),
    (lambda t: t.with_tokens(list(t.tokens)[:2]), lambda e: e.drop(2, 4, mend=False)),
    (lambda t: t.regrouped(["", " ", "\n", " "], [0, 0, 0, 0], [Segment()]),
     lambda e: e.regroup(["", " ", "\n", " "], [0, 0, 0, 0], [Segment()])),
], ids=["map_texts", "with_texts", "remove", "splice", "with_tokens", "regrouped"])
def test_old_helpers_give_what_edits_give(old, new):
    t = _timed("so", "uh,", "we", "go.")
    edits = t.edit()
    new(edits)
    assert old(t) == edits.commit()


# ---- tokenizing: checked against the definition, one regex match per token ---------------
_WS = "\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # White_Space


def _tokenize_by_definition(text):
    """A token is a run of non-White_Space; the whitespace before it folds to a space, a
    line break (one \\n) or a paragraph break (two or more), none before the first token."""
    texts, seps, segs, seg = [], [], [], 0
    for m in re.finditer(f"([{_WS}]*)([^{_WS}]+)", text):
        newlines = m.group(1).count("\n")
        sep = "" if not texts else " " if not newlines and m.group(1) else \
            "\n" if newlines == 1 else "\n\n" if newlines else ""
        seg += sep == "\n\n"
        texts.append(m.group(2))
        seps.append(sep)
        segs.append(seg)
    return tuple(texts), tuple(seps), tuple(segs)


_PIECES = ["a", "Bc.", "I’m", "5mg", ",", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\xa0",
           "\u2028", "\u3000", "\x85", "\r", "\x0b", "\n \n", " \n\n ",
           "\x1c", "a\x1fb"]  # \x1c-\x1f are not White_Space: never a separator


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from([1, 2, 3, 7, 1 << 16]))
def test_tokenize_follows_the_definition_across_chunks(pieces, chunk):
    text = "".join(pieces)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tokenizer, "_CHUNK", chunk)  # the text split at every possible place
        got = tokenizer.tokenize(text)
    assert got == _tokenize_by_definition(text)
    assert all(type(seg) is int for seg in got[2])


def test_plain_paragraphs_share_one_empty_segment():
    t = Transcript.from_text("one\n\ntwo\n\nthree")
    assert t.segments == (Segment(),) * 3 and [tok.segment for tok in t.tokens] == [0, 1, 2]
