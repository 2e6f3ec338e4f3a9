"""The documentation keeps its word: every Python example in README.md and docs/*.md runs
and prints what the page shows, every ``cleanup`` command in a shell example is one the
CLI accepts, and the README stays short.

Marks in the page source, an HTML comment on the line before a fence (invisible on the
site and on GitHub)::

    <!-- output -->          a ```text block: the exact standard output of the python
                             block just above it
    <!-- slow: REASON -->    a ```python block that needs a real model: run with the slow
                             tests only (the page's other blocks still run in the fast suite)
    <!-- skip: REASON -->    a ```python block that is not run, and why

A python block written as an interactive session (``>>>`` lines with the output under
them) runs as a doctest, so its output is checked where it is shown. A page's python
blocks run in order in one namespace, in a fresh interpreter (so a block
that registers a step changes nothing here), whose current folder is a temporary one
holding a link to the repository's ``samples/``: an example reads ``samples/...`` and
writes files of its own. A failing block's traceback names the page and its line.

The strict site build (``mkdocs build --strict``: broken links, pages missing from the
nav) is ``make docs``, which ``make test`` runs before the suite.
"""
from __future__ import annotations

import contextlib
import difflib
import io
import json
import os
import re
import shlex
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from cleanup.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
README_MAX_LINES = 200

FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```[ \t]*$", re.M | re.S)
MARK = re.compile(r"^<!--\s*(output|slow|skip)\b:?\s*(.*?)\s*-->\s*$")
SHELL = {"sh", "bash", "shell", "console"}
SEPARATOR = "\x1e"  # printed between blocks: no example prints it


@dataclass(frozen=True)
class Block:
    lang: str
    line: int        # the line of the block's first code line, counted from 1
    code: str
    mark: str = ""   # output, slow, skip or ""
    reason: str = ""


@dataclass(frozen=True)
class Example:
    block: Block
    output: str | None  # what the page says it prints, if it says


def fenced_blocks(text: str) -> list[Block]:
    blocks = []
    for m in FENCE.finditer(text):
        before = text[:m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        mark = MARK.match(before)
        blocks.append(Block(m[1], text.count("\n", 0, m.start(2)) + 1, m[2],
                            *(mark.groups() if mark else ())))
    return blocks


def examples(page: Path) -> list[Example]:
    """The page's python blocks, each with the output block that follows it."""
    text = page.read_text(encoding="utf-8")
    indented = re.search(r"^[ \t]+```python", text, re.M)
    assert not indented, f"{page.name}: an indented python block would not be run"
    blocks, found = fenced_blocks(text), []
    for k, block in enumerate(blocks):
        if block.mark == "output":
            assert k and blocks[k - 1].lang == "python", \
                f"{page.name}:{block.line}: an output block must follow a python block"
        if block.lang != "python":
            continue
        assert block.mark != "skip" or block.reason, f"{page.name}:{block.line}: skip says why"
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        found.append(Example(block, after.code if after and after.mark == "output" else None))
    return found


RUNNER = f"""
import doctest, json, sys
page, blocks = json.load(sys.stdin)
namespace = {{"__name__": "__main__"}}
for line, code in blocks:
    print({SEPARATOR!r}, flush=True)
    if not code.lstrip().startswith(">>>"):
        exec(compile("\\n" * (line - 1) + code, page, "exec"), namespace)
        continue
    test = doctest.DocTestParser().get_doctest(code, namespace, page, page, line - 1)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test, out=sys.stderr.write, clear_globs=False)
    if runner.failures:
        sys.exit(f"{{page}}:{{line}}: the session above does not print what the page shows")
"""


def run_examples(page: Path, chosen: list[Example], tmp_path: Path) -> None:
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    name = page_id(page)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [str(ROOT), *filter(None, [os.environ.get("PYTHONPATH")])])}
    result = subprocess.run(
        [sys.executable, "-c", RUNNER], cwd=tmp_path, env=env, text=True, capture_output=True,
        input=json.dumps([name, [(e.block.line, e.block.code) for e in chosen]]), timeout=900)
    assert result.returncode == 0, f"{name}: an example failed\n{result.stderr}"
    outputs = result.stdout.split(SEPARATOR + "\n")[1:]
    for example, printed in zip(chosen, outputs, strict=True):
        if example.output is not None and printed != example.output:
            diff = difflib.unified_diff(example.output.splitlines(), printed.splitlines(),
                                        "the page", "printed", lineterm="")
            pytest.fail(f"{name}:{example.block.line}: the output differs from the page\n"
                        + "\n".join(diff))


