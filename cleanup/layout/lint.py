"""Check cues against a caption style's limits.

>>> from cleanup.transcript import Segment
>>> t = Transcript.from_segments([(Segment(0.0, 0.5), "Hi."), (Segment(0.52, 9.0), "Bye.")])
>>> [(v.cue, v.rule, v.value, v.limit) for v in lint(t)]
[(1, 'min_duration', 0.5, 0.833), (1, 'min_gap', 0.02, 0.083), (2, 'max_duration', 8.48, 7.0)]
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..formats.timecode import format_clock
from ..transcript import LINE, PARAGRAPH, Transcript
from .breaking import break_lines
from .rules import NETFLIX, Rules, resolve

RULES = ("line_length", "lines", "reading_speed", "words_per_minute", "min_duration",
         "max_duration", "min_gap", "overlap")
_UNITS = {"line_length": " chars", "lines": " lines", "reading_speed": " chars/s",
          "words_per_minute": " wpm", "min_duration": " s", "max_duration": " s",
          "min_gap": " s", "overlap": " s"}
_TOLERANCE = 0.0015  # times in SRT and VTT are whole milliseconds


@dataclass(frozen=True)
class Violation:
    """One cue breaking one rule: ``value`` measured against ``limit``."""

    cue: int          # 1-based, among the cues that have text
    start: float
    end: float
    rule: str
    value: float
    limit: float

    def describe(self) -> str:
        unit = _UNITS.get(self.rule, "")
        sign = "<" if self.rule in ("min_duration", "min_gap") else ">"
        when = f"{format_clock(self.start)}–{format_clock(self.end)}"
        return (f"cue {self.cue} [{when}]: {self.rule} "
                f"{self.value:g}{unit} {sign} {self.limit:g}{unit}")

    def as_dict(self) -> dict:
        return asdict(self)


def timed_cues(transcript: Transcript) -> list[tuple[float, float, list[str], int]]:
    """(start, end, lines, words) for each timed segment with text."""
    out = []
    for seg, tokens in zip(transcript.segments, transcript.segment_groups()):
        if not tokens or seg.start is None or seg.end is None:
            continue
        lines: list[str] = []
        for k, tok in enumerate(tokens):
            if k == 0 or tok.sep in (LINE, PARAGRAPH):
                lines.append(tok.text)
            else:
                lines[-1] += " " + tok.text
        out.append((seg.start, seg.end, lines, len(tokens)))
    return out


def lint(transcript: Transcript, rules: Rules | str = NETFLIX) -> list[Violation]:
    """Every rule each cue breaks, in cue order (an untimed transcript has no cues).

    Whisper JSON keeps no line breaks (a segment's text is one string): its cues are
    measured as :func:`~.breaking.break_lines` would break them, so a line is too long only
    when the cue's words cannot fit in ``max_lines`` lines at all.
    """
    rules = resolve(rules)
    found: list[Violation] = []
    timed = timed_cues(transcript)
    has_lines = transcript.meta.get("format") != "json"
    for n, (start, end, lines, words) in enumerate(timed, 1):
        def flag(rule: str, value: float, limit: float) -> None:
            found.append(Violation(n, start, end, rule, round(value, 3), round(limit, 3)))

        duration = end - start
        if not has_lines:
            lines = [" ".join(line) for line in
                     break_lines(" ".join(lines).split(), rules.max_chars, rules.max_lines)]
        for line in lines:
            if len(line) > rules.max_chars:
                flag("line_length", len(line), rules.max_chars)
        if len(lines) > rules.max_lines:
            flag("lines", len(lines), rules.max_lines)
        chars = sum(len(line) for line in lines)
        if rules.max_cps and duration > 0 and chars / duration > rules.max_cps + 0.05:
            flag("reading_speed", chars / duration, rules.max_cps)
        if rules.max_wpm and duration > 0 and words * 60 / duration > rules.max_wpm + 0.5:
            flag("words_per_minute", words * 60 / duration, rules.max_wpm)
        if duration < rules.min_duration - _TOLERANCE:
            flag("min_duration", duration, rules.min_duration)
        if duration > rules.max_duration + _TOLERANCE:
            flag("max_duration", duration, rules.max_duration)
        if n < len(timed):
            gap = timed[n][0] - end
            if gap < -_TOLERANCE:
                flag("overlap", -gap, 0.0)
            elif gap < rules.min_gap - _TOLERANCE:
                flag("min_gap", gap, rules.min_gap)
    return found


def violations_per_100(transcript: Transcript, rules: Rules | str = NETFLIX) -> float:
    """Cues with at least one violation, per 100 cues."""
    n = len(timed_cues(transcript))
    bad = {v.cue for v in lint(transcript, rules)}
    return 100 * len(bad) / n if n else 0.0
