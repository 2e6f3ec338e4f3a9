"""Plain text: paragraphs (blank-line separated) become segments; no timings.

Speaker labels that start at least two lines (``[doctor]``, ``SPEAKER 1:``,
``ANDREW HUBERMAN:``, ``Dr. Smith:``, ``<v Bob>``) become :attr:`Segment.speaker`: each label
starts a new segment (a turn), and is written back exactly as it was read.

>>> t = read("[doctor] so how are you\\n[patient] fine")
>>> [(s.speaker, s.label) for s in t.segments], t.text
([('doctor', '[doctor] '), ('patient', '[patient] ')], 'so how are you\\nfine')
>>> import sys; write(t, sys.stdout)
[doctor] so how are you
[patient] fine
"""
from __future__ import annotations

from typing import IO, Any, Iterable, Sequence, cast

from ..transcript import LINE, PARAGRAPH, SPACE, Segment, Token, Transcript
from . import speakers


def read(content: str, name: str = "<text>") -> Transcript:
    content = content.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    plain = Transcript.from_text(content, format="txt")
    lines = content.split("\n")
    if not speakers.labelled_lines([line.lstrip() for line in lines]):
        return plain
    return _with_labels(plain.tokens)


def _with_labels(source: Sequence[Token]) -> Transcript:
    """Take each line-start label out of the tokens; it starts a segment (a turn)."""
    tokens: list[Token] = []
    segments: list[Segment] = [Segment()]
    speaker: str | None = None
    sep_carry: str | None = None  # the separator before a label goes to the next word
    i, n = 0, len(source)
    while i < n:
        tok = source[i]
        line_start = i == 0 or tok.sep in (LINE, PARAGRAPH)
        if line_start:
            j = i + 1
            while j < n and source[j].sep == SPACE:
                j += 1
            found = speakers.find_label(" ".join(t.text for t in source[i:j]))
            if found:
                speaker, label = found
                width = len(label.split())
                after = source[i + width].sep if i + width < n else LINE  # alone on the last line
                segments.append(Segment(speaker=speaker, label=label.rstrip() + (after or " ")))
                sep_carry = tok.sep
                i += width
                continue
            if tok.sep == PARAGRAPH and i and sep_carry is None:
                segments.append(Segment(speaker=speaker))
        if sep_carry is not None:
            tok = tok._replace(sep=sep_carry)
            sep_carry = None
        tokens.append(tok._replace(segment=len(segments) - 1, id=len(tokens)))
        i += 1
    if tokens and segments[0] == Segment() and tokens[0].segment != 0:
        segments.pop(0)  # the text opened with a label: no unlabelled segment before it
        # Every token got its segment (an int) in the loop above.
        tokens = [t._replace(segment=cast(int, t.segment) - 1) for t in tokens]
    if tokens and tokens[0].sep:
        tokens[0] = tokens[0]._replace(sep="")
    return Transcript(tuple(tokens), tuple(segments), {"format": "txt"})


def write(transcript: Transcript, stream: IO[str], changes: Iterable[Any] = (),
          name: str = "<output>") -> None:
    """Running text. From subtitles and Whisper output, caption line breaks become spaces
    and segments run on, a new speaker starting a new line; from text, line and paragraph
    breaks are kept. Speaker labels are written as they were read; a speaker that came
    without a label (a WebVTT ``<v Bob>`` span, a JSON ``speaker`` field) starts a new line
    where the speaker changes, with ``Bob: `` before it when it is a name (Teams' GUIDs and
    e-mail ids are not: see :func:`~cleanup.formats.speakers.shown_name`)."""
    native = transcript.meta.get("format", "txt") == "txt"
    segments = transcript.segments
    out: list[str] = []
    prev_segment, prev_speaker = None, None
    started = False
    for tok in transcript.tokens:
        sep = "" if not started else tok.sep if native else \
            (SPACE if tok.sep == LINE else tok.sep.replace(PARAGRAPH, "\n"))
        started = True
        if tok.segment != prev_segment and tok.segment is not None and tok.segment < len(segments):
            if native:  # a heading with no words of its own ("PLAN:" on its line) is kept
                empty = _empty_labels(segments, prev_segment, tok.segment)
                if empty:
                    out.append(sep + "".join(empty))
                    sep = ""
            seg = segments[tok.segment]
            if seg.label:
                sep = sep if native or not sep else "\n"
                out.append(sep + (seg.label if native else seg.label.rstrip() + " ") + tok.text)
            elif seg.speaker and seg.speaker != prev_speaker:
                shown = speakers.shown_name(seg.speaker)
                out.append(("\n" if sep else "") + (f"{shown}: " if shown else "") + tok.text)
            else:
                out.append(sep + tok.text)
            prev_segment, prev_speaker = tok.segment, seg.speaker
        else:
            out.append(sep + tok.text)
        if len(out) >= 4096:
            stream.write("".join(out))
            out.clear()
    if native and segments:  # labels after the last word: "COMPLICATIONS:" at the end
        last = prev_segment if started else None
        tail = [label.rstrip() for label in _empty_labels(segments, last, len(segments))]
        if tail:
            out.append(("\n" if started else "") + "\n".join(tail))
            started = True
    if started:
        out.append("\n")
    stream.write("".join(out))


def _empty_labels(segments: Sequence[Segment], after: int | None, before: int) -> list[str]:
    """The labels, between two segments, that stood alone on their line and hold no word (a
    report's heading whose text starts under the next heading). A label whose words were all
    removed (``[patient] uh``) goes with them."""
    start = 0 if after is None else after + 1
    return [label for k in range(start, before)
            if (label := segments[k].label) and label.endswith("\n")]
