r"""The regression harness: run the pipeline on every ``NAME.raw.EXT`` sample and compare it
with ``NAME.clean.EXT``.

A sample may carry its own settings in ``NAME.toml`` beside it (the keys of a config file
but ``plugins``: a sample folder never makes cleanup import code), e.g.
``style = "verbatim"``, on top of the project's config; otherwise the harness's pipeline is
used. A sample that cannot be read or cleaned fails with one line naming its file.

Expected files are UTF-8 (a leading byte-order mark is not part of the text). A diff shows
invisible characters, which would otherwise make a failure look like two equal lines:

>>> print(visible("a\u00a0b\ufeff ", changed=True))
a\u00a0b\ufeff\x20
"""
from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from . import formats
from .config import Config, load_config
from .errors import CleanupError, InputError, located, read_text
from .layout import layout, lint
from .pipeline import Pipeline
from .safety import Safety
from .validation import counted


@dataclass(frozen=True)
class Sample:
    raw: Path
    expected: Path
    config: Path | None

    @property
    def name(self) -> str:
        return str(self.raw).replace(".raw.", ".")


@dataclass(frozen=True)
class Result:
    sample: Sample
    actual: str | None
    expected: str | None
    error: str | None = None
    safety: Safety = Safety()

    @property
    def passed(self) -> bool:
        return self.error is None and self.actual == self.expected

    def diff(self) -> str:
        if self.error:
            return self.error
        lines = difflib.unified_diff(
            (self.expected or "").splitlines(keepends=True),
            (self.actual or "").splitlines(keepends=True),
            fromfile=str(self.sample.expected), tofile=f"{self.sample.raw} (cleaned)")
        out = []
        for k, line in enumerate(lines):
            if k < 2 or line.startswith("@@"):  # the file names and hunk headers
                out.append(line)
                continue
            out.append(line[0] + visible(line[1:], changed=line[0] != " "))
            if not line.endswith("\n"):
                out.append("\n\\ No newline at end of file\n")
        return "".join(out)


def visible(line: str, *, changed: bool = False) -> str:
    """A diff line with its invisible characters written as escapes (``\\u00a0``, ``\\r``);
    on a ``changed`` line also the spaces and tabs at its end."""
    body, end = (line[:-1], "\n") if line.endswith("\n") else (line, "")
    trail = len(body) - len(body.rstrip(" \t")) if changed else 0
    out = []
    for k, ch in enumerate(body):
        if k >= len(body) - trail:
            out.append("\\t" if ch == "\t" else "\\x20")
        elif ch == "\r":
            out.append("\\r")
        elif ch != " " and ch != "\t" and unicodedata.category(ch) in _INVISIBLE:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "".join(out) + end


# Format characters (zero-width, BOM), controls, unusual spaces, line/paragraph separators.
_INVISIBLE = {"Cf", "Cc", "Zs", "Zl", "Zp", "Co", "Cn"}


