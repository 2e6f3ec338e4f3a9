"""Edits: each verb, the rules every commit keeps (no overlaps, the first separator, ids,
timings), the cheap paths, the regions, and a property: any set of edits that do not
overlap gives what editing a plain list of tokens gives."""
import pytest
from hypothesis import given, settings, strategies as st

from cleanup.edits import Edits, merged_spans
from cleanup.marks import LINE, PARAGRAPH, mend_after, mend_before, split_punct, stronger_sep
from cleanup.transcript import Segment, Token, Transcript

from .support import timed


def edited(text, *calls):
    """The text of ``text`` after the edits ``calls`` ((verb, args...) tuples), and the ids."""
    e = Edits(Transcript.from_text(text))  # what transcript.edit() gives
    for verb, *args in calls:
        getattr(e, verb)(*args)
    out = e.commit()
    return out.text, list(out.ids)


# ---- the verbs ------------------------------------------------------------------------------
@pytest.mark.parametrize("calls, text, ids", [
    ([], "a b, c d", [0, 1, 2, 3]),
    ([("rewrite", 1, "B,")], "a B, c d", [0, 1, 2, 3]),
    ([("rewrite", -1, "D")], "a b, c D", [0, 1, 2, 3]),
    ([("rewrite", 2, "c", "\n")], "a b,\nc d", [0, 1, 2, 3]),
    ([("rewrite", 0, "A", " ")], "A b, c d", [0, 1, 2, 3]),  # the first keeps no separator
    ([("rewrite", 1, "b,")], "a b, c d", [0, 1, 2, 3]),  # the same text: no change
    ([("rewrite_all", {0: "A", 3: "D"})], "A b, c D", [0, 1, 2, 3]),
], ids=["none", "text", "negative", "sep", "first", "same", "all"])
def test_rewrite(calls, text, ids):
    assert edited("a b, c d", *calls) == (text, ids)


