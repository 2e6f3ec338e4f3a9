"""Running a step under the gate's policies: what it makes, what it only proposes (held back
by default, made by ``Policy(apply_suggestions=True)``), and the evidence its edits carry."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable
from unittest import mock

from cleanup.edits import Edits
from cleanup.gate import Policy, step_run


@dataclass(frozen=True)
class Outcome:
    held: str  #: the output under the default policy (suggestions held back)
    applied: str  #: the output with every suggestion made
    proposed: tuple[str, ...]  #: the evidence of each held suggestion
    evidence: tuple[str, ...]  #: the evidence the certain edits carry


def outcome(step: Callable, text: str, name: str = "step") -> Outcome:
    recorded: list[str] = []
    commit = Edits.commit

    def recording(self):
        recorded.extend(self.evidence.values())
        return commit(self)

    with mock.patch.object(Edits, "commit", recording):
        with step_run(name, Policy()) as run:
            held = step(text)
    with step_run(name, Policy(apply_suggestions=True)):
        applied = step(text)
    return Outcome(held, applied, tuple(h.evidence for h in run.held), tuple(recorded))
