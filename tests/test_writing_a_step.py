"""docs/writing-a-step.md runs: its step is registered and its examples give what the
page says, so the page cannot rot."""
from __future__ import annotations

import doctest
import re
from pathlib import Path

from cleanup import registry
from cleanup.config import load_config
from cleanup.transcript import Segment, Token, Transcript

from .plugin_support import registry_state  # noqa: F401 (fixture)

PAGE = Path(__file__).resolve().parents[1] / "docs" / "writing-a-step.md"


def blocks(kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.DOTALL)


def define_step() -> dict:
    step = blocks("python")[0]
    assert len([line for line in step.splitlines() if line.strip()]) < 12  # as the page says
    namespace: dict = {}
    exec(compile(step, str(PAGE), "exec"), namespace)
    return namespace


def test_the_step_on_the_page_runs_as_shown(registry_state):  # noqa: F811
    define_step()
    examples = doctest.DocTestParser().get_doctest(blocks("python")[1], {}, PAGE.name,
                                                   str(PAGE), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(examples)
    result = runner.summarize(verbose=False)
    assert result.failed == 0 and result.attempted == 5


def test_the_merged_token_spans_both_words(registry_state):  # noqa: F811
    step = define_step()["JoinEmail"]()
    t = Transcript.from_segments([(Segment(0.0, 2.0), [
        Token("an", start=0.0, end=0.2), Token("e", start=0.3, end=0.4),
        Token("mail.", start=0.5, end=0.9, probability=0.7)])])
    out = step.transform(t)
    assert list(out.tokens) == [Token("an", "", 0.0, 0.2, 0, 0), Token("email.", " ", 0.3, 0.9, 0,
                                                                       1)]
    assert step.transform(out) is out  # nothing left to join


def test_the_config_on_the_page_names_the_step(registry_state, tmp_path, monkeypatch):  # noqa: F811
    (tmp_path / "house_rules.py").write_text(blocks("python")[0], encoding="utf-8")
    (tmp_path / "cleanup.toml").write_text(blocks("toml")[0], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    pipeline = load_config(tmp_path / "cleanup.toml").build()
    assert pipeline.names[-1] == "join_email" and "join_email" in registry.names()
    assert pipeline("so, um, send an e mail") == "So, send an email"
