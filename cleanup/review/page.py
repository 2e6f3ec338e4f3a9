"""Render a pipeline :class:`~cleanup.decisions.Trace` as the review page's HTML.

Every word is an element with class ``w`` carrying ``data-start``/``data-end`` (seconds)
and, when Whisper gave one, ``data-p`` (its probability); a removed word is a ``<del>``
with ``data-step``; a recased or respelled one shows ``<s>before</s> → after``. Words that
a change touched carry ``data-change``, the indexes of the changes in the page's data.
"""
from __future__ import annotations

import html
import json
from importlib import resources
from typing import Any, Iterable, Mapping, Sequence

from ..decisions import FORMAT_KEY, VERSION, Trace
from ..transcript import Token

VIDEO_EXTENSIONS = (".mp4", ".mov", ".mkv", ".webm", ".m4v", ".ogv")
#: Whisper word probabilities below these bounds get confidence classes c1, c2, c3.
CONFIDENCE_LEVELS = (0.4, 0.6, 0.8)


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    m, s = divmod(round(max(0.0, seconds), 1), 60)  # 59.97 s is 1:00.0, not 0:60.0
    h, m = divmod(int(m), 60)
    return f"{h:d}:{m:02d}:{s:04.1f}" if h else f"{m:d}:{s:04.1f}"


def _seconds(value: float | None) -> str:
    return f"{value:.3f}".rstrip("0").rstrip(".") if value is not None else ""


def confidence_class(probability: float | None) -> str:
    """``c1`` (least sure) to ``c3`` for a word probability, ``""`` when sure or unknown."""
    if probability is None:
        return ""
    for level, bound in enumerate(CONFIDENCE_LEVELS, 1):
        if probability < bound:
            return f"c{level}"
    return ""


class _Word:
    """One word on the page: a token of the final text, or a source token removed."""

    __slots__ = ("token", "source", "removed_by", "edited_by", "after")

    def __init__(self, token: Token, source: Token | None):
        self.token = token
        self.source = source
        self.removed_by: list[int] = []
        self.edited_by: list[int] = []
        self.after = token.text


def _words(run: Trace) -> list[_Word]:
    """The final tokens in order, with every removed source token put back in its place."""
    source = {t.id: t for t in run.source.tokens if t.id is not None}
    removed: dict[int, list[int]] = {}
    edited: dict[int, list[tuple[int, str]]] = {}
    for k, traced in enumerate(run.changes):
        kept = {t.id: t.text for t in traced.after if t.id is not None}
        for tok in traced.before:
            if tok.id is None:
                continue
            if tok.id not in kept:
                removed.setdefault(tok.id, []).append(k)
            elif kept[tok.id] != tok.text:
                edited.setdefault(tok.id, []).append((k, kept[tok.id]))
    final_ids = {t.id for t in run.transcript.tokens if t.id is not None}
    gone = sorted(i for i in source if i not in final_ids)
    out: list[_Word] = []
    g = 0

    def put_back(limit: float) -> None:
        nonlocal g
        while g < len(gone) and gone[g] < limit:
            out.append(_Word(source[gone[g]], source[gone[g]]))
            g += 1

    for tok in run.transcript.tokens:
        if tok.id is not None:
            put_back(tok.id)
        out.append(_Word(tok, source.get(tok.id)))
    put_back(float("inf"))
    for word in out:
        tid = word.token.id
        word.removed_by = removed.get(tid, []) if tid is not None else []
        edits = edited.get(tid, []) if tid is not None else []
        word.edited_by = [k for k, _ in edits]
        if tid not in final_ids and tid is not None:
            word.after = ""
        elif word.source is not None and word.token.text == word.source.text and edits:
            word.after = edits[-1][1]  # every edit was rejected: show what was proposed
    return out


