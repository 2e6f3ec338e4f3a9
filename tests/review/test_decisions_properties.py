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


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=4),
    max_leaves=20)
TIMES = st.floats() | st.integers() | JSON_VALUES


def _read_or_refuse(content: str):
    """The decisions, or None when refused with one line naming the file."""
    from cleanup.errors import InputError

    try:
        return parse(content, "d.json")
    except InputError as exc:
        assert str(exc).startswith("d.json: ") and "\n" not in str(exc)
        return None


@SETTINGS
@given(start=TIMES, end=TIMES)
def test_times_read_are_seconds_or_refused(start, end):
    import json
    import math

    item = {"step": "remove_fillers", "before": "a um", "after": "a", "start": start, "end": end}
    decisions = _read_or_refuse(json.dumps({"cleanup_decisions": 1, "rejected": [item]}))
    for d in decisions.rejected if decisions else ():
        assert all(t is None or math.isfinite(t) and t >= 0 for t in (d.start, d.end))


@SETTINGS
@given(data=JSON_VALUES, version=st.just(1) | JSON_VALUES)
def test_any_json_is_read_or_refused_in_one_line(data, version):
    import json

    _read_or_refuse(json.dumps({"cleanup_decisions": version, "rejected": data, "name": data}))
    _read_or_refuse(json.dumps(data))
