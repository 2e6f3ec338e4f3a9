"""SRT and WebVTT: each cue is a segment; cues, timings and speakers survive cleaning.

Read leniently, the way real caption files come: a BOM, CRLF or lone-CR line ends, missing
blank lines, comma or dot milliseconds, Teams' unpadded ``0:0:3.49``, hours past 99. Cue
numbers and identifiers are never text; styling tags (``<i>``, ``{\\an8}``) are dropped.
A speaker becomes :attr:`Segment.speaker`: WebVTT's ``<v Bob>`` (Teams) or, when at least two
cues start with one, a ``Name:`` / ``[doctor]`` label (Zoom).

YouTube's rolling auto-captions (yt-dlp's ``.vtt``: each line shown again in the next cue,
word times as ``<00:00:01.040><c> know</c>``, 10 ms bridging cues) are read as one word
stream: each caption line once, each word with its own time (see :func:`_rolling_lines`).

Writing gives plain cues, numbered, or under the identifiers a WebVTT source gave them
(Teams' and Zoom's); a cue whose words were all removed is dropped.

>>> t = read_srt("1\\n00:00:01,000 --> 00:00:02,500\\nPaul: I’Ve had a lot\\n\\n"
...              "2\\n00:00:03,000 --> 00:00:04,000\\nAnn: yes\\n")
>>> [(s.start, s.speaker) for s in t.segments], t.text
([(1.0, 'Paul'), (3.0, 'Ann')], 'I’Ve had a lot yes')
"""
from __future__ import annotations

import html
import itertools
import re
from typing import IO, Any, Iterable, Iterator, NamedTuple, cast

from ..errors import InputError
from ..transcript import LINE, PARAGRAPH, Segment, Token, Transcript
from . import speakers
from .timecode import INLINE_TIME, format_time, parse_time

_TIMING = re.compile(r"^[ \t]*(\S+)[ \t]*-->[ \t]*(\S+)(.*)$")
_STAMP = r"\d+:\d{1,2}:\d{1,2}[,.]\d{1,3}"
_SRT_TIMING = re.compile(rf"{_STAMP}[ \t]*-->[ \t]*{_STAMP}")
# Markup: HTML-like tags (<i>, </c>, <font color="x">, <v Bob>) and ASS overrides ({\an8});
# "3 < 5" and "<3" are text.
_TAG = re.compile(r"</?[A-Za-z][\w.]*(?:[ \t][^<>\n]*)?>|\{\\[^{}\n]*\}")
_BLOCKS = ("NOTE", "STYLE", "REGION")
BRIDGE = 0.05  # a cue this short (YouTube's 10 ms bridges) only repeats the line before


def sniff_srt(head: str) -> bool:
    """Whether a file's first characters look like SRT: a timing line among them."""
    return bool(_SRT_TIMING.search(head))


def sniff_vtt(head: str) -> bool:
    """Whether a file's first characters look like WebVTT: its header line."""
    return head.startswith("WEBVTT")


class Cue(NamedTuple):
    start: float
    end: float
    lines: list[str]  # the text lines as written (markup kept)
    ident: str | None = None  # a WebVTT cue identifier


# ---- reading ----------------------------------------------------------------------------
# The file is scanned in place (no list of all its lines): a long file is held once as text.
# A line that starts with a digit and holds "-->" is a timing line (a bad one is an error);
# "A --> B" in cue text is text.
_TIMING_LINE = re.compile(r"^[ \t]*\d[^\n]*-->[^\n]*$", re.MULTILINE)


def _normalized(content: str) -> str:
    return content.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _cues(text: str, fmt: str, name: str, first: int = 0) -> Iterator[Cue]:
    """The cues of a caption file, from offset ``first`` on (after the WebVTT header)."""
    timings = _TIMING_LINE.finditer(text, first)
    m = next(timings, None)
    ident = _identifier(text[first:m.start()].split("\n")[:-1], fmt) if m else None
    while m is not None:
        nxt = next(timings, None)
        line = m.group(0)
        tm = _TIMING.match(line)
        start = parse_time(tm.group(1)) if tm else None
        end = parse_time(tm.group(2)) if tm else None
        if start is None or end is None or end < start:
            number = text.count("\n", 0, m.start()) + 1
            if start is None or end is None:
                raise InputError(name, f"malformed {fmt.upper()}: bad cue timing on line "
                                       f"{number}: {line.strip()[:60]!r}")
            raise InputError(name, f"malformed {fmt.upper()}: a cue ends before it starts "
                                   f"(line {number}, {format_time(start)})")
        body = text[m.end():nxt.start() if nxt else len(text)].split("\n")[1:]
        following = None
        if nxt is not None:
            body.pop()  # the empty piece after the line break that ends the body
            following = _identifier(body, fmt)  # the next cue's number or identifier
        yield Cue(start, end, _cue_text(body), ident)
        m, ident = nxt, following


