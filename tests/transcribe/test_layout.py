"""Dependencies run one way: cli -> transcribe engine -> backends -> base; no cycles.

Every ``import`` in the package is read with :mod:`ast` (function-level ones too: a lazy
import is still a dependency), and the module graph is searched for cycles through the
CLI or the transcription package. The CLI's and the engine's modules stay small (at most
400 lines, functions at most 60).
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "cleanup"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            candidates = [target] + [f"{target}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            candidates = [a.name for a in node.names]
        else:
            continue
        for c in candidates:
            if c in modules and c != name:
                found.add(c)
    return found


def import_graph() -> dict[str, set[str]]:
    files = [p for p in PACKAGE.rglob("*.py")]
    modules = {_module_name(p) for p in files}
    return {_module_name(p): _imports(p, modules) for p in files}


def cycles_through(graph: dict[str, set[str]], prefixes: tuple[str, ...]) -> list[list[str]]:
    """Each simple cycle found by a depth-first search from the modules under ``prefixes``
    (a parent package's ``__init__`` is not counted: importing a submodule runs it anyway)."""
    found: list[list[str]] = []

    def edges(m: str) -> set[str]:
        return {t for t in graph.get(m, ()) if not m.startswith(t + ".")}

    def visit(start: str, node: str, path: list[str]) -> None:
        for nxt in sorted(edges(node)):
            if nxt == start:
                found.append(path + [start])
            elif nxt not in path and nxt > start:
                visit(start, nxt, path + [nxt])

    for start in sorted(graph):
        if start.startswith(prefixes):
            visit(start, start, [start])
    return found


def test_the_graph_sees_lazy_imports():
    graph = import_graph()
    assert "cleanup.transcribe.batch" in graph["cleanup.cli.transcribe"]
    assert "cleanup.transcribe.base" in graph["cleanup.transcribe.faster_whisper"]


def test_no_cycle_through_the_cli_or_the_transcription_package():
    cycles = cycles_through(import_graph(), ("cleanup.cli", "cleanup.transcribe"))
    assert cycles == [], "\n".join(" -> ".join(c) for c in cycles)


@pytest.mark.parametrize("module, forbidden", [
    ("cleanup.transcribe.base", {"cleanup.transcribe.registry", "cleanup.transcribe.batch",
                                 "cleanup.transcribe.faster_whisper",
                                 "cleanup.transcribe.openai_whisper", "cleanup.cli"}),
    ("cleanup.transcribe.registry", {"cleanup.transcribe.faster_whisper",
                                     "cleanup.transcribe.openai_whisper", "cleanup.cli"}),
    ("cleanup.transcribe.batch", {"cleanup.cli"}),
])
def test_lower_modules_never_import_higher_ones(module, forbidden):
    assert not import_graph()[module] & forbidden


ENGINE = ["batch", "options", "jobs", "records", "worker", "executors"]


@pytest.mark.parametrize("module", ENGINE)
def test_the_engine_has_no_argparse(module):
    tree = ast.parse((PACKAGE / "transcribe" / f"{module}.py").read_text(encoding="utf-8"))
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "argparse" not in imported and \
        "cleanup.transcribe.batch" in import_graph()["cleanup.cli.transcribe"]


@pytest.mark.parametrize("module", [f"cleanup.transcribe.{m}" for m in ENGINE] +
                         ["cleanup.outputs", "cleanup.transcribe"])
def test_the_engine_never_imports_the_cli(module):
    graph = import_graph()
    cli = {m for m in graph if m == "cleanup.cli" or m.startswith("cleanup.cli.")}
    assert len(cli) > 5 and not graph[module] & cli


def _sizes(path: Path) -> list[tuple[str, int]]:
    """The file's line count and each function's, named."""
    text = path.read_text(encoding="utf-8")
    sizes = [(path.name, len(text.splitlines()))]
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            sizes.append((f"{path.name}:{node.name}", node.end_lineno - first + 1))
    return sizes


@pytest.mark.parametrize("path", sorted([*(PACKAGE / "transcribe").glob("*.py"),
                                         *(PACKAGE / "cli").glob("*.py"),
                                         PACKAGE / "outputs.py"]), ids=lambda p: p.name)
def test_modules_and_functions_stay_small(path):
    limits = {True: 400, False: 60}  # a file, a function
    too_big = [(name, n) for name, n in _sizes(path) if n > limits[":" not in name]]
    assert too_big == []


def test_cycle_finder_finds_a_cycle():
    graph = {"a.x": {"a.y"}, "a.y": {"a.x"}, "b": {"a.x"}}
    assert cycles_through(graph, ("a.",)) == [["a.x", "a.y", "a.x"]]
