import weakref

import pytest

import cleanup
from cleanup import Normalizer, Pipeline, Transcript, build_pipeline, registry
from cleanup.errors import ConfigError
from cleanup.normalizers.fillers import RemoveFillers
from cleanup.normalizers.pronoun import CapitalizePronounI
from cleanup.presets import STYLES
from cleanup.transcript import Segment, Token


def test_steps_are_named_indexable_and_sliceable():
    p = build_pipeline("clean")
    assert p.names == list(STYLES["clean"])
    assert isinstance(p["remove_fillers"], RemoveFillers)
    assert p[0] is p[p.names[0]]
    assert isinstance(p[1:3], Pipeline) and p[1:3].names == p.names[1:3]
    with pytest.raises(KeyError, match="no step named 'nope'"):
        p["nope"]


def test_disabling_a_step():
    p = build_pipeline("clean").without("remove_fillers")
    assert "remove_fillers" not in p
    assert "uh" in p("so uh yes")
    with pytest.raises(ConfigError, match="unknown step 'nope'"):
        build_pipeline("clean", disable=["nope"])
    with pytest.raises(ConfigError, match="cannot disable 'remove_fillers': not in the pipeline"):
        build_pipeline("verbatim", disable=["remove_fillers"])


def test_duplicate_names_are_rejected():
    with pytest.raises(ValueError, match="duplicate"):
        Pipeline([("a", RemoveFillers()), ("a", RemoveFillers())])


def test_pipeline_is_a_step_and_explains_nested_changes():
    inner = Pipeline([("fillers", RemoveFillers())])
    outer = Pipeline([("inner", inner), ("pronoun", CapitalizePronounI())])
    e = outer.explain("so uh i think")
    assert e.text == "so I think"
    assert [(c.step, c.before, c.after) for c in e.changes] == [
        ("inner.fillers", "so uh i", "so i"), ("pronoun", "i", "I")]


def test_explain_records_times_and_matches_clean():
    t = Transcript.from_segments([(Segment(0.0, 3.0), [
        Token("I’Ve", start=0.0, end=0.4), Token("had", start=0.4, end=0.6),
        Token("uh", start=0.6, end=1.0), Token("a", start=1.0, end=1.1),
        Token("lot", start=1.1, end=1.5)])])
    e = build_pipeline("clean").explain(t)
    assert e.text == "I’ve had a lot"
    by_step = {c.step: c for c in e.changes}
    assert (by_step["remove_fillers"].start, by_step["remove_fillers"].end) == (0.6, 1.0)
    assert by_step["fix_contraction_case"].before == "I’Ve"
    assert (by_step["remove_fillers"].before, by_step["remove_fillers"].after) == ("had uh a",
                                                                                   "had a")
    # recased word keeps its timing
    assert e.transcript.tokens[0].start == 0.0 and e.transcript.tokens[0].end == 0.4
    assert cleanup.explain("so uh i think").text == cleanup.clean("so uh i think")


def test_styles_differ_as_documented():
    text = "so uh, you know, i think so so"
    assert "uh" in cleanup.clean(text, style="verbatim")
    assert "uh" not in cleanup.clean(text, style="clean")
    assert "you know" in cleanup.clean(text, style="clean")
    assert "you know" not in cleanup.clean(text, style="readable")
    with pytest.raises(ConfigError, match="unknown style"):
        cleanup.clean(text, style="pretty")


def test_custom_normalizer_can_be_registered_and_configured():
    class Redact(cleanup.Normalizer):
        def __init__(self, word: str = "secret"):
            self.word = word

        def transform(self, t):
            return t.map_tokens(lambda i, tok: "[…]" if tok.word == self.word else tok.text)

    with registry.using(registry.Registry()):
        registry.register("redact", Redact)
        p = build_pipeline(steps=["redact"], options={"redact": {"word": "name"}})
        assert p("my name is") == "my […] is"
        with pytest.raises(ConfigError, match="has no option 'colour'"):
            build_pipeline(steps=["redact"], options={"redact": {"colour": 1}})
    with pytest.raises(ConfigError, match="unknown step 'redact'"):
        build_pipeline(steps=["redact"])


def test_explain_lists_only_real_changes():
    def rebuild(transcript):  # new tokens (no ids), the same words
        return transcript.with_tokens(tok._replace(id=None) for tok in transcript.tokens)

    p = Pipeline([("rebuild", rebuild), ("pronoun", CapitalizePronounI())])
    changes = p.explain("so i think").changes
    assert [(c.step, c.after) for c in changes] == [("pronoun", "so I think")]
    assert all(c.before != c.after for c in build_pipeline("clean").explain(
        "okay.It was uh, the the end ,and i left").changes)


@pytest.mark.parametrize("copy_at", [0, 1, 2], ids=["first", "middle", "last"])
def test_a_step_that_copies_a_token_with_its_id_is_explained(copy_at):
    """A (plugin) step may copy a token without clearing its id; explain must still end
    and report the copy, never loop."""
    def echo(transcript):
        toks = list(transcript.tokens)
        copy = toks[copy_at]._replace(sep=" ")
        return transcript.with_tokens(toks[:copy_at + 1] + [copy] + toks[copy_at + 1:])

    run = Pipeline([("echo", echo)]).explain("one two three")
    words = ["one", "two", "three"]
    expected = words[:copy_at + 1] + [words[copy_at]] + words[copy_at + 1:]
    assert run.transcript.text == " ".join(expected)
    assert [c.step for c in run.changes] == ["echo"]


class _Remember(Normalizer):
    """Keeps a weak reference to the transcript it is given (the pipeline's source)."""

    def __init__(self):
        self.source = None

    def transform(self, transcript):
        self.source = weakref.ref(transcript)
        return transcript.map_texts(str.upper)


class _SourceGone(Normalizer):
    """Records whether the source transcript was already freed when this step ran."""

    def __init__(self, first: _Remember):
        self.first, self.gone = first, None

    def transform(self, transcript):
        self.gone = self.first.source() is None
        return transcript


@pytest.mark.parametrize("run", [
    lambda p: p.transform(Transcript.from_text("so i think")),
    lambda p: p.explain(Transcript.from_text("so i think")).transcript,
    lambda p: p("so i think"),
], ids=["transform", "explain", "str"])
def test_pipeline_frees_the_source_after_the_first_step(run):
    first = _Remember()
    second = _SourceGone(first)
    run(Pipeline([("upper", first), ("check", second)]))
    assert second.gone is True


def test_explain_shares_equal_changes_and_reads_its_text_from_the_transcript():
    # An untimed text's many equal changes ('i' → 'I') are one object; the explanation's
    # text is made from its transcript when first read.
    run = build_pipeline("clean").explain("so i said i think i can\n\nand i will\n")
    pronoun = [c for c in run.changes if c.step == "capitalize_pronoun_i"]
    assert len(pronoun) == 4 and len({id(c) for c in pronoun}) == 1
    assert run.text == run.transcript.text == "So I said I think I can\n\nAnd I will"
