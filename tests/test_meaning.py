"""The meaning contract: numbers, units, negations, terms and tags survive every step.

The property tests read numbers and negations with their own patterns, not with
cleanup.meaning's, so that a fault shared by the rule and its check cannot hide.
"""
from __future__ import annotations

import math
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup import Normalizer, Pipeline, build_pipeline
from cleanup.errors import StepError
from cleanup.meaning import broken, guarded
from cleanup.transcript import Segment, Token, Transcript

STYLES = {name: build_pipeline(name) for name in ("verbatim", "clean", "readable")}


@pytest.mark.parametrize("before, after, reason", [
    ("Give .5 mg twice a day.", "Give. 5 mg twice a day.", "a number would change: .5 → 5"),
    ("measured .8 cm", "measured. 8 cm", "a number would change: .8 → 8"),
    ("The dose is ½ tablet", "The dose is½ tablet", "a number would change: ½ → ∅"),
    ("a -2 shift", "a - 2 shift", "a number would change: -2 → 2"),
    ("3,500 people", "3, 500 people", "a number would change: 3,500 → 3 500"),
    ("on 12/05/2024", "on 12/05 2024", "a number would change: 12/05/2024 → 12/05 2024"),
    ("5 mm", "5", "a unit would change: mm"),
    ("30 %", "30", "a unit would change: %"),
    ("she is not in pain", "she is in pain", "a negation would be dropped: not"),
    ("I don’t know", "I know", "a negation would be dropped: dont"),
    ("it is fine", "it is not fine", "a negation would be added: not"),
    ("we use Botox daily", "we use daily", "a drug or glossary term would be dropped: botox"),
    ("[doctor] hello", "hello", "a speaker or sound tag would change"),
], ids=lambda v: v[:24])
def test_breaking_edits_are_named(before, after, reason):
    assert broken(before, after) == reason


@pytest.mark.parametrize("before, after", [
    ("at 8: 40 today", "at 8:40 today"),          # a split time joined
    ("the 4 th day", "the 4th day"),               # an ordinal joined
    ("5 %", "5%"),                                 # a unit attached
    ("botox", "Botox"),                            # a term recased
    ("not not working", "not working"),            # an exact stutter
    ("not to not to take it", "not to take it"),   # a phrase stutter
    ("Botox Botox is", "Botox is"),
    ("Don;t go", "Don't go"),                      # the same negation, mended
    ("so um 135 - 145 mmol/L", "so 135 - 145 mmol/L"),
    ("i think", "I think"),
], ids=lambda v: v[:24])
def test_edits_that_keep_the_meaning_pass(before, after):
    assert broken(before, after) is None


def test_a_stutter_is_judged_with_the_words_around_it():
    assert broken("not", "", "it is not not working") is None
    assert broken("not", "", "it is not working") == "a negation would be dropped: not"


@pytest.mark.parametrize("text, protected", [
    ("5mg,", True), ("½", True), ("don’t", True), ("Never.", True), ("Botox", True),
    ("[doctor]", True), ("hello", False), ("the", False), ("nothing", True),
])
def test_which_tokens_are_guarded(text, protected):
    assert guarded(text) is protected


# ---- the sentences through every style --------------------------------------------
@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("raw, kept", [
    ("Give .5 mg twice a day.", [".5 mg"]),
    ("Increase to .75 mg, measured .8 cm and up .000004.", [".75 mg", ".8 cm", ".000004."]),
    ("The dose is ½ tablet", ["is ½ tablet"]),
    ("so um the INR was uh .9 and we gave .25 mg", [".9", ".25 mg"]),
    ("Take ¼ tablet, not 2.", ["¼ tablet", "not 2."]),
    ("Her sodium is 135 - 145 mmol/L, not low.", ["135 - 145 mmol/L", "not low"]),
], ids=lambda v: v if isinstance(v, str) and len(v) < 12 else None)
def test_doses_and_negations_come_out_as_they_went_in(style, raw, kept):
    out = STYLES[style](raw)
    for piece in kept:
        assert piece in out
    assert not re.search(r"\. \d", out)


# ---- generated clinical sentences, mixed with the faults cleaning repairs -------------------
_NUMBER = re.compile(r"(?<![\w.,])[-+]?(?:\d+(?:[.,:/]\d+)*|[.,]\d+)|[¼½¾⅓⅔]")
_NEGATION = re.compile(r"(?i)\b(?:not|no|never|none|nothing|without)\b|n['’]t\b")


def _numbers(text: str) -> list[str]:
    return _NUMBER.findall(re.sub(r"(?<=\d:)\s+(?=\d)", "", text))


def _negations(text: str) -> list[str]:
    return [m.lower().replace("’", "'") for m in _NEGATION.findall(text)]


doses = st.builds("{}{} {}".format, st.sampled_from(["", "."]),
                  st.sampled_from(["5", "25", "0", "2.5", "1,000", "12", "75"]),
                  st.sampled_from(["mg", "mcg", "ml", "units", "mmol/L", "%", "cm", "mm"]))
numbers = st.one_of(doses, st.sampled_from([
    "½ tablet", "¼", "120/80", "37.5 °C", "-2", "8:40", "12/05/2024", "3,500", "98.6", "1 ½",
    "4 th", "8: 40"]))
