"""SRT and WebVTT: each cue is a segment; cues, timings and speakers survive cleaning.

Read leniently, the way real caption files come: a BOM, CRLF or lone-CR line ends, missing
blank lines, comma or dot milliseconds, Teams' unpadded ``0:0:3.49``, hours past 99. Cue
numbers and identifiers are never text; styling tags (``<i>``, ``{\\an8}``) are dropped.
A speaker becomes :attr:`Segment.speaker`: WebVTT's ``<v Bob>`` (Teams) or, when at least two
cues start with one, a ``Name:`` / ``[doctor]`` label (Zoom).

YouTube's rolling auto-captions (yt-dlp's ``.vtt``: each line shown again in the next cue,
word times as ``<00:00:01.040><c> know</c>``, 10 ms bridging cues) are read as one word
stream: each caption line once, each word with its own time (see :func:`_rolling_lines`).

Writing gives plain, numbered cues; a cue whose words were all removed is dropped.

>>> t = read_srt("1\\n00:00:01,000 --> 00:00:02,500\\nPaul: I’Ve had a lot\\n\\n"
...              "2\\n00:00:03,000 --> 00:00:04,000\\nAnn: yes\\n")
>>> [(s.start, s.speaker) for s in t.segments], t.text
([(1.0, 'Paul'), (3.0, 'Ann')], 'I’Ve had a lot yes')
"""
from __future__ import annotations

import html
import re
from typing import Iterable, Iterator, NamedTuple

from ..errors import InputError
from ..transcript import LINE, PARAGRAPH, Segment, Token, Transcript
from . import speakers
from .timecode import INLINE_TIME, format_time, parse_time

_TIMING = re.compile(r"^[ \t]*(\S+)[ \t]*-->[ \t]*(\S+)(.*)$")
_SRT_TIMING = re.compile(r"\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}[ \t]*-->[ \t]*\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}")
# Markup: HTML-like tags (<i>, </c>, <font color="x">, <v Bob>) and ASS overrides ({\an8});
# "3 < 5" and "<3" are text.
_TAG = re.compile(r"</?[A-Za-z][\w.]*(?:[ \t][^<>\n]*)?>|\{\\[^{}\n]*\}")
_BLOCKS = ("NOTE", "STYLE", "REGION")
BRIDGE = 0.05  # a cue this short (YouTube's 10 ms bridges) only repeats the line before


def looks_like_srt(head: str) -> bool:
    return bool(_SRT_TIMING.search(head))


class Cue(NamedTuple):
    start: float
    end: float
    lines: list[str]  # the text lines as written (markup kept)


# ---- reading ----------------------------------------------------------------------------
def _lines(content: str) -> list[str]:
    return content.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _cues(lines: list[str], fmt: str, name: str, first: int = 0) -> Iterator[Cue]:
    """The cues of a caption file, from line ``first`` on (after the WebVTT header)."""
    timings = [i for i in range(first, len(lines)) if "-->" in lines[i]]
    for n, i in enumerate(timings):
        m = _TIMING.match(lines[i])
        start = parse_time(m.group(1)) if m else None
        end = parse_time(m.group(2)) if m else None
        if start is None or end is None:
            raise InputError(name, f"malformed {fmt.upper()}: bad cue timing on line {i + 1}: "
                                   f"{lines[i].strip()[:60]!r}")
        if end < start:
            raise InputError(name, f"malformed {fmt.upper()}: a cue ends before it starts "
                                   f"(line {i + 1}, {format_time(start)})")
        stop = timings[n + 1] if n + 1 < len(timings) else len(lines)
        body = lines[i + 1:stop]
        if n + 1 < len(timings) and body and _is_identifier(body, fmt):
            body = body[:-1]  # the next cue's number or identifier
        yield Cue(start, end, _cue_text(body))


def _is_identifier(body: list[str], fmt: str) -> bool:
    last = body[-1].strip()
    if not last:
        return False
    if fmt == "srt":
        return last.isdigit()
    # WebVTT: an identifier stands on its own after a blank line.
    return len(body) == 1 or not body[-2].strip()