def _word_html(word: _Word, run: Trace, times: tuple[float | None, float | None]) -> str:
    tok = word.token
    start, end = times
    attrs: dict[str, str] = {}
    classes = ["w"]
    if start is not None and end is not None:
        attrs["data-start"] = _seconds(start)
        attrs["data-end"] = _seconds(end)
    prob = (word.source or tok).probability
    level = confidence_class(prob)
    if prob is not None:
        attrs["data-p"] = f"{prob:.2f}"
    if level:
        classes.append(level)
    title = [_clock(start)] if start is not None else []
    if prob is not None:
        title.append(f"confidence {prob:.0%}")
    is_removed = bool(word.removed_by)  # removed, or proposed for removal and rejected
    source_text = word.source.text if word.source is not None else tok.text
    if is_removed:
        steps = [run.changes[k].change.step for k in word.removed_by]
        attrs["data-step"] = steps[-1]
        attrs["data-change"] = " ".join(map(str, word.removed_by))
        title.append(f"removed by {steps[-1]}")
        classes.append("gone flagged")
        if all(run.changes[k].rejected for k in word.removed_by):
            classes.append("rejected")
        body = html.escape(source_text)
        tag = "del"
    elif word.edited_by and word.after != source_text:
        steps = [run.changes[k].change.step for k in word.edited_by]
        attrs["data-step"] = " ".join(dict.fromkeys(steps))
        attrs["data-change"] = " ".join(map(str, word.edited_by))
        title.append(f"{source_text} → {word.after} by {', '.join(dict.fromkeys(steps))}")
        classes.append("chg flagged")
        if all(run.changes[k].rejected for k in word.edited_by):
            classes.append("rejected")
        body = (f'<s class="was">{html.escape(source_text)}</s>'
                f'<span class="arrow" aria-label="changed to"> → </span>'
                f'<span class="now-text">{html.escape(word.after)}</span>')
        tag = "span"
    else:
        body = html.escape(tok.text)
        tag = "span"
    if level in ("c1", "c2") and "flagged" not in " ".join(classes).split():
        classes.append("flagged")  # unsure words are flagged items too (n, p)
    attrs["title"] = " · ".join(title)
    rendered = " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
    sr = ""
    if is_removed:
        sr = f'<span class="sr"> (removed by {html.escape(attrs["data-step"])})</span>'
    return (f'<{tag} class="{" ".join(classes)}" tabindex="-1" {rendered}>{body}</{tag}>{sr}')


def guard_drops(run: Trace) -> list[dict[str, Any]]:
    """What the transcription guards dropped before cleaning (``raw.dropped``): segments
    Whisper heard in silence or marked as no speech, words in silence."""
    whisper = run.source.meta.get("whisper")
    dropped = whisper.get("dropped") if isinstance(whisper, Mapping) else None
    out = []
    for d in dropped or ():
        if isinstance(d, Mapping) and _is_time(d.get("start")) and _is_time(d.get("end")) \
                and str(d.get("text") or "").strip():
            out.append({"start": float(d["start"]), "end": float(d["end"]),
                        "text": str(d["text"]).strip(), "reason": str(d.get("reason") or "")})
    return sorted(out, key=lambda d: d["start"])