words = st.sampled_from([
    "the", "patient", "takes", "was", "given", "Botox", "botox", "daily", "BP", "is", "pain",
    "and", "i", "I’Ve", "It’S", "so", "well", "twice", "a", "day", "we", "saw", "rash", "dr",
    "rutherford", "Thanks", "you", "okay"])
negations = st.sampled_from(["not", "no", "never", "don’t", "doesn't", "without", "can't"])
noise = st.sampled_from(["uh", "um,", "uh,", "Um", "--", ",", "[Music]", "<i>", "</i>", "\n",
                         "...", "so so", "the the", "I I", "well,"])
pieces = st.lists(st.one_of(words, numbers, negations, noise), min_size=1, max_size=18)


@settings(max_examples=10_000, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(pieces, st.sampled_from(sorted(STYLES)))
def test_no_number_unit_or_negation_changes(parts, style):
    raw = " ".join(parts)
    out = STYLES[style](raw)
    assert _numbers(out) == _numbers(raw), (raw, out)
    # Negations: only an exact stutter (a phrase said twice in a row) may lose a copy.
    said, left = _negations(raw), _negations(out)
    assert sorted(left) == sorted(said) or (
        set(left) <= set(said) and len(left) < len(said) and _stutter_holds_negation(raw)), \
        (raw, out)


def _stutter_holds_negation(text: str) -> bool:
    # (fillers are removed first: "not uh not" is a stutter)
    words = [re.sub(r"[^\w'’]", "", w).lower() for w in text.split()]
    words = [w for w in words if w and w not in ("uh", "um")]
    return any(words[i:i + n] == words[i + n:i + 2 * n] and _negations(" ".join(words[i:i + n]))
               for n in range(1, 7) for i in range(len(words) - 2 * n + 1))


# ---- a step that is not cleanup's own --------------------------------------------------------
class _Careless(Normalizer):
    """Tidies punctuation and drops short words as a careless plugin might: it moves a
    decimal point (``give .5`` → ``give. 5``) and drops ``not``. Those edits must not stand;
    its harmless one (``uh`` dropped) stays."""

    def transform(self, t):
        tokens = []
        for tok in t.tokens:
            if tok.text == ".5":
                tokens[-1] = tokens[-1]._replace(text=tokens[-1].text + ".")
                tokens.append(tok._replace(text="5", id=None))
            elif tok.text not in ("not", "uh"):
                tokens.append(tok)
        return Transcript(tokens, t.segments, t.meta)


def test_a_plugin_that_builds_its_own_transcript_cannot_change_a_number():
    p = Pipeline([("careless", _Careless())])
    run = p.explain("give .5 mg uh if not better")
    assert run.text == "give .5 mg if not better"
    assert [(b.step, b.reason) for b in run.blocked] == [
        ("careless", "a number would change: .5 → 5"),
        ("careless", "a negation would be dropped: not")]
    assert run.transcript.meta["blocked"][0]["reason"] == "a number would change: .5 → 5"


@pytest.mark.parametrize("step, message", [
    (lambda t: 1 / 0,
     "step 'bad' (tests.test_meaning) failed: ZeroDivisionError: division by zero"),
    (lambda t: None, "step 'bad' (tests.test_meaning) returned NoneType, not a transcript"),
    (lambda t: Transcript.from_text(t.text + " extra"),
     "step 'bad' (tests.test_meaning): added words nobody said: 'extra'"),
    (lambda t: Transcript([tok._replace(start=math.nan, end=1.0) for tok in t.tokens],
                          t.segments),
     "step 'bad' (tests.test_meaning): wrote a time that is not a finite number"),
    (lambda t: Transcript([tok._replace(start=2.0, end=1.0) for tok in t.tokens], t.segments),
     "step 'bad' (tests.test_meaning): wrote a word that ends before it starts"),
], ids=["raises", "none", "invents", "nan", "backwards"])
def test_a_plugin_step_that_fails_is_one_line_naming_it(step, message):
    t = Transcript.from_segments([(Segment(0.0, 1.0), [Token("hi", start=0.0, end=1.0)])])
    with pytest.raises(StepError) as info:
        Pipeline([("bad", step)]).transform(t)
    assert str(info.value) == message


def test_a_step_that_declares_it_replaces_words_may():
    class Redact(Normalizer):
        keeps_meaning = False
        invents_words = True

        def transform(self, t):
            return t.map_texts(lambda text: "[ID]" if text[:1].isdigit() else text)

    assert Pipeline([("redact", Redact())])("MRN 0012345 today") == "MRN [ID] today"
    assert Redact()("MRN 0012345") == "MRN [ID]"


def test_a_speaker_label_is_never_changed():
    class Rename(Normalizer):
        def transform(self, t):
            e = t.edit()
            e.regroup(t.seps, t.segment_indices,
                      [Segment(s.start, s.end, speaker="X", label="X: ") for s in t.segments])
            return e.commit()

    t = Transcript.from_segments([(Segment(0, 1, speaker="Paul Jones", label="Paul Jones: "),
                                   "hello there")])
    run = Pipeline([("rename", Rename())]).explain(t)
    assert run.transcript.segments[0].label == "Paul Jones: "
    assert run.blocked[0].reason == "a speaker label would change"
