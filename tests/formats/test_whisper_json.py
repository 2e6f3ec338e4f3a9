"""Whisper JSON and its cousins (WhisperX, whisper-timestamped); bad JSON is a one-line error."""
from __future__ import annotations

import json

import pytest

from cleanup import build_pipeline, formats
from cleanup.errors import InputError
from cleanup.formats.whisper_json import transcript_from_whisper


def _result(*words, **segment):
    return {"segments": [{"start": 0.0, "end": 2.0, "text": "", "words": list(words), **segment}]}


@pytest.mark.parametrize("words, text", [
    ([{"word": " Hello", "start": 0, "end": 1}, {"word": " there.", "start": 1, "end": 2}],
     "Hello there."),
    ([{"word": " Hashim", "start": 0, "end": 1}, {"word": "oto's", "start": 1, "end": 2}],
     "Hashimoto's"),
    ([{"word": "Hello", "start": 0, "end": 1, "score": 0.9}, {"word": "there.", "start": 1}],
     "Hello there."),  # WhisperX: no leading spaces, each entry a word
    ([{"text": "Hello", "start": 0, "end": 1, "confidence": 0.9}, {"text": "there.", "end": 2}],
     "Hello there."),  # whisper-timestamped: words under "text"
    ([None, {"word": " ok", "start": 0, "end": 1}], "ok"),
], ids=["whisper", "whisper-glued", "whisperx", "whisper-timestamped", "null-word"])
def test_word_conventions(words, text):
    assert transcript_from_whisper(_result(*words)).text == text


def test_word_scores_become_probabilities():
    t = transcript_from_whisper(_result({"word": "Hi", "start": 0, "end": 1, "score": 0.75}))
    assert t.tokens[0].probability == 0.75


def test_segment_without_end_or_words_uses_its_text():
    t = formats.parse('{"segments": [{"start": 1, "text": " a b"}, '
                      '{"text": "c", "words": [null]}]}')
    assert t.text == "a b c" and t.segments[0].end is None


@pytest.mark.parametrize("content, message", [
    ('{"segments": [{"start": NaN, "end": 1, "text": "x"}]}', "invalid time"),
    ('{"segments": [{"start": 0, "end": 1e999, "text": "x"}]}', "invalid time"),
    ('{"segments": [{"start": -Infinity, "end": 1, "text": "x"}]}', "invalid time"),
    ('{"segments": [{"start": -3, "end": 1, "text": "x"}]}', "invalid time"),
    ('{"segments": [{"start": ' + "9" * 400 + ', "end": 1, "text": "x"}]}', "invalid"),
    ('{"segments": [{"start": "soon", "text": "x"}]}', "invalid time"),
    ('{"segments": [{"text": "x", "words": [{"word": " a", "start": NaN}]}]}', "word 0: invalid"),
    ('{"segments": [{"text": "x", "words": [5]}]}', "word 0 is not an object"),
    ('{"segments": [{"text": "x", "words": [{"word": 5}]}]}', "word 0 has no text"),
    ('{"segments": [{"text": 5}]}', "segment 0 has no text"),
    ('{"segments": [null]}', "segment 0 is not an object"),
    ('{"segments": {}}', "no 'segments' list"),
    ("[" * 100000 + "]" * 100000, "invalid JSON"),
    ('{"segments": [' + "[" * 500 + "]" * 500 + "]}", "not an object"),
    ("{not json", "invalid JSON"),
    ("[1, 2]", "expected an object"),
], ids=["nan", "1e999", "-inf", "negative", "400-digits", "string-time", "nan-word",
        "number-word", "word-text", "segment-text", "null-segment", "segments-object",
        "deep-nesting", "nested-segment", "syntax", "array"])
def test_bad_json_is_a_one_line_error(content, message):
    with pytest.raises(InputError, match=message) as err:
        formats.parse(content, "json", name="bad.json")
    assert str(err.value).startswith("bad.json: ") and "\n" not in str(err.value)


def test_json_output_never_holds_nan_or_infinity():
    t = transcript_from_whisper(_result({"word": " hi", "start": 0, "end": 1, "probability": 0.5},
                                        avg_logprob=float("-inf"), no_speech_prob=float("nan")),
                                whisper={"segments": [{"avg_logprob": float("-inf")}]})
    out = formats.render(t, "json")
    json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in JSON output"))
    assert json.loads(out)["raw"]["segments"][0]["avg_logprob"] is None


def test_fix_keeps_the_changes_already_in_a_transcribe_json():
    earlier = {"step": "remove_fillers", "before": "uh so", "after": "so", "start": 0.0, "end": 1.0}
    content = json.dumps({"segments": [{"start": 0, "end": 1, "text": "so i think"}],
                          "changes": [earlier]})
    explained = build_pipeline("clean").explain(formats.parse(content, "json"))
    out = json.loads(formats.render(explained.transcript, "json", explained.changes))
    assert out["changes"][0] == earlier and len(out["changes"]) > 1
    assert json.loads(formats.render(formats.parse(content, "json"),
                                     "json"))["changes"] == [earlier]


def test_output_is_the_same_json_as_a_plain_dump():
    t = transcript_from_whisper(_result({"word": " Hi", "start": 0, "end": 1}), language="en")
    out = formats.render(t, "json")
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"


