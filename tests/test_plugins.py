"""Plugin steps from the command line: ``cleanup steps``, ``check``, ``fix --explain`` and
styles; and the docs' worked example (docs/configuration.md), built, pip-installed into a fresh
virtualenv and run."""
from __future__ import annotations

import os
import re
import shlex
import site
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cleanup.cli import main

from .plugin_support import REDACT_MRN, install, registry_state  # noqa: F401 (fixtures)
from .support import write

ROOT = Path(__file__).resolve().parents[1]
MYSTEPS = REDACT_MRN


@pytest.fixture
def clinic(tmp_path, monkeypatch, install):
    """A project folder whose pyproject names an installed package's step."""
    install({"redact_mrn": "mysteps_cli:RedactMRN"}, {"mysteps_cli": MYSTEPS})
    project = tmp_path / "project"
    write(project, "pyproject.toml", '[tool.cleanup]\npipeline = ["redact_mrn", "clean"]\n')
    write(project, "samples/mrn.raw.txt", "so um the MRN is 0012345, i think\n")
    write(project, "samples/mrn.clean.txt", "So the MRN is [redacted], I think\n")
    write(project, "samples/verbatim.raw.txt", "so um the MRN is 0012345, i think\n")
    write(project, "samples/verbatim.toml", 'style = "verbatim"\n')
    write(project, "samples/verbatim.clean.txt", "So um the MRN is [redacted], I think\n")
    monkeypatch.chdir(project)
    return project