def _cue_text(body: list[str]) -> list[str]:
    """The text lines of a cue body: blank lines and NOTE/STYLE blocks left out."""
    out: list[str] = []
    skipping = False
    for k, line in enumerate(body):
        if not line.strip():
            skipping = False
            continue
        if (k == 0 or not body[k - 1].strip()) and line.split(" ", 1)[0] in _BLOCKS:
            skipping = True
        if not skipping:
            out.append(line)
    return out


def plain(line: str, fmt: str) -> str:
    text = _TAG.sub("", INLINE_TIME.sub("", line))
    return html.unescape(text) if fmt == "vtt" else text


def _header(lines: list[str], name: str) -> tuple[list[str], int]:
    """WebVTT's header lines (``Kind: captions``, ``Language: en``) and the first cue line."""
    if not lines or not lines[0].startswith("WEBVTT"):
        raise InputError(name, "malformed WebVTT: the file must start with 'WEBVTT'")
    header = [lines[0]]
    k = 1
    while k < len(lines) and lines[k].strip() and "-->" not in lines[k]:
        header.append(lines[k])
        k += 1
    return header, k


def read_srt(content: str, name: str = "<srt>") -> Transcript:
    lines = _lines(content)
    if content.strip("\ufeff \t\r\n") and not any(_SRT_TIMING.search(x) for x in lines):
        raise InputError(name, "malformed SRT: no cue timing line like "
                               "'00:00:01,000 --> 00:00:02,000'")
    return _transcript(list(_cues(lines, "srt", name)), "srt", {"format": "srt"})


def read_vtt(content: str, name: str = "<vtt>") -> Transcript:
    lines = _lines(content)
    header, first = _header(lines, name)
    cues = list(_cues(lines, "vtt", name, first))
    meta = {"format": "vtt", "vtt_header": tuple(header)}
    for line in header[1:]:
        key, _, value = line.partition(":")
        if key.strip().casefold() == "language" and value.strip():
            meta["language"] = value.strip()
    if any(INLINE_TIME.search(line) for cue in cues for line in cue.lines):
        meta["rolling"] = True
        return Transcript.from_segments(_rolling_lines(cues), **meta)
    return _transcript(cues, "vtt", meta)


def _transcript(cues: list[Cue], fmt: str, meta: dict) -> Transcript:
    labelled = speakers.labelled_lines([plain(c.lines[0], fmt) for c in cues if c.lines])
    pairs: list[tuple[Segment, list[Token]]] = []
    for cue in cues:
        pairs.extend(_cue_segments(cue, fmt, labelled))
    return Transcript.from_segments(pairs, **meta)


def _cue_segments(cue: Cue, fmt: str, labelled: bool) -> Iterator[tuple[Segment, list[Token]]]:
    """One segment per voice in a cue (usually one), its label taken out of the text."""
    for voice, raw in _voices("\n".join(cue.lines)):
        text = plain(raw, fmt)
        speaker, label = voice, None
        if labelled:
            found = speakers.find_label(text.lstrip())
            if found:
                speaker, label = found
                text = text.lstrip()[len(label):]
        tokens = Transcript.from_text(text.replace(PARAGRAPH, LINE)).tokens
        yield Segment(cue.start, cue.end, speaker=speaker, label=label), list(tokens)


def _voices(text: str) -> list[tuple[str | None, str]]:
    """Split cue text at ``<v Name>`` spans: ``[(speaker, text), ...]``."""
    spans = list(speakers.VOICE.finditer(text))
    if not spans:
        return [(None, text)]
    out = [(None, text[:spans[0].start()])] if text[:spans[0].start()].strip() else []
    for k, m in enumerate(spans):
        stop = spans[k + 1].start() if k + 1 < len(spans) else len(text)
        out.append(((m.group(1) or "").strip() or None, text[m.end():stop]))
    return out


