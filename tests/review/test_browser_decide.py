"""Suggestions and redactions on the review page, in a real browser: a suggestion shows
what it would make, why and how likely, a click accepts it (and a second click takes it
back), a redaction shows its tag and never the words, a click rejects it; both round-trip
through the decisions file and ``--decisions``."""
from __future__ import annotations

import json

import pytest

from cleanup import review
from cleanup.decisions import parse, trace
from cleanup.presets import build_pipeline

from .conftest import console_problems, open_page, run_cli, whisper_json
from .conftest import wait_for as _wait

SAID = "we went to the And then we left"


def save(browser, name):
    saved = browser.downloads / f"{name}.decisions.json"
    saved.unlink(missing_ok=True)
    browser.find_element("id", "save").click()
    _wait(lambda: saved.exists() and saved.stat().st_size > 0)
    return saved, json.loads(saved.read_text(encoding="utf-8"))


def script(browser, js):
    return browser.execute_script(js)


@pytest.fixture
def suggested(tmp_path):
    raw = whisper_json(tmp_path / "talk.json", SAID)
    page = tmp_path / "talk.html"
    done = run_cli("review", raw, "-o", page)
    assert done.returncode == 0, done.stderr
    return raw, page


def test_a_suggestion_is_shown_as_a_proposal(browser, suggested):
    _, page = suggested
    open_page(browser, page, media=False)
    button = browser.find_element("css selector", "#transcript button.sugg")
    assert button.text == "? and 50%"  # what it would make and how likely: no hover needed
    assert button.get_attribute("aria-pressed") == "false"
    # Its words are marked apart from the changes made (struck through or "was → now").
    marked = browser.find_elements("css selector", "#transcript .w.sug")
    assert [w.text for w in marked] == ["And"]
    assert not {"gone", "chg"} & set(marked[0].get_attribute("class").split())
    row = browser.find_element("css selector", "#suggestions li.suggestion")
    assert "may start a sentence the text does not mark" in row.text
    assert "confidence 50%" in row.text
    assert script(browser, "return getComputedStyle(document.querySelector('.sugg'))"
                           ".borderStyle") == "dashed"
    assert console_problems(browser) == []


def test_an_accepted_suggestion_round_trips(browser, suggested, tmp_path):
    raw, page = suggested
    open_page(browser, page, media=False)
    button = browser.find_element("css selector", "#transcript button.sugg")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    button.click()  # a second click takes it back
    assert button.get_attribute("aria-pressed") == "false"
    _, undone = save(browser, "talk")
    assert undone["accepted"] == []
    button.click()
    assert "accepted" in button.get_attribute("class").split()
    assert browser.find_element("css selector", "#suggestions input.accept").is_selected()
    saved, decisions = save(browser, "talk")
    assert browser.find_element("id", "saved").text == \
        "Saved 0 rejected changes and 1 accepted suggestion to talk.decisions.json"
    assert decisions["cleanup_decisions"] == 2 and decisions["name"] == "talk"
    (accepted,) = decisions["accepted"]
    assert accepted == {"step": "fix_stray_capitals", "at": 4, "start": 2.6, "end": 2.9,
                        "before": "And", "after": "and"}

    made = run_cli("fix", raw, "--format", "txt", "--decisions", saved)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() == "We went to the and then we left"
    # The page made with those decisions shows it accepted: a click takes it back.
    again = tmp_path / "again.html"
    assert run_cli("review", raw, "--decisions", saved, "-o", again).returncode == 0
    open_page(browser, again, media=False)
    row = browser.find_element("css selector", "#changes li.accepted-suggestion")
    assert "fix_stray_capitals" in row.text
    row.find_element("css selector", "label").click()
    _, taken_back = save(browser, "talk")
    assert taken_back["accepted"] == [] and taken_back["rejected"] == []


@pytest.fixture
def redacted(tmp_path):
    text = "so hi kyle , and dr. sanchez was fine"
    words = text.split()
    from cleanup.transcript import Segment, Token, Transcript

    tokens = [Token(w, " ", 1.0 + k * 0.4, 1.3 + k * 0.4) for k, w in enumerate(words)]
    source = Transcript.from_segments([(Segment(1.0, 5.0), tokens)])
    pipeline = build_pipeline(steps=["remove_fillers", "capitalize_pronoun_i", "deidentify"])
    page = tmp_path / "visit.html"
    review.write_page(page, review.build_page(source, pipeline, name="visit"))
    return source, pipeline, page


def test_a_redaction_shows_its_tag_and_never_the_words(browser, redacted):
    _, _, page = redacted
    html = page.read_text(encoding="utf-8").lower()
    assert "kyle" not in html and "sanchez" not in html
    open_page(browser, page, media=False)
    tags = browser.find_elements("css selector", "#transcript .w.redaction")
    assert [t.text for t in tags] == ["[NAME]", "[NAME]"]
    assert script(browser, "return document.body.innerText.toLowerCase().indexOf('kyle')") == -1
    assert console_problems(browser) == []


def test_a_rejected_redaction_keeps_the_words(browser, redacted):
    source, pipeline, page = redacted
    open_page(browser, page, media=False)
    first = browser.find_elements("css selector", "#transcript .w.redaction")[0]
    first.click()
    assert "rejected" in first.get_attribute("class").split()
    saved, decisions = save(browser, "visit")
    assert "kyle" not in saved.read_text(encoding="utf-8").lower()
    (rejected,) = decisions["rejected"]
    assert set(rejected) == {"step", "at", "start", "end", "after", "digest", "private"}
    assert rejected["after"] == "[NAME]" and decisions["salt"]
    run = trace(pipeline, source, parse(saved.read_text(encoding="utf-8")))
    assert run.transcript.text == "so hi kyle , and dr. [NAME] was fine"
    assert run.unmatched == ()
    assert [r["text"] for r in run.transcript.meta["redactions"]] == ["sanchez"]


def test_with_originals_kept_the_page_may_show_them(redacted):
    source, pipeline, _ = redacted
    run = trace(pipeline, source)
    page = review.render_page(run, name="visit", keep_originals=True)
    assert "kyle" in page


@pytest.mark.parametrize("record, shown, tag_only", [
    ({"step": "deidentify", "after": "[NAME]", "start": 1.8, "end": 2.1, "private": True},
     "[NAME]", True),
    ({"step": "deidentify", "before": "kyle", "after": "[NAME]", "start": 1.8, "end": 2.1,
      "private": True}, "kyle", False),
], ids=["tag-only", "originals-kept"])
def test_a_redacted_json_shows_its_records(browser, tmp_path, record, shown, tag_only):
    path = whisper_json(tmp_path / "visit.json", "so hi [NAME] , bye")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["changes"] = [record, {"step": "remove_fillers", "before": "so uh hi",
                                "after": "so hi", "start": 1.0, "end": 1.3}]
    path.write_text(json.dumps(data), encoding="utf-8")
    page = tmp_path / "visit.html"
    done = run_cli("review", path, "-o", page)
    assert done.returncode == 0, done.stderr
    open_page(browser, page, media=False)
    rows = browser.find_elements("css selector", "#changes li.redaction")
    assert len(rows) == 1 and shown in rows[0].text
    if tag_only:
        tag = browser.find_element("css selector", "#transcript .w.redaction")
        assert tag.text == "[NAME],"  # later steps joined the comma to it
        tag.click()
        assert "rejected" in tag.get_attribute("class").split()
    assert console_problems(browser) == []
