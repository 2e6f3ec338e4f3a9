"""Properties of runs with decisions, on any input (hypothesis, derandomized)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup.decisions import Decision, Decisions, parse, trace
from cleanup.presets import build_pipeline
from cleanup.transcript import Transcript

from ..test_properties import TEXTS
from ..support import invented_words

SETTINGS = settings(derandomize=True, max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
READABLE = build_pipeline("readable")


@SETTINGS
@given(text=TEXTS, step=st.sampled_from(READABLE.names))
def test_rejecting_a_whole_step_is_running_without_it(text, step):
    source = Transcript.from_text(text)
    proposed = [c.change for c in trace(READABLE, source).changes if c.change.step == step]
    run = trace(READABLE, source, Decisions(tuple(map(Decision.of, proposed))))
    assert run.transcript.text == READABLE.without(step)(source).text


@SETTINGS
@given(text=TEXTS, picks=st.lists(st.booleans(), max_size=40))
def test_any_rejections_never_invent_a_word_and_round_trip(text, picks):
    source = Transcript.from_text(text)
    changes = [c.change for c in trace(READABLE, source).changes]
    chosen = Decisions(tuple(Decision.of(c) for c, pick in zip(changes, picks) if pick), "x")
    run = trace(READABLE, source, parse(chosen.dumps()))
    assert invented_words(text, run.transcript.text) == []
    assert sum(c.rejected for c in run.changes) <= len(chosen)
