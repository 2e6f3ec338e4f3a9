"""Decisions (version 2) match their own change: position, words and time; suggestions a
reviewer accepted are made; decisions that match nothing are reported."""
from __future__ import annotations

import pytest

from cleanup.decisions import (Decision, Decisions, DecidedPipeline, parse, salted,
                               source_digest, trace)
from cleanup.presets import build_pipeline
from cleanup.transcript import Segment, Token, Transcript

CLEAN = build_pipeline("clean")
UHS = "so uh we uh did uh it."


def timed(words: str, step: float = 0.3, first: float = 0.0) -> Transcript:
    tokens = [Token(w, " ", first + k * step, first + k * step + 0.25)
              for k, w in enumerate(words.split())]
    return Transcript.from_segments([(Segment(first, first + len(tokens) * step), tokens)])


def decided(source: Transcript, pick, *, accepted: bool = False, **extra) -> Decisions:
    """Decisions about the changes (or suggestions) of a plain run that ``pick`` chooses."""
    run = trace(CLEAN, source)
    if accepted:
        chosen = tuple(Decision.of(s) for s in run.suggestions if pick(s))
        return Decisions((), "x", chosen, source_digest(source), **extra)
    chosen = tuple(Decision.of(c.change, c.at) for c in run.changes if pick(c))
    return Decisions(chosen, "x", (), source_digest(source), **extra)


@pytest.mark.parametrize("start, expected", [
    (0.3, "So uh we did it."),
    (0.9, "So we uh did it."),
    (1.5, "So we did uh it."),
], ids=["first", "second", "third"])
def test_a_rejection_keeps_its_own_filler(start, expected):
    source = timed(UHS)
    keep = decided(source, lambda c: c.change.step == "remove_fillers"
                   and c.change.start == pytest.approx(start))
    assert len(keep.rejected) == 1
    run = trace(CLEAN, source, parse(keep.dumps()))
    assert run.transcript.text == expected
    assert run.unmatched == ()


def test_positions_are_the_words_as_read():
    run = trace(CLEAN, timed(UHS))
    assert [(c.change.step, c.at) for c in run.changes if c.change.step == "remove_fillers"] \
        == [("remove_fillers", 1), ("remove_fillers", 3), ("remove_fillers", 5)]


def test_a_new_transcription_falls_back_to_time():
    # Saved on one transcription; the next heard a word more in front, and times moved.
    keep = decided(timed(UHS), lambda c: c.change.start == pytest.approx(0.9))
    again = timed("well " + UHS, first=-0.25)
    assert source_digest(again) != keep.source
    assert trace(CLEAN, again, keep).transcript.text == "Well so we uh did it."


@pytest.mark.parametrize("decision, shown", [
    (Decision("remove_fillers", "we uh did", "we did", 0.9, 1.15, 3),
     "decision 1 (remove_fillers 'uh' at 0:00.90) matches no change"),
    (Decision("deidentify", "", "[NAME]", 2.0, 2.5, 7, "00ff"),
     "decision 1 (deidentify '[NAME]' at 0:02.00) matches no change"),
], ids=["filler", "private"])
def test_decisions_that_match_nothing_are_reported(decision, shown):
    from cleanup.decisions import unmatched_lines

    source = timed("so we did it.")
    decisions = Decisions((decision,), "x", (), source_digest(source), "salt")
    run = trace(CLEAN, source, decisions)
    assert unmatched_lines("a.decisions.json", run.unmatched) == [f"a.decisions.json: {shown}"]


def test_an_exact_match_needs_the_same_position():
    source = timed(UHS)
    d = Decision("remove_fillers", "we uh did", "we did", 0.9, 1.15, 5)  # the wrong place
    run = trace(CLEAN, source, Decisions((d,), None, (), source_digest(source)))
    assert run.transcript.text == "So we did it." and len(run.unmatched) == 1


@pytest.mark.parametrize("text, expected", [
    ("we went to the And then we left", "We went to the and then we left"),
    ("take you you can't do that", "Take you can't do that"),
], ids=["stray-capital", "repeat"])
def test_an_accepted_suggestion_is_made(text, expected):
    source = timed(text)
    accept = decided(source, lambda s: True, accepted=True)
    run = trace(CLEAN, source, parse(accept.dumps()))
    assert run.transcript.text == expected
    assert run.suggestions == () and run.unmatched == ()
    assert [c.accepted for c in run.changes].count(True) == 1
    assert DecidedPipeline(CLEAN, accept).explain(source).text == expected


def test_an_accepted_suggestion_for_other_words_is_not_made():
    source = timed("we went to the And then we left")
    other = Decisions((), None, (Decision("fix_stray_capitals", "The", "the", 1.2, 1.45, 4),),
                      source_digest(source))
    run = trace(CLEAN, source, other)
    assert run.transcript.text == "We went to the And then we left"
    assert len(run.unmatched) == 1


def test_a_private_decision_keeps_no_words_and_still_matches():
    pipeline = build_pipeline(steps=["remove_fillers", "deidentify"])
    source = timed("so uh hi kyle , and dr. sanchez was fine")
    run = trace(pipeline, source)
    names = [c for c in run.changes if c.change.step == "deidentify"]
    assert len(names) == 2
    first = names[0]
    salt = "s1"
    from cleanup.decisions import core

    old, new = core(first.change.before, first.change.after)
    d = Decision("deidentify", "", " ".join(new), first.change.start, first.change.end,
                 first.at, salted(salt, old))
    decisions = Decisions((d,), None, (), source_digest(source), salt)
    assert "kyle" not in decisions.dumps() and "sanchez" not in decisions.dumps()
    kept = trace(pipeline, source, parse(decisions.dumps()))
    assert kept.transcript.text == "so hi kyle , and dr. [NAME] was fine"
    assert kept.unmatched == ()
