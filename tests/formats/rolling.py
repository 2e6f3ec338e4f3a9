"""Make YouTube rolling auto-caption VTT the way yt-dlp saves it, from timed words.

``python -m tests.formats.rolling`` rewrites the two samples in ``samples/`` from the
sentences below (ours, not taken from any real video).

Each caption line is shown in a cue of its own, below the line before it (the carried-over
line, without word times); its words carry inline ``<00:00:01.040><c> word</c>`` times, the
first word taking the cue's start. Between two cues a 10 ms bridging cue shows the finished
line alone. The old style is lowercase with an empty first line in the first cue; the
punctuated (2024+) style has cased, punctuated words and ``" "`` lines.
"""
from __future__ import annotations

from pathlib import Path

from cleanup.formats.timecode import format_time

LOWERCASE = [
    "so today i want to walk you through",
    "how we get the clinic room ready",
    "[Music]",
    "before the first patient uh arrives",
    "we check the the supplies and",
    "i always wipe down the exam table",
]
PUNCTUATED = [
    "Hi everyone, welcome back to the channel.",
    "Today I'm going to show you how we",
    "prepare the clinic room before a visit.",
    "First, um, we check the supplies, and",
    "then I wipe down the exam table. Okay?",
]


def timed_lines(lines: list[str], start: float = 0.48, per_word: float = 0.24,
                gap: float = 0.3) -> list[list[tuple[str, float]]]:
    """Each line as (word, start) pairs, words ``per_word`` apart, lines ``gap`` apart."""
    out, at = [], start
    for line in lines:
        words = []
        for w in line.split():
            words.append((w, round(at, 3)))
            at += per_word
        out.append(words)
        at += gap
    return out


def rolling_vtt(lines: list[list[tuple[str, float]]], punctuated: bool = False,
                end: float | None = None) -> str:
    blank = " " if punctuated else ""
    cues = ["WEBVTT\nKind: captions\nLanguage: en\n"]
    for k, words in enumerate(lines):
        start = words[0][1]
        stop = lines[k + 1][0][1] - 0.01 if k + 1 < len(lines) else (end or words[-1][1] + 0.8)
        if words[0][0].startswith("["):  # a sound tag: shown whole, with no word times
            new = " ".join(w for w, _ in words)
        else:
            new = words[0][0] + "".join(f"<{format_time(t)}><c> {w}</c>" for w, t in words[1:])
        above = " ".join(w for w, _ in lines[k - 1]) if k else blank
        settings = " align:start position:0%"
        cues.append(f"{format_time(start)} --> {format_time(stop)}{settings}\n{above}\n{new}\n")
        shown = " ".join(w for w, _ in words)
        cues.append(f"{format_time(stop)} --> {format_time(stop + 0.01)}{settings}\n{shown}\n"
                    + (f"{blank}\n" if punctuated else ""))
    return "\n".join(cues)


def main() -> None:
    samples = Path(__file__).resolve().parents[2] / "samples"
    (samples / "youtube_rolling_lowercase.raw.vtt").write_text(
        rolling_vtt(timed_lines(LOWERCASE)), encoding="utf-8")
    (samples / "youtube_rolling_punctuated.raw.vtt").write_text(
        rolling_vtt(timed_lines(PUNCTUATED), punctuated=True), encoding="utf-8")


if __name__ == "__main__":
    main()