def _is_time(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _drop_html(drop: dict[str, Any]) -> str:
    step = f"transcription guard: {drop['reason']}" if drop["reason"] else "transcription guard"
    return (f'<del class="w gone guard flagged" tabindex="-1" '
            f'data-start="{_seconds(drop["start"])}" '
            f'data-end="{_seconds(drop["end"])}" data-step="{html.escape(step, quote=True)}" '
            f'title="{_clock(drop["start"])} · dropped by the {html.escape(step, quote=True)}">'
            f'{html.escape(drop["text"])}</del><span class="sr"> (dropped by the '
            f'{html.escape(step)})</span>')


def _transcript_html(run: Trace, cues: Sequence[dict[str, Any]]) -> str:
    """Paragraphs of words (one per segment), with the caption flags and what the
    transcription guards dropped put in by time."""
    inserts = sorted([(c["start"], _flag_html(c)) for c in cues if c["start"] is not None]
                     + [(d["start"], _drop_html(d)) for d in guard_drops(run)],
                     key=lambda pair: pair[0])
    inserts += [(None, _flag_html(c)) for c in cues if c["start"] is None]
    n = 0
    paragraphs: list[list[str]] = []
    segment = object()
    for word in _words(run):
        tok = word.token
        times = run.transcript.span([tok]) if tok.start is None else (tok.start, tok.end)
        if tok.segment != segment or tok.sep == "\n\n" and paragraphs and paragraphs[-1]:
            segment = tok.segment
            paragraphs.append([])
            if times[0] is not None:
                paragraphs[-1].append(
                    f'<span class="ts" aria-hidden="true">{_clock(times[0])}</span>')
        while n < len(inserts) and times[0] is not None and inserts[n][0] is not None \
                and inserts[n][0] <= times[0] + 0.005:
            paragraphs[-1].append(inserts[n][1])
            n += 1
        paragraphs[-1].append(_word_html(word, run, times))
    if not paragraphs:
        paragraphs.append([])
    paragraphs[-1].extend(item for _, item in inserts[n:])
    return "\n".join(f"<p>{' '.join(p)}</p>" for p in paragraphs)


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


def _flag_html(cue: dict[str, Any]) -> str:
    text = html.escape(cue["text"])
    return (f'<button type="button" class="cueflag flagged" data-cue="{cue["cue"]}" '
            f'data-at="{_seconds(cue["start"])}" title="{text}" aria-label="{text}">'
            f'<span aria-hidden="true">⚑ cue {cue["cue"]}</span></button>')


def _changes_html(run: Trace) -> str:
    rows = []
    for k, traced in enumerate(run.changes):
        c = traced.change
        checked = " checked" if traced.rejected else ""
        when = (f'<button type="button" class="time" data-at="{_seconds(c.start)}">'
                f'{_clock(c.start)}</button>') if c.start is not None else ""
        rows.append(
            f'<li id="change-{k}" data-change="{k}"{" class=rejected" if traced.rejected else ""}>'
            f'{when}<span class="step">{html.escape(c.step)}</span> '
            f'<span class="diff"><s>{html.escape(c.before) or "∅"}</s> → '
            f'{html.escape(c.after) or "∅"}</span> '
            f'<label><input type="checkbox" class="reject" data-change="{k}"{checked}> '
            f'Reject<span class="sr"> {html.escape(c.step)}: {html.escape(c.before) or "∅"} → '
            f'{html.escape(c.after) or "∅"}</span></label></li>')
    if not rows:
        return '<p class="none">The pipeline changed nothing.</p>'
    return f'<ol class="changes">{"".join(rows)}</ol>'


def _problems_html(cues: Iterable[dict[str, Any]]) -> str:
    rows = [f'<li><button type="button" class="time" data-at="{_seconds(c["start"])}">'
            f'{_clock(c["start"])}</button> {html.escape(c["text"])}</li>' for c in cues]
    if not rows:
        return '<p class="none">Every cue keeps the caption rules.</p>'
    return f'<ol class="problems">{"".join(rows)}</ol>'


def _media_html(media: str | None) -> str:
    if not media:
        return ('<p class="nomedia">No media linked: run <code>cleanup review FILE.json '
                '--media FILE</code> to listen while you read.</p>')
    path = media.split("?", 1)[0].lower()
    tag = "video" if path.endswith(VIDEO_EXTENSIONS) else "audio"
    return (f'<{tag} id="media" controls preload="metadata" src="{html.escape(media, quote=True)}">'
            f'</{tag}><p id="media-error" class="nomedia" role="alert" hidden></p>')


def _inline_json(data: Any) -> str:
    # Inside <script>, "</script" or "<!--" would change the parse: "\u003c" is the same "<".
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def render_page(run: Trace, *, name: str, media: str | None = None,
                problems: Sequence[dict[str, Any]] = ()) -> str:
    """The whole page as one HTML string."""
    words = [t for t in run.source.tokens]
    low = sum(1 for t in words if confidence_class(t.probability) in ("c1", "c2"))
    data = {
        "name": name,
        "format": {"key": FORMAT_KEY, "version": VERSION},
        "changes": [dict(t.change.as_dict(), rejected=t.rejected) for t in run.changes],
    }
    cues = cues_of(problems)
    drops = len(guard_drops(run))
    summary = (f"{len(run.transcript.tokens)} words · {len(run.changes)} changes · "
               f"{low} low-confidence words · {len(cues)} cues break caption rules"
               + (f" · {drops} dropped while transcribing" if drops else ""))
    return _asset("template.html").format(
        title=html.escape(name),
        summary=html.escape(summary),
        css=_asset("review.css"),
        js=_asset("review.js"),
        data=_inline_json(data),
        media=_media_html(media),
        transcript=_transcript_html(run, cues),
        changes=_changes_html(run),
        problems=_problems_html(cues),
        change_count=len(run.changes),
        problem_count=len(cues),
    )