def test_steps_lists_plugin_steps_with_their_origin(clinic, capsys):
    assert main(["steps"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("normalize_unicode ")
    assert out[0].endswith("[verbatim, clean, readable]")
    assert out[-1] == ("redact_mrn                 Replace medical record numbers: MRN 0012345 "
                       "becomes MRN [redacted].  [from clinic-steps 0.1, entry point "
                       "mysteps_cli:RedactMRN]")


def test_check_and_fix_use_the_plugin_step(clinic, capsys):
    assert main(["check", "samples"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "2 passed, 0 failed"
    assert main(["fix", "samples/mrn.raw.txt", "--explain"]) == 0
    out, err = capsys.readouterr()
    assert out == "So the MRN is [redacted], I think\n"
    assert err.splitlines()[0] == "samples/mrn.raw.txt: redact_mrn: '0012345,' → '[redacted],'"
    # a style on the command line replaces the config's style and keeps the plugin step
    assert main(["fix", "samples/mrn.raw.txt", "--style", "verbatim"]) == 0
    assert capsys.readouterr().out == "So um the MRN is [redacted], I think\n"
    assert main(["fix", "samples/mrn.raw.txt", "--disable", "redact_mrn"]) == 0
    assert capsys.readouterr().out == "So the MRN is 0012345, I think\n"


def test_plugin_step_options_from_the_config(clinic, capsys):
    with open("pyproject.toml", "a", encoding="utf-8") as fh:
        fh.write("[tool.cleanup.steps.redact_mrn]\nmin_digits = 8\n")
    assert main(["fix", "samples/mrn.raw.txt"]) == 0
    assert capsys.readouterr().out == "So the MRN is 0012345, I think\n"
    write(clinic, "pyproject.toml", '[tool.cleanup]\npipeline = ["redact_mrn"]\n'
                                    '[tool.cleanup.steps.redact_mrn]\nmin_digits = "8"\n')
    assert main(["fix", "samples/mrn.raw.txt"]) == 2  # a usage error: the settings
    assert capsys.readouterr().err == (
        f"cleanup: {Path('pyproject.toml')}: step 'redact_mrn': option 'min_digits' must be a "
        "whole number, got '8'\n")


def test_a_broken_plugin_is_one_line_and_the_others_still_list(tmp_path, install, monkeypatch,
                                                              capsys):
    install({"redact_mrn": "mysteps_broken:RedactMRN", "shout": "mysteps_ok:RedactMRN"},
            {"mysteps_broken": "import not_installed_dependency\n", "mysteps_ok": MYSTEPS})
    monkeypatch.chdir(tmp_path)
    assert main(["steps"]) == 1
    out, err = capsys.readouterr()
    assert err == ("cleanup: plugin step 'redact_mrn' (clinic-steps 0.1, entry point "
                   "mysteps_broken:RedactMRN) cannot be loaded: ModuleNotFoundError: No module "
                   "named 'not_installed_dependency'\n")
    assert out.splitlines()[-1].startswith("shout ")
    write(tmp_path, "cleanup.toml", 'pipeline = ["redact_mrn", "clean"]\n')
    write(tmp_path, "a.txt", "hello\n")
    assert main(["fix", "a.txt", "--config", "cleanup.toml"]) == 2  # the pipeline cannot be built
    assert capsys.readouterr().err.count("\n") == 1


def test_a_plugin_named_like_a_built_in_stops_with_one_line(tmp_path, install, monkeypatch,
                                                           capsys):
    install({"tidy_punctuation": "mysteps_clash:RedactMRN"}, {"mysteps_clash": MYSTEPS})
    monkeypatch.chdir(tmp_path)
    assert main(["steps"]) == 2  # no step can be named until the clash is resolved
    assert capsys.readouterr().err == (
        "cleanup: plugin step 'tidy_punctuation' (clinic-steps 0.1, entry point "
        "mysteps_clash:RedactMRN): the name is a built-in step's; the plugin must choose "
        "another name\n")


def test_config_plugins_module_for_steps_and_check(tmp_path, registry_state, monkeypatch, capsys):
    write(tmp_path, "house_rules_cli.py",
          "from cleanup import register\n" + MYSTEPS + "\nregister('redact_mrn', RedactMRN)\n")
    write(tmp_path, "cleanup.toml", 'plugins = ["house_rules_cli"]\n'
                                    'pipeline = ["redact_mrn", "verbatim"]\n')
    write(tmp_path, "samples/a.raw.txt", "um MRN 123456\n")
    write(tmp_path, "samples/a.clean.txt", "Um MRN [redacted]\n")
    monkeypatch.chdir(tmp_path / "samples")  # the module is found beside the config
    assert main(["steps", "--config", "../cleanup.toml"]) == 0
    assert f"[from module house_rules_cli ({tmp_path / 'house_rules_cli.py'})]" in \
        capsys.readouterr().out
    assert main(["check", ".", "--config", "../cleanup.toml"]) == 0
    # the redaction step replaces a number on purpose: the safety line says so
    assert capsys.readouterr().out == (
        "safety: 1 change touched a number, 0 a negation, 0 a capitalised name\n"
        "1 passed, 0 failed\n")


# --- the docs' worked example, end to end ------------------------------------------------

def docs_example() -> tuple[dict[str, str], str]:
    """The files (path -> text) and the console session of docs/configuration.md's
    "Plugins: your own steps by name"."""
    page = (ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    section = page.split("\n## Plugins: your own steps by name\n", 1)[1].split("\n## ", 1)[0]
    files = {m[1]: m[2] for m in re.finditer(r"^`(clinic-steps/[^`]+)`\n```\w*\n(.*?)^```$",
                                             section, re.M | re.S)}
    console = re.search(r"^```console\n(.*?)^```$", section, re.M | re.S)[1]
    return files, console


def fresh_venv(folder: Path) -> Path:
    """A virtualenv that sees this interpreter's packages (cleanup among them)."""
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip",
                    str(folder)], check=True)
    python = folder / "bin" / "python"
    purelib = subprocess.run([python, "-c",
                              "import sysconfig; print(sysconfig.get_path('purelib'))"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # --system-site-packages reaches the base interpreter's packages; when the suite runs in
    # a virtualenv of its own (make's .venv), that one's are added by a .pth line.
    dirs = [d for d in site.getsitepackages() if os.path.isdir(d)]
    Path(purelib, "cleanup-parent-env.pth").write_text(
        f"import site; list(map(site.addsitedir, {dirs!r}))\n", encoding="utf-8")
    return python


def run(argv: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_docs_worked_example_in_a_fresh_virtualenv(tmp_path):
    started = time.monotonic()
    files, console = docs_example()
    assert {"clinic-steps/pyproject.toml", "clinic-steps/src/clinic_steps/__init__.py",
            "clinic-steps/samples/mrn.raw.txt", "clinic-steps/samples/mrn.clean.txt"} <= set(files)
    for name, text in files.items():
        write(tmp_path, name, text)
    python = fresh_venv(tmp_path / "venv")
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTEST_ADDOPTS", "PYTHONHOME")}
    env["PIP_NO_INDEX"] = "1"  # everything it needs is here: no network

    # Run the page's console session: each "$ command", then the lines it shows.
    commands = re.findall(r"^\$ (.*)\n((?:(?!\$ ).*\n)*)", console, re.M)
    assert [c for c, _ in commands][:2] == ["cd clinic-steps && pip install .", "cleanup steps"]
    cwd = tmp_path
    for command, shown in commands:
        for part in command.split(" && "):
            words = shlex.split(part)
            if words[0] == "cd":
                cwd = cwd / words[1]
                continue
            if words[:2] == ["pip", "install"]:
                argv = [sys.executable, "-m", "pip", "--python", str(python), "install",
                        "--no-deps", "--no-build-isolation", "-q", *words[2:]]
            elif words[0] == "cleanup":
                argv = [str(python), "-m", "cleanup", *words[1:]]
            else:
                assert words[0] == "pytest", command
                argv = [str(python), "-m", "pytest", "-p", "no:cacheprovider", *words[1:]]
            result = run(argv, cwd, env)
            output = (result.stdout + result.stderr).splitlines()
            assert result.returncode == 0, f"$ {part}\n{result.stdout}{result.stderr}"
        for line in shown.splitlines():
            if line != "...":
                assert any(o == line or o.startswith(line + " ") for o in output), \
                    f"$ {command}: the page shows {line!r}; the output was:\n" + "\n".join(output)

    # The step comes from the installed package, not the project folder.
    where = run([str(python), "-c", "import clinic_steps; print(clinic_steps.__file__)"], cwd, env)
    assert "site-packages" in where.stdout
    # A wrong expected file fails the package's pytest run, with the diff.
    write(cwd, "samples/mrn.clean.txt", "So the patient's MRN is 0012345\n")
    result = run([str(python), "-m", "pytest", "-p", "no:cacheprovider"], cwd, env)
    assert result.returncode == 1
    assert "+So the patient's MRN is [redacted], and she's here for her Botox follow-up" in \
        result.stdout
    print(f"docs example: {time.monotonic() - started:.1f} s")
