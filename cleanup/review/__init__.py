"""The review page: one self-contained HTML file to see and hear every change.

``cleanup review visit.json --media visit.mp4 -o visit.html`` (or ``html`` among
``cleanup transcribe --formats``) writes a page that shows the cleaned transcript word by
word beside the media: a click on a word plays from it, the word being spoken is
highlighted, Whisper's unsure words stand out, removed words are struck through with the
step that removed them, recased or respelled words show ``before → after``, and caption
cues that break the layout rules are flagged. Any change can be rejected, any suggestion
accepted, any redaction rejected (shown by its tag, never the words:
:mod:`cleanup.review.proposals`); "Save decisions" downloads ``NAME.decisions.json`` for
``--decisions`` (see :mod:`cleanup.decision_file`).

The page needs no network: CSS, script and data are inline; the media is linked by a
path relative to the page.
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from typing import Any

from ..decisions import Decisions, Trace, trace
from ..errors import InputError
from ..formats import write_atomic
from ..pipeline import Pipeline
from ..transcript import Transcript
from .index import write_index
from .page import VIDEO_EXTENSIONS, render_page
from .proposals import stored_redactions
from .source import source_of

__all__ = ["VIDEO_EXTENSIONS", "build_page", "guess_media", "media_link", "recorded_media",
           "render_page", "review_file", "source_of", "transcription_page", "write_index",
           "write_page"]

_MEDIA_EXTENSIONS = (".wav", ".mp3", ".m4a", ".flac", ".ogg", ".opus", ".aac",
                     ".mp4", ".mov", ".mkv", ".webm", ".m4v")


def media_link(media: str | Path, page: str | Path) -> str:
    """The media's path relative to the page's folder, as a URL path."""
    from urllib.parse import quote

    rel = os.path.relpath(Path(media).resolve(), Path(page).resolve().parent)
    return quote(os.fsencode(Path(rel).as_posix()))  # a name that is not UTF-8: its bytes


def recorded_media(transcript_path: str | Path) -> Path | None:
    """The recording a ``cleanup transcribe`` JSON names (its ``source.path``), when that
    file is there (a relative path is taken from the JSON's folder)."""
    path = Path(transcript_path)
    if path.suffix.lower() != ".json":
        return None
    try:
        with open(path, encoding="utf-8-sig") as fh:
            source = json.load(fh).get("source")
        media = Path(source["path"])
    except (OSError, ValueError, RecursionError, AttributeError, KeyError, TypeError):
        return None  # not such a JSON: the reader already said what was wrong, if anything
    media = media if media.is_absolute() else path.parent / media
    return media if media.is_file() else None


def guess_media(transcript_path: str | Path) -> Path | None:
    """The recording a transcript was made from: the one its JSON names, else ``visit.wav``
    (or another media file) beside ``visit.json``, if there is one."""
    path = Path(transcript_path)
    recorded = recorded_media(path)
    if recorded is not None:
        return recorded
    for ext in _MEDIA_EXTENSIONS:
        for candidate in (path.with_suffix(ext), path.with_suffix(ext.upper())):
            if candidate.is_file():
                return candidate
    return None


def write_page(path: str | Path, page: str) -> None:
    """Write a page whole or not at all; a place that cannot take it is an
    :class:`InputError` (``"PATH: reason"``)."""
    try:
        write_atomic(path, page)
    except PermissionError:
        raise InputError(path, "cannot write the page: permission denied") from None
    except (FileExistsError, NotADirectoryError):
        raise InputError(path, "cannot write the page: a file is in the way of its "
                               "folder") from None
    except OSError as exc:
        reason = str(exc.strerror or exc)
        raise InputError(path, f"cannot write the page: {reason[:1].lower()}{reason[1:]}") \
            from None


def caption_problems(transcript: Transcript) -> list[dict[str, Any]]:
    """The cues that break the caption rules, from :func:`cleanup.layout.lint`.

    The one place that knows the layout checker's interface: ``lint(transcript,
    rules="netflix")`` returns violations with ``cue`` (1-based), ``start``, ``end``,
    ``rule``, ``value`` and ``limit``. Without the checker there is nothing to flag.
    """
    if importlib.util.find_spec(f"{__package__.rsplit('.', 1)[0]}.layout") is None:
        return []
    from .. import layout

    return [{"cue": v.cue, "start": v.start, "end": v.end, "rule": str(v.rule),
             "value": v.value, "limit": v.limit}
            for v in layout.lint(transcript, rules="netflix")]


def build_page(transcript: Transcript, pipeline: Pipeline, *, name: str,
               media: str | None = None, decisions: Decisions | None = None,
               run: Trace | None = None, cues: Transcript | None = None,
               keep_originals: bool = False) -> str:
    """The review page for a transcript (raw or as read back from cleanup's JSON).

    ``media`` is the URL the page plays (relative to the page); ``run`` a trace already
    made of the same transcript, else the pipeline runs here (with ``decisions``);
    ``cues`` the captions as published (laid out), whose cues are checked against the
    caption rules (default: the cleaned transcript's segments); ``keep_originals``: show
    what a private step replaced (a private copy only).
    """
    if run is None:
        if decisions is None:
            decisions = getattr(pipeline, "decisions", None)
        run = trace(Pipeline(pipeline.steps), source_of(transcript), decisions)
    if run.source is transcript and transcript.meta.get("changes"):  # a redacted JSON, no raw
        run, kept = stored_redactions(run, transcript.meta["changes"])
        keep_originals = keep_originals or kept
    return render_page(run, name=name, media=media,
                       problems=caption_problems(cues if cues is not None else run.transcript),
                       keep_originals=keep_originals)


def review_file(transcript: Transcript, pipeline: Pipeline, *, name: str,
                media: str | None = None, path: str | Path | None = None,
                keep_originals: bool = False) -> tuple[str, bool]:
    """The page for a transcript read from a file, and whether this pipeline, run on the
    raw result the file keeps, reproduces the file's cleaned text (else the options differ
    from the run that made it). ``path``, the file, is named in errors (a ``raw`` result
    of the wrong shape is an :class:`InputError`); ``keep_originals``: show the words a
    private step replaced (a private copy only)."""
    raw = source_of(transcript, path if path is not None else f"{name}.json")
    run = trace(pipeline, raw, getattr(pipeline, "decisions", None))
    reproduced = raw is transcript or run.transcript.text.split() == transcript.text.split()
    # cleanup's own JSON holds the captions as published: their cues are the ones to check.
    cues = transcript if raw is not transcript else None
    return build_page(transcript, pipeline, name=name, media=media, run=run, cues=cues,
                      keep_originals=keep_originals), reproduced


def transcription_page(run: Trace, pipeline: Pipeline, *, media: str | Path,
                       page: str | Path, cues: Transcript | None = None,
                       keep_originals: bool = False) -> str:
    """The page ``cleanup transcribe --formats html`` writes for one recording: ``run`` is
    the pipeline's trace over the backend's transcript (the same run that made the other
    outputs), ``media`` the recording, ``page`` where the page goes, ``cues`` the captions
    as written (laid out); ``keep_originals`` as for :func:`build_page`."""
    return build_page(run.source, pipeline, name=Path(page).stem, run=run,
                      media=media_link(media, page), cues=cues, keep_originals=keep_originals)
