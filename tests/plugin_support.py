"""Fixtures for plugin tests: a registry restored after each test, and packages "installed"
by writing a ``.dist-info`` folder with real entry points onto ``sys.path``."""
from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from cleanup import registry

# A step as a clinic would write it: medical record numbers (six or more digits) redacted.
REDACT_MRN = '''
import regex
from dataclasses import dataclass
from cleanup import Normalizer


@dataclass(frozen=True)
class RedactMRN(Normalizer):
    """Replace medical record numbers: ``MRN 0012345`` becomes ``MRN [redacted]``."""

    min_digits: int = 6
    keeps_meaning = False  # a redaction replaces numbers on purpose
    invents_words = True  # "[redacted]" was not said

    def transform(self, transcript):
        number = regex.compile(rf"(\\p{{P}}*)\\d{{{self.min_digits},}}(\\p{{P}}*)")
        return transcript.map_texts(lambda text: number.sub(r"\\1[redacted]\\2", text))
'''


@pytest.fixture
def registry_state(tmp_path_factory):
    """A fresh :class:`Registry`, active for the test: what it registers or loads is gone
    afterwards, and so are the modules it imported from temporary folders (cleanup's own
    modules stay: one class per name)."""
    temp = str(tmp_path_factory.getbasetemp())
    modules = set(sys.modules)
    path = list(sys.path)
    with registry.using(registry.Registry()) as fresh:
        yield fresh
    for name in set(sys.modules) - modules:
        if str(getattr(sys.modules[name], "__file__", None) or "").startswith(temp):
            del sys.modules[name]
    sys.path[:] = path


@pytest.fixture
def install(tmp_path, monkeypatch, registry_state):
    """``install(entry_points, modules)``: a package named clinic-steps 0.1 on ``sys.path``
    with the given ``cleanup.normalizers`` entry points and module sources."""

    def install(entry_points: dict[str, str], modules: dict[str, str],
                name: str = "clinic-steps") -> Path:
        site = tmp_path / "site"
        site.mkdir(exist_ok=True)
        for module, source in modules.items():
            (site / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
        info = site / f"{name.replace('-', '_')}-0.1.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1\n")
        (info / "entry_points.txt").write_text(
            "[cleanup.normalizers]\n" + "".join(f"{k} = {v}\n" for k, v in entry_points.items()))
        monkeypatch.syspath_prepend(str(site))
        registry_state.refresh()
        return site

    return install
