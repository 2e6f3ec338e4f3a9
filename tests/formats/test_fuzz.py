"""Fuzzing the readers and ``cleanup fix``: any input gives a transcript or the project's
one-line error, never a traceback."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleanup import cli, formats
from cleanup.errors import InputError

SETTINGS = settings(derandomize=True, max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

# Pieces of caption files, good and broken, so that random files look like real ones.
STAMPS = ["00:00:01,000", "00:00:02.500", "0:0:3.49", "01:02.250", "123:00:00,000",
          "99:59:59,000", "100:00:00,500", "00:00:00.000", "9" * 40 + ":00:00,000", "1:2",
          "00:61:00,000", "-00:00:01,000", "00:00:01,", ""]
PIECES = ["WEBVTT", "Kind: captions", "Language: en", "NOTE x", "STYLE", "1", "42", "-->",
          " --> ", "align:start position:0%", "<00:00:01.040><c> know</c>", "<c>", "</c>",
          "<v Bob>", "</v>", "<v>", "<i>", "[doctor]", "[Music]", "SPEAKER 1:", "Dr. Smith:",
          "ANDREW HUBERMAN:", "Bob:", "i know", "uh", "the the", "&amp;", "&lt;", "<", ">",
          "{\\an8}", "\ufeff", "\r", "\r\n", "\n", "\n\n", " ", "\t", "é", "\u200b", "😀"]


@st.composite
def caption_files(draw):
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        if draw(st.booleans()):
            parts.append(f"{draw(st.sampled_from(STAMPS))} --> {draw(st.sampled_from(STAMPS))}")
        else:
            parts.append(draw(st.sampled_from(PIECES)))
        parts.append(draw(st.sampled_from(["\n", "\n\n", " ", "\r\n", ""])))
    return "".join(parts)


NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10, 10 ** 30),
                    st.none(), st.text(max_size=3), st.booleans())
WORDS = st.one_of(st.none(), st.integers(), st.fixed_dictionaries(
    {}, optional={"word": st.one_of(st.text(max_size=6), st.none(), st.integers()),
                  "text": st.text(max_size=6), "start": NUMBERS, "end": NUMBERS,
                  "probability": NUMBERS, "score": NUMBERS}))
SEGMENTS = st.one_of(st.none(), st.text(max_size=3), st.fixed_dictionaries(
    {}, optional={"start": NUMBERS, "end": NUMBERS, "text": st.one_of(st.text(max_size=12),
                                                                      NUMBERS),
                  "words": st.one_of(st.lists(WORDS, max_size=4), NUMBERS),
                  "speaker": st.one_of(st.text(max_size=4), st.integers()),
                  "avg_logprob": NUMBERS, "no_speech_prob": NUMBERS}))
RESULTS = st.fixed_dictionaries(
    {"segments": st.one_of(st.lists(SEGMENTS, max_size=4), NUMBERS)},
    optional={"language": st.one_of(st.text(max_size=3), st.integers()),
              "changes": st.one_of(st.lists(st.dictionaries(st.text(max_size=3), NUMBERS)),
                                   NUMBERS),
              "raw": st.one_of(st.dictionaries(st.text(max_size=3), NUMBERS), NUMBERS)})
WHISPER_CPP = st.fixed_dictionaries({"transcription": st.lists(st.one_of(
    st.none(), st.fixed_dictionaries({}, optional={
        "offsets": st.one_of(NUMBERS, st.fixed_dictionaries({}, optional={"from": NUMBERS,
                                                                         "to": NUMBERS})),
        "text": st.one_of(st.text(max_size=8), NUMBERS)})), max_size=4)},
    optional={"result": st.one_of(NUMBERS, st.fixed_dictionaries({"language": NUMBERS}))})
JSON_FILES = st.one_of(RESULTS.map(json.dumps), WHISPER_CPP.map(json.dumps),
                       st.text(alphabet='{}[]":,0123456789.eE-aNn ',
                                                        max_size=60))
FILES = st.one_of(caption_files(), st.text(max_size=80), JSON_FILES)


def _read_and_write(content: str, fmt: str) -> None:
    try:
        transcript = formats.parse(content, fmt, name="fuzz")
    except InputError as err:
        assert str(err).startswith("fuzz: ") and "\n" not in str(err)
        return
    for out in formats.FORMATS:
        try:
            rendered = formats.render(transcript, out, name="out")
        except InputError as err:
            assert "no timings" in str(err)
            continue
        if out == "json":
            json.loads(rendered, parse_constant=lambda c: (_ for _ in ()).throw(AssertionError(c)))


@SETTINGS
@given(caption_files(), st.sampled_from(["srt", "vtt", "txt"]))
def test_caption_readers_never_crash(content, fmt):
    _read_and_write(content, fmt)


@SETTINGS
@given(JSON_FILES)
def test_json_reader_never_crashes(content):
    _read_and_write(content, "json")


@settings(derandomize=True, max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(FILES, st.sampled_from(["srt", "vtt", "json", "txt"]))
def test_fix_never_shows_a_traceback(tmp_path, capsys, content, ext):
    src = tmp_path / f"in.{ext}"
    src.write_text(content, encoding="utf-8", newline="")
    status = cli.main(["fix", str(src), "-o", str(tmp_path / f"out.{ext}")])
    err = capsys.readouterr().err
    assert status in (0, 1) and "Traceback" not in err
    if status:
        assert err.count("\n") == 1 and err.startswith("cleanup: ")


@SETTINGS
@given(caption_files(), st.sampled_from(["srt", "vtt", "txt"]))
def test_reading_never_invents_a_word(content, fmt):
    """Every word of the text output was in the file (a voice span's name is markup)."""
    import re

    try:
        transcript = formats.parse(content, fmt, name="fuzz")
    except InputError:
        return
    out = re.sub(r"<v [^>\n]*> ", " ", formats.render(transcript, "txt"))
    unescaped = content.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    for word in out.split():
        assert word in content or word in unescaped, word


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["[doctor]", "[patient]", "SPEAKER 1:", "Dr. Lee:",
                                           "ANDREW HUBERMAN:", "", ""]),
                          st.sampled_from(["so i think", "uh yes", "the the knee", "Okay."]),
                          st.sampled_from(["\n", "\n\n", "\n"])), max_size=8))
def test_labelled_text_round_trips(turns):
    text = "".join(f"{label} {words}".strip() + end for label, words, end in turns).strip()
    text = text + "\n" if text else ""
    assert formats.render(formats.parse(text, "txt"), "txt") == text
