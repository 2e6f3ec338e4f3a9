"""Hostile text on the review page, in a real browser: a direction override cannot reorder
what the reviewer sees, and markup in any text the page shows stays text."""
from __future__ import annotations

import json
import shutil

import pytest

from cleanup import formats
from cleanup.normalizers.fillers import RemoveFillers
from cleanup.pipeline import Pipeline
from cleanup.presets import build_pipeline
from cleanup.review import build_page, media_link, write_page

from .conftest import MEDIA, console_problems, open_page, run_cli

RLO, PDF = "\u202e", "\u202c"

# The words' left edges in the order the transcript holds them, and the text the page shows.
WORD_GEOMETRY = """
    return Array.from(document.querySelectorAll('#transcript .w'), w => {
      const r = w.getBoundingClientRect();
      return [w.textContent, Math.round(r.left), Math.round(r.top)];
    });"""


@pytest.fixture
def bidi_page(tmp_path):
    text = tmp_path / f"dose{RLO}fdp.txt"
    text.write_text(f"please take {RLO}gm 05{PDF} tablets with שלום עולם water\n",
                    encoding="utf-8")
    page = tmp_path / "bidi.html"
    assert run_cli("review", text, "-o", page).returncode == 0
    return page


def test_words_are_laid_out_in_their_logical_order(browser, bidi_page):
    open_page(browser, bidi_page, media=False)
    words = browser.execute_script(WORD_GEOMETRY)
    # Read line by line, left to right, the words come in the order written: the override
    # moved none of them (before: "05" was drawn left of "gm", which read "mg").
    reading = sorted(words, key=lambda w: (w[2], w[1]))
    assert reading == words
    assert len({top for _, _, top in words[2:4]}) == 1
    # normalize_unicode drops the controls (gm 05 is published): the page shows both sides.
    assert [w[0] for w in words] == [
        "please → Please", "take", "⟨U+202E⟩gm → gm", "05⟨U+202C⟩ → 05", "tablets", "with",
        "שלום", "עולם", "water"]


def test_an_override_shows_as_a_badge_and_reorders_nothing(browser, bidi_page):
    open_page(browser, bidi_page, media=False)
    # Inside the word too: "gm" reads g then m; the override itself is a visible badge.
    g_left, m_left, badge = browser.execute_script("""
        const w = Array.from(document.querySelectorAll('#transcript .was'))
          .find(el => el.textContent.endsWith('gm'));
        const text = w.lastChild, range = document.createRange(), at = [];
        for (const k of [0, 1]) {
          range.setStart(text, k); range.setEnd(text, k + 1);
          at.push(range.getBoundingClientRect().left);
        }
        const badge = w.querySelector('.fmt');
        return [at[0], at[1], [badge.textContent, badge.getBoundingClientRect().width,
                               badge.title]];""")
    assert g_left < m_left
    assert badge[0] == "⟨U+202E⟩" and badge[1] > 10
    assert badge[2].startswith("U+202E right-to-left override")
    # No direction control is left in the text the page shows: the title and heading too.
    shown = browser.execute_script(
        "return document.title + document.querySelector('header').innerText"
        " + document.querySelector('main').innerText")
    assert RLO not in shown and PDF not in shown
    assert "dose⟨U+202E⟩fdp" in browser.title


def test_the_change_list_shows_hidden_characters(browser, tmp_path):
    text = tmp_path / "list.txt"
    text.write_text(f"um {RLO}gm tablets\n", encoding="utf-8")  # the filler and the override go
    page = tmp_path / "list.html"
    assert run_cli("review", text, "-o", page).returncode == 0
    open_page(browser, page, media=False)
    rows = browser.execute_script(
        "return Array.from(document.querySelectorAll('ol.changes li .diff'), d => d.innerText)")
    assert "⟨U+202E⟩gm → gm" in "".join(rows).replace("\n", "")


