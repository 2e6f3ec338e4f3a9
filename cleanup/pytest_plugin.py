"""pytest plugin: samples as test items. Installed with cleanup (entry point ``pytest11``).

Name the sample folders in the pytest settings (or with ``--cleanup-samples DIR``)::

    [tool.pytest.ini_options]
    cleanup_samples = "samples"

and ``pytest`` gets one test item per ``NAME.raw.EXT`` (``samples/mrn.raw.txt::mrn.txt``),
cleaned with the project's config (``[tool.cleanup]`` of the pyproject beside the pytest
settings, or ``cleanup_config = "cleanup.toml"``) and a ``NAME.toml`` beside the sample, as
``cleanup check`` does. A failure shows the unified diff; ``--cleanup-update`` rewrites the
expected files instead, like ``cleanup check --update``.

The folders are collected in a plain ``pytest`` run even when ``testpaths`` leaves them out;
when pytest is given paths, only ``--cleanup-samples`` adds its folders to them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("cleanup", "cleanup samples (NAME.raw.EXT -> NAME.clean.EXT)")
    group.addoption("--cleanup-samples", action="append", default=[], metavar="DIR",
                    help="a folder of cleanup samples to run as tests (repeatable)")
    group.addoption("--cleanup-update", action="store_true",
                    help="rewrite the samples' expected files with the current output")
    group.addoption("--cleanup-config", metavar="FILE",
                    help="the cleanup.toml or pyproject.toml the samples are cleaned with")
    parser.addini("cleanup_samples", "folders of cleanup samples to run as tests",
                  type="paths", default=[])
    parser.addini("cleanup_config", "the cleanup.toml or pyproject.toml for the samples "
                  "(default: [tool.cleanup] of the pyproject.toml beside these settings)",
                  default="")


@dataclass
class _Harness:
    """The session's sample folders and, built on first use, the project's pipeline."""

    folders: list[Path]
    update: bool
    config_file: Path | None
    project_dir: Path
    updated: list[Path] = field(default_factory=list)
    _built: Any = None

    def covers(self, path: Path) -> bool:
        return any(path == d or path.is_relative_to(d) for d in self.folders)

    def pipeline(self):
        """(config, pipeline), or the one-line error the project's config gives."""
        if self._built is None:
            from .config import Config, find_pyproject_config, load_config
            from .errors import CleanupError

            try:
                cfg = (load_config(self.config_file) if self.config_file
                       else find_pyproject_config(self.project_dir) or Config())
                self._built = (cfg, cfg.build())
            except CleanupError as exc:
                self._built = str(exc)
        return self._built


_HARNESS = pytest.StashKey[_Harness]()


def pytest_configure(config: pytest.Config) -> None:
    start = config.invocation_params.dir
    named = [(start / d).resolve() for d in config.getoption("cleanup_samples")]
    configured = [Path(p).resolve() for p in config.getini("cleanup_samples")]
    folders = list(dict.fromkeys(named + configured))
    if not folders:
        return
    for folder in folders:
        if not folder.is_dir():
            raise pytest.UsageError(f"cleanup samples: {folder}: no such folder")
    ini_dir = config.inipath.parent if config.inipath else config.rootpath
    option, ini = config.getoption("cleanup_config"), config.getini("cleanup_config")
    config_file = (start / option) if option else (ini_dir / ini) if ini else None
    config.stash[_HARNESS] = _Harness(folders, config.getoption("cleanup_update"),
                                      config_file, ini_dir)
    # A plain `pytest` run (testpaths or the current folder) gets the sample folders too;
    # so does any run given --cleanup-samples. Folders already being collected are not added.
    source = getattr(config, "args_source", None)  # pytest >= 7.2
    explicit = source is not None and source.name == "ARGS"
    for folder in folders:
        if explicit and folder not in named:
            continue
        if not any(folder.is_relative_to((start / a.split("::")[0]).resolve())
                   for a in config.args):
            config.args.append(str(folder))


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    harness = parent.config.stash.get(_HARNESS, None)
    # The folder is resolved, not the file: a sample whose raw file is a symlink (to a
    # recording's transcript kept elsewhere) is still a sample of this folder.
    if (harness is not None and ".raw." in file_path.name and not file_path.name.startswith(".")
            and harness.covers(file_path.parent.resolve() / file_path.name)):
        return SampleFile.from_parent(parent, path=file_path)
    return None


class SampleFile(pytest.File):
    """A ``NAME.raw.EXT`` file: one test item, named ``NAME.EXT``."""

    def collect(self):
        yield SampleItem.from_parent(self, name=self.path.name.replace(".raw.", ".", 1))


def _shown_path(path: Path) -> Path:
    """A path relative to the current folder when it lies inside it (shorter messages)."""
    try:
        return path.resolve().relative_to(Path.cwd())
    except ValueError:
        return path


class SampleMismatch(Exception):
    """A sample's cleaned output differs from its expected file, or it could not be run."""


class SampleItem(pytest.Item):
    def runtest(self) -> None:
        from .check import find_samples, run_sample, update_expected
        from .errors import CleanupError

        harness = self.config.stash[_HARNESS]
        built = harness.pipeline()
        if isinstance(built, str):
            raise SampleMismatch(built)
        cfg, pipeline = built
        sample = next(find_samples([_shown_path(self.path)]))
        result = run_sample(sample, pipeline, config=cfg)
        if result.passed:
            return
        if harness.update and result.actual is not None:
            try:
                update_expected(result)
            except CleanupError as exc:
                raise SampleMismatch(str(exc)) from None
            harness.updated.append(sample.expected)
            return
        if result.error:
            raise SampleMismatch(result.error)
        raise SampleMismatch(f"{sample.expected} differs from the cleaned {sample.raw} "
                             f"(--cleanup-update rewrites it):\n{result.diff()}")

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, SampleMismatch):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self):
        return self.path, None, f"cleanup sample {self.name}"


def pytest_terminal_summary(terminalreporter, config: pytest.Config) -> None:
    harness = config.stash.get(_HARNESS, None)
    if harness is not None and harness.updated:
        terminalreporter.write_sep("-", f"cleanup: updated {len(harness.updated)} expected files")
        for path in harness.updated:
            terminalreporter.write_line(f"updated {path}")