def _identifier(body: list[str], fmt: str) -> str | None:
    """Take the last line of ``body`` off when it is the next cue's number (SRT) or
    identifier (WebVTT: a line on its own after a blank line); WebVTT's is returned."""
    last = body[-1].strip() if body else ""
    alone = last.isdigit() if fmt == "srt" else len(body) == 1 or not body[-2].strip()
    if not last or not alone:
        return None
    body.pop()
    return last if fmt == "vtt" else None


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


def _header(text: str, name: str) -> tuple[list[str], int]:
    """WebVTT's header lines (``Kind: captions``, ``Language: en``) and the offset of the
    first cue."""
    if not text.startswith("WEBVTT"):
        raise InputError(name, "malformed WebVTT: the file must start with 'WEBVTT'")
    header: list[str] = []
    at = 0
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line = text[at:stop]
        if header and (not line.strip() or "-->" in line):
            break
        header.append(line)
        at = stop + 1
    return header, min(at, len(text))


def read_srt(content: str, name: str = "<srt>") -> Transcript:
    text = _normalized(content)
    if text.strip() and not _SRT_TIMING.search(text):
        raise InputError(name, "malformed SRT: no cue timing line like "
                               "'00:00:01,000 --> 00:00:02,000'")
    meta: dict[str, Any] = {"format": "srt"}
    if _rolls(_cues(text, "srt", name), "srt"):
        meta["rolling"] = True
        return Transcript.from_segments(_rolling_lines(_cues(text, "srt", name), "srt"), **meta)
    return _transcript(text, 0, "srt", name, meta)


def _rolls(cues: Iterable[Cue], fmt: str, sample: int = 200) -> bool:
    """True for rolling captions saved without word times (yt-dlp's auto-captions converted
    to SRT): most cues open with the line the cue before ended with, or are 10 ms bridges
    repeating it. A Whisper loop ("Yeah." cue after cue) is one line a cue, so it does not
    count; a few repeated lines in ordinary captions do not make most cues."""
    pairs = rolled = 0
    before: list[str] = []
    for cue in itertools.islice(cues, sample):
        shown = [" ".join(plain(line, fmt).split()) for line in cue.lines]
        shown = [line for line in shown if line]
        if before and shown:
            pairs += 1
            carried = len(shown) >= 2 and shown[0] == before[-1]
            bridge = cue.end - cue.start <= BRIDGE and shown == before[-1:]
            rolled += carried or bridge
        before = shown or before
    return rolled >= 3 and rolled * 2 >= pairs


def read_vtt(content: str, name: str = "<vtt>") -> Transcript:
    text = _normalized(content)
    header, first = _header(text, name)
    meta: dict[str, Any] = {"format": "vtt", "vtt_header": tuple(header)}
    for line in header[1:]:
        key, _, value = line.partition(":")
        if key.strip().casefold() == "language" and value.strip():
            meta["language"] = value.strip()
    if INLINE_TIME.search(text, first) or _rolls(_cues(text, "vtt", name, first), "vtt"):
        meta["rolling"] = True
        return Transcript.from_segments(_rolling_lines(_cues(text, "vtt", name, first), "vtt"),
                                        **meta)
    return _transcript(text, first, "vtt", name, meta)


def _transcript(text: str, first: int, fmt: str, name: str, meta: dict) -> Transcript:
    """The cues as segments, read one at a time (a long file's cues are never all in memory
    at once as objects)."""
    firsts = (_line_at(text, m.end() + 1) for m in _TIMING_LINE.finditer(text, first))
    labelled = speakers.labelled_lines(plain(line, fmt).lstrip() for line in firsts)
    cues = _cues(text, fmt, name, first)
    return Transcript.from_segments(
        (pair for cue in cues for pair in _cue_segments(cue, fmt, labelled)), **meta)


def _line_at(text: str, at: int) -> str:
    stop = text.find("\n", at)
    return text[at:] if stop < 0 else text[at:stop]


def _cue_segments(cue: Cue, fmt: str, labelled: bool) -> Iterator[tuple[Segment, list[Token]]]:
    """One segment per voice in a cue (usually one), its label taken out of the text."""
    ident = cue.ident
    for voice, raw in _voices("\n".join(cue.lines)):
        text = plain(raw, fmt)
        speaker, label = voice, None
        if labelled:
            found = speakers.find_label(text.lstrip())
            if found:
                speaker, label = found
                text = text.lstrip()[len(label):]
        tokens = Transcript.from_text(text.replace(PARAGRAPH, LINE)).tokens
        yield Segment(cue.start, cue.end, speaker=speaker, label=label, cue=ident), list(tokens)
        ident = None  # a cue of two voices: the identifier names the first


