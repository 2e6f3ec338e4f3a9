"""The review page in a real browser: loads cleanly, plays from a clicked word, works by
keyboard and at 320 px, and a rejected change round-trips through ``--decisions``."""
from __future__ import annotations

import json

import pytest

from .conftest import MEDIA, run_cli
from .conftest import open_page as _open
from .conftest import wait_for as _wait


@pytest.fixture
def page(tmp_path, raw_whisper):
    out = tmp_path / "page" / "clinic_demo.html"
    done = run_cli("review", raw_whisper, "--media", MEDIA, "-o", out)
    assert done.returncode == 0, done.stderr
    return out


def _media(browser, prop):
    return browser.execute_script(f"return document.getElementById('media').{prop}")


def test_page_loads_without_console_errors(browser, page):
    _open(browser, page)
    assert browser.execute_script("return document.querySelectorAll('#transcript .w').length") > 30
    assert _media(browser, "duration") == pytest.approx(17, abs=2)
    problems = [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
    assert problems == []


def test_clicking_a_word_plays_the_media_from_its_start(browser, page):
    _open(browser, page)
    word = browser.find_element("xpath", "//section[@id='transcript']//*[text()='migraines']")
    start = float(word.get_attribute("data-start"))
    word.click()
    _wait(lambda: not _media(browser, "paused"))
    now = _media(browser, "currentTime")
    browser.execute_script("document.getElementById('media').pause()")
    assert start <= now < start + 2.0
    assert "now" in word.get_attribute("class").split()  # the word being spoken


def test_a_removed_word_can_be_heard(browser, page):
    _open(browser, page)
    removed = browser.find_element("css selector", "#transcript del[data-step='remove_fillers']")
    removed.click()
    _wait(lambda: not _media(browser, "paused"))
    browser.execute_script("document.getElementById('media').pause()")
    assert _media(browser, "currentTime") >= float(removed.get_attribute("data-start"))


def test_keyboard_only(browser, page):
    from selenium.webdriver.common.keys import Keys

    _open(browser, page)
    body = browser.find_element("tag name", "body")
    body.click()
    # Tab reaches the transcript: one word is in the tab order (a roving tabindex).
    for _ in range(40):  # the skip link, the media controls, the toolbar, cue flags
        browser.switch_to.active_element.send_keys(Keys.TAB)
        if browser.execute_script("return document.activeElement.classList.contains('w')"):
            break
    else:
        pytest.fail("Tab never reached a word")
    assert browser.execute_script(
        "return document.querySelectorAll('#transcript .w[tabindex=\"0\"]').length") == 1
    active = browser.switch_to.active_element
    active.send_keys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT)
    third = browser.switch_to.active_element
    assert third.text == "Thanks"
    outline = browser.execute_script(
        "return getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"  # a visible focus
    third.send_keys(Keys.ENTER)
    _wait(lambda: not _media(browser, "paused"))
    third.send_keys("k")
    _wait(lambda: _media(browser, "paused"))
    assert _media(browser, "currentTime") >= float(third.get_attribute("data-start"))
    third.send_keys("]")
    assert _media(browser, "playbackRate") == 1.25
    third.send_keys("[", "[")
    assert _media(browser, "playbackRate") == 0.75
    # n: the next flagged item, here the filler the pipeline removed; r rejects it.
    browser.switch_to.active_element.send_keys("n")
    flagged = browser.switch_to.active_element
    assert flagged.tag_name == "del"
    flagged.send_keys("r")
    assert "rejected" in flagged.get_attribute("class").split()
    assert browser.execute_script(
        "return document.querySelector('input.reject[data-change=\"0\"]').checked")
    flagged.send_keys("r")
    assert "rejected" not in flagged.get_attribute("class").split()


def test_search_box(browser, page):
    _open(browser, page)
    box = browser.find_element("id", "search")
    box.send_keys("thyroid lev")
    assert browser.find_element("id", "hits").text == "2 matching words"
    hits = browser.find_elements("css selector", "#transcript .w.hit")
    assert [h.text for h in hits] == ["thyroid", "levels"]


def test_no_horizontal_overflow_at_320_px(browser, page, tmp_path):
    # Long words too: a recased one (before → after) and one that no line can hold.
    long_words = tmp_path / "long.txt"
    long_words.write_text("um i think dr hashimoto-encephalopathy-associated-thyroiditis "
                          "helps with antidisestablishmentarianismantidisestablishmentarianism "
                          "uh-huh-uh-huh-uh-huh.\n", encoding="utf-8")
    long_page = tmp_path / "long.html"
    assert run_cli("review", long_words, "-o", long_page).returncode == 0
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True})
    try:
        _open(browser, page)
        assert browser.execute_script("return window.innerWidth") == 320
        for path in (page, long_page):
            browser.get(path.as_uri())
            width = browser.execute_script(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
            assert width <= 320, path.name
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_a_rejected_change_round_trips_through_decisions(browser, page, raw_whisper, tmp_path):
    cleaned = run_cli("fix", raw_whisper, "--format", "txt")
    assert cleaned.returncode == 0, cleaned.stderr
    assert "Um" not in cleaned.stdout and "So we talked" in cleaned.stdout

    _open(browser, page)
    label = browser.find_element(
        "xpath", "//li[.//span[@class='step' and text()='remove_fillers']]//label")
    label.click()
    assert "rejected" in browser.find_element(
        "css selector", "#transcript del[data-step='remove_fillers']").get_attribute("class")
    saved = browser.downloads / "clinic_demo.decisions.json"
    saved.unlink(missing_ok=True)
    browser.find_element("id", "save").click()
    _wait(lambda: saved.exists() and saved.stat().st_size > 0)
    decisions = json.loads(saved.read_text(encoding="utf-8"))
    assert [d["step"] for d in decisions["rejected"]] == ["remove_fillers"]

    kept = run_cli("fix", raw_whisper, "--format", "txt", "--decisions", saved)
    assert kept.returncode == 0, kept.stderr
    assert "today. Um, so we talked" in kept.stdout

    # The page made with those decisions shows the change as rejected, ready to undo.
    again = tmp_path / "again.html"
    assert run_cli("review", raw_whisper, "--media", MEDIA, "--decisions", saved,
                   "-o", again).returncode == 0
    _open(browser, again)
    assert browser.execute_script(
        "return document.querySelector('input.reject[data-change=\"0\"]').checked")
    assert "rejected" in browser.find_element(
        "css selector", "#transcript del[data-step='remove_fillers']").get_attribute("class")


def test_a_page_without_media_works(browser, raw_whisper, tmp_path):
    out = tmp_path / "alone.html"
    done = run_cli("review", raw_whisper, "-o", out)  # no recording beside the transcript
    assert done.returncode == 0, done.stderr
    browser.get_log("browser")
    browser.get(out.as_uri())
    assert browser.execute_script("return document.querySelector('audio, video')") is None
    assert browser.find_element("id", "play").get_attribute("disabled") == "true"
    browser.find_element("xpath", "//section[@id='transcript']//*[text()='migraines']").click()
    browser.find_element("tag name", "body").send_keys("n")
    assert browser.switch_to.active_element.get_attribute("class").startswith("w ")
    assert [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")] == []


def test_unsaved_rejections_survive_a_reload(browser, page):
    _open(browser, page)
    browser.find_element("css selector", "input.reject[data-change='1']").click()
    _open(browser, page, fresh=False)
    restored = browser.find_element("id", "saved").text
    assert restored == "Restored 1 rejected change from this browser"
    assert browser.execute_script(
        "return document.querySelector('input.reject[data-change=\"1\"]').checked")
    assert "rejected" in browser.find_element(
        "css selector", "#transcript .chg").get_attribute("class").split()


def test_a_missing_recording_says_so(browser, raw_whisper, tmp_path):
    media = tmp_path / "gone.wav"
    media.write_bytes(MEDIA.read_bytes())
    out = tmp_path / "moved.html"
    assert run_cli("review", raw_whisper, "--media", media, "-o", out).returncode == 0
    media.unlink()  # the recording moved after the page was made
    browser.get(out.as_uri())
    note = browser.find_element("id", "media-error")
    _wait(lambda: note.is_displayed())
    assert note.text.startswith("The recording did not load from gone.wav")


def test_the_drawn_words_are_the_pages_data(browser, page, tmp_path, demo_json):
    from .pagewords import page_words

    # The demo page, and one with a rejected change and what the transcription guards dropped.
    data = json.loads(demo_json.read_text(encoding="utf-8"))
    data["raw"]["segments"][-1]["words"].append({"word": " you", "start": 16.95, "end": 17.0})
    data["raw"]["dropped"] = [{"start": 16.95, "end": 17.0, "text": "you",
                               "reason": "word in silence"}]
    source = tmp_path / "guarded.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    decisions = tmp_path / "d.json"
    decisions.write_text(json.dumps({"cleanup_decisions": 1, "rejected": [
        {"step": "remove_fillers", "before": "today. Um, so", "after": "today. so",
         "start": 4.26, "end": 4.32}]}), encoding="utf-8")
    guarded = tmp_path / "guarded.html"
    assert run_cli("review", source, "--decisions", decisions, "-o", guarded).returncode == 0
    for path in (page, guarded):
        _open(browser, path, media=path is page)
        drawn = browser.execute_script("""
            return Array.from(document.querySelectorAll('#transcript .w'), w => {
              const attrs = {};
              for (const name of ['data-start', 'data-end', 'data-p', 'data-step', 'data-change'])
                if (w.hasAttribute(name)) attrs[name] = w.getAttribute(name);
              const was = w.querySelector('.was'), now = w.querySelector('.now-text');
              const text = was ? [was.textContent, now.textContent]
                : [w.textContent, w.tagName === 'DEL' ? '' : w.textContent];
              return [w.tagName.toLowerCase(), w.className.split(' '), attrs, ...text];
            });""")
        expected = [[w.tag, w.classes, w.attrs, w.before, w.after]
                    for w in page_words(path.read_text(encoding="utf-8"))]
        assert drawn == expected, path.name
    assert any("rejected" in row[1] for row in drawn) and any("guard" in row[1] for row in drawn)
