"""Fixtures for the review page: the demo clip's transcript, and a headless Chromium.

The browser is Debian's ``chromium`` driven through ``/usr/bin/chromedriver`` (the
Makefile's set-up installs both), with a fresh profile and no network services.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
MEDIA = ROOT / "samples" / "audio" / "clinic_demo.wav"
CHROMEDRIVER = Path("/usr/bin/chromedriver")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cleanup", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


def whisper_json(path: Path, text: str) -> Path:
    """A Whisper JSON of ``text`` at ``path``: one segment, a word every 0.4 s from 1 s."""
    words = [{"word": " " + w, "start": 1.0 + k * 0.4, "end": 1.3 + k * 0.4}
             for k, w in enumerate(text.split())]
    path.write_text(json.dumps({"text": text, "segments": [
        {"id": 0, "start": 1.0, "end": 1.0 + len(words) * 0.4, "text": text,
         "words": words}]}), encoding="utf-8")
    return path


def wait_for(predicate, timeout=20.0, step=0.1):
    """The first true value of ``predicate()``, polled until ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError("timed out waiting for the page")


def open_page(browser, path, *, fresh=True, media=True):
    """Load a review page (``fresh``: forget rejections earlier tests left in the browser's
    storage) and wait until its script has drawn it and, with ``media``, the media's
    metadata is in."""
    browser.get_log("browser")  # drop what earlier pages logged
    browser.get(path.as_uri())
    if fresh:
        browser.execute_script("window.localStorage.clear()")
        browser.get(path.as_uri())
    wait_for(lambda: browser.execute_script(
        "return document.documentElement.getAttribute('data-state') === 'ready'"))
    if media:
        wait_for(lambda: browser.execute_script(
            "const m = document.getElementById('media'); return m && m.readyState >= 1"))


def console_problems(browser) -> list[dict]:
    return [e for e in browser.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]


@pytest.fixture
def viewport(browser):
    """Set the browser's viewport to ``(width, height)`` for one test."""
    def set_size(width: int, height: int, mobile: bool = False) -> None:
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})

    yield set_size
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


@pytest.fixture(scope="session")
def demo_json() -> Path:
    """cleanup's JSON for the demo clip (``cleanup transcribe --model bundled:tiny.en``)."""
    return DATA / "clinic_demo.json"


@pytest.fixture
def raw_whisper(tmp_path, demo_json) -> Path:
    """The Whisper result alone, as ``whisper --output_format json`` writes it."""
    raw = json.loads(demo_json.read_text(encoding="utf-8"))["raw"]
    path = tmp_path / "whisper" / "clinic_demo.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"text": "", "segments": raw["segments"], "language": "en"}),
                    encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    chromium = shutil.which("chromium") or shutil.which("chromium", path="/usr/bin")
    if not CHROMEDRIVER.exists() or chromium is None:
        missing = "chromium and chromium-driver are not installed (make test installs them)"
        # `make test` (and so CI) installs them: there a missing browser fails, never skips.
        if os.environ.get("CI") or os.environ.get("CLEANUP_REQUIRE_BROWSER"):
            pytest.fail(missing)
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--mute-audio",
                 "--autoplay-policy=no-user-gesture-required", "--window-size=1200,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()