def find_samples(paths: list[Path]) -> Iterator[Sample]:
    """Every ``*.raw.*`` file under the paths (or the paths themselves), sorted."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(q for q in p.rglob("*.raw.*") if q.is_file())
        elif ".raw." in p.name:
            found.append(p)
        else:
            raise CleanupError(f"{p}: not a sample directory or a NAME.raw.EXT file")
    for raw in sorted(set(found)):
        expected = raw.with_name(raw.name.replace(".raw.", ".clean.", 1))
        stem = raw.name.split(".raw.", 1)[0]
        config = raw.with_name(f"{stem}.toml")
        yield Sample(raw, expected, config if config.is_file() else None)


def run_sample(sample: Sample, pipeline: Pipeline, *, config: Config | None = None) -> Result:
    """Clean one sample and compare; ``config`` (the project's) is what a ``NAME.toml``
    beside the sample builds on."""
    fmt = formats.format_for(sample.raw) or "txt"
    try:
        rules = None
        if sample.config is not None:
            sample_config = load_config(sample.config, defaults=config, sample=True)
            pipeline, rules = sample_config.build(), sample_config.layout_rules()
        explained = pipeline.explain(formats.read(sample.raw, fmt))
        transcript, safety = explained.transcript, Safety.of(explained.changes)
        if rules is not None and fmt != "txt":
            transcript = layout(transcript, rules)
        actual = formats.render(transcript, fmt, name=str(sample.expected))
    except CleanupError as exc:  # a step's failure too: one line naming the sample
        return Result(sample, None, None, located(exc, sample.raw))
    try:
        expected = read_expected(sample.expected)
    except FileNotFoundError:
        return Result(sample, actual, None, f"{sample.expected}: no expected file "
                                            "(run with --update to create it)", safety)
    except CleanupError as exc:
        return Result(sample, actual, None, str(exc), safety)
    return Result(sample, actual, expected, safety=safety)


def read_expected(path: Path) -> str:
    """An expected file's text: UTF-8, a leading byte-order mark dropped (it is no text)."""
    if not path.exists():
        raise FileNotFoundError(path)  # the caller reports a missing expected file its own way
    return read_text(path, "an expected file", "expected files are UTF-8")


def update_expected(result: Result) -> None:
    """Write a result's output as its sample's expected file (``--update``)."""
    try:
        formats.write_atomic(result.sample.expected, result.actual or "")
    except OSError as exc:
        raise InputError(result.sample.expected,
                         f"cannot write: {exc.strerror or exc}") from None


def check(paths: list[Path], pipeline: Pipeline, *, update: bool = False,
          out: Callable[[str], None] = print, config: Config | None = None,
          err: Callable[[str], None] | None = None) -> tuple[int, int]:
    """Check every sample; print diffs of mismatches and a closing count. Returns (passed, failed).

    ``config`` is the project's config, the base of each sample's own ``NAME.toml``. A
    sample that cannot be read, cleaned or updated is one ``FILE: reason`` line, given to
    ``err`` (``out`` when ``None``); the other samples are still checked.
    """
    err = err or out
    passed = failed = 0
    safety = Safety()
    for sample in find_samples(paths):
        result = run_sample(sample, pipeline, config=config)
        safety += result.safety
        if result.passed:
            passed += 1
            continue
        if update and result.actual is not None:
            try:
                update_expected(result)
            except CleanupError as exc:
                failed += 1
                out(f"FAIL {sample.name}")
                err(str(exc))
                continue
            out(f"updated {sample.expected}")
            passed += 1
            continue
        failed += 1
        out(f"FAIL {sample.name}")
        if result.error:
            err(result.error)
        else:
            out(result.diff().rstrip("\n"))
    out(safety.describe())
    out(f"{passed} passed, {failed} failed")
    return passed, failed


def lint_samples(paths: list[Path], rules, *, out: Callable[[str], None] = print) -> int:
    """Check the expected SRT/VTT of every sample against caption rules (a sample's own
    ``[layout]`` preset wins); print each violation. Returns the number of samples with any."""
    bad = 0
    for sample in find_samples(paths):
        if formats.format_for(sample.expected) not in ("srt", "vtt") \
                or not sample.expected.is_file():
            continue
        sample_rules = rules
        try:
            if sample.config is not None:  # its layout only: no pipeline, no plugin
                config = load_config(sample.config, sample=True, for_pipeline=False)
                if config.layout_preset not in (None, "keep"):
                    sample_rules = config.layout_rules()
            found = lint(formats.read(sample.expected), sample_rules)
        except CleanupError as exc:
            out(f"LINT {sample.expected}: {exc}")
            bad += 1
            continue
        for v in found:
            out(f"LINT {sample.expected}: {v.describe()} ({sample_rules.name})")
        bad += bool(found)
    out(f"lint: {counted(bad, 'sample')} with caption rule violations")
    return bad
