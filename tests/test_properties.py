"""Properties every normalizer and every style must keep, on any input."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleanup
from cleanup import registry
from cleanup.presets import STYLES

from .words import invented_words

SETTINGS = settings(derandomize=True, max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

VOCAB = ["i", "I’M", "i’ve", "It’S", "don'T", "uh", "um,", "Um", "so", "so,", "the", "The",
         "These", "these", "and", "And,", "for", "sure", "botox", "Botox", "hashimoto’s", "dr",
         "dr.", "rutherford", "Dr.", "you", "you.", "Thank", "you.", "know,", "that", "had",
         "shot", "here,", "there.", "a", "little", ",", ".", "...", "?", "!", "-", "—", "“", "”",
         '"', "(", ")", "U.S.", "p.m.", "e.g.", "8:", "40", "4", "th", "okay.It", "Hi,,",
         "London", "May", "MRI", "O’Brien", "i.e.", "mm", "hmm", "Ummm", "72", "3.50."]
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


def _check(fn, text):
    once = fn(text)
    assert isinstance(once, str)
    assert fn(once) == once, "not idempotent"
    assert invented_words(text, once) == [], "invented a word"


@pytest.mark.parametrize("style", list(STYLES))
@SETTINGS
@given(text=TEXTS)
def test_clean_properties(style, text):
    _check(lambda t: cleanup.clean(t, style=style), text)
    assert cleanup.explain(text, style=style).text == cleanup.clean(text, style=style)


@pytest.mark.parametrize("name", [n for n in registry.names() if n in registry.BUILTINS])
@SETTINGS
@given(text=TEXTS)
def test_every_normalizer_properties(name, text):
    _check(registry.create(name), text)
