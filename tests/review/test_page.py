"""The review page's HTML: the test contract, self-containment, and the CLI around it."""
from __future__ import annotations

import importlib
import json
import re
import types
from html.parser import HTMLParser

import pytest

from cleanup import formats
from cleanup.decisions import Decision, Decisions
from cleanup.presets import build_pipeline
from cleanup.review import build_page, media_link, review_file, source_of
from cleanup.review.page import confidence_class

from .conftest import MEDIA, ROOT, run_cli
from .pagewords import page_data, page_words


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside the transcript's words."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.in_transcript = 0
        self.words: list[tuple[str, dict[str, str]]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        self.tags.append((tag, attrs))
        if attrs.get("id") == "transcript":
            self.in_transcript = 1
        elif self.in_transcript:
            self.in_transcript += 1
            if "w" in attrs.get("class", "").split():
                self.words.append((tag, attrs))
        if self.in_transcript and tag in ("p", "span", "del", "s", "button"):
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        if self.in_transcript:
            self.in_transcript -= 1


@pytest.fixture(scope="module")
def demo_page(demo_json) -> str:
    return build_page(formats.read(demo_json), build_pipeline("clean"), name="clinic_demo",
                      media="clinic_demo.wav")


def test_every_word_carries_its_times(demo_page):
    words = page_words(demo_page)
    assert len(words) == 41  # the 40 words of the cleaned text, and the filler it removed
    for word in words:
        start, end = float(word.attrs["data-start"]), float(word.attrs["data-end"])
        assert 0 <= start <= end <= 17.1


def test_removed_words_are_del_with_the_step(demo_page):
    removed = [w for w in page_words(demo_page) if w.tag == "del"]
    assert [(w.attrs["data-step"], w.attrs["data-start"]) for w in removed] == [
        ("remove_fillers", "4.26")]
    assert [w.before for w in removed] == ["Um,"]


def test_recased_words_show_before_and_after(demo_page):
    recased = [w for w in page_words(demo_page) if w.kind == "chg"]
    assert [(w.attrs["data-step"], w.before, w.after) for w in recased] == [
        ("capitalize_sentences", "so", "So")]


def test_low_confidence_words_stand_out(demo_page):
    botox = [w for w in page_words(demo_page) if w.before == "Botox"]
    assert [w.attrs["data-p"] for w in botox] == ["0.04"]
    assert {"w", "c1", "flagged"} <= set(botox[0].classes)


def test_no_html_per_word(demo_page):
    # The words are data the script draws near the screen: a long recording's page stays small.
    assert Elements(demo_page).words == []
    assert "Botox" not in demo_page.split('id="review-data"')[0]


@pytest.mark.parametrize("p, level", [(None, ""), (0.0, "c1"), (0.39, "c1"), (0.4, "c2"),
                                      (0.59, "c2"), (0.6, "c3"), (0.79, "c3"), (0.8, ""),
                                      (1.0, "")])
def test_confidence_scale(p, level):
    assert confidence_class(p) == level


def test_the_page_is_self_contained(demo_page):
    tags = Elements(demo_page).tags
    media = [a for t, a in tags if t in ("audio", "video")]
    assert [a["src"] for a in media] == ["clinic_demo.wav"]
    for tag, attrs in tags:
        if tag == "script":
            assert "src" not in attrs
        if tag == "link":
            assert attrs.get("rel") == "icon" and attrs["href"].startswith("data:")
        for name in ("src", "href"):
            assert not re.match(r"(https?:)?//", attrs.get(name, ""))
    assert not re.search(r"@import|url\(\s*['\"]?(https?:)?//", demo_page)


def test_the_data_is_inline_json(demo_page):
    raw = re.search(r'<script type="application/json" id="review-data">(.*?)</script>',
                    demo_page, re.S).group(1)
    data = json.loads(raw)
    assert data["name"] == "clinic_demo"
    changes = data["changes"]
    assert [(changes["steps"][s], bool(r)) for s, r in zip(changes["step"], changes["rejected"])] \
        == [("remove_fillers", False), ("capitalize_sentences", False)]


def test_script_end_tags_in_the_text_cannot_break_the_page():
    from cleanup.transcript import Transcript

    page = build_page(Transcript.from_text("um </script><script>alert(1)</script>"),
                      build_pipeline("clean"), name="x")
    assert "<script>alert" not in page
    assert page.count("</script>") == 2  # the data block and the page's script


def test_decisions_show_as_rejected(demo_json):
    rejected = Decisions((Decision("capitalize_sentences", "so", "So", 4.44, 4.54),))
    page = build_page(formats.read(demo_json), build_pipeline("clean"), name="clinic_demo",
                      decisions=rejected)
    recased = [w for w in page_words(page) if w.attrs.get("data-step") == "capitalize_sentences"]
    assert [w.classes for w in recased] == [["w", "chg", "flagged", "rejected"]]
    assert page_data(page)["changes"]["rejected"] == [0, 1]


def test_the_raw_result_is_what_was_cleaned(demo_json):
    cleaned = formats.read(demo_json)
    raw = source_of(cleaned)
    assert raw.text.startswith("Good afternoon. Thanks for coming in today. Um, so we")
    assert build_pipeline("clean")(raw).text == cleaned.text


def test_caption_problems_are_flagged(monkeypatch, demo_json):
    violations = [types.SimpleNamespace(cue=2, start=6.5, end=14.06, rule="line_length",
                                        value=107, limit=42),
                  types.SimpleNamespace(cue=2, start=6.5, end=14.06, rule="max_duration",
                                        value=7.56, limit=7.0),
                  types.SimpleNamespace(cue=3, start=14.3, end=16.92, rule="min_gap",
                                        value=0.0, limit=0.083)]
    calls = []

    def lint(transcript, rules):
        calls.append((transcript.text, rules))
        return violations

    monkeypatch.setattr(importlib.import_module("cleanup.layout"), "lint", lint)
    cleaned = formats.read(demo_json)
    page = build_page(cleaned, build_pipeline("clean"), name="clinic_demo")
    assert calls == [(cleaned.text, "netflix")]  # the cleaned text's cues
    text = "cue 2: line length 107 > 42; max duration 7.56 > 7"
    flags = page_data(page)["flags"]
    assert flags == [[15, 2, 6.5, text], [32, 3, 14.3, "cue 3: min gap 0 < 0.083"]]
    words = page_words(page)
    assert (words[15].before, words[15].classes) == ("migraines", ["w", "c3"])  # after flag 2
    assert words[32].before == "Do"  # after flag 3
    assert "Cues that break caption rules (2)" in page and "2 cues break caption rules" in page


def test_media_link_is_relative(tmp_path):
    page = tmp_path / "out" / "sub" / "visit.html"
    media = tmp_path / "media" / "my visit.mp4"
    assert media_link(media, page) == "../../media/my%20visit.mp4"


def test_cli_review(tmp_path, demo_json):
    shutil_copy = tmp_path / "clinic_demo.json"
    shutil_copy.write_text(demo_json.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "clinic_demo.wav").write_bytes(MEDIA.read_bytes())
    done = run_cli("review", shutil_copy)  # the media beside it, the page beside it
    assert done.returncode == 0, done.stderr
    page = (tmp_path / "clinic_demo.html").read_text(encoding="utf-8")
    assert '<audio id="media" controls preload="metadata" src="clinic_demo.wav">' in page
    assert done.stderr == f"cleanup: wrote {tmp_path / 'clinic_demo.html'}\n"


def test_cli_review_video_and_style_warning(tmp_path, demo_json):
    video = tmp_path / "visit.mp4"
    video.write_bytes(b"")
    out = tmp_path / "page.html"
    done = run_cli("review", demo_json, "--media", video, "-o", out, "--style", "verbatim")
    assert done.returncode == 0
    assert '<video id="media"' in out.read_text(encoding="utf-8")
    assert "warning: the page shows this pipeline's run on the raw transcript" in done.stderr


@pytest.mark.parametrize("args, message", [
    (["missing.json"], "cleanup: missing.json: no such file"),
    (["{json}", "--media", "nope.wav"], "cleanup: nope.wav: no such media file"),
    (["{json}", "--decisions", "nope.json"], "cleanup: nope.json: no such file"),
    (["page.html"], "cleanup: page.html: a web page, not a transcript; review the JSON that "
                    "cleanup transcribe wrote"),
], ids=["no-transcript", "no-media", "no-decisions", "a-page"])
def test_cli_review_errors(tmp_path, demo_json, args, message):
    out = tmp_path / "page.html"
    args = [str(demo_json) if a == "{json}" else a for a in args]
    done = run_cli("review", *args, "-o", out, cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [message]
    assert not out.exists()


PAGE_SAMPLES = sorted((ROOT / "samples").glob("*.raw.*"))


@pytest.mark.parametrize("path", PAGE_SAMPLES, ids=[p.name for p in PAGE_SAMPLES])
def test_the_page_shows_the_cleaned_text_and_what_was_removed(path):
    from cleanup.decisions import trace

    source = formats.read(path)
    pipeline = build_pipeline("clean")
    run = trace(pipeline, source)
    page = build_page(source, pipeline, name=path.stem, run=run)
    words = page_words(page)
    shown_after = [w.after for w in words if w.kind != "del"]
    assert shown_after == [t.text for t in run.transcript.tokens]
    final_ids = {t.id for t in run.transcript.tokens}
    removed = [t.text for t in source.tokens if t.id not in final_ids]
    assert [w.before for w in words if w.kind == "del"] == removed


def test_what_the_transcription_guards_dropped_is_shown(tmp_path, demo_json):
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    last = data["raw"]["segments"][-1]
    last["words"].append({"word": " you", "start": 16.95, "end": 17.0, "probability": 0.3})
    data["raw"]["segments"].append({"start": 17.0, "end": 17.4, "text": " Thank you.",
                                    "words": [{"word": " Thank", "start": 17.0, "end": 17.2},
                                              {"word": " you.", "start": 17.2, "end": 17.4}]})
    data["raw"]["dropped"] = [
        {"start": 16.95, "end": 17.0, "text": "you", "reason": "word in silence"},
        {"start": 17.0, "end": 17.4, "text": "Thank you.", "reason": "segment in silence"}]
    path = tmp_path / "clinic_demo.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    page, reproduced = review_file(formats.read(path), build_pipeline("clean"), name="x")
    assert reproduced  # the raw text the pipeline saw is the backend's, without the drops
    words = page_words(page)
    drops = [(w.attrs["data-step"], w.before) for w in words
             if w.tag == "del" and w.classes == ["w", "gone", "guard", "flagged"]]
    assert drops == [("transcription guard: word in silence", "you"),
                     ("transcription guard: segment in silence", "Thank you.")]
    shown = [(w.tag, w.before) for w in words]
    assert shown.index(("span", "effects?")) < shown.index(("del", "you"))
    assert "2 dropped while transcribing" in page


@pytest.mark.parametrize("seconds, shown", [(0, "0:00.0"), (4.26, "0:04.3"), (59.97, "1:00.0"),
                                            (3725.0, "1:02:05.0")])
def test_clock(seconds, shown):
    from cleanup.review.page import _clock

    assert _clock(seconds) == shown


def test_the_captions_checked_are_the_files_own_cues(monkeypatch, demo_json, tmp_path):
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    words = [w for seg in data["segments"] for w in seg["words"]]
    data["segments"] = [{"start": 0.0, "end": 16.92, "text": "", "words": words}]
    path = tmp_path / "one_cue.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    seen = []
    monkeypatch.setattr("cleanup.layout.lint", lambda t, rules: seen.append(t) or [])
    review_file(formats.read(path), build_pipeline("clean"), name="one_cue")
    assert [len(t.segments) for t in seen] == [1]  # as published, not Whisper's three


def _transcribed(tmp_path, demo_json, media_path):
    """The demo JSON as ``cleanup transcribe`` writes it now: it names its recording."""
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    data["source"] = {"path": str(media_path), "size": 1, "mtime_ns": 1, "sha256": "0" * 64}
    path = tmp_path / "out" / "clinic_demo.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize("recorded", ["absolute", "relative"])
def test_the_recording_the_json_names_is_linked(tmp_path, demo_json, recorded):
    media = tmp_path / "in" / "visit one.wav"
    media.parent.mkdir()
    media.write_bytes(MEDIA.read_bytes())
    named = media if recorded == "absolute" else "../in/visit one.wav"
    source = _transcribed(tmp_path, demo_json, named)
    out = tmp_path / "pages" / "clinic_demo.html"
    done = run_cli("review", source, "-o", out)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert '<audio id="media" controls preload="metadata" src="../in/visit%20one.wav">' in page
    assert "No media linked" not in page


def test_a_recording_that_is_gone_is_not_linked(tmp_path, demo_json):
    source = _transcribed(tmp_path, demo_json, tmp_path / "gone.wav")
    out = tmp_path / "page.html"
    assert run_cli("review", source, "-o", out).returncode == 0
    assert "No media linked" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("source", [5, "visit.wav", {"path": 5}, {"path": ["a"]}, {}, None],
                         ids=["number", "text", "path-number", "path-list", "empty", "null"])
def test_a_source_of_another_shape_is_ignored(tmp_path, demo_json, source):
    from cleanup.review import guess_media

    data = json.loads(demo_json.read_text(encoding="utf-8"))
    data["source"] = source
    path = tmp_path / "clinic_demo.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert guess_media(path) is None


def test_a_silent_recording_says_so():
    from cleanup.transcript import Transcript

    page = build_page(Transcript.from_text(""), build_pipeline("clean"), name="silent")
    assert '<p class="summary">No speech detected · 0 changes' in page
    assert '<p class="empty" id="no-speech">No speech detected' in page
