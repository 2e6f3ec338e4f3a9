"""Which stretches of a recording are redacted, and how much of each sample is replaced.

Word timings are approximate, so each span is widened by ``pad`` seconds on both sides;
spans that then overlap or touch become one window, and windows are clipped to the
recording. Inside a window the sound is faded out (and the tone faded in) over ``FADE``
seconds, on the window's own side of its edges, so the audio outside is untouched and
the cut makes no click.

>>> windows([(2.0, 2.5), (0.4, 0.6), (2.55, 3.0), (9.5, 12.0)], pad=0.05, duration=10.0)
[(0.35, 0.65), (1.95, 3.05), (9.45, 10.0)]
"""
from __future__ import annotations

import bisect
import math
from typing import Iterable, Mapping, Sequence

import numpy as np

FADE = 0.005  # seconds of fade at each window edge: short enough to hide nothing, no click
TONE_HZ = 1000
TONE_LEVEL = 0.1  # peak, of full scale: -20 dBFS, an RMS of about 0.0707 (-23 dBFS)

Window = tuple[float, float]


def timed_spans(redactions: Iterable[Mapping[str, object]]) -> list[Window]:
    """The ``(start, end)`` of each redaction record (``meta["redactions"]``) that has
    times; an untimed one (from a text transcript) has nothing to silence and is left out.

    >>> timed_spans([{"start": 1.0, "end": 1.4}, {"start": None, "end": None}])
    [(1.0, 1.4)]
    """
    return [(float(r["start"]), float(r["end"])) for r in redactions  # type: ignore[arg-type]
            if r.get("start") is not None and r.get("end") is not None]


def windows(spans: Iterable[Sequence[float]], pad: float = 0.05,
            duration: float | None = None) -> list[Window]:
    """The spans widened by ``pad``, sorted, joined where they overlap or touch, and
    clipped to ``[0, duration]`` (``duration`` ``None``: only to 0). A span given end
    first is taken as written the other way round: redacting too much is the safe error.

    >>> windows([(3, 1), (0.5, 0.6)], pad=0)
    [(0.5, 0.6), (1.0, 3.0)]
    """
    if not (pad >= 0 and math.isfinite(pad)):
        raise ValueError(f"pad must be a finite number of seconds >= 0, got {pad!r}")
    widened = []
    for span in spans:
        start, end = sorted((float(span[0]), float(span[1])))
        if not (math.isfinite(start) and math.isfinite(end)):
            raise ValueError(f"a span's times must be finite numbers, got {tuple(span)!r}")
        start, end = max(0.0, start - pad), end + pad
        if duration is not None:
            end = min(end, duration)
        if end > start:
            widened.append((start, end))
    merged: list[Window] = []
    for start, end in sorted(widened):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    # Outwards to the microsecond (a sample lasts 20 or more): 0.35, not 0.35000000000000003.
    rounded = [(math.floor(s * 1e6 + 1e-6) / 1e6,
                min(math.ceil(e * 1e6 - 1e-6) / 1e6, math.inf if duration is None else duration))
               for s, e in merged]
    return [(s, e) for s, e in rounded if e > s]


class Envelope:
    """How much of each sample is replaced, for sorted, disjoint windows (as
    :func:`windows` returns them) at one sample rate.

    >>> Envelope([(0.35, 0.65)], rate=10).weights(first=0, count=8).tolist()
    [0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0]
    """

    def __init__(self, wins: Sequence[Window], rate: int, fade: float = FADE):
        self.wins, self.rate, self.fade = list(wins), rate, fade
        self._ends = [end for _, end in self.wins]

    def weights(self, first: int, count: int) -> np.ndarray | None:
        """The share replaced of each of ``count`` samples from sample ``first``: 0 keeps
        the sound, 1 replaces it, with a raised-cosine ramp of ``fade`` seconds (at most
        half the window) inside each window's edges (none at the recording's start);
        ``None`` when no window touches them.
        """
        lo, hi = first / self.rate, (first + count) / self.rate
        at = bisect.bisect_right(self._ends, lo)
        hits = []
        while at < len(self.wins) and self.wins[at][0] < hi:
            hits.append(self.wins[at])
            at += 1
        if not hits:
            return None
        times = (first + np.arange(count)) / self.rate
        out = np.zeros(count)
        for start, end in hits:
            ramp = min(self.fade, (end - start) / 2)
            # A window from the very start has no sound before it to fade from.
            depth = end - times if start <= 0 else np.minimum(times - start, end - times)
            inside = np.clip(depth / ramp, 0.0, 1.0)
            np.maximum(out, 0.5 - 0.5 * np.cos(np.pi * inside), out=out)
        return out if out.any() else None


def tone(first: int, count: int, rate: int) -> np.ndarray:
    """``count`` samples of the ``TONE_HZ`` tone from sample ``first``: the phase follows
    the sample number, so the tone runs on smoothly across frames and windows."""
    cycle = (first + np.arange(count, dtype=np.int64)) * TONE_HZ % rate
    return TONE_LEVEL * np.sin(2 * np.pi * cycle / rate)


def mix(samples: np.ndarray, weight: np.ndarray, fill: np.ndarray | None,
        channels: int, planar: bool) -> np.ndarray:
    """``samples`` (as PyAV's ``to_ndarray`` gives them: one row per channel when
    ``planar``, else one interleaved row) with each sample's ``weight`` of it replaced by
    ``fill`` (a full-scale signal) or by silence. Integer samples are rounded and clipped;
    a sample of weight 0 comes back exactly as it was.
    """
    if not planar and channels > 1:
        weight = np.repeat(weight, channels)
        fill = None if fill is None else np.repeat(fill, channels)
    kind = samples.dtype
    if kind.kind == "f":
        centre, scale = 0.0, 1.0
    elif kind.kind == "u":  # 8-bit PCM: silence is the middle value
        centre = scale = float(np.iinfo(kind).max // 2 + 1)
    else:
        centre, scale = 0.0, float(np.iinfo(kind).max) + 1
    wet = (samples.astype(np.float64) - centre) * (1.0 - weight) + centre
    if fill is not None:
        wet += fill * scale * weight
    if kind.kind != "f":
        info = np.iinfo(kind)
        wet = np.clip(np.rint(wet), info.min, info.max)
    return wet.astype(kind)