def test_whisper_cpp_json():
    content = json.dumps({
        "systeminfo": "AVX = 1", "result": {"language": "en"},
        "transcription": [
            {"timestamps": {"from": "00:00:00,000", "to": "00:00:02,500"},
             "offsets": {"from": 0, "to": 2500}, "text": " So i think we"},
            {"timestamps": {"from": "00:00:02,500", "to": "00:00:04,000"},
             "offsets": {"from": 2500, "to": 4000}, "text": " can start."}]})
    t = formats.parse(content, "json")
    assert t.text == "So i think we can start." and t.meta["language"] == "en"
    assert [(s.start, s.end) for s in t.segments] == [(0.0, 2.5), (2.5, 4.0)]
    for bad in ('"x"', "1e999", "9" * 400, "NaN"):
        with pytest.raises(InputError, match="invalid time"):
            formats.parse('{"transcription": [{"offsets": {"from": %s}, "text": "a"}]}' % bad,
                          "json")
    with pytest.raises(InputError, match="segment 0 is not an object"):
        formats.parse('{"transcription": [null]}', "json")


def test_backends_and_the_json_reader_share_one_conversion():
    """What a backend returns and the same result read back from JSON give the same tokens."""
    import numpy as np

    from cleanup.transcribe.base import DecodeOptions, build_transcript

    segments = [
        {"start": 0.0, "end": 2.0, "text": " Hashimoto's is fine.", "avg_logprob": -0.2,
         "compression_ratio": 1.1, "no_speech_prob": 0.01, "temperature": 0.0,
         "words": [{"word": " Hashim", "start": 0.0, "end": 0.5, "probability": 0.9},
                   {"word": "oto's", "start": 0.5, "end": 0.9, "probability": 0.7},
                   {"word": " is", "start": 1.0, "end": 1.2, "probability": 0.95},
                   {"word": " fine.", "start": 1.2, "end": 2.0, "probability": 0.99}]},
        {"start": 2.0, "end": 3.0, "text": " No words here.", "avg_logprob": -0.3,
         "compression_ratio": 1.0, "no_speech_prob": 0.02, "temperature": 0.0, "words": []},
    ]
    audio = np.full(3 * 16_000, 0.1, np.float32)
    from_backend = build_transcript(segments, audio, DecodeOptions(silence_guard=False),
                                    backend="faster-whisper", model="tiny.en", language="en")
    from_json = formats.parse(json.dumps({"segments": segments, "language": "en"}), "json")
    assert from_backend.tokens == from_json.tokens
    assert from_backend.segments == from_json.segments
    assert from_json.text == "Hashimoto's is fine. No words here."


@pytest.mark.parametrize("make", [
    pytest.param(lambda: formats.parse("one two\n\nthree\n"), id="text paragraphs"),
    pytest.param(lambda: formats.parse("one two three " * 50), id="one long segment"),
    pytest.param(lambda: transcript_from_whisper({"segments": [
        {"start": 0, "end": 2, "no_speech_prob": 0.1, "speaker": "A", "words": [
            {"word": " Hi", "start": 0, "end": 0.5, "probability": 0.9},
            {"word": " there", "start": 0.5, "end": None}]},
        {"start": None, "end": None, "words": [
            {"word": " again", "start": 3.0, "end": 3.5}]},
        {"start": 4, "end": 5, "text": " "}]}, language="en"), id="timed, gaps"),
])
def test_json_is_written_from_the_columns_and_dumps_plainly(make, monkeypatch):
    # A text with no blank line is one segment: the writer streams its words from the
    # columns instead of building a Token and a dict for each (282x the input's size).
    from cleanup.transcript import TokenView

    t = make()
    for name in ("__iter__", "__getitem__", "__reversed__"):
        monkeypatch.setattr(TokenView, name, lambda *a, **k: pytest.fail("made Token objects"))
    out = formats.render(t, "json")
    assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=2) + "\n"
    data = json.loads(out)
    assert data["text"] == " ".join(s["text"] for s in data["segments"])
    assert [w["word"].strip() for s in data["segments"] for w in s["words"]] == list(
        text for text in t.texts)


@pytest.mark.parametrize("segments, texts", [
    ([None], []),
    ([None, 0], ["b"]),
    ([0, None], ["a"]),
    ([0, 0], ["a b"]),
])
def test_tokens_without_a_segment_are_left_out_of_the_json(segments, texts):
    from cleanup.transcript import Segment

    t = formats.parse(" ".join("ab"[:len(segments)])).regrouped(
        ["", " "][:len(segments)], segments, [Segment()])
    data = json.loads(formats.render(t, "json"))
    assert [s["text"].strip() for s in data["segments"]] == texts


@pytest.mark.parametrize("chunk", [1, 2, 3, 4096])
@pytest.mark.parametrize("content", [
    pytest.param("a “quoted” word\tand \\ back\\slash é " * 3, id="one segment, escapes"),
    pytest.param("one two three\n\nfour\n\nfive six seven eight\n", id="paragraphs"),
])
def test_text_written_in_chunks_is_the_text_dumped_whole(chunk, content, monkeypatch):
    # A segment's text is escaped a few thousand words at a time (a text with no blank
    # line is one segment); the pieces join to the JSON of the whole text.
    from cleanup.formats import whisper_json

    t = formats.parse(content)
    monkeypatch.setattr(whisper_json, "_CHUNK", 4096)
    whole = formats.render(t, "json")
    monkeypatch.setattr(whisper_json, "_CHUNK", chunk)
    assert formats.render(t, "json") == whole
    data = json.loads(whole)
    assert data["text"] == " ".join(t.texts)
    assert " ".join(s["text"] for s in data["segments"]) == data["text"]
