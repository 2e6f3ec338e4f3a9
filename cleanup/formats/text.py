"""Plain text: paragraphs (blank-line separated) become segments; no timings."""
from __future__ import annotations

from ..transcript import LINE, PARAGRAPH, SPACE, Transcript


def read(content: str, name: str = "<text>") -> Transcript:
    return Transcript.from_text(content.replace("\r\n", "\n").replace("\r", "\n"), format="txt")


def write(transcript: Transcript) -> str:
    """Running text. From subtitles and Whisper output, caption line breaks become spaces
    and segments run on; from text, line and paragraph breaks are kept."""
    if transcript.meta.get("format", "txt") == "txt":
        body = transcript.text
    else:
        body = "".join((SPACE if t.sep == LINE else t.sep) + t.text for t in transcript.tokens)
        body = body.replace(PARAGRAPH, "\n")
    return body + "\n" if body else ""