def page_id(page: Path) -> str:
    return str(page.relative_to(ROOT)) if page.is_relative_to(ROOT) else page.name


SLOW_PAGES = [p for p in PAGES if any(e.block.mark == "slow" for e in examples(p))]


@pytest.mark.parametrize("page", [p for p in PAGES if examples(p)], ids=page_id)
def test_python_examples_run_and_print_what_the_page_shows(page, tmp_path):
    chosen = [e for e in examples(page) if e.block.mark not in ("skip", "slow")]
    run_examples(page, chosen, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("page", SLOW_PAGES, ids=page_id)
def test_python_examples_that_need_a_model(page, tmp_path):
    run_examples(page, [e for e in examples(page) if e.block.mark != "skip"], tmp_path)


def cleanup_commands(page: Path) -> list[tuple[str, list[str]]]:
    """Each ``cleanup ...`` command line in the page's shell blocks: (where, arguments)."""
    found = []
    for block in fenced_blocks(page.read_text(encoding="utf-8")):
        if block.lang not in SHELL:
            continue
        for k, line in enumerate(block.code.replace("\\\n", " ").splitlines()):
            line = line.removeprefix("$ ")
            lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
            lexer.whitespace_split = True
            words = []
            for word in lexer:
                if set(word) <= set("();<>|&"):  # a redirection or a pipe ends the command
                    break
                words.append(word)
            if words[:1] == ["cleanup"]:
                found.append((f"{page_id(page)}:{block.line + k}", words[1:]))
    return found


COMMANDS = [c for p in PAGES for c in cleanup_commands(p)]


@pytest.mark.parametrize("where, argv", COMMANDS, ids=[w for w, _ in COMMANDS])
def test_shell_examples_are_commands_the_cli_accepts(where, argv):
    errors = io.StringIO()
    with contextlib.redirect_stderr(errors):
        try:
            build_parser().parse_args(argv)
        except SystemExit as stop:
            pytest.fail(f"{where}: cleanup {shlex.join(argv)}: exit {stop.code}\n"
                        f"{errors.getvalue()}")


def test_the_pages_have_examples_and_commands():
    """The collection above found what it should (a broken fence pattern finds nothing)."""
    assert len([e for p in PAGES for e in examples(p)]) >= 6
    assert len(COMMANDS) >= 30


def test_the_readme_stays_short():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").count("\n")
    assert lines <= README_MAX_LINES, f"README.md has {lines} lines; the manual is docs/"


@pytest.mark.parametrize("text, expected", [
    ("```python\nx = 1\n```\n", [Block("python", 2, "x = 1\n")]),
    ("a\n<!-- skip: needs audio -->\n```python\nx\n```\n",
     [Block("python", 4, "x\n", "skip", "needs audio")]),
    ("```python\nprint(1)\n```\n<!-- output -->\n```text\n1\n```\n",
     [Block("python", 2, "print(1)\n"), Block("text", 6, "1\n", "output", "")]),
    ("```sh\ncleanup fix a.txt\n```\n", [Block("sh", 2, "cleanup fix a.txt\n")]),
    ("  ```python\nindented\n  ```\n", []),
], ids=["plain", "skip", "output", "shell", "indented-not-a-fence"])
def test_fenced_blocks(text, expected):
    assert fenced_blocks(text) == expected


@pytest.mark.parametrize("line, argv", [
    ("cleanup fix - < raw.txt", ["fix", "-"]),
    ("$ cleanup steps", ["steps"]),
    ("cleanup fix t.txt --glossary terms.txt # your spellings (# comments)",
     ["fix", "t.txt", "--glossary", "terms.txt"]),
    ('cleanup transcribe a -o b --prompt "Um, we use Botox."',
     ["transcribe", "a", "-o", "b", "--prompt", "Um, we use Botox."]),
    ("cleanup lint out/*.srt | head", ["lint", "out/*.srt"]),
    ("make demo", None),
])
def test_cleanup_commands_are_found_in_shell_lines(tmp_path, line, argv):
    page = tmp_path / "page.md"
    page.write_text(f"```sh\n{line}\n```\n", encoding="utf-8")
    found = [a for _, a in cleanup_commands(page)]
    assert found == ([argv] if argv else [])