@pytest.mark.parametrize("raw, calls, expected", [
    ("You like her, huh?", [("drop", 3)], "You like her?"),
    ("shots to um uh, to", [("drop", 2, 4)], "shots to to"),
    ("shots to um uh, to", [("drop", 2), ("drop", 3)], "shots to to"),  # one run
    ("“Um, yes,” she", [("drop", 0)], "“yes,” she"),
    ("Hey! Uh...", [("drop", 1)], "Hey!"),
    ("I said (this uh) ok", [("drop", 3)], "I said (this) ok"),  # the bracket stays closed
    ("- Hm, no.", [("drop", 1)], "- no."),
    ("one.\n-Hm, no.", [("drop", 1)], "one.\n-no."),  # a dialogue dash leads the line
    ("one -Hm, no.", [("drop", 1)], "one no."),  # not at a line start: a dash goes
    ("one um\n\ntwo", [("drop", 1)], "one\n\ntwo"),  # the paragraph break survives
    ("one\n\num two", [("drop", 1)], "one\n\ntwo"),
    ("a b.", [("drop", 0, 2)], ""),
    ("You like her, huh?", [("drop", 3, None, False)], "You like her,"),
    ("[patient] uh . I", [("drop", 1), ("drop", 2, 3, False)], "[patient] I"),
    ("it was, um, you know, fine", [("drop", 2), ("drop", 3, 5, False)], "it was, fine"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_drop(raw, calls, expected):
    assert edited(raw, *calls)[0] == expected


def test_drop_all_drops_the_union_of_spans():
    assert edited("a b c d e f", ("drop_all", [(4, 5), (1, 3), (2, 4), (9, 12)]))[0] == "a f"
    assert merged_spans([(3, 3), (5, 4), (-2, 1)], 6) == [(0, 1)]


@pytest.mark.parametrize("calls, text, ids", [
    ([("split", 1, ["okay.", "It"])], "so okay. It is", [0, 1, -1, 2]),
    ([("split", 0, ["a", "b", "c"])], "a b c okay.It is", [0, -1, -1, 1, 2]),
    ([("split", 1, ["okay.It"])], "so okay.It is", [0, 1, 2]),  # one piece: a rewrite
], ids=["two", "three", "one"])
def test_split(calls, text, ids):
    assert edited("so okay.It is", *calls) == (text, ids)


@pytest.mark.parametrize("calls, text, ids", [
    ([("merge", 2, 4)], "send an email, now", [0, 1, 2, 4]),
    ([("merge", 2, 4, "e-mail,")], "send an e-mail, now", [0, 1, 2, 4]),
    ([("merge", 1, 3, "“e")], "send “e mail, now", [0, 1, 3, 4]),  # the first word's id
    ([("merge", 0, 2, None, "\n")], "sendan e mail, now", [0, 2, 3, 4]),
    ([("merge", 2, 3)], "send an e mail, now", [0, 1, 2, 3, 4]),  # one token: itself
], ids=["joined", "text", "first-word", "sep", "one"])
def test_merge(calls, text, ids):
    assert edited("send an e mail, now", *calls) == (text, ids)


def test_merge_keeps_the_id_of_the_token_that_holds_the_word():
    out = Transcript.from_text("so “ e mail").edit()
    out.merge(1, 4)
    assert list(out.commit().ids) == [0, 2]


def test_split_and_merge_timings():
    t = Transcript([Token("send", "", 0.0, 0.4, 0, 0, 0.9), Token("e", " ", 0.5, 0.6, 0, 1, 0.5),
                    Token("mail", " ", 0.7, 1.0, 0, 2, 0.8), Token("okay.It", " ", 1.1, 1.9, 1, 3)],
                   [Segment(0, 1), Segment(1, 2)])
    e = t.edit()
    e.merge(1, 3)
    e.split(3, ["okay.", "It"])
    assert list(e.commit().tokens) == [
        Token("send", "", 0.0, 0.4, 0, 0, 0.9), Token("email", " ", 0.5, 1.0, 0, 1, 0.5),
        Token("okay.", " ", 1.1, 1.9, 1, 3), Token("It", " ", 1.1, 1.9, 1, None)]


def test_a_merge_spans_the_times_its_tokens_have():
    t = Transcript([Token("a", "", segment=0, id=0), Token("b", " ", 1.0, None, 0, 1),
                    Token("c", " ", None, 2.0, 0, 2), Token("d", " ", segment=0, id=3)])
    e = t.edit()
    e.merge(0, 4)
    assert list(e.commit().tokens) == [Token("abcd", "", 1.0, 2.0, 0, 0)]


def test_replace_inserts_and_keeps_token_fields():
    t = Transcript.from_text("a b c")
    e = t.edit()
    e.replace(1, 1, [Token("new", " ", 1.0, 1.5, 0)])
    e.replace(2, 3, [Token("C", " ", segment=0, id=2)])
    out = e.commit()
    assert out.text == "a new b C" and list(out.ids) == [0, -1, 1, 2]
    assert out.starts == (None, 1.0, None, None)


def test_map_texts_runs_once_per_distinct_text():
    seen = []
    e = Transcript.from_text("i think i am").edit()
    e.map_texts(lambda text: seen.append(text) or text.upper())
    assert e.commit().text == "I THINK I AM" and sorted(seen) == ["am", "i", "think"]


def test_map_texts_with_other_edits():
    e = Transcript.from_text("i think um i am").edit()
    e.map_texts(lambda text: "I" if text == "i" else text)
    e.drop(2)
    e.rewrite(4, "am.")
    assert e.commit().text == "I think I am."


def test_regroup_lays_out_the_same_tokens_anew():
    t = timed("one", "two", "three")
    e = t.edit()
    e.regroup(["", " ", LINE], [0, 0, 1], [Segment(0, 1), Segment(1, 3)])
    out = e.commit()
    assert out.text == "one two\nthree" and len(out.segments) == 2
    assert out.texts is t.texts and out.ids.obj is t.ids.obj and out.starts is t.starts
    e.rewrite(0, "One")
    with pytest.raises(ValueError, match="on its own"):
        e.commit()
    with pytest.raises(ValueError, match="one separator and one segment index per token"):
        t.edit().regroup([""], [0], [])


# ---- the rules ------------------------------------------------------------------------------
@pytest.mark.parametrize("calls, message", [
    ([("rewrite", 1, "x"), ("rewrite", 1, "y")], r"rewrite\(1, 'x'\) and rewrite\(1, 'y'\)"),
    ([("drop", 0, 3), ("rewrite", 2, "x")], r"drop\(0, 3\) and rewrite\(2, 'x'\)"),
    ([("merge", 1, 3), ("drop", 2)], r"merge\(1, 3, 'bc'\) and drop\(2, 3\)"),
    ([("split", 3, ["d", "e"]), ("drop", 2, 4, False)],
     r"drop\(2, 4, mend=False\) and split\(3, \['d', 'e'\]\)"),
    ([("drop", 1, 3), ("replace", 2, 2, [Token("x")])], r"drop\(1, 3\) and replace\(2, 2"),
    ([("replace", 2, 2, [Token("x")]), ("replace", 2, 2, [Token("y")])], "both claim"),
    ([("map_texts", str.upper), ("rewrite", 0, "A")], r"rewrite\(0, 'A'\)"),
    ([("map_texts", str.upper), ("map_texts", str.title)], "two map_texts both rewrite"),
], ids=["rewrites", "drop-rewrite", "merge-drop", "split-drop", "insert-inside", "inserts",
        "map-rewrite", "maps"])
def test_overlapping_edits_are_rejected_naming_both(calls, message):
    with pytest.raises(ValueError, match=message):
        edited("a b c d", *calls)


@pytest.mark.parametrize("call, error", [
    (("rewrite", 4, "x"), IndexError), (("rewrite", -5, "x"), IndexError),
    (("drop", 3, 5), IndexError), (("drop", 2, 1), IndexError), (("merge", 2, 2), ValueError),
    (("split", 0, []), ValueError), (("split", 0, "ab"), TypeError), (("rewrite", 1.0, "x"),
                                                                      TypeError),
])
def test_bad_edits_say_what_is_wrong(call, error):
    with pytest.raises(error):
        edited("a b c d", call)


@pytest.mark.parametrize("calls", [
    [("drop", 0)], [("rewrite", 0, "A", " ")], [("split", 0, ["a", "b"])],
    [("merge", 0, 2, None, " ")], [("replace", 0, 1, [Token("A", " ", segment=0, id=0)])],
    [("replace", 0, 0, [Token("new", "\n\n")])], [("drop", 0, 1, False), ("rewrite", 1, "B")],
], ids=["drop", "rewrite", "split", "merge", "replace", "insert", "drop-rewrite"])
def test_the_first_token_has_no_separator(calls):
    e = timed("a", "b", "c").edit()
    for verb, *args in calls:
        getattr(e, verb)(*args)
    assert e.commit().seps[0] == ""


def test_nothing_changed_is_the_transcript_itself():
    t = timed("a", "b", "c")
    for record in (lambda e: None, lambda e: e.rewrite(1, "b"), lambda e: e.map_texts(str),
                   lambda e: e.drop(1, 1), lambda e: e.replace(2, 2, [])):
        e = t.edit()
        record(e)
        assert e.commit() is t


def test_rewrites_share_every_other_column():
    t = timed("i", "think", "i", "am")
    for record in (lambda e: e.rewrite_all({0: "I", 2: "I"}),
                   lambda e: e.map_texts(lambda text: text.upper())):
        e = t.edit()
        record(e)
        out = e.commit()
        assert out.texts != t.texts and out.seps is t.seps
        assert out.segment_indices is t.segment_indices and out.ids.obj is t.ids.obj
        assert out.starts is t.starts and out.ends is t.ends and out.segments is t.segments
    e = t.edit()
    e.rewrite(1, "think", LINE)  # a new separator, the same text
    out = e.commit()
    assert out.seps == ("", LINE, " ", " ") and out.texts is t.texts
    assert out.segment_indices is t.segment_indices and out.starts is t.starts


def test_drops_and_merges_share_the_segments_and_metadata():
    t = Transcript.from_text("so uh e mail", source="x.txt")
    e = t.edit()
    e.drop(1)
    e.merge(2, 4)
    out = e.commit()
    assert out.text == "so email" and out.segments is t.segments and out.meta is t.meta


# ---- regions --------------------------------------------------------------------------------
def test_regions_map_each_edit_from_source_to_result():
    t = Transcript.from_text("You like her, huh? so okay.It e mail")
    e = t.edit()
    e.drop(3)
    e.split(5, ["okay.", "It"])
    e.merge(6, 8)
    out = e.commit()
    assert out.text == "You like her? so okay. It email"
    assert [(r.start, r.stop, r.new_start, r.new_stop, r.edit.verb) for r in e.regions()] == [
        (2, 4, 2, 3, "drop"),  # the mended "her," is in the drop's region
        (5, 6, 4, 6, "split"), (6, 8, 6, 7, "merge")]
    assert [out.texts[r.new_start:r.new_stop] for r in e.regions()] == [
        ("her?",), ("okay.", "It"), ("email",)]


def test_regions_wait_for_a_commit():
    e = Transcript.from_text("a b").edit()
    with pytest.raises(ValueError, match="committed"):
        e.regions()
    e.rewrite(0, "A")
    e.commit()
    assert [(r.start, r.new_start, r.edit.value) for r in e.regions()] == [(0, 0, "A")]
    assert len(e) == 1 and [str(x) for x in e] == ["rewrite(0, 'A')"]


# ---- the property: edits agree with editing a list of tokens --------------------------------
_WORDS = st.sampled_from(["so", "uh,", "I", "think.", "—", "“yes”", "it’s", "(um", "huh?)", "-Hm,"])
_SEPS = st.sampled_from([" ", " ", "\n", "\n\n"])
_TIME = st.one_of(st.none(), st.floats(0, 100, allow_nan=False))


@st.composite
def _transcripts(draw):
    n = draw(st.integers(0, 10))
    tokens = []
    for k in range(n):
        timed_ = draw(st.booleans())
        tokens.append(Token(draw(_WORDS), draw(_SEPS) if k else "",
                            draw(_TIME) if timed_ else None, draw(_TIME) if timed_ else None,
                            draw(st.integers(0, 2)), draw(st.one_of(st.none(), st.just(k))),
                            draw(st.one_of(st.none(), st.floats(0, 1))) if timed_ else None))
    return Transcript(tokens, [Segment()] * 3)


@st.composite
def _edit_plans(draw, n):
    """Non-overlapping edits, in source order: (verb, start, stop, argument)."""
    plan, i, inserted_at = [], 0, -1
    while i <= n:
        verb = draw(st.sampled_from(["keep", "keep", "rewrite", "drop", "drop", "plain",
                                     "split", "merge", "insert"]))
        if verb == "insert" and inserted_at != i:  # at most one insertion at a place
            plan.append(("insert", i, i, Token("new", draw(_SEPS), 3.0, None, 1)))
            inserted_at = i
            continue
        if i == n:
            break
        if verb in ("keep", "insert"):
            i += 1
            continue
        stop = i + 1 if verb in ("rewrite", "split") else min(n, i + draw(st.integers(1, 3)))
        arg = {"rewrite": (draw(_WORDS), draw(st.one_of(st.none(), _SEPS))),
               "split": ["x", "y.", "z"][:draw(st.integers(2, 3))]}.get(verb)
        plan.append((verb, i, stop, arg))
        i = stop
    return plan


def _expected(t, plan):
    """The plan applied to a list of tokens: items are ["tok", Token] or ["gone", i, mend]."""
    old, items, done = list(t.tokens), [], 0
    for verb, start, stop, arg in plan:
        items += [["tok", tok] for tok in old[done:start]]
        done = stop
        if verb == "rewrite":
            text, sep = arg
            items.append(["tok", old[start]._replace(text=text,
                                                     sep=old[start].sep if sep is None else sep)])
        elif verb in ("drop", "plain"):
            items += [["gone", k, verb == "drop"] for k in range(start, stop)]
        elif verb == "split":
            items.append(["tok", old[start]._replace(text=arg[0])])
            items += [["tok", old[start]._replace(text=p, sep=" ", id=None)] for p in arg[1:]]
        elif verb == "merge":
            items.append(["tok", _merged(old[start:stop])])
        else:
            items.append(["tok", arg])
    items += [["tok", tok] for tok in old[done:]]
    _mend(items, old)
    tokens = [item[1] for item in items if item[0] == "tok"]
    if tokens:
        tokens[0] = tokens[0]._replace(sep="")
    return Transcript(tokens, t.segments)


def _merged(toks):
    carrier = next((tok for tok in toks if split_punct(tok.text)[1]), toks[0])
    starts = [tok.start for tok in toks if tok.start is not None]
    ends = [tok.end for tok in toks if tok.end is not None]
    return Token("".join(tok.text for tok in toks), toks[0].sep, starts[0] if starts else None,
                 ends[-1] if ends else None, carrier.segment, carrier.id, carrier.probability)


def _mend(items, old):
    """Each run of gone items with a mended one: the rules, on the tokens around it."""
    k = 0
    while k < len(items):
        if items[k][0] != "gone":
            k += 1
            continue
        g = k
        while g + 1 < len(items) and items[g + 1][0] == "gone":
            g += 1
        mended = [old[item[1]] for item in items[k:g + 1] if item[2]]
        if mended:
            removed = [tok.text for tok in mended]
            prev = next((item for item in reversed(items[:k]) if item[0] == "tok"), None)
            nxt = items[g + 1] if g + 1 < len(items) else None
            if prev is not None:
                prev[1] = prev[1]._replace(text=mend_before(prev[1].text, removed))
            if nxt is not None:
                at_line_start = prev is None or mended[0].sep in (LINE, PARAGRAPH)
                nxt[1] = nxt[1]._replace(text=mend_after(nxt[1].text, removed[0], at_line_start),
                                         sep=stronger_sep(mended[0].sep, nxt[1].sep))
        k = g + 1


@settings(derandomize=True, max_examples=400, deadline=None)
@given(st.data())
def test_edits_are_editing_a_list_of_tokens(data):
    t = data.draw(_transcripts())
    plan = data.draw(_edit_plans(len(t.texts)))
    e = t.edit()
    for verb, start, stop, arg in reversed(plan):  # the order edits are made in is free
        if verb == "rewrite":
            e.rewrite(start, *arg)
        elif verb in ("drop", "plain"):
            e.drop(start, stop, mend=verb == "drop")
        elif verb == "split":
            e.split(start, arg)
        elif verb == "merge":
            e.merge(start, stop)
        else:
            e.replace(start, stop, [arg])
    out = e.commit()
    assert out == _expected(t, plan)
    for r in e.regions():
        assert 0 <= r.start <= r.stop <= len(t.texts)
        assert 0 <= r.new_start <= r.new_stop <= len(out.texts)
