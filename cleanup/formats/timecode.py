"""Caption time stamps: ``01:02:03,450`` (SRT), ``01:02:03.450`` / ``02:03.450`` (WebVTT) and
Teams' unpadded ``0:0:3.49``, to seconds and back. Hours have no upper limit. And the one
clock that messages show a time in (``--explain``, ``cleanup lint``): ``1:01:40.00``.

>>> parse_time("0:0:3.49"), parse_time("123:00:00,500"), format_time(443_400.5, ",")
(3.49, 442800.5, '123:10:00,500')
>>> format_clock(62.5), format_clock(3700), format_clock(59.999)
('1:02.50', '1:01:40.00', '1:00.00')
"""
from __future__ import annotations

import math
import re

# Hours are optional (WebVTT's MM:SS.mmm); any field may be unpadded (Teams); the fraction
# is a decimal fraction of a second ("3.5" is 3.500 s), "," or "." before it.
_TIME = re.compile(r"(?:(\d{1,7}):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,9}))?")
# A time stamp inside cue text: a YouTube word time (<00:00:01.040>) or karaoke tag.
INLINE_TIME = re.compile(r"<((?:\d{1,7}:)?\d{1,2}:\d{1,2}[.,]\d{1,9})>")
MAX_SECONDS = 10 ** 8  # about three years: anything larger is a broken file, not a recording


def parse_time(text: str) -> float | None:
    """Seconds (rounded to the millisecond) from a time stamp; ``None`` if it is not one."""
    m = _TIME.fullmatch(text.strip())
    if m is None:
        return None
    hours, minutes, seconds, fraction = m.groups()
    total = int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)
    if fraction:
        total += int(fraction) / 10 ** len(fraction)
    return round(total, 3)


def valid_seconds(value: float) -> bool:
    """A time a transcript can hold: finite, not negative, not absurdly large."""
    return math.isfinite(value) and 0 <= value < MAX_SECONDS


def format_time(seconds: float, decimal: str = ".") -> str:
    """``HH:MM:SS.mmm`` with as many hour digits as needed (never clamped)."""
    ms = max(0, round(seconds * 1000))
    hours, ms = divmod(ms, 3_600_000)
    minutes, ms = divmod(ms, 60_000)
    secs, ms = divmod(ms, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{decimal}{ms:03d}"


def format_clock(seconds: float, places: int = 2) -> str:
    """A time as a person reads it: ``M:SS.ss``, with hours when there are some
    (``H:MM:SS.ss``); ``places`` digits after the point."""
    minutes, secs = divmod(seconds, 60)
    width = places + 3 if places else 2
    shown = f"{secs:0{width}.{places}f}"
    if float(shown) >= 60:  # 59.999 s is 1:00.00, not 0:60.00
        minutes, shown = minutes + 1, f"{0:0{width}.{places}f}"
    hours, minutes = divmod(int(minutes), 60)
    return f"{hours:d}:{minutes:02d}:{shown}" if hours else f"{minutes:d}:{shown}"
