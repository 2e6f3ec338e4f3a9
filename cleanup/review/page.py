"""Render a pipeline :class:`~cleanup.decisions.Trace` as the review page's HTML.

The page is the template with its stylesheet, its script and the run's data inline
(:mod:`cleanup.review.pagedata`: column arrays, no HTML per word); the script draws the
words a screenful at a time, so a ten-hour recording's page loads in a second or two::

    render_page(run, name="visit", media="visit.mp4")
    -> <!DOCTYPE html> ... <script type="application/json" id="review-data">
       {"name":"visit","words":{"text":["Um,","so",...],...},...}</script> ...

Every text the page shows is escaped here or set as text by the script; invisible and
direction-changing characters (U+202E) show as a marked ``⟨U+202E⟩`` badge.
"""
from __future__ import annotations

import html
import json
import unicodedata
from importlib import resources
from typing import Any, Iterable, Sequence

from ..decisions import FORMAT_KEY, VERSION, Trace
from .index import page_summary
from .pagedata import CONFIDENCE_LEVELS, DROPPED, confidence_level, page_data

__all__ = ["CONFIDENCE_LEVELS", "VIDEO_EXTENSIONS", "confidence_class", "cues_of",
           "describe_problem", "render_page", "visible_controls"]

VIDEO_EXTENSIONS = (".mp4", ".mov", ".mkv", ".webm", ".m4v", ".ogv")
#: The page's script, in the order it runs (one scope: they share their functions).
SCRIPTS = ("review-data.js", "review-draw.js", "review-lists.js", "review-suggest.js",
           "review.js", "review-keys.js")
_KEEP = {"\t", "\n", "\r", "\u200c", "\u200d"}  # ZWNJ and ZWJ belong inside some words


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    m, s = divmod(round(max(0.0, seconds), 1), 60)  # 59.97 s is 1:00.0, not 0:60.0
    h, m = divmod(int(m), 60)
    return f"{h:d}:{m:02d}:{s:04.1f}" if h else f"{m:d}:{s:04.1f}"


def confidence_class(probability: float | None) -> str:
    """``c1`` (least sure) to ``c3`` for a word probability, ``""`` when sure or unknown."""
    level = confidence_level(probability)
    return f"c{level}" if level else ""


def _hidden(char: str) -> bool:
    return char not in _KEEP and unicodedata.category(char) in ("Cf", "Cc", "Zl", "Zp")


def visible_controls(text: str, badge: str = "{}") -> str:
    """``text`` with each invisible or direction-changing character (format and control
    characters, line and paragraph separators; not ZWNJ/ZWJ) shown as ``⟨U+202E⟩``,
    put in ``badge`` (a format string); the rest unchanged.

    >>> visible_controls("take \\u202egm 05\\u202c")
    'take ⟨U+202E⟩gm 05⟨U+202C⟩'
    """
    if text.isprintable():  # the usual case, quickly: no Cc, Cf, Zl or Zp
        return text
    return "".join(badge.format(f"⟨U+{ord(c):04X}⟩") if _hidden(c) else c for c in text)


def _shown(text: str) -> str:
    """HTML for a text the page shows: escaped, isolated, hidden characters marked."""
    marked = visible_controls(html.escape(text), '<span class="fmt">{}</span>')
    return f"<bdi>{marked}</bdi>"


def describe_problem(problem: dict[str, Any]) -> str:
    """``line length 54 > 42``: one broken rule, measured against its limit."""
    rule = str(problem["rule"])
    sign = "<" if rule.startswith("min") else ">"
    value, limit = _number(problem["value"]), _number(problem["limit"])
    return f"{rule.replace('_', ' ')} {value} {sign} {limit}"


def _number(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def cues_of(problems: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The problems grouped by cue, in time order: ``{cue, start, end, text}``."""
    cues: dict[Any, dict[str, Any]] = {}
    for p in problems:
        cue = cues.setdefault(p["cue"], {"cue": p["cue"], "start": p["start"], "end": p["end"],
                                         "rules": []})
        cue["rules"].append(describe_problem(p))
    for cue in cues.values():
        cue["text"] = f"cue {cue['cue']}: {'; '.join(cue['rules'])}"
    return sorted(cues.values(), key=lambda c: (c["start"] is None, c["start"] or 0.0))


def is_video(media: str) -> bool:
    return media.split("?", 1)[0].lower().endswith(VIDEO_EXTENSIONS)


def _media_html(media: str | None) -> str:
    if not media:
        return ('<p class="nomedia">No media linked: run <code>cleanup review FILE.json '
                '--media FILE</code> to listen while you read.</p>')
    tag = "video" if is_video(media) else "audio"
    return (f'<{tag} id="media" controls preload="metadata" src="{html.escape(media, quote=True)}">'
            f'</{tag}><p id="media-error" class="nomedia" role="alert" hidden></p>')


def _inline_json(data: Any) -> str:
    # Inside <script>, "</script" or "<!--" would change the parse: "\u003c" is the same "<".
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c")


def _summary(run: Trace, cues: Sequence[dict[str, Any]], drops: int) -> str:
    low = sum(1 for t in run.source.tokens if confidence_level(t.probability) in (1, 2))
    words = len(run.transcript.tokens)
    heard = "No speech detected" if not run.source.tokens else f"{words} words"
    return (f"{heard} · {len(run.changes)} changes · "
            f"{low} low-confidence words · {len(cues)} cues break caption rules"
            + (f" · {drops} dropped while transcribing" if drops else ""))


def _empty_note(run: Trace) -> str:
    if run.source.tokens:
        return ""
    return ('<p class="empty" id="no-speech">No speech detected: the recording has no '
            'words (silence, or only sounds Whisper did not transcribe).</p>')


def duration(run: Trace) -> float | None:
    """How long the recording runs, as far as the transcript knows: its last end time."""
    ends = [t.end for t in run.source.tokens if t.end is not None]
    ends += [s.end for s in run.source.segments if s.end is not None]
    return max(ends) if ends else None


def render_page(run: Trace, *, name: str, media: str | None = None,
                problems: Sequence[dict[str, Any]] = (), keep_originals: bool = False) -> str:
    """The whole page as one HTML string (``keep_originals``: show the words a private
    step replaced, for a private copy only)."""
    cues = cues_of(problems)
    data = {"name": name, "format": {"key": FORMAT_KEY, "version": VERSION},
            **page_data(run, cues, keep_originals=keep_originals)}
    drops = sum(1 for m in data["words"]["mark"] if m >> 2 == DROPPED)
    video = bool(media) and is_video(media or "")
    script = "\n".join(_asset(n) for n in SCRIPTS)
    return _asset("template.html").format(
        title=html.escape(visible_controls(name)),
        summary_meta=page_summary(name=name, duration=duration(run),
                                  words=len(run.transcript.tokens), changes=len(run.changes),
                                  problems=len(cues)),
        heading=_shown(name),
        summary=html.escape(_summary(run, cues, drops)),
        css=_asset("review.css"),
        js=script,
        data=_inline_json(data),
        media_home="" if video else _media_html(media),
        media_dock=_media_html(media) if video else "",
        body_class="has-video" if video else "has-audio" if media else "no-media",
        empty=_empty_note(run),
        change_count=len(data["changes"]["step"]),
        suggestion_count=len(data["suggestions"]["step"]),
        problem_count=len(cues),
    )
