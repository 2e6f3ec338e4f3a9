"""Properties every normalizer and every style must keep, on any input."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanup
from cleanup import registry
from cleanup.gate import Policy, step_run
from cleanup.presets import STYLES
from cleanup.transcript import Transcript

from .support import assert_stable

SETTINGS = settings(derandomize=True, max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

VOCAB = ["i", "I’M", "i’ve", "It’S", "don'T", "uh", "um,", "Um", "so", "so,", "the", "The",
         "These", "these", "and", "And,", "for", "sure", "botox", "Botox", "hashimoto’s", "dr",
         "dr.", "rutherford", "Dr.", "you", "you.", "Thank", "you.", "know,", "that", "had",
         "shot", "here,", "there.", "a", "little", ",", ".", "...", "?", "!", "-", "—", "“", "”",
         '"', "(", ")", "U.S.", "p.m.", "e.g.", "8:", "40", "4", "th", "okay.It", "Hi,,",
         "London", "May", "MRI", "O’Brien", "i.e.", "mm", "hmm", "Ummm", "72", "3.50.",
         # issue 18/22: repeats that may span a clause, capitals that may be meant, and
         # text no rule may rewrite (a censor tag, a ligature, ß, markup, an HTML entity)
         "you", "You", "my", "lab", "lab,", "great", "Great", "please", "IDA", "BOTOX",
         "And", "Good", "Okay", "which", "Did", "I’m", "going", "[", "__", "]", "ﬁne", "ßa",
         "<i>i", "think</i>", "salt&amp;pepper", "a.", "fib", "when", "on", "İstanbul", "ǆem"]
SEPS = [" ", " ", " ", " ", "\n", "\n\n", "  ", "\t"]


@st.composite
def transcripts(draw):
    n = draw(st.integers(0, 40))
    parts = []
    for _ in range(n):
        parts.append(draw(st.sampled_from(VOCAB)))
        parts.append(draw(st.sampled_from(SEPS)))
    return "".join(parts)


TEXTS = st.one_of(transcripts(), st.text(max_size=80),
                  st.text(alphabet=st.sampled_from("ab I’'.,?!-\n uhm"), max_size=60))


# Inputs that once broke a promise (issue 13: a crash, a second run changing the text).
@pytest.mark.parametrize("style", list(STYLES))
@pytest.mark.parametrize("text", [
    ", you know, ,",
    "I said ,I said ,I said it",
    "you. er you. you.",
    "A\u200b\u0300",
    "so 😀 family 👨\u200d👩\u200d👧",
    ", , ,",
    "uh , , um .",
])
def test_regressions_are_stable(style, text):
    assert_stable(lambda t: cleanup.clean(t, style=style), text)


@pytest.mark.parametrize("raw, expected", [
    (", you know, ,", ""),
    ("I said ,I said ,I said it", "I said it"),
    ("you. er you. you.", "You."),
    ("A\u200b\u0300", "\u00c0"),
    ("it will cost $ 5 or € 4", "It will cost $ 5 or € 4"),
    ("is 3 < 5 and 7 > 2", "Is 3 < 5 and 7 > 2"),
    ("so 😀", "So 😀"),
    ("a family 👨\u200d👩\u200d👧 photo", "A family 👨\u200d👩\u200d👧 photo"),
    ("a\u200bb and c\u200dd", "Ab and cd"),
])
def test_regressions_give_the_right_text(raw, expected):
    assert cleanup.clean(raw, style="readable") == expected


# Issue 22: a second run changed these, or a case change put in letters that were not there.
@pytest.mark.parametrize("style, raw, expected", [
    ("clean", "BOTOX Botox", "Botox"),  # the glossary's second spelling, then a repeat
    ("clean", "we use BOTOX Botox daily", "We use Botox Botox daily"),  # proposed: held
    ("verbatim", "Thank\n\n, And, so", "Thank,\n\nAnd, so"),
    ("verbatim", "ﬁne", "ﬁne"),  # "ﬁ" capitalized is "FI"
    ("verbatim", "ßa", "ßa"),  # "ß" capitalized is "SS"
    ("verbatim", "ok. ßa", "Ok. ßa"),
    ("verbatim", "<i>i think</i>", "<i>I think</i>"),  # markup is not a word
    ("verbatim", "salt&amp;pepper", "Salt&amp;pepper"),  # an entity is not punctuation
    ("clean", "so [ __ ] and so", "So [ __ ] and so"),  # YouTube's censor tag
    ("clean", "He has a. fib now.", "He has a. fib now."),  # a letter read out
], ids=repr)
def test_issue_22_regressions(style, raw, expected):
    assert assert_stable(lambda t: cleanup.clean(t, style=style), raw) == expected


def _same_letters(before: str, after: str) -> bool:
    """Only letter case differs, one letter for one: no ``ﬁ`` → ``FI``, ``ß`` → ``SS``."""
    return len(before) == len(after) and all(
        a == b or a.lower() == b.lower() or a.upper() == b.upper() for a, b in zip(before, after))


@pytest.mark.parametrize("name", ["fix_contraction_case", "capitalize_pronoun_i",
                                  "fix_stray_capitals", "apply_glossary", "capitalize_sentences"])
@SETTINGS
@given(text=TEXTS)
def test_case_changes_keep_every_letter(name, text):
    transcript = Transcript.from_text(text)
    with step_run(name, Policy(apply_suggestions=True)):
        out = registry.create(name)(transcript)
    assert len(out.texts) == len(transcript.texts)
    changed = [(a, b) for a, b in zip(transcript.texts, out.texts) if not _same_letters(a, b)]
    assert changed == []


def _check(fn, text):
    assert_stable(fn, text)


@pytest.mark.parametrize("style", list(STYLES))
@SETTINGS
@given(text=TEXTS)
def test_clean_properties(style, text):
    _check(lambda t: cleanup.clean(t, style=style), text)
    assert cleanup.explain(text, style=style).text == cleanup.clean(text, style=style)


# deidentify writes placeholders ("[NAME]"): new words on purpose; tests/deid checks that a
# second run changes nothing.
@pytest.mark.parametrize("name", [n for n in registry.names()
                                  if n in registry.BUILTINS and n != "deidentify"])
@SETTINGS
@given(text=TEXTS)
def test_every_normalizer_properties(name, text):
    _check(registry.create(name), text)


# A step's suggestions, made (--apply-suggestions), leave nothing a second run changes: a
# proposal never depends on a change only a later run would make.
@pytest.mark.parametrize("name", ["collapse_repeats", "fix_stray_capitals"])
@SETTINGS
@given(text=TEXTS)
def test_steps_are_stable_with_suggestions_applied(name, text):
    step = registry.create(name)
    with step_run(name, Policy(apply_suggestions=True)):
        _check(step, text)