# Thirteen ways markup could run if a text were put in the page unescaped.
PAYLOADS = [
    "<script>window.__xss=1</script>",
    "</script><script>window.__xss=2</script>",
    '<img src=x onerror="window.__xss=3">',
    '"><svg onload=window.__xss=4>',
    "'><iframe srcdoc=\"<script>parent.__xss=5</script>\">",
    "javascript:window.__xss=6",
    "<!--<script>window.__xss=7</script>-->",
    "{data}{js}{css}{title}",
    "${window.__xss=9}`;window.__xss=9;`",
    "\u2028\u2029');window.__xss=10;//",
    "<style>body{display:none}</style>",
    "&lt;img src=x onerror=window.__xss=12&gt;",
    '<a href="javascript:window.__xss=13" id="xss">x</a><base href="javascript:/">',
]


def _hostile_page(tmp_path, monkeypatch):
    """A page with the payloads in every text it shows: its name, the words, what the
    guards dropped and why, a step's name, a change, a cue flag, and the media's path."""
    words = [{"word": " um", "start": 0.0, "end": 0.2, "probability": 0.2}]
    for k, payload in enumerate(PAYLOADS):
        words.append({"word": " " + payload, "start": 1.0 + k, "end": 1.5 + k,
                      "probability": 0.3})
    result = {"segments": [{"start": 0.0, "end": 14.0, "text": "", "words": words}],
              "dropped": [{"start": 14.5, "end": 15.0, "text": p, "reason": p}
                          for p in PAYLOADS[:3]]}
    source = tmp_path / "hostile.json"
    source.write_text(json.dumps({"segments": result["segments"], "raw": result}),
                      encoding="utf-8")
    media = tmp_path / (PAYLOADS[3].replace("/", "") + ".wav")
    shutil.copy(MEDIA, media)
    problems = [{"cue": 1, "start": 1.0, "end": 2.0, "rule": p, "value": 1, "limit": 0}
                for p in PAYLOADS]
    monkeypatch.setattr("cleanup.review.caption_problems", lambda transcript: problems)
    # A step named by a payload; no step that respaces the words (they are shown as given).
    capitalize = build_pipeline("clean")["capitalize_sentences"]
    pipeline = Pipeline([(PAYLOADS[2], RemoveFillers()), ("capitalize_sentences", capitalize)])
    out = tmp_path / "hostile.html"
    write_page(out, build_page(formats.read(source), pipeline, name=PAYLOADS[0],
                               media=media_link(media, out)))
    return out


def test_markup_in_any_text_stays_text(tmp_path, monkeypatch):
    page = _hostile_page(tmp_path, monkeypatch).read_text(encoding="utf-8")
    assert page.count("<script") == 2 and page.count("</script>") == 2
    for tag in ("<img", "<svg", "<iframe", "<base", '<a href="javascript', "<!--<script"):
        assert tag not in page
    assert page.count("<style>") == 1


def test_no_payload_runs_in_the_browser(browser, tmp_path, monkeypatch):
    page = _hostile_page(tmp_path, monkeypatch)
    open_page(browser, page)
    body = browser.find_element("tag name", "body")
    for key in ("n",) * 20:  # every flagged word in turn: its detail line shows its texts
        body.send_keys(key)
    search = browser.find_element("id", "search")
    search.send_keys(PAYLOADS[2])
    browser.execute_script("document.getElementById('media').dispatchEvent(new Event('error'))")
    assert browser.execute_script("return window.__xss") is None
    assert browser.execute_script("""return document.querySelectorAll(
        'body img, body svg, body iframe, base, #xss, body style').length""") == 0
    assert browser.execute_script("return document.scripts.length") == 2
    shown = browser.execute_script(
        "return document.querySelector('header').textContent"
        " + document.querySelector('main').textContent")
    for payload in PAYLOADS:
        assert payload.lstrip("\u2028\u2029") in shown, payload  # words: no spaces around
    assert browser.title == "Review: " + PAYLOADS[0]
    assert PAYLOADS[3] in browser.find_element("id", "media-error").text
    assert console_problems(browser) == []
