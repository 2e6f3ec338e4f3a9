"""Code runs only from the project's own config (issue 22.5), and a failing step is one line
naming the file while the batch goes on (issue 22.6, the command line's half).

A ``NAME.toml`` beside samples or references made ``cleanup check DIR`` and ``cleanup score
DIR`` import modules from DIR, and ``cleanup lint`` imported ``./pyproject.toml``'s plugins
though it builds no pipeline. Each planted module here raises on import and leaves a mark."""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cleanup import Normalizer, registry

from .plugin_support import registry_state  # noqa: F401 (a fixture)
from .support import run, write

FINE_SRT = "1\n00:00:01,000 --> 00:00:03,000\nA short cue.\n"


def plant(folder: Path, module: str) -> Path:
    """A module that must never be imported: importing it leaves a mark file and raises."""
    mark = folder / f"{module}.imported"
    write(folder, f"{module}.py", f"open({str(mark)!r}, 'w').close()\n"
                                  "raise RuntimeError('this code must not run')\n")
    return mark


def test_lint_imports_no_plugin(tmp_path, monkeypatch, capsys, registry_state):
    mark = plant(tmp_path, "lint_plugin_mark")
    write(tmp_path, "pyproject.toml", '[tool.cleanup]\nplugins = ["lint_plugin_mark"]\n'
                                      'pipeline = ["not_registered_step", "clean"]\n'
                                      '[tool.cleanup.layout]\nmax_chars = 30\n')
    write(tmp_path, "a.srt", FINE_SRT)
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "lint", "a.srt")
    assert (code, err) == (0, "") and "0 violations" in out
    assert not mark.exists() and "lint_plugin_mark" not in sys.modules


def test_lint_still_reads_the_config_layout(tmp_path, monkeypatch, capsys, registry_state):
    plant(tmp_path, "lint_plugin_mark2")
    write(tmp_path, "cleanup.toml", 'plugins = ["lint_plugin_mark2"]\n[layout]\nmax_chars = 5\n')
    write(tmp_path, "a.srt", FINE_SRT)
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "lint", "a.srt")
    assert code == 1 and "line_length 12 chars > 5 chars" in out


@pytest.mark.parametrize("command", ["check", "score"])
def test_a_sample_toml_may_not_import_code(tmp_path, monkeypatch, capsys, registry_state,
                                           command):
    data = tmp_path / "downloaded"
    mark = plant(data, "sample_plugin_mark")
    write(data, "bad.raw.txt", "uh hello\n")
    write(data, "bad.clean.txt", "Hello\n")
    write(data, "bad.toml", 'plugins = ["sample_plugin_mark"]\n')
    write(data, "good.raw.txt", "uh hello\n")
    write(data, "good.clean.txt", "Hello\n")
    elsewhere = tmp_path / "work"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    code, out, err = run(capsys, command, data)
    assert code == 1
    assert not mark.exists() and "sample_plugin_mark" not in sys.modules
    refusal = (f"cleanup: {data / 'bad.toml'}: 'plugins' may be set only in the project's "
               "config (--config, ./cleanup.toml or ./pyproject.toml), not in a sample's settings")
    assert refusal in err.splitlines()
    if command == "check":
        assert out.splitlines()[-1] == "1 passed, 1 failed"
    else:
        assert "good.raw.txt: ratio 0.000" in out


def test_check_lint_reads_a_sample_layout_without_its_plugins(tmp_path, capsys,
                                                              registry_state):
    mark = plant(tmp_path, "lint_sample_mark")
    write(tmp_path, "cue.raw.srt", FINE_SRT)
    write(tmp_path, "cue.clean.srt", FINE_SRT + "\n")
    write(tmp_path, "cue.toml", 'plugins = ["lint_sample_mark"]\n')
    code, out, err = run(capsys, "check", tmp_path, "--lint")
    assert code == 1 and not mark.exists()
    assert "'plugins' may be set only in the project's config" in out + err


def test_the_project_config_still_imports_its_plugins(tmp_path, monkeypatch, capsys,
                                                      registry_state):
    write(tmp_path, "house_rules_safety.py",
          "from cleanup import register\n"
          "register('shout', lambda: lambda t: t.map_texts(str.upper))\n")
    write(tmp_path, "cleanup.toml", 'plugins = ["house_rules_safety"]\n'
                                    'pipeline = ["shout"]\n')
    write(tmp_path, "a.txt", "hello there\n")
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "fix", "a.txt")[:2] == (0, "HELLO THERE\n")


# ---- a step that fails: one line naming the file, and the batch goes on ----------------------
@dataclass(frozen=True)
class FailOnBoom(Normalizer):
    """A plugin step that cannot handle some inputs: it raises, as plugins do."""

    def transform(self, transcript):
        if "boom" in transcript.text:
            raise RuntimeError("the service is down")
        return transcript


FAILED = "step 'fail_on_boom' (tests.test_plugin_safety) failed: RuntimeError: the service is down"


@pytest.fixture
def failing_project(tmp_path, monkeypatch, registry_state):
    registry.register("fail_on_boom", FailOnBoom)
    write(tmp_path, "cleanup.toml", 'pipeline = ["fail_on_boom", "clean"]\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fix_names_the_file_a_step_failed_on_and_goes_on(failing_project, capsys):
    write(failing_project, "a.txt", "uh boom\n")
    write(failing_project, "b.txt", "uh fine\n")
    code, out, err = run(capsys, "fix", "a.txt", "b.txt", "-o", "out")
    assert code == 1
    assert err == f"cleanup: a.txt: {FAILED}\n"
    assert sorted(p.name for p in (failing_project / "out").iterdir()) == ["b.txt"]
    assert (failing_project / "out" / "b.txt").read_text(encoding="utf-8") == "Fine\n"


def test_fix_names_standard_input(failing_project, capsys, monkeypatch):
    import io
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"boom")))
    code, _, err = run(capsys, "fix", "-")
    assert code == 1 and err == f"cleanup: <stdin>: {FAILED}\n"


def test_check_names_the_sample_a_step_failed_on_and_goes_on(failing_project, capsys):
    write(failing_project, "samples/a.raw.txt", "uh boom\n")
    write(failing_project, "samples/a.clean.txt", "Boom\n")
    write(failing_project, "samples/b.raw.txt", "uh fine\n")
    write(failing_project, "samples/b.clean.txt", "Fine\n")
    code, out, err = run(capsys, "check", "samples")
    assert code == 1
    assert out.splitlines() == [
        f"FAIL {Path('samples/a.txt')}",
        "safety: 0 changes touched a number, 0 a negation, 0 a capitalised name",
        "1 passed, 1 failed"]
    assert err == f"cleanup: {Path('samples/a.raw.txt')}: {FAILED}\n"