def _rolling_lines(cues: list[Cue]) -> Iterator[tuple[Segment, list[Token]]]:
    """Each caption line of a rolling YouTube VTT once, as a segment of timed words.

    A line with word-time tags is new speech: its first word starts with the cue, each
    other word at its tag, and each word ends where the next one starts (the last where
    the cue ends). A line without tags is new only when it does not repeat a line already
    on screen (``[Music]`` is; the carried-over line and the 10 ms bridges are not).
    """
    on_screen: list[str] = []
    pending: list[list[Token]] = []  # the last line, its final word's end still open
    for cue in cues:
        shown = [" ".join(plain(line, "vtt").split()) for line in cue.lines]
        for line, text in zip(cue.lines, shown):
            if not text:
                continue
            if INLINE_TIME.search(line):
                words = _timed_words(line, cue.start)
            elif cue.end - cue.start > BRIDGE and text not in on_screen:
                words = [(w, cue.start) for w in text.split()]
            else:
                continue
            tokens = [Token(w, " ", start, None) for w, start in words]
            if pending:
                yield _close_line(pending.pop(), tokens[0].start)
            pending.append(tokens)
            on_screen = [text]
        if pending:
            pending[-1] = [t if t.end is not None else t._replace(end=cue.end)
                           for t in pending[-1]]
        on_screen = [s for s in shown if s] or on_screen
    if pending:
        yield _close_line(pending.pop(), None)


def _timed_words(line: str, start: float) -> list[tuple[str, float]]:
    words: list[tuple[str, float]] = []
    at = start
    for k, piece in enumerate(INLINE_TIME.split(line)):
        if k % 2:
            at = max(at, parse_time(piece) or at)
            continue
        for w in plain(piece, "vtt").split():
            words.append((w, at))
    return words


def _close_line(tokens: list[Token], next_start: float | None) -> tuple[Segment, list[Token]]:
    """Word ends: the next word's start; the last word's end is capped by the next line."""
    out = []
    for k, tok in enumerate(tokens):
        end = tokens[k + 1].start if k + 1 < len(tokens) else tok.end
        if end is None or (next_start is not None and end > next_start):
            end = next_start if next_start is not None else tok.start
        out.append(tok._replace(end=max(end, tok.start)))
    return Segment(out[0].start, out[-1].end), out


# ---- writing ----------------------------------------------------------------------------
def _cue_blocks(transcript: Transcript, fmt: str, name: str) -> Iterator[tuple[float, float, str]]:
    if transcript.segments and all(s.start is None for s in transcript.segments) \
            and all(t.start is None for t in transcript.tokens):
        raise InputError(name, f"cannot write {fmt.upper()}: the input has no timings")
    for seg, tokens in zip(transcript.segments, transcript.segment_tokens()):
        if not tokens:
            continue
        body = "".join((LINE if t.sep in (LINE, PARAGRAPH) else " ") + t.text if k else t.text
                       for k, t in enumerate(tokens))
        if fmt == "vtt":
            body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if seg.label:
            body = seg.label + body
        elif seg.speaker:
            body = f"<v {seg.speaker}>{body}</v>" if fmt == "vtt" else f"<v {seg.speaker}>{body}"
        start, end = seg.start, seg.end
        if start is None or end is None or transcript.meta.get("rolling"):
            start, end = transcript.span(tokens)
        if start is None or end is None:
            continue
        yield start, max(start, end), body


def write_srt(transcript: Transcript, name: str = "<output>") -> str:
    return "".join(f"{k}\n{format_time(s, ',')} --> {format_time(e, ',')}\n{body}\n\n"
                   for k, (s, e, body) in enumerate(_cue_blocks(transcript, "srt", name), 1))


def write_vtt(transcript: Transcript, name: str = "<output>") -> str:
    header = transcript.meta.get("vtt_header") or ("WEBVTT",)
    cues = "".join(f"{k}\n{format_time(s)} --> {format_time(e)}\n{body}\n\n"
                   for k, (s, e, body) in enumerate(_cue_blocks(transcript, "vtt", name), 1))
    return "\n".join(header) + "\n\n" + cues
