"""The review page's layout and the rough edges of a first session, in a real browser: a
small sticky video (none for sound or a still picture), "No speech detected", the reason
for a change readable on a tap, changes listed by time."""
from __future__ import annotations

import json
import subprocess

import pytest

from .conftest import MEDIA, console_problems, open_page, run_cli, wait_for

LONG_TEXT = "".join(f"line {k} um we talked about the dose and i think it helps.\n"
                    for k in range(300))


def _ffmpeg() -> str:
    imageio_ffmpeg = pytest.importorskip("imageio_ffmpeg")
    return imageio_ffmpeg.get_ffmpeg_exe()


def _video(path, *, picture_rate: str | None) -> None:
    """Four seconds of a tone, with a moving test picture at ``picture_rate`` frames a
    second (``0.25``: one still frame), or none."""
    video = (["-f", "lavfi", "-i", f"testsrc=size=640x360:rate={picture_rate}"]
             if picture_rate else [])
    codec = ["-c:v", "libvpx", "-b:v", "200k"] if picture_rate else []
    subprocess.run([_ffmpeg(), "-v", "error", "-y", *video, "-f", "lavfi", "-i",
                    "sine=frequency=440", "-t", "4", *codec, "-c:a", "libopus", str(path)],
                   check=True, timeout=120)


@pytest.fixture
def long_text(tmp_path):
    path = tmp_path / "talk.txt"
    path.write_text(LONG_TEXT, encoding="utf-8")
    return path


def _page(tmp_path, text, media=None):
    out = tmp_path / f"{media.stem if media else 'plain'}.html"
    args = ["--media", media] if media else []
    done = run_cli("review", text, *args, "-o", out)
    assert done.returncode == 0, done.stderr
    return out


BAR = """const bar = document.querySelector('.bar'), m = document.getElementById('media');
         const r = m.getBoundingClientRect(), pin = document.getElementById('pin');
         return {top: Math.round(bar.getBoundingClientRect().top), height: bar.offsetHeight,
                 inBar: bar.contains(m), mediaBottom: r.bottom, pin: !!pin && !pin.hidden};"""


def test_a_moving_picture_is_small_and_stays_in_view(browser, viewport, tmp_path, long_text):
    media = tmp_path / "moving.webm"
    _video(media, picture_rate="25")
    viewport(1280, 800)
    open_page(browser, _page(tmp_path, long_text, media))
    before = browser.execute_script(BAR)
    assert before["height"] <= 240  # was 435 of 800 px
    assert before["inBar"] and before["pin"]
    browser.execute_script("window.scrollTo(0, 3000)")
    after = wait_for(lambda: browser.execute_script(BAR) if browser.execute_script(
        "return window.scrollY") > 0 else None)
    assert after["top"] == 0 and after["inBar"]  # sticky, with its picture
    browser.find_element("id", "pin").click()  # the reader's choice: let it scroll away
    assert not browser.execute_script(BAR)["inBar"]


def test_sound_scrolls_away_and_the_toolbar_stays(browser, viewport, tmp_path, long_text):
    viewport(1280, 800)
    open_page(browser, _page(tmp_path, long_text, MEDIA))
    assert browser.execute_script(BAR)["height"] <= 130
    browser.execute_script("window.scrollTo(0, 3000)")
    wait_for(lambda: browser.execute_script("return window.scrollY") > 0)
    state = browser.execute_script(BAR)
    assert not state["inBar"] and state["mediaBottom"] < 0 and state["top"] == 0
    assert not state["pin"]


@pytest.mark.parametrize("picture_rate", [None, "0.25"], ids=["sound-only", "still-picture"])
def test_a_video_without_a_moving_picture_leaves_the_toolbar(browser, viewport, tmp_path,
                                                              long_text, picture_rate):
    media = tmp_path / "talk.webm"
    _video(media, picture_rate=picture_rate)
    viewport(1280, 800)
    open_page(browser, _page(tmp_path, long_text, media))
    browser.execute_script("document.getElementById('media').play()")
    wait_for(lambda: browser.execute_script(
        "return document.getElementById('media').currentTime > 3"), timeout=30)
    assert not browser.execute_script(BAR)["inBar"]
    assert not browser.execute_script("return document.getElementById('media').paused")