def _voices(text: str) -> list[tuple[str | None, str]]:
    """Split cue text at ``<v Name>`` spans: ``[(speaker, text), ...]``."""
    spans = list(speakers.VOICE.finditer(text))
    if not spans:
        return [(None, text)]
    out: list[tuple[str | None, str]] = (
        [(None, text[:spans[0].start()])] if text[:spans[0].start()].strip() else [])
    for k, m in enumerate(spans):
        stop = spans[k + 1].start() if k + 1 < len(spans) else len(text)
        out.append(((m.group(1) or "").strip() or None, text[m.end():stop]))
    return out


def _rolling_lines(cues: Iterable[Cue], fmt: str) -> Iterator[tuple[Segment, list[Token]]]:
    """Each caption line of rolling captions once, as a segment of timed words.

    A cue opens with the lines carried over from the cue before (no word times) and ends
    with the new line; a 10 ms bridging cue only repeats a line. A line with word-time tags
    is new speech: its first word starts with the cue, each other word at its tag, and each
    word ends where the next one starts (the last where the cue ends). A line without tags
    is new unless it is carried over (``[Music]`` shown under the last line is new), and a
    bridging cue's line is new when no cue before showed it: a file that opens with a plain
    line (the first words, before any word tags) or that was cut mid-phrase keeps it.
    """
    before: list[str] = []  # the lines the cue before showed
    pending: list[list[Token]] = []  # the last line, its final word's end still open
    for cue in cues:
        lines = [(line, " ".join(plain(line, fmt).split())) for line in cue.lines]
        lines = [(line, text) for line, text in lines if text]
        shown = [text for _, text in lines]
        carried = _carried(lines, before)
        bridge = cue.end - cue.start <= BRIDGE
        for line, text in lines[carried:]:
            if INLINE_TIME.search(line):
                words = _timed_words(line, cue.start)
            elif not bridge or text not in before:
                words = [(w, cue.start) for w in text.split()]
            else:
                continue
            if not words:
                continue
            tokens = [Token(w, " ", start, None) for w, start in words]
            if pending:
                yield _close_line(pending.pop(), tokens[0].start)
            pending.append(tokens)
        if pending:
            pending[-1] = [t if t.end is not None else t._replace(end=cue.end)
                           for t in pending[-1]]
        before = shown or before
    if pending:
        yield _close_line(pending.pop(), None)


def _carried(lines: list[tuple[str, str]], before: list[str]) -> int:
    """How many of a cue's first lines repeat the last lines of the cue before (untagged)."""
    for n in range(min(len(lines), len(before)), 0, -1):
        head = lines[:n]
        if [text for _, text in head] == before[-n:] and \
                not any(INLINE_TIME.search(line) for line, _ in head):
            return n
    return 0


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
        start = cast(float, tok.start)  # _rolling_lines gives every word a start
        end = tokens[k + 1].start if k + 1 < len(tokens) else tok.end
        if end is None or (next_start is not None and end > next_start):
            end = next_start if next_start is not None else start
        out.append(tok._replace(end=max(end, start)))
    return Segment(out[0].start, out[-1].end), out


# ---- writing ----------------------------------------------------------------------------
def _cue_blocks(transcript: Transcript, fmt: str, name: str
                ) -> Iterator[tuple[float, float, str, str | None]]:
    if transcript.segments and all(s.start is None for s in transcript.segments) \
            and (transcript.starts is None or all(s is None for s in transcript.starts)):
        raise InputError(name, f"cannot write {fmt.upper()}: the input has no timings")
    for seg, tokens in zip(transcript.segments, transcript.segment_groups()):
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
        yield start, max(start, end), body, seg.cue


def write_srt(transcript: Transcript, stream: IO[str], changes: Iterable[Any] = (),
              name: str = "<output>") -> None:
    for k, (start, end, body, _) in enumerate(_cue_blocks(transcript, "srt", name), 1):
        stream.write(f"{k}\n{format_time(start, ',')} --> {format_time(end, ',')}\n{body}\n\n")


def write_vtt(transcript: Transcript, stream: IO[str], changes: Iterable[Any] = (),
              name: str = "<output>") -> None:
    cues = _cue_blocks(transcript, "vtt", name)
    first = next(cues, None)  # raises before anything is written if there are no timings
    stream.write("\n".join(transcript.meta.get("vtt_header") or ("WEBVTT",)) + "\n\n")
    if first is None:
        return
    # Cues keep the identifiers the source gave them (a cue without one gets none, so no
    # number can repeat one); a source without any gets numbered cues.
    named = any(seg.cue for seg in transcript.segments)
    for k, (start, end, body, ident) in enumerate(itertools.chain([first], cues), 1):
        head = (f"{ident}\n" if ident else "") if named else f"{k}\n"
        stream.write(f"{head}{format_time(start)} --> {format_time(end)}\n{body}\n\n")
