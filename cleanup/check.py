"""The regression harness: run the pipeline on every ``NAME.raw.EXT`` sample and compare it
with ``NAME.clean.EXT``.

A sample may carry its own settings in ``NAME.toml`` beside it (same keys as a config
file), e.g. ``style = "verbatim"``; otherwise the harness's pipeline is used.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from . import formats
from .config import load_config
from .errors import CleanupError
from .layout import layout, lint
from .pipeline import Pipeline


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

    @property
    def passed(self) -> bool:
        return self.error is None and self.actual == self.expected

    def diff(self) -> str:
        if self.error:
            return self.error
        return "".join(difflib.unified_diff(
            (self.expected or "").splitlines(keepends=True),
            (self.actual or "").splitlines(keepends=True),
            fromfile=str(self.sample.expected), tofile=f"{self.sample.raw} (cleaned)"))


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


def run_sample(sample: Sample, pipeline: Pipeline) -> Result:
    fmt = formats.format_for(sample.raw) or "txt"
    try:
        rules = None
        if sample.config is not None:
            config = load_config(sample.config)
            pipeline, rules = config.build(), config.layout_rules()
        transcript = pipeline(formats.read(sample.raw, fmt))
        if rules is not None and fmt != "txt":
            transcript = layout(transcript, rules)
        actual = formats.render(transcript, fmt, name=str(sample.expected))
    except CleanupError as exc:
        return Result(sample, None, None, str(exc))
    try:
        expected = sample.expected.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Result(sample, actual, None, f"{sample.expected}: no expected file "
                                            "(run with --update to create it)")
    return Result(sample, actual, expected)


def check(paths: list[Path], pipeline: Pipeline, *, update: bool = False,
          out: Callable[[str], None] = print) -> tuple[int, int]:
    """Check every sample; print diffs of mismatches and a closing count. Returns (passed, failed)."""
    passed = failed = 0
    for sample in find_samples(paths):
        result = run_sample(sample, pipeline)
        if result.passed:
            passed += 1
            continue
        if update and result.actual is not None:
            formats.write_atomic(sample.expected, result.actual)
            out(f"updated {sample.expected}")
            passed += 1
            continue
        failed += 1
        out(f"FAIL {sample.name}")
        out(result.diff().rstrip("\n"))
    out(f"{passed} passed, {failed} failed")
    return passed, failed


def lint_samples(paths: list[Path], rules, *, out: Callable[[str], None] = print) -> int:
    """Check the expected SRT/VTT of every sample against caption rules (a sample's own
    ``[layout]`` preset wins); print each violation. Returns the number of samples with any."""
    bad = 0
    for sample in find_samples(paths):
        if formats.format_for(sample.expected) not in ("srt", "vtt") or not sample.expected.is_file():
            continue
        sample_rules = rules
        try:
            if sample.config is not None:
                config = load_config(sample.config)
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
    out(f"lint: {bad} samples with caption rule violations")
    return bad
