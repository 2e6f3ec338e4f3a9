"""Whisper output → Transcript, the guards, and model/backend resolution (no model runs)."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from cleanup.errors import CleanupError, InputError
from cleanup.transcribe.base import DecodeOptions, build_transcript
from cleanup.transcribe.registry import get_backend


def _word(word, start, end, p=0.9):
    return {"word": word, "start": start, "end": end, "probability": p}


SPEECH_THEN_SILENCE = np.concatenate([
    np.sin(np.linspace(0, 2 * np.pi * 220 * 4, 4 * 16_000)).astype(np.float32) * 0.3,
    np.zeros(10 * 16_000, np.float32),
])


def _segment(words, start, end, no_speech=0.1, logprob=-0.3):
    return {"start": start, "end": end, "text": "".join(w["word"] for w in words),
            "avg_logprob": logprob, "compression_ratio": 1.2, "no_speech_prob": no_speech,
            "words": words}


def test_words_become_tokens_and_pieces_glue():
    seg = _segment([_word(" Hashim", 0.0, 0.4, 0.8), _word("oto's", 0.4, 0.9, 0.6),
                    _word(" thyroid.", 1.0, 1.5)], 0.0, 1.5)
    t = build_transcript([seg], SPEECH_THEN_SILENCE, DecodeOptions(), backend="faster-whisper",
                         model="m", language="en")
    assert [tok.text for tok in t.tokens] == ["Hashimoto's", "thyroid."]
    first = t.tokens[0]
    assert (first.start, first.end, first.probability, first.segment) == (0.0, 0.9, 0.6, 0)
    assert t.segments[0].no_speech_prob == 0.1 and t.segments[0].avg_logprob == -0.3
    raw = t.meta["whisper"]
    assert raw["segments"][0]["words"][1]["word"] == "oto's" and raw["backend"] == "faster-whisper"


def test_no_speech_segments_are_dropped():
    segs = [_segment([_word(" Hello.", 0.0, 1.0)], 0.0, 1.0),
            _segment([_word(" you", 2.0, 3.0)], 2.0, 3.0, no_speech=0.9, logprob=-1.5)]
    t = build_transcript(segs, SPEECH_THEN_SILENCE, DecodeOptions(), backend="faster-whisper",
                         model="m", language="en")
    assert t.text == "Hello."
    assert t.meta["whisper"]["dropped"][0]["reason"].startswith("no speech")


def test_energy_guard_drops_what_lies_in_silence():
    segs = [_segment([_word(" Fine,", 0.0, 1.0), _word(" thanks.", 3.5, 4.0),
                      _word(" Bye.", 9.0, 9.5)], 0.0, 9.5),
            _segment([_word(" you", 10.0, 14.0)], 10.0, 14.0)]
    t = build_transcript(segs, SPEECH_THEN_SILENCE, DecodeOptions(), backend="openai-whisper",
                         model="m", language="en")
    assert t.text == "Fine, thanks."
    reasons = {d["text"]: d["reason"] for d in t.meta["whisper"]["dropped"]}
    assert reasons == {"Bye.": "word in silence", "you": "segment in silence"}
    off = build_transcript(segs, SPEECH_THEN_SILENCE, DecodeOptions(silence_guard=False),
                           backend="openai-whisper", model="m", language="en")
    assert off.text == "Fine, thanks. Bye. you"


def test_segments_without_words_keep_their_text():
    seg = {"start": 0.0, "end": 2.0, "text": " Good morning.", "avg_logprob": -0.2,
           "compression_ratio": 1.0, "no_speech_prob": 0.1, "words": []}
    t = build_transcript([seg], SPEECH_THEN_SILENCE, DecodeOptions(word_timestamps=False),
                         backend="openai-whisper", model="m", language="en")
    assert t.text == "Good morning." and t.segments[0].start == 0.0


def test_missing_faster_whisper_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "faster_whisper", None)
    with pytest.raises(CleanupError, match=r"pip install 'cleanup-transcripts\[fast\]'"):
        get_backend("faster-whisper", "bundled:tiny.en")


def test_unknown_backend():
    with pytest.raises(CleanupError, match="backends: openai-whisper, faster-whisper"):
        get_backend("whisper.cpp")


def test_model_resolution(tmp_path):
    from cleanup.transcribe.models import resolve_model

    assert resolve_model("base.en", "openai-whisper").name == "base.en"
    with pytest.raises(CleanupError, match="unknown model 'tiny-en'"):
        resolve_model("tiny-en", "openai-whisper")
    with pytest.raises(InputError, match="no such model"):
        resolve_model(str(tmp_path / "gone.pt"), "openai-whisper")
    pt = tmp_path / "model.pt"
    pt.write_bytes(b"x")
    assert resolve_model(str(pt), "openai-whisper").path == pt
    with pytest.raises(InputError, match="faster-whisper needs a CTranslate2 model directory"):
        resolve_model(str(pt), "faster-whisper")
    with pytest.raises(CleanupError, match="unknown bundled model"):
        resolve_model("bundled:large-v3", "faster-whisper")


@pytest.mark.parametrize("ref, source", [
    (dict(label="base.en", name="base.en"), "base.en"),
    (dict(label="mine", path="/models/mine.pt"), "/models/mine.pt"),
    (dict(label="both", name="tiny", path="/models/tiny"), "/models/tiny"),  # the path wins
])
def test_model_source_is_the_path_else_the_name(ref, source):
    from pathlib import Path

    from cleanup.transcribe.models import ModelRef

    if "path" in ref:
        ref["path"] = Path(ref["path"])
    assert ModelRef(**ref).source == source


def test_model_with_neither_name_nor_path_has_no_source():
    from cleanup.transcribe.models import ModelRef

    with pytest.raises(ValueError, match="neither a name nor a path"):
        ModelRef(label="x").source


def test_bad_checkpoint_is_an_input_error(tmp_path):
    pytest.importorskip("whisper")
    pt = tmp_path / "model.pt"
    pt.write_bytes(b"not a checkpoint")
    with pytest.raises(InputError, match="not an openai-whisper checkpoint"):
        get_backend("openai-whisper", str(pt))


def test_library_rejects_unknown_options():
    import cleanup

    with pytest.raises(CleanupError, match="unknown transcribe option 'beam'"):
        cleanup.transcribe(np.zeros(16_000, np.float32), beam=3)