def test_a_silent_recording_says_no_speech(browser, tmp_path):
    silent = tmp_path / "silent.json"
    silent.write_text(json.dumps({"text": "", "segments": [], "language": "en"}), encoding="utf-8")
    out = tmp_path / "silent.html"
    assert run_cli("review", silent, "--media", MEDIA, "-o", out).returncode == 0
    open_page(browser, out)
    assert browser.find_element("id", "no-speech").text.startswith("No speech detected")
    assert browser.find_element("class name", "summary").text.startswith("No speech detected")
    browser.find_element("tag name", "body").send_keys("n", "k", "/")
    assert console_problems(browser) == []


def _tap(browser, element) -> None:
    """A finger's tap (touch events, as a phone sends them) in the middle of ``element``."""
    rect = browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(); "
        "return [r.x + r.width / 2, r.y + r.height / 2]",
        element)
    point = [{"x": rect[0], "y": rect[1]}]
    browser.execute_cdp_cmd("Input.dispatchTouchEvent",
                            {"type": "touchStart", "touchPoints": point})
    browser.execute_cdp_cmd("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


def test_a_tap_shows_why_a_word_changed_and_can_reject_it(browser, viewport, tmp_path, raw_whisper):
    out = tmp_path / "page.html"
    assert run_cli("review", raw_whisper, "--media", MEDIA, "-o", out).returncode == 0
    viewport(390, 844, mobile=True)
    browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": True})
    try:
        open_page(browser, out)
        removed = browser.find_element("css selector",
                                       "#transcript del[data-step='remove_fillers']")
        _tap(browser, removed)
        detail = browser.find_element("id", "detail")
        wait_for(lambda: "removed by" in detail.text)
        assert "“Um,” at 0:04.3 (Whisper was 26% sure) removed by remove_fillers" in detail.text
        assert "today. Um, so → today. so" in detail.text
        assert browser.execute_script(  # in view on a phone, where the toolbar scrolls away
            "const r = arguments[0].getBoundingClientRect(); "
            "return getComputedStyle(arguments[0]).position === 'fixed' && r.top >= 0 "
            "&& r.bottom <= innerHeight", detail)
        assert browser.find_element("id", "change-0").get_attribute("class").split() == ["current"]
        _tap(browser, detail.find_element("css selector", "button.toggle"))
        wait_for(lambda: "rejected" in removed.get_attribute("class").split())
        assert detail.find_element("css selector", "button.toggle").text == "Restore"
        assert browser.execute_script(
            "return document.querySelector('input.reject[data-change=\"0\"]').checked")
        _tap(browser, browser.find_element("css selector", "#transcript .chg"))
        wait_for(lambda: "changed by capitalize_sentences" in detail.text)
        assert "so → So" in detail.text
    finally:
        browser.execute_cdp_cmd("Emulation.setTouchEmulationEnabled", {"enabled": False})


def test_changes_are_listed_by_time(browser, tmp_path):
    # Step order: the filler (at 3 s), then "i" (1 s), then "so" (0 s); time order: the reverse.
    words = [(" so", 0.0), (" i", 1.0), (" went", 2.0), (" um", 3.0), (" there.", 4.0)]
    source = tmp_path / "order.json"
    source.write_text(json.dumps({"segments": [{"start": 0, "end": 5, "text": "", "words": [
        {"word": w, "start": t, "end": t + 0.5} for w, t in words]}]}), encoding="utf-8")
    out = tmp_path / "order.html"
    assert run_cli("review", source, "-o", out).returncode == 0
    open_page(browser, out, media=False)
    rows = browser.execute_script("""return Array.from(document.querySelectorAll('ol.changes li'),
        li => [li.querySelector('.step').textContent, li.querySelector('.time').textContent]);""")
    assert rows == [["capitalize_sentences", "0:00.0"], ["capitalize_pronoun_i", "0:01.0"],
                    ["remove_fillers", "0:03.0"]]
