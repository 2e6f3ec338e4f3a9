"""What the CLI says on standard error: one-line messages, and a run's progress report.

Every message is one line, a newline in a file name escaped, and the bytes of a name that
is not UTF-8 shown as ``\\xNN``::

    cleanup: visits/bad\\nname.wav: not an audio or video file

:class:`Report` shows a ``cleanup transcribe`` run as it goes: a tqdm bar on a terminal
(files done, audio minutes decoded, time left; it moves as each file's audio is decoded,
never past 100%), otherwise one line per file::

    [1/2] visits/a.wav: 0.3 min of audio in 4.1 s -> out/a.{txt,srt,vtt,json}
    cleanup: 2 transcribed (0.6 min of audio in 9 s), 0 failed
"""
from __future__ import annotations

import sys
import time
from typing import TYPE_CHECKING

from ..transcribe.batch import Progress
from ..transcribe.jobs import FileResult, Job, printable

if TYPE_CHECKING:
    from tqdm import tqdm


def escape_line(text: str) -> str:
    """Control characters (a newline in a file name) escaped, and the bytes of a name that
    is not UTF-8 shown as ``\\xNN``, so a report stays one printable line."""
    return "".join(ch if ch.isprintable() or ch == " " else
                   ch.encode("unicode_escape").decode("ascii") for ch in printable(text))


def print_error(message: str) -> None:
    """``cleanup: MESSAGE`` on one line of standard error."""
    print(escape_line(f"cleanup: {message}"), file=sys.stderr)


class Report(Progress):
    """Progress and results: a tqdm bar on a terminal (files done, audio minutes decoded,
    ETA), one plain line per file otherwise; failures are one ``cleanup: PATH: reason``
    line."""

    def __init__(self, formats: tuple[str, ...]):
        self.formats = formats  # the outputs each file gets, for the per-file lines
        self.total = 0  # files to transcribe in this run
        self.finished = 0
        self.started = time.monotonic()
        self.durations: dict[str, float] = {}  # source -> seconds of audio, where known
        self.decoded: dict[str, float] = {}  # source -> seconds decoded so far
        self.bar: tqdm | None = None  # on a terminal

    def start(self, jobs: list[Job]) -> None:
        self.total = len(jobs)
        if sys.stderr.isatty():
            from tqdm import tqdm

            from ..transcribe.audio import media_duration

            for job in jobs:
                seconds = media_duration(job.source)
                if seconds:
                    self.durations[str(job.source)] = seconds
            self.bar = tqdm(total=sum(self.durations.values()) / 60, file=sys.stderr,
                            dynamic_ncols=True,
                            bar_format="{desc} {percentage:3.0f}%|{bar}| {n:.1f}/{total:.1f} "
                                       "audio min [{elapsed}<{remaining}]")
            self.bar.set_description_str(f"files 0/{self.total}")

    def advance(self, job: Job, seconds: float) -> None:
        """The bar moves by the audio decoded, never past a file's duration."""
        self._decoded(str(job.source), seconds)

    def _decoded(self, source: str, seconds: float) -> None:
        duration = self.durations.get(source)
        if self.bar is None or not duration:
            return
        self.decoded[source] = max(self.decoded.get(source, 0.0), min(seconds, duration))
        done = min(self.bar.total, sum(self.decoded.values()) / 60)
        if done > self.bar.n:
            self.bar.update(done - self.bar.n)

    def rejected(self, result: FileResult) -> None:
        self._line(f"cleanup: {result.reason}")

    def result(self, result: FileResult) -> None:
        self._advance(result)
        if result.status == "failed" or result.reason:
            self._line(f"cleanup: {result.reason}")
        for line in result.unmatched:
            self._line(f"cleanup: {line}")
        if result.status != "failed" and self.bar is None:
            stem = result.outputs[0].rsplit(".", 1)[0] if result.outputs else "?"
            outs = f"{stem}.{{{','.join(self.formats)}}}" if len(self.formats) > 1 \
                else f"{stem}.{self.formats[0]}"
            seconds = result.audio_seconds or 0.0
            how = "" if result.decoded else " (cleaned again, no decoding)"
            self._line(f"[{self.finished}/{self.total}] {result.source}: {seconds / 60:.1f} min "
                       f"of audio in {result.wall_seconds:.1f} s{how} -> {outs}")

    def note(self, text: str) -> None:
        self._line(f"cleanup: {text}")

    def _advance(self, result: FileResult) -> None:
        self.finished += 1
        if self.bar is not None:
            self._decoded(result.source, float("inf"))  # the whole file, done or failed
            self.bar.set_description_str(f"files {self.finished}/{self.total}")

    def _line(self, text: str) -> None:
        text = escape_line(text)
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            print(text, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def summary(self, results: list[FileResult]) -> None:
        took = time.monotonic() - self.started
        done = [r for r in results if r.status == "done"]
        decoded = [r for r in done if r.decoded]
        skipped = sum(r.status == "skipped" for r in results)
        failed = sum(r.status == "failed" for r in results)
        audio = sum(r.audio_seconds or 0.0 for r in decoded)
        parts = [f"{len(decoded)} transcribed ({audio / 60:.1f} min of audio in {took:.0f} s)"]
        if len(done) > len(decoded):
            parts.append(f"{len(done) - len(decoded)} cleaned again from the stored Whisper "
                         "result (no decoding)")
        if skipped:
            parts.append(f"{skipped} skipped as up to date (--force redoes them)")
        parts.append(f"{failed} failed")
        print("cleanup: " + ", ".join(parts), file=sys.stderr)
