"""SRT and WebVTT through pysubs2: each cue is a segment; cues and timings survive cleaning.

pysubs2 is a well-kept subtitle library (SRT, VTT, ASS, MicroDVD …): it copes with the
variants real caption files come in (BOMs, missing blank lines, comma or dot milliseconds),
which a home-made parser would not. Styling tags (``<i>``) are read as plain text.
A cue whose words were all removed (a hallucinated ``Thank you.``) is dropped.
"""
from __future__ import annotations

import re

import pysubs2

from ..errors import InputError
from ..transcript import LINE, Segment, Transcript

_SRT_TIMING = re.compile(r"\d+:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d+:\d{2}:\d{2}[,.]\d{1,3}")


def looks_like_srt(head: str) -> bool:
    return bool(_SRT_TIMING.search(head))


def read(content: str, fmt: str, name: str) -> Transcript:
    if fmt == "srt" and content.strip() and not _SRT_TIMING.search(content):
        raise InputError(name, "malformed SRT: no cue timing line like "
                               "'00:00:01,000 --> 00:00:02,000'")
    if fmt == "vtt" and not content.lstrip("\ufeff \t\r\n").startswith("WEBVTT"):
        raise InputError(name, "malformed WebVTT: the file must start with 'WEBVTT'")
    try:
        subs = pysubs2.SSAFile.from_string(content, format_=fmt)
    except Exception as exc:  # pysubs2 raises several kinds; all mean "cannot parse"
        raise InputError(name, f"malformed {fmt.upper()}: {exc}") from None
    cues = [ev for ev in subs.events if not ev.is_comment]
    if content.strip() and not cues:
        raise InputError(name, f"malformed {fmt.upper()}: no cues found")
    pairs = []
    for ev in cues:
        if ev.end < ev.start:
            raise InputError(name, f"malformed {fmt.upper()}: a cue ends before it starts "
                                   f"({pysubs2.time.ms_to_str(ev.start)})")
        pairs.append((Segment(ev.start / 1000, ev.end / 1000), ev.plaintext))
    return Transcript.from_segments(pairs, format=fmt)


def write(transcript: Transcript, fmt: str, name: str = "<output>") -> str:
    if transcript.segments and all(s.start is None for s in transcript.segments):
        raise InputError(name, f"cannot write {fmt.upper()}: the input has no timings")
    subs = pysubs2.SSAFile()
    for seg, tokens in zip(transcript.segments, transcript.segment_tokens()):
        if not tokens:
            continue
        text = "".join((t.sep if k else "") + t.text for k, t in enumerate(tokens))
        start, end = seg.start, seg.end
        if start is None or end is None:
            start, end = transcript.span(tokens)
        subs.append(pysubs2.SSAEvent(start=round(start * 1000), end=round(end * 1000),
                                     text=text.replace(LINE, "\\N").replace("\n", "\\N")))
    return subs.to_string(fmt)
